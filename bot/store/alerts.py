"""The alert outbox: alerts raised with their article, then delivered, confirmed or dismissed.

An alert is written in the same transaction as the article that raises it, so it cannot be lost;
delivery then moves it pending -> sent (or failed, retried later, or dead), and the desk moves a sent
one to confirmed or dismissed. A dismissed pair is remembered apart and never alerts again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.clock import deadline_stamp, parse_stamp, stamp
from bot.contradictions import (
    ALERTING_QUANTITIES,
    Conflict,
    FigureValue,
    StanceClaim,
    alerting_stances,
    claim_subject,
    figure_subject,
    find_claim_conflict,
    find_figure_conflict,
    timing,
)
from bot.errors import UserError
from bot.model import STANCES
from bot.store import Store

DECISIONS = ("confirmed", "dismissed")
RATE_LIMITED = "rate limited"  # how the last_error of an alert held back by Slack's Retry-After begins

_SIDE_COLUMNS = ("article_id", "source", "title", "outlet", "published", "url", "sentence")
_CLAIM_COLUMNS = ("stance", "speaker", "reported_by", "confidence", "cue")
_FIGURE_COLUMNS = ("figure", "low", "high")
# An alert's state, kept in seen_pairs (by a trigger) when the alert goes with its claims.
_REMEMBERED = (
    "status",
    "attempts",
    "next_attempt_at",
    "last_error",
    "channel",
    "message_ts",
    "sent_at",
    "decided_by",
    "decided_at",
    "created_at",
)
_OUTBOX_COLUMNS = (
    "agree_new",
    "agree_old",
    "pair_key",
    "attempts",
    "next_attempt_at",
    "last_error",
    "channel",
    "message_ts",
    "decided_by",
    "decided_at",
    "created_at",
    "sent_at",
)
# An article's key in pair keys: 64 bits of its content hash name it well enough among a desk's articles, and
# keep the key (stored with every alert and dismissal) short.
_ARTICLE_KEY = "substr(a.content_hash, 1, 16)"
_FIGURE_VALUE = f"f.id, f.article_id, {_ARTICLE_KEY}, f.low, f.high, a.published"  # the columns of a FigureValue
_DECIDED = "('confirmed', 'dismissed')"  # the desk has ruled on these alerts; every other one is open
FIGURE_WINDOW = 50  # a new figure is checked against this many latest earlier figures of its quantity
# An alert goes to the channel when both of its claims were stated by the actor (a figure conflict always);
# the others are possible ones: listed, never posted.
_DIRECT = "(al.kind = 'figure' OR (nc.confidence = 'stated' AND oc.confidence = 'stated'))"
_ALERT_SQL = f"""
SELECT al.id, al.kind, al.actor, al.topic, al.quantity, al.status, {_DIRECT} AS direct,
       al.agree_new, al.agree_old, al.pair_key, al.attempts, al.next_attempt_at, al.last_error, al.channel,
       al.message_ts, al.decided_by, al.decided_at, al.created_at, al.sent_at,
       na.id AS new_article_id, na.source AS new_source, na.title AS new_title, na.outlet AS new_outlet,
       na.published AS new_published, na.url AS new_url, ns.text AS new_sentence,
       nc.stance AS new_stance, nc.speaker AS new_speaker, nc.reported_by AS new_reported_by,
       nc.confidence AS new_confidence, nc.cue AS new_cue,
       nf.text AS new_figure, nf.low AS new_low, nf.high AS new_high,
       oa.id AS old_article_id, oa.source AS old_source, oa.title AS old_title, oa.outlet AS old_outlet,
       oa.published AS old_published, oa.url AS old_url, os.text AS old_sentence,
       oc.stance AS old_stance, oc.speaker AS old_speaker, oc.reported_by AS old_reported_by,
       oc.confidence AS old_confidence, oc.cue AS old_cue,
       ofg.text AS old_figure, ofg.low AS old_low, ofg.high AS old_high
