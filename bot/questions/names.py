"""Names typed fast, matched fuzzily to the lists: "no fly zone" is air-defence, "the americans" united-states.

A name is accepted when one entry of the lists is clearly the closest; otherwise the UserError says what
was not understood and suggests the nearest names, so nobody is left with a guess they did not ask for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol, TypeVar

from rapidfuzz import fuzz

from bot.errors import UserError
from bot.lexicon import Actor, Lexicon, Topic

ACCEPT = 80  # closeness (0-100) from which a typed name is taken for a list entry
NEAR = 70  # closeness from which a name is worth suggesting
CLEAR_LEAD = 5  # how far the best entry must lead the next one to be taken without asking
EXACT = 101.0  # above any fuzzy score: the typed name is one of the entry's names
SUBSET = 92.0  # every word typed is in the name, or every word of the name was typed
SHOW_TYPED = 60  # characters of the user's text repeated in a message
PARTIAL_FROM = 5  # letters typed from which a name may match part of a longer one ("backstp" in "us backstop")


def shown(text: str) -> str:
    """The user's words, short enough to repeat in a message, without backticks that would end the code span."""
    text = " ".join(text.replace("`", "'").split())
    return text if len(text) <= SHOW_TYPED else text[: SHOW_TYPED - 1] + "…"


def match_topic(name: str, lexicon: Lexicon, *, command: str = "topic") -> Topic:
    """The topic `name` means ("no fly zone" -> air-defence); a UserError suggests `command` with known ones."""
    return _match(name, topic_names(lexicon), "topic", command)


def match_actor(name: str, lexicon: Lexicon) -> Actor:
    """The actor `name` means ("Washington", "the americans" -> united-states), or an outlet typed as `outlet:NAME`."""
    if name.lower().startswith("outlet:") and name[7:].strip():
        return Actor(id=f"outlet:{name[7:].strip()}", label=name[7:].strip())
    typed = _normal(name)
    for group in lexicon.groups:  # "the Baltic states": several actors, each answered for on its own
        if any(_normal(n) == typed or _normal(f"the {n}") == typed for n in (group.id, *group.names)):
            members = [lexicon.actors[m] for m in group.members if m in lexicon.actors]
            raise UserError(
                f"`{shown(name)}` is a group: {listing(m.label for m in members)}.",
                hint=f"Ask about one of them: {either(f'actor {m.id}' for m in members)}.",
            )
    return _match(name, actor_names(lexicon), "actor", "actor")


class _Listed(Protocol):
    """An actor or a topic: what a suggestion names."""

    @property
    def id(self) -> str: ...

    @property
    def label(self) -> str: ...


Entry = TypeVar("Entry", bound=_Listed)
Item = TypeVar("Item")


def topic_names(lexicon: Lexicon) -> list[tuple[Topic, list[str]]]:
    return [(t, [t.id, t.label, *t.phrases]) for t in lexicon.topics.values()]


def actor_names(lexicon: Lexicon) -> list[tuple[Actor, list[str]]]:
    return [(a, [a.id, a.label, *a.aliases]) for a in lexicon.actors.values()]


def _match(name: str, entries: list[tuple[Entry, list[str]]], kind: str, command: str) -> Entry:
    if not entries:
        raise UserError(f"No {kind}s are loaded, so I can't look up `{shown(name)}`.", hint="Check GUARANTEES_LISTS.")
    typed = _normal(name)
    exact = [entry for entry, names in entries if any(_normal(n) == typed for n in names)]
    if len(exact) == 1:  # the usual case, without scoring every name
        return exact[0]
    ranked = rank(name, entries)
    if ranked and ranked[0][1] >= ACCEPT:
        best, score = ranked[0]
        rivals = [entry for entry, other in ranked[1:] if other > score - CLEAR_LEAD or other == EXACT]
        if not rivals:
            return best
        raise UserError(
            f"`{shown(name)}` could be more than one {kind}.",
            hint=f"Did you mean {either(f'{command} {e.id}' for e in [best, *rivals[:2]])}?",
        )
    near = [entry for entry, score in ranked[:3] if score >= NEAR]
    if near:
        hint = f"Did you mean {either(f'{command} {e.id}' for e in near)}?"
    else:
        hint = f"Known {kind}s: {listing(entry.label for entry, _ in entries)}."
    raise UserError(f"I don't know the {kind} `{shown(name)}`.", hint=hint)


def rank(name: str, entries: Iterable[tuple[Item, list[str]]], *, partial: bool = True) -> list[tuple[Item, float]]:
    """Entries by how close `name` is to the nearest of their names, closest first."""
    typed = _normal(name)
    if not typed:
        return []
    scored = [(entry, max(_closeness(typed, _normal(n), partial) for n in names)) for entry, names in entries]
    best: dict[int, tuple[Item, float]] = {}
    for entry, score in scored:  # one line per entry, whichever of its names came closest
        if id(entry) not in best or best[id(entry)][1] < score:
            best[id(entry)] = (entry, score)
    return sorted(best.values(), key=lambda pair: -pair[1])


def closest(name: str, entries: list[tuple[Item, list[str]]]) -> Item | None:
    ranked = rank(name, entries)
    return ranked[0][0] if ranked and ranked[0][1] >= ACCEPT else None


def _closeness(typed: str, name: str, partial: bool) -> float:
    """0-100 (EXACT for the same words): spelling, word order, and names typed in part or with extra words."""
    if not name:
        return 0.0
    if typed == name:
        return EXACT
    words, name_words = set(typed.split()), set(name.split())
    score = max(fuzz.ratio(typed, name), fuzz.token_sort_ratio(typed, name))
    if words <= name_words or name_words <= words:
        score = max(score, SUBSET)
    if partial and len(typed) >= PARTIAL_FROM and len(name) > len(typed):  # "backstp" inside "us backstop"
        score = max(score, 0.9 * fuzz.partial_ratio(typed, name))
    return score


@lru_cache(maxsize=8192)  # the lists' names are normalised again for every question
def _normal(text: str) -> str:
    """Lower case, no accents, "U.S." as "us", other punctuation as spaces, without a leading "the"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[.'’`]", "", plain)
    words = re.sub(r"[\W_]+", " ", plain).split()
    while words and words[0] in {"the", "a", "an"} and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def either(options: Iterable[str]) -> str:
    quoted = [f"`{o}`" for o in dict.fromkeys(options)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def listing(labels: Iterable[str], limit: int = 12) -> str:
    labels = list(labels)
    more = f" and {len(labels) - limit} more" if len(labels) > limit else ""
    return ", ".join(labels[:limit]) + more
