"""Crash safety: kill -9 a bulk ingest at a random moment, check the database, resume, check again.

A trial runs `ingest_child` on a fresh database over a folder of synthetic articles, kills it with SIGKILL at
a moment drawn uniformly over a clean ingest's duration, and checks what it left: SQLite's integrity checks,
and every article whole (as the reference ingest stored it) or absent. It then runs the ingest again to the end,
as a desk would after a crash, and checks that exactly the reference's articles are there, with one alert per
conflict the reference found: none lost, none twice.

The suite runs a reduced form (tests/reliability/test_crash_safety.py); the full one is
`uv run python scripts/crash_trials.py` (1,000 articles, 20 trials, then the same harness without the per-article
transaction, which must find damage).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from bot.bench.generator import ArchiveGenerator
from bot.config import DATA_DIR
from bot.lists import load_lexicon
from tests.conftest import SEEDS
from tests.reliability.ingest_child import ingest_folder
from tests.reliability.integrity import (
    ArticleShape,
    article_shapes,
    duplicate_alerts,
    integrity_problems,
    torn_articles,
)

STARTUP_S = 120  # never reached when the child starts; a broken child fails the trial instead of hanging it


@dataclass(frozen=True)
class Corpus:
    """The articles a trial ingests, and what one clean ingest of them stored."""

    folder: Path
    reference: dict[str, ArticleShape]
    ingest_seconds: float  # the span over which kill moments are drawn
    statements: int  # SQL writes the clean ingest ran, over which kill statements are drawn


@dataclass(frozen=True)
class KillPoint:
    """When a trial kills the ingest: so many seconds into it, or as it begins its SQL write number so-and-so.

    Timed kills land wherever the ingest spends its time (mostly parsing); statement kills land between an
    article's writes (inserts, updates, deletes: reads tear nothing), so nearly always inside its transaction.
    """

    seconds: float | None = None
    statement: int | None = None

    def __str__(self) -> str:
        if self.statement is None:
            return f"{self.seconds:.2f} s into the ingest"
        return f"at SQL write {self.statement}"


@dataclass
class Trial:
    """What one kill left behind, and what resuming the ingest made of it."""

    kill: KillPoint
    killed: bool  # False when the ingest finished before the kill point
    stored_at_kill: int = 0
    problems_at_kill: list[str] = field(default_factory=list)
    torn_at_kill: dict[str, str] = field(default_factory=dict)
    articles_at_end: int = 0
    problems_at_end: list[str] = field(default_factory=list)
    torn_at_end: dict[str, str] = field(default_factory=dict)
    lost_alerts: int = 0
    duplicate_alerts: int = 0
    unexpected_alerts: int = 0

    def damage(self, expected_articles: int) -> list[str]:
        """Everything wrong with this trial, in words; empty when the database came through whole."""
        found = [f"after the kill: {p}" for p in self.problems_at_kill]
        found += [f"after the kill, {source} is torn: {why}" for source, why in self.torn_at_kill.items()]
        found += [f"after resuming: {p}" for p in self.problems_at_end]
        found += [f"after resuming, {source} is torn: {why}" for source, why in self.torn_at_end.items()]
        if self.articles_at_end != expected_articles:
            found.append(f"after resuming: {self.articles_at_end} articles, expected {expected_articles}")
        for count, what in (
            (self.lost_alerts, "alerts lost"),
            (self.duplicate_alerts, "alerts raised twice"),
            (self.unexpected_alerts, "alerts the reference did not raise"),
        ):
            if count:
                found.append(f"after resuming: {count} {what}")
        return found


def write_corpus(folder: Path, articles: int, seed: int) -> None:
    """`articles` distinct synthetic articles, one file each (the generator's re-uploads left out, so the count is
    exact; resuming the ingest re-reads every stored file as a duplicate anyway)."""
    folder.mkdir(parents=True, exist_ok=True)
    generator = ArchiveGenerator(load_lexicon(DATA_DIR), seed=seed)
    written = index = 0
    while written < articles:
        article = generator.article(index)
        if article.duplicate_of is None:
            (folder / article.name).write_bytes(article.data)
            written += 1
        index += 1


def index_archive(db: Path, workdir: Path, articles: int, seed: int) -> None:
    """An index holding the bundled seeds and `articles` synthetic articles (written to `workdir`/corpus)."""
    folder = workdir / "corpus"
    write_corpus(folder, articles, seed)
    for seed_file in SEEDS.glob("*.txt"):
        (folder / seed_file.name).write_bytes(seed_file.read_bytes())
    run_ingest(db, folder, transactions=True)


def build_corpus(workdir: Path, articles: int, seed: int) -> Corpus:
    """Write the articles and ingest them once, cleanly, as the reference.

    The reference runs in a child of the same fork server as the trials, so that both run the very same code and
    lists even if the files change on disk meanwhile.
    """
    folder = workdir / "articles"
    write_corpus(folder, articles, seed)
    reference = workdir / "reference.db"
    clean = run_ingest(reference, folder, transactions=True)
    return Corpus(folder, article_shapes(reference), clean.seconds, clean.statements)


def kill_point(corpus: Corpus, rng: random.Random, by_statement: bool) -> KillPoint:
    """A kill point drawn uniformly over the clean ingest's duration, or over its SQL writes."""
    if by_statement:
        return KillPoint(statement=rng.randint(1, corpus.statements))
    return KillPoint(seconds=rng.uniform(0, corpus.ingest_seconds))


