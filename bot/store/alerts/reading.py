"""Alerts read back with both sides (article, sentence, claim or figure), as `Alert` values."""

from __future__ import annotations

from dataclasses import fields

from bot.contradictions import timing
from bot.model import OUTBOX_FIELDS, Alert, AlertSide
from bot.store import Store

_DECIDED = "('confirmed', 'dismissed')"  # the desk has ruled on these alerts; every other one is open
# An alert goes to the channel when both of its claims were stated by the actor (a figure conflict, or two
# quotations credited to people the articles name, always);
# the others are possible ones: listed, never posted.
DIRECT = "(al.kind IN ('figure', 'attribution') OR (nc.confidence = 'stated' AND oc.confidence = 'stated'))"
# Independent sources (stories, copies counted once) on each side: for a stance, every story on record taking it;
# for a figure, the cited one and the stories among the latest figures that agree with it (counted when raised).
SOURCES = """CASE WHEN al.kind = 'figure' THEN 1 + al.agree_{side} ELSE (SELECT t.sources FROM source_tallies t
    WHERE t.actor = al.actor AND t.topic = al.topic AND t.stance = {claim}.stance) END AS {side}_sources"""
ALERT_SQL = f"""
SELECT al.id, al.kind, al.actor, al.topic, al.quantity, al.status, {DIRECT} AS direct,
       al.agree_new, al.agree_old, al.pair_key, al.attempts, al.next_attempt_at, al.last_error, al.channel,
       al.message_ts, al.decided_by, al.decided_at, al.created_at, al.sent_at,
       na.id AS new_article_id, na.source AS new_source, na.title AS new_title, na.outlet AS new_outlet,
       na.published AS new_published, na.url AS new_url, ns.text AS new_sentence,
       nc.stance AS new_stance, coalesce(nc.speaker, nq.speaker) AS new_speaker, nc.reported_by AS new_reported_by,
       nc.confidence AS new_confidence, nc.cue AS new_cue,
       coalesce(nc.stated, substr(na.published, 1, 10)) AS new_stated, nc.stated_from AS new_stated_from,
       nf.text AS new_figure, nf.low AS new_low, nf.high AS new_high, nq.text AS new_quotation,
       oa.id AS old_article_id, oa.source AS old_source, oa.title AS old_title, oa.outlet AS old_outlet,
       oa.published AS old_published, oa.url AS old_url, os.text AS old_sentence,
       oc.stance AS old_stance, coalesce(oc.speaker, oq.speaker) AS old_speaker, oc.reported_by AS old_reported_by,
       oc.confidence AS old_confidence, oc.cue AS old_cue,
       coalesce(oc.stated, substr(oa.published, 1, 10)) AS old_stated, oc.stated_from AS old_stated_from,
       ofg.text AS old_figure, ofg.low AS old_low, ofg.high AS old_high, oq.text AS old_quotation,
       {SOURCES.format(side="new", claim="nc")}, {SOURCES.format(side="old", claim="oc")}
FROM alerts al
JOIN articles na ON na.id = al.new_article_id
JOIN articles oa ON oa.id = al.old_article_id
LEFT JOIN claims nc ON nc.id = al.new_claim_id
LEFT JOIN claims oc ON oc.id = al.old_claim_id
LEFT JOIN figures nf ON nf.id = al.new_figure_id
LEFT JOIN figures ofg ON ofg.id = al.old_figure_id
LEFT JOIN quotes nq ON nq.id = al.new_quote_id
LEFT JOIN quotes oq ON oq.id = al.old_quote_id
LEFT JOIN sentences ns ON ns.id = coalesce(nc.sentence_id, nf.sentence_id, nq.sentence_id)
LEFT JOIN sentences os ON os.id = coalesce(oc.sentence_id, ofg.sentence_id, oq.sentence_id)
"""


def list_alerts(store: Store, *, after_id: int | None = None, since: str | None = None) -> list[Alert]:
    """Alerts in the order they were raised (increasing id).

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
    sql = ALERT_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY al.id"
    return [alert_of(row) for row in store.query(sql, tuple(params))]


def open_alerts(store: Store, *, limit: int) -> tuple[list[Alert], int]:
    """The newest `limit` alerts the desk has not confirmed or dismissed (oldest of them first), and how many
    are open in all. Read newest first and no further than `limit`: an archive may hold 100,000s of alerts."""
    rows = store.query(ALERT_SQL + f" WHERE al.status NOT IN {_DECIDED} ORDER BY al.id DESC LIMIT ?", (limit,))
    total = store.conn.execute(f"SELECT count(*) FROM alerts WHERE status NOT IN {_DECIDED}").fetchone()[0]
    return [alert_of(row) for row in reversed(rows)], int(total)


def alert_totals(store: Store) -> tuple[int, int]:
    """How many alerts the index holds, and the newest one's id (0 when there is none)."""
    count, newest = store.conn.execute("SELECT count(*), coalesce(max(id), 0) FROM alerts").fetchone()
    return int(count), int(newest)


def get_alert(store: Store, alert_id: int) -> Alert | None:
    """One alert, or None if there is none with that id."""
    rows = store.query(ALERT_SQL + " WHERE al.id = ?", (alert_id,))
    return alert_of(rows[0]) if rows else None


def alert_of(row: dict) -> Alert:
    """A row of ALERT_SQL as an Alert; timing follows the statements' dates and the articles' current ones."""
    new, old = _side(row, "new_"), _side(row, "old_")
    return Alert(
        id=row["id"],
        kind=row["kind"],
        timing=timing(new.published, old.published, new_stated=new.text_date, old_stated=old.text_date),
        status="possible" if not row["direct"] and row["status"] == "pending" else row["status"],
        new=new,
        old=old,
        actor=row["actor"],
        topic=row["topic"],
        quantity=row["quantity"],
        **{name: row[name] for name in OUTBOX_FIELDS},
    )


def _side(row: dict, prefix: str) -> AlertSide:
    return AlertSide(**{side.name: row[prefix + side.name] for side in fields(AlertSide)})
