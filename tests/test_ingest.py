"""Adding articles to a real SQLite index: whole or not at all, duplicates once, bad files reported."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from bot.ingest import IngestOptions, ingest_bytes
from bot.store import Database, open_store
from tests.analysis_helpers import load_shipped_lexicon
from tests.conftest import SEEDS
from tests.newsroom import LEXICON

SEED_000 = SEEDS / "000_72331da689b6b8e2.txt"
SEED_001 = SEEDS / "001_42fdb5741ca79799.txt"
ARTICLE_TABLES = ("articles", "sentences", "claims", "quotes", "figures")  # what adding an article writes


def ingest(capsys: pytest.CaptureFixture[str], db: Path, *paths: Path) -> tuple[int, dict]:
    status = main(["--db", str(db), "ingest", *map(str, paths), "--json"])
    return status, json.loads(capsys.readouterr().out)


def counts(db: Path, tables: tuple[str, ...] = ("articles", "sentences", "sentences_vocab")) -> dict[str, int]:
    """Rows in each table an article writes, read through a fresh connection (what is on disk)."""
    conn = sqlite3.connect(db)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
    finally:
        conn.close()


@pytest.fixture
def bad_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """One file for each kind of bad input, keyed by what is wrong with it."""
    monkeypatch.setenv("GUARANTEES_MAX_BYTES", "20000")
    folder = tmp_path / "upload"
    folder.mkdir()
    files = {
        "empty": folder / "empty.txt",
        "binary": folder / "photo.txt",
        "huge": folder / "huge.txt",
        "no text": folder / "menu.html",
        "wrong encoding": folder / "notes.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    files["huge"].write_text("Poland ruled out sending troops. " * 1000)
    files["no text"].write_text("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>")
    files["wrong encoding"].write_bytes(b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 100)
    files["missing"] = folder / "missing.txt"
    files["under a file"] = files["empty"] / "inside.txt"
    return files


def test_ingest_json_lists_added_and_failed_and_the_exit_status_says_something_failed(
    capsys: pytest.CaptureFixture[str], db_path: Path, bad_files: dict[str, Path]
) -> None:
    status, report = ingest(capsys, db_path, *bad_files.values(), SEED_000)
    assert status == 1
    assert set(report) >= {"added", "duplicates", "failed", "alerts"}
    assert [a["source"] for a in report["added"]] == [SEED_000.name]
    assert report["duplicates"] == []
    failed = {Path(f["path"]).name: f["error"] for f in report["failed"]}
    assert set(failed) == {path.name for path in bad_files.values()}
    assert "can't read" in failed["inside.txt"]
    assert all(error and "\n" not in error for error in failed.values())
    assert "is empty" in failed["empty.txt"]
    assert "PNG image" in failed["photo.txt"]
    assert "over the 20,000-byte limit" in failed["huge.txt"]
    assert "has no article text" in failed["menu.html"]
    assert "not text" in failed["notes.txt"]
    assert "can't read" in failed["missing.txt"]
    assert counts(db_path)["articles"] == 1


def test_a_clean_run_exits_zero_and_says_what_it_added(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    status = main(["--db", str(db_path), "ingest", str(SEED_000), str(SEED_001)])
    out = capsys.readouterr().out
    assert status == 0
    assert f"added {SEED_000.name}" in out
    assert "2 added, 0 duplicates, 0 failed" in out


def test_a_folder_of_seeds_is_indexed_with_its_bad_file_reported(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "zz_blank.md").write_text("\n\n")
    status, report = ingest(capsys, db_path, folder)
    assert status == 1
    assert len(report["added"]) == 5
    assert [Path(f["path"]).name for f in report["failed"]] == ["zz_blank.md"]


@pytest.mark.skipif(os.geteuid() == 0, reason="file permissions do not bind the superuser")
def test_an_unreadable_file_is_reported_and_the_others_still_go_in(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_bytes(SEED_001.read_bytes())
    locked.chmod(0)
    status, report = ingest(capsys, db_path, locked, SEED_000)
    assert status == 1
    assert "can't read" in report["failed"][0]["error"]
    assert len(report["added"]) == 1


def test_the_same_file_twice_is_a_duplicate_not_a_second_article(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    ingest(capsys, db_path, SEED_000)
    before = counts(db_path)
    status, report = ingest(capsys, db_path, SEED_000)
    assert status == 0
    assert report["added"] == []
    assert [(d["source"], d["of"]) for d in report["duplicates"]] == [(SEED_000.name, SEED_000.name)]
    assert counts(db_path) == before


def test_the_same_story_scraped_with_other_furniture_is_a_duplicate(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    original = SEED_000.read_text(encoding="utf-8")
    body = original[original.index("White House, Pentagon") : original.index("Caliber.Az\nViews")]
    rescrape = tmp_path / "rescrape.txt"
    rescrape.write_text(
        "Menu\nNews\nSport\nWeather\n" + body.replace("\n\n", "\n") + "Views: 4,311\nShare this article on X\n© 2025\n",
        encoding="cp1252",
    )
    ingest(capsys, db_path, SEED_000)
    _, report = ingest(capsys, db_path, rescrape)
    assert report["added"] == []
    assert [d["of"] for d in report["duplicates"]] == [SEED_000.name]
    assert counts(db_path)["articles"] == 1


def test_ingesting_bytes_returns_what_became_of_that_article(db_path: Path) -> None:
    options = IngestOptions(lexicon=LEXICON, now="2025-10-01T09:00:00+00:00")
    with open_store(db_path) as store:
        added = ingest_bytes(store, SEED_000.read_bytes(), SEED_000.name, options)
        again = ingest_bytes(store, SEED_000.read_bytes(), "copy.txt", options, path="inbox/copy.txt")
        empty = ingest_bytes(store, b"", "empty.txt", options)
    assert ([a["source"] for a in added.added], added.duplicates, added.failed) == ([SEED_000.name], [], [])
    assert (again.added, [(d["path"], d["of"]) for d in again.duplicates]) == ([], [("inbox/copy.txt", SEED_000.name)])
    assert (empty.added, [f["path"] for f in empty.failed]) == ([], ["empty.txt"])


def test_an_article_whose_rows_went_in_through_sqlite_utils_is_rolled_back_whole(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sqlite-utils' insert helpers write inside the article's open transaction (as savepoints), so a failure
    after them, here in the contradiction check, leaves nothing of the article behind."""
    written: dict[str, int] = {}

    def count_then_fail(db: Database, article_id: int, **_: object) -> int:
        for table in ARTICLE_TABLES[1:]:
            written[table] = db.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [article_id]).fetchone()[
                0
            ]
        raise RuntimeError("the check failed")

    monkeypatch.setattr("bot.ingest.raise_alerts", count_then_fail)
    options = IngestOptions(lexicon=load_shipped_lexicon(), now="2025-10-01T09:00:00+00:00")
    with open_store(db_path) as store, pytest.raises(RuntimeError, match="the check failed"):
        ingest_bytes(store, SEED_001.read_bytes(), SEED_001.name, options)
    assert written["sentences"] > 0 and written["claims"] > 0 and written["quotes"] > 0
    conn = sqlite3.connect(db_path)
    left = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ARTICLE_TABLES}
    left["sentences_fts"] = conn.execute(
        "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'troops'"
    ).fetchone()[0]
    conn.close()
    assert left == dict.fromkeys([*ARTICLE_TABLES, "sentences_fts"], 0)


