"""The editable lists of actors, topics and stance cues (data/actors.yml, topics.yml, stances.yml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Actor:
    """A country, organisation or bloc whose stance the desk tracks; people map to the actor they speak for."""

    id: str  # taxonomy id, e.g. "united-states"
    label: str  # how answers name it, e.g. "United States"
    aliases: tuple[str, ...] = ()  # names, demonyms, capitals, officials


@dataclass(frozen=True)
class Topic:
    """One part of the security-guarantee debate."""

    id: str  # taxonomy id, e.g. "us-backstop"
    label: str  # e.g. "US backstop"
    phrases: tuple[str, ...] = ()  # words that name it in articles and in questions


@dataclass(frozen=True)
class Lexicon:
    """All lists, loaded once and shared read-only by the analysis and the command parser."""

    actors: dict[str, Actor] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    folder: Path | None = None


def load_lexicon(folder: Path) -> Lexicon:
    """Placeholder until the real loader lands: no lists."""
    return Lexicon(folder=folder)
