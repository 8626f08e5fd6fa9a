"""Migration 13 on real SQLite files: each claim's and figure's lookup key stored once, alerts without a dedupe
key, and the desk's answers (who-supports, timelines, alerts) what they were before it."""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

from bot.model import STANCES
from bot.store import Store, open_store
from bot.store.alerts.raising import raise_alerts
from bot.store.answers import newest_claims, stance_summary
from bot.store.articles import delete_analysis, find_article, insert_article, remove_article, set_field
from bot.store.migrations import MIGRATIONS
from bot.store.statements import statement_days
from tests.alert_json import alerts_json
from tests.desk_archive import ADDED_AT, Counted, Said, add_article, article_values
from tests.test_alerts import BACKS_THE_BACKSTOP, NONCOMMITTAL_ON_BACKSTOP, analyse_again, schema_as_of

ACTORS = ("russia", "poland", "united-states")
TOPICS = ("tripwire", "reassurance-force")
Article = tuple[str, str | None, tuple[Said, ...], tuple[Counted, ...]]


def archive(size: int, seed: int = 13) -> list[Article]:
    """Articles with claims of every kind (stated or reported, dated by their sentence or not) and figures (with
    a source or none)."""
    rng = random.Random(seed)
    articles = []
    for n in range(size):
        said = []
        for k in range(rng.randint(1, 4)):
            reported_by = rng.choice((None, "united-states"))
            said.append(
                Said(
                    rng.choice(ACTORS),
                    rng.choice(TOPICS),
                    rng.choice(STANCES),
                    f"Claim {n}.{k}.",
                    reported_by,
                    confidence="reported" if reported_by else "stated",
                    stated=rng.choice((None, "2025-04", "2024")),
                )
            )
        published = rng.choice((None, f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"))
        source = rng.choice(("united-kingdom", "france", None))
        counted = (Counted("force-size", 1_000 * n, 1_000 * n, f"{n},000 troops.", source),) if n % 3 else ()
        articles.append((f"a{n}.txt", published, tuple(said), counted))
    return articles


def lookups(store: Store) -> dict[str, object]:
    """What who-supports, actor and the charts read from the lookups: stances by topic and by actor, the newest
    claims of each stance, and the timelines."""
    return {
        "by_topic": [stance_summary(store, topic=topic) for topic in TOPICS],
        "by_actor": [stance_summary(store, actor=actor) for actor in ACTORS],
        "newest": [
            newest_claims(store, actor=actor, topic=topic, stance=stance, limit=3)
            for actor in ACTORS
            for topic in TOPICS
            for stance in STANCES
        ],
        "days": statement_days(store, actors=ACTORS, topics=TOPICS),
    }


def answers(store: Store) -> dict[str, object]:
    return lookups(store) | {"alerts": alerts_json(store)}


def index_as_of_migration_12(path: Path, articles: list[Article], alerts_from: Path) -> None:
    """The articles stored by an index of migration 12, with the alerts raised for them as it wrote them (with
    their dedupe key, one per new article and subject)."""
    old = schema_as_of(path, MIGRATIONS[:12])
    old.commit()
    old.close()
    with open_store(path, migrate_schema=False) as store:
        for source, published, said, counted in articles:
            with store.transaction() as db:
                insert_article(
                    db, *article_values(source, published=published, said=said, counted=counted), now=ADDED_AT
                )
        raised = sqlite3.connect(alerts_from)
        raised.row_factory = sqlite3.Row
        with store.transaction() as db:
            for alert in raised.execute("SELECT * FROM alerts ORDER BY id"):
                row = dict(alert) | {"dedupe_key": f"{alert['pair_key'].rsplit('|', 2)[0]}|{alert['new_article_id']}"}
                db.execute(
                    f"INSERT INTO alerts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
                )
        raised.close()


def lookup_rows(store: Store) -> tuple[set[tuple], set[tuple]]:
    """The rows of `claim_dates` and `figure_dates`, column by column."""
    claims = store.conn.execute("SELECT claim_id, article_id, actor, topic, stance, direct, stated FROM claim_dates")
    figures = store.conn.execute("SELECT figure_id, article_id, quantity, source, published FROM figure_dates")
    return set(claims), set(figures)


def test_an_index_upgraded_by_migration_13_answers_as_one_built_with_it(tmp_path: Path) -> None:
    articles = archive(40)
    fresh, upgraded = tmp_path / "fresh.db", tmp_path / "upgraded.db"
    with open_store(fresh) as store:
        for source, published, said, counted in articles:
            add_article(store, source, published=published, said=said, counted=counted)
    index_as_of_migration_12(upgraded, articles, alerts_from=fresh)
    with open_store(fresh) as new, open_store(upgraded) as old:
        assert old.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert answers(new)["alerts"] != []
        assert answers(old) == answers(new)
        assert lookup_rows(old) == lookup_rows(new)
        for store in (new, old):  # then the desk goes on: a date corrected, an article removed, one added
            set_field(store, "a7.txt", "published", "2025-05-05")
            remove_article(store, "a12.txt")
            russia = Said("russia", "reassurance-force", "supports", "Moscow said it could accept a European force.")
            assert add_article(store, "late.txt", published="2025-10-01", said=(russia, BACKS_THE_BACKSTOP)) >= 1
        assert answers(old) == answers(new)
        assert lookup_rows(old) == lookup_rows(new)


def test_alert_ids_stay_unused_through_the_upgrade_when_the_newest_alert_was_removed(tmp_path: Path) -> None:
    fresh, upgraded = tmp_path / "fresh.db", tmp_path / "upgraded.db"
    articles: list[Article] = [
        ("feb.txt", "2025-02-20", (NONCOMMITTAL_ON_BACKSTOP,), ()),
        ("aug.txt", "2025-08-28", (BACKS_THE_BACKSTOP,), ()),
    ]
    with open_store(fresh) as store:
        for source, published, said, _ in articles:
            add_article(store, source, published=published, said=said)
    index_as_of_migration_12(upgraded, articles, alerts_from=fresh)
    with open_store(upgraded, migrate_schema=False) as store, store.transaction() as db:
        db.execute("DELETE FROM alerts")  # the newest alert goes; its id is never given again
    with open_store(upgraded) as store:
        add_article(store, "sep.txt", published="2025-09-10", said=(BACKS_THE_BACKSTOP,))
        [alert] = alerts_json(store)
    assert (alert["id"], alert["new"]["source"]) == (2, "sep.txt")


def test_the_lookups_are_tables_clustered_on_their_keys_with_no_copy_beside_them(db_path: Path) -> None:
    with open_store(db_path) as store:
        indexes = {
            row[0]
            for row in store.conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'index'"
                " AND tbl_name IN ('claims', 'claim_dates', 'figures', 'figure_dates')"
            )
        }
        tables = store.conn.execute(
            "SELECT sql FROM sqlite_schema WHERE name IN ('claim_dates', 'figure_dates') ORDER BY name"
        ).fetchall()
        alert_columns = {row[1] for row in store.conn.execute("PRAGMA table_info(alerts)")}
    assert indexes == {"claims_article", "claims_sentence", "figures_article"}
    assert [sql.rstrip().endswith("WITHOUT ROWID") for (sql,) in tables] == [True, True]
    assert "dedupe_key" not in alert_columns


def test_an_article_deleted_with_its_claims_takes_their_dates_and_tallies_with_it(db_path: Path) -> None:
    hearsay = Said(
        "united-states", "us-backstop", "supports", "Kyiv said Washington backs it.", "ukraine", confidence="reported"
    )
    plan = Counted("force-size", 20_000, 20_000, "London plans 20,000 troops.")
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,), counted=(plan,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP, hearsay), counted=(plan,))
        with store.transaction() as db:  # no `remove_article` first: claims and figures go by ON DELETE CASCADE
            db.execute("DELETE FROM articles WHERE source = 'aug.txt'")
        claims, figures = lookup_rows(store)
        tallies = set(
            store.conn.execute("SELECT actor, topic, stance, articles FROM stance_tallies WHERE articles > 0")
        )
    assert [(row[1], row[4]) for row in claims] == [(1, "noncommittal")]
    assert [row[1] for row in figures] == [1]
    assert tallies == {("united-states", "us-backstop", "noncommittal", 1)}


