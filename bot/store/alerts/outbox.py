"""The outbox's transitions, used by delivery: due alerts, an attempt claimed, then sent, retried or dead.

Times are stored in bot.clock's one form, so that comparing the strings compares the moments; when to try
next is rounded up, so no wait is cut short.
"""

from __future__ import annotations

from datetime import datetime

from bot.clock import deadline_stamp, parse_stamp, stamp
from bot.model import Alert
from bot.store import Store
from bot.store.alerts.reading import ALERT_SQL, DIRECT, alert_of

RATE_LIMITED = "rate limited"  # how the last_error of an alert held back by Slack's Retry-After begins


def due_alerts(store: Store, now: datetime, *, limit: int = 20) -> list[Alert]:
    """Undelivered alerts whose next attempt is due, oldest first."""
    rows = store.query(
        ALERT_SQL + f" WHERE al.status IN ('pending', 'failed') AND {DIRECT}"
        " AND (al.next_attempt_at IS NULL OR al.next_attempt_at <= ?) ORDER BY al.id LIMIT ?",
        (stamp(now), limit),
    )
    return [alert_of(row) for row in rows]


def claim_attempt(store: Store, alert_id: int, *, channel: str, now: datetime, lease_until: datetime) -> int | None:
    """Record an attempt before posting, so a crash mid-post is retried after `lease_until`, history checked first.

    Returns the attempt's number, or None when the alert is no longer due (another worker took it, or the
    desk decided it meanwhile).
    """
    with store.transaction() as db:
        cursor = db.execute(
            "UPDATE alerts SET attempts = attempts + 1, channel = ?, next_attempt_at = ?"
            " WHERE id = ? AND status IN ('pending', 'failed') AND (next_attempt_at IS NULL OR next_attempt_at <= ?)",
            [channel, deadline_stamp(lease_until), alert_id, stamp(now)],
        )
        if cursor.rowcount == 0:
            return None
        return int(db.execute("SELECT attempts FROM alerts WHERE id = ?", [alert_id]).fetchone()[0])


def mark_sent(store: Store, alert_id: int, *, channel: str, ts: str, now: datetime) -> None:
    """The alert is in the channel as message `ts`."""
    _update_undelivered(
        store,
        alert_id,
        status="sent",
        channel=channel,
        message_ts=ts,
        sent_at=stamp(now),
        next_attempt_at=None,
        last_error=None,
    )


def mark_retry(store: Store, alert_id: int, *, error: str, retry_at: datetime) -> None:
    """The attempt failed for a passing reason; try again at `retry_at`."""
    _update_undelivered(store, alert_id, status="failed", last_error=error, next_attempt_at=deadline_stamp(retry_at))


def rate_limit_end(store: Store, channel: str, now: datetime) -> datetime | None:
    """When the wait Slack last asked for on `channel` runs out, if it has not yet.

    The wait is kept on the alert the rate limit stopped (status failed, last_error starting with RATE_LIMITED,
    next_attempt_at its end), so that a restarted process waits for it as well.
    """
    row = store.conn.execute(
        "SELECT max(next_attempt_at) FROM alerts"
        " WHERE status = 'failed' AND channel = ? AND last_error LIKE ? AND next_attempt_at > ?",
        [channel, RATE_LIMITED + "%", stamp(now)],
    ).fetchone()
    return parse_stamp(row[0]) if row[0] else None


def mark_dead(store: Store, alert_id: int, *, error: str) -> None:
    """Delivery gave up; the alert stays listed by `alerts` with the reason."""
    _update_undelivered(store, alert_id, status="dead", last_error=error, next_attempt_at=None)


def _update_undelivered(store: Store, alert_id: int, **columns: object) -> None:
    assignments = ", ".join(f"{name} = ?" for name in columns)
    with store.transaction() as db:
        db.execute(
            f"UPDATE alerts SET {assignments} WHERE id = ? AND status IN ('pending', 'failed')",
            [*columns.values(), alert_id],
        )