FROM alerts al
JOIN articles na ON na.id = al.new_article_id
JOIN articles oa ON oa.id = al.old_article_id
LEFT JOIN claims nc ON nc.id = al.new_claim_id
LEFT JOIN claims oc ON oc.id = al.old_claim_id
LEFT JOIN figures nf ON nf.id = al.new_figure_id
LEFT JOIN figures ofg ON ofg.id = al.old_figure_id
LEFT JOIN sentences ns ON ns.id = coalesce(nc.sentence_id, nf.sentence_id)
LEFT JOIN sentences os ON os.id = coalesce(oc.sentence_id, ofg.sentence_id)
"""


def raise_alerts(conn: sqlite3.Connection, article_id: int, *, now: str, borderline: bool = False) -> int:
    """Check a newly stored article against the articles indexed before it; returns how many alerts it raised.

    Call inside the article's transaction. Only the new article's (actor, topic) pairs and quantities are
    looked up, each through an index that gives the latest earlier claims of a stance (or figures of a
    quantity) first and a tally of the articles per stance, so a large archive costs about what a small one
    does. "Before" is a smaller article id, which also keeps a second run (after re-analysis) from alerting twice.
    """
    raised = 0
    claims: dict[tuple[str, str], list[StanceClaim]] = {}
    for actor, topic, *values in conn.execute(
        f"SELECT c.actor, c.topic, c.id, c.article_id, {_ARTICLE_KEY}, c.stance, a.published, c.confidence != 'stated'"
        " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.article_id = ? ORDER BY c.id",
        [article_id],
    ):
        claims.setdefault((actor, topic), []).append(_stance_claim(values))
    for (actor, topic), new in claims.items():
        subject = claim_subject(actor, topic)
        conflict = _claim_conflict(conn, actor, topic, new, borderline=borderline, dismissed=_dismissed(conn, subject))
        if conflict:
            raised += _insert(conn, conflict, article_id, subject, now, actor=actor, topic=topic)
    figures: dict[str, list[FigureValue]] = {}
    for quantity, *values in conn.execute(
        f"SELECT f.quantity, {_FIGURE_VALUE} FROM figures f JOIN articles a ON a.id = f.article_id"
        " WHERE f.article_id = ? ORDER BY f.id",
        [article_id],
    ):
        figures.setdefault(quantity, []).append(FigureValue(*values))
    for quantity, new_figures in figures.items():
        if quantity not in ALERTING_QUANTITIES:
            continue
        subject = figure_subject(quantity)
        window = [
            FigureValue(*row)
            for row in conn.execute(
                f"SELECT {_FIGURE_VALUE} FROM figure_dates d JOIN figures f ON f.id = d.figure_id"
                " JOIN articles a ON a.id = d.article_id WHERE d.quantity = ? AND d.article_id < ?"
                " ORDER BY d.published DESC, d.figure_id DESC LIMIT ?",
                [quantity, article_id, FIGURE_WINDOW],
            )
        ]
        conflict = find_figure_conflict(subject, new_figures, window, dismissed=_dismissed(conn, subject))
        if conflict:
            raised += _insert(conn, conflict, article_id, subject, now, quantity=quantity)
    return raised


def _claim_conflict(
    conn: sqlite3.Connection,
    actor: str,
    topic: str,
    new: list[StanceClaim],
    *,
    borderline: bool,
    dismissed: set[str],
) -> Conflict | None:
    """Fetch the few earlier claims that could be cited, and the tallies, then let the rules choose."""
    article_id, article_key = new[0].article_id, new[0].article_key
    depth = 1 + sum(article_key in key for key in dismissed)  # enough to get past this article's dismissed pairs
    wanted = sorted({other for n in new for other in alerting_stances(n.stance, borderline=borderline)})
    earlier = []
    for stance in wanted:
        for row in conn.execute(
            f"SELECT d.claim_id, d.article_id, {_ARTICLE_KEY}, d.stance, a.published, NOT d.direct"
            " FROM claim_dates d JOIN articles a ON a.id = d.article_id"
            " WHERE d.actor = ? AND d.topic = ? AND d.stance = ? AND d.article_id < ?"
            " ORDER BY d.direct DESC, d.published DESC, d.claim_id DESC LIMIT ?",
            [actor, topic, stance, article_id, depth],
        ):
            held = conn.execute(  # the unary + keeps SQLite on the article's own (few) claims
                "SELECT DISTINCT stance FROM claims WHERE article_id = ? AND +actor = ? AND +topic = ?",
                [row[1], actor, topic],
            )
            earlier.append(replace(_stance_claim(row), article_stances=frozenset(h[0] for h in held)))
    if not earlier:
        return None
    tallies = dict(
        conn.execute("SELECT stance, articles FROM stance_tallies WHERE actor = ? AND topic = ?", [actor, topic])
    )
    by_stance: dict[str, int] = {}
    for stance in STANCES:  # the tallies count every article: take away this one and any added after it
        this_or_later = conn.execute(
            "SELECT count(DISTINCT article_id) FROM claims"
            " WHERE actor = ? AND topic = ? AND stance = ? AND article_id >= ?",
            [actor, topic, stance, article_id],
        ).fetchone()[0]
        by_stance[stance] = tallies.get(stance, 0) - this_or_later
    return find_claim_conflict(
        claim_subject(actor, topic),
        new,
        earlier,
        articles_by_stance=by_stance,
        borderline=borderline,
        dismissed=dismissed,
    )


def _stance_claim(values: Sequence[Any]) -> StanceClaim:
    claim_id, article_id, article_key, stance, published, indirect = values
    return StanceClaim(claim_id, article_id, article_key, stance, published, bool(indirect))


def list_alerts(store: Store, *, after_id: int | None = None, since: str | None = None) -> list[dict]:
    """Alerts in the order they were raised (increasing id), in the shape of `alerts --json`.

    `after_id` gives only those raised after an alert already seen (for pollers); `since` only those
    raised at or after an ISO 8601 time.
    """
    where: list[str] = []
    params: list[object] = []
    if after_id is not None:
        where.append("al.id > ?")
        params.append(after_id)
    if since is not None:
        where.append("al.created_at >= ?")
        params.append(since)
    sql = _ALERT_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY al.id"
    return [_alert(row) for row in store.query(sql, tuple(params))]


def open_alerts(store: Store, *, limit: int) -> tuple[list[dict], int]:
    """The newest `limit` alerts the desk has not confirmed or dismissed (oldest of them first), and how many
    are open in all. Read newest first and no further than `limit`: an archive may hold 100,000s of alerts."""
    rows = store.query(_ALERT_SQL + f" WHERE al.status NOT IN {_DECIDED} ORDER BY al.id DESC LIMIT ?", (limit,))
    total = store.conn.execute(f"SELECT count(*) FROM alerts WHERE status NOT IN {_DECIDED}").fetchone()[0]
    return [_alert(row) for row in reversed(rows)], int(total)


def alert_totals(store: Store) -> tuple[int, int]:
    """How many alerts the index holds, and the newest one's id (0 when there is none)."""
    count, newest = store.conn.execute("SELECT count(*), coalesce(max(id), 0) FROM alerts").fetchone()
    return int(count), int(newest)


