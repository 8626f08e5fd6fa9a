"""Mutes: actors and topics whose alerts are recorded and listed but never posted, until unmuted or expired.

An alert is muted when it is raised (its actor, one of its speakers' actors, its topic or its figure's topic is
muted), and muting also holds back the alerts of that actor or topic still waiting for delivery. Unmuting
posts nothing already muted: only alerts raised after it go to the channel.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import asdict

from bot.contradictions import QUANTITY_TOPICS
from bot.model import Mute
from bot.store import Database, Store

_IN_FORCE = "(until IS NULL OR until > ?)"
_UNDELIVERED = "status IN ('pending', 'failed')"
# Which alerts a mute covers: an actor by the alert's actor or either quotation's speaker; a topic by the
# alert's topic or the topic its figure's quantity is about.
_COVERED = {
    "actor": "(actor = :name OR EXISTS (SELECT 1 FROM quotes q WHERE q.id IN (new_quote_id, old_quote_id)"
    " AND q.actor = :name))",
    "topic": "(topic = :name OR quantity IN (SELECT value FROM json_each(:quantities)))",
}


def mute(store: Store, kind: str, name: str, *, user: str, now: str, until: str | None) -> int:
    """Mute an actor or topic (again: the new end replaces the old); returns how many waiting alerts it held back."""
    record = Mute(kind, name, user, now, until)
    with store.transaction() as db:
        db.table("mutes").upsert(asdict(record), pk=("kind", "name"))
        quantities = [quantity for quantity, topic in QUANTITY_TOPICS.items() if topic == name]
        held = db.execute(
            f"UPDATE alerts SET status = 'muted', next_attempt_at = NULL WHERE {_UNDELIVERED} AND {_COVERED[kind]}",
            {"name": name, "quantities": json.dumps(quantities)},
        ).rowcount
    return held


def unmute(store: Store, kind: str, name: str, *, now: str) -> Mute | None:
    """End a mute in force; returns it, or None when it was not muted. Alerts it muted stay muted."""
    with store.transaction() as db:
        row = db.execute(
            f"SELECT kind, name, muted_by, muted_at, until FROM mutes WHERE kind = ? AND name = ? AND {_IN_FORCE}",
            [kind, name, now],
        ).fetchone()
        db.execute("DELETE FROM mutes WHERE kind = ? AND name = ?", [kind, name])
    return Mute(*row) if row else None


def active_mutes(store: Store, now: str) -> list[Mute]:
    """The mutes in force at `now`, actors first, by name."""
    rows = store.conn.execute(
        f"SELECT kind, name, muted_by, muted_at, until FROM mutes WHERE {_IN_FORCE} ORDER BY kind, name", [now]
    )
    return [Mute(*row) for row in rows]


def is_muted(db: Database, now: str, *, actors: Collection[str] = (), topics: Collection[str] = ()) -> bool:
    """Whether any of these actors or topics is muted at `now` (checked as an alert is raised)."""
    names = [("actor", a) for a in actors] + [("topic", t) for t in topics]
    if not names:
        return False
    wanted = " OR ".join("(kind = ? AND name = ?)" for _ in names)
    params = [value for pair in names for value in pair]
    found = db.execute(f"SELECT 1 FROM mutes WHERE ({wanted}) AND {_IN_FORCE} LIMIT 1", [*params, now]).fetchone()
    return found is not None
