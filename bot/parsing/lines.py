"""From plain text to logical lines: one paragraph, heading or page element per line, hard wraps undone."""

from __future__ import annotations

import re

TERMINAL = ".!?…:;"
CLOSERS = "”\"’'»)]"
MIN_FRAGMENT_WORDS = 4  # a line shorter than this is a menu item or a heading, never half a sentence
WRAPPED_LINE_CHARS = 30
MAX_WRAP_WIDTH = 100  # hard-wrapped text (mail, wire copy) breaks lines at 72-80 characters
MIN_WRAPPED_LINES = 5
# "date 2025-03-06 Türkiye's ministry said ...": a date label run into the lede is a line of its own
RUN_IN_DATE = re.compile(r"^((?:date|published|posted|updated)\s?:?\s?\d{4}-\d{2}-\d{2})\s+(?=\S)", re.IGNORECASE)
WRAPPED_SHARE = 0.9  # of the long lines, so that one long address does not hide the wrapping


def logical_lines(text: str) -> list[str]:
    """Non-empty lines with single spaces; a sentence broken over lines is joined again, and a date label run
    into the first words of a paragraph is set on its own line.

    Two signals: a line that starts in lower case continues a line that did not end a sentence, and in a
    hard-wrapped text (long lines all within one narrow width) a line continues when it ends mid-sentence
    and the next word would not have fitted on it.
    """
    raw = [" ".join(line.split()) for line in text.split("\n")]
    width = _wrap_width(raw)
    lines: list[str] = []
    current = previous = ""
    for line in raw:
        if not line:
            _flush(lines, current)
            current = ""
        elif current and _continues(previous, line, width):
            current = current + line if current.endswith("-") and current[-2:-1].isalpha() else f"{current} {line}"
        else:
            _flush(lines, current)
            current = line
        previous = line
    _flush(lines, current)
    return lines


def _flush(lines: list[str], line: str) -> None:
    if match := RUN_IN_DATE.match(line):
        lines.append(match.group(1))
        line = line[match.end() :]
    if line:
        lines.append(line)


def _continues(previous: str, line: str, width: int | None) -> bool:
    """Whether `line` carries on the sentence of the physical line before it."""
    if previous.rstrip(CLOSERS)[-1:] in TERMINAL:
        return False
    if line[0].islower():
        return previous.count(" ") + 1 >= MIN_FRAGMENT_WORDS
    # In a hard-wrapped text a line was broken only when its next word would not have fitted.
    return width is not None and len(previous) + 1 + len(line.split(" ", 1)[0]) > width


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was broken at, or None when paragraphs run on one line each."""
    long_lines = [len(line) for line in lines if len(line) >= WRAPPED_LINE_CHARS]
    narrow = [length for length in long_lines if length <= MAX_WRAP_WIDTH]
    if len(narrow) < MIN_WRAPPED_LINES or len(narrow) < WRAPPED_SHARE * len(long_lines):
        return None
    return max(narrow)
