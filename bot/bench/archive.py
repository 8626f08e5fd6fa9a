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
BULK_RECORD = "bulk.json"  # the bulk ingest's figures, beside the archive they were measured on


def build_archive(plan: BenchPlan) -> dict:
    """Ingest figures of the archive: measured now, or read back when --workdir already holds this archive."""
    record = plan.folder / "archive.json"
    saved = _saved(record, plan) if plan.db.exists() else None
    if saved is not None:
        say(f"reusing the archive of {plan.articles:,} articles in {plan.folder}")
        return {**saved, "reused": True}
    for stale in (plan.db, *(plan.snapshot(k) for k in SHARES), record, plan.folder / BULK_RECORD):
        for path in (stale, stale.with_name(stale.name + "-wal"), stale.with_name(stale.name + "-shm")):
            path.unlink(missing_ok=True)
    say(f"building an archive of {plan.articles:,} articles (seed {plan.seed}) in {plan.folder}")
    snapshots = [
        a for key, size in plan.snapshot_sizes().items() for a in ("--snapshot", str(size), str(plan.snapshot(key)))
    ]
    ingest = worker_step(
        "build", "--db", str(plan.db), "--articles", str(plan.articles), "--seed", str(plan.seed), *snapshots, plan=plan
    )
    _save(record, plan, ingest)
    return {**ingest, "reused": False}


def bulk_ingest(plan: BenchPlan, *, reused: bool) -> dict:
    """A bulk ingest of the archive's first BULK_ARTICLES articles into a scratch index, analysed in a pool of
    one process per core (the archive itself is built one article at a time, for its per-article figures).
    With a `reused` archive, the figures of the run that built it are read back: a rerun is for the answers."""
    record = plan.folder / BULK_RECORD
    saved = _saved(record, plan) if reused else None
    if saved is not None:
        say("reusing the bulk ingest's figures of the run that built the archive")
        return {**saved, "reused": True}
    bulk = _bulk_ingest(plan)
    _save(record, plan, bulk)
    return {**bulk, "reused": False}


def _saved(record: Path, plan: BenchPlan) -> dict | None:
    """The figures a record holds for this archive (same size and seed), or None."""
    if not record.exists():
        return None
    saved = json.loads(record.read_text(encoding="utf-8"))
    figures = saved.get("figures", saved.get("ingest"))  # "ingest": archives kept before the bulk figures were
    return figures if (saved["articles"], saved["seed"]) == (plan.articles, plan.seed) else None


def _save(record: Path, plan: BenchPlan, figures: dict) -> None:
    record.write_text(json.dumps({"articles": plan.articles, "seed": plan.seed, "figures": figures}), encoding="utf-8")


def _bulk_ingest(plan: BenchPlan) -> dict:
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
