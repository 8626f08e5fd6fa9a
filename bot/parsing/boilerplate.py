"""Telling article prose from the page around it: menus, share prompts, counters, footers, credits, headings.

General signals do most of the work (a line that does not read as prose is never indexed); known footer
patterns, kept as data in data/boilerplate.yml, catch the page furniture that does read like a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from functools import cache

import yaml

from bot.config import DATA_DIR

BOILERPLATE_FILE = DATA_DIR / "boilerplate.yml"
MAX_PATTERN_LINE_CHARS = 300  # footer lines are short; a long paragraph is never dropped by a pattern
MIN_PROSE_WORDS = 3
LONG_PROSE_WORDS = 20  # a line this long is prose even when its final full stop was lost in scraping
MAX_HEADING_WORDS = 20
MENU_ITEM_WORDS = 2  # runs of lines this short are menus, not headings
MIN_MENU_RUN = 3
MAX_CAPS_WORDS = 12
SMALL_WORD = re.compile(
    r"(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|off|on|onto|or|per|than|the|to|up|via|vs|with)", re.IGNORECASE
)
SENTENCE_END = re.compile(r"[.!?…][”\"’'»)\]]*$")
DOTTED_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.){2,}$")


class LineKind(Enum):
    """What a logical line of a page is."""

    PROSE = "prose"  # article text: split into sentences and indexed
    HEADING = "heading"  # a headline or section header: a title candidate, never a sentence
    NOISE = "noise"  # page furniture: menus, share prompts, counters, footers, credits


@cache
def footer_pattern() -> re.Pattern[str]:
    """All patterns of data/boilerplate.yml as one alternation, so a line is tested in a single pass."""
    groups = yaml.safe_load(BOILERPLATE_FILE.read_text(encoding="utf-8")) or {}
    patterns = [str(p) for patterns in groups.values() for p in patterns or ()]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def is_footer_line(line: str) -> bool:
    """A short line matching a known page-furniture pattern (copyright, newsletter, credit, share...)."""
    return len(line) <= MAX_PATTERN_LINE_CHARS and footer_pattern().search(line) is not None


def classify_lines(lines: Sequence[str]) -> list[LineKind]:
    """The kind of each logical line, in order."""
    kinds = [_kind(line) for line in lines]
    _mark_menus(lines, kinds)
    return kinds


def _kind(line: str) -> LineKind:
    words = line.split()
    letters = [ch for ch in line if ch.isalpha()]
    if not letters or is_footer_line(line):
        return LineKind.NOISE
    if len(words) == 1 and not SENTENCE_END.search(line):
        return LineKind.NOISE  # a lone word or address: "twitter", "Caliber.Az", "WORLD"
    if "".join(letters).isupper() and len(letters) > 1 and len(words) <= MAX_CAPS_WORDS:
        return LineKind.NOISE  # buttons and menu bars shout: "SIGN ME UP", "WHAT ARE YOU LOOKING FOR ?"
    if _is_title_case(words):
        return LineKind.HEADING if len(words) <= MAX_HEADING_WORDS else LineKind.PROSE
    if len(words) >= LONG_PROSE_WORDS or (len(words) >= MIN_PROSE_WORDS and _ends_sentence(line)):
        return LineKind.PROSE
    return LineKind.HEADING if len(words) <= MAX_HEADING_WORDS else LineKind.NOISE


def _ends_sentence(line: str) -> bool:
    """Ends with a full stop, question or exclamation mark, not with an abbreviation such as "U.S."."""
    return SENTENCE_END.search(line) is not None and DOTTED_ABBREVIATION.search(line.rstrip("”\"’'»)]")) is None


def _is_title_case(words: Sequence[str]) -> bool:
    """Headline style: every word but the small ones capitalised ("Europe Hatches Plans ... Without U.S.")."""
    major = [w for w in words if not SMALL_WORD.fullmatch(w.strip("“‘\"'(")) and any(c.isalpha() for c in w)]
    return len(major) >= MIN_PROSE_WORDS and all(w.lstrip("“‘\"'(")[:1].isupper() for w in major)


def _mark_menus(lines: Sequence[str], kinds: list[LineKind]) -> None:
    """Runs of very short non-prose lines are navigation ("apple store", "play market", "copy link")."""
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if index < len(lines) and kinds[index] is not LineKind.PROSE and len(line.split()) <= MENU_ITEM_WORDS:
            run.append(index)
            continue
        if len(run) >= MIN_MENU_RUN:
            for member in run:
                kinds[member] = LineKind.NOISE
        run = []
