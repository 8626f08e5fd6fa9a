"""Plain values passed between the pipeline's stages: no I/O, no database, no clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Stance = Literal["supports", "opposes", "conditional", "noncommittal"]
STANCES: tuple[Stance, ...] = ("supports", "opposes", "conditional", "noncommittal")
# How a claim was found: the actor (or its official) said it; another actor reported it; a pronoun or
# "this" had to be resolved to reach it; or it is an outlet's own opinion.
Confidence = Literal["stated", "reported", "inferred", "opinion"]
CONFIDENCES: tuple[Confidence, ...] = ("stated", "reported", "inferred", "opinion")

# Where a metadata value came from: the article's text, an HTML <meta>, its URL, or a desk admin.
Provenance = Literal["text", "html", "url", "admin"]
METADATA_FIELDS = ("title", "outlet", "author", "published", "url")


@dataclass(frozen=True)
class Metadata:
    """What an article says about itself; a value it does not give stays None, never invented."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601, e.g. "2025-09-18T07:01:00"
    url: str | None = None
    provenance: dict[str, Provenance] = field(default_factory=dict)


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article's cleaned body, in reading order."""

    position: int
    paragraph: int
    text: str


@dataclass(frozen=True)
class ParsedArticle:
    """An article read from bytes: decoded, cleaned, with its metadata and sentences."""

    source: str  # the file name it came from
    content_hash: str  # of the cleaned body, so a re-upload with other boilerplate is still a duplicate
    metadata: Metadata
    sentences: tuple[Sentence, ...]
    raw_bytes: int


@dataclass(frozen=True)
class Claim:
    """An actor's stance on a topic, as one sentence of an article carries it."""

    sentence: int  # position of the sentence in its article
    actor: str  # taxonomy id, or "outlet:<name>"
    topic: str
    stance: Stance
    speaker: str | None = None  # the person or body who said it, when named
    reported_by: str | None = None  # actor id when the claim is second-hand ("Trump said Putin accepts...")
    cue: str = ""  # the words that carry the stance
    confidence: Confidence = "stated"
    stated: str | None = None  # when the sentence dates the statement: "2025-08-18", "2025-04", "2024"; else None


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who said it."""

    sentence: int
    text: str
    speaker: str | None
    actor: str | None
    speaker_is_person: bool = False  # a person the article names, not a title, a body or an outlet


@dataclass(frozen=True)
class Figure:
    """A number about a known quantity, as a range (low == high for an exact value)."""

    sentence: int
    quantity: str  # e.g. "force-size", "countries-committed"
    low: float | None
    high: float | None
    text: str  # the words as written: "10,000 to 30,000"
    source: str | None = None  # the actor whose plan or estimate it is; None when the text names none


@dataclass(frozen=True)
class Source:
    """The indexed article a sentence comes from, as answers cite it."""

    article_id: int
    source: str  # the file it was added from
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None  # ISO 8601, None when the article gives no date
    url: str | None


@dataclass(frozen=True)
class AlertSide:
    """One side of an alert: the article and its sentence, and the claim (stance...) or the figure it rests on."""

    article_id: int
    source: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    sentence: str | None
    stance: str | None = None  # the claim's, for a stance alert
    speaker: str | None = None
    reported_by: str | None = None
    confidence: str | None = None
    cue: str | None = None
    stated: str | None = None  # when the claim was said: its sentence's date, else the publication's day
    stated_from: str | None = None  # "text" or "published"
    figure: str | None = None  # the words of the figure, for a figure conflict
    low: float | None = None
    high: float | None = None
    sources: int | None = None  # independent stories on this side (copies of one story count once)
    quotation: str | None = None  # the words credited to `speaker`, for an attribution alert

    @property
    def text_date(self) -> str | None:
        """The statement's date when its sentence gives one (not the publication's)."""
        return self.stated if self.stated_from == "text" else None

    def as_json(self, kind: str) -> dict:
        """The side in `alerts --json`: the claim's columns, the figure's, or the quotation's."""
        own = _OWN_COLUMNS.get(kind, ("stance", "speaker", "reported_by", "confidence", "cue", "stated", "stated_from"))
        return {name: getattr(self, name) for name in (*_SIDE, *own)}


_SIDE = ("article_id", "source", "title", "outlet", "published", "url", "sentence", "sources")
_OWN_COLUMNS = {"figure": ("figure", "low", "high"), "attribution": ("speaker", "quotation")}
OUTBOX_FIELDS = (  # an alert's delivery and the desk's verdict, as `alerts --json` lists them
    "agree_new",
    "agree_old",
    "pair_key",
    "attempts",
    "next_attempt_at",
    "last_error",
    "channel",
    "message_ts",
    "decided_by",
    "decided_at",
    "created_at",
    "sent_at",
)


@dataclass(frozen=True)
class Alert:
    """An alert as the desk sees it: what changed, both sides, where it is in the outbox and what the desk decided.

    `status` is "possible" for a pending alert whose claims were not both stated by the actor (never posted),
    and "muted" for one raised while its actor or topic was muted (listed, never posted).
    """

    id: int
    kind: str  # contradiction, shift, borderline, figure or attribution
    timing: str  # reversal, earlier-report-differs or conflicting-reports, from the statements' and articles' dates
    status: str
    new: AlertSide
    old: AlertSide
    actor: str | None = None  # a stance alert's (an attribution's: the new speaker's); a figure's has a quantity
    topic: str | None = None
    quantity: str | None = None
    agree_new: int = 0  # other reports agreeing with each side
    agree_old: int = 0
    pair_key: str = ""
    attempts: int = 0
    next_attempt_at: str | None = None
    last_error: str | None = None
    channel: str | None = None
    message_ts: str | None = None
    decided_by: str | None = None
    decided_at: str | None = None
    created_at: str = ""
    sent_at: str | None = None

    @property
    def is_figure(self) -> bool:
        return self.kind == "figure"

    @property
    def is_attribution(self) -> bool:
        return self.kind == "attribution"

    def as_json(self) -> dict:
        """The shape of `alerts --json`: a figure conflict carries its quantity in place of actor and topic, an
        attribution alert the quotation and its two speakers (the new article's first)."""
        subject: dict[str, object] = {"actor": self.actor, "topic": self.topic}
        if self.is_figure:
            subject = {"quantity": self.quantity}
        elif self.is_attribution:
            subject = {"quotation": self.new.quotation, "speakers": [self.new.speaker, self.old.speaker]}
        return {
            "id": self.id,
            "kind": self.kind,
            "timing": self.timing,
            **subject,
            "status": self.status,
            "new": self.new.as_json(self.kind),
            "old": self.old.as_json(self.kind),
            **{name: getattr(self, name) for name in OUTBOX_FIELDS},
        }


@dataclass(frozen=True)
class Mute:
    """An actor or topic whose alerts the desk keeps out of the channel: recorded and listed, never posted."""

    kind: str  # "actor" or "topic"
    name: str  # the actor's or topic's id
    muted_by: str
    muted_at: str
    until: str | None = None  # when it ends (bot.clock's form); None: until unmuted


@dataclass(frozen=True)
class Analysis:
    """Everything the analysis found in one article."""

    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