def get_alert(store: Store, alert_id: int) -> dict | None:
    """One alert in the shape of `alerts --json`, or None if there is none with that id."""
    rows = store.query(_ALERT_SQL + " WHERE al.id = ?", (alert_id,))
    return _alert(rows[0]) if rows else None


def decide_alert(store: Store, alert_id: int, decision: str, user: str, now: str) -> dict:
    """Record the desk's verdict on an alert and who gave it; a dismissed pair never alerts again.

    A later change of mind is allowed: confirming a dismissed alert lets its pair alert again.
    """
    if decision not in DECISIONS:
        raise UserError(
            f"An alert can be confirmed or dismissed, not `{decision}`.", hint="Use confirmed or dismissed."
        )
    with store.transaction() as conn:
        row = conn.execute("SELECT pair_key FROM alerts WHERE id = ?", [alert_id]).fetchone()
        if row is None:
            raise UserError(
                f"No alert {alert_id} in the index.",
                hint="It may have gone with a removed article; `alerts` lists them.",
            )
        conn.execute(
            "UPDATE alerts SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?", [decision, user, now, alert_id]
        )
        if decision == "dismissed":
            conn.execute(
                "INSERT INTO dismissed_pairs (pair_key, dismissed_by, dismissed_at) VALUES (?, ?, ?)"
                " ON CONFLICT (pair_key) DO NOTHING",
                [row[0], user, now],
            )
        else:
            conn.execute("DELETE FROM dismissed_pairs WHERE pair_key = ?", [row[0]])
    alert = get_alert(store, alert_id)
    assert alert is not None  # it was there inside the transaction and nothing deletes alerts but cascades
    return alert


# Outbox transitions, used by delivery. Times are stored in bot.clock's one form, so that comparing the
# strings compares the moments; when to try next is rounded up, so no wait is cut short.


