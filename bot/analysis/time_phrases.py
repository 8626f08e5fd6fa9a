"""Time phrases ("on Monday", "Aug. 18", "back in April", "last week") found in a sentence and resolved to a date.

Pure functions of the words and the article's publication date. A phrase resolves with the precision its words
give, written in ISO 8601's reduced forms so that values sort as strings: a day ("2025-08-18"), a month
("2025-04") or a year ("2024"). The desk's conventions, where usage is loose:

- "on Monday" is the most recent Monday on or before publication (in a Monday article, that very day);
  "last Monday" is the most recent Monday before it (in a Monday article, a week earlier).
- "on August 18", "in April", "last April" are the most recent such day or month not after publication: "in
  December" in a January article is last year's December.
- "last week" and "earlier this week" have no day: they are the month holding most of the week (its Thursday,
  as ISO weeks are counted); "earlier this week" is the week of publication, up to the day before.
- "earlier this year" is the publication's year; "back in 2024" and "last year" are years.
- Without a publication date only phrases that name their year resolve ("on March 3, 2025", "in April 2025",
  "back in 2024"); a phrase resolving after publication is no statement date (it is a plan).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from bot.parsing.dates import MONTHS

Precision = Literal["day", "month", "year"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "Aug.", "Sept.", "Sep": a month by its first three letters, or four for September.
_MONTH = (
    r"(?P<{0}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])"
)
_WEEKDAY = r"(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"
_FORMS = {
    "month_day": rf"(?:(?i:on)\s+)?{_MONTH.format('month')}\s+{_DAY.format('day')}(?:,?\s+{_YEAR.format('year')})?\b",
    "day_month": (
        rf"(?:(?i:on)\s+)?(?:(?i:the)\s+)?{_DAY.format('day2')}\s+(?:of\s+)?{_MONTH.format('month2')}"
        rf"(?:,?\s+{_YEAR.format('year2')})?\b"
    ),
    "on_weekday": rf"(?:(?P<last>(?i:last))\s+|(?i:on)\s+)?{_WEEKDAY}{_PART}\b",
    "yesterday": r"(?i:yesterday)\b",
    "relative": r"(?P<which>(?i:last|earlier\s+this))\s+(?P<unit>week|month|year)\b",
    "in_month": (
        rf"(?:(?:(?i:back)\s+)?(?i:in)\s+|(?P<last_month>(?i:last))\s+){_MONTH.format('month3')}"
        rf"(?:\s+{_YEAR.format('year3')})?(?!\s+[0-3]?\d\b)"
    ),
    "in_year": rf"(?:(?i:back)\s+)?(?i:in)\s+{_YEAR.format('year4')}\b",
}
PHRASES = re.compile(r"(?<![\w.])(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _FORMS.items()) + ")")


@dataclass(frozen=True)
class StatedDate:
    """When a statement was made, to the precision its words give: "2025-08-18", "2025-04" or "2024"."""

    value: str
    precision: Precision


@dataclass(frozen=True)
class TimePhrase:
    """A time phrase as written in a sentence, with its character offsets."""

    start: int
    end: int
    text: str


def find_time_phrases(text: str) -> list[TimePhrase]:
    """Every time phrase of a sentence that could date a statement, in reading order."""
    return [TimePhrase(m.start(), m.end(), m.group(0)) for m in PHRASES.finditer(text)]


def resolve(phrase: str, published: date | None) -> StatedDate | None:
    """The date a phrase names, seen from an article published on `published` (None: undated), or None when
    it names none, needs a publication date it has not got, or falls after publication."""
    match = PHRASES.fullmatch(phrase.strip())
    if match is None:
        return None
    found = _resolved(match, published)
    if found is None or (published is not None and found.value > _written(published, found.precision)):
        return None
    return found


def parse_day(value: str | None) -> date | None:
    """The calendar day of an ISO 8601 publication date ("2025-09-18T07:01:00" -> 18 Sep 2025), or None."""
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _resolved(match: re.Match[str], published: date | None) -> StatedDate | None:
    kind = match.lastgroup
    groups = match.groupdict()
    if kind in ("month_day", "day_month"):
        suffix = "" if kind == "month_day" else "2"
        return _day_of_month(
            _month_number(groups["month" + suffix]), int(groups["day" + suffix]), groups["year" + suffix], published
        )
    if kind == "in_month":
        return _month(_month_number(groups["month3"]), groups["year3"], published, before=bool(groups["last_month"]))
    if kind == "in_year":
        return StatedDate(groups["year4"], "year")
    if published is None:
        return None  # every other form counts from the publication date
    if kind == "yesterday":
        return _day(published - timedelta(days=1))
    if kind == "on_weekday":
        weekday = WEEKDAYS.index(groups["weekday"].lower())
        back = (published.weekday() - weekday) % 7 or (7 if groups["last"] else 0)
        return _day(published - timedelta(days=back))
    return _relative(groups["which"].lower().split()[0], groups["unit"].lower(), published)


def _relative(which: str, unit: str, published: date) -> StatedDate | None:
    """ "last week", "earlier this month", "last year"."""
    if unit == "year":
        return StatedDate(str(published.year - (which == "last")), "year")
    if unit == "month":
        if which == "earlier":
            return StatedDate(f"{published:%Y-%m}", "month")
        previous = published.replace(day=1) - timedelta(days=1)
        return StatedDate(f"{previous:%Y-%m}", "month")
    monday = published - timedelta(days=published.weekday())
    if which == "last":
        return StatedDate(f"{monday - timedelta(days=4):%Y-%m}", "month")  # last week's Thursday
    if published == monday:
        return None  # "earlier this week" on a Monday: no day of the week is before it
    return StatedDate(f"{published - timedelta(days=1):%Y-%m}", "month")


def _day_of_month(month: int, day: int, year: str | None, published: date | None) -> StatedDate | None:
    """ "August 18" in the given year, or the most recent one not after publication."""
    if year is None and published is None:
        return None
    candidates = [int(year)] if year else [published.year, published.year - 1] if published else []
    for number in candidates:
        try:
            found = date(number, month, day)
        except ValueError:
            return None
        if year or published is None or found <= published:
            return _day(found)
    return None


def _month(month: int, year: str | None, published: date | None, *, before: bool) -> StatedDate | None:
    """ "in April" (the most recent April not after publication), "last April" (before the publication's month)."""
    if year:
        return StatedDate(f"{year}-{month:02d}", "month")
    if published is None:
        return None
    earlier = month > published.month or (before and month == published.month)
    return StatedDate(f"{published.year - earlier}-{month:02d}", "month")


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]  # "Aug.", "Sept", "June": the names publication dates are read by


def _day(value: date) -> StatedDate:
    return StatedDate(value.isoformat(), "day")


def _written(published: date, precision: Precision) -> str:
    """The publication date cut to a precision, to compare a resolved value with."""
    return {"day": published.isoformat(), "month": f"{published:%Y-%m}", "year": str(published.year)}[precision]
