"""From an uploaded file's bytes to a clean article: decoding, extraction, boilerplate, metadata, sentences."""

from __future__ import annotations

import hashlib
import re

from bot.errors import UserError
from bot.model import Metadata, ParsedArticle, Sentence


def parse_article(
    data: bytes, name: str, *, max_bytes: int = 5_000_000, overrides: dict[str, str] | None = None
) -> ParsedArticle:
    """Placeholder until the real pipeline lands: UTF-8 text, one sentence per line."""
    if not data.strip():
        raise UserError(f"{name} is empty.")
    text = data.decode("utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines() if len(line.split()) > 6]
    body = "\n\n".join(lines)
    return ParsedArticle(
        source=name,
        content_hash=hashlib.sha256(re.sub(r"\s+", " ", body).encode()).hexdigest(),
        metadata=Metadata(**(overrides or {})),
        sentences=tuple(Sentence(i, i, line) for i, line in enumerate(lines)),
        text=body,
        raw_bytes=len(data),
    )
