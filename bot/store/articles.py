"""Articles and what was found in them: stored whole in one transaction, listed, corrected, removed."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from bot.copies import article_fingerprint
from bot.errors import UserError
from bot.model import METADATA_FIELDS, Analysis, Metadata, ParsedArticle, Sentence, Source
from bot.store import Database, Store
from bot.store.copies import file_copy, forget_copy, story_column

# `copy_of`: the story's id when the article is a copy of it (bot/store/copies.py), else NULL
ARTICLE_COLUMNS = (
    "id, source, title, outlet, author, published, url, provenance, added_at,"
    f" nullif({story_column('articles.id')}, articles.id) AS copy_of"
)
LISTED = ("id", "source", "title", "outlet", "author", "published", "url", "copy_of")  # `articles --json`


@dataclass(frozen=True)
class ArticleRow:
    """An indexed article: its metadata, where each value came from, and when it was added."""

    id: int
    source: str  # the file it was added from
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None  # ISO 8601, None when undated
    url: str | None
    provenance: dict[str, str]  # metadata field -> where its value came from ("text", "html", "url", "admin")
    added_at: str
    copy_of: int | None = None  # the story's id when this article is a copy of it

    def value(self, field: str) -> str | None:
        """One of METADATA_FIELDS, by name (`set ARTICLE FIELD VALUE`)."""
        if field not in METADATA_FIELDS:
            raise KeyError(field)
        value: str | None = getattr(self, field)
        return value

    def as_json(self) -> dict:
        """Every column, as `set` and `remove` print it."""
        return asdict(self)

    def listing(self) -> dict:
        """The shape of one entry of `articles --json`."""
        return {name: getattr(self, name) for name in LISTED}

    def as_source(self) -> Source:
        return Source(self.id, self.source, self.title, self.outlet, self.author, self.published, self.url)


@dataclass(frozen=True)
class StoredArticle:
    """Ids the database gave an article's rows, for the steps that follow in the same transaction."""

    article_id: int
    sentence_ids: dict[int, int]  # sentence position -> sentences.id


def find_duplicate(db: Database, content_hash: str) -> ArticleRow | None:
    """The article already stored with this content, if any."""
    rows = db.table("articles").rows_where("content_hash = ?", [content_hash], select=ARTICLE_COLUMNS)
    return next(map(_article, rows), None)


def insert_article(db: Database, article: ParsedArticle, analysis: Analysis, *, now: str) -> StoredArticle:
    """Write the article, its sentences, its story group and its analysis. Call inside `Store.transaction()`."""
    meta = article.metadata
    articles = db.table("articles").insert(
        {
            "source": article.source,
            "content_hash": article.content_hash,
            "title": meta.title,
            "outlet": meta.outlet,
            "author": meta.author,
            "published": meta.published,
            "url": meta.url,
            "provenance": json.dumps(meta.provenance, sort_keys=True),
            "raw_bytes": article.raw_bytes,
            "added_at": now,
        }
    )
    article_id = int(articles.last_rowid or 0)
    db.table("sentences").insert_all(
        {"article_id": article_id, "position": s.position, "paragraph": s.paragraph, "text": s.text}
        for s in article.sentences
    )
    stored = StoredArticle(article_id, _sentence_ids(db, article_id))
    file_copy(db, article_id, article_fingerprint(article))  # before the claims are tallied in its story group
    insert_analysis(db, stored, analysis)
    return stored


