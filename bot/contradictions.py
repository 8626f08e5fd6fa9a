"""When a newly added article disagrees with what was reported before (DESIGN.md §3).

Pure rules on values: how two stances relate, which timing a pair of publication dates gives,
which figure ranges cannot both hold, and which earlier claim an alert should cite.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from bot.model import STANCES, Stance

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


@dataclass(frozen=True)
class FigureValue:
    """One stored figure of the quantity being checked, as a range (None = unbounded on that side)."""

    figure_id: int
    article_id: int
    article_key: str
    low: float | None
    high: float | None
    published: str | None


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


def timing(new_published: str | None, old_published: str | None) -> Timing:
    """Order by publication date, not upload: a later report reverses, an older one found late differs."""
    new, old = published_at(new_published), published_at(old_published)
    if new is None or old is None or new == old:
        return "conflicting-reports"
    return "reversal" if new > old else "earlier-report-differs"


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

    It cites the strongest earlier claim: a direct one before a reported one, then the latest by
    publication date (dated before undated), then the sharper disagreement, then the last indexed.
    Corroboration, compatible stances, borderline pairs (unless asked for) and dismissed pairs raise nothing.
    `earlier` need only hold the strongest few claims of each stance (as many as there are dismissed pairs,
    plus one); `articles_by_stance` counts the earlier articles taking each stance, for "others agreeing".
    """
    allowed = _allowed_kinds(borderline)
    best: tuple[tuple, StanceClaim, StanceClaim, Kind, str] | None = None
    for n in new:
        for o in earlier:
            kind = relation(n.stance, o.stance)
            if kind not in allowed or o.article_id == n.article_id:
                continue
            key = pair_key(subject, n.article_key, o.article_key)
            if key in dismissed:
                continue
            rank = (
                not o.indirect,
                not n.indirect,
                *_recency(o.published),
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
        timing=timing(n.published, o.published),
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
            if o.article_id == n.article_id or not ranges_conflict((n.low, n.high), (o.low, o.high)):
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
        agree_new=_articles_agreeing(earlier, n, besides={n.article_id, o.article_id}),
        agree_old=_articles_agreeing(earlier, o, besides={n.article_id, o.article_id}),
        pair_key=key,
    )


def _bounds(value: tuple[float | None, float | None]) -> tuple[float, float]:
    low, high = value
    return (low if low is not None else 0.0, high if high is not None else float("inf"))


def _recency(published: str | None) -> tuple[bool, float]:
    """Sorts dated before undated, then later before earlier."""
    moment = published_at(published)
    return (moment is not None, moment.timestamp() if moment else 0.0)


def _allowed_kinds(borderline: bool) -> set[Kind]:
    return {"contradiction", "shift", "borderline"} if borderline else {"contradiction", "shift"}


def _articles_agreeing(figures: Sequence[FigureValue], figure: FigureValue, *, besides: set[int]) -> int:
    return len(
        {
            f.article_id
            for f in figures
            if f.article_id not in besides and not ranges_conflict((f.low, f.high), (figure.low, figure.high))
        }
    )
