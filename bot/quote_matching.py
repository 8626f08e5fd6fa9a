"""Typo-tolerant quote search, the pure part: the words of a question, their corrections, and the ranking.

The full-text index finds candidates; nothing here touches it. `plan_terms` turns a half-remembered,
misspelt phrase into the index's own words (rarest first), and `rank_quotes` orders what the index
returned by how much each sentence looks like the phrase.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

# Word characters minus "_": the same split as FTS5's unicode61 tokenizer (letters and digits).
_WORD = re.compile(r"[^\W_]+")

# Reporters type numbers as words and articles print digits ("twenty or thirty" / "20 or 30").
NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "twelve": "12",
    "fifteen": "15",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "hundred": "100",
    "thousand": "1000",
}
_DIGITS_TO_WORDS = {digits: word for word, digits in NUMBER_WORDS.items()}
_NUMBER = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b")
_SPACES = re.compile(r"\s{2,}")

MAX_QUERY_WORDS = 32  # a pasted paragraph is searched by its first words, not refused
MAX_CORRECTIONS = 3  # index terms tried in place of one unknown word
RARE = 2  # a word in this few sentences is searched with its near spellings too


def words_of(text: str) -> list[str]:
    """Lower-case words without diacritics, split as the full-text index splits them."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return _WORD.findall("".join(c for c in decomposed if not unicodedata.combining(c)))


class Vocabulary:
    """The index's terms and how many sentences hold each, bucketed by length for quick fuzzy look-up."""

    def __init__(self, terms: Iterable[tuple[str, int]] = ()) -> None:
        self.docs: dict[str, int] = {}
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for term, docs in terms:
            self.add(term, docs)

    def __len__(self) -> int:
        return len(self.docs)

    def add(self, term: str, docs: int = 1) -> None:
        """Count `docs` more sentences holding `term` (new sentences arrive after the vocabulary was read)."""
        if term not in self.docs:
            self._by_length[len(term)].append(term)
            self.docs[term] = 0
        self.docs[term] += docs

    def corrections(self, word: str) -> list[str]:
        """The terms to search for `word`: itself when the index has it, and the closest spellings it has when it
        has not, or holds it so rarely that it may be someone else's typo."""
        known = [word] if word in self.docs else []
        if self.docs.get(word, 0) > RARE or len(word) < 4 or word.isdigit():  # "war" is not "was"
            return known
        slack = 1 if len(word) < 7 else 2  # letters a typo may add or drop
        found = [
            (term, score)
            for length in range(len(word) - slack, len(word) + slack + 1)
            for term, score, _ in process.extract(
                word, self._by_length.get(length, ()), scorer=fuzz.ratio, score_cutoff=80, limit=MAX_CORRECTIONS
            )
        ]
        # The closest spelling first; among equals, the one more sentences use.
        found.sort(key=lambda match: (-match[1], -self.docs[match[0]]))
        return list(dict.fromkeys(known + [term for term, _ in found[:MAX_CORRECTIONS]]))


@dataclass(frozen=True)
class TermGroup:
    """One word of the question and the index terms that stand for it."""

    word: str
    terms: tuple[str, ...]
    docs: int  # sentences holding any of the terms (an upper bound: a sentence may hold two)


def plan_terms(query: str, vocabulary: Vocabulary) -> list[TermGroup]:
    """The question's words as index terms, rarest first; words the index cannot match are left out."""
    groups: dict[str, TermGroup] = {}
    for word in words_of(query)[:MAX_QUERY_WORDS]:
        if word in groups:
            continue
        number = NUMBER_WORDS.get(word) or _DIGITS_TO_WORDS.get(word)  # "twenty" and "20", as printed
        same = [number] if number in vocabulary.docs else []
        terms = tuple(dict.fromkeys([*vocabulary.corrections(word), *same]))
        if terms:
            groups[word] = TermGroup(word, terms, sum(vocabulary.docs[t] for t in terms))
    return sorted(groups.values(), key=lambda group: group.docs)


@dataclass(frozen=True)
class Candidate:
    """A sentence the index offered for a search."""

    sentence_id: int
    article_id: int
    text: str
    published: str | None  # of its article, for ordering equal scores


@dataclass(frozen=True)
class ScoredCandidate:
    """A candidate with its score (0-100, higher is closer)."""

    candidate: Candidate
    score: float


def comparable(text: str) -> str:
    """Text as the ranking compares it: lower case, no punctuation, single spaces, numbers as digits."""
    return _NUMBER.sub(lambda m: NUMBER_WORDS[m.group()], _SPACES.sub(" ", utils.default_process(text)))


def similarity(query: str, sentence: str) -> float:
    """How much `sentence` looks like the half-remembered `query`, both already `comparable`.

    The phrase aligned inside the sentence (order and spelling count) weighs most; the share of the
    query's words the sentence holds (order does not count) backs it up. A sentence shorter than the
    query is compared whole, so that a three-word line cannot match inside a long question.
    """
    aligned = fuzz.partial_ratio(query, sentence) if len(sentence) >= len(query) else fuzz.ratio(query, sentence)
    return 0.6 * aligned + 0.4 * fuzz.token_set_ratio(query, sentence)


def rank_quotes(query: str, candidates: Sequence[Candidate], *, limit: int = 5) -> list[ScoredCandidate]:
    """Candidates most like `query`, best first; equal scores keep the newer article first (undated last)."""
    wanted = comparable(query)
    if not wanted:
        return []
    scored = [ScoredCandidate(c, round(similarity(wanted, comparable(c.text)), 1)) for c in candidates]
    scored.sort(key=lambda h: h.candidate.sentence_id)
    scored.sort(key=lambda h: (h.candidate.published or "", h.candidate.article_id), reverse=True)
    scored.sort(key=lambda h: h.score, reverse=True)
    return scored[:limit]
