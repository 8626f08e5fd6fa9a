"""Markdown pasted by desk admins, reduced to its text; a leading "# Heading" is the title."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Every repeat stops at the next opening or closing mark of its kind, so a 100,000-character line of
# unbalanced markup ("[[[[", "<http:<http:") is still scanned in linear time.
HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")
RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,})$")
FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+")
QUOTE_MARK = re.compile(r"^ {0,3}(?:>[ \t]?)+")
LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\[\]\n]{1,300}\]:[ \t]*\S")
IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
LINK = re.compile(r"\[([^\[\]\n]+)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
WHOLE_LINE_LINK = re.compile(r"^ {0,3}\[([^\[\]\n]+)\]\((https?://[^()\s]+)\)\s*$")
AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,500})?/?>")
STRONG = re.compile(r"(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
CODE = re.compile(r"`([^`\n]+)`")
STRIKE = re.compile(r"~~([^~\n]+)~~")
MARKUP = re.compile(r"[*_`~\[<]")  # most lines carry none of these, and need no further work


@dataclass(frozen=True)
class MarkdownText:
    """The text without markup, and the title given by a leading "# Heading", if any."""

    text: str
    title: str | None


def strip_markdown(source: str) -> MarkdownText:
    """Text of a markdown document, line for line; headings and list items stand on their own lines.

    Lines are not joined here: pasted articles often hold one paragraph per line with no blank lines,
    and the layout step decides which lines continue a sentence, as it does for plain text.
    """
    lines: list[str] = []
    title: str | None = None
    for raw in source.split("\n"):
        line = raw.rstrip()
        heading = HEADING.match(line)
        if RULE.match(line) or FENCE.match(line) or LINK_DEFINITION.match(line):
            lines.append("")
        elif heading:
            text = _inline((heading.group(2) or "").rstrip(" \t#"))
            if title is None and heading.group(1) == "#" and not any(lines):
                title = text
            else:
                lines += ["", text, ""]
        elif LIST_ITEM.match(line):
            lines += ["", _inline(LIST_ITEM.sub("", line))]
        elif link := WHOLE_LINE_LINK.match(line):
            lines.append(f"{_inline(link.group(1))}: {link.group(2)}")  # "[Read the original](url)" names the source
        else:
            lines.append(_inline(QUOTE_MARK.sub("", line)))
    return MarkdownText("\n".join(lines), title or None)


def _inline(text: str) -> str:
    """Text of one line with images dropped and links, emphasis and code reduced to their words."""
    if not MARKUP.search(text):
        return " ".join(text.split())
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = AUTOLINK.sub(r"\1", text)
    text = TAG.sub("", text)
    text = STRONG.sub(r"\2", text)
    text = EMPHASIS.sub(r"\2", text)
    text = CODE.sub(r"\1", text)
    text = STRIKE.sub(r"\1", text)
    return " ".join(text.split())
