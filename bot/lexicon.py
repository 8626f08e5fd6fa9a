"""The lists of actors, topics and stance cues as values, and the phrase syntax their files share.

The analysis and the question reader take a Lexicon; bot.lists reads one from the lists folder
(actors.yml, topics.yml, stances.yml). The phrase syntax of topics.yml and stances.yml is
`parse_phrase` below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

STANCE_NAMES = ("supports", "opposes", "conditional", "noncommittal")


@dataclass(frozen=True)
class Actor:
    """A country, organisation or bloc whose stance the desk tracks; people map to the actor they speak for."""

    id: str  # taxonomy id, e.g. "united-states"
    label: str  # how answers name it, e.g. "United States"
    aliases: tuple[str, ...] = ()  # every name: names, demonyms, capitals, institutions, people, ambiguous ones
    people: tuple[str, ...] = ()  # the officials among the aliases ("Pete Hegseth", "Hegseth")
    women: tuple[str, ...] = ()  # those of the people whom "she" and "her" stand for ("Giorgia Meloni", "Meloni")
    ambiguous: tuple[str, ...] = ()  # aliases that count only where the article also names the actor plainly
    members: tuple[str, ...] = ()  # nouns that, counted ("26 countries"), stand for the actor where it is named


@dataclass(frozen=True)
class Group:
    """A name for several actors at once ("the Baltic states"): a stance it holds is each member's."""

    id: str  # e.g. "baltic-states"
    names: tuple[str, ...]  # "Baltic states", "Baltics"
    members: tuple[str, ...]  # actor ids


@dataclass(frozen=True)
class Topic:
    """One part of the security-guarantee debate."""

    id: str  # taxonomy id, e.g. "us-backstop"
    label: str  # e.g. "US backstop"
    phrases: tuple[str, ...] = ()  # plain words that name it, for questions ("no-fly zone", "backstop")
    patterns: tuple[str, ...] = ()  # the phrases as written in topics.yml, in the phrase syntax
    actor: str | None = None  # the actor the topic is about, e.g. united-states for us-backstop
    actor_patterns: tuple[str, ...] = ()  # phrases that name the topic only in that actor's mouth ("backup")
    general: bool = False  # an umbrella topic, dropped from a claim when a narrower topic is named with it
    replaces: str | None = None  # `actor`'s claims on this other topic are claims on this one
    backs: tuple[str, ...] = ()  # `actor` providing for or making conditions on these topics is this one
    absent_patterns: tuple[str, ...] = ()  # phrases naming the topic's absence: backing "neutrality" opposes membership
    echo_patterns: tuple[str, ...] = ()  # phrases naming it once the article has named it ("guarantees")
    outcome: bool = False  # others decide it: "X said Ukraine will never join NATO" is X's stance, not Ukraine's
    instead_for: tuple[tuple[str, str], ...] = ()  # (actor, topic): for that actor a stance on this is one on that


@dataclass(frozen=True)
class StanceCues:
    """The words that carry a stance, and the words that change or cancel it (stances.yml)."""

    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # stance -> phrases
    negations: tuple[str, ...] = ()
    fillers: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    past: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    hypotheticals: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()
    reporting: tuple[str, ...] = ()
    anaphors: tuple[str, ...] = ()
    agreement: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "agree"/"disagree" -> phrases
    history_before: int = 2022  # years before this are history when an article is undated


@dataclass(frozen=True)
class Lexicon:
    """All lists, loaded once and shared read-only by the analysis and the command parser."""

    actors: dict[str, Actor] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    folder: Path | None = None  # read from here; parsing reads outlets.yml and boilerplate.yml here too
    outlets: tuple[str, ...] = ()  # news outlets: "Politico notes ..." makes `outlet:Politico` a speaker
    not_actors: tuple[str, ...] = ()  # names that contain an alias but are no actor ("King's College London")
    topic_blockers: tuple[str, ...] = ()  # phrases that look like a topic but are not ("Russian troops in Ukraine")
    stances: StanceCues = field(default_factory=StanceCues)
    outlet_aliases: tuple[tuple[str, str], ...] = ()  # (short name, outlet): "FT" is the Financial Times
    groups: tuple[Group, ...] = ()  # names of several actors at once ("the Baltic states")
    # names of a region, which stand for the side of a member who speaks of it ("Macron said Europe will ...")
    regions: tuple[Group, ...] = ()


# --- the phrase syntax -------------------------------------------------------------------------------------

Slot = tuple[tuple[str, ...], bool]  # (alternatives, optional); an alternative "{id}" stands for an actor's names


def parse_phrase(text: str) -> list[Slot]:
    """Slots of a phrase: words separated by spaces; `a|b` one of these words; `(a b|c)` one of these
    alternatives, which may have several words; `[a|b c]` the same, optional; `{actor-id}` any name of an actor.

    Matching is case-insensitive, skips quotation marks, treats a hyphen like a space, and reads
    British and American spellings alike (defence/defense, -ise/-ize). Raises ValueError on bad syntax.
    """
    slots: list[Slot] = []
    rest = text.strip()
    while rest:
        opener = rest[0]
        if opener in "([":
            closer = ")" if opener == "(" else "]"
            end = rest.find(closer)
            if end < 0:
                raise ValueError(f"`{opener}` is never closed")
            body, rest = rest[1:end], rest[end + 1 :]
            if rest and not rest[0].isspace():
                raise ValueError(f"put a space after `{closer}`")
            optional = opener == "["
        else:
            word, _, rest = rest.partition(" ")
            if any(c in word for c in "()[]"):
                raise ValueError(f"unbalanced brackets in `{word}`")
            body, optional = word, False
        alternatives = tuple(" ".join(a.split()) for a in body.split("|"))
        if any(not a or any(c in a for c in "()[]") for a in alternatives):
            raise ValueError(f"empty or nested alternative in `{body}`")
        for alternative in alternatives:
            for word in alternative.split():
                if ("{" in word or "}" in word) and not re.fullmatch(r"\{[a-z0-9-]+\}", word):
                    raise ValueError(f"an actor slot is written {{actor-id}}, not `{word}`")
        slots.append((alternatives, optional))
        rest = rest.lstrip()
    if not slots or all(optional for _, optional in slots):
        raise ValueError("a phrase needs at least one word that is not optional")
    return slots


def phrase_actor_ids(slots: list[Slot]) -> set[str]:
    """Actor ids named by `{actor-id}` slots."""
    return {w[1:-1] for alternatives, _ in slots for a in alternatives for w in a.split() if w.startswith("{")}


def plain_phrases(slots: list[Slot], labels: dict[str, str], limit: int = 8) -> list[str]:
    """A few plain-text spellings of a phrase (for fuzzy matching of questions), actors named by their label.

    The n-th spelling takes the n-th alternative of every slot, so a handful covers every word once.
    """
    choices = [("", *alternatives) if optional else alternatives for alternatives, optional in slots]
    out: list[str] = []
    for n in range(min(limit, max(len(c) for c in choices))):
        words = [c[n % len(c)] for c in choices]
        text = " ".join(w for w in words if w)
        out.append(re.sub(r"\{([a-z0-9-]+)\}", lambda m: labels.get(m.group(1), m.group(1)), text))
    return list(dict.fromkeys(out))
