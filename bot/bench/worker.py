"""The bot's side of the benchmark, run in a process of its own so that its peak memory is its own.

`python -m bot.bench.worker build ...` ingests a synthetic archive through bot.ingest;
`python -m bot.bench.worker answer ...` answers questions as the Slack app would, one unit of work each.
Each prints one JSON object on stdout, with the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bot.analysis import nlp
from bot.answering import answer_question
from bot.bench.drawing import time_charts
from bot.bench.generator import ArchiveGenerator
from bot.clock import now_stamp
from bot.errors import UserError
from bot.ingest import IngestOptions, IngestReport, ingest_bytes, ingest_paths
from bot.lists import load_lexicon
from bot.store import open_store

CRASHES_SHOWN = 10


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    On Linux this is VmHWM: ru_maxrss there also holds the parent's size when it started this process
    (exec folds the forked image's peak into it), and the bench's parent holds every sentence.
    """
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        status = ""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes, but bytes on macOS
    return round(peak / (2**20 if sys.platform == "darwin" else 1024), 1)


def build(db: Path, articles: int, *, seed: int, lists: Path, snapshots: dict[int, Path]) -> dict:
    """Ingest articles 0 .. `articles - 1` into `db`, timing only the bot's work (not the generator's),
    and copy the database aside when it holds as many articles as a key of `snapshots`.

    The rate is given in wall-clock time and in this process's CPU time: on a shared machine the first
    also counts the time spent waiting for a core, the second what one core of our own would do. Loading
    the parser's model, once per process, is timed on its own, before the articles.
    """
    started, started_cpu = time.perf_counter(), time.process_time()
    nlp.pipeline()
    load_s, load_cpu_s = time.perf_counter() - started, time.process_time() - started_cpu
    lexicon = load_lexicon(lists)
    generator = ArchiveGenerator(lexicon, seed=seed)
    options = IngestOptions(lexicon=lexicon, now=now_stamp())
    report = IngestReport()
    spent = spent_cpu = 0.0
    text_bytes = 0
    crashes: list[dict] = []
    per_article: list[float] = []
    step = max(1, articles // 20)
    with open_store(db) as store:
        for article in generator.articles(articles):
            added = len(report.added)
            started, started_cpu = time.perf_counter(), time.process_time()
            try:
                report.extend(ingest_bytes(store, article.data, article.name, options))
            except Exception as exc:  # a crash in the pipeline is a finding to report, not the end of the run
                crashes.append({"name": article.name, "error": f"{type(exc).__name__}: {exc}"})
            per_article.append(time.perf_counter() - started)
            spent += per_article[-1]
            spent_cpu += time.process_time() - started_cpu
            if len(report.added) > added:
                text_bytes += len(article.data)
            done = article.index + 1
            if done in snapshots:
                store.backup(snapshots[done])
            if done % step == 0:
                print(f"bench: ingested {done:,}/{articles:,} articles", file=sys.stderr, flush=True)
        store.checkpoint()
    sentences = sum(a["sentences"] for a in report.added)
    return {
        "articles_per_s": round(articles / spent, 1),
        "sentences_per_s": round(sentences / spent, 1),
        "articles_per_cpu_s": round(articles / spent_cpu, 1),
        "seconds": round(spent, 1),
        "cpu_seconds": round(spent_cpu, 1),
        "db_bytes": db.stat().st_size,
        "text_bytes": text_bytes,
        "added": len(report.added),
        "duplicates": len(report.duplicates),
        "failed": len(report.failed),
        "crashed": len(crashes),
        "crashes": crashes[:CRASHES_SHOWN],
        "alerts": report.alerts,
        "sentences": sentences,
        "claims": sum(a["claims"] for a in report.added),
        "article_p99_ms": round(sorted(per_article)[int(0.99 * (len(per_article) - 1))] * 1000, 1),
        "article_max_ms": round(max(per_article) * 1000, 1),
        "model_load_s": round(load_s, 2),
        "model_load_cpu_s": round(load_cpu_s, 2),
        "peak_mb": peak_mb(),
    }


def bulk(db: Path, articles: int, *, seed: int, lists: Path, workers: int) -> dict:
    """Ingest articles 0 .. `articles - 1` as a bulk ingest of files does (`guarantees ingest FOLDER`): analysed
    in `workers` processes, stored by this one. The clock runs from the first file read to the last commit,
    starting the workers and loading their models included."""
    lexicon = load_lexicon(lists)
    options = IngestOptions(lexicon=lexicon, now=now_stamp())
    with tempfile.TemporaryDirectory(prefix="guarantees-bulk-") as folder:
        for article in ArchiveGenerator(lexicon, seed=seed).articles(articles):
            (Path(folder) / article.name).write_bytes(article.data)
        with open_store(db) as store:
            started = time.perf_counter()
            report = ingest_paths(store, [Path(folder)], options, workers=workers)
            spent = time.perf_counter() - started
    return {
        "workers": workers,
        "articles": articles,
        "articles_per_s": round(articles / spent, 1),
        "seconds": round(spent, 1),
        "added": len(report.added),
        "duplicates": len(report.duplicates),
        "failed": len(report.failed),
    }


def answer(db: Path, questions: dict[str, list[str]], *, lists: Path) -> dict:
    """Answer every question as the Slack app does (a connection per question) and time each one.

    The first question is answered once before the clock starts: the bot loads its search vocabulary
    lazily, once per process, and that cost is reported apart as `first_ms`.
    """
    lexicon = load_lexicon(lists)

    def ask(text: str) -> tuple[float, object]:
        started = time.perf_counter()
        try:
            with open_store(db) as store:
                reply: object = answer_question(store, text, lexicon)
        except UserError as exc:  # a question the bot does not understand is answered too: with a hint
            reply = exc
        except Exception as exc:  # a crash is reported (as `crashed`), and the other questions still run
            reply = exc
        return (time.perf_counter() - started) * 1000, reply

    first_ms, _ = ask(f"quote {questions['quote'][0]}")
    timings: dict[str, list[float]] = {}
    refused: dict[str, int] = {}
    crashed: dict[str, int] = {}
    tops: list[dict | None] = []
    for kind, prefix in (("quote", "quote "), ("who_supports", ""), ("actor", "")):
        timings[kind], refused[kind], crashed[kind] = [], 0, 0
        for text in questions[kind]:
            elapsed, reply = ask(prefix + text)
            timings[kind].append(elapsed)
            refused[kind] += isinstance(reply, UserError)
            crashed[kind] += isinstance(reply, Exception) and not isinstance(reply, UserError)
            if kind == "quote":
                results = getattr(reply, "results", ())
                tops.append({"article_id": results[0].source.article_id, "text": results[0].text} if results else None)
    return {
        "first_ms": first_ms,
        "charts": time_charts(db, questions.get("chart", []), lexicon),  # last: it imports matplotlib
        "timings": timings,
        "refused": refused,
        "crashed": crashed,
        "tops": tops,
        "peak_mb": peak_mb(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.bench.worker")
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("build")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--articles", type=int, required=True)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--lists", type=Path, required=True)
    p.add_argument("--snapshot", nargs=2, action="append", default=[], metavar=("ARTICLES", "PATH"))
    p = sub.add_parser("bulk")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--articles", type=int, required=True)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--lists", type=Path, required=True)
    p.add_argument("--workers", type=int, required=True)
    p = sub.add_parser("answer")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--questions", type=Path, required=True)
    p.add_argument("--lists", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.step == "build":
        snapshots = {int(count): Path(path) for count, path in args.snapshot}
        result = build(args.db, args.articles, seed=args.seed, lists=args.lists, snapshots=snapshots)
    elif args.step == "bulk":
        result = bulk(args.db, args.articles, seed=args.seed, lists=args.lists, workers=args.workers)
    else:
        questions = json.loads(args.questions.read_text(encoding="utf-8"))
        result = answer(args.db, questions, lists=args.lists)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
