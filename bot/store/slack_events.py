"""Slack events already handled, so that Slack's retries of an event are not acted on twice."""

from __future__ import annotations

from bot.store import Store


def first_sighting(store: Store, event_id: str, *, now: str) -> bool:
    """Record `event_id`; True the first time it is seen, False for every retry (even after a restart)."""
    with store.transaction() as db:
        cursor = db.execute(
            "INSERT OR IGNORE INTO slack_events (event_id, received_at) VALUES (?, ?)",
            [event_id, now],
        )
    return cursor.rowcount == 1
