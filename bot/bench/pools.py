"""Drawing words and names for the synthetic archive as real text has them: a few common, a long tail of rare."""

from __future__ import annotations

import random
from collections.abc import Sequence
from itertools import accumulate


class Pool:
    """Items drawn with a Zipf-like skew: a few common, a long tail of rare ones, as words are in real text."""

    def __init__(self, items: Sequence[str], exponent: float = 1.0) -> None:
        self.items = tuple(items)
        self.cum_weights = list(accumulate(1 / (rank + 1) ** exponent for rank in range(len(self.items))))

    def pick(self, rng: random.Random) -> str:
        return rng.choices(self.items, cum_weights=self.cum_weights)[0]


def pick_distinct(rng: random.Random, pool: Pool, count: int) -> tuple[str, ...]:
    """Up to `count` different items of the pool, in the order drawn."""
    chosen: dict[str, None] = {}
    for _ in range(count * 4):
        chosen[pool.pick(rng)] = None
        if len(chosen) == count:
            break
    return tuple(chosen)


def invent_names(
    rng: random.Random, roots: Sequence[str], middles: Sequence[str], endings: Sequence[str], count: int
) -> list[str]:
    """`count` distinct invented names, in a seed-fixed order (which is also their commonness)."""
    names: dict[str, None] = {}
    for _ in range(count * 3):
        middle = rng.choice(middles) if rng.random() < 0.5 else ""
        names[(rng.choice(roots) + middle + rng.choice(endings)).capitalize()] = None
        if len(names) == count:
            break
    return list(names)
