"""Telling article prose from the page around it: menus, share prompts, counters, footers, credits, headings.

General signals do most of the work (a line that does not read as prose is never indexed); known footer
patterns, kept as data in boilerplate.yml in the lists folder (GUARANTEES_LISTS), catch the page furniture
that does read like a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from functools import cache
from pathlib import Path

import yaml

BOILERPLATE_FILE = "boilerplate.yml"  # in the lists folder
NO_FOOTERS = re.compile("(?!)")  # without lists, the general signals alone
MAX_PATTERN_LINE_CHARS = 300  # footer lines are short; a long paragraph is never dropped by a pattern
INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][”\"’]? +[“\"‘A-Z]")
MIN_SENTENCE_WORDS = 6
MIN_PROSE_WORDS = 3
LONG_PROSE_WORDS = 20  # a line this long is prose even when its final full stop was lost in scraping
MAX_HEADING_WORDS = 20
CLAUSED_PROSE_WORDS = 12  # a line this long with a clause after a comma is prose without its final full stop
MENU_ITEM_WORDS = 2  # runs of lines this short are menus, not headings
MIN_MENU_RUN = 3
MAX_CAPS_WORDS = 12
SMALL_WORD = re.compile(
    r"(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|off|on|onto|or|per|than|the|to|up|via|vs|with)", re.IGNORECASE
)
SENTENCE_MARKS = ".!?…"
CLOSERS = "”\"’'»)]"
OPENERS = "“‘\"'("
DOTTED_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}")
ESCAPE_OR_CAPITAL = re.compile(r"\\.|[A-Z]")


class LineKind(Enum):
    """What a logical line of a page is."""

    PROSE = "prose"  # article text: split into sentences and indexed
    HEADING = "heading"  # a headline or section header: a title candidate, never a sentence
    NOISE = "noise"  # page furniture: menus, share prompts, counters, footers, credits


@cache
def footer_pattern(lists: Path) -> re.Pattern[str]:
    """All patterns of boilerplate.yml in `lists` as one expression over a lower-cased line, tested in one pass.

    Patterns that start at the line's start or at a word are grouped behind a single `^` or `\\b`, which
    lets the engine skip most positions of a line at once; letters are lower-cased to match the line.
    """
    groups = yaml.safe_load((lists / BOILERPLATE_FILE).read_text(encoding="utf-8")) or {}
    patterns = [_lower_literals(str(p)) for patterns in groups.values() for p in patterns or ()]
    grouped: dict[str, list[str]] = {"^": [], "\\b": [], "": []}
    for pattern in patterns:
        lead = _shared_start(pattern)
        grouped[lead].append(pattern[len(lead) :])
    parts = [f"{lead}(?:{'|'.join(members)})" for lead, members in grouped.items() if members]
    return re.compile("|".join(parts)) if parts else NO_FOOTERS


def _lower_literals(pattern: str) -> str:
    """The pattern with its letters in lower case, escapes such as \\S or \\W left alone."""
    return ESCAPE_OR_CAPITAL.sub(lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), pattern)


def _shared_start(pattern: str) -> str:
    """The `^` or `\\b` a pattern starts with, when it applies to the whole pattern; else ""."""
    if _has_top_level_bar(pattern):
        return ""
    return next((lead for lead in ("^", "\\b") if pattern.startswith(lead)), "")


def _has_top_level_bar(pattern: str) -> bool:
    """Whether `pattern` is an alternation at its top level ("^a|b"), whose anchor cannot be factored out."""
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def is_footer_line(line: str, footer: re.Pattern[str]) -> bool:
    """A short line matching a known page-furniture pattern (copyright, newsletter, credit, share...)."""
    return len(line) <= MAX_PATTERN_LINE_CHARS and footer.search(line.lower()) is not None


def classify_lines(lines: Sequence[str], footer: re.Pattern[str]) -> list[LineKind]:
    """The kind of each logical line, in order; `footer` is the lists' `footer_pattern`."""
    kinds = [_kind(line, footer) for line in lines]
    _mark_menus(lines, kinds)
    # a long headline with a comma ("Canada ready to send troops, Carney says") sits above the first paragraph
    for index, line in enumerate(lines):
        if kinds[index] is not LineKind.PROSE:
            continue
        if not _cut_off(line) or len(line.split()) >= LONG_PROSE_WORDS:
            break
        kinds[index] = LineKind.HEADING
    return kinds


def _kind(line: str, footer: re.Pattern[str]) -> LineKind:
    words = line.split()
    if not any(ch.isalpha() for ch in line) or is_footer_line(line, footer):
        return LineKind.NOISE
    ends_sentence = _ends_sentence(words[-1])
    if len(words) == 1 and not ends_sentence:
        return LineKind.NOISE  # a lone word or address: "twitter", "Caliber.Az", "WORLD"
    if line.isupper() and len(words) <= MAX_CAPS_WORDS:
        return LineKind.NOISE  # buttons and menu bars shout: "SIGN ME UP", "WHAT ARE YOU LOOKING FOR ?"
    if _is_title_case(words):
        return LineKind.HEADING if len(words) <= MAX_HEADING_WORDS else LineKind.PROSE
    if len(words) >= LONG_PROSE_WORDS or (len(words) >= MIN_PROSE_WORDS and ends_sentence):
        return LineKind.PROSE
    if _cut_off(line):  # "He dismissed the talks as premature, saying that the situation remains too unstable to
        return LineKind.PROSE  # consider deploying": cut off, yet no headline (unless above all prose)
    if _opens_with_a_sentence(line):  # a page cut off mid-sentence: "... greater clarity. “What is the"
        return LineKind.PROSE
    return LineKind.HEADING if len(words) <= MAX_HEADING_WORDS else LineKind.NOISE


def _cut_off(line: str) -> bool:
    """A long line with a clause after a comma and no final full stop: prose cut off, or a headline."""
    words = line.split()
    return len(words) >= CLAUSED_PROSE_WORDS and "," in line and not _ends_sentence(words[-1])


def _opens_with_a_sentence(line: str) -> bool:
    """A whole sentence of prose (MIN_SENTENCE_WORDS words or more, ending on a small-letter word) before more
    text: a headline never holds one."""
    end = INNER_SENTENCE_END.search(line)
    return end is not None and len(line[: end.start()].split()) >= MIN_SENTENCE_WORDS


def _ends_sentence(last_word: str) -> bool:
    """Ends with a full stop, question or exclamation mark, not with an abbreviation such as "U.S."."""
    word = last_word.rstrip(CLOSERS)
    return word[-1:] in SENTENCE_MARKS and not DOTTED_ABBREVIATION.fullmatch(word)


def _is_title_case(words: Sequence[str]) -> bool:
    """Headline style: every word but the small ones capitalised ("Europe Hatches Plans ... Without U.S.").

    Reads word by word and stops at the first small-letter word that counts, so prose costs a few words.
    """
    major = 0
    for word in words:
        bare = word.lstrip(OPENERS)
        if not bare[:1].isalpha() or SMALL_WORD.fullmatch(bare.rstrip(",;:")):
            continue
        if not bare[0].isupper():
            return False
        major += 1
    return major >= MIN_PROSE_WORDS


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
