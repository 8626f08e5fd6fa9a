"""Alerts as the tests read them: in the `alerts --json` shape, the contract the store is held to."""

from __future__ import annotations

from datetime import datetime

from bot.store import Store
from bot.store.alerts.decisions import decide_alert
from bot.store.alerts.outbox import due_alerts
from bot.store.alerts.reading import get_alert, list_alerts


def alerts_json(store: Store, *, after_id: int | None = None, since: str | None = None) -> list[dict]:
    return [alert.as_json() for alert in list_alerts(store, after_id=after_id, since=since)]


def alert_json(store: Store, alert_id: int) -> dict | None:
    alert = get_alert(store, alert_id)
    return alert.as_json() if alert else None


def decide_json(store: Store, alert_id: int, decision: str, user: str, now: str) -> dict:
    return decide_alert(store, alert_id, decision, user, now).as_json()


def due_json(store: Store, now: datetime) -> list[dict]:
    return [alert.as_json() for alert in due_alerts(store, now)]
