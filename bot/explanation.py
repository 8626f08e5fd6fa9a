"""Why the bot decided what it did about an article: each sentence's cues, read, for `explain`.

An editor (or a developer) sees the words each decision rests on (holder, cue, negation, condition,
topic), the claim with how sure the bot is of it, or why a cue gave none. The article is an indexed one
(id or file name) or a file not yet indexed, read exactly as `ingest` would read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.analysis import read_article, why_unread
from bot.analysis.claims import Reading
from bot.errors import UserError
from bot.ingest import read_file
from bot.lexicon import Lexicon
from bot.model import Claim, ParsedArticle
from bot.parsing import parse_article
from bot.store import Store
from bot.store.articles import find_article, indexed_article


@dataclass(frozen=True)
class SentenceExplanation:
    """One sentence that holds a stance cue or names a topic, and what its cues came to."""

    position: int
    text: str
    readings: tuple[Reading, ...]
    why_none: str | None  # when no cue was read at all
    kept: tuple[Claim, ...] = ()  # the sentence's claims: one stance per actor and topic, the most qualified


@dataclass(frozen=True)
class Explanation:
    """An article's title and source, its sentences that mattered, and how many others said nothing."""

    source: str
    title: str | None
    sentences: tuple[SentenceExplanation, ...]
    silent: int  # sentences with neither a stance cue nor a topic


def explain(ref: str, store: Store, lexicon: Lexicon, *, max_bytes: int) -> Explanation:
    """Explain an indexed article (id or file name), or a file given by its path."""
    path = Path(ref)
    if path.is_file():
        article = parse_article(read_file(path, max_bytes), path.name, lists=lexicon.folder, max_bytes=max_bytes)
    else:
        found = indexed_article(store, find_article(store, ref).id)
        if found is None:
            raise UserError(f"Article `{ref}` was removed meanwhile.", hint="`articles` lists what is indexed.")
        article = found[0]
    return explain_article(article, lexicon)


def explain_article(article: ParsedArticle, lexicon: Lexicon) -> Explanation:
    """The reasoning behind an article's claims, sentence by sentence."""
    reading = read_article(article, lexicon)
    shown: list[SentenceExplanation] = []
    for index, parse in enumerate(reading.context.parses):
        readings = reading.readings.get(index, [])
        if not readings and not parse.cues and not parse.topics:
            continue
        why = why_unread(reading.context, index) if not readings else None
        kept = tuple(reading.context.claims.get(index, []))
        shown.append(SentenceExplanation(parse.position, parse.text, tuple(readings), why, kept))
    silent = len(reading.context.parses) - len(shown)
    return Explanation(article.source, article.metadata.title, tuple(shown), silent)