def test_two_sources_figures_of_one_quantity_raise_one_alert_for_the_article(db_path: Path) -> None:
    def plans(troops: int, sentence: str) -> tuple[Counted, ...]:
        return tuple(Counted("force-size", troops, troops, f"{sentence} ({source})", source) for source in ("uk", "fr"))

    with open_store(db_path) as store:
        add_article(store, "march.txt", published="2025-03-01", counted=plans(10_000, "10,000 troops are planned."))
        assert add_article(store, "may.txt", published="2025-05-01", counted=plans(100_000, "100,000 are needed.")) == 1
        [alert] = alerts_json(store)
        with store.rehearsal() as db:  # checked again, the article has its alert already
            assert raise_alerts(db, find_article(store, "may.txt").id, now=ADDED_AT) == 0
    assert alert["quantity"] == "force-size"


def test_re_analysing_an_article_counts_only_the_articles_before_it_as_agreeing(db_path: Path) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "mar.txt", published="2025-03-20", said=(NONCOMMITTAL_ON_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKS_THE_BACKSTOP,))
        [raised] = alerts_json(store)
        for n in range(3):  # later articles on both sides, which the re-check must leave out
            add_article(store, f"sep{n}.txt", published=f"2025-09-0{n + 1}", said=(BACKS_THE_BACKSTOP,))
            add_article(store, f"oct{n}.txt", published=f"2025-10-0{n + 1}", said=(NONCOMMITTAL_ON_BACKSTOP,))
        first_alerts = {a["id"] for a in alerts_json(store)} - {raised["id"]}
        analyse_again(store, "aug.txt", (BACKS_THE_BACKSTOP,))
        [again] = [a for a in alerts_json(store) if a["id"] not in first_alerts]
    assert (again["id"], again["agree_new"], again["agree_old"]) == (raised["id"], 0, 1)
    assert (raised["agree_new"], raised["agree_old"]) == (0, 1)


