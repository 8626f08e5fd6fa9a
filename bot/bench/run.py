"""`guarantees bench`: build (or reuse) a synthetic archive and time the bot on it against its peers, in one run.

The steps, in order:
1. build: a worker process ingests N generated articles through bot.ingest, copying the database aside at
   1% and 10% of N; kept in --workdir (and reused by a later run with the same size and seed), else in a
   temporary folder removed at the end;
2. questions: mutated quotes of real stored sentences, who-supports/who-opposes every topic phrase, actor
   every actor name;
3. the bot answers them in a worker process of its own (its latencies and peak memory);
4. the peers answer the quotes in this process: brute force over every sentence, and tantivy;
5. the contradiction check is timed for the same new articles against the archive at 1%, 10% and 100% of N.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.analysis import analyze
from bot.bench.generator import ArchiveGenerator, cast_from_lexicon
from bot.bench.peers import BruteForce, Match, TantivyPeer
from bot.bench.queries import MutatedQuery, mutated_queries
from bot.bench.report import check_targets, report_text
from bot.config import DATA_DIR, default_workers
from bot.errors import UserError
from bot.lexicon import load_lexicon
from bot.model import Analysis, ParsedArticle
from bot.parsing import parse_article
from bot.search import Candidate
from bot.store import Store, open_store
from bot.store.alerts.raising import raise_alerts
from bot.store.articles import insert_article
from bot.store.search import CANDIDATES, every_candidate

SHARES = {"at_1pct_ms": 100, "at_10pct_ms": 10}  # snapshot key -> N divided by
REPEATS = 3  # times each probe is checked; the fastest counts
PROBES = 20  # new articles whose contradiction check is timed at each archive size
QUESTIONS = 200  # who-supports and actor questions asked
BULK_ARTICLES = 1_000  # articles of the bulk-ingest measurement: enough for the workers' start to weigh little


@dataclass(frozen=True)
class BenchPlan:
    """What one run measures, and where it keeps the archive."""

    articles: int
    seed: int
    queries: int
    folder: Path
    lists: Path

    @property
    def db(self) -> Path:
        return self.folder / "archive.db"

    def snapshot(self, key: str) -> Path:
        return self.folder / f"archive-{key.removeprefix('at_').removesuffix('_ms')}.db"

    def snapshot_sizes(self) -> dict[str, int]:
        return {key: max(1, self.articles // divisor) for key, divisor in SHARES.items()}


def run_bench(
    articles: int,
    *,
    as_json: bool,
    seed: int = 7,
    queries: int = 200,
    workdir: Path | None = None,
    lists: Path = DATA_DIR,
) -> int:
    """Measure, then print the report (or one JSON object with --json)."""
    if articles < 100:
        raise UserError(f"--articles {articles} is too few to measure anything.", hint="Use 100 or more.")
    if queries < 1:
        raise UserError(f"--queries {queries} asks for no quote searches.", hint="Use 200 (the default) or more.")
    with _folder(workdir) as folder:
        results = measure(BenchPlan(articles, seed, queries, folder, lists))
    print(json.dumps(results, indent=2) if as_json else report_text(results))
    return 0


@contextmanager
def _folder(workdir: Path | None) -> Iterator[Path]:
    if workdir is not None:
        workdir.mkdir(parents=True, exist_ok=True)
        yield workdir
        return
    with tempfile.TemporaryDirectory(prefix="guarantees-bench-") as temporary:
        yield Path(temporary)


def measure(plan: BenchPlan) -> dict:
    """Every figure of the report, as the JSON object `bench --json` prints."""
    ingest = build_archive(plan)
    candidates = load_candidates(plan.db)
    texts = [c.text for c in candidates]
    quotes = mutated_queries(texts, plan.queries, seed=plan.seed)
    del texts
    bot = ask_bot(plan, quotes)
    brute = BruteForce(candidates)
    saved = _saved_brute_force(plan, quotes) if ingest["reused"] else None
    if saved is None:
        _say(f"brute force over {len(candidates):,} sentences, {len(quotes)} queries")
        brute_times, brute_best = _timed(brute.best, quotes)
    else:
        _say("reusing the brute force's answers and times to these queries (quotes.json)")
        brute_times, brute_best = saved
    tantivy = _tantivy(plan, candidates, quotes)
    sentence_ids = {(c.article_id, c.text): c.sentence_id for c in candidates}
    bot_tops = [sentence_ids.get((top["article_id"], top["text"])) if top else None for top in bot["tops"]]
    quote = {
        "queries": len(quotes),
        "unanswered": sum(top is None for top in bot_tops),
        "crashed": bot["crashed"]["quote"],
        "first_ms": round(bot["first_ms"], 1),
        **latency(bot["timings"]["quote"]),
        **latency(brute_times, prefix="brute_"),
        "top1_agreement": agreement(brute, quotes, bot_tops, brute_best),
        **tantivy.pop("latency"),
        "tantivy_top1_agreement": agreement(brute, quotes, tantivy.pop("tops"), brute_best),
        "candidates_cap": CANDIDATES,
        "brute_reused": saved is not None,
        **tantivy,
    }
    _keep_details(plan, quotes, bot, bot_tops, brute_best, brute_times)
    quote["speedup"] = _ratio(quote["brute_p50_ms"], quote["p50_ms"])
    quote["vs_tantivy_p50"] = _ratio(quote["p50_ms"], quote["tantivy_p50_ms"])
    quote["vs_tantivy_p99"] = _ratio(quote["p99_ms"], quote["tantivy_p99_ms"])
    check, stages = check_cost(plan, make_probes(plan))
    bulk = bulk_ingest(plan)
    results = {
        "articles": plan.articles,
        "sentences": len(candidates),
        "seed": plan.seed,
        "date": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "machine": machine(),
        "ingest": {**{key: value for key, value in ingest.items() if key != "peak_mb"}, "stages_ms": stages},
        "bulk_ingest": bulk,
        "quote": quote,
        "who_supports": {**latency(bot["timings"]["who_supports"]), **_asked(bot, "who_supports")},
        "actor": {**latency(bot["timings"]["actor"]), **_asked(bot, "actor")},
        "check": check,
        "memory": {"answer_peak_mb": bot["peak_mb"], "ingest_peak_mb": ingest["peak_mb"]},
    }
    return {**results, "targets": check_targets(results)}


# --- the archive ---------------------------------------------------------------------------------------------


def build_archive(plan: BenchPlan) -> dict:
    """Ingest figures of the archive: measured now, or read back when --workdir already holds this archive."""
    record = plan.folder / "archive.json"
    if record.exists() and plan.db.exists():
        saved = json.loads(record.read_text(encoding="utf-8"))
        if (saved["articles"], saved["seed"]) == (plan.articles, plan.seed):
            _say(f"reusing the archive of {plan.articles:,} articles in {plan.folder}")
            return {**saved["ingest"], "reused": True}
    for stale in (plan.db, *(plan.snapshot(k) for k in SHARES), record):
        for path in (stale, stale.with_name(stale.name + "-wal"), stale.with_name(stale.name + "-shm")):
            path.unlink(missing_ok=True)
    _say(f"building an archive of {plan.articles:,} articles (seed {plan.seed}) in {plan.folder}")
    snapshots = [
        a for key, size in plan.snapshot_sizes().items() for a in ("--snapshot", str(size), str(plan.snapshot(key)))
    ]
    ingest = _worker(
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
    _say(f"bulk ingest of {count:,} articles in {workers} processes")
    return _worker(
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


# --- the bot and its peers -----------------------------------------------------------------------------------


def ask_bot(plan: BenchPlan, quotes: Sequence[MutatedQuery]) -> dict:
    """The bot's answers, timed in a worker process."""
    actors, topics = cast_from_lexicon(load_lexicon(plan.lists))
    stance_questions = [
        f"{verb} {p}" for _, phrases in topics for p in phrases for verb in ("who-supports", "who-opposes")
    ]
    actor_questions = [f"actor {name}" for actor in actors for name in actor.names]
    questions = {
        "quote": [q.text for q in quotes],
        "who_supports": _cycle(stance_questions, QUESTIONS),
        "actor": _cycle(actor_questions, QUESTIONS),
    }
    path = plan.folder / "questions.json"
    path.write_text(json.dumps(questions), encoding="utf-8")
    _say(f"the bot answers {len(quotes)} quote searches, {QUESTIONS} who-supports and {QUESTIONS} actor questions")
    return _worker("answer", "--db", str(plan.db), "--questions", str(path), plan=plan)


