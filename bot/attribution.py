"""When the same quotation is credited to two different people (issue 14): pure rules on values.

Two quotations are the same when one, at least MIN_WORDS words long, is found almost word for word
inside the other. Two speakers are the same person when their surnames match up to spelling (accents,
transliteration: Zelensky / Volodymyr Zelenskyy) and their first names, where both give one, agree.
They are clearly different only when the surnames are far apart, or the same surname has two plainly
different first names; anything in between raises nothing. Precision first: only people the articles
name can be told apart, so a title, a body or an outlet as speaker never raises.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.contradictions import Conflict, pair_key, published_at, timing
from bot.quote_matching import comparable, words_of

MIN_WORDS = 8  # a shorter quotation ("we will not accept this") is too common to credit to one person
SAME_QUOTATION = 90  # rapidfuzz score (0-100) of the shorter quotation aligned inside the longer
SAME_SURNAME = 85  # surnames this alike are one name spelt two ways ("zelensky" / "zelenskyy")
OTHER_SURNAME = 60  # surnames less alike than this are two people's; in between, no one can tell
OTHER_FIRST_NAME = 50  # the same surname with first names less alike than this (and another initial) is two people
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof", "president", "minister"})


@dataclass(frozen=True)
class Quotation:
    """A stored quotation of a person the article names, with what ranking and naming need."""

    quote_id: int
    article_id: int
    story_id: int  # the story the article tells; copies of one story are one report
    article_key: str  # content hash: it survives an article being removed and added again
    text: str
    speaker: str
    published: str | None


@dataclass(frozen=True)
class SpeakerName:
    """A speaker's name as compared: first names and surname, lower case, without accents or honorifics."""

    first: tuple[str, ...]
    surname: str


def person_of(name: str | None) -> SpeakerName | None:
    """The name as a SpeakerName, or None when there is no name to compare."""
    words = [w for w in words_of(name or "") if w not in HONORIFICS]
    if not words or not words[-1].isalpha():
        return None
    return SpeakerName(tuple(words[:-1]), words[-1])


def same_person(a: SpeakerName, b: SpeakerName) -> bool:
    """One person under two spellings: alike surnames, and first names that agree where both are given."""
    if fuzz.ratio(a.surname, b.surname) < SAME_SURNAME:
        return False
    return not (a.first and b.first) or _first_names_agree(a.first[0], b.first[0])


def clearly_different(a: SpeakerName, b: SpeakerName) -> bool:
    """Two people beyond doubt: far-apart surnames, or one surname with two plainly different first names."""
    surnames = fuzz.ratio(a.surname, b.surname)
    if surnames < OTHER_SURNAME:
        return True
    if surnames < SAME_SURNAME or not (a.first and b.first):
        return False
    first_a, first_b = a.first[0], b.first[0]
    return first_a[0] != first_b[0] and fuzz.ratio(first_a, first_b) < OTHER_FIRST_NAME


def same_quotation(a: str, b: str) -> bool:
    """Whether two quotations, made `comparable` and each of at least MIN_WORDS words, are one: the shorter almost
    verbatim in the longer."""
    shorter, longer = sorted((a, b), key=len)
    if len(shorter.split()) < MIN_WORDS:
        return False
    return fuzz.partial_ratio(shorter, longer, score_cutoff=SAME_QUOTATION) >= SAME_QUOTATION


def quotable(text: str) -> bool:
    """Long enough to be checked: at least MIN_WORDS words."""
    return len(words_of(text)) >= MIN_WORDS


def attribution_subject(a: SpeakerName, b: SpeakerName) -> str:
    """Names the pair of people whichever was credited first, so that a dismissal holds both ways."""
    first, second = sorted((a.surname, b.surname))
    return f"quote|{first}|{second}"


def find_misattribution(
    new: Quotation, earlier: Sequence[Quotation], *, dismissed: Collection[str] = ()
) -> tuple[Conflict, str] | None:
    """The alert a new quotation raises, and its subject: when the earliest other report of the same quotation
    credits it to a clearly different person. A report crediting the same person, or a doubtful name, raises
    nothing; nor does another copy of the new article's own story."""
    speaker = person_of(new.speaker)
    if speaker is None:
        return None
    wanted = comparable(new.text)
    reports = [
        (o, person)
        for o in earlier
        if o.story_id != new.story_id
        and (person := person_of(o.speaker)) is not None
        and same_quotation(wanted, comparable(o.text))
    ]
    if not reports:
        return None
    first, person = min(reports, key=lambda report: _earliest(report[0]))
    if not clearly_different(speaker, person):
        return None
    subject = attribution_subject(speaker, person)
    key = pair_key(subject, new.article_key, first.article_key)
    if key in dismissed:
        return None
    conflict = Conflict(
        kind="attribution",
        timing=timing(new.published, first.published),
        new_id=new.quote_id,
        old_id=first.quote_id,
        old_article_id=first.article_id,
        agree_new=_stories(reports, speaker, besides=first.story_id),
        agree_old=_stories(reports, person, besides=first.story_id),
        pair_key=key,
    )
    return conflict, subject


def _first_names_agree(a: str, b: str) -> bool:
    return a[0] == b[0] and (len(a) == 1 or len(b) == 1 or fuzz.ratio(a, b) >= OTHER_FIRST_NAME)


def _earliest(quotation: Quotation) -> tuple[bool, float, int]:
    """Dated before undated, then the earlier publication, then the first indexed."""
    moment = published_at(quotation.published)
    return (moment is None, moment.timestamp() if moment else 0.0, quotation.article_id)


def _stories(reports: Sequence[tuple[Quotation, SpeakerName]], person: SpeakerName, *, besides: int) -> int:
    """Other stories (not the cited one) crediting the quotation to `person`."""
    return len({o.story_id for o, p in reports if o.story_id != besides and same_person(p, person)})
