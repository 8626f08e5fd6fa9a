"""The desk's verdict on an alert: confirmed, or dismissed so that its pair never alerts again."""

from __future__ import annotations

from bot.errors import UserError
from bot.model import Alert
from bot.store import Store
from bot.store.alerts.reading import get_alert

DECISIONS = ("confirmed", "dismissed")


def decide_alert(store: Store, alert_id: int, decision: str, user: str, now: str) -> Alert:
    """Record the desk's verdict on an alert and who gave it; a dismissed pair never alerts again.

    A later change of mind is allowed: confirming a dismissed alert lets its pair alert again.
    """
    if decision not in DECISIONS:
        raise UserError(
            f"An alert can be confirmed or dismissed, not `{decision}`.", hint="Use confirmed or dismissed."
        )
    with store.transaction() as db:
        row = db.execute("SELECT pair_key FROM alerts WHERE id = ?", [alert_id]).fetchone()
        if row is None:
            raise UserError(
                f"No alert {alert_id} in the index.",
                hint="It may have gone with a removed article; `alerts` lists them.",
            )
        db.execute(
            "UPDATE alerts SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?", [decision, user, now, alert_id]
        )
        if decision == "dismissed":
            pair = {"pair_key": row[0], "dismissed_by": user, "dismissed_at": now}
            db.table("dismissed_pairs").insert(pair, ignore=True)  # a pair dismissed again keeps its first dismissal
        else:
            db.execute("DELETE FROM dismissed_pairs WHERE pair_key = ?", [row[0]])
    alert = get_alert(store, alert_id)
    assert alert is not None  # it was there inside the transaction and nothing deletes alerts but cascades
    return alert
