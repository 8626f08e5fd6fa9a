"""Reading claims back, joined with their sentence and article."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from bot.model import Confidence, Stance
from bot.store import Store

# A claim's statement date: the one its sentence gives, else its article's publication day (NULL when undated).
STATED = "coalesce(c.stated, substr(a.published, 1, 10))"


@dataclass(frozen=True)
class ClaimRow:
    """A claim with its sentence and article, in the shape of `claims --json` (fields in its order)."""

    source: str  # the article's file
    actor: str
    topic: str
    stance: Stance
    sentence: str
    speaker: str | None
    reported_by: str | None
    cue: str
    confidence: Confidence
    stated: str | None  # when it was said: the date the sentence gives, else the publication's day (None: undated)
    stated_from: str  # "text" or "published"
    article_id: int
    published: str | None

    def as_json(self) -> dict:
        return asdict(self)


def list_claims(store: Store) -> list[ClaimRow]:
    """Every claim, in article and sentence order."""
    rows = store.conn.execute(
        "SELECT a.source, c.actor, c.topic, c.stance, s.text AS sentence, c.speaker, c.reported_by, c.cue,"
        f" c.confidence, {STATED} AS stated, c.stated_from, a.id AS article_id, a.published"
        " FROM claims c JOIN sentences s ON s.id = c.sentence_id JOIN articles a ON a.id = c.article_id"
        " ORDER BY a.id, s.position, c.id"
    )
    return [ClaimRow(*row) for row in rows]