def steps_to_correct_and_clear(path: Path, earlier: int) -> int:
    """SQLite's work (in steps of 10 virtual-machine instructions) to correct one article's date and then remove its
    claims and figures (as re-analysis and `remove` do first), in an archive where `earlier` claims and figures of
    one article share the keys of its own."""
    with open_store(path) as store:
        said = tuple(
            Said("united-states", "us-backstop", ("supports", "noncommittal")[n % 2], f"Claim {n} on the backstop.")
            for n in range(earlier)
        )
        plans = tuple(Counted("force-size", n, n, f"A plan for {n} troops.") for n in range(earlier))
        add_article(store, "earlier.txt", published="2025-01-01", said=said, counted=plans)
        probe = Counted("force-size", 50_000, 50_000, "London plans 50,000 troops.")
        both = (BACKS_THE_BACKSTOP, NONCOMMITTAL_ON_BACKSTOP)
        add_article(store, "probe.txt", published="2025-06-01", said=both, counted=(probe,))
        steps = 0

        def count() -> int:
            nonlocal steps
            steps += 1
            return 0

        store.conn.set_progress_handler(count, 10)
        set_field(store, "probe.txt", "published", "2025-06-02")
        with store.transaction() as db:
            delete_analysis(db, find_article(store, "probe.txt").id)
        store.conn.set_progress_handler(None, 10)
        return steps


def test_correcting_a_date_and_clearing_an_analysis_cost_the_same_however_many_rows_share_their_keys(
    tmp_path: Path,
) -> None:
    """The triggers find a claim's (a figure's) row by its whole key, never among its stance's (quantity's)."""
    small = steps_to_correct_and_clear(tmp_path / "small.db", 20)
    large = steps_to_correct_and_clear(tmp_path / "large.db", 3_000)
    assert large < small * 1.5


def test_the_reads_of_the_lookups_seek_an_index(db_path: Path) -> None:
    """Every statement on claims, claim_dates, figure_dates or alerts behind who-supports, the timelines, the alert
    check (of a new article and, in re-analysis, of an older one), a date correction and a removal uses an index."""
    statements: list[str] = []
    with open_store(db_path) as store:
        for source, published, said, counted in archive(12):
            add_article(store, source, published=published, said=said, counted=counted)
        [older] = store.conn.execute("SELECT min(new_article_id) FROM alerts WHERE new_claim_id").fetchone()
        store.conn.set_trace_callback(statements.append)
        lookups(store)
        for article_id in (older, 12):
            with store.rehearsal() as db:
                db.execute("DELETE FROM alerts WHERE new_article_id = ?", [article_id])
                raise_alerts(db, article_id, now=ADDED_AT)
        set_field(store, "a3.txt", "published", "2025-05-05")
        remove_article(store, "a4.txt")
        store.conn.set_trace_callback(None)
        lookups_read = re.compile(r"^(?!--).*\b(claims|claim_dates|figure_dates|alerts)\b", re.DOTALL)
        touching = [s for s in statements if lookups_read.search(s)]
        plans = {s: [row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {s}")] for s in touching}
    scans = {s: lines for s, lines in plans.items() if any(_scans_a_table(line) for line in lines)}
    assert any("count(DISTINCT article_id) FROM claim_dates" in s for s in plans)  # `older` was checked again
    assert scans == {}


def _scans_a_table(line: str) -> bool:
    """A plan's line reading a whole table; stance_tallies (`t`) read by topic alone is one row per actor, topic
    and stance, and is read so since migration 4."""
    return line.startswith("SCAN") and not line.startswith(("SCAN CONSTANT ROW", "SCAN (subquery", "SCAN t"))
