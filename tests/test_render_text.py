"""Terminal text and `ask --json`: every answer readable at a prompt, and in the shapes the evaluation reads."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot.answering import answer_question
from bot.questions.subcommands import COMMANDS
from bot.render.json import answer_json
from bot.render.text import answer_text
from bot.store import open_store
from tests.newsroom import DESK, LEXICON, store_stories

QUESTIONS = [spec.example for spec in COMMANDS if not spec.admin] + ["actor", "topic", "alerts", "quote zzyzx"]


@pytest.fixture
def desk_db(tmp_path: Path) -> Path:
    db = tmp_path / "desk.db"
    store_stories(db, DESK)
    return db


def answered(db: Path, text: str):  # type: ignore[no-untyped-def]
    with open_store(db) as store:
        return answer_question(store, text, LEXICON)


@pytest.mark.parametrize("text", QUESTIONS)
def test_every_answer_renders_as_text_and_as_json(desk_db: Path, text: str) -> None:
    answer = answered(desk_db, text)
    assert answer_text(answer).strip()
    shaped = json.loads(json.dumps(answer_json(answer)))
    assert shaped["command"] == answer.question.command and shaped["question"] == text


def test_who_supports_json_has_every_stance_with_actors_and_sourced_quotes(desk_db: Path) -> None:
    shaped = answer_json(answered(desk_db, "who-supports us backstop"))
    assert shaped["command"] == "who-supports" and shaped["topic"] == "us-backstop"
    assert set(shaped["groups"]) == {"supports", "opposes", "conditional", "noncommittal"}
    [supporter] = shaped["groups"]["supports"]
    assert supporter["actor"] == "united-states" and supporter["shifted"]
    quote = supporter["quotes"][0]
    assert {"text", "source", "outlet", "published", "url"} <= set(quote)
    assert (quote["source"], quote["outlet"], quote["published"]) == (
        "001_caliber.txt",
        "Caliber.az",
        "2025-08-28T15:24:00",
    )
    assert [h["stance"] for h in supporter["history"]] == ["noncommittal", "supports"]
    assert [a["actor"] for a in shaped["groups"]["noncommittal"]] == ["united-states"]


def test_quote_json_lists_results_best_first_with_speaker_source_and_score(desk_db: Path) -> None:
    shaped = answer_json(answered(desk_db, "quote we will be involved as backup"))
    assert shaped["command"] == "quote"
    top = shaped["results"][0]
    assert {"text", "speaker", "source", "outlet", "published", "url", "score"} <= set(top)
    assert top["speaker"] == "Donald Trump" and top["source"] == "003_moscow.txt"
    scores = [r["score"] for r in shaped["results"]]
    assert scores == sorted(scores, reverse=True)


def test_text_answer_shows_each_quote_with_its_source_and_the_shift(desk_db: Path) -> None:
    text = answer_text(answered(desk_db, "who-supports us backstop"))
    assert text.startswith("Who supports US backstop")
    assert "SUPPORTS (1 actor)" in text and "NONCOMMITTAL (1 actor)" in text
    assert "Caliber.az, 28 Aug 2025, Tamilla Hasanova" in text
    assert "https://caliber.az/en/post/us-signals-willingness" in text
    assert "Stance changed over time: noncommittal (20 Feb 2025 – 20 Aug 2025) → supports" in text
    assert "ask `who-supports us backstop all`" in text


def test_text_topic_matrix_counts_sentences_per_stance(desk_db: Path) -> None:
    lines = answer_text(answered(desk_db, "topic reassurance force")).splitlines()
    russia = next(line for line in lines if line.startswith("Russia"))
    assert russia.split()[1:3] == ["·", "2"]


def test_text_quote_answer_names_the_speaker(desk_db: Path) -> None:
    text = answer_text(answered(desk_db, "quote absolutly unaceptable"))
    assert "1. The top diplomat said" in text and "said by Sergey Lavrov" in text


def test_an_empty_answer_says_what_to_try_instead(desk_db: Path) -> None:
    text = answer_text(answered(desk_db, "who-supports no fly zone"))
    assert "No one's stance on Air defence is on record yet." in text
    assert "`topic` lists them" in text


def test_long_links_are_never_broken_across_lines(desk_db: Path) -> None:
    text = answer_text(answered(desk_db, "who-opposes us ground troops all"))
    assert "https://www.dailysabah.com/world/europe/europe-mulls-security-force" in text


def test_a_long_list_says_how_much_is_not_shown(desk_db: Path) -> None:
    answer = answered(desk_db, "alerts")
    assert answer.alerts, "the desk fixture raises at least one alert"
    crowded = replace(answer, total=312)
    assert answer_text(crowded).endswith(f"{len(answer.alerts)} of 312 open alerts shown.")
    assert answer_json(crowded)["total"] == 312