def test_a_crash_in_the_middle_of_an_article_leaves_no_partial_rows(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    with open_store(db_path) as store:
        store.conn.execute(
            "CREATE TRIGGER disk_fails_mid_article BEFORE INSERT ON sentences"
            " WHEN NEW.text LIKE 'Politico also emphasises%'"
            " BEGIN SELECT RAISE(ABORT, 'disk failure'); END"
        )
    with pytest.raises(sqlite3.IntegrityError, match="disk failure"):
        main(["--db", str(db_path), "ingest", str(SEED_001), str(SEED_000), "--json"])
    capsys.readouterr()
    conn = sqlite3.connect(db_path)
    sources = [row[0] for row in conn.execute("SELECT source FROM articles")]
    politico_hits = conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Politico'").fetchone()
    conn.close()
    assert sources == [SEED_001.name]  # the article before the crash is whole; none of the crashed one
    assert politico_hits == (0,)
    first = counts(db_path)
    with open_store(db_path) as store:
        store.conn.execute("DROP TRIGGER disk_fails_mid_article")
    status, report = ingest(capsys, db_path, SEED_000)
    assert (status, [a["source"] for a in report["added"]]) == (0, [SEED_000.name])
    assert counts(db_path)["sentences"] == first["sentences"] + report["added"][0]["sentences"]


def test_every_sentence_of_an_added_article_is_in_the_full_text_index(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    _, report = ingest(capsys, db_path, SEEDS / "004_e6bd231cd2f2ab5e.txt")
    conn = sqlite3.connect(db_path)
    hits = conn.execute(
        "SELECT s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
        " WHERE sentences_fts MATCH 'muscle'"
    )
    assert [row[0] for row in hits] == [
        "“Does anyone believe this is only aimed at Ukraine? Europe needs to muscle up now.”"
    ]
    assert conn.execute("SELECT count(*) FROM sentences").fetchone()[0] == report["added"][0]["sentences"] == 18
    conn.close()


def test_articles_json_shows_the_metadata_with_unknown_dates_as_null(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    ingest(capsys, db_path, SEEDS / "003_d3d039583e9e291b.txt", SEEDS / "004_e6bd231cd2f2ab5e.txt")
    assert main(["--db", str(db_path), "articles", "--json"]) == 0
    articles = {a["source"]: a for a in json.loads(capsys.readouterr().out)}
    assert articles["003_d3d039583e9e291b.txt"]["published"] is None
    assert articles["003_d3d039583e9e291b.txt"]["title"] is None
    assert articles["004_e6bd231cd2f2ab5e.txt"]["outlet"] == "Daily Sabah"
    assert articles["004_e6bd231cd2f2ab5e.txt"]["published"].startswith("2025-02-20")


def test_a_bulk_ingest_analysed_in_worker_processes_stores_what_one_process_would(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.bench.generator import ArchiveGenerator
    from tests.analysis_helpers import load_shipped_lexicon

    folder = tmp_path / "bulk"
    folder.mkdir()
    for generated in ArchiveGenerator(load_shipped_lexicon(), seed=3).articles(20):
        (folder / generated.name).write_bytes(generated.data)
    listings = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("GUARANTEES_WORKERS", workers)
        db = tmp_path / f"workers-{workers}.db"
        status, report = ingest(capsys, db, folder)
        assert status == 0 and report["failed"] == []
        main(["--db", str(db), "claims", "--json"])
        claims = json.loads(capsys.readouterr().out)
        main(["--db", str(db), "alerts", "--json"])
        alerts = [
            (a["kind"], a.get("actor"), a.get("topic"), a["new"]["source"]) for a in json.loads(capsys.readouterr().out)
        ]
        listings[workers] = (report["added"], report["duplicates"], claims, alerts)
    assert listings["2"] == listings["1"]
    assert len(listings["2"][2]) > 20  # the generated articles do make claims: the comparison is not empty
