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


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who said it."""

    sentence: int
    text: str
    speaker: str | None
    actor: str | None


@dataclass(frozen=True)
class Figure:
    """A number about a known quantity, as a range (low == high for an exact value)."""

    sentence: int
    quantity: str  # e.g. "force-size", "countries-committed"
    low: float | None
    high: float | None
    text: str  # the words as written: "10,000 to 30,000"


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
class Analysis:
    """Everything the analysis found in one article."""

    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
