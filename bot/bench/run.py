"""`guarantees bench`: build (or reuse) a synthetic archive and time the bot on it against its peers, in one run.

The steps, in order:
1. build: a worker process ingests N generated articles through bot.ingest, copying the database aside at
   1% and 10% of N; kept in --workdir (and reused by a later run with the same size and seed), else in a
   temporary folder removed at the end;
2. questions: mutated quotes of real stored sentences, who-supports/who-opposes every topic phrase, actor
   every actor name;
3. the bot answers them in a worker process of its own (its latencies and peak memory), and charts topic and
   actor answers beside their text;
4. the peers answer the quotes in this process: brute force over every sentence, and tantivy;
5. the contradiction check and the copy check are timed for the same new articles (and a few republished
   stories) against the archive at 1%, 10% and 100% of N.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.bench.archive import build_archive, bulk_ingest, load_candidates
from bot.bench.asking import agreement, ask_bot, keep_details, saved_brute_force, tantivy_peer, timed
from bot.bench.checking import check_cost, copy_census, make_probes
from bot.bench.figures import latency, machine, ratio
from bot.bench.peers import BruteForce
from bot.bench.plan import BenchPlan, say
from bot.bench.queries import mutated_queries
from bot.bench.report import check_targets, report_text
from bot.clock import now_stamp
from bot.errors import UserError
from bot.store.search import CANDIDATES


def run_bench(
    articles: int,
    *,
    as_json: bool,
    seed: int = 7,
    queries: int = 200,
    workdir: Path | None = None,
    lists: Path,
) -> int:
    """Measure on an archive built from the lists in `lists` (GUARANTEES_LISTS), then print the report (or JSON)."""
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
    saved = saved_brute_force(plan, quotes) if ingest["reused"] else None
    if saved is None:
        say(f"brute force over {len(candidates):,} sentences, {len(quotes)} queries")
        brute_times, brute_best = timed(brute.best, quotes)
    else:
        say("reusing the brute force's answers and times to these queries (quotes.json)")
        brute_times, brute_best = saved
    tantivy = tantivy_peer(plan, candidates, quotes)
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
    keep_details(plan, quotes, bot, bot_tops, brute_best, brute_times)
    quote["speedup"] = ratio(quote["brute_p50_ms"], quote["p50_ms"])
    quote["vs_tantivy_p50"] = ratio(quote["p50_ms"], quote["tantivy_p50_ms"])
    quote["vs_tantivy_p99"] = ratio(quote["p99_ms"], quote["tantivy_p99_ms"])
    check, copies, stages = check_cost(plan, make_probes(plan))
    bulk = bulk_ingest(plan, reused=ingest["reused"])
    results = {
        "articles": plan.articles,
        "sentences": len(candidates),
        "seed": plan.seed,
        "date": now_stamp(),
        "machine": machine(),
        "ingest": {**{key: value for key, value in ingest.items() if key != "peak_mb"}, "stages_ms": stages},
        "bulk_ingest": bulk,
        "quote": quote,
        "who_supports": {**latency(bot["timings"]["who_supports"]), **_asked(bot, "who_supports")},
        "actor": {**latency(bot["timings"]["actor"]), **_asked(bot, "actor")},
        "chart": bot["charts"],
        "check": check,
        "copy_check": {**copies, **copy_census(plan)},
        "memory": {"answer_peak_mb": bot["peak_mb"], "ingest_peak_mb": ingest["peak_mb"]},
    }
    return {**results, "targets": check_targets(results)}


def _asked(bot: dict, kind: str) -> dict:
    return {"questions": len(bot["timings"][kind]), "refused": bot["refused"][kind], "crashed": bot["crashed"][kind]}