def insert_analysis(db: Database, stored: StoredArticle, analysis: Analysis) -> None:
    """Write claims, quotes and figures, each pointing to its sentence."""
    aid, sid = stored.article_id, stored.sentence_ids
    db.table("claims").insert_all(
        {
            "article_id": aid,
            "sentence_id": sid[c.sentence],
            "actor": c.actor,
            "topic": c.topic,
            "stance": c.stance,
            "speaker": c.speaker,
            "reported_by": c.reported_by,
            "cue": c.cue,
            "confidence": c.confidence,
            "stated": c.stated,
            "stated_from": "published" if c.stated is None else "text",
        }
        for c in analysis.claims
    )
    db.table("quotes").insert_all(
        {
            "article_id": aid,
            "sentence_id": sid[q.sentence],
            "text": q.text,
            "speaker": q.speaker,
            "actor": q.actor,
            "speaker_is_person": q.speaker_is_person,
        }
        for q in analysis.quotes
    )
    db.table("figures").insert_all(
        {
            "article_id": aid,
            "sentence_id": sid[f.sentence],
            "quantity": f.quantity,
            "low": f.low,
            "high": f.high,
            "text": f.text,
            "source": f.source,
        }
        for f in analysis.figures
    )


def delete_analysis(db: Database, article_id: int) -> None:
    """Remove an article's claims, quotes and figures (before they are derived again)."""
    for table in ("claims", "quotes", "figures"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])


def list_articles(store: Store, words: str | None = None, *, limit: int | None = None) -> list[ArticleRow]:
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


def find_article(store: Store, ref: str) -> ArticleRow:
    """An article by its id or its source file name; a UserError names what was typed."""
    ref = ref.strip()
    articles, found = store.db.table("articles"), None
    if ref.isdigit():
        found = next(articles.rows_where("id = ?", [int(ref)], select=ARTICLE_COLUMNS), None)
    if found is None:
        found = next(articles.rows_where("source = ?", [ref], select=ARTICLE_COLUMNS, order_by="id"), None)
    if found is None:
        raise UserError(f"No article `{ref}` in the index.", hint="`articles` lists the ids and file names.")
    return _article(found)


def set_field(store: Store, ref: str, field: str, value: str | None) -> ArticleRow:
    """Correct one metadata field as a desk admin; the value is recorded as coming from an admin."""
    field = field.strip().lower()
    if field == "date":
        field = "published"
    if field not in METADATA_FIELDS:
        raise UserError(f"I can't set `{field}`.", hint=f"Fields: {', '.join(METADATA_FIELDS)} (or date).")
    article = find_article(store, ref)
    provenance = dict(article.provenance)
    if value:
        provenance[field] = "admin"
    else:
        provenance.pop(field, None)
    with store.transaction() as db:
        db.table("articles").update(
            article.id, {field: value or None, "provenance": json.dumps(provenance, sort_keys=True)}
        )
    return find_article(store, str(article.id))


def remove_article(store: Store, ref: str) -> ArticleRow:
    """Delete an article and everything derived from it (sentences, claims, alerts); a story's earliest copy
    becomes the story."""
    article = find_article(store, ref)
    with store.transaction() as db:
        delete_analysis(db, article.id)  # first, while its story group is there to be untallied
        forget_copy(db, article.id)
        db.table("articles").delete(article.id)
    return article


def article_ids(store: Store) -> list[int]:
    """Every article's id, in the order they were added."""
    return [row["id"] for row in store.db.table("articles").rows_where(select="id", order_by="id")]


def indexed_article(store: Store, article_id: int) -> tuple[ParsedArticle, StoredArticle] | None:
    """The article as the index holds it (its sentences as parsed), and the ids of its rows."""
    row = next(store.db.table("articles").rows_where("id = ?", [article_id]), None)
    if row is None:
        return None
    sentences = list(store.db.table("sentences").rows_where("article_id = ?", [article_id], order_by="position"))
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


def _sentence_ids(db: Database, article_id: int) -> dict[int, int]:
    """An article's sentence ids by position."""
    rows = db.table("sentences").rows_where("article_id = ?", [article_id], select="id, position")
    return {row["position"]: row["id"] for row in rows}


def count_articles(store: Store) -> int:
    return store.db.table("articles").count


def _article(row: dict) -> ArticleRow:
    return ArticleRow(**{**row, "provenance": json.loads(row["provenance"] or "{}")})
