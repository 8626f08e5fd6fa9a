"""Alerts raised as the desk adds articles, told in the desk's terms, on a real SQLite file."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.answering import answer_question
from bot.cli import main
from bot.errors import UserError
from bot.model import STANCES
from bot.render.text import answer_text
from bot.store import Store, open_store
from bot.store.alerts.outbox import claim_attempt, mark_sent
from bot.store.alerts.raising import raise_alerts
from bot.store.articles import (
    StoredArticle,
    delete_analysis,
    find_article,
    insert_analysis,
    insert_article,
    remove_article,
    set_field,
)
from bot.store.migrations import MIGRATIONS, m001_initial, m002_alerts
from tests.alert_json import alert_json, alerts_json, decide_json, due_json
from tests.desk_archive import ADDED_AT, Counted, Said, add_article, article_values
from tests.newsroom import LEXICON

NONCOMMITTAL_ON_BACKSTOP = Said(
    "united-states", "us-backstop", "noncommittal", "The White House has not committed to any backstop for the force."
)
BACKS_THE_BACKSTOP = Said(
    "united-states", "us-backstop", "supports", "Washington signalled it would provide air and intelligence support."
)
NOW = datetime(2025, 10, 1, 9, 30, tzinfo=UTC)
RUSSIA_REJECTS_TROOPS = Said(
    "russia", "reassurance-force", "opposes", "Moscow rejected any Western troops in Ukraine as unacceptable."
)


def test_us_moving_from_noncommittal_to_backstop_is_a_shift(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(
            store,
            "sabah-feb.txt",
            published="2025-02-20T21:18",
            outlet="Daily Sabah",
            url="https://example.org/feb",
            said=(NONCOMMITTAL_ON_BACKSTOP,),
        )
        raised = add_article(
            store,
            "caliber-aug.txt",
            published="2025-08-28T15:24",
            outlet="Caliber.az",
            url="https://example.org/aug",
            said=(BACKS_THE_BACKSTOP,),
        )
        [alert] = alerts_json(store)
    assert raised == 1
    assert alert["kind"] == "shift" and alert["timing"] == "reversal"
    assert (alert["actor"], alert["topic"], alert["status"]) == ("united-states", "us-backstop", "pending")
    assert alert["new"]["source"] == "caliber-aug.txt" and alert["old"]["source"] == "sabah-feb.txt"
    assert alert["new"]["sentence"] == BACKS_THE_BACKSTOP.sentence
    assert alert["old"]["sentence"] == NONCOMMITTAL_ON_BACKSTOP.sentence
    assert (alert["old"]["outlet"], alert["old"]["url"]) == ("Daily Sabah", "https://example.org/feb")
    assert (alert["new"]["stance"], alert["old"]["stance"]) == ("supports", "noncommittal")
    assert alert["old"]["published"] == "2025-02-20T21:18"
    assert isinstance(alert["id"], int)


def test_russia_rejecting_troops_twice_is_not_an_alert(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "tass-march.txt", published="2025-03-01", said=(RUSSIA_REJECTS_TROOPS,))
        raised = add_article(store, "reuters-may.txt", published="2025-05-01", said=(RUSSIA_REJECTS_TROOPS,))
        assert raised == 0
        assert alerts_json(store) == []


def test_a_backfilled_older_article_is_an_earlier_report_that_differs(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "september.txt", published="2025-09-18T07:01", said=(BACKS_THE_BACKSTOP,))
        add_article(store, "archive-february.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        [alert] = alerts_json(store)
    assert alert["timing"] == "earlier-report-differs"
    assert (alert["new"]["source"], alert["old"]["source"]) == ("archive-february.txt", "september.txt")


def test_an_undated_article_gives_conflicting_reports(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "dated.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        add_article(store, "undated.txt", published=None, said=(NONCOMMITTAL_ON_BACKSTOP,))
        [alert] = alerts_json(store)
    assert alert["timing"] == "conflicting-reports"
    assert alert["new"]["published"] is None


def test_fixing_an_undated_article_s_date_gives_the_alert_its_timing(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "dated.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        add_article(store, "undated.txt", published=None, said=(NONCOMMITTAL_ON_BACKSTOP,))
        store.conn.execute("UPDATE articles SET published = '2025-02-01' WHERE source = 'undated.txt'")
        [alert] = alerts_json(store)
    assert alert["timing"] == "earlier-report-differs"


def test_different_actors_on_opposite_sides_are_a_disagreement_not_an_alert(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "paris.txt", said=(Said("france", "tripwire", "opposes", "Paris ruled out a tripwire."),))
        raised = add_article(
            store, "politico.txt", said=(Said("outlet:Politico", "tripwire", "supports", "A tripwire force is best."),)
        )
        assert raised == 0


def test_an_outlet_contradicting_itself_is_alerted_like_any_actor(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "op-ed-1.txt", said=(Said("outlet:Politico", "tripwire", "supports", "A tripwire works."),))
        raised = add_article(
            store, "op-ed-2.txt", said=(Said("outlet:Politico", "tripwire", "opposes", "A tripwire is folly."),)
        )
        assert raised == 1


def test_poland_conditional_then_refusing_alerts_only_with_borderline_alerts_on(db_path: Path) -> None:
    conditional = Said("poland", "troop-contribution", "conditional", "Warsaw would send troops only with US backing.")
    refusal = Said("poland", "troop-contribution", "opposes", "Poland ruled out sending troops.")
    with open_store(db_path) as store:
        add_article(store, "warsaw-1.txt", published="2025-02-01", said=(conditional,))
        assert add_article(store, "warsaw-2.txt", published="2025-03-01", said=(refusal,)) == 0
        assert add_article(store, "warsaw-3.txt", published="2025-04-01", said=(refusal,), borderline=True) == 1
        [alert] = alerts_json(store)
    assert alert["kind"] == "borderline" and alert["old"]["source"] == "warsaw-1.txt"


def test_one_alert_per_article_actor_and_topic_citing_the_latest_claim_on_the_other_side(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "apr.txt", published="2025-04-02", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "may.txt", published="2025-05-10", said=(BACKS_THE_BACKSTOP,))
        store.conn.execute("DELETE FROM alerts")
        raised = add_article(
            store,
            "aug.txt",
            published="2025-08-28",
            said=(BACKS_THE_BACKSTOP, BACKS_THE_BACKSTOP, RUSSIA_REJECTS_TROOPS),
        )
        [alert] = alerts_json(store)
    assert raised == 1
    assert (alert["new"]["source"], alert["old"]["source"]) == ("aug.txt", "apr.txt")
    assert (alert["agree_new"], alert["agree_old"]) == (1, 1)


def test_a_second_hand_claim_is_cited_only_when_no_direct_claim_disagrees(db_path: Path) -> None:
    reported = Said(
        "russia", "reassurance-force", "supports", "Trump said Putin accepts European troops.", "united-states"
    )
    with open_store(db_path) as store:
        add_article(store, "march.txt", published="2025-03-01", said=(RUSSIA_REJECTS_TROOPS,))
        add_article(store, "august.txt", published="2025-08-18", said=(reported,))
        add_article(store, "september.txt", published="2025-09-01", said=(RUSSIA_REJECTS_TROOPS,))
        alerts = alerts_json(store)
    assert [(a["new"]["source"], a["old"]["source"]) for a in alerts] == [
        ("august.txt", "march.txt"),
        ("september.txt", "august.txt"),
    ]
    assert alerts[1]["old"]["reported_by"] == "united-states"


def test_force_sizes_that_cannot_both_hold_are_a_figure_conflict(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(
            store,
            "wsj.txt",
            counted=(Counted("force-size", 10_000, 30_000, "London is weighing 10,000 to 30,000 troops."),),
        )
        add_article(
            store,
            "sabah.txt",
            published="2025-02-20",
            counted=(Counted("force-size", None, 30_000, "Britain's plan calls for fewer than 30,000 troops."),),
        )
        assert alerts_json(store) == []
        add_article(
            store,
            "times.txt",
            published="2025-03-01",
            counted=(Counted("force-size", 100_000, 100_000, "London now says 100,000 troops are needed."),),
        )
        [alert] = alerts_json(store)
    assert alert["kind"] == "figure" and alert["quantity"] == "force-size"
    assert "actor" not in alert and "topic" not in alert
    assert alert["new"]["figure"] == "London now says 100,000 troops are needed."
    assert alert["old"]["source"] == "sabah.txt"
    assert alert["agree_old"] == 1


def test_two_sources_giving_different_force_sizes_are_a_disagreement_not_an_alert(db_path: Path) -> None:
    """Moscow's estimate against London's plan, or a figure nobody is cited for, can both be reported: no alert."""
    with open_store(db_path) as store:
        london = Counted("force-size", 10_000, 30_000, "London plans 10,000 to 30,000 troops.")
        add_article(store, "plan.txt", counted=(london,))
        moscow = Counted("force-size", 100_000, 100_000, "Moscow warned of a 100,000-strong force.", "russia")
        unsourced = Counted("force-size", 5_000, 5_000, "The proposed force of 5,000 troops is small.", None)
        assert add_article(store, "svr.txt", counted=(moscow,)) == 0
        assert add_article(store, "draft.txt", counted=(unsourced,)) == 0


def test_an_article_and_its_alerts_land_together_or_not_at_all(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        article, analysis = article_values("aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        with pytest.raises(RuntimeError), store.transaction() as db:
            stored = insert_article(db, article, analysis, now=ADDED_AT)
            assert raise_alerts(db, stored.article_id, now=ADDED_AT) == 1
            raise RuntimeError("the process dies before the commit")
    again = sqlite3.connect(db_path)
    assert again.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert again.execute("SELECT count(*) FROM alerts").fetchone()[0] == 0


def test_a_dismissed_pair_never_alerts_again_even_when_the_article_is_added_again(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        [alert] = alerts_json(store)
        decided = decide_json(store, alert["id"], "dismissed", "U123EDITOR", "2025-10-02T08:00:00+00:00")
        assert (decided["status"], decided["decided_by"]) == ("dismissed", "U123EDITOR")
        remove_article(store, "aug.txt")
        assert add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,)) == 0
        assert alerts_json(store) == []
        # Another article taking the same side is a new pair, and does alert.
        assert add_article(store, "sep.txt", published="2025-09-18", said=(BACKS_THE_BACKSTOP,)) == 1


def test_confirming_an_alert_records_who_and_when(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        [alert] = alerts_json(store)
        decide_json(store, alert["id"], "confirmed", "U123EDITOR", "2025-10-02T08:00:00+00:00")
    with open_store(db_path) as reopened:
        stored = alert_json(reopened, alert["id"])
    assert stored is not None
    assert (stored["status"], stored["decided_by"], stored["decided_at"]) == (
        "confirmed",
        "U123EDITOR",
        "2025-10-02T08:00:00+00:00",
    )


def test_a_desk_that_changes_its_mind_lets_the_pair_come_back_confirmed(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        [alert] = alerts_json(store)
        decide_json(store, alert["id"], "dismissed", "U1", "2025-10-02T08:00:00+00:00")
        decide_json(store, alert["id"], "confirmed", "U2", "2025-10-02T09:00:00+00:00")
        remove_article(store, "aug.txt")
        assert add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,)) == 0
        [back] = alerts_json(store)
    assert (back["id"], back["status"], back["decided_by"]) == (alert["id"], "confirmed", "U2")


def analyse_again(store: Store, source: str, said: tuple[Said, ...]) -> int:
    """What re-analysis does to one article: its claims go (and their alerts with them), new ones come in."""
    article_id = find_article(store, source).id
    _, analysis = article_values(source, said=said)
    with store.transaction() as db:
        delete_analysis(db, article_id)
        first = db.execute("SELECT min(id) FROM sentences WHERE article_id = ?", [article_id]).fetchone()[0]
        insert_analysis(db, StoredArticle(article_id, {c.sentence: first for c in analysis.claims}), analysis)
        return raise_alerts(db, article_id, now=ADDED_AT)


def test_an_alert_raised_again_after_re_analysis_keeps_its_id_its_message_and_the_desk_s_decision(
    db_path: Path,
) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        [alert] = alerts_json(store)
        assert claim_attempt(store, alert["id"], channel="C0DESK", now=NOW, lease_until=NOW) == 1
        mark_sent(store, alert["id"], channel="C0DESK", ts="1700000001.000100", now=NOW)
        decide_json(store, alert["id"], "confirmed", "U0EDITOR", "2025-10-02T08:00:00+00:00")
        assert analyse_again(store, "aug.txt", (BACKS_THE_BACKSTOP,)) == 0
        [back] = alerts_json(store)
    assert back["id"] == alert["id"]
    assert (back["status"], back["message_ts"], back["decided_by"]) == ("confirmed", "1700000001.000100", "U0EDITOR")


def test_an_alert_caught_mid_delivery_by_re_analysis_keeps_its_attempts_so_it_is_not_posted_twice(
    db_path: Path,
) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        [alert] = alerts_json(store)
        claim_attempt(store, alert["id"], channel="C0DESK", now=NOW, lease_until=NOW)  # posted; the reply never came
        assert analyse_again(store, "aug.txt", (BACKS_THE_BACKSTOP,)) == 0  # not a new alert
        [back] = alerts_json(store)
    assert (back["id"], back["status"], back["attempts"], back["channel"]) == (alert["id"], "pending", 1, "C0DESK")


def test_alert_ids_are_never_reused_when_the_newest_alert_goes(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        [gone] = alerts_json(store)
        remove_article(store, "aug.txt")
        add_article(store, "sep.txt", published="2025-09-18", said=(BACKS_THE_BACKSTOP,))
        [fresh] = alerts_json(store)
    assert fresh["id"] > gone["id"]


def schema_as_of(db_path: Path, migrations: Sequence[Callable[[], str]]) -> sqlite3.Connection:
    """An index as an older release left it: these migrations applied and recorded, the later ones not."""
    old = sqlite3.connect(db_path)
    old.executescript("".join(m() for m in migrations))
    old.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    old.executemany("INSERT INTO _migrations VALUES (?, 'then')", [(m.__name__,) for m in migrations])
    return old


def test_alerts_raised_before_the_upgrade_survive_it(db_path: Path) -> None:
    old = schema_as_of(db_path, (m001_initial, m002_alerts))
    old.execute(
        "INSERT INTO articles (id, source, content_hash, body, raw_bytes, added_at) VALUES"
        " (1, 'a.txt', 'h1', 'x', 1, 'then'), (2, 'b.txt', 'h2', 'x', 1, 'then')"
    )
    old.execute(
        "INSERT INTO alerts (id, kind, timing, new_article_id, old_article_id, quantity, pair_key, dedupe_key,"
        " status, created_at) VALUES (5, 'figure', 'reversal', 2, 1, 'force-size', 'p', 'd', 'sent', 'then')"
    )
    old.execute("INSERT INTO sentences (id, article_id, position, paragraph, text) VALUES (1, 1, 0, 0, 'No.')")
    old.execute(
        "INSERT INTO claims (article_id, sentence_id, actor, topic, stance) VALUES (1, 1, 'russia', 't', 'opposes')"
    )
    old.commit()
    old.close()
    with open_store(db_path) as store:
        [alert] = alerts_json(store)
        # Claims indexed before the upgrade count for the checks that follow it.
        assert add_article(store, "c.txt", said=(Said("russia", "t", "supports", "Yes."),)) == 1
    assert (alert["id"], alert["status"], alert["quantity"]) == (5, "sent", "force-size")


def test_deciding_an_unknown_alert_or_with_an_unknown_word_says_what_to_do(db_path: Path) -> None:
    with open_store(db_path) as store:
        with pytest.raises(UserError, match="No alert 42"):
            decide_json(store, 42, "confirmed", "U1", "2025-10-02T08:00:00+00:00")
        with pytest.raises(UserError, match="not `ignored`"):
            decide_json(store, 42, "ignored", "U1", "2025-10-02T08:00:00+00:00")


def test_removing_an_article_takes_its_alerts_with_it(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        remove_article(store, "feb.txt")
        assert alerts_json(store) == []


def test_pollers_can_ask_only_for_alerts_raised_after_the_last_one_seen(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        [first] = alerts_json(store)
        add_article(store, "mar.txt", published="2025-03-01", said=(RUSSIA_REJECTS_TROOPS,))
        add_article(
            store, "oct.txt", published="2025-10-01", said=(Said("russia", "reassurance-force", "supports", "Ok."),)
        )
        fresh = alerts_json(store, after_id=first["id"])
    assert [a["new"]["source"] for a in fresh] == ["oct.txt"]
    assert fresh[0]["id"] > first["id"]


def steps_to_check(path: Path, earlier: int, said: Callable[[int], Said], counted: Callable[[int], Counted]) -> int:
    """SQLite's work (in steps of 10 virtual-machine instructions) to check one new article against an archive
    of `earlier` articles, each with the claim and figure given for its number."""
    with open_store(path) as store:
        with store.transaction() as db:
            for n in range(earlier):
                published = None if n % 10 == 0 else f"20{22 + n % 4}-{1 + n % 12:02d}-{1 + n % 28:02d}"
                values = article_values(f"earlier-{n}.txt", published=published, said=(said(n),), counted=(counted(n),))
                insert_article(db, *values, now=ADDED_AT)
        probe = Counted("force-size", 100_000, 100_000, "Kyiv says 100,000 troops are needed.")
        article, analysis = article_values(
            "probe.txt", published="2026-01-15", said=(BACKS_THE_BACKSTOP, RUSSIA_REJECTS_TROOPS), counted=(probe,)
        )
        steps = 0

        def count() -> int:
            nonlocal steps
            steps += 1
            return 0

        with store.transaction() as db:
            stored = insert_article(db, article, analysis, now=ADDED_AT)
            db.conn.set_progress_handler(count, 10)
            assert raise_alerts(db, stored.article_id, now=ADDED_AT) >= 1
            db.conn.set_progress_handler(None, 10)
        return steps


def test_checking_an_article_costs_the_same_however_many_earlier_claims_share_its_actor_and_topic(
    tmp_path: Path,
) -> None:
    """The latest earlier claims of each stance come from an index and the counts from tallies: no scan."""

    def on_the_backstop(n: int) -> Said:
        stance = ("noncommittal", "supports", "opposes", "conditional")[n % 4]
        return Said("united-states", "us-backstop", stance, f"Claim {n} on the backstop.", "france" if n % 3 else None)

    def force_size(n: int) -> Counted:
        return Counted("force-size", 10_000 + n, 30_000 + n, f"Between {10_000 + n:,} and {30_000 + n:,} troops.")

    small = steps_to_check(tmp_path / "small.db", 60, on_the_backstop, force_size)  # more than the figure window
    large = steps_to_check(tmp_path / "large.db", 3_000, on_the_backstop, force_size)
    assert large < small * 1.5


def test_checking_an_article_costs_the_same_however_large_the_rest_of_the_archive(tmp_path: Path) -> None:
    def elsewhere(n: int) -> Said:  # the same actor on other topics, other actors on the same topic
        actor, topic = ("united-states", f"topic-{n % 7}") if n % 2 else (f"actor-{n % 40}", "us-backstop")
        return Said(actor, topic, "supports", f"Claim {n}.")

    def other_quantity(n: int) -> Counted:
        return Counted(f"quantity-{n % 5}", n, n, f"{n} of something.")

    def archive(n: int) -> Said:
        return NONCOMMITTAL_ON_BACKSTOP if n == 0 else elsewhere(n)

    small = steps_to_check(tmp_path / "small.db", 20, archive, other_quantity)
    large = steps_to_check(tmp_path / "large.db", 2_000, archive, other_quantity)
    assert large < small * 1.5


def test_the_lookups_stay_true_to_the_claims_through_removals_re_analysis_and_date_fixes(db_path: Path) -> None:
    rng = random.Random(5)

    def random_claims(n: int) -> tuple[Said, ...]:
        actors, topics, reporters = ("russia", "poland"), ("tripwire", "reassurance-force"), (None, "united-states")
        return tuple(
            Said(
                rng.choice(actors),
                rng.choice(topics),
                rng.choice(STANCES),
                f"Claim {n}.{k}.",
                rng.choice(reporters),
                stated=rng.choice((None, "2025-04", "2024")),
            )
            for k in range(rng.randint(1, 4))
        )

    def random_date() -> str | None:
        return rng.choice((None, f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"))

    with open_store(db_path) as store:
        for n in range(40):
            counted = (
                (Counted("force-size", n, n, f"{n} troops.", None if n % 5 == 0 else "united-kingdom"),)
                if n % 3
                else ()
            )
            add_article(store, f"a{n}.txt", published=random_date(), said=random_claims(n), counted=counted)
        sources = [f"a{n}.txt" for n in range(40)]
        for source in rng.sample(sources, 8):
            remove_article(store, source)
            sources.remove(source)
        for n, source in enumerate(rng.sample(sources, 8)):
            analyse_again(store, source, random_claims(100 + n))
        for source in rng.sample(sources, 8):
            set_field(store, source, "published", random_date())
        db = store.conn
        tallies = set(db.execute("SELECT actor, topic, stance, articles FROM stance_tallies WHERE articles > 0"))
        assert tallies == set(
            db.execute(
                "SELECT actor, topic, stance, count(DISTINCT article_id) FROM claims GROUP BY actor, topic, stance"
            )
        )
        assert set(
            db.execute("SELECT claim_id, article_id, actor, topic, stance, direct, stated FROM claim_dates")
        ) == set(
            db.execute(
                "SELECT c.id, c.article_id, c.actor, c.topic, c.stance, c.confidence = 'stated',"
                " coalesce(c.stated, a.published, '') FROM claims c JOIN articles a ON a.id = c.article_id"
            )
        )
        assert set(db.execute("SELECT figure_id, article_id, quantity, published, source FROM figure_dates")) == set(
            db.execute(
                "SELECT f.id, f.article_id, f.quantity, coalesce(a.published, ''), f.source"
                " FROM figures f JOIN articles a ON a.id = f.article_id WHERE f.source IS NOT NULL"
            )
        )


def test_the_alerts_command_lists_both_articles_in_the_contract_s_json_shape(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
    assert main(["--db", str(db_path), "alerts", "--json"]) == 0
    [alert] = json.loads(capsys.readouterr().out)
    assert {"id", "kind", "timing", "actor", "topic", "status", "new", "old", "agree_new", "agree_old"} <= set(alert)
    for side in ("new", "old"):
        assert {"source", "sentence", "published", "outlet", "url"} <= set(alert[side])
    assert main(["--db", str(db_path), "alerts"]) == 0
    assert "[pending] shift united-states us-backstop: aug.txt vs feb.txt" in capsys.readouterr().out


def test_a_pair_dismissed_before_pair_keys_were_shortened_stays_dismissed(db_path: Path) -> None:
    old = schema_as_of(db_path, [m for m in MIGRATIONS if m.__name__ < "m006"])
    feb, _ = article_values("feb.txt", said=(NONCOMMITTAL_ON_BACKSTOP,))
    aug, _ = article_values("aug.txt", said=(BACKS_THE_BACKSTOP,))
    subject = f"claim|{BACKS_THE_BACKSTOP.actor}|{BACKS_THE_BACKSTOP.topic}"
    whole_hashes = "|".join(sorted((feb.content_hash, aug.content_hash)))
    old.execute("INSERT INTO dismissed_pairs VALUES (?, 'U1', 'then')", [f"{subject}|{whole_hashes}"])
    old.commit()
    old.close()
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        assert add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,)) == 0
        [key] = [row["pair_key"] for row in store.query("SELECT pair_key FROM dismissed_pairs")]
    assert len(key) == len(subject) + 2 * 17


def test_the_alerts_answer_shows_the_newest_open_alerts_and_counts_them_all(db_path: Path) -> None:
    with open_store(db_path) as store:
        for day in range(1, 62):  # the US changes its mind every day: 60 alerts
            said = BACKS_THE_BACKSTOP if day % 2 else NONCOMMITTAL_ON_BACKSTOP
            published = f"2025-03-{day % 28 + 1:02}T{day % 24:02}:00"
            add_article(store, f"day{day:02}.txt", published=published, said=(said,))
        newest = max(a["id"] for a in alerts_json(store))
        decide_json(store, newest, "dismissed", "U1", "2025-10-02T08:00:00+00:00")
        answer = answer_question(store, "alerts", LEXICON)
    ids = [a.id for a in answer.alerts]
    assert answer.total == 59
    assert len(ids) == 50 and ids == sorted(ids) and ids[-1] == newest - 1


def test_an_alert_with_a_side_the_actor_did_not_state_is_possible_and_never_posted(db_path: Path) -> None:
    hearsay = Said(
        "russia",
        "reassurance-force",
        "supports",
        "Trump said Putin accepts a European peacekeeping force.",
        reported_by="united-states",
        confidence="reported",
    )
    with open_store(db_path) as store:
        add_article(store, "tass-march.txt", published="2025-03-01", said=(RUSSIA_REJECTS_TROOPS,))
        assert add_article(store, "wire-april.txt", published="2025-04-01", said=(hearsay,)) == 1
        [alert] = alerts_json(store)
        assert (alert["kind"], alert["status"]) == ("contradiction", "possible")
        assert alert["new"]["confidence"] == "reported" and alert["old"]["confidence"] == "stated"
        assert due_json(store, NOW) == []
        assert "possible contradiction" in answer_text(answer_question(store, "alerts", LEXICON))


def test_an_alert_with_both_sides_stated_goes_to_the_channel(db_path: Path) -> None:
    accepts = Said("russia", "reassurance-force", "supports", "Moscow said it accepts a European force.")
    with open_store(db_path) as store:
        add_article(store, "tass-march.txt", published="2025-03-01", said=(RUSSIA_REJECTS_TROOPS,))
        add_article(store, "tass-april.txt", published="2025-04-01", said=(accepts,))
        [alert] = alerts_json(store)
        assert alert["status"] == "pending"
        assert [a["id"] for a in due_json(store, NOW)] == [alert["id"]]


def test_figures_of_armies_never_alert(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(
            store, "a.txt", counted=(Counted("russian-troops", 600_000, 600_000, "Russia has 600,000 troops."),)
        )
        raised = add_article(
            store,
            "b.txt",
            counted=(Counted("russian-troops", 1_300_000, 1_300_000, "Russia has 1.3 million soldiers."),),
        )
    assert raised == 0
