"""The rules of DESIGN.md §3 on plain values: how stances relate, timing, figure ranges, which claim is cited."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from bot.contradictions import (
    Conflict,
    FigureValue,
    StanceClaim,
    alerting_stances,
    claim_subject,
    find_claim_conflict,
    find_figure_conflict,
    pair_key,
    ranges_conflict,
    relation,
    timing,
)

US_BACKSTOP = claim_subject("united-states", "us-backstop")


def claim(claim_id: int, article_id: int, stance: str, published: str | None, *, indirect: bool = False) -> StanceClaim:
    return StanceClaim(claim_id, article_id, f"hash-{article_id}", stance, published, indirect)  # type: ignore[arg-type]


def check(new: list[StanceClaim], earlier: list[StanceClaim], **options: Any) -> Conflict | None:
    """The rules applied to a whole archive, with the tallies and article stances the store would give them."""
    held: dict[int, set[str]] = {}
    for c in earlier:
        held.setdefault(c.article_id, set()).add(c.stance)
    by_stance = Counter(stance for stances in held.values() for stance in stances)
    candidates = [replace(c, article_stances=frozenset(held[c.article_id])) for c in earlier]
    return find_claim_conflict(US_BACKSTOP, new, candidates, articles_by_stance=by_stance, **options)


def test_backing_a_measure_after_ruling_it_out_is_a_contradiction() -> None:
    assert relation("opposes", "supports") == "contradiction"


def test_moving_from_no_commitment_to_a_side_is_a_shift() -> None:
    assert relation("noncommittal", "supports") == "shift"
    assert relation("opposes", "noncommittal") == "shift"


def test_a_condition_against_a_refusal_is_only_borderline() -> None:
    assert relation("conditional", "opposes") == "borderline"
    assert relation("noncommittal", "conditional") == "borderline"


def test_a_new_stance_is_checked_against_the_stances_it_would_alert_on() -> None:
    assert alerting_stances("supports") == ("opposes", "noncommittal")
    assert alerting_stances("conditional") == ()
    assert alerting_stances("conditional", borderline=True) == ("opposes", "noncommittal")


def test_saying_the_same_thing_again_or_a_compatible_thing_is_no_alert() -> None:
    assert relation("opposes", "opposes") is None
    assert relation("supports", "conditional") is None


def test_a_later_article_reverses_an_earlier_one() -> None:
    assert timing("2025-08-28T15:24", "2025-02-20T21:18") == "reversal"


def test_an_older_article_added_late_is_an_earlier_report_that_differs() -> None:
    assert timing("2025-02-20T21:18", "2025-08-28T15:24:00+00:00") == "earlier-report-differs"


def test_an_undated_article_on_either_side_gives_conflicting_reports() -> None:
    assert timing(None, "2025-02-20") == "conflicting-reports"
    assert timing("2025-02-20", None) == "conflicting-reports"
    assert timing("not a date", "2025-02-20") == "conflicting-reports"


def test_dates_in_other_time_zones_are_compared_as_moments() -> None:
    assert timing("2025-03-01T01:00:00+03:00", "2025-02-28T23:30:00+00:00") == "earlier-report-differs"


def test_an_old_statement_in_a_later_article_is_an_earlier_statement_that_differs() -> None:
    assert timing("2025-09-18T07:00", "2025-08-20T10:00", new_stated="2025-04") == "earlier-report-differs"


def test_a_later_statement_in_an_older_article_reverses() -> None:
    assert timing("2025-08-20T10:00", "2025-09-18T07:00", old_stated="2025-04") == "reversal"


def test_statements_the_dates_cannot_tell_apart_are_ordered_by_publication() -> None:
    assert timing("2025-09-18", "2025-08-20", new_stated="2025-08", old_stated=None) == "reversal"
    assert timing("2025-09-18", "2025-08-20", new_stated="2025", old_stated="2025-03-03") == "reversal"
    assert timing("2025-09-18", "2025-09-18", new_stated="2025-09-15", old_stated="2025-09-15") == (
        "conflicting-reports"
    )


def test_an_undated_article_with_a_dated_statement_takes_its_date() -> None:
    assert timing(None, "2025-08-20T10:00", new_stated="2025-03-03") == "earlier-report-differs"
    assert timing(None, "2025-08-20T10:00", new_stated="2025") == "conflicting-reports"


def test_ten_to_thirty_thousand_troops_and_a_hundred_thousand_cannot_both_hold() -> None:
    assert ranges_conflict((10_000, 30_000), (100_000, 100_000))


def test_fewer_than_thirty_thousand_agrees_with_ten_to_thirty_thousand() -> None:
    assert not ranges_conflict((None, 30_000), (10_000, 30_000))
    assert not ranges_conflict((0, 30_000), (10_000, 30_000))


def test_more_than_fifty_thousand_conflicts_with_fewer_than_thirty_thousand() -> None:
    assert ranges_conflict((50_000, None), (None, 30_000))


def test_rounded_figures_close_to_each_other_do_not_conflict() -> None:
    assert not ranges_conflict((25_000, 25_000), (26_000, 26_000))


@given(
    st.tuples(st.none() | st.floats(0, 1e6), st.none() | st.floats(0, 1e6)),
    st.tuples(st.none() | st.floats(0, 1e6), st.none() | st.floats(0, 1e6)),
)
def test_a_figure_conflict_does_not_depend_on_which_article_came_first(a: tuple, b: tuple) -> None:
    assert ranges_conflict(a, b) == ranges_conflict(b, a)


@given(st.floats(0, 1e6), st.floats(0, 1e6), st.floats(0, 1))
def test_ranges_sharing_a_value_never_conflict(low: float, span: float, share: float) -> None:
    inner = low + span * share
    assert not ranges_conflict((low, low + span), (inner, inner))


def test_the_alert_cites_the_latest_earlier_claim_on_the_other_side() -> None:
    earlier = [
        claim(1, 1, "noncommittal", "2025-02-20"),
        claim(2, 2, "noncommittal", "2025-05-01"),
        claim(3, 3, "supports", "2025-06-01"),
        claim(4, 4, "noncommittal", "2025-03-15"),
    ]
    conflict = check([claim(9, 9, "supports", "2025-08-28")], earlier)
    assert conflict is not None
    assert (conflict.kind, conflict.timing, conflict.old_id) == ("shift", "reversal", 2)
    assert (conflict.agree_new, conflict.agree_old) == (1, 2)


def test_the_alert_cites_the_latest_statement_not_the_latest_article() -> None:
    recalled = replace(claim(1, 1, "noncommittal", "2025-09-01"), stated="2025-03")
    conflict = check([claim(9, 9, "supports", "2025-09-18")], [recalled, claim(2, 2, "noncommittal", "2025-06-01")])
    assert conflict is not None and conflict.old_id == 2


def test_a_direct_claim_is_cited_before_a_newer_second_hand_one() -> None:
    earlier = [
        claim(1, 1, "opposes", "2025-02-01"),
        claim(2, 2, "opposes", "2025-07-01", indirect=True),
    ]
    conflict = check([claim(9, 9, "supports", "2025-08-01")], earlier)
    assert conflict is not None and conflict.old_id == 1


def test_a_second_hand_claim_still_alerts_when_nothing_direct_disagrees() -> None:
    earlier = [claim(2, 2, "opposes", "2025-07-01", indirect=True)]
    conflict = check([claim(9, 9, "supports", "2025-08-01")], earlier)
    assert conflict is not None and conflict.kind == "contradiction"


def test_a_dated_claim_is_cited_before_an_undated_one() -> None:
    earlier = [claim(1, 1, "opposes", "2025-02-01"), claim(2, 2, "opposes", None)]
    conflict = check([claim(9, 9, "supports", "2025-08-01")], earlier)
    assert conflict is not None and (conflict.old_id, conflict.timing) == (1, "reversal")


def test_corroboration_raises_nothing_even_when_many_agree() -> None:
    earlier = [claim(i, i, "opposes", f"2025-0{i}-01") for i in range(1, 6)]
    assert check([claim(9, 9, "opposes", "2025-08-01")], earlier) is None


def test_borderline_pairs_alert_only_when_the_desk_asks_for_them() -> None:
    earlier = [claim(1, 1, "opposes", "2025-02-01")]
    new = [claim(9, 9, "conditional", "2025-08-01")]
    assert check(new, earlier) is None
    conflict = check(new, earlier, borderline=True)
    assert conflict is not None and conflict.kind == "borderline"


def test_a_dismissed_pair_is_skipped_and_the_next_strongest_claim_is_cited() -> None:
    earlier = [claim(1, 1, "opposes", "2025-02-01"), claim(2, 2, "opposes", "2025-05-01")]
    new = [claim(9, 9, "supports", "2025-08-01")]
    dismissed = {pair_key(US_BACKSTOP, "hash-9", "hash-2")}
    conflict = check(new, earlier, dismissed=dismissed)
    assert conflict is not None and conflict.old_id == 1
    dismissed.add(pair_key(US_BACKSTOP, "hash-1", "hash-9"))
    assert check(new, earlier, dismissed=dismissed) is None


def test_a_pair_has_one_name_whichever_article_came_first() -> None:
    assert pair_key(US_BACKSTOP, "aaa", "bbb") == pair_key(US_BACKSTOP, "bbb", "aaa")
    assert pair_key(US_BACKSTOP, "aaa", "bbb") != pair_key(claim_subject("russia", "us-backstop"), "aaa", "bbb")


def test_a_figure_conflict_cites_the_latest_earlier_figure_and_counts_who_agrees() -> None:
    def figure(figure_id: int, low: float | None, high: float | None, published: str | None) -> FigureValue:
        return FigureValue(figure_id, figure_id, f"hash-{figure_id}", low, high, published)

    earlier = [
        figure(1, 10_000, 30_000, "2025-02-01"),
        figure(2, None, 30_000, "2025-04-01"),
        figure(3, 90_000, 110_000, None),
    ]
    conflict = find_figure_conflict("figure|force-size", [figure(9, 100_000, 100_000, "2025-09-01")], earlier)
    assert conflict is not None
    assert (conflict.kind, conflict.old_id, conflict.timing) == ("figure", 2, "reversal")
    assert (conflict.agree_new, conflict.agree_old) == (1, 1)