@dataclass(frozen=True)
class Ingest:
    """How a child's ingest ended."""

    killed: bool
    seconds: float  # from the start of the ingest proper (imports and forking not counted)
    statements: int  # SQL writes it ran, when it finished


def run_ingest(db: Path, folder: Path, *, transactions: bool, kill: KillPoint | None = None) -> Ingest:
    """Ingest `folder` in a process of its own, SIGKILLed at `kill`."""
    # A fork of a clean parent that has already imported the bot, so a start costs milliseconds, not seconds.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", "tests.reliability.ingest_child"])
    ingesting, statements = context.Event(), context.Value("q", 0)
    child = context.Process(
        target=ingest_folder,
        args=(db, folder, transactions),
        kwargs={"started": ingesting, "kill_at_statement": kill and kill.statement, "statements": statements},
    )
    child.start()
    if not ingesting.wait(timeout=STARTUP_S):
        child.kill()
        raise RuntimeError(f"the ingest did not start within {STARTUP_S} s (exit code {child.exitcode})")
    started = time.perf_counter()
    child.join(timeout=kill and kill.seconds)
    if child.is_alive():
        child.kill()  # SIGKILL: no cleanup, no rollback, no atexit
        child.join()
    if child.exitcode not in (0, -signal.SIGKILL):
        raise RuntimeError(f"the ingest failed with exit code {child.exitcode}")
    seconds = time.perf_counter() - started
    return Ingest(killed=child.exitcode == -signal.SIGKILL, seconds=seconds, statements=statements.value)


def run_trial(corpus: Corpus, db: Path, kill: KillPoint, *, transactions: bool = True) -> Trial:
    """One kill, the checks, the resumed ingest, the checks again."""
    trial = Trial(kill, run_ingest(db, corpus.folder, transactions=transactions, kill=kill).killed)
    at_kill = article_shapes(db)
    trial.stored_at_kill = len(at_kill)
    trial.problems_at_kill = integrity_problems(db)
    trial.torn_at_kill = torn_articles(at_kill, corpus.reference)
    run_ingest(db, corpus.folder, transactions=transactions)
    at_end = article_shapes(db)
    trial.articles_at_end = len(at_end)
    trial.problems_at_end = integrity_problems(db)
    trial.torn_at_end = torn_articles(at_end, corpus.reference)
    expected = Counter((source, alert) for source, shape in corpus.reference.items() for alert in shape.alerts)
    stored = Counter((source, alert) for source, shape in at_end.items() for alert in shape.alerts)
    trial.lost_alerts = sum((expected - stored).values())
    trial.unexpected_alerts = sum((stored - expected).values())
    trial.duplicate_alerts = len(duplicate_alerts(db))
    return trial


