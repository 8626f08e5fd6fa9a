"""Quote search: misspelt, half-remembered phrases find their sentence through the index, never a scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.quote_matching import Candidate, Vocabulary, plan_terms, rank_quotes, words_of
from bot.store import open_store
from bot.store.search import CANDIDATES, find_candidates, plan_search
from tests.newsroom import DESK, Story, store_stories


def test_words_are_split_as_the_full_text_index_splits_them() -> None:
    assert words_of("We’ll see: pre-decisional, Zelenskyy's café!") == [
        "we",
        "ll",
        "see",
        "pre",
        "decisional",
        "zelenskyy",
        "s",
        "cafe",
    ]


def test_a_misspelt_word_is_corrected_to_the_spelling_the_index_holds() -> None:
    vocabulary = Vocabulary([("unacceptable", 3), ("acceptable", 9), ("absolutely", 2)])
    assert vocabulary.corrections("unaceptable")[0] == "unacceptable"
    assert vocabulary.corrections("absolutly") == ["absolutely"]


def test_a_word_the_index_holds_is_searched_as_it_is() -> None:
    assert Vocabulary([("backup", 9), ("backups", 40)]).corrections("backup") == ["backup"]


def test_a_word_the_index_holds_only_once_may_be_a_typo_and_brings_its_near_spellings() -> None:
    assert Vocabulary([("veseluopil", 1), ("veseliopil", 30)]).corrections("veseluopil") == ["veseluopil", "veseliopil"]


def test_short_or_far_off_unknown_words_are_not_guessed() -> None:
    vocabulary = Vocabulary([("was", 100), ("muscle", 2)])
    assert vocabulary.corrections("war") == []
    assert vocabulary.corrections("bulk") == []


def test_number_words_also_search_for_digits() -> None:
    groups = plan_terms("could last twenty years", Vocabulary([("20", 4), ("last", 50), ("years", 60), ("could", 90)]))
    assert [g.terms for g in groups] == [("20",), ("last",), ("years",), ("could",)]


def test_the_rarest_words_come_first_and_unmatched_ones_are_left_out() -> None:
    vocabulary = Vocabulary([("europe", 500), ("needs", 40), ("muscle", 2), ("now", 300)])
    assert [g.word for g in plan_terms("Europe needs to bulk up now", vocabulary)] == ["needs", "now", "europe"]


def _candidate(sentence_id: int, text: str, published: str | None = None, article_id: int = 1) -> Candidate:
    return Candidate(sentence_id, article_id, text, published)


def test_the_sentence_holding_the_phrase_ranks_first_despite_typos() -> None:
    candidates = [
        _candidate(1, "Russia has flatly rejected the idea, calling it unacceptable."),
        _candidate(2, "The top diplomat said an intervention of any sort was “absolutely unacceptable.”"),
        _candidate(3, "Absolutely nobody expected the talks to last."),
    ]
    hits = rank_quotes("absolutly unaceptable", candidates, limit=3)
    assert hits[0].candidate.sentence_id == 2
    assert hits[0].score > hits[1].score


def test_equal_scores_keep_the_newer_article_first_and_undated_last() -> None:
    text = "French and British officials have ruled out a tripwire force."
    candidates = [
        _candidate(1, text, None, article_id=1),
        _candidate(2, text, "2025-02-20T21:18:00", article_id=2),
        _candidate(3, text, "2025-09-18T07:01:00", article_id=3),
    ]
    assert [h.candidate.sentence_id for h in rank_quotes("tripwire force", candidates)] == [3, 2, 1]


def test_a_short_line_cannot_match_inside_a_long_question() -> None:
    candidates = [_candidate(1, "Divisions within NATO"), _candidate(2, "The plan is divisive within NATO and the EU.")]
    hits = rank_quotes("the plan is far from universally accepted within NATO", candidates)
    assert hits[0].candidate.sentence_id == 2


def test_a_query_without_words_ranks_nothing() -> None:
    assert rank_quotes('"*-(', [_candidate(1, "Anything at all.")]) == []


@pytest.fixture
def desk_db(tmp_path: Path) -> Path:
    db = tmp_path / "desk.db"
    store_stories(db, DESK)
    return db


def test_misspelt_words_are_corrected_against_the_index_vocabulary(desk_db: Path) -> None:
    with open_store(desk_db) as store:
        groups = plan_search(store, "absolutly unaceptable")
    assert sorted(t for g in groups for t in g.terms) == ["absolutely", "unacceptable"]


def test_the_vocabulary_learns_the_words_of_articles_added_later(desk_db: Path) -> None:
    with open_store(desk_db) as store:
        assert plan_search(store, "reassurence") == []
    store_stories(desk_db, [Story("late.txt", ["Leaders discussed a smaller reassurance force on Monday."])])
    with open_store(desk_db) as store:
        assert [g.terms for g in plan_search(store, "reassurence")] == [("reassurance",)]


def test_candidates_come_from_the_index_holding_the_words(tmp_path: Path) -> None:
    db = tmp_path / "big.db"
    filler = [f"Officials met in city number {i} to talk about grain exports and weather." for i in range(300)]
    store_stories(db, [Story("filler.txt", filler), *DESK])
    with open_store(db) as store:
        candidates = find_candidates(store, plan_search(store, "standpoint of backup"))
    assert any("standpoint of backup" in c.text for c in candidates)
    assert all({"standpoint", "of", "backup"} & set(words_of(c.text)) for c in candidates)
    assert not any("grain exports" in c.text for c in candidates)


def test_a_search_widens_when_no_sentence_holds_all_the_rare_words(desk_db: Path) -> None:
    with open_store(desk_db) as store:
        candidates = find_candidates(store, plan_search(store, "we will be involved as backup"))
    assert any("standpoint of backup" in c.text for c in candidates)


def test_a_question_of_common_words_only_finds_the_newest_sentences_holding_them_all(tmp_path: Path) -> None:
    db = tmp_path / "common.db"
    routine = [f"The talks went on in the capital for day {i}." for i in range(1_200)]
    store_stories(db, [Story("routine.txt", routine), Story("other.txt", ["Talks resumed, the envoy said."])])
    with open_store(db) as store:
        candidates = find_candidates(store, plan_search(store, "the talks went on"))
    assert 0 < len(candidates) <= CANDIDATES
    assert all({"the", "talks", "went", "on"} <= set(words_of(c.text)) for c in candidates)
    assert candidates[0].text == "The talks went on in the capital for day 1199."


def test_a_number_is_never_corrected_into_a_word_that_looks_like_its_spelling() -> None:
    vocabulary = Vocabulary([("7", 40), ("steven", 3), ("votes", 9)])
    assert [g.terms for g in plan_terms("7 votes", vocabulary)] == [("votes",), ("7",)]
