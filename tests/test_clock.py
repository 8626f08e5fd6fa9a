"""One clock, one stored form of a moment, and indexes written in the older form still delivered on time."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from bot.clock import deadline_stamp, now_stamp, parse_stamp, stamp, utc_now
from bot.config import PROJECT_ROOT
from bot.store import open_store
from bot.store.alerts.outbox import RATE_LIMITED, due_alerts, rate_limit_end
from bot.store.alerts.reading import list_alerts
from tests.desk_archive import Said, add_article

NINE = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)
KYIV = timezone(timedelta(hours=3))
NONCOMMITTAL = Said("united-states", "us-backstop", "noncommittal", "Washington has not committed to a backstop.")
BACKSTOP = Said("united-states", "us-backstop", "supports", "The US will back the mission with air power.")


def test_a_moment_is_stored_in_utc_to_the_second() -> None:
    assert stamp(datetime(2025, 10, 1, 12, 0, 5, 750_000, tzinfo=KYIV)) == "2025-10-01T09:00:05+00:00"
    assert parse_stamp(now_stamp()).tzinfo is not None
    assert utc_now().utcoffset() == timedelta(0)


def test_a_deadline_is_rounded_up_so_no_wait_is_cut_short() -> None:
    assert deadline_stamp(NINE + timedelta(seconds=10, microseconds=1)) == "2025-10-01T09:00:11+00:00"
    assert deadline_stamp(NINE + timedelta(seconds=10)) == "2025-10-01T09:00:10+00:00"


def test_both_stored_forms_read_back_as_the_same_moments() -> None:
    assert parse_stamp("2025-10-01T09:00:10+00:00") == NINE + timedelta(seconds=10)
    assert parse_stamp("2025-10-01T09:00:10.250000+00:00") == NINE + timedelta(seconds=10, milliseconds=250)


def test_a_wait_stored_to_the_microsecond_by_an_older_version_holds_until_it_has_passed(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKSTOP,))
        [alert] = list_alerts(store)
        with store.transaction() as conn:
            conn.execute(
                "UPDATE alerts SET status = 'failed', channel = 'C0DESK', last_error = ?, next_attempt_at = ?"
                " WHERE id = ?",
                [f"{RATE_LIMITED} for 10 s", "2025-10-01T09:00:10.250000+00:00", alert.id],
            )
        assert rate_limit_end(store, "C0DESK", NINE) == NINE + timedelta(seconds=10, milliseconds=250)
        assert due_alerts(store, NINE + timedelta(seconds=10)) == []
        assert [a.id for a in due_alerts(store, NINE + timedelta(seconds=11))] == [alert.id]
        assert rate_limit_end(store, "C0DESK", NINE + timedelta(seconds=11)) is None


def test_only_the_clock_reads_the_time() -> None:
    readers = [
        path.relative_to(PROJECT_ROOT).as_posix()
        for package in ("bot", "handlers")
        for path in sorted((PROJECT_ROOT / package).rglob("*.py"))
        if any(_reads_the_time(node) for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    ]
    assert readers == ["bot/clock.py"]


def _reads_the_time(node: ast.AST) -> bool:
    """A call of datetime.now, datetime.utcnow, date.today or time.time (durations use monotonic clocks)."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        return False
    owner = node.func.value
    name = owner.id if isinstance(owner, ast.Name) else ""
    return (name, node.func.attr) in {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("time", "time")}
