"""Finding actors however an article names them: demonyms, possessives, compounds, near spellings, context."""

from __future__ import annotations

import pytest

from bot.analysis.compiled import compiled
from bot.analysis.context import resolve_ambiguous
from bot.analysis.mentions import find_people
from bot.analysis.sentence import parse_sentence
from bot.analysis.tokens import tokenize
from bot.lexicon import Lexicon
from tests.analysis_helpers import claims_of


def actors_in(lexicon: Lexicon, text: str) -> list[str]:
    return [m.actor for m in parse_sentence(text, 0, 0, compiled(lexicon)).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington’s role would be limited.", ["united-states"]),
        ("The British-French-backed plan was tabled.", ["united-kingdom", "france"]),
        ("Kyiv and European capitals objected.", ["ukraine"]),
        ("Kiev objected, and so did Warsaw.", ["ukraine", "poland"]),
        ("Defense Secretary Pete Hegseth spoke to Lavrov.", ["united-states", "russia"]),
        ("Sergei Lavrov and Sergey Lavrov are one man.", ["russia", "russia"]),
        ("Danish and Norwegian officials met in Brussels.", ["denmark", "norway", "european-union"]),
        ("Downing Street and the Elysee issued a joint statement.", ["united-kingdom", "france"]),
    ],
)
def test_names_demonyms_possessives_and_compounds(lexicon: Lexicon, text: str, expected: list[str]) -> None:
    assert actors_in(lexicon, text) == expected


def test_us_in_capitals_is_the_united_states_but_us_the_pronoun_is_not(lexicon: Lexicon) -> None:
    assert actors_in(lexicon, "The US told us nothing.") == ["united-states"]


@pytest.mark.parametrize("spelling", ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenskij"])
def test_spelling_variants_of_a_name_are_matched(lexicon: Lexicon, spelling: str) -> None:
    assert actors_in(lexicon, f"President {spelling} asked for guarantees.") == ["ukraine"]


def test_a_name_that_merely_contains_an_alias_is_no_actor(lexicon: Lexicon) -> None:
    text = "A professor at King’s College London wrote in the Washington Post."
    assert actors_in(lexicon, text) == ["outlet:The Washington Post"]


def test_an_outlet_named_by_its_short_name_is_the_same_outlet(lexicon: Lexicon) -> None:
    short = actors_in(lexicon, "The FT reported on the plan, and NYT editors agreed.")
    assert short == ["outlet:Financial Times", "outlet:The New York Times"]
    assert actors_in(lexicon, "The Financial Times reported on the plan.") == ["outlet:Financial Times"]


def test_an_ambiguous_alias_needs_the_article_to_name_the_actor(lexicon: Lexicon) -> None:
    lists = compiled(lexicon)
    alone = [parse_sentence("The coalition wants a US backstop.", 0, 0, lists)]
    resolve_ambiguous(alone)
    assert alone[0].mentions[0].actor == "united-states"
    named = [
        parse_sentence("The coalition of the willing met in Paris.", 0, 0, lists),
        parse_sentence("The coalition wants a US backstop.", 1, 1, lists),
    ]
    resolve_ambiguous(named)
    assert [m.actor for m in named[1].mentions] == ["coalition-of-the-willing", "united-states"]


def test_the_alliance_is_nato_only_where_nato_is_named(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "The Alliance ruled out a no-fly zone.") == set()
    assert claims_of(lexicon, "NATO leaders met on Friday.", "The Alliance ruled out a no-fly zone.") == {
        ("nato", "air-defence", "opposes")
    }


def test_defence_and_defense_name_the_same_topic(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Sweden backs an air defense shield.") == claims_of(
        lexicon, "Sweden backs an air defence shield."
    )


def test_boots_on_the_ground_and_air_shield_are_paraphrases_of_their_topics(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Denmark ruled out putting boots on the ground.") == {
        ("denmark", "troop-contribution", "opposes")
    }
    assert claims_of(lexicon, "Denmark backs an air shield over the west of the country.") == {
        ("denmark", "air-defence", "supports")
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("U.S. Energy Secretary Dana Whitcombe praised the deal.", "Dana Whitcombe"),
        ("Foreign Affairs Minister Élodie Marchetti met her counterparts.", "Élodie Marchetti"),
        ("Secretary General Anders Holmqvist visited the base.", "Anders Holmqvist"),
    ],
)
def test_a_name_after_a_title_of_several_words_is_a_person(text: str, name: str) -> None:
    assert [p.name for p in find_people(tokenize(text), [])] == [name]


def test_words_after_former_name_no_one() -> None:
    assert find_people(tokenize("Former Soviet Union states watched closely."), []) == []
