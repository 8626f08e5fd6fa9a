"""Title, outlet, author, date and URL of an article, each with where it came from; never invented."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.model import METADATA_FIELDS, Metadata, Provenance
from bot.parsing.boilerplate import LineKind
from bot.parsing.dates import parse_date
from bot.parsing.outlets import canonical_outlet, outlet_for_host
from bot.parsing.urls import MAX_URL_CHARS, host_of, real_url, title_from_slug

# Metadata lines are short, but a source line may carry a long redirect address; every pattern below is
# anchored at the line's start, so a long prose line fails at its first words.
MAX_METADATA_LINE_CHARS = MAX_URL_CHARS + 40
MIN_TITLE_WORDS = 2
MIN_REPEATED_TITLE_WORDS = 4
MAX_AUTHOR_CHARS = 120
MAX_OUTLET_WORDS = 5

_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
BYLINE = re.compile(rf"^(?i:by|written by|reported by|words by) (?P<name>{_NAME}(?:(?:, | and | & ){_NAME}){{0,3}})$")
AUTHOR_LABEL = re.compile(r"^(?:authors?|byline|written by|by)\s?:\s?(?P<name>.*)$", re.IGNORECASE)
DATE_LABEL = re.compile(
    r"^(?:(?:first )?publish(?:ed|ing)?(?: date| on| at)?|date(?: published)?|posted(?: on)?)\s?:?\s?(?P<value>.+)$",
    re.IGNORECASE,
)
URL_LINE = re.compile(
    r"^(?:(?:source(?: link| url)?|original(?: article| url| link)?|url|link|originally published (?:at|on|by)"
    r"|read (?:more|the original|the full story)(?: at| on)?)\s?:?\s?)?(?P<url>https?://\S+)$",
    re.IGNORECASE,
)
_YEAR = r"(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?"
HOLDER_BEFORE = re.compile(rf"^(?P<name>[^\W\d][^©]{{0,60}}?)\s?(?:©|\(c\))\s?{_YEAR}", re.IGNORECASE)
HOLDER_AFTER = re.compile(
    rf"(?:©|\(c\)|copyright)\s?(?:©\s?)?(?:{_YEAR})?[\s,]*(?P<name>[^\W\d][^.,|©]{{0,60}})", re.IGNORECASE
)
# Spaces are taken only from the start of their run: started anywhere in a long run, the search was quadratic.
RIGHTS_RESERVED = re.compile(r"(?<!\s)\s*\ball rights reserved\b.*$", re.IGNORECASE)


@dataclass
class TextMetadata:
    """What the article's own lines say about it, and which lines said it (they are not body text)."""

    values: dict[str, str] = field(default_factory=dict)
    consumed: set[int] = field(default_factory=set)
    outlet_in_text: str | None = None


def read_metadata(
    lines: Sequence[str],
    kinds: Sequence[LineKind],
    *,
    markup: Mapping[str, str | None],
    markup_provenance: Provenance,
    body: str,
    overrides: Mapping[str, str | None],
    outlets: Mapping[str, str],
) -> tuple[Metadata, set[int]]:
    """Metadata from, in order of trust: an admin's overrides, the markup (HTML meta or a markdown
    heading), the text's own lines (title, byline, date line, source link, copyright holder), the URL.

    `outlets` maps web domains to outlet names (outlets.yml). Returns the metadata and the indexes of the
    lines it was read from, which are not body text.
    """
    found = scan_lines(lines, kinds)
    if found.outlet_in_text:
        found.outlet_in_text = canonical_outlet(found.outlet_in_text, outlets)
    values: dict[str, str] = {}
    provenance: dict[str, Provenance] = {}

    def offer(name: str, value: str | None, source: Provenance) -> None:
        if value and name not in values:
            values[name] = value
            provenance[name] = source

    for name in METADATA_FIELDS:
        offer(name, overrides.get(name), "admin")
        offer(name, markup.get(name), markup_provenance)
        offer(name, found.values.get(name), "text")
    url = values.get("url")
    if url:
        host = host_of(url)
        offer("outlet", outlet_for_host(host, outlets), "url")
        offer("outlet", found.outlet_in_text, "text")
        offer("outlet", host, "url")
        offer("title", title_from_slug(url, body), "url")
    offer("outlet", found.outlet_in_text, "text")
    return Metadata(**{name: values.get(name) for name in METADATA_FIELDS}, provenance=provenance), found.consumed


