"""The schema is built by numbered migrations that can be applied again without harm."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from bot.store import open_store
from bot.store.migrations import MIGRATIONS, migrate


def test_a_blank_file_migrated_twice_has_every_table_once(db_path: Path) -> None:
    db = sqlite_utils.Database(db_path)
    first = migrate(db)
    second = migrate(db)
    assert first == [m.__name__ for m in MIGRATIONS]
    assert second == []
    tables = set(db.table_names())
    assert {"articles", "sentences", "sentences_fts", "claims", "quotes", "figures", "alerts"} <= tables


def test_the_index_uses_wal_and_foreign_keys(db_path: Path) -> None:
    with open_store(db_path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    again = sqlite3.connect(db_path)
    applied = [row[0] for row in again.execute("SELECT name FROM _migrations ORDER BY name")]
    assert applied == [m.__name__ for m in MIGRATIONS]
