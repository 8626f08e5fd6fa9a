"""The reads behind who-supports, actor and topic: a summary per stance, then only the claims shown.

Counting goes through the claims indexes (topic, stance) and (actor, topic); sentences and articles are
read for the few claims an answer shows, never for every claim of a busy topic.
"""

from __future__ import annotations

from bot.store import Store

SOURCE_COLUMNS = "a.id AS article_id, a.source, a.title, a.outlet, a.author, a.published, a.url"


def stance_summary(store: Store, *, topic: str | None = None, actor: str | None = None) -> list[dict]:
    """Per actor, topic and stance: how many sentences carry it, and the first and last publication dates.

    Give a topic, an actor, or both. Undated articles count but give no date.
    """
    where, params = _subject(topic, actor)
    return store.query(
        "SELECT c.actor, c.topic, c.stance, count(DISTINCT c.sentence_id) AS claims,"
        " min(a.published) AS first, max(a.published) AS last"
        f" FROM claims c JOIN articles a ON a.id = c.article_id WHERE {where}"
        " GROUP BY c.actor, c.topic, c.stance",
        params,
    )


def newest_claims(store: Store, *, actor: str, topic: str, stance: str, limit: int) -> list[dict]:
    """An actor's newest sentences of one stance on one topic, with their source; undated articles last."""
    return store.query(
        f"SELECT s.text, c.stance, c.speaker, c.reported_by, {SOURCE_COLUMNS}"
        " FROM claims c JOIN sentences s ON s.id = c.sentence_id JOIN articles a ON a.id = c.article_id"
        " WHERE c.actor = ? AND c.topic = ? AND c.stance = ?"
        " GROUP BY c.sentence_id"
        " ORDER BY a.published IS NULL, a.published DESC, a.id DESC, s.position LIMIT ?",
        (actor, topic, stance, limit),
    )


def _subject(topic: str | None, actor: str | None) -> tuple[str, tuple[str, ...]]:
    if topic is None and actor is None:
        raise ValueError("stance_summary needs a topic or an actor")
    clauses = [f"c.{name} = ?" for name, value in (("topic", topic), ("actor", actor)) if value is not None]
    return " AND ".join(clauses), tuple(v for v in (topic, actor) if v is not None)
