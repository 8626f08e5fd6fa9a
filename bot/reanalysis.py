"""Re-deriving claims, quotes and figures from the stored sentences after the lists change.

The files are not read again: the sentences in the index are the article as it was parsed. Each
article is re-analysed and rewritten in its own transaction (old analysis out, new in, alerts
checked against the new claims), so an interruption leaves every article either old or new, whole.
Each article's story group is found again too (copies of one story), in the order they were added, so an
index made before copies were told apart, or before the rule changed, ends as a fresh ingest would.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.analysis import analyze
from bot.clock import now_stamp
from bot.copies import article_fingerprint
from bot.lexicon import Lexicon
from bot.store import Store
from bot.store.alerts.raising import raise_alerts
from bot.store.articles import article_ids, delete_analysis, indexed_article, insert_analysis
from bot.store.copies import file_copy


def reanalyze_all(
    store: Store,
    lexicon: Lexicon,
    *,
    now: str | None = None,
    borderline: bool = False,
    progress: Callable[[int], None] | None = None,
) -> dict:
    """Analyse every stored article again with `lexicon`; returns counts of what the index now holds."""
    now = now or now_stamp()
    summary = {"articles": 0, "claims": 0, "quotes": 0, "figures": 0, "alerts": 0}
    for article_id in article_ids(store):
        stored = indexed_article(store, article_id)
        if stored is None:  # removed meanwhile
            continue
        article, ids = stored
        analysis = analyze(article, lexicon)
        with store.transaction() as db:
            delete_analysis(db, article_id)
            file_copy(db, article_id, article_fingerprint(article))  # in id order, as ingest found them
            insert_analysis(db, ids, analysis)
            summary["alerts"] += raise_alerts(db, article_id, now=now, borderline=borderline)
        summary["articles"] += 1
        summary["claims"] += len(analysis.claims)
        summary["quotes"] += len(analysis.quotes)
        summary["figures"] += len(analysis.figures)
        if progress:
            progress(article_id)
    return summary
