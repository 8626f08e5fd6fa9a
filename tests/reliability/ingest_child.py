"""A bulk ingest for the crash harness to kill: `ingest_folder` runs in a process of its own and is killed with SIGKILL.

It ingests the folder through `ingest_paths`, as `guarantees ingest FOLDER` does.

`transactions=False` is a test-only switch and lives only here, never in the `guarantees` command line: the very
same functions then write through a store whose "transaction" commits every statement on its own, so the harness
can show that its checks notice the torn articles a crash leaves without the per-article transaction.
"""

from __future__ import annotations

import itertools
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.analysis.nlp import pipeline
from bot.config import DATA_DIR
from bot.ingest import IngestOptions, ingest_paths
from bot.lists import load_lexicon
from bot.store import Store
from bot.store.migrations import migrate

# Loaded at import, so that a child forked from a parent that imported this module starts ingesting at once (the
# parser's model too: loading it would otherwise take the first seconds of every ingest, where no kill tears anything).
# The reference ingest uses the same options, so that both store the same rows.
OPTIONS = IngestOptions(lexicon=load_lexicon(DATA_DIR), now="2025-10-01T09:00:00+00:00")
pipeline()
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")  # the statements a kill can tear an article between


class AutocommitStore(Store):
    """A store without the per-article transaction: each statement (each sqlite-utils insert) commits by itself."""

    @contextmanager
    def transaction(self) -> Iterator:
        yield self.db


def ingest_folder(
    db: Path,
    folder: Path,
    transactions: bool = True,
    *,
    started: Any = None,
    kill_at_statement: int | None = None,
    statements: Any = None,
) -> None:
    """Ingest every article file in `folder` into `db`, with the per-article transaction or (test-only) without.

    `started` (a multiprocessing Event) is set when the ingest begins, for a harness that times its kill from then;
    with `kill_at_statement`, the process SIGKILLs itself as it begins that SQL write of the ingest (an insert,
    update or delete; reads and triggers' statements are not counted: a kill there tears nothing new); `statements` (a
    multiprocessing Value) receives how many writes the whole ingest ran.
    """
    counter = itertools.count(1)

    def trace(sql: str) -> None:
        if sql.lstrip().upper().startswith(WRITES) and next(counter) == kill_at_statement:
            os.kill(os.getpid(), signal.SIGKILL)

    store = (Store if transactions else AutocommitStore)(db)
    try:
        migrate(store.db)
        store.conn.set_trace_callback(trace)
        if started is not None:
            started.set()
        ingest_paths(store, [folder], OPTIONS)
        if statements is not None:
            statements.value = next(counter) - 1
    finally:
        store.close()
