"""Sentences keep abbreviations, initials and quotations whole, and end where a reader would end them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import DATA_DIR
from bot.parsing import parse_article
from bot.parsing.sentences import MAX_SENTENCE_CHARS, split_paragraph, split_sentences


def split(text: str) -> list[str]:
    return list(split_paragraph(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Zelenskyy gave a press conference in Kyiv on Feb. 19, 2025, after the talks.",
        "U.S. forces would stay in Poland, officials said.",
        "Gen. Smith briefed the committee on the plan.",
        "Vice President J. D. Vance met the delegation in Munich.",
        "Mr. Starmer and Dr. Grand spoke at No. 10 on Monday.",
        "The talks moved to St. Petersburg, where Mrs. Lee joined them.",
        "Officials from the U.K. Foreign Office attended the meeting.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(sentence: str) -> None:
    assert split(f"{sentence} The next sentence starts here.") == [sentence, "The next sentence starts here."]


def test_a_sentence_ending_in_us_before_a_new_sentence_is_split() -> None:
    assert split("Europe cannot do this without the U.S. The plan needs air cover.") == [
        "Europe cannot do this without the U.S.",
        "The plan needs air cover.",
    ]


def test_a_one_word_no_before_a_name_is_a_sentence_of_its_own() -> None:
    # "No." is the abbreviation of "number" only before a number ("No. 10")
    assert split("Will Germany send troops? No. Berlin has ruled it out. It spoke at No. 10 today.") == [
        "Will Germany send troops?",
        "No.",
        "Berlin has ruled it out.",
        "It spoke at No. 10 today.",
    ]


def test_a_quotation_spanning_several_sentences_stays_one_sentence() -> None:
    text = (
        "“Russia is preparing for a long war,” she told the Associated Press (AP). “Does anyone believe this is "
        "only aimed at Ukraine? Europe needs to muscle up now.”"
    )
    assert split(text) == [
        "“Russia is preparing for a long war,” she told the Associated Press (AP).",
        "“Does anyone believe this is only aimed at Ukraine? Europe needs to muscle up now.”",
    ]


def test_a_quotation_stays_with_the_words_naming_its_speaker() -> None:
    text = "“We’ll be involved from the standpoint of backup. We’re going to help them,” Trump stated. He left."
    assert split(text) == [
        "“We’ll be involved from the standpoint of backup. We’re going to help them,” Trump stated.",
        "He left.",
    ]


def test_a_sentence_ends_after_a_closing_quote() -> None:
    text = "Their presence in Ukraine would be “unacceptable.” With 600,000 troops in place, peace is fragile."
    assert split(text) == [
        "Their presence in Ukraine would be “unacceptable.”",
        "With 600,000 troops in place, peace is fragile.",
    ]


def test_straight_quotes_are_respected_too() -> None:
    text = 'He said: "It is premature. We will see." The talks resumed.'
    assert split(text) == ['He said: "It is premature. We will see."', "The talks resumed."]


def test_an_unclosed_quotation_mark_does_not_swallow_the_paragraph() -> None:
    text = "The minister called it “premature. The talks resumed on Monday. Poland said no."
    assert split(text) == ["The minister called it “premature.", "The talks resumed on Monday.", "Poland said no."]


def test_questions_and_exclamations_end_sentences() -> None:
    assert split("Will Europe act? It must! The clock is ticking.") == [
        "Will Europe act?",
        "It must!",
        "The clock is ticking.",
    ]


def test_a_lower_case_word_after_a_full_stop_continues_the_sentence() -> None:
    assert split("Troops from e.g. the Baltic states may join.") == ["Troops from e.g. the Baltic states may join."]


def test_an_endless_run_without_punctuation_is_cut_into_readable_pieces() -> None:
    pieces = split("word " * 2000)
    assert all(len(piece) <= MAX_SENTENCE_CHARS for piece in pieces)
    assert " ".join(pieces).split() == ["word"] * 2000


def test_sentences_are_numbered_across_the_article_and_by_paragraph() -> None:
    sentences = split_sentences(["One sentence here. Two sentences here.", "A third one here."])
    assert [(s.position, s.paragraph) for s in sentences] == [(0, 0), (1, 0), (2, 1)]


def test_headline_like_lines_do_not_glue_onto_the_next_sentence() -> None:
    text = (
        "Poland has been a key logistical hub for military aid to Ukraine since 2022.\n"
        "Divisions within NATO\n"
        "The plan is far from universally accepted within NATO.\n"
        "Limited deployment, high stakes\n"
        "The plan envisions fewer than 30,000 European troops.\n"
    )
    sentences = [s.text for s in parse_article(text.encode(), "headers.txt", lists=DATA_DIR).sentences]
    assert sentences == [
        "Poland has been a key logistical hub for military aid to Ukraine since 2022.",
        "The plan is far from universally accepted within NATO.",
        "The plan envisions fewer than 30,000 European troops.",
    ]


WORDS = st.sampled_from(["Europe", "U.S.", "Feb.", "19,", "troops.", "“Yes.", "no.”", "Gen.", "J.", "why?", "and"])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40))
def test_splitting_never_loses_or_reorders_words(words: list[str]) -> None:
    paragraph = " ".join(words)
    assert " ".join(split(paragraph)).split() == paragraph.split()


def test_a_hard_wrapped_text_reads_as_whole_sentences() -> None:
    wrapped = (
        "Polish Prime Minister Donald Tusk, whose country has been a key\n"
        "logistical hub for Ukrainian military aid, ruled out sending troops.\n"
        "U.S. Defense Secretary Pete Hegseth has ruled out American ground forces\n"
        "but left the door open for logistical and air support.\n"
        "Divisions within NATO\n"
        "German Chancellor Olaf Scholz dismissed discussions of a European-led\n"
        "force as “premature” and reiterated that NATO must remain the bedrock of\n"
        "European security.\n"
    )
    sentences = [s.text for s in parse_article(wrapped.encode(), "wrapped.txt", lists=DATA_DIR).sentences]
    assert sentences == [
        "Polish Prime Minister Donald Tusk, whose country has been a key logistical hub for Ukrainian military aid, "
        "ruled out sending troops.",
        "U.S. Defense Secretary Pete Hegseth has ruled out American ground forces but left the door open for "
        "logistical and air support.",
        "German Chancellor Olaf Scholz dismissed discussions of a European-led force as “premature” and reiterated "
        "that NATO must remain the bedrock of European security.",
    ]


def test_a_short_line_ends_a_wrapped_paragraph_even_without_its_full_stop() -> None:
    wrapped = (
        "German Chancellor Olaf Scholz dismissed discussions of a European-led\n"
        "force as “premature” and reiterated that NATO must remain the bedrock of\n"
        "European security\n"
        "Moscow’s hardline stance\n"
        "Russia has flatly rejected the idea of European troops in Ukraine, and\n"
        "Foreign Minister Sergei Lavrov warned that their presence would be\n"
        "“unacceptable” under any flag, even one that was not NATO’s own banner.\n"
    )
    sentences = [s.text for s in parse_article(wrapped.encode(), "wrapped.txt", lists=DATA_DIR).sentences]
    assert not any("hardline stance" in s for s in sentences)
    assert sentences[-1].startswith("Russia has flatly rejected the idea")


def test_a_link_to_another_story_glued_to_the_last_sentence_is_dropped() -> None:
    paragraph = "Berlin has said nothing on the backstop.Read also: Norway ready to send troops, says its minister"
    assert list(split_paragraph(paragraph)) == ["Berlin has said nothing on the backstop."]
    assert list(split_paragraph("Oslo was silent. See more: Denmark offers troops")) == ["Oslo was silent."]
    assert list(split_paragraph("Ministers read also the draft. It was long.")) == [
        "Ministers read also the draft.",
        "It was long.",
    ]
