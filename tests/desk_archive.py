"""Small archives for alert scenarios: articles with hand-made claims and figures, stored as ingest does."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from bot.model import Analysis, Claim, Figure, Metadata, ParsedArticle, Sentence
from bot.store import Store
from bot.store.alerts.raising import raise_alerts
from bot.store.articles import insert_article

ADDED_AT = "2025-10-01T09:00:00+00:00"

# A whole article as a desk admin would drop it in, for the paths that parse files.
ARTICLE = """Europe weighs a reassurance force for Ukraine

By Desk Reporter

European defence ministers met in Paris on Tuesday to discuss a reassurance force for Ukraine after a ceasefire.

Officials said the coalition of the willing would need American support for air defence and intelligence.

Russia has repeatedly said it would not accept Western troops in Ukraine under any flag.
"""


@dataclass(frozen=True)
class Said:
    """An actor's stance on a topic as one sentence of an article carries it."""

    actor: str
    topic: str
    stance: str
    sentence: str
    reported_by: str | None = None
    confidence: str = "stated"
    stated: str | None = None  # the date the sentence gives the statement, if any


@dataclass(frozen=True)
class Counted:
    """A figure about a quantity, as one sentence gives it."""

    quantity: str
    low: float | None
    high: float | None
    sentence: str
    source: str | None = "united-kingdom"  # whose plan or estimate: only one source's figures can conflict


def article_values(
    source: str,
    *,
    published: str | None = None,
    outlet: str | None = "Desk Wire",
    url: str | None = None,
    said: tuple[Said, ...] = (),
    counted: tuple[Counted, ...] = (),
) -> tuple[ParsedArticle, Analysis]:
    """An article as parsing and analysis would hand it to the store: one sentence per claim or figure."""
    texts = [s.sentence for s in said] + [c.sentence for c in counted]
    article = ParsedArticle(
        source=source,
        content_hash=hashlib.sha256("\n".join([source, *texts]).encode()).hexdigest(),
        metadata=Metadata(title=f"Report {source}", outlet=outlet, published=published, url=url),
        sentences=tuple(Sentence(i, i, text) for i, text in enumerate(texts)),
        raw_bytes=sum(len(t) for t in texts),
    )
    analysis = Analysis(
        claims=tuple(
            Claim(i, s.actor, s.topic, s.stance, reported_by=s.reported_by, confidence=s.confidence, stated=s.stated)  # type: ignore[arg-type]
            for i, s in enumerate(said)
        ),
        figures=tuple(
            Figure(len(said) + i, c.quantity, c.low, c.high, c.sentence, c.source) for i, c in enumerate(counted)
        ),
    )
    return article, analysis


def add_article(
    store: Store,
    source: str,
    *,
    published: str | None = None,
    outlet: str | None = "Desk Wire",
    url: str | None = None,
    said: tuple[Said, ...] = (),
    counted: tuple[Counted, ...] = (),
    borderline: bool = False,
    added_at: str = ADDED_AT,
) -> int:
    """Store an article and raise its alerts in one transaction, as ingest does; returns how many it raised."""
    article, analysis = article_values(source, published=published, outlet=outlet, url=url, said=said, counted=counted)
    with store.transaction() as db:
        stored = insert_article(db, article, analysis, now=added_at)
        return raise_alerts(db, stored.article_id, now=added_at, borderline=borderline)
