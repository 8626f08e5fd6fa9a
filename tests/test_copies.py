"""Copies of one story: the same wire text under two mastheads is one report, not two (issue 14).

Each scenario ingests real files into a real SQLite index through the command line, with the real analysis.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from bot.copies import fingerprint_of, is_copy
from bot.store import open_store
from bot.store.copies import story_of
from tests.copy_desk import (
    AGAINST,
    FIRST_HALF,
    QUOTING,
    QUOTING_PARAGRAPHS,
    REPUBLISHED,
    RESCRAPED,
    SECOND_HALF,
    SUMMARY,
    UPDATED_COPY,
    WIRE,
    WIRE_PARAGRAPHS,
    write_pages,
)


def run(capsys: pytest.CaptureFixture[str], db: Path, *words: str) -> str:
    assert main(["--db", str(db), *words]) == 0
    return capsys.readouterr().out


def run_json(capsys: pytest.CaptureFixture[str], db: Path, *words: str) -> object:
    return json.loads(run(capsys, db, *words, "--json"))


def add(capsys: pytest.CaptureFixture[str], db: Path, folder: Path, **pages: str) -> dict:
    return run_json(capsys, db, "ingest", *map(str, write_pages(folder, **pages)))  # type: ignore[return-value]


def copy_of(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, int | None]:
    """`articles --json` as {file name: the file name of the story it copies, or None}."""
    listed = run_json(capsys, db, "articles")
    assert isinstance(listed, list)
    names = {a["id"]: a["source"] for a in listed}
    return {a["source"]: names.get(a["copy_of"]) for a in listed}


def test_the_same_wire_text_under_another_masthead_is_a_copy_of_the_story(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    report = add(capsys, db_path, tmp_path / "in", wire=WIRE, republished=REPUBLISHED)
    assert len(report["added"]) == 2 and report["duplicates"] == []  # another page, so not a duplicate
    assert copy_of(capsys, db_path) == {"wire.txt": None, "republished.txt": "wire.txt"}


def test_a_story_scraped_again_with_other_furniture_is_a_copy(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    add(capsys, db_path, tmp_path / "in", wire=WIRE, rescraped=RESCRAPED)
    assert copy_of(capsys, db_path)["rescraped.txt"] == "wire.txt"


def test_a_syndicated_summary_that_keeps_the_first_paragraphs_is_a_copy(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    add(capsys, db_path, tmp_path / "in", wire=WIRE, summary=SUMMARY)
    assert copy_of(capsys, db_path)["summary.txt"] == "wire.txt"


def test_a_summary_added_before_its_story_still_makes_the_earlier_published_one_the_story(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    add(capsys, db_path, tmp_path / "in", summary=SUMMARY, wire=WIRE)
    assert copy_of(capsys, db_path) == {"summary.txt": "wire.txt", "wire.txt": None}


def test_a_story_that_quotes_another_is_not_its_copy(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    add(capsys, db_path, tmp_path / "in", wire=WIRE, quoting=QUOTING)
    assert copy_of(capsys, db_path) == {"wire.txt": None, "quoting.txt": None}


def test_the_whole_story_joins_two_digests_that_each_kept_half_of_it(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    add(capsys, db_path, tmp_path / "in", first=FIRST_HALF, second=SECOND_HALF)
    assert "2 independent reports" in run(capsys, db_path, "ask", "who-supports us backstop")
    add(capsys, db_path, tmp_path / "later", wire=WIRE)
    assert copy_of(capsys, db_path) == {"wire.txt": None, "first.txt": "wire.txt", "second.txt": "wire.txt"}
    assert "3 reports, 1 independent" in run(capsys, db_path, "ask", "who-supports us backstop")


def test_a_short_statement_quoted_whole_in_a_longer_story_is_not_its_copy() -> None:
    statement = fingerprint_of(WIRE_PARAGRAPHS[:1])
    story = fingerprint_of((*QUOTING_PARAGRAPHS, WIRE_PARAGRAPHS[0]))
    assert not is_copy(statement, story)
    assert is_copy(statement, fingerprint_of(WIRE_PARAGRAPHS[:2]))  # in a text that is half of it, it is one story


def test_removing_the_story_makes_its_earliest_copy_the_story_until_it_is_added_again(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    add(capsys, db_path, tmp_path / "in", wire=WIRE, summary=SUMMARY, republished=REPUBLISHED)
    run(capsys, db_path, "remove", "wire.txt")
    assert copy_of(capsys, db_path) == {"republished.txt": None, "summary.txt": "republished.txt"}
    add(capsys, db_path, tmp_path / "again", wire=WIRE)  # added again, published first: the story once more
    assert copy_of(capsys, db_path) == {"republished.txt": "wire.txt", "summary.txt": "wire.txt", "wire.txt": None}


def test_a_corrected_date_can_make_a_copy_the_story(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    add(capsys, db_path, tmp_path / "in", wire=WIRE, republished=REPUBLISHED)
    run(capsys, db_path, "set", "republished.txt", "date", "2025-03-01")
    assert copy_of(capsys, db_path) == {"wire.txt": "republished.txt", "republished.txt": None}


def test_which_story_an_article_is_names_the_story_for_every_copy(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    report = add(capsys, db_path, tmp_path / "in", wire=WIRE, republished=REPUBLISHED, quoting=QUOTING)
    wire, republished, quoting = (a["id"] for a in report["added"])
    with open_store(db_path) as store:
        assert [story_of(store.db, a) for a in (wire, republished, quoting)] == [wire, wire, quoting]


def test_a_copy_never_alerts_against_its_own_story(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """The updated copy carries the story's backing and a later refusal: set against the story, that would be a
    contradiction; it is one story, so only the independent report raises an alert."""
    report = add(capsys, db_path, tmp_path / "in", wire=WIRE, updated=UPDATED_COPY)
    assert report["alerts"] == 0
    report = add(capsys, db_path, tmp_path / "later", against=AGAINST)
    assert report["alerts"] == 1
    (alert,) = run_json(capsys, db_path, "alerts")  # type: ignore[misc]
    assert (alert["kind"], alert["new"]["source"]) == ("contradiction", "against.txt")
    assert alert["old"]["source"] in ("wire.txt", "updated.txt")


def test_each_side_of_an_alert_counts_a_republished_story_once(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    add(capsys, db_path, tmp_path / "in", wire=WIRE, republished=REPUBLISHED, summary=SUMMARY, against=AGAINST)
    (alert,) = run_json(capsys, db_path, "alerts")  # type: ignore[misc]
    assert (alert["new"]["sources"], alert["old"]["sources"]) == (1, 1)
    assert alert["agree_old"] == 2  # three reports back the backstop: the cited one and two copies of it


def test_who_supports_says_how_many_reports_are_independent(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    add(capsys, db_path, tmp_path / "in", wire=WIRE, republished=REPUBLISHED, summary=SUMMARY)
    answer = run_json(capsys, db_path, "ask", "who-supports us backstop")
    assert isinstance(answer, dict)
    (held,) = [h for h in answer["groups"]["supports"] if h["actor"] == "united-states"]
    assert (held["reports"], held["independent"]) == (3, 1)
    assert "3 reports, 1 independent" in run(capsys, db_path, "ask", "who-supports us backstop")


def test_an_index_made_before_copies_were_told_apart_finds_them_when_reanalysed(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """The quoting story carries the backing too (in its quotation), as a report of its own."""
    add(capsys, db_path, tmp_path / "in", wire=WIRE, quoting=QUOTING, summary=SUMMARY, republished=REPUBLISHED)
    forget_copies(db_path)  # the index as it was before migration m009
    assert set(copy_of(capsys, db_path).values()) == {None}  # migrated: every article a story of its own
    assert "4 independent reports" in run(capsys, db_path, "ask", "who-supports us backstop")
    run(capsys, db_path, "reanalyze")
    assert copy_of(capsys, db_path) == {
        "wire.txt": None,
        "quoting.txt": None,
        "summary.txt": "wire.txt",
        "republished.txt": "wire.txt",
    }
    assert "4 reports, 2 independent" in run(capsys, db_path, "ask", "who-supports us backstop")


def forget_copies(db: Path) -> None:
    """Take migration m009 (copies) out of an index, as if it had been made before it."""
    conn = sqlite3.connect(db)
    conn.executescript(
        """
        DROP TRIGGER claims_sources_ai;
        DROP TRIGGER claims_sources_ad;
        DROP TABLE article_copies;
        DROP TABLE copy_buckets;
        DROP TABLE story_stances;
        DROP TABLE source_tallies;
        DELETE FROM _migrations WHERE name = 'm009_article_copies';
        PRAGMA user_version = 0;
        """
    )
    conn.close()