def due_alerts(store: Store, now: datetime, *, limit: int = 20) -> list[dict]:
    """Undelivered alerts whose next attempt is due, oldest first."""
    rows = store.query(
        _ALERT_SQL + f" WHERE al.status IN ('pending', 'failed') AND {_DIRECT}"
        " AND (al.next_attempt_at IS NULL OR al.next_attempt_at <= ?) ORDER BY al.id LIMIT ?",
        (stamp(now), limit),
    )
    return [_alert(row) for row in rows]


def claim_attempt(store: Store, alert_id: int, *, channel: str, now: datetime, lease_until: datetime) -> int | None:
    """Record an attempt before posting, so a crash mid-post is retried after `lease_until`, history checked first.

    Returns the attempt's number, or None when the alert is no longer due (another worker took it, or the
    desk decided it meanwhile).
    """
    with store.transaction() as conn:
        cursor = conn.execute(
            "UPDATE alerts SET attempts = attempts + 1, channel = ?, next_attempt_at = ?"
            " WHERE id = ? AND status IN ('pending', 'failed') AND (next_attempt_at IS NULL OR next_attempt_at <= ?)",
            [channel, deadline_stamp(lease_until), alert_id, stamp(now)],
        )
        if cursor.rowcount == 0:
            return None
        return int(conn.execute("SELECT attempts FROM alerts WHERE id = ?", [alert_id]).fetchone()[0])


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
    with store.transaction() as conn:
        conn.execute(
            f"UPDATE alerts SET {assignments} WHERE id = ? AND status IN ('pending', 'failed')",
            [*columns.values(), alert_id],
        )


def _dismissed(conn: sqlite3.Connection, subject: str) -> set[str]:
    """The desk's dismissed pairs for one subject (keys start with it, so the primary key serves the range)."""
    prefix = subject + "|"
    rows = conn.execute(
        "SELECT pair_key FROM dismissed_pairs WHERE pair_key >= ? AND pair_key < ?", [prefix, prefix + "\uffff"]
    )
    return {row[0] for row in rows}


def _insert(
    conn: sqlite3.Connection,
    conflict: Conflict,
    article_id: int,
    subject: str,
    now: str,
    *,
    actor: str | None = None,
    topic: str | None = None,
    quantity: str | None = None,
) -> int:
    """Write the alert; one that went with its claims and is raised again comes back as it was, not as new."""
    is_figure = conflict.kind == "figure"
    row: dict[str, object] = {
        "kind": conflict.kind,
        "timing": conflict.timing,
        "actor": actor,
        "topic": topic,
        "quantity": quantity,
        "new_article_id": article_id,
        "old_article_id": conflict.old_article_id,
        "new_claim_id": None if is_figure else conflict.new_id,
        "old_claim_id": None if is_figure else conflict.old_id,
        "new_figure_id": conflict.new_id if is_figure else None,
        "old_figure_id": conflict.old_id if is_figure else None,
        "agree_new": conflict.agree_new,
        "agree_old": conflict.agree_old,
        "pair_key": conflict.pair_key,
        "dedupe_key": f"{subject}|{article_id}",  # one alert per (new article, actor, topic) or (new article, quantity)
        "status": "pending",
        "created_at": now,
    }
    seen = conn.execute(
        f"SELECT alert_id, {', '.join(_REMEMBERED)} FROM seen_pairs WHERE pair_key = ?", [conflict.pair_key]
    ).fetchone()
    if seen:  # ids are never reused, so the old one is free unless that very alert is still there
        row.update(zip(("id", *_REMEMBERED), seen, strict=True))
    cursor = conn.execute(
        f"INSERT OR IGNORE INTO alerts ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values())
    )
    return 0 if seen else cursor.rowcount


def _alert(row: dict) -> dict:
    """A joined row in the `alerts --json` shape; timing follows the articles' current dates."""
    is_figure = row["kind"] == "figure"
    own = _FIGURE_COLUMNS if is_figure else _CLAIM_COLUMNS
    alert = {
        "id": row["id"],
        "kind": row["kind"],
        "timing": timing(row["new_published"], row["old_published"]),
        **({"quantity": row["quantity"]} if is_figure else {"actor": row["actor"], "topic": row["topic"]}),
        "status": "possible" if not row["direct"] and row["status"] == "pending" else row["status"],
        "new": {name: row[f"new_{name}"] for name in (*_SIDE_COLUMNS, *own)},
        "old": {name: row[f"old_{name}"] for name in (*_SIDE_COLUMNS, *own)},
    }
    alert.update({name: row[name] for name in _OUTBOX_COLUMNS})
    return alert
