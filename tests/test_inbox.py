"""The drop folder: what an admin puts in data/inbox is indexed and set aside, and nothing is lost."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.inbox import scan_inbox
from bot.ingest import IngestOptions
from bot.lexicon import Lexicon
from bot.store import open_store
from bot.store.articles import list_articles
from tests.desk_archive import ARTICLE


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def options(max_bytes: int = 20_000) -> IngestOptions:
    return IngestOptions(lexicon=Lexicon(), now="2025-10-01T09:00:00+00:00", max_bytes=max_bytes)


def drop(inbox: Path, name: str, content: bytes | str, *, age_seconds: float = 60) -> Path:
    """A file copied into the inbox `age_seconds` ago."""
    path = inbox / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    then = time.time() - age_seconds
    os.utime(path, (then, then))
    return path


def test_good_files_are_indexed_and_moved_to_done(inbox: Path, db_path: Path) -> None:
    drop(inbox, "paris-meeting.txt", ARTICLE)
    with open_store(db_path) as store:
        report = scan_inbox(store, inbox, options())
        articles = list_articles(store)
    assert [a["source"] for a in report.added] == ["paris-meeting.txt"]
    assert [a.source for a in articles] == ["paris-meeting.txt"]
    assert (inbox / "done" / "paris-meeting.txt").read_text() == ARTICLE
    assert not (inbox / "paris-meeting.txt").exists()


def test_bad_files_go_to_failed_with_the_reason_beside_them(inbox: Path, db_path: Path) -> None:
    drop(inbox, "empty.txt", b"")
    drop(inbox, "scan.pdf", b"%PDF-1.7 binary")
    drop(inbox, "huge.txt", ARTICLE * 200)
    drop(inbox, "good.md", ARTICLE)
    with open_store(db_path) as store:
        report = scan_inbox(store, inbox, options(max_bytes=5_000))
        indexed = [a.source for a in list_articles(store)]
    assert indexed == ["good.md"]
    assert sorted(Path(f["path"]).name for f in report.failed) == ["empty.txt", "huge.txt", "scan.pdf"]
    failed = inbox / "failed"
    assert sorted(p.name for p in failed.iterdir()) == [
        "empty.txt",
        "empty.txt.reason.txt",
        "huge.txt",
        "huge.txt.reason.txt",
        "scan.pdf",
        "scan.pdf.reason.txt",
    ]
    assert "not an article file" in (failed / "scan.pdf.reason.txt").read_text()
    assert "5,000-byte limit" in (failed / "huge.txt.reason.txt").read_text()
    assert "empty" in (failed / "empty.txt.reason.txt").read_text()
    assert (failed / "scan.pdf").read_bytes() == b"%PDF-1.7 binary"  # kept as it was, to be fixed and dropped again
    assert [p.name for p in inbox.iterdir() if p.is_file()] == []


def test_a_file_still_being_copied_is_left_for_the_next_scan(inbox: Path, db_path: Path) -> None:
    drop(inbox, "arriving.txt", ARTICLE, age_seconds=0)
    with open_store(db_path) as store:
        assert scan_inbox(store, inbox, options()).added == []
        assert (inbox / "arriving.txt").exists()
        later = datetime.now(UTC) + timedelta(seconds=30)
        assert len(scan_inbox(store, inbox, options(), now=later).added) == 1


def test_the_same_article_dropped_twice_is_a_duplicate_and_does_not_overwrite_the_first(
    inbox: Path, db_path: Path
) -> None:
    with open_store(db_path) as store:
        drop(inbox, "paris.txt", ARTICLE)
        scan_inbox(store, inbox, options())
        drop(inbox, "paris.txt", ARTICLE)
        report = scan_inbox(store, inbox, options())
        assert len(list_articles(store)) == 1
    assert [d["of"] for d in report.duplicates] == ["paris.txt"]
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["paris-2.txt", "paris.txt"]


def test_hidden_files_and_the_inbox_s_own_folders_are_left_alone(inbox: Path, db_path: Path) -> None:
    drop(inbox, ".paris.txt.swp", ARTICLE)
    (inbox / "done").mkdir()
    drop(inbox / "done", "already.txt", ARTICLE)
    with open_store(db_path) as store:
        report = scan_inbox(store, inbox, options())
    assert (report.added, report.failed) == ([], [])
    assert (inbox / ".paris.txt.swp").exists() and (inbox / "done" / "already.txt").exists()


def test_a_missing_inbox_is_nothing_to_do(tmp_path: Path, db_path: Path) -> None:
    with open_store(db_path) as store:
        assert scan_inbox(store, tmp_path / "nowhere", options()).added == []
