"""Who stands where: claims, quotes and figures found in an article's sentences."""

from __future__ import annotations

from bot.lexicon import Lexicon
from bot.model import Analysis, ParsedArticle


def analyze(article: ParsedArticle, lexicon: Lexicon) -> Analysis:
    """Placeholder until the real analysis lands."""
    return Analysis()
