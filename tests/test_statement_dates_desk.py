"""Statement dates as the desk meets them: article files ingested through the command line, then the claims,
alerts, answers and an index from before statement dates, on a real SQLite file with the real parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.reanalysis import reanalyze_all
from bot.store import open_store
from bot.store.migrations import MIGRATIONS
from tests.analysis_helpers import load_shipped_lexicon
from tests.test_alerts import schema_as_of

RUSSIA_REJECTS = (
    "Russian Foreign Minister Sergei Lavrov said Russia rejects any deployment of European troops in Ukraine."
)
RUSSIA_ACCEPTED_IN_APRIL = (
    "Back in April, Russian Foreign Minister Sergei Lavrov said Russia would accept European troops in Ukraine"
    " as part of a settlement."
)
RUSSIA_ACCEPTED_ON_MARCH_3 = (
    "On March 3, 2025, Russian Foreign Minister Sergei Lavrov said Russia would accept European troops in Ukraine."
)


AUGUST_REJECTS = ("august.txt", RUSSIA_REJECTS, "August 20, 2025")
SEPTEMBER_RECALLS_APRIL = ("september.txt", RUSSIA_ACCEPTED_IN_APRIL, "September 18, 2025")


def run(db: Path, capsys: pytest.CaptureFixture[str], *words: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(db), *words]) == 0
    return capsys.readouterr().out


def add(db: Path, capsys: pytest.CaptureFixture[str], folder: Path, *articles: tuple[str, str, str | None]) -> None:
    """Article files as a desk admin drops them in (headline, byline, date line if any, one sentence), ingested
    one by one in this order."""
    for name, sentence, dated in articles:
        path = folder / name
        lines = [f"Report {name}", "", "By Desk Reporter", *([dated] if dated else []), "", sentence, ""]
        path.write_text("\n".join(lines), encoding="utf-8")
        run(db, capsys, "ingest", str(path), "--json")


def only_alert(db: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    [alert] = json.loads(run(db, capsys, "alerts", "--json"))
    return dict(alert)


def test_an_old_statement_reported_late_is_an_earlier_statement_not_a_reversal(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(db_path, capsys, tmp_path, AUGUST_REJECTS, SEPTEMBER_RECALLS_APRIL)
    alert = only_alert(db_path, capsys)
    assert (alert["kind"], alert["timing"]) == ("contradiction", "earlier-report-differs")
    assert (alert["new"]["stated"], alert["new"]["stated_from"]) == ("2025-04", "text")
    assert (alert["old"]["stated"], alert["old"]["stated_from"]) == ("2025-08-20", "published")
    said = run(db_path, capsys, "ask", "alerts")
    assert "an earlier statement, reported on 18 Sep 2025, has supports" in said
    assert "stated Apr 2025, reported 18 Sep 2025" in said and "was opposes" not in said


def test_claims_json_says_when_each_claim_was_stated_and_from_where(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    undated = ("undated.txt", RUSSIA_REJECTS.replace("European", "Western"), None)
    add(db_path, capsys, tmp_path, AUGUST_REJECTS, SEPTEMBER_RECALLS_APRIL, undated)
    claims = json.loads(run(db_path, capsys, "claims", "--json"))
    assert [(c["source"], c["stated"], c["stated_from"]) for c in claims] == [
        ("august.txt", "2025-08-20", "published"),
        ("september.txt", "2025-04", "text"),
        ("undated.txt", None, "published"),
    ]


def test_a_later_statement_reported_in_an_older_article_reverses_the_earlier_one(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    early_september = ("early-september.txt", RUSSIA_REJECTS, "September 10, 2025")
    add(db_path, capsys, tmp_path, SEPTEMBER_RECALLS_APRIL, early_september)
    assert only_alert(db_path, capsys)["timing"] == "reversal"  # by publication: an older report added late
    assert "was supports (september.txt, stated Apr 2025, reported 18 Sep 2025), now opposes" in run(
        db_path, capsys, "ask", "alerts"
    )


def test_an_undated_article_with_a_dated_statement_is_ordered_by_that_date(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(db_path, capsys, tmp_path, AUGUST_REJECTS, ("undated.txt", RUSSIA_ACCEPTED_ON_MARCH_3, None))
    alert = only_alert(db_path, capsys)
    assert alert["timing"] == "earlier-report-differs"  # not "conflicting-reports": the statement has a date
    assert (alert["new"]["published"], alert["new"]["stated"]) == (None, "2025-03-03")


def test_the_actor_timeline_orders_stances_by_when_they_were_stated(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(db_path, capsys, tmp_path, AUGUST_REJECTS, SEPTEMBER_RECALLS_APRIL)
    timeline = run(db_path, capsys, "ask", "actor russia")
    assert "supports (Apr 2025) → opposes (20 Aug 2025)" in timeline
    assert "stated Apr 2025" in timeline
    answer = json.loads(run(db_path, capsys, "ask", "who-supports reassurance force", "--json"))
    [russia] = answer["groups"]["supports"]
    assert (russia["quotes"][0]["stated"], russia["quotes"][0]["stated_from"]) == ("2025-04", "text")


def test_an_index_from_before_statement_dates_migrates_and_reanalysis_fills_them(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = schema_as_of(db_path, [m for m in MIGRATIONS if m.__name__ < "m008"])
    old.execute(
        "INSERT INTO articles (id, source, content_hash, published, raw_bytes, added_at)"
        " VALUES (1, 'september.txt', 'h1', '2025-09-18', 1, 'then')"
    )
    old.execute(
        "INSERT INTO sentences (id, article_id, position, paragraph, text) VALUES (1, 1, 0, 0, ?)",
        [RUSSIA_ACCEPTED_IN_APRIL],
    )
    old.execute(
        "INSERT INTO claims (article_id, sentence_id, actor, topic, stance, cue)"
        " VALUES (1, 1, 'russia', 'reassurance-force', 'supports', 'accept')"
    )
    old.commit()
    old.close()
    [before] = json.loads(run(db_path, capsys, "claims", "--json"))
    assert (before["stated"], before["stated_from"]) == ("2025-09-18", "published")
    with open_store(db_path) as store:
        reanalyze_all(store, load_shipped_lexicon(), now="2025-10-01T09:00:00+00:00")
    [after] = json.loads(run(db_path, capsys, "claims", "--json"))
    assert (after["stated"], after["stated_from"]) == ("2025-04", "text")
