"""Which time phrase dates a claim's statement, read from the real parse of sentences written for each case."""

from __future__ import annotations

from bot.analysis import analyze
from tests.analysis_helpers import article, load_shipped_lexicon

THURSDAY = "2025-09-18T10:00:00"


def stated(sentence: str, published: str | None = THURSDAY) -> set[tuple[str, str | None]]:
    """(actor, statement date) of each claim the sentence makes."""
    claims = analyze(article([sentence], published=published), load_shipped_lexicon()).claims
    assert claims, "the sentence should make a claim"
    return {(c.actor, c.stated) for c in claims}


def test_a_phrase_heading_the_sentence_dates_the_warning_after_it() -> None:
    found = stated(
        "Back in April, the Russian defence minister warned that NATO troops in Ukraine would be legitimate targets."
    )
    assert found == {("russia", "2025-04")}


def test_a_day_on_the_speech_verb_dates_what_was_said() -> None:
    assert stated("On August 18, Lavrov said Russia rejects any deployment of Western troops in Ukraine.") == {
        ("russia", "2025-08-18")
    }


def test_a_weekday_on_the_cue_verb_itself_dates_the_claim() -> None:
    assert stated("Poland on Monday ruled out sending troops to Ukraine.") == {("poland", "2025-09-15")}


def test_a_year_inside_what_was_said_is_the_plan_not_the_statement() -> None:
    assert stated("Poland said on Monday it would send troops to Ukraine in 2026.") == {("poland", "2025-09-15")}


def test_a_month_on_a_future_verb_dates_nothing() -> None:
    assert stated("Poland said it would send troops to Ukraine in April.") == {("poland", None)}


def test_a_day_on_a_passive_still_to_come_dates_nothing() -> None:
    assert stated("Polish troops will be sent to Ukraine on Monday, Warsaw said.") == {("poland", None)}


def test_a_date_naming_an_event_dates_the_event_not_the_statement() -> None:
    assert stated("At the 10 September summit, Poland backed the reassurance force.") == {("poland", None)}


def test_a_date_in_a_prepositional_phrase_of_the_speech_verb_counts() -> None:
    found = stated("Macron said in an interview on Tuesday evening that France is ready to send troops to Ukraine.")
    assert found == {("france", "2025-09-16")}


def test_a_relative_clause_keeps_its_own_date_not_the_sentence_s() -> None:
    found = stated("Germany, which on Monday ruled out sending troops, has backed the reassurance force.")
    assert found == {("germany", "2025-09-15"), ("germany", None)}


def test_a_phrase_after_the_reported_clause_dates_the_closing_speech_verb() -> None:
    found = stated("Russia rejected the deployment of NATO troops in Ukraine, Lavrov said last week.")
    assert found == {("russia", "2025-09")}


def test_a_date_after_publication_is_never_a_statement_date() -> None:
    assert stated("Poland on Sept. 20 ruled out sending troops to Ukraine.") == {("poland", "2024-09-20")}
    assert stated("On March 3, 2026, Poland ruled out sending troops to Ukraine.") == {("poland", None)}


def test_an_undated_article_keeps_only_dates_that_name_their_year() -> None:
    assert stated("On March 3, 2025, Poland ruled out sending troops to Ukraine.", None) == {("poland", "2025-03-03")}
    assert stated("Poland on Monday ruled out sending troops to Ukraine.", None) == {("poland", None)}


def test_at_the_turn_of_the_year_a_month_and_a_weekday_reach_back_into_the_old_year() -> None:
    rejects = "Lavrov said Russia rejects any deployment of Western troops in Ukraine."
    assert stated(f"In December, {rejects}", "2026-01-02") == {("russia", "2025-12")}
    assert stated(f"On Tuesday, {rejects}", "2026-01-02") == {("russia", "2025-12-30")}
    assert stated(f"Back in 2024, {rejects}") == {("russia", "2024")}


def test_a_quotation_going_on_in_the_next_sentence_keeps_the_date_it_was_said() -> None:
    sentences = [
        '"There must be an American backstop," the British prime minister said in February.',
        '"A US guarantee is the only way to deter Russia."',
        '"We will send troops," Macron said.',
        '"They will be ready within weeks."',
    ]
    claims = analyze(article(sentences, published=THURSDAY, paragraphs=[0, 0, 1, 1]), load_shipped_lexicon()).claims
    assert {(c.sentence, c.actor, c.stated) for c in claims} >= {
        (0, "united-kingdom", "2025-02"),
        (1, "united-kingdom", "2025-02"),
        (2, "france", None),
    }
    assert all(c.stated is None for c in claims if c.actor == "france")
