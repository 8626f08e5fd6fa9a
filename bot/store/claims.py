"""Reading claims back, joined with their sentence and article."""

from __future__ import annotations

from bot.store import Store


def list_claims(store: Store) -> list[dict]:
    """Every claim in the shape of `claims --json`, in article and sentence order."""
    return store.query(
        "SELECT a.source, c.actor, c.topic, c.stance, s.text AS sentence, c.speaker, c.reported_by, c.cue,"
        " c.confidence, a.id AS article_id, a.published"
        " FROM claims c JOIN sentences s ON s.id = c.sentence_id JOIN articles a ON a.id = c.article_id"
        " ORDER BY a.id, s.position, c.id"
    )
