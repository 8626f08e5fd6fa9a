"""Building small articles for the analysis tests, without the parser."""

from __future__ import annotations

from functools import lru_cache

from bot.analysis import analyze
from bot.config import DATA_DIR
from bot.lexicon import Lexicon
from bot.lists import load_lexicon
from bot.model import Metadata, ParsedArticle, Sentence


@lru_cache(maxsize=1)
def load_shipped_lexicon() -> Lexicon:
    """The lists in data/, loaded once for all tests."""
    return load_lexicon(DATA_DIR)


def article(
    sentences: list[str], *, published: str | None = None, paragraphs: list[int] | None = None
) -> ParsedArticle:
    """An article of these sentences (one paragraph each unless told otherwise)."""
    numbers = paragraphs or list(range(len(sentences)))
    return ParsedArticle(
        source="test.txt",
        content_hash=str(hash(tuple(sentences))),
        metadata=Metadata(published=published),
        sentences=tuple(Sentence(i, numbers[i], text) for i, text in enumerate(sentences)),
        raw_bytes=sum(len(s) for s in sentences),
    )


def claims_of(lexicon: Lexicon, *sentences: str, published: str | None = None) -> set[tuple[str, str, str]]:
    """(actor, topic, stance) of every claim the sentences make."""
    found = analyze(article(list(sentences), published=published), lexicon).claims
    return {(c.actor, c.topic, c.stance) for c in found}
