"""When a newly added article disagrees with what was reported before (DESIGN.md §3).

Pure rules on values: how two stances relate, which timing a pair of statement dates gives (the date a
sentence gives its statement, else its article's publication date), which figure ranges cannot both hold,
and which earlier claim an alert should cite.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from bot.model import STANCES, Stance

CALENDAR_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")  # a year, a month or a day, as ISO 8601 writes it
Kind = Literal["contradiction", "shift", "borderline", "figure", "attribution"]
Timing = Literal["reversal", "earlier-report-differs", "conflicting-reports"]

# How two stances of one actor on one topic relate; a pair not listed is corroboration or compatible.
RELATIONS: dict[frozenset[str], Kind] = {
    frozenset({"supports", "opposes"}): "contradiction",
    frozenset({"noncommittal", "supports"}): "shift",
    frozenset({"noncommittal", "opposes"}): "shift",
    frozenset({"conditional", "opposes"}): "borderline",
    frozenset({"conditional", "noncommittal"}): "borderline",
}
KIND_STRENGTH: dict[Kind, int] = {"contradiction": 3, "shift": 2, "borderline": 1, "figure": 0}

# Reported figures are rounded: ranges must miss each other by more than this share to conflict.
FIGURE_TOLERANCE = 0.10
# The quantities whose conflicts alert: the force's size, and how many countries pledge troops to it. Russia's,
# Ukraine's or America's own troops are figures of record, not positions that can be contradicted.
ALERTING_QUANTITIES = frozenset({"force-size", "countries-committed"})
# The topic each alerting quantity is about, so that muting the topic mutes its figure conflicts too.
QUANTITY_TOPICS = {"force-size": "reassurance-force", "countries-committed": "troop-contribution"}


@dataclass(frozen=True)
class StanceClaim:
    """One stored claim of the (actor, topic) being checked, with what ranking it needs."""

    claim_id: int
    article_id: int
    article_key: str  # content hash: it survives an article being removed and added again
    stance: Stance
    published: str | None
    indirect: bool = False  # not stated by the actor itself (reported, inferred, an outlet's opinion): weaker
    article_stances: frozenset[str] = frozenset()  # every stance its article takes on this actor and topic
    stated: str | None = None  # the date its sentence gives ("2025-08-18", "2025-04", "2024"); None: `published`
    story: int | None = None  # its article's story group (copies of one story share it); None: the article alone

    @property
    def said_on(self) -> str | None:
        """When it was said: the sentence's date, else the publication's."""
        return self.stated or self.published


@dataclass(frozen=True)
class FigureValue:
    """One stored figure of the quantity being checked, as a range (None = unbounded on that side)."""

    figure_id: int
    article_id: int
    article_key: str
    low: float | None
    high: float | None
    published: str | None
    story: int | None = None  # as for a StanceClaim


@dataclass(frozen=True)
class Conflict:
    """What an alert records: the new item, the earlier one it cites, and how many others side with each."""

    kind: Kind
    timing: Timing
    new_id: int  # claim, figure or quotation id in the new article
    old_id: int  # claim, figure or quotation id of the earlier one cited
    old_article_id: int
    agree_new: int  # other earlier articles (not the cited one) that side with the new article
    agree_old: int  # other earlier articles that side with the cited one
    pair_key: str


def relation(a: str, b: str) -> Kind | None:
    """The alert kind two stances of the same actor on the same topic make, or None (no alert)."""
    return RELATIONS.get(frozenset({a, b}))


def alerting_stances(stance: str, *, borderline: bool = False) -> tuple[Stance, ...]:
    """The earlier stances that a new claim with `stance` alerts against."""
    allowed = _allowed_kinds(borderline)
    return tuple(other for other in STANCES if relation(stance, other) in allowed)


def published_at(value: str | None) -> datetime | None:
    """An ISO 8601 publication date as an aware datetime (naive means UTC); None when missing or unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def timing(
    new_published: str | None,
    old_published: str | None,
    *,
    new_stated: str | None = None,
    old_stated: str | None = None,
) -> Timing:
    """Order by when each side was said, not by upload: the date its sentence gives (`*_stated`), else its
    publication date. A later statement reverses; an older one, even reported later, is an earlier statement
    that differs. Statements the dates cannot tell apart (the same month, say) are ordered by publication."""
    order = _calendar_order(new_stated or new_published, old_stated or old_published) if new_stated or old_stated else 0
    if order == 0:
        new, old = published_at(new_published), published_at(old_published)
        order = None if new is None or old is None else (new > old) - (new < old)
    if not order:
        return "conflicting-reports"
    return "reversal" if order > 0 else "earlier-report-differs"


def _calendar_order(new: str | None, old: str | None) -> int | None:
    """1 when `new` is later, -1 when earlier, 0 when the calendar cannot tell (the same day, or a day within
    the other's month), None when one is missing. Dates compare at the coarser precision of the two."""
    first, second = (CALENDAR_DATE.match(value or "") for value in (new, old))
    if first is None or second is None:
        return None
    return _compared(first.group(0), second.group(0))


def _compared(first: str, second: str) -> int:
    """-1, 0 or 1 as `first` is before, within or after `second`, at the coarser precision of the two."""
    width = min(len(first), len(second))
    return (first[:width] > second[:width]) - (first[:width] < second[:width])


