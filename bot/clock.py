"""The one clock: what time it is, and the one form a moment is stored in.

The core never reads the time ("now" is a parameter); the command line, the Slack handlers and the
jobs read it here. Every stored moment is ISO 8601 in UTC to the second (`2025-10-01T09:00:00+00:00`):
one width and one zone, so comparing the strings in SQL compares the moments.

Indexes written before this module kept the outbox's delivery times to the microsecond
(`2025-10-01T09:00:00.250000+00:00`). `parse_stamp` reads both forms, and a comparison between the two
errs by less than a second and only late, never early, so those indexes need no migration.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def utc_now() -> datetime:
    """The time now, as an aware UTC datetime."""
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """The stored form of a moment: ISO 8601, UTC, to the second (the fraction dropped)."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def now_stamp() -> str:
    """The time now, in the stored form."""
    return stamp(utc_now())


def deadline_stamp(moment: datetime) -> str:
    """The stored form of a moment not to act before, rounded up to the second so that no wait is cut short."""
    whole = moment.replace(microsecond=0)
    return stamp(whole if whole == moment else whole + timedelta(seconds=1))


def parse_stamp(value: str) -> datetime:
    """A stored moment as an aware UTC datetime (either form, see above)."""
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
