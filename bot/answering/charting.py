"""The stance charts of `topic NAME` and `actor NAME` as plain values: who said what, when, one row per track.

A chart follows its answer: its rows are the answer's tracks in the answer's order (the most recently active
first), at most ROWS of them, so what an editor sees in the picture is what the text below it lists.
Drawing it is bot.render.chart's job; nothing here imports a plotting library.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from bot.answering.tracks import topic_name, tracks_of
from bot.answering.values import ActorAnswer, Answer, TopicAnswer, Track
from bot.lexicon import Lexicon
from bot.model import STANCES, Stance
from bot.store import Store
from bot.store.statements import busiest_topic, statement_days

ROWS = 12  # readable on a phone; the rest are "and N more"
ACTIVE_DAYS = 30  # App Home charts the topic with the most statements over this many days


@dataclass(frozen=True)
class Mark:
    """One mark on a row: the statements of one day (None: undated) in one stance, stated directly or not."""

    day: str | None
    stance: Stance
    direct: bool
    statements: int


@dataclass(frozen=True)
class ChartRow:
    """One actor on a topic (or one topic of an actor): its marks, dated ones in time order, then the undated."""

    label: str
    marks: tuple[Mark, ...]

    @property
    def dated(self) -> tuple[Mark, ...]:
        return tuple(m for m in self.marks if m.day is not None)

    @property
    def undated(self) -> tuple[Mark, ...]:
        return tuple(m for m in self.marks if m.day is None)

    @property
    def now(self) -> Stance | None:
        """The stance of the newest dated statement (what it says directly first); None when nothing is dated."""
        return self.dated[-1].stance if self.dated else None

    @property
    def changes(self) -> tuple[tuple[Mark, Mark], ...]:
        """Each move from one stance to another: the last mark of the old stance and the first of the new."""
        return tuple((a, b) for a, b in pairwise(self.dated) if a.stance != b.stance)


@dataclass(frozen=True)
class StanceChart:
    """What a chart shows: its title, its rows top to bottom, and how many rows did not fit."""

    title: str
    rows: tuple[ChartRow, ...]
    more: int
    kind: str  # what a row is: "actor" (a topic's chart) or "topic" (an actor's)

    @property
    def file_name(self) -> str:
        """A PNG's name for it: reassurance-force-stances.png."""
        return (re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-") or "chart") + "-stances.png"

    @property
    def missing(self) -> str | None:
        """Why there is nothing to draw (no statement carries a date), or None."""
        if any(row.dated for row in self.rows):
            return None
        return f"No chart for {self.title}: none of its statements is dated, so there is no timeline to draw."


def answer_chart(store: Store, answer: Answer) -> StanceChart | None:
    """The chart an answer carries: `topic` and `actor` answers with something on record, unless "chart off"."""
    if isinstance(answer, TopicAnswer | ActorAnswer) and answer.tracks and answer.question.chart:
        return stance_chart(store, answer)
    return None


def stance_chart(store: Store, answer: TopicAnswer | ActorAnswer) -> StanceChart:
    """The chart of a topic (one row per actor) or of an actor (one row per topic), following the answer."""
    if isinstance(answer, TopicAnswer):
        return chart_of(store, answer.topic.label, answer.tracks, kind="actor")
    return chart_of(store, answer.actor.label, answer.tracks, kind="topic")


def chart_of(store: Store, title: str, tracks: tuple[Track, ...], *, kind: str) -> StanceChart:
    """The first ROWS tracks as rows, named by their actor (`kind` "actor") or their topic (`kind` "topic")."""
    shown = tracks[:ROWS]
    days: defaultdict[tuple[str, str], list[Mark]] = defaultdict(list)
    for day in statement_days(store, actors=[t.actor.id for t in shown], topics=[t.topic.id for t in shown]):
        days[day.actor, day.topic].append(Mark(day.day, day.stance, day.direct, day.statements))
    rows = tuple(
        ChartRow(getattr(t, kind).label, tuple(sorted(days[t.actor.id, t.topic.id], key=_in_time))) for t in shown
    )
    return StanceChart(title, rows, len(tracks) - len(shown), kind)


def busiest_topic_chart(store: Store, lexicon: Lexicon, *, today: str) -> StanceChart | None:
    """App Home's chart: the topic with the most statements in the ACTIVE_DAYS up to `today` (YYYY-MM-DD)."""
    since = (date.fromisoformat(today[:10]) - timedelta(days=ACTIVE_DAYS)).isoformat()
    topic = busiest_topic(store, since=since)
    if topic is None:
        return None
    return chart_of(store, topic_name(topic, lexicon).label, tracks_of(store, lexicon, topic=topic), kind="actor")


def _in_time(mark: Mark) -> tuple[bool, str, bool, int]:
    """Undated last; within a day, reports before what the actor says itself, so the latter is the day's last."""
    return (mark.day is None, mark.day or "", mark.direct, STANCES.index(mark.stance))
