"""Answers read from a real index of hand-made articles: who stands where, who said what, and where it ran."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering import answer_question
from bot.answering.values import (
    ActorAnswer,
    AlertsAnswer,
    ArticlesAnswer,
    QuoteAnswer,
    StanceAnswer,
    TopicAnswer,
)
from bot.errors import UserError
from bot.store import open_store
from bot.store.articles import set_field
from tests.alert_json import decide_json
from tests.newsroom import DESK, LEXICON, Story, store_stories


@pytest.fixture
def desk_db(tmp_path: Path) -> Path:
    db = tmp_path / "desk.db"
    store_stories(db, DESK)
    return db


def ask(db: Path, text: str):  # type: ignore[no-untyped-def]
    with open_store(db) as store:
        return answer_question(store, text, LEXICON)


def _actors(answer: StanceAnswer) -> dict[str, list[str]]:
    return {stance: [track.actor.id for track, _ in held] for stance, held in answer.groups}


def test_who_supports_lists_supporters_first_then_the_other_stances(desk_db: Path) -> None:
    answer = ask(desk_db, "who-supports tripwire")
    assert isinstance(answer, StanceAnswer)
    assert [stance for stance, _ in answer.groups] == ["supports", "opposes", "conditional", "noncommittal"]
    assert _actors(answer)["opposes"] == ["france", "united-kingdom"]


def test_who_opposes_lists_opponents_first(desk_db: Path) -> None:
    answer = ask(desk_db, "who-opposes reassurance force")
    assert answer.groups[0][0] == "opposes"
    assert _actors(answer) == {
        "opposes": ["russia"],
        "supports": ["coalition-of-the-willing", "united-kingdom"],
        "conditional": [],
        "noncommittal": [],
    }


def test_an_actor_is_listed_under_every_stance_it_took(desk_db: Path) -> None:
    groups = _actors(ask(desk_db, "who-supports us-backstop"))
    assert "united-states" in groups["supports"] and "united-states" in groups["noncommittal"]


def test_us_moving_from_noncommittal_to_backstop_is_marked_as_a_shift(desk_db: Path) -> None:
    answer = ask(desk_db, "who-supports us backstop")
    track = next(t for t, _ in answer.groups[0][1] if t.actor.id == "united-states")
    assert track.shifted
    assert [p.stance for p in track.positions] == ["noncommittal", "supports"]
    assert track.latest.stance == "supports"


def test_each_actor_shows_its_latest_quote_and_the_earlier_ones_on_request(desk_db: Path) -> None:
    latest = ask(desk_db, "who-supports us backstop").tracks[0].position("noncommittal")
    assert latest.count == 3 and latest.hidden == 2
    assert [q.source.outlet for q in latest.quotes] == ["RT"]

    every = ask(desk_db, "who-supports us backstop all").tracks[0].position("noncommittal")
    assert every.hidden == 0
    assert [q.source.published for q in every.quotes] == ["2025-08-20T10:00:00", "2025-02-20T21:18:00", None]


def test_a_quote_comes_with_outlet_date_author_and_link(desk_db: Path) -> None:
    answer = ask(desk_db, "who-opposes us ground troops")
    quote = answer.tracks[0].position("opposes").quotes[0]
    assert quote.text == "However, the U.S. has made it clear that it will not deploy ground troops in Ukraine."
    assert (quote.source.outlet, quote.source.published, quote.source.author, quote.source.url) == (
        "Caliber.az",
        "2025-08-28T15:24:00",
        "Tamilla Hasanova",
        "https://caliber.az/en/post/us-signals-willingness",
    )


def test_a_topic_nobody_has_spoken_about_yet_is_an_empty_answer_not_an_error(desk_db: Path) -> None:
    answer = ask(desk_db, "who-supports no-fly zone")
    assert isinstance(answer, StanceAnswer) and answer.tracks == ()


def test_actor_shows_each_topic_over_time_with_shifts_marked(desk_db: Path) -> None:
    answer = ask(desk_db, "actor washington")
    assert isinstance(answer, ActorAnswer) and answer.actor.id == "united-states"
    by_topic = {t.topic.id: t for t in answer.tracks}
    assert set(by_topic) == {"us-backstop", "us-ground-troops", "minerals-deal"}
    assert by_topic["us-backstop"].shifted and not by_topic["us-ground-troops"].shifted
    assert answer.tracks[0].topic.id in ("us-backstop", "us-ground-troops")  # most recently active first


def test_topic_is_a_matrix_of_actors_and_stances(desk_db: Path) -> None:
    answer = ask(desk_db, "topic reassurance force")
    assert isinstance(answer, TopicAnswer)
    matrix = {t.actor.id: {p.stance: p.count for p in t.positions} for t in answer.tracks}
    assert matrix == {
        "russia": {"opposes": 2},
        "coalition-of-the-willing": {"supports": 1},
        "united-kingdom": {"supports": 1},
    }


@pytest.mark.parametrize(
    ("words", "expected", "speaker"),
    [
        ("absolutly unaceptable", "absolutely unacceptable", "Sergey Lavrov"),
        ("we will be involved as backup", "standpoint of backup", "Donald Trump"),
        ("could last twenty or thirty years", "could last 20 or 30 years", "Michael Clarke"),
        ("pre decisional", "pre-decisional", "Pentagon"),
        ("minerals deal enough of a guarantee", "preferential access to minerals", None),
    ],
)
def test_quote_finds_a_misspelt_or_half_remembered_phrase_with_its_speaker(
    desk_db: Path, words: str, expected: str, speaker: str | None
) -> None:
    answer = ask(desk_db, f"quote {words}")
    assert isinstance(answer, QuoteAnswer)
    assert expected in answer.results[0].text
    assert answer.results[0].speaker == speaker


def test_a_quotation_running_over_sentences_gives_its_speaker_to_each_of_them(desk_db: Path) -> None:
    top = ask(desk_db, "quote europe needs to bulk up now").results[0]
    assert "Europe needs to muscle up now" in top.text
    assert top.speaker == "Dovile Sakaliene"
    assert top.quotation and top.quotation.startswith("Russia is preparing for a long war")


def test_quote_results_come_best_first_with_their_source(desk_db: Path) -> None:
    answer = ask(desk_db, "quote ruled out")
    scores = [r.score for r in answer.results]
    assert scores == sorted(scores, reverse=True)
    assert answer.articles == 4
    assert all(r.source.source.endswith(".txt") for r in answer.results)


@pytest.mark.parametrize(
    "words",
    ['"', '"tripwire', "AND", "tripwire AND", "NEAR(force", "NEAR(", "force*", "*", "-troops", "OR NOT", "a:b", "^x"],
)
def test_search_syntax_in_a_quote_is_taken_literally(desk_db: Path, words: str) -> None:
    answer = ask(desk_db, f"quote {words}")
    assert isinstance(answer, QuoteAnswer)


def test_a_2000_character_quote_search_is_answered(desk_db: Path) -> None:
    words = ("Europe needs to muscle up now, said the minister, " * 40)[:2000]
    answer = ask(desk_db, f"quote {words}")
    assert "muscle up now" in answer.results[0].text


def test_a_phrase_found_nowhere_gives_no_results(desk_db: Path) -> None:
    assert ask(desk_db, "quote zzyzx qwrtp").results == ()


def test_articles_lists_the_newest_first_and_the_undated_last(desk_db: Path) -> None:
    answer = ask(desk_db, "articles")
    assert isinstance(answer, ArticlesAnswer) and answer.total == 4
    assert [s.source for s in answer.articles] == [
        "001_caliber.txt",
        "003_moscow.txt",
        "004_daily_sabah.txt",
        "002_undated.txt",
    ]


def test_articles_with_words_lists_those_whose_title_or_outlet_holds_them(desk_db: Path) -> None:
    assert [s.source for s in ask(desk_db, "articles caliber").articles] == ["001_caliber.txt"]


def test_alerts_lists_the_open_ones_until_the_desk_decides(desk_db: Path) -> None:
    answer = ask(desk_db, "alerts")
    assert isinstance(answer, AlertsAnswer)
    backstop = [a for a in answer.alerts if (a.actor, a.topic) == ("united-states", "us-backstop")]
    assert backstop, "the US moving from noncommittal to supports is an open alert"
    with open_store(desk_db) as store:
        for alert in answer.alerts:
            decide_json(store, alert.id, "dismissed", "U1", "2025-10-02T00:00:00")
    assert ask(desk_db, "alerts").alerts == ()


def test_actor_and_topic_without_a_name_list_what_can_be_asked(desk_db: Path) -> None:
    assert "Poland" in [e.label for e in ask(desk_db, "actor").entries]
    assert "Tripwire" in [e.label for e in ask(desk_db, "topic").entries]


def test_help_lists_every_subcommand_or_the_one_asked(desk_db: Path) -> None:
    assert "who-supports" in [c.name for c in ask(desk_db, "help").commands]
    assert [c.name for c in ask(desk_db, "help quote").commands] == ["quote"]


@pytest.mark.parametrize("typed", ["remove 1", "set 1 outlet Reuters", "add"])
def test_admin_commands_are_not_answers_and_point_to_the_command_line(desk_db: Path, typed: str) -> None:
    with pytest.raises(UserError) as caught:
        ask(desk_db, typed)
    assert "guarantees " in str(caught.value.hint)
    assert ask(desk_db, "articles").total == 4, "nothing was removed"


def test_an_outlets_own_claims_are_named_after_the_outlet(tmp_path: Path) -> None:
    db = tmp_path / "outlet.db"
    store_stories(
        db,
        [
            Story(
                "politico.txt",
                ["European troops would serve as a tripwire force."],
                claims=[(0, "outlet:Politico", "tripwire", "supports")],
            )
        ],
    )
    answer = ask(db, "who-supports tripwire")
    assert [t.actor.label for t in answer.tracks] == ["Politico (outlet)"]
    assert ask(db, "actor outlet:Politico").tracks[0].topic.id == "tripwire"


def test_an_empty_index_answers_without_error(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    assert ask(db, "who-supports backstop").tracks == ()
    assert ask(db, "quote europe needs to muscle up").results == ()
    assert ask(db, "articles").articles == ()


def test_an_article_saying_it_twice_counts_once_and_is_quoted_once(tmp_path: Path) -> None:
    db = tmp_path / "twice.db"
    story = Story(
        "twice.txt",
        ["Poland ruled out sending troops.", "Warsaw again ruled out sending its own troops."],
        published="2025-03-01T10:00:00",
        claims=[(0, "poland", "troop-contribution", "opposes"), (1, "poland", "troop-contribution", "opposes")],
    )
    store_stories(db, [story])
    for text in ("who-opposes sending troops", "who-opposes sending troops all"):
        position = ask(db, text).tracks[0].position("opposes")
        assert (position.count, len(position.quotes), position.hidden) == (1, 1, 0)


def test_a_corrected_publication_date_reorders_the_quotes(desk_db: Path) -> None:
    with open_store(desk_db) as store:
        set_field(store, "002_undated.txt", "published", "2025-09-30T08:00:00")
    position = ask(desk_db, "who-supports us backstop").tracks[0].position("noncommittal")
    assert position.quotes[0].source.source == "002_undated.txt"
    assert position.last == "2025-09-30T08:00:00"