def ranges_conflict(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> bool:
    """Whether two ranges cannot both hold, with room for rounding; "fewer than 30,000" fits "10,000 to 30,000"."""
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    return a_high * (1 + FIGURE_TOLERANCE) < b_low * (1 - FIGURE_TOLERANCE) or (
        b_high * (1 + FIGURE_TOLERANCE) < a_low * (1 - FIGURE_TOLERANCE)
    )


def pair_key(subject: str, article_key_a: str, article_key_b: str) -> str:
    """Names a dismissable pair whichever article came first, and whatever ids the articles get on re-upload."""
    first, second = sorted((article_key_a, article_key_b))
    return f"{subject}|{first}|{second}"


def one_story(a: StanceClaim | FigureValue, b: StanceClaim | FigureValue) -> bool:
    """Whether two claims (or figures) come from one story: the same article, or copies of one story, which
    never alert against each other."""
    return _story(a) == _story(b)


def claim_subject(actor: str, topic: str) -> str:
    return f"claim|{actor}|{topic}"


def figure_subject(quantity: str) -> str:
    return f"figure|{quantity}"


def find_claim_conflict(
    subject: str,
    new: Sequence[StanceClaim],
    earlier: Sequence[StanceClaim],
    *,
    articles_by_stance: Mapping[str, int],
    borderline: bool = False,
    dismissed: Collection[str] = (),
) -> Conflict | None:
    """The one alert a new article's claims on an (actor, topic) raise against earlier articles, if any.

    It cites the strongest earlier claim: a direct one before a reported one, then the latest statement
    (by the date its sentence gives, else its publication date; dated before undated), then the sharper
    disagreement, then the last indexed.
    Corroboration, compatible stances, borderline pairs (unless asked for) and dismissed pairs raise nothing.
    `earlier` need only hold the strongest few claims of each stance (as many as there are dismissed pairs,
    plus one); `articles_by_stance` counts the earlier articles taking each stance, for "others agreeing".
    """
    allowed = _allowed_kinds(borderline)
    best: tuple[tuple, StanceClaim, StanceClaim, Kind, str] | None = None
    for n in new:
        for o in earlier:
            kind = relation(n.stance, o.stance)
            if kind not in allowed or one_story(o, n):
                continue
            key = pair_key(subject, n.article_key, o.article_key)
            if key in dismissed:
                continue
            rank = (
                not o.indirect,
                not n.indirect,
                *_recency(o.said_on),
                KIND_STRENGTH[kind],
                o.claim_id,
                -n.claim_id,
            )
            if best is None or rank > best[0]:
                best = (rank, n, o, kind, key)
    if best is None:
        return None
    _, n, o, kind, key = best
    return Conflict(
        kind=kind,
        timing=timing(n.published, o.published, new_stated=n.stated, old_stated=o.stated),
        new_id=n.claim_id,
        old_id=o.claim_id,
        old_article_id=o.article_id,
        agree_new=articles_by_stance.get(n.stance, 0) - (n.stance in o.article_stances),
        agree_old=articles_by_stance.get(o.stance, 0) - 1,  # the cited article is one of them
        pair_key=key,
    )


def find_figure_conflict(
    subject: str,
    new: Sequence[FigureValue],
    earlier: Sequence[FigureValue],
    *,
    dismissed: Collection[str] = (),
) -> Conflict | None:
    """The one figure-conflict alert a new article's figures for a quantity raise, citing the latest earlier one."""
    best: tuple[tuple, FigureValue, FigureValue, str] | None = None
    for n in new:
        for o in earlier:
            if one_story(o, n) or not ranges_conflict((n.low, n.high), (o.low, o.high)):
                continue
            key = pair_key(subject, n.article_key, o.article_key)
            if key in dismissed:
                continue
            rank = (*_recency(o.published), o.figure_id, -n.figure_id)
            if best is None or rank > best[0]:
                best = (rank, n, o, key)
    if best is None:
        return None
    _, n, o, key = best
    return Conflict(
        kind="figure",
        timing=timing(n.published, o.published),
        new_id=n.figure_id,
        old_id=o.figure_id,
        old_article_id=o.article_id,
        agree_new=_stories_agreeing(earlier, n, besides=(n, o)),
        agree_old=_stories_agreeing(earlier, o, besides=(n, o)),
        pair_key=key,
    )


def _story(item: StanceClaim | FigureValue) -> int:
    return item.article_id if item.story is None else item.story


def _bounds(value: tuple[float | None, float | None]) -> tuple[float, float]:
    low, high = value
    return (low if low is not None else 0.0, high if high is not None else float("inf"))


def _recency(when: str | None) -> tuple[bool, str]:
    """Sorts dated before undated, then later before earlier: a moment by its time in UTC, a day, month or year
    ("2025-04") as written, which sorts before the days of that month."""
    moment = published_at(when) if when and len(when) > len("YYYY-MM-DD") else None
    return (bool(when), moment.astimezone(UTC).isoformat() if moment else when or "")


def _allowed_kinds(borderline: bool) -> set[Kind]:
    return {"contradiction", "shift", "borderline"} if borderline else {"contradiction", "shift"}


def _stories_agreeing(figures: Sequence[FigureValue], figure: FigureValue, *, besides: Sequence[FigureValue]) -> int:
    """Independent stories among `figures` whose range fits `figure`'s, those of `besides` aside."""
    return len(
        {
            _story(f)
            for f in figures
            if not any(one_story(f, b) for b in besides)
            and not ranges_conflict((f.low, f.high), (figure.low, figure.high))
        }
    )
