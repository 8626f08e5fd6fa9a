"""The reads behind who-supports, actor and topic: a tally per stance, then only the claims shown.

Nothing here scans the claims of a busy topic. How many articles take each stance comes from
`stance_tallies` (how many independent stories, copies counted once, from `source_tallies`), and the
newest and the first claim of a stance from the `claim_dates` index
(actor, topic, stance, direct, stated), both kept in step with the claims by triggers (migrations 4, 8, 13).
The date there is the statement's: the one its sentence gives ("2025-04" for "in April"), else its article's
publication date; undated ones have '', so they sort before every date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.model import Confidence, Source, Stance
from bot.store import Store

SOURCE_COLUMNS = "a.id AS article_id, a.source, a.title, a.outlet, a.author, a.published, a.url"
_GROUP = "actor = ? AND topic = ? AND stance = ? AND direct = ?"
_BOTH = (1, 0)  # direct claims, then second-hand reports: the date index holds them apart
_SOURCES = (  # the independent stories of a tally (source_tallies, kept beside it by triggers: migration 9)
    "coalesce((SELECT s.sources FROM source_tallies s WHERE s.actor = t.actor AND s.topic = t.topic"
    " AND s.stance = t.stance), t.articles) AS sources"
)


@dataclass(frozen=True)
class StanceRecord:
    """One actor's stance on one topic as the index tallies it."""

    actor: str
    topic: str
    stance: Stance
    articles: int  # how many articles carry it
    sources: int  # how many independent stories among them (copies of one story count once)
    first: str | None  # the earliest statement date among them (sentence's, else publication's); None: undated
    last: str | None
    newest: int | None  # the newest claim's id


@dataclass(frozen=True)
class QuotedClaim:
    """A claim with its sentence and the article it comes from."""

    id: int
    text: str  # the sentence
    stance: Stance
    speaker: str | None
    reported_by: str | None
    cue: str
    confidence: Confidence
    source: Source
    stated: str | None = None  # the date the sentence gives the statement; None when it is the publication's


def source_of(row: dict) -> Source:
    """The article's columns of a row that selected SOURCE_COLUMNS."""
    return Source(*(row[name] for name in ("article_id", "source", "title", "outlet", "author", "published", "url")))


def stance_summary(store: Store, *, topic: str | None = None, actor: str | None = None) -> list[StanceRecord]:
    """Per actor, topic and stance on record: how many articles carry it (`articles`), the first and the last
    statement date (None when none is dated) and the newest claim (`newest`, a claim id).

    Give a topic, an actor, or both. One statement: a few index seeks per stance, whatever the archive's size.
    """
    clauses = [f"t.{name} = ?" for name, value in (("topic", topic), ("actor", actor)) if value is not None]
    if not clauses:
        raise ValueError("stance_summary needs a topic or an actor")
    group = "d.actor = t.actor AND d.topic = t.topic AND d.stance = t.stance AND d.direct = {}"
    seek = "(SELECT {} FROM claim_dates d WHERE " + group + "{} ORDER BY {} LIMIT 1)"
    columns = [
        seek.format("stated", direct, " AND d.stated > ''", "stated") + f" AS first_{direct}" for direct in _BOTH
    ] + [
        seek.format(what, direct, "", "stated DESC, claim_id DESC") + f" AS newest_{name}_{direct}"
        for direct in _BOTH
        for what, name in (("stated", "stated"), ("claim_id", "claim"))
    ]
    rows = store.query(
        f"SELECT t.actor, t.topic, t.stance, t.articles, {_SOURCES}, {', '.join(columns)} FROM stance_tallies t"
        f" WHERE {' AND '.join(clauses)} AND t.articles > 0",
        tuple(v for v in (topic, actor) if v is not None),
    )
    return [_summary(row) for row in rows]


def _summary(row: dict) -> StanceRecord:
    """Direct claims and second-hand reports sit apart in the date index: the earliest and newest of both."""
    found = [(row[f"newest_stated_{d}"], row[f"newest_claim_{d}"]) for d in _BOTH if row[f"newest_claim_{d}"]]
    newest = max(found, default=("", None))
    return StanceRecord(
        actor=row["actor"],
        topic=row["topic"],
        stance=row["stance"],
        articles=row["articles"],
        sources=row["sources"],
        first=min((row[f"first_{d}"] for d in _BOTH if row[f"first_{d}"]), default=None),
        last=newest[0] or None,  # undated ('') sorts first: the newest is undated only if all are
        newest=newest[1],
    )


def claims_by_id(store: Store, claim_ids: Sequence[int]) -> list[QuotedClaim]:
    """Claims with their sentence and source, in the order of `claim_ids`."""
    if not claim_ids:
        return []
    rows = store.query(
        f"SELECT c.id, s.text, c.stance, c.speaker, c.reported_by, c.cue, c.confidence, c.stated, {SOURCE_COLUMNS}"
        " FROM claims c JOIN sentences s ON s.id = c.sentence_id JOIN articles a ON a.id = c.article_id"
        f" WHERE c.id IN ({', '.join('?' * len(claim_ids))})",
        tuple(claim_ids),
    )
    by_id = {row["id"]: _quoted(row) for row in rows}
    return [by_id[i] for i in claim_ids if i in by_id]


def _quoted(row: dict) -> QuotedClaim:
    return QuotedClaim(
        row["id"],
        row["text"],
        row["stance"],
        row["speaker"],
        row["reported_by"],
        row["cue"],
        row["confidence"],
        source_of(row),
        row["stated"],
    )


def newest_claims(store: Store, *, actor: str, topic: str, stance: str, limit: int) -> list[QuotedClaim]:
    """The newest statements of one stance, one per article, with their source; undated ones last."""
    newest = (
        f"SELECT * FROM (SELECT stated, claim_id, article_id FROM claim_dates WHERE {_GROUP}"
        " ORDER BY stated DESC, claim_id DESC LIMIT ?)"
    )
    found = store.conn.execute(
        f"{newest} UNION ALL {newest} ORDER BY stated DESC, claim_id DESC",
        [value for direct in _BOTH for value in (actor, topic, stance, direct, limit * 3)],
    ).fetchall()  # an article may carry the stance in several sentences: some rows are spare
    per_article: dict[int, int] = {}  # article id -> its newest claim id
    for _, claim_id, article_id in found:
        per_article.setdefault(article_id, claim_id)
    return claims_by_id(store, list(per_article.values())[:limit])