def _tantivy(plan: BenchPlan, candidates: Sequence[Candidate], quotes: Sequence[MutatedQuery]) -> dict:
    try:
        import tantivy  # noqa: F401  (only to know whether the optional peer can run)
    except ImportError:
        _say("tantivy is not installed (uv sync --extra bench): its peer is skipped")
        return {"latency": latency([], prefix="tantivy_"), "tops": [None] * len(quotes), "tantivy_index_s": None}
    _say(f"indexing {len(candidates):,} sentences with tantivy")
    started = time.perf_counter()
    peer = TantivyPeer(candidates, plan.folder / "tantivy", limit=CANDIDATES)
    indexed = time.perf_counter() - started
    times, best = _timed(peer.best, quotes)
    return {
        "latency": latency(times, prefix="tantivy_"),
        "tops": [m.sentence_id if m else None for m in best],
        "tantivy_index_s": round(indexed, 1),
    }


def _timed(
    search: Callable[[str], Match | None], quotes: Sequence[MutatedQuery]
) -> tuple[list[float], list[Match | None]]:
    times, found = [], []
    for query in quotes:
        started = time.perf_counter()
        found.append(search(query.text))
        times.append((time.perf_counter() - started) * 1000)
    return times, found


def agreement(
    brute: BruteForce, quotes: Sequence[MutatedQuery], tops: Sequence[int | None], best: Sequence[Match | None]
) -> float | None:
    """Share of queries whose top-1 is the brute force's: the same sentence, or one it scores as high
    (the same sentence printed in two articles ties); None when the peer did not run."""
    if not quotes or all(t is None for t in tops):
        return None
    same = 0
    for query, top, match in zip(quotes, tops, best, strict=True):
        if match is None:
            same += top is None
        elif top is not None and (top == match.sentence_id or brute.score(query.text, top) >= match.score):
            same += 1
    return round(same / len(quotes), 3)


