"""Quote searches as reporters type them: a half-remembered stretch of a real sentence, with slips in it."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

WORD = re.compile(r"[\w’'-]+")
KEYBOARD_NEIGHBOURS = {
    "a": "qsz", "b": "vgn", "c": "xdv", "d": "sfe", "e": "wrd", "f": "dgr", "g": "fht", "h": "gjy", "i": "uok",
    "j": "hku", "k": "jli", "l": "kop", "m": "nj", "n": "bmh", "o": "ipl", "p": "ol", "q": "wa", "r": "etf",
    "s": "adw", "t": "ryg", "u": "yij", "v": "cbf", "w": "qes", "x": "zsc", "y": "tuh", "z": "xa",
}  # fmt: skip


@dataclass(frozen=True)
class MutatedQuery:
    """What a reporter types after `quote`, the sentence it was remembered from, and the slips made."""

    text: str
    sentence: str
    mutations: tuple[str, ...]


def mutated_queries(sentences: Sequence[str], count: int, *, seed: int) -> list[MutatedQuery]:
    """`count` queries, each from a different sentence of at least six words, with at least one slip each:
    a typo (swapped, dropped, doubled or mistyped letter), a dropped word, or two words in the wrong order."""
    rng = random.Random(f"{seed}/queries")
    queries: list[MutatedQuery] = []
    tried: set[int] = set()
    while len(queries) < count and len(tried) < len(sentences):
        index = rng.randrange(len(sentences))
        if index in tried:
            continue
        tried.add(index)
        words = WORD.findall(sentences[index])
        if len(words) >= 6:
            queries.append(mutate(rng, sentences[index], words))
    return queries


def mutate(rng: random.Random, sentence: str, words: Sequence[str]) -> MutatedQuery:
    """A window of five to nine words of `sentence`, with one to three slips."""
    size = min(len(words), rng.randint(5, 9))
    start = rng.randrange(len(words) - size + 1)
    window = list(words[start : start + size])
    mutations = [m for m, chance in (("typo", 0.75), ("drop", 0.4), ("reorder", 0.3)) if rng.random() < chance]
    if rng.random() < 0.25:
        mutations.append("typo")
    for mutation in mutations or ["typo"]:
        SLIPS[mutation](rng, window)
    return MutatedQuery(" ".join(window), sentence, tuple(mutations or ["typo"]))


def _typo(rng: random.Random, window: list[str]) -> None:
    candidates = [i for i, w in enumerate(window) if len(w) >= 4]
    if not candidates:
        return
    i = rng.choice(candidates)
    word = window[i]
    at = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:  # two letters swapped
        word = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    elif kind == 1:  # a letter left out
        word = word[:at] + word[at + 1 :]
    elif kind == 2:  # a letter typed twice
        word = word[:at] + word[at] + word[at:]
    else:  # a neighbouring key
        letter = word[at].lower()
        word = word[:at] + rng.choice(KEYBOARD_NEIGHBOURS.get(letter, letter)) + word[at + 1 :]
    window[i] = word


def _drop(rng: random.Random, window: list[str]) -> None:
    if len(window) > 3:
        del window[rng.randrange(len(window))]


def _reorder(rng: random.Random, window: list[str]) -> None:
    if len(window) > 2:
        i = rng.randrange(len(window) - 1)
        window[i], window[i + 1] = window[i + 1], window[i]


SLIPS = {"typo": _typo, "drop": _drop, "reorder": _reorder}
