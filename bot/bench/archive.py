"""The bench's archive: built (or reused) by a worker process, a bulk ingest beside it, and its sentences."""

from __future__ import annotations

import json
from pathlib import Path

from bot.bench.plan import SHARES, BenchPlan, say, worker_step
from bot.config import default_workers
from bot.quote_matching import Candidate
from bot.store import open_store
from bot.store.search import every_candidate

BULK_ARTICLES = 1_000  # articles of the bulk-ingest measurement: enough for the workers' start to weigh little


def build_archive(plan: BenchPlan) -> dict:
    """Ingest figures of the archive: measured now, or read back when --workdir already holds this archive."""
    record = plan.folder / "archive.json"
    if record.exists() and plan.db.exists():
        saved = json.loads(record.read_text(encoding="utf-8"))
        if (saved["articles"], saved["seed"]) == (plan.articles, plan.seed):
            say(f"reusing the archive of {plan.articles:,} articles in {plan.folder}")
            return {**saved["ingest"], "reused": True}
    for stale in (plan.db, *(plan.snapshot(k) for k in SHARES), record):
        for path in (stale, stale.with_name(stale.name + "-wal"), stale.with_name(stale.name + "-shm")):
            path.unlink(missing_ok=True)
    say(f"building an archive of {plan.articles:,} articles (seed {plan.seed}) in {plan.folder}")
    snapshots = [
        a for key, size in plan.snapshot_sizes().items() for a in ("--snapshot", str(size), str(plan.snapshot(key)))
    ]
    ingest = worker_step(
        "build", "--db", str(plan.db), "--articles", str(plan.articles), "--seed", str(plan.seed), *snapshots, plan=plan
    )
    record.write_text(json.dumps({"articles": plan.articles, "seed": plan.seed, "ingest": ingest}), encoding="utf-8")
    return {**ingest, "reused": False}


def bulk_ingest(plan: BenchPlan) -> dict:
    """A bulk ingest of the archive's first BULK_ARTICLES articles into a scratch index, analysed in a pool of
    one process per core (the archive itself is built one article at a time, for its per-article figures)."""
    scratch = plan.folder / "bulk.db"
    for path in (scratch, scratch.with_name(scratch.name + "-wal"), scratch.with_name(scratch.name + "-shm")):
        path.unlink(missing_ok=True)
    count = min(plan.articles, BULK_ARTICLES)
    workers = default_workers()
    say(f"bulk ingest of {count:,} articles in {workers} processes")
    return worker_step(
        "bulk",
        "--db",
        str(scratch),
        "--articles",
        str(count),
        "--seed",
        str(plan.seed),
        "--workers",
        str(workers),
        plan=plan,
    )


def load_candidates(db: Path) -> list[Candidate]:
    """Every stored sentence, as the search hands candidates to the ranking."""
    with open_store(db) as store:
        return every_candidate(store)
