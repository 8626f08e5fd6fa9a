"""Reading a publication date as newsrooms write it, into ISO 8601; anything unclear is no date at all."""

from __future__ import annotations

import re
from datetime import datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
MAX_DATE_CHARS = 80  # a date line is short; anything longer is prose that merely mentions a date
YEARS = range(1900, 2101)
DIGIT = re.compile(r"\d")

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# At most "wed" + "nesday": an unbounded run of letters here made a search of a long run of them quadratic.
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"
_TIME = (
    r"(?:(?:,|\s)\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,9})?)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
_ZONE = r"\s*(?:z|utc|gmt|[a-z]{3,4}|(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?)?"
DATE_FORMS = tuple(
    # Tried only where a word starts: a long run of letters then costs one attempt, not one per letter.
    re.compile(r"\b" + _WEEKDAY + form + _TIME + _ZONE, re.IGNORECASE)
    for form in (
        r"(?P<year>\d{4})-(?P<num_month>\d{1,2})-(?P<day>\d{1,2})(?:t(?P<hour_t>\d{2}):(?P<minute_t>\d{2})"
        r"(?::(?P<second_t>\d{2})(?:\.\d{1,9})?)?)?",
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})",
        _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})",
        r"(?P<day>\d{1,2})\.(?P<num_month>\d{1,2})\.(?P<year>\d{4})",
        r"(?P<first>\d{1,2})/(?P<second_part>\d{1,2})/(?P<year>\d{4})",
    )
)


def parse_date(text: str) -> str | None:
    """ISO 8601 for a date (with its time when given) such as "18 September 2025 07:01",
    "2025-02-20 21:18:00" or "Feb. 19, 2025"; None when `text` is not exactly one unambiguous date.

    The time is kept as written (local to the outlet): a time zone, when given, is dropped, so the
    date a reader sees in the article is the date the index shows.
    """
    text = text.strip().rstrip(".").strip()
    if len(text) > MAX_DATE_CHARS or not DIGIT.search(text):
        return None
    for form in DATE_FORMS:
        match = form.fullmatch(text)
        if match:
            return _iso(match.groupdict())
    return None


def _iso(parts: dict[str, str | None]) -> str | None:
    day_month = _day_month(parts)
    if day_month is None:
        return None
    hour = parts.get("hour") or parts.get("hour_t")
    minute = parts.get("minute") or parts.get("minute_t") or "0"
    second = parts.get("second") or parts.get("second_t") or "0"
    year = int(parts["year"] or 0)
    try:
        if hour is None:
            return datetime(year, *day_month[::-1]).date().isoformat() if year in YEARS else None
        clock = (_hour(int(hour), parts.get("ampm")), int(minute), int(second))
        return datetime(year, *day_month[::-1], *clock).isoformat() if year in YEARS else None
    except ValueError:
        return None


def _day_month(parts: dict[str, str | None]) -> tuple[int, int] | None:
    """(day, month); a d/m/y or m/d/y date is read only when a day above 12 tells them apart."""
    if parts.get("first"):
        first, second = int(parts["first"] or 0), int(parts["second_part"] or 0)
        if first <= 12 and second <= 12 and first != second:
            return None
        return (first, second) if first > 12 or first == second else (second, first)
    month = MONTHS[(parts["month"] or "").lower()] if parts.get("month") else int(parts["num_month"] or 0)
    return int(parts["day"] or 0), month


def _hour(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    if not 1 <= hour <= 12:
        raise ValueError("12-hour clock out of range")
    return hour % 12 + (12 if ampm.lower().startswith("p") else 0)
