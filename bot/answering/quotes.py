"""quote WORDS: the sentences most like a half-remembered or misspelt phrase, with speaker and source."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from bot.answering.values import QuoteAnswer, QuoteResult
from bot.lexicon import Lexicon
from bot.questions.reading import Question
from bot.quote_matching import ScoredCandidate, comparable, rank_quotes, similarity
from bot.store import Store
from bot.store.articles import count_articles
from bot.store.search import FoundSentence, QuotationRow, describe_sentences, find_candidates, plan_search

RESULTS = 5
KEEP_SHARE = 0.6  # results scoring under this share of the best are noise, not shown
QUOTE_WINDOW = 5  # sentences back where a quotation running into a found sentence may have started
SAME_WORDS = 90  # partial_ratio from which a quotation and a sentence share their words


def answer_quote(store: Store, question: Question, lexicon: Lexicon) -> QuoteAnswer:
    """Candidates from the full-text index (typos corrected against its vocabulary), ranked by likeness."""
    ranked = rank_quotes(question.words, find_candidates(store, plan_search(store, question.words)), limit=RESULTS)
    ranked = [found for found in ranked if found.score >= KEEP_SHARE * ranked[0].score]
    details = describe_sentences(store, [found.candidate.sentence_id for found in ranked], window=QUOTE_WINDOW)
    results = tuple(_result(question.words, found, details[found.candidate.sentence_id]) for found in ranked)
    return QuoteAnswer(question, question.words, results, count_articles(store))


def _result(words: str, found: ScoredCandidate, detail: FoundSentence) -> QuoteResult:
    quotation = _quotation(words, found.candidate.sentence_id, found.candidate.text, detail.quotes)
    speaker = quotation.speaker if quotation and quotation.speaker else detail.claim_speaker
    return QuoteResult(
        text=found.candidate.text,
        score=found.score,
        source=detail.source,
        speaker=speaker,
        quotation=quotation.text if quotation else None,
    )


def _quotation(words: str, sentence_id: int, text: str, quotes: Sequence[QuotationRow]) -> QuotationRow | None:
    """The quotation a found sentence holds: one that starts in it, or one that started earlier and runs into it.

    Of several, the one most like the words searched.
    """
    sentence = comparable(text)
    held = [q for q in quotes if q.sentence_id == sentence_id] or [
        q for q in quotes if fuzz.partial_ratio(comparable(q.text), sentence) >= SAME_WORDS
    ]
    wanted = comparable(words)
    return max(held, key=lambda q: similarity(wanted, comparable(q.text)), default=None)