def run_trials(
    corpus: Corpus,
    workdir: Path,
    count: int,
    *,
    seed: int,
    transactions: bool = True,
    stop_at_damage: bool = False,
    workers: int = 1,
    progress: Callable[[int, Trial], None] | None = None,
) -> list[Trial]:
    """`count` trials, each on a fresh database, killed by time and by statement in turn; optionally stop at the
    first damage (to show, without the transaction, that the checks find it)."""

    def one(number: int) -> Trial:
        db = workdir / f"trial-{'tx' if transactions else 'autocommit'}-{number:02d}.db"
        rng = random.Random(f"{seed}/{number}/{transactions}")
        trial = run_trial(corpus, db, kill_point(corpus, rng, by_statement=number % 2 == 0), transactions=transactions)
        if progress:
            progress(number, trial)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        return trial

    if stop_at_damage:
        trials = []
        expected = len(corpus.reference)
        for number in range(1, count + 1):
            trials.append(one(number))
            if trials[-1].damage(expected):
                break
        return trials
    with ThreadPoolExecutor(max_workers=workers) as pool:  # the work is in the child processes
        return list(pool.map(one, range(1, count + 1)))


def summary(trials: list[Trial], expected_articles: int) -> dict:
    """The figures the report gives: trials, kills that landed, failures, duplicates, lost alerts."""
    return {
        "trials": len(trials),
        "killed_mid_ingest": sum(t.killed for t in trials),
        "failures": sum(bool(t.damage(expected_articles)) for t in trials),
        "torn_articles_at_kill": sum(len(t.torn_at_kill) for t in trials),
        "integrity_problems": sum(len(t.problems_at_kill) + len(t.problems_at_end) for t in trials),
        "duplicate_alerts": sum(t.duplicate_alerts for t in trials),
        "lost_alerts": sum(t.lost_alerts for t in trials),
        "articles_at_end": sorted({t.articles_at_end for t in trials}),
        "stored_at_kill": [t.stored_at_kill for t in trials],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="kill -9 a bulk ingest at random moments and check the database")
    parser.add_argument("--articles", type=int, default=1000, help="distinct articles in the bulk ingest")
    parser.add_argument("--trials", type=int, default=20, help="kills, each on a fresh database")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1, help="trials run side by side")
    parser.add_argument("--workdir", type=Path, help="keep the articles and databases here")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="guarantees-crash-"))
    print(f"writing {args.articles} articles to {workdir} and ingesting them once as the reference", file=sys.stderr)
    corpus = build_corpus(workdir, args.articles, args.seed)
    print(f"reference: {len(corpus.reference)} articles in {corpus.ingest_seconds:.1f} s", file=sys.stderr)

    def show(number: int, trial: Trial) -> None:
        when = f"killed {trial.kill}" if trial.killed else f"finished before the kill ({trial.kill})"
        damage = trial.damage(len(corpus.reference))
        verdict = f"DAMAGE: {damage[0]} (+{len(damage) - 1} more)" if damage else "whole"
        print(f"  trial {number:2d}: {when}, {trial.stored_at_kill} stored at the kill; {verdict}", file=sys.stderr)

    print("with the per-article transaction:", file=sys.stderr)
    trials = run_trials(corpus, workdir, args.trials, seed=args.seed, workers=args.workers, progress=show)
    print("without it (test-only switch), until the checks find damage:", file=sys.stderr)
    control = run_trials(
        corpus, workdir, args.trials, seed=args.seed, transactions=False, stop_at_damage=True, progress=show
    )
    result = {
        "articles": len(corpus.reference),
        "reference_ingest_seconds": round(corpus.ingest_seconds, 2),
        "with_transaction": summary(trials, len(corpus.reference)),
        "without_transaction": summary(control, len(corpus.reference)),
    }
    print(json.dumps(result, indent=2) if args.json else _text(result))
    detected = result["without_transaction"]["failures"] > 0
    return 0 if result["with_transaction"]["failures"] == 0 and detected else 1


def _text(result: dict) -> str:
    done, control = result["with_transaction"], result["without_transaction"]
    return "\n".join(
        [
            f"{result['articles']} articles, reference ingest {result['reference_ingest_seconds']} s",
            f"with the transaction: {done['trials']} trials ({done['killed_mid_ingest']} killed mid-ingest), "
            f"{done['failures']} failures, {done['torn_articles_at_kill']} torn articles, "
            f"{done['integrity_problems']} integrity problems, {done['duplicate_alerts']} duplicate alerts, "
            f"{done['lost_alerts']} lost alerts; articles after resuming: {done['articles_at_end']}",
            f"without it: damage found after {control['trials']} trial(s) "
            f"({control['torn_articles_at_kill']} torn articles, {control['lost_alerts']} lost alerts)",
        ]
    )
