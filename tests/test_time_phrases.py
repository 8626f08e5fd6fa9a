"""Time phrases resolved against the publication date, one scenario per form and per edge of the calendar."""

from __future__ import annotations

from datetime import date

import pytest

from bot.analysis.time_phrases import StatedDate, find_time_phrases, parse_day, resolve

THURSDAY = date(2025, 9, 18)  # a Thursday in September
MONDAY = date(2025, 9, 15)
NEW_YEAR = date(2026, 1, 2)  # a Friday in January


def day(value: str) -> StatedDate:
    return StatedDate(value, "day")


def month(value: str) -> StatedDate:
    return StatedDate(value, "month")


def test_on_a_weekday_is_the_most_recent_one_before_publication() -> None:
    assert resolve("on Monday", THURSDAY) == day("2025-09-15")
    assert resolve("Tuesday", THURSDAY) == day("2025-09-16")


def test_on_monday_in_a_monday_article_is_that_very_day() -> None:
    assert resolve("on Monday", MONDAY) == day("2025-09-15")


def test_last_monday_in_a_monday_article_is_a_week_earlier() -> None:
    assert resolve("last Monday", MONDAY) == day("2025-09-08")
    assert resolve("last Monday", THURSDAY) == day("2025-09-15")


def test_a_weekday_with_its_part_of_the_day_is_that_day() -> None:
    assert resolve("on Tuesday evening", THURSDAY) == day("2025-09-16")
    assert resolve("Wednesday night", THURSDAY) == day("2025-09-17")


def test_a_weekday_reaches_back_across_the_new_year() -> None:
    assert resolve("on Tuesday", NEW_YEAR) == day("2025-12-30")


def test_yesterday_is_the_day_before_publication() -> None:
    assert resolve("yesterday", THURSDAY) == day("2025-09-17")
    assert resolve("yesterday", date(2026, 1, 1)) == day("2025-12-31")


@pytest.mark.parametrize("phrase", ["on August 18", "Aug. 18", "18 August", "on the 18th of August", "August 18th"])
def test_a_day_of_a_month_in_any_spelling(phrase: str) -> None:
    assert resolve(phrase, THURSDAY) == day("2025-08-18")


def test_an_abbreviated_september_with_its_period() -> None:
    assert resolve("on Sept. 5", THURSDAY) == day("2025-09-05")
    assert resolve("Sep 5", THURSDAY) == day("2025-09-05")


def test_a_day_later_in_the_year_than_publication_was_last_year() -> None:
    assert resolve("on December 30", NEW_YEAR) == day("2025-12-30")
    assert resolve("on September 20", THURSDAY) == day("2024-09-20")


def test_an_explicit_year_is_kept() -> None:
    assert resolve("on March 3, 2025", THURSDAY) == day("2025-03-03")
    assert resolve("3 March 2025", THURSDAY) == day("2025-03-03")


def test_in_a_month_is_the_most_recent_such_month_not_after_publication() -> None:
    assert resolve("in April", THURSDAY) == month("2025-04")
    assert resolve("back in April", THURSDAY) == month("2025-04")
    assert resolve("in September", THURSDAY) == month("2025-09")


def test_in_december_in_a_january_article_is_the_year_before() -> None:
    assert resolve("in December", NEW_YEAR) == month("2025-12")
    assert resolve("in January", NEW_YEAR) == month("2026-01")


def test_last_month_of_the_same_name_is_a_year_back() -> None:
    assert resolve("last September", THURSDAY) == month("2024-09")
    assert resolve("last April", THURSDAY) == month("2025-04")
    assert resolve("in April 2024", THURSDAY) == month("2024-04")


def test_last_week_is_the_month_holding_its_thursday() -> None:
    assert resolve("last week", THURSDAY) == month("2025-09")
    assert resolve("last week", date(2025, 10, 2)) == month("2025-09")  # 22–28 September
    assert resolve("last week", date(2025, 9, 3)) == month("2025-08")  # 25–31 August


def test_earlier_this_week_is_before_publication_in_its_week() -> None:
    assert resolve("earlier this week", date(2025, 10, 1)) == month("2025-09")
    assert resolve("earlier this week", MONDAY) is None


def test_months_and_years_counted_from_publication() -> None:
    assert resolve("last month", NEW_YEAR) == month("2025-12")
    assert resolve("earlier this month", THURSDAY) == month("2025-09")
    assert resolve("earlier this year", THURSDAY) == StatedDate("2025", "year")
    assert resolve("last year", NEW_YEAR) == StatedDate("2025", "year")


def test_a_bare_year_is_stored_as_a_year() -> None:
    assert resolve("back in 2024", THURSDAY) == StatedDate("2024", "year")
    assert resolve("in 2024", None) == StatedDate("2024", "year")


def test_a_date_after_publication_is_a_plan_not_a_statement() -> None:
    assert resolve("in 2026", THURSDAY) is None
    assert resolve("on March 3, 2026", THURSDAY) is None
    assert resolve("in October 2025", THURSDAY) is None


def test_without_a_publication_date_only_phrases_naming_their_year_resolve() -> None:
    assert resolve("on March 3, 2025", None) == day("2025-03-03")
    assert resolve("in April 2025", None) == month("2025-04")
    for phrase in ("on Monday", "yesterday", "in April", "on August 18", "last week", "earlier this year"):
        assert resolve(phrase, None) is None, phrase


def test_words_that_only_look_like_dates_are_not_dates() -> None:
    assert resolve("in Mayor", THURSDAY) is None
    assert resolve("on the 40th of August", THURSDAY) is None
    assert find_time_phrases("The mayor may 18 times decline, and Marchers sang.") == []


def test_a_sentence_s_time_phrases_are_found_where_they_are_written() -> None:
    text = "Back in April, the minister said on Sept. 5 that troops would go in 2026."
    found = [(p.text, text[p.start : p.end]) for p in find_time_phrases(text)]
    assert [t for t, _ in found] == ["Back in April", "on Sept. 5", "in 2026"]
    assert all(t == written for t, written in found)


def test_the_publication_day_is_read_from_an_iso_date_with_its_time() -> None:
    assert parse_day("2025-09-18T07:01:00+03:00") == THURSDAY
    assert parse_day(None) is None and parse_day("September") is None
