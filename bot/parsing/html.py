"""The main text of a web page and what its markup says about it, through trafilatura's extractor.

Scripts, styles, navigation, comments and footers are left behind by the extractor; what it keeps still
goes through the same line cleaning as a scraped text file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from bot.errors import UserError
from bot.parsing.dates import parse_date

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
HTML_STARTS = ("<!doctype html", "<html", "<head", "<body")
# Where pages declare when they were published, most specific first (a date-only fallback comes later).
PUBLISHED_XPATHS = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @property='og:published_time' or @itemprop='datePublished' or @name='datePublished'"
    " or @name='parsely-pub-date' or @name='sailthru.date' or @name='publishdate' or @name='pubdate'"
    " or @name='date' or @name='DC.date.issued' or @name='dcterms.created']/@content",
    "//time[@itemprop='datePublished' or @pubdate]/@datetime",
)
MAX_JSON_LD_CHARS = 200_000
# A news page has a few thousand elements; the extractor's time grows with their number (a megabyte of bare
# tags took it about a minute), so a page far beyond any article's markup is refused before it is parsed.
MAX_TAGS = 60_000
# The extractor's own date search is limited to the markup and has a fixed ceiling, so that no date
# is guessed from the text and the result does not depend on today's date.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2100-12-31"}


@dataclass(frozen=True)
class HtmlPage:
    """The page's main text (one paragraph or heading per line) and its declared metadata."""

    text: str
    metadata: dict[str, str | None] = field(default_factory=dict)


def looks_like_html(text: str, name: str) -> bool:
    """An .html file, or text that starts like a web page whatever its name."""
    head = text.lstrip()[:1024].lower()
    starts_as_page = head.startswith(HTML_STARTS) or (head.startswith(("<?xml", "<!--")) and "<html" in head)
    return name.lower().endswith(HTML_SUFFIXES) or starts_as_page


def extract_html(text: str, name: str) -> HtmlPage:
    """Main text and metadata of a page (the text is empty when the page holds no article)."""
    tags = text.count("<")
    if tags > MAX_TAGS:
        raise UserError(
            f"{name} holds about {tags:,} pieces of markup, far more than an article page ({MAX_TAGS:,} at most).",
            hint="Save the article's text as .txt or .md and upload that.",
        )
    tree = load_html(text)
    if tree is None:
        raise UserError(f"{name} is not a web page I can read.", hint="Save the page again as HTML, or as text.")
    published = _published(tree)
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        date_extraction_params=DATE_PARAMS,
    )
    if not isinstance(document, Document):  # nothing the extractor would call article text
        return HtmlPage(text="")
    return HtmlPage(
        text=document.text or "",
        metadata={
            "title": document.title,
            "author": document.author,
            "outlet": document.sitename,
            "url": document.url,
            "published": published or (parse_date(document.date) if document.date else None),
        },
    )


def _published(tree: HtmlElement) -> str | None:
    """The publication time declared in meta tags, <time> or JSON-LD, with its time of day when given."""
    for xpath in PUBLISHED_XPATHS:
        for value in tree.xpath(xpath):
            date = parse_date(str(value))
            if date:
                return date
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        if len(script) <= MAX_JSON_LD_CHARS:
            date = _json_ld_date(script)
            if date:
                return date
    return None


def _json_ld_date(script: str) -> str | None:
    try:
        data = json.loads(script)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and (date := parse_date(value)):
                return date
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return None