def scan_lines(lines: Sequence[str], kinds: Sequence[LineKind]) -> TextMetadata:
    """Bylines, date lines, source links and copyright holders among the short lines; then the headline."""
    found = TextMetadata()
    date_lines: dict[int, str] = {}
    for index, line in enumerate(lines):
        if len(line) > MAX_METADATA_LINE_CHARS:
            continue
        if date := parse_date(line):
            date_lines[index] = date
            found.consumed.add(index)
        elif _read_line(line, found):
            found.consumed.add(index)
        elif found.outlet_in_text is None and kinds[index] is not LineKind.PROSE:
            found.outlet_in_text = copyright_holder(line)
    # A line that is only a date dates the article when it sits above or below the body, as a dateline
    # does; inside the body it is a timeline entry ("24 February 2022"), not the publication date.
    prose = [index for index, kind in enumerate(kinds) if kind is LineKind.PROSE]
    outside = [date for index, date in date_lines.items() if not prose or not prose[0] < index < prose[-1]]
    if outside:
        found.values.setdefault("published", outside[0])
    title = headline(lines, kinds, found.consumed)
    if title:
        found.values["title"] = title
    return found


def _read_line(line: str, found: TextMetadata) -> bool:
    """Record what a metadata line gives; True when the line is a metadata line (even an empty one)."""
    values = found.values
    if match := BYLINE.match(line) or AUTHOR_LABEL.match(line):
        name = match.group("name").strip().rstrip(".")
        if name and len(name) <= MAX_AUTHOR_CHARS and any(ch.isalpha() for ch in name):
            values.setdefault("author", name)
        return True
    if (match := URL_LINE.match(line)) and (url := real_url(match.group("url"))):
        values.setdefault("url", url)
        return True
    if (match := DATE_LABEL.match(line)) and (date := parse_date(match.group("value"))):
        values.setdefault("published", date)
        return True
    return False


def headline(lines: Sequence[str], kinds: Sequence[LineKind], consumed: set[int]) -> str | None:
    """The page's title line when the page prints it again; else the last heading before the first paragraph
    of prose: where a page puts its headline."""
    if repeated := _repeated_title_line(lines, kinds, consumed):
        return repeated
    title = None
    for index, kind in enumerate(kinds):
        if kind is LineKind.PROSE:
            return title or _repeated_first_line(lines, kinds, index)
        if kind is LineKind.HEADING and index not in consumed and len(lines[index].split()) >= MIN_TITLE_WORDS:
            title = lines[index]
    return None


def _repeated_title_line(lines: Sequence[str], kinds: Sequence[LineKind], consumed: set[int]) -> str | None:
    """The text's first line when it recurs as a line of its own: a saved page starts with its <title> and
    prints the headline again above the story, however many menus and appeals sit in between. A site's
    name can recur too, so a title needs MIN_REPEATED_TITLE_WORDS words; a sentence repeated is a pull quote."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None or first in consumed or kinds[first] is not LineKind.HEADING:
        return None
    line = lines[first].strip()
    if len(line.split()) < MIN_REPEATED_TITLE_WORDS:
        return None
    if any(other.strip() == line for other in lines[first + 1 :]):
        return line
    return None


def _repeated_first_line(lines: Sequence[str], kinds: Sequence[LineKind], first: int) -> str | None:
    """A page that prints its headline twice, the second time as the body's first line: the headline,
    even when it reads as a sentence."""
    following = [i for i in range(first + 1, len(lines)) if kinds[i] is LineKind.PROSE]
    line = lines[first].strip()
    if following and lines[following[0]].strip() == line and len(line.split()) >= MIN_TITLE_WORDS:
        return line
    return None


def copyright_holder(line: str) -> str | None:
    """The name in a copyright line ("Caliber.az © 2025", "© 2025 Example News. All rights reserved."), as written."""
    if "©" not in line and "copyright" not in line.lower() and "(c)" not in line.lower():
        return None
    for pattern in (HOLDER_BEFORE, HOLDER_AFTER):
        match = pattern.search(line)
        if match:
            name = RIGHTS_RESERVED.sub("", match.group("name")).strip(" -–|:")
            if name[:1].isupper() and len(name.split()) <= MAX_OUTLET_WORDS and name.lower() != "copyright":
                return name
    return None