def _saved_brute_force(
    plan: BenchPlan, quotes: Sequence[MutatedQuery]
) -> tuple[list[float], list[Match | None]] | None:
    """The brute force's times and answers from the kept quotes.json, when it holds these very queries: on a
    reused archive they depend on nothing else, and at 100,000 articles they take most of an hour."""
    try:
        details = json.loads((plan.folder / "quotes.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if [d.get("query") for d in details] != [q.text for q in quotes]:
        return None
    times = [float(d["brute_ms"]) for d in details]
    best = [Match(d["brute_top"], d["brute_score"]) if d["brute_top"] is not None else None for d in details]
    return times, best


def _keep_details(
    plan: BenchPlan,
    quotes: Sequence[MutatedQuery],
    bot: dict,
    bot_tops: Sequence[int | None],
    brute_best: Sequence[Match | None],
    brute_times: Sequence[float],
) -> None:
    """Each quote search, side by side with the brute force, in the work folder (quotes.json): where to
    look first when the top-1 agreement drops."""
    details = [
        {
            "query": query.text,
            "slips": query.mutations,
            "from": query.sentence,
            "bot_ms": round(bot_ms, 2),
            "bot_top": top,
            "brute_ms": round(brute_ms, 2),
            "brute_top": best.sentence_id if best else None,
            "brute_score": best.score if best else None,
        }
        for query, bot_ms, top, best, brute_ms in zip(
            quotes, bot["timings"]["quote"], bot_tops, brute_best, brute_times, strict=True
        )
    ]
    (plan.folder / "quotes.json").write_text(json.dumps(details, indent=1, ensure_ascii=False), encoding="utf-8")


# --- the contradiction check ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """A new article, parsed and analysed (and how long each took), ready to be stored and checked."""

    parsed: ParsedArticle
    analysis: Analysis
    parse_ms: float
    analyze_ms: float


def make_probes(plan: BenchPlan) -> list[Probe]:
    """New articles, generated after the archive's last one (duplicates skipped)."""
    lexicon = load_lexicon(plan.lists)
    generator = ArchiveGenerator(lexicon, seed=plan.seed)
    probes: list[Probe] = []
    for article in generator.articles(PROBES * 2, start=plan.articles):
        if article.duplicate_of is not None:
            continue
        try:
            started = time.perf_counter()
            parsed = parse_article(article.data, article.name)
            parsed_at = time.perf_counter()
            analysis = analyze(parsed, lexicon)
        except Exception:  # the build reports the pipeline's crashes; a probe only needs to be whole
            continue
        done = time.perf_counter()
        probes.append(Probe(parsed, analysis, (parsed_at - started) * 1000, (done - parsed_at) * 1000))
        if len(probes) == PROBES:
            break
    return probes


def check_cost(plan: BenchPlan, probes: Sequence[Probe]) -> tuple[dict, dict]:
    """Median time of raise_alerts for the same new articles against the archive at 1%, 10% and 100% of N,
    and the median cost of each step of adding one of them to the whole archive (the commit aside).

    Each probe is stored and checked inside a transaction that is then rolled back, so every probe meets
    the archive as it was built. Each probe is timed REPEATS times and its fastest kept: the machine is
    shared, and the slower runs measure the neighbours, not the check.
    """
    sizes = {**plan.snapshot_sizes(), "at_100pct_ms": plan.articles}
    paths = {key: plan.snapshot(key) for key in SHARES} | {"at_100pct_ms": plan.db}
    check: dict = {"probes": len(probes), "archive_articles": sizes}
    if not probes:  # every new article crashed the pipeline: the build's crash report says why
        return {**check, **dict.fromkeys(paths), "growth": None}, dict.fromkeys(("parse", "analyze", "store", "check"))
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    stored: list[float] = []
    for key, path in paths.items():
        with open_store(path) as store:
            _check_once(store, probes[0], now)  # warms the caches
            timed = [_fastest(store, probe, now) for probe in probes]
        check[key] = round(_percentile([checked for _, checked in timed], 50), 2)
        stored = [store_ms for store_ms, _ in timed]
    check["growth"] = _ratio(check["at_100pct_ms"], check["at_1pct_ms"])
    stages = {
        "parse": round(_percentile([p.parse_ms for p in probes], 50), 2),
        "analyze": round(_percentile([p.analyze_ms for p in probes], 50), 2),
        "store": round(_percentile(stored, 50), 2),
        "check": check["at_100pct_ms"],
    }
    return check, stages


def _fastest(store: Store, probe: Probe, now: str) -> tuple[float, float]:
    runs = [_check_once(store, probe, now) for _ in range(REPEATS)]
    return min(stored for stored, _ in runs), min(checked for _, checked in runs)


def _check_once(store: Store, probe: Probe, now: str) -> tuple[float, float]:
    """Milliseconds to store the probe's rows, and to check it for contradictions; then it is rolled back."""
    with store.rehearsal() as db:
        started = time.perf_counter()
        stored = insert_article(db, probe.parsed, probe.analysis, now=now)
        inserted = time.perf_counter()
        raise_alerts(db, stored.article_id, now=now)
        return (inserted - started) * 1000, (time.perf_counter() - inserted) * 1000


# --- figures -------------------------------------------------------------------------------------------------


def latency(times: Sequence[float], *, prefix: str = "") -> dict:
    """p50 and p99 in milliseconds (None when nothing was timed)."""
    if not times:
        return {f"{prefix}p50_ms": None, f"{prefix}p99_ms": None}
    return {f"{prefix}p50_ms": round(_percentile(times, 50), 2), f"{prefix}p99_ms": round(_percentile(times, 99), 2)}


def _percentile(values: Sequence[float], percent: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * percent / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    return round(numerator / denominator, 2) if numerator is not None and denominator else None


def _asked(bot: dict, kind: str) -> dict:
    return {"questions": len(bot["timings"][kind]), "refused": bot["refused"][kind], "crashed": bot["crashed"][kind]}


def _cycle(items: Sequence[str], count: int) -> list[str]:
    return [items[i % len(items)] for i in range(count)] if items else []


def machine() -> dict:
    """Where the figures were measured."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") if hasattr(os, "sysconf") else 0
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(memory / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load_average": [round(load, 1) for load in os.getloadavg()],  # others' work on the machine skews times
    }


def _worker(step: str, *args: str, plan: BenchPlan) -> dict:
    command = [sys.executable, "-m", "bot.bench.worker", step, *args, "--lists", str(plan.lists)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the bench's {step} worker failed (exit status {done.returncode}); its error is above")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)
