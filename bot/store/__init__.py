"""The SQLite index: one connection per unit of work, WAL mode, explicit write transactions.

Only this package runs SQL and imports sqlite_utils. A transaction hands out the connection as a
sqlite_utils `Database`: its insert helpers run inside the open transaction (as a savepoint, in the
locked version), so a rollback undoes them with the rest of the article (tests/test_ingest.py proves
it). Rows that are records go in through them; conditional updates, counts and joins stay plain SQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database as Database  # what a transaction hands out

from bot.store.migrations import migrate

BUSY_TIMEOUT_MS = 30_000
# SQLite's own checkpoints cannot restart the WAL while readers keep arriving, so under a steady stream of
# searches it would grow without bound; past this size a writer waits for the readers of older snapshots and
# truncates it (see `transaction`).
WAL_LIMIT_BYTES = 4_000_000


class Store:
    """A connection to the index; use `open_store` so it is closed when the work is done."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        self.conn = conn
        self.db = Database(conn)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction taken at once (BEGIN IMMEDIATE): all of it lands, or none."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        self._bound_wal()

    @contextmanager
    def rehearsal(self) -> Iterator[Database]:
        """A write transaction that is always rolled back: the benchmark times writes without keeping them."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        finally:
            self.conn.execute("ROLLBACK")

    def checkpoint(self) -> None:
        """Move the WAL into the database file and truncate it (waits up to the busy timeout; never raises busy)."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def backup(self, target: Path) -> None:
        """A consistent copy of the index as it is now, at `target` (SQLite's online backup)."""
        copy = sqlite3.connect(target)
        try:
            self.conn.backup(copy)
        finally:
            copy.close()

    def _bound_wal(self) -> None:
        """Checkpoint and truncate the WAL once it is past WAL_LIMIT_BYTES (a stat per commit otherwise)."""
        try:
            size = Path(f"{self.path}-wal").stat().st_size
        except OSError:  # no WAL yet, or an in-memory index
            return
        if size > WAL_LIMIT_BYTES:
            self.checkpoint()

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        """Rows as dicts, for read-only questions."""
        return list(self.db.query(sql, params))

    def close(self) -> None:
        self.conn.close()


@contextmanager
def open_store(path: Path | str, *, migrate_schema: bool = True) -> Iterator[Store]:
    """Open the index at `path` (created and migrated on first use) for one unit of work."""
    store = Store(path)
    try:
        if migrate_schema:
            migrate(store.db)
        yield store
    finally:
        store.close()
