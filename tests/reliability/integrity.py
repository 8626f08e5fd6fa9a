"""What a database must look like after a crash, a backup or a storm of writers: sound, and every article whole.

`integrity_problems` runs SQLite's own checks (pages and indexes, the FTS5 index against its content table,
foreign keys). `article_shapes` describes each stored article by what hangs off it (sentences, claims, quotes,
figures, the alerts it raised, its sentences in the FTS index), so that a database can be compared article by
article with a reference built by one clean ingest of the same files.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ArticleShape:
    """Everything one article brings into the index, independent of the ids the database gave it."""

    sentences: int
    claims: int
    quotes: int
    figures: int
    fts_rows: int  # its sentences that the full-text index holds words for
    alerts: tuple[tuple[str, str, str], ...]  # (kind, subject, earlier article's source), sorted


def connect(db: Path) -> sqlite3.Connection:
    """A plain connection for checking (no migration, no store code in the way)."""
    conn = sqlite3.connect(str(db), isolation_level=None, timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def integrity_problems(db: Path) -> list[str]:
    """What SQLite finds wrong with the file: empty when the pages, the FTS5 index and the foreign keys are sound."""
    conn = connect(db)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        try:
            # rank = 1 also compares the index with the content table (the sentences).
            conn.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"FTS5 integrity-check: {exc}")
        problems += [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
        return problems
    finally:
        conn.close()


def article_shapes(db: Path) -> dict[str, ArticleShape]:
    """Each stored article's shape, by source file name."""
    conn = connect(db)
    try:
        counts = {
            table: dict(conn.execute(f"SELECT article_id, count(*) FROM {table} GROUP BY article_id").fetchall())
            for table in ("sentences", "claims", "quotes", "figures")
        }
        alerts: dict[int, list[tuple[str, str, str]]] = {}
        for article_id, kind, subject, old_source in conn.execute(
            "SELECT al.new_article_id, al.kind, coalesce(al.quantity, al.actor || '/' || al.topic), oa.source"
            " FROM alerts al JOIN articles oa ON oa.id = al.old_article_id"
        ):
            alerts.setdefault(article_id, []).append((kind, subject, old_source))
        indexed = _indexed_sentences(conn)
        sentences: dict[int, list[int]] = {}
        for article_id, sentence_id in conn.execute("SELECT article_id, id FROM sentences"):
            sentences.setdefault(article_id, []).append(sentence_id)
        shapes = {}
        for article_id, source in conn.execute("SELECT id, source FROM articles"):
            shapes[source] = ArticleShape(
                sentences=counts["sentences"].get(article_id, 0),
                claims=counts["claims"].get(article_id, 0),
                quotes=counts["quotes"].get(article_id, 0),
                figures=counts["figures"].get(article_id, 0),
                fts_rows=sum(sid in indexed for sid in sentences.get(article_id, [])),
                alerts=tuple(sorted(alerts.get(article_id, []))),
            )
        return shapes
    finally:
        conn.close()


def _indexed_sentences(conn: sqlite3.Connection) -> set[int]:
    """The sentence ids the full-text index holds words for, read from the index itself (not the content table)."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instances USING fts5vocab(main, sentences_fts, instance)")
    return {row[0] for row in conn.execute("SELECT DISTINCT doc FROM temp.fts_instances")}


def torn_articles(shapes: dict[str, ArticleShape], reference: dict[str, ArticleShape]) -> dict[str, str]:
    """Articles stored in part (or not as the reference stored them), with what differs."""
    torn = {}
    for source, shape in shapes.items():
        expected = reference.get(source)
        if expected is None:
            torn[source] = "not in the reference at all"
        elif shape != expected:
            torn[source] = f"stored as {shape}, expected {expected}"
    return torn


def duplicate_alerts(db: Path) -> list[tuple[str, str, str, str]]:
    """(kind, pair key, new source, old source) that more than one alert row carries: the pair key names what
    conflicts (the claims, figures or quotes), so two attribution alerts on different quotes of the same two
    articles are two alerts, not one raised twice."""
    conn = connect(db)
    try:
        rows = conn.execute(
            "SELECT al.kind, al.pair_key, na.source, oa.source FROM alerts al"
            " JOIN articles na ON na.id = al.new_article_id JOIN articles oa ON oa.id = al.old_article_id"
        ).fetchall()
    finally:
        conn.close()
    return [row for row, n in Counter(rows).items() if n > 1]


def fingerprint(db: Path, *, leave_out: tuple[str, ...] = ()) -> str:
    """A hash of every row of every table and of the schema, to tell whether anything at all changed.

    `leave_out` names tables whose changes do not count (bookkeeping such as the Slack events already seen).
    """
    conn = connect(db)
    try:
        digest = hashlib.sha256()
        tables = [  # the real tables, FTS5's shadow tables among them (the virtual ones only read those)
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
                " ORDER BY name"
            )
            if row[0] not in leave_out
        ]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"'))):
                digest.update(row.encode())
        digest.update(repr(conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()).encode())
        return digest.hexdigest()
    finally:
        conn.close()
