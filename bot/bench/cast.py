"""The synthetic archive's cast: the desk's actors and topics, as articles name them.

Only the lists (GUARANTEES_LISTS) supply names, so the archive speaks of what the bot can recognise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.errors import UserError
from bot.lexicon import Lexicon

DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ish|ese|ch|ic|sh)$")
SURE_DEMONYM = re.compile(r"(?:ish|ch)$")
NOT_A_NOUN = r"(?:this|that|such|these|those|any|a|an|the|send|deploy|commit|access|guarantee)\b"
NOUN_PHRASE = re.compile(rf"^(?!{NOT_A_NOUN})[a-z][\w-]*(?: [a-z][\w-]*){{0,3}}$")
PRONOUNS = frozenset({"its", "our", "their", "his", "her", "own", "any", "more"})


@dataclass(frozen=True)
class CastActor:
    """How articles name an actor: as a subject ("Poland", "Warsaw"), as an adjective ("Polish"), and the
    officials who speak for it ("Donald Tusk", "Tusk")."""

    id: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...] = ()


def cast_from_lexicon(lexicon: Lexicon) -> tuple[list[CastActor], list[tuple[str, tuple[str, ...]]]]:
    """Actors and (topic id, phrases) from the desk's lists (GUARANTEES_LISTS), the only names the archive uses."""
    if not (lexicon.actors and lexicon.topics):
        raise UserError(
            "No actors or topics to build a synthetic archive from.",
            hint="Add data/actors.yml and data/topics.yml (or set GUARANTEES_LISTS).",
        )
    actors = [
        _cast_actor(a.id, (a.label, *(n for n in a.aliases if n not in a.people and n not in a.ambiguous)), a.people)
        for a in lexicon.actors.values()
    ]
    proper = {n.split()[0] for a in actors for n in a.names}
    topics = [(t.id, _topic_phrases(t.label, t.phrases, proper)) for t in lexicon.topics.values()]
    return actors, topics


def _cast_actor(actor_id: str, names: Sequence[str], people: Sequence[str] = ()) -> CastActor:
    """The label first; demonyms ("Polish", "Dutch") and their plurals apart, as they do not name a speaker."""
    label, *aliases = dict.fromkeys(n for n in names if n)
    adjectives = tuple(a for a in aliases if _is_demonym(a, names))
    plurals = {a for a in aliases if a[:-1] in adjectives}
    subjects = (a for a in aliases if a not in adjectives and a not in plurals)
    return CastActor(actor_id, (label, *subjects), adjectives, tuple(people))


def _is_demonym(alias: str, names: Sequence[str]) -> bool:
    if not DEMONYM.match(alias):
        return False
    return bool(SURE_DEMONYM.search(alias)) or any(n != alias and n[:3] == alias[:3] for n in names)


def _topic_phrases(label: str, phrases: Sequence[str], proper: set[str]) -> tuple[str, ...]:
    """The label (in running-text case) first, then the list's short noun phrases; the lists also spell out
    every combination of their patterns ("deploys more boots"), which prose would not use."""
    first = label.split()[0]
    running = label if first in proper or first.isupper() else label[:1].lower() + label[1:]
    nouns = (p for p in phrases if NOUN_PHRASE.match(p) and _plain_words(p.split(), proper))
    return tuple(dict.fromkeys((running, *nouns)))


def _plain_words(words: Sequence[str], proper: set[str]) -> bool:
    """No word twice, no pronoun ("sends our own personnel"), and no name in lower case ("join nato")."""
    if len(set(words)) < len(words) or PRONOUNS.intersection(words):
        return False
    return not any(w.capitalize() in proper or w.upper() in proper for w in words)
