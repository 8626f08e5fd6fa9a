"""The reads behind the stance charts: when each actor said what, day by day, and which topic is busiest.

Both read the date index (`claim_dates`, migration 4), never the claims themselves: a chart of a topic with
tens of thousands of claims is one index range per actor. Claims of the same day, stance and kind (stated
by the actor itself, or not) are one mark on a chart, so they are read as one row with their count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.model import Stance
from bot.store import Store

# When a statement was made: the one place the charts read it from. The date index holds the statement's own
# date where its sentence gives one ("on Monday", "in April"), else its article's publication date ('' when
# undated); a month or a year ("2025-04", "2024") is drawn at its first day.
STATED = "d.stated"


@dataclass(frozen=True)
class StatementDay:
    """An actor's statements on a topic on one day (None: undated) in one stance, stated directly or not."""

    actor: str
    topic: str
    stance: Stance
    direct: bool  # stated by the actor itself (not reported, inferred or an outlet's opinion)
    day: str | None  # YYYY-MM-DD, or YYYY-MM / YYYY when the text gives only a month or a year
    statements: int


def statement_days(store: Store, *, actors: Sequence[str], topics: Sequence[str]) -> list[StatementDay]:
    """Every (actor, topic) pair of `actors` × `topics`, day by day; one of them is a single id in practice."""
    if not actors or not topics:
        return []
    rows = store.conn.execute(
        f"SELECT d.actor, d.topic, d.stance, d.direct, substr({STATED}, 1, 10) AS day, count(*) FROM claim_dates d"
        f" WHERE d.actor IN ({', '.join('?' * len(actors))}) AND d.topic IN ({', '.join('?' * len(topics))})"
        " GROUP BY d.actor, d.topic, d.stance, d.direct, day",
        (*actors, *topics),
    ).fetchall()
    return [
        StatementDay(actor, topic, stance, bool(direct), day or None, statements)
        for actor, topic, stance, direct, day, statements in rows
    ]


def busiest_topic(store: Store, *, since: str) -> str | None:
    """The topic with the most statements dated on or after `since` (YYYY-MM-DD); None when there is none."""
    row = store.conn.execute(
        f"SELECT d.topic, count(*) AS statements FROM claim_dates d WHERE {STATED} >= ?"
        " GROUP BY d.topic ORDER BY statements DESC, d.topic LIMIT 1",
        (since,),
    ).fetchone()
    return row[0] if row else None
