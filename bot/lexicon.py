"""The editable lists of actors, topics and stance cues (data/*.yml)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Lexicon:
    """Placeholder until the real lists land."""

    folder: Path | None = None


def load_lexicon(folder: Path) -> Lexicon:
    return Lexicon(folder)
