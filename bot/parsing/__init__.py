"""From an uploaded file's bytes to a clean article: decoding, extraction, boilerplate, metadata, sentences."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.errors import UserError
from bot.model import ParsedArticle, Provenance
from bot.parsing.boilerplate import NO_FOOTERS, LineKind, classify_lines, footer_pattern
from bot.parsing.decoding import decode_text
from bot.parsing.fields import normalise_field
from bot.parsing.html import extract_html, looks_like_html
from bot.parsing.lines import logical_lines
from bot.parsing.markdown import strip_markdown
from bot.parsing.metadata import read_metadata
from bot.parsing.outlets import known_outlets
from bot.parsing.sentences import split_sentences

MARKDOWN_SUFFIXES = (".md", ".markdown")
SIZE_HINT = "Upload the article on its own, or raise GUARANTEES_MAX_BYTES."
NOT_WORDS = re.compile(r"\W+")  # quotes, dashes and spacing a re-scrape may change are not part of the content


@dataclass(frozen=True)
class Page:
    """Text laid out one element per line, and what its markup declared (HTML meta, a markdown title)."""

    text: str
    markup: Mapping[str, str | None]
    provenance: Provenance


def parse_article(
    data: bytes,
    name: str,
    *,
    lists: Path | None,
    max_bytes: int = 5_000_000,
    overrides: dict[str, str] | None = None,
) -> ParsedArticle:
    """The article in an uploaded file (.txt, .md or .html), cleaned, with its metadata and sentences.

    `lists` is the lists folder (GUARANTEES_LISTS): its boilerplate.yml and outlets.yml are read once; without
    it, page furniture is told by the general signals alone and outlets keep their names. `overrides` are
    values a desk admin gave with the upload (title, outlet, author, date, url); they win over what the
    article says. Raises UserError with a one-line reason for anything that is not an article.
    """
    if len(data) > max_bytes:
        raise UserError(f"{name} is {len(data):,} bytes, over the {max_bytes:,}-byte limit.", hint=SIZE_HINT)
    admin = dict(normalise_field(field, value) for field, value in (overrides or {}).items())
    text = decode_text(data, name)
    if not text.strip():
        raise UserError(f"{name} is empty.", hint="Check that the file was saved with the article in it.")
    page = read_page(text, name)
    lines = logical_lines(page.text)
    kinds = classify_lines(lines, footer_pattern(lists) if lists else NO_FOOTERS)
    prose = [line for line, kind in zip(lines, kinds, strict=True) if kind is LineKind.PROSE]
    metadata, consumed = read_metadata(
        lines,
        kinds,
        markup=page.markup,
        markup_provenance=page.provenance,
        body="\n".join(prose),
        overrides=admin,
        outlets=known_outlets(lists) if lists else {},
    )
    paragraphs = body_paragraphs(lines, kinds, consumed, metadata.title)
    if not paragraphs:
        if not _mostly_latin(text):
            raise UserError(
                f"{name} has no article text in English: its letters are mostly not in the Latin alphabet.",
                hint="The desk's lists read English articles; upload the English version or a translation.",
            )
        raise UserError(
            f"{name} has no article text (only menus, links or page furniture).",
            hint="Upload the article itself, or paste its text.",
        )
    return ParsedArticle(
        source=name,
        content_hash=fingerprint(paragraphs),
        metadata=metadata,
        sentences=split_sentences(paragraphs),
        raw_bytes=len(data),
    )


def read_page(text: str, name: str) -> Page:
    """The text of an HTML page or markdown file without its markup; plain text as it is."""
    if looks_like_html(text, name):
        page = extract_html(text, name)
        return Page(page.text, page.metadata, "html")
    if name.lower().endswith(MARKDOWN_SUFFIXES):
        document = strip_markdown(text)
        return Page(document.text, {"title": document.title}, "text")
    return Page(text, {}, "text")


def body_paragraphs(lines: list[str], kinds: list[LineKind], consumed: set[int], title: str | None) -> list[str]:
    """The prose lines, without metadata lines, the title, or a paragraph repeated (a pull quote)."""
    skip = {_fold(title)} if title else set()
    paragraphs = []
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind is not LineKind.PROSE or index in consumed:
            continue
        key = _fold(line)
        if key not in skip:
            paragraphs.append(line)
            skip.add(key)
    return paragraphs


def fingerprint(paragraphs: list[str]) -> str:
    """Hash of the cleaned body's words, so the same story scraped with other furniture is a duplicate."""
    return hashlib.sha256(" ".join(_fold(p) for p in paragraphs).encode("utf-8")).hexdigest()


def _fold(text: str) -> str:
    return NOT_WORDS.sub(" ", text.casefold()).strip()


def _mostly_latin(text: str) -> bool:
    """Whether most letters are Latin (accents included), so an empty result means furniture, not a language."""
    letters = [ch for ch in text[:20_000] if ch.isalpha()]
    return not letters or sum(ch <= "\u024f" for ch in letters) * 2 >= len(letters)
