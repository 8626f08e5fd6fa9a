"""Answers as plain values: what each question found, ready for any of the three renderings."""

from __future__ import annotations

from dataclasses import dataclass

from bot.lexicon import Lexicon
from bot.model import STANCES, Alert, Source, Stance
from bot.questions.reading import Question
from bot.questions.subcommands import CommandSpec


@dataclass(frozen=True)
class Label:
    """An actor or topic as answers show it: its id and its label."""

    id: str
    label: str


@dataclass(frozen=True)
class Evidence:
    """A sentence that carries a claim, and where it was published."""

    text: str
    stance: Stance
    speaker: str | None
    reported_by: str | None  # actor id when the claim is second-hand
    source: Source
    cue: str = ""  # the words the stance was read from, shown in bold
    confidence: str = "stated"  # how the claim was found: stated, reported, inferred or opinion
    stated: str | None = None  # when the sentence dates the statement ("2025-04"); None: when it was published


@dataclass(frozen=True)
class Position:
    """One actor's stance on one topic: how many articles carry it, over which dates, and the newest quoted."""

    stance: Stance
    count: int  # articles (reports)
    independent: int  # stories among them: copies of one story (a wire story republished) count once
    first: str | None  # earliest statement date among them (its sentence's, else publication's); None: undated
    last: str | None
    quotes: tuple[Evidence, ...]  # newest first, one sentence per article; only those the answer shows

    @property
    def hidden(self) -> int:
        """Articles not quoted (the earlier ones, until asked for)."""
        return max(0, self.count - len(self.quotes))


@dataclass(frozen=True)
class Track:
    """An actor's record on one topic: its positions, the earliest held first."""

    actor: Label
    topic: Label
    positions: tuple[Position, ...]

    @property
    def shifted(self) -> bool:
        """The actor took more than one stance on the topic over time."""
        return len(self.positions) > 1

    @property
    def latest(self) -> Position:
        """The position of the newest dated claim (the last one when nothing is dated)."""
        return max(self.positions, key=lambda p: p.last or "")

    def position(self, stance: Stance) -> Position | None:
        return next((p for p in self.positions if p.stance == stance), None)


@dataclass(frozen=True)
class StanceAnswer:
    """who-supports / who-opposes: every actor with a claim on the topic, grouped by stance."""

    question: Question
    topic: Label
    first: Stance  # the stance asked about, listed first
    tracks: tuple[Track, ...]

    @property
    def groups(self) -> list[tuple[Stance, list[tuple[Track, Position]]]]:
        """Each stance (the asked-for one first) with the actors holding it; an actor may hold several."""
        order = (self.first, *(s for s in STANCES if s != self.first))
        return [(s, [(t, p) for t in self.tracks if (p := t.position(s))]) for s in order]


@dataclass(frozen=True)
class ActorAnswer:
    """actor NAME: the actor's stances topic by topic over time."""

    question: Question
    actor: Label
    tracks: tuple[Track, ...]


@dataclass(frozen=True)
class TopicAnswer:
    """topic NAME: every actor's stances on the topic, as a matrix."""

    question: Question
    topic: Label
    tracks: tuple[Track, ...]


@dataclass(frozen=True)
class QuoteResult:
    """A sentence found for a quote search, with its speaker when it holds a quotation."""

    text: str
    score: float
    source: Source
    speaker: str | None
    quotation: str | None  # the quotation inside the sentence, when the analysis found one


@dataclass(frozen=True)
class QuoteAnswer:
    """quote WORDS: the sentences most like the words, best first."""

    question: Question
    words: str
    results: tuple[QuoteResult, ...]
    articles: int  # how many articles were searched


@dataclass(frozen=True)
class ArticlesAnswer:
    """articles [WORDS]: what is indexed, newest first."""

    question: Question
    words: str
    articles: tuple[Source, ...]
    total: int  # articles in the index (those listed may be fewer)


@dataclass(frozen=True)
class AlertsAnswer:
    """alerts: the newest open alerts."""

    question: Question
    alerts: tuple[Alert, ...]
    total: int  # open alerts (those listed may be fewer)
    lexicon: Lexicon  # names the alerts' actors and topics


@dataclass(frozen=True)
class ListAnswer:
    """actor or topic without a name: the entries one can ask about."""

    question: Question
    kind: str  # "actor" or "topic"
    entries: tuple[Label, ...]


@dataclass(frozen=True)
class Muted:
    """A mute in force as answers show it: the actor or topic, named, and when it ends (None: when unmuted)."""

    kind: str  # "actor" or "topic"
    label: Label
    until: str | None


@dataclass(frozen=True)
class HelpAnswer:
    """help [COMMAND]: what one can ask, and what is muted."""

    question: Question
    commands: tuple[CommandSpec, ...]
    mutes: tuple[Muted, ...] = ()


@dataclass(frozen=True)
class MutesAnswer:
    """mute / unmute: what changed (nothing, for `mute` alone), and every mute now in force."""

    question: Question
    change: str  # "muted", "unmuted", or "" when only listing
    target: Muted | None
    mutes: tuple[Muted, ...]
    held: int = 0  # alerts waiting for delivery that the new mute held back


Answer = (
    StanceAnswer
    | ActorAnswer
    | TopicAnswer
    | QuoteAnswer
    | ArticlesAnswer
    | AlertsAnswer
    | ListAnswer
    | HelpAnswer
    | MutesAnswer
)
