"""Re-deriving claims, quotes and figures from the stored sentences after the lists change.

The files are not read again: the sentences in the index are the article as it was parsed. Each
article is re-analysed and rewritten in its own transaction (old analysis out, new in, alerts
checked against the new claims), so an interruption leaves every article either old or new, whole.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from bot.analysis import analyze
from bot.lexicon import Lexicon
from bot.model import Metadata, ParsedArticle, Sentence
from bot.store import Store
from bot.store.alerts.raising import raise_alerts
from bot.store.articles import StoredArticle, delete_analysis, insert_analysis


def reanalyze_all(
    store: Store,
    lexicon: Lexicon,
    *,
    now: str | None = None,
    borderline: bool = False,
    progress: Callable[[int], None] | None = None,
) -> dict:
    """Analyse every stored article again with `lexicon`; returns counts of what the index now holds."""
    now = now or datetime.now(UTC).replace(microsecond=0).isoformat()
    summary = {"articles": 0, "claims": 0, "quotes": 0, "figures": 0, "alerts": 0}
    ids = [row["id"] for row in store.query("SELECT id FROM articles ORDER BY id")]
    for article_id in ids:
        stored = stored_article(store, article_id)
        if stored is None:  # removed meanwhile
            continue
        article, sentence_ids = stored
        analysis = analyze(article, lexicon)
        with store.transaction() as conn:
            delete_analysis(conn, article_id)
            insert_analysis(conn, StoredArticle(article_id, sentence_ids), analysis)
            summary["alerts"] += raise_alerts(conn, article_id, now=now, borderline=borderline)
        summary["articles"] += 1
        summary["claims"] += len(analysis.claims)
        summary["quotes"] += len(analysis.quotes)
        summary["figures"] += len(analysis.figures)
        if progress:
            progress(article_id)
    return summary


def stored_article(store: Store, article_id: int) -> tuple[ParsedArticle, dict[int, int]] | None:
    """The article as the index holds it, and its sentence ids by position."""
    rows = store.query(
        "SELECT source, content_hash, title, outlet, author, published, url, raw_bytes FROM articles WHERE id = ?",
        (article_id,),
    )
    if not rows:
        return None
    row = rows[0]
    sentences = store.query(
        "SELECT id, position, paragraph, text FROM sentences WHERE article_id = ? ORDER BY position", (article_id,)
    )
    article = ParsedArticle(
        source=row["source"],
        content_hash=row["content_hash"],
        metadata=Metadata(
            title=row["title"], outlet=row["outlet"], author=row["author"], published=row["published"], url=row["url"]
        ),
        sentences=tuple(Sentence(s["position"], s["paragraph"], s["text"]) for s in sentences),
        raw_bytes=row["raw_bytes"],
    )
    return article, {s["position"]: s["id"] for s in sentences}
