"""Articles and what was found in them: stored whole in one transaction, listed, corrected, removed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from bot.errors import UserError
from bot.model import METADATA_FIELDS, Analysis, Metadata, ParsedArticle, Sentence
from bot.store import Store

ARTICLE_COLUMNS = "id, source, title, outlet, author, published, url, provenance, added_at"


@dataclass(frozen=True)
class StoredArticle:
    """Ids the database gave an article's rows, for the steps that follow in the same transaction."""

    article_id: int
    sentence_ids: dict[int, int]  # sentence position -> sentences.id


def find_duplicate(conn: sqlite3.Connection, content_hash: str) -> dict | None:
    """The article already stored with this content, if any."""
    row = conn.execute("SELECT id, source FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
    return {"id": row[0], "source": row[1]} if row else None


def insert_article(conn: sqlite3.Connection, article: ParsedArticle, analysis: Analysis, *, now: str) -> StoredArticle:
    """Write the article, its sentences and its analysis. Call inside `Store.transaction()`."""
    meta = article.metadata
    cursor = conn.execute(
        "INSERT INTO articles (source, content_hash, title, outlet, author, published, url, provenance,"
        " raw_bytes, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            article.source,
            article.content_hash,
            meta.title,
            meta.outlet,
            meta.author,
            meta.published,
            meta.url,
            json.dumps(meta.provenance, sort_keys=True),
            article.raw_bytes,
            now,
        ],
    )
    article_id = int(cursor.lastrowid or 0)
    sentence_ids = {}
    for sentence in article.sentences:
        cursor = conn.execute(
            "INSERT INTO sentences (article_id, position, paragraph, text) VALUES (?, ?, ?, ?)",
            [article_id, sentence.position, sentence.paragraph, sentence.text],
        )
        sentence_ids[sentence.position] = int(cursor.lastrowid or 0)
    stored = StoredArticle(article_id, sentence_ids)
    insert_analysis(conn, stored, analysis)
    return stored


def insert_analysis(conn: sqlite3.Connection, stored: StoredArticle, analysis: Analysis) -> None:
    """Write claims, quotes and figures, each pointing to its sentence."""
    aid, sid = stored.article_id, stored.sentence_ids
    conn.executemany(
        "INSERT INTO claims (article_id, sentence_id, actor, topic, stance, speaker, reported_by, cue, confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (aid, sid[c.sentence], c.actor, c.topic, c.stance, c.speaker, c.reported_by, c.cue, c.confidence)
            for c in analysis.claims
        ],
    )
    conn.executemany(
        "INSERT INTO quotes (article_id, sentence_id, text, speaker, actor) VALUES (?, ?, ?, ?, ?)",
        [(aid, sid[q.sentence], q.text, q.speaker, q.actor) for q in analysis.quotes],
    )
    conn.executemany(
        "INSERT INTO figures (article_id, sentence_id, quantity, low, high, text) VALUES (?, ?, ?, ?, ?, ?)",
        [(aid, sid[f.sentence], f.quantity, f.low, f.high, f.text) for f in analysis.figures],
    )


def delete_analysis(conn: sqlite3.Connection, article_id: int) -> None:
    """Remove an article's claims, quotes and figures (before they are derived again)."""
    for table in ("claims", "quotes", "figures"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])


def list_articles(store: Store, words: str | None = None, *, limit: int | None = None) -> list[dict]:
    """Articles, newest publication first (undated last), optionally those whose title or source match."""
    sql = f"SELECT {ARTICLE_COLUMNS} FROM articles"
    params: list[object] = []
    if words:
        sql += " WHERE title LIKE ? ESCAPE '\\' OR source LIKE ? ESCAPE '\\' OR outlet LIKE ? ESCAPE '\\'"
        pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern, pattern]
    sql += " ORDER BY published IS NULL, published DESC, id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_article(row) for row in store.query(sql, tuple(params))]


def find_article(store: Store, ref: str) -> dict:
    """An article by its id or its source file name; a UserError names what was typed."""
    ref = ref.strip()
    rows = []
    if ref.isdigit():
        rows = store.query(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (int(ref),))
    if not rows:
        rows = store.query(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE source = ? ORDER BY id", (ref,))
    if not rows:
        raise UserError(f"No article `{ref}` in the index.", hint="`articles` lists the ids and file names.")
    return _article(rows[0])


def set_field(store: Store, ref: str, field: str, value: str | None) -> dict:
    """Correct one metadata field as a desk admin; the value is recorded as coming from an admin."""
    field = field.strip().lower()
    if field == "date":
        field = "published"
    if field not in METADATA_FIELDS:
        raise UserError(f"I can't set `{field}`.", hint=f"Fields: {', '.join(METADATA_FIELDS)} (or date).")
    article = find_article(store, ref)
    provenance = dict(article["provenance"])
    if value:
        provenance[field] = "admin"
    else:
        provenance.pop(field, None)
    with store.transaction() as conn:
        conn.execute(
            f"UPDATE articles SET {field} = ?, provenance = ? WHERE id = ?",
            [value or None, json.dumps(provenance, sort_keys=True), article["id"]],
        )
    return find_article(store, str(article["id"]))


def remove_article(store: Store, ref: str) -> dict:
    """Delete an article and everything derived from it (sentences, claims, alerts)."""
    article = find_article(store, ref)
    with store.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", [article["id"]])
    return article


def article_ids(store: Store) -> list[int]:
    """Every article's id, in the order they were added."""
    return [int(row[0]) for row in store.conn.execute("SELECT id FROM articles ORDER BY id")]


def indexed_article(store: Store, article_id: int) -> tuple[ParsedArticle, StoredArticle] | None:
    """The article as the index holds it (its sentences as parsed), and the ids of its rows."""
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
    return article, StoredArticle(article_id, {s["position"]: s["id"] for s in sentences})


def count_articles(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def _article(row: dict) -> dict:
    row = dict(row)
    row["provenance"] = json.loads(row.get("provenance") or "{}")
    return row
