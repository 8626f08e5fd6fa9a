"""Figures: how many troops or countries, as ranges that the contradiction check can compare."""

from __future__ import annotations

import pytest

from bot.analysis import analyze
from bot.analysis.figures import find_figures
from tests.analysis_helpers import article, load_shipped_lexicon


@pytest.mark.parametrize(
    ("text", "quantity", "low", "high", "written"),
    [
        (
            "Diplomats discussed sending 15,000 to 25,000 troops to Ukraine.",
            "force-size",
            15000,
            25000,
            "15,000 to 25,000",
        ),
        ("The plan foresees fewer than 20,000 European troops.", "force-size", None, 20000, "fewer than 20,000"),
        ("Britain could lead a force of several thousand soldiers.", "force-size", 2000, 9999, "several thousand"),
        (
            "A contingent of between 8,000 and 12,000 peacekeepers is planned.",
            "force-size",
            8000,
            12000,
            "between 8,000 and 12,000",
        ),
        ("More than 40,000 troops would be needed, generals warn.", "force-size", 40000, None, "More than 40,000"),
        (
            "An estimated 550,000 Russian troops remain in Ukraine.",
            "russian-troops-in-ukraine",
            550000,
            550000,
            "550,000",
        ),
        ("Around 10,000 American troops are stationed in Poland.", "us-troops", 10000, 10000, "10,000"),
        ("Some 26 countries have pledged to take part.", "countries-committed", 26, 26, "26"),
        ("A 30,000-strong force is under discussion.", "force-size", 30000, 30000, "30,000"),
    ],
)
def test_numbers_of_troops_and_countries_become_ranges(
    text: str, quantity: str, low: float | None, high: float | None, written: str
) -> None:
    [figure] = find_figures(3, text)
    assert (figure.sentence, figure.quantity, figure.low, figure.high, figure.text) == (3, quantity, low, high, written)


@pytest.mark.parametrize(
    "text",
    [
        "The talks began in 2025 and ended in March.",
        "Members pledged to spend 5% of GDP on defence.",
        "The front line runs for 1,000 kilometres.",
        "The minerals fund could be worth $500 billion.",
        "The war could last 20 or 30 years.",
    ],
)
def test_years_percentages_money_distances_and_durations_are_not_figures(text: str) -> None:
    assert find_figures(0, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A 30-member coalition met in Paris.",
        "Macron said all 26 would send troops into Ukraine.",
        "Some 26 nations have pledged to provide security guarantees.",
    ],
)
def test_members_and_counts_that_are_no_troop_numbers_are_not_figures(text: str) -> None:
    assert find_figures(0, text) == []


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Russia has 1.3 million soldiers under arms.", "russian-troops"),
        ("Ukraine's 800,000 troops hold the line.", "ukrainian-troops"),
    ],
)
def test_an_armys_own_size_is_a_quantity_of_its_own(text: str, quantity: str) -> None:
    assert [f.quantity for f in find_figures(0, text)] == [quantity]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Britain plans to send 12,000 troops to Ukraine.", "united-kingdom"),  # the clause's subject
        ("Moscow warned that Western armies are preparing a 90,000-strong force.", "russia"),  # who frames it
        ("Up to 18,000 troops could be deployed, Macron said on Friday.", "france"),  # a frame after the clause
        ("The force would number 16,000 troops, according to Germany.", "germany"),  # who is cited for it
        ("Officials said fewer than 14,000 troops would be deployed.", None),  # nobody the desk could name
        ("The proposed deployment of 22,000 troops has raised concerns.", None),  # the number is its own subject
    ],
)
def test_a_figure_belongs_to_the_actor_whose_plan_or_estimate_it_is(text: str, source: str | None) -> None:
    [figure] = analyze(article([text]), load_shipped_lexicon()).figures
    assert figure.source == source
