"""The alert outbox: alerts raised with their article, then delivered, confirmed or dismissed."""

from __future__ import annotations

import sqlite3


def raise_alerts(conn: sqlite3.Connection, article_id: int, *, now: str, borderline: bool = False) -> int:
    """Placeholder until contradiction detection lands: raises nothing."""
    return 0


def list_alerts(store: object) -> list[dict]:
    """Placeholder until the outbox lands."""
    return []
