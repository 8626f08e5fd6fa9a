"""The bench's questions: the bot answers them in a worker process, the peers in this one, side by side."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence

from bot.bench.cast import cast_from_lexicon
from bot.bench.figures import latency
from bot.bench.peers import BruteForce, Match, TantivyPeer
from bot.bench.plan import BenchPlan, say, worker_step
from bot.bench.queries import MutatedQuery
from bot.lists import load_lexicon
from bot.quote_matching import Candidate
from bot.store.search import CANDIDATES

QUESTIONS = 200  # who-supports and actor questions asked
CHARTS = 40  # topic and actor questions charted (each draws a PNG), at most one per quote search


def ask_bot(plan: BenchPlan, quotes: Sequence[MutatedQuery]) -> dict:
    """The bot's answers, timed in a worker process."""
    actors, topics = cast_from_lexicon(load_lexicon(plan.lists))
    stance_questions = [
        f"{verb} {p}" for _, phrases in topics for p in phrases for verb in ("who-supports", "who-opposes")
    ]
    actor_questions = [f"actor {name}" for actor in actors for name in actor.names]
    chart_questions = [
        f"{kind} {name}"
        for kind, names in (("topic", [t for t, _ in topics]), ("actor", [a.id for a in actors]))
        for name in names
    ]
    questions = {
        "quote": [q.text for q in quotes],
        "who_supports": cycle(stance_questions, QUESTIONS),
        "actor": cycle(actor_questions, QUESTIONS),
        "chart": cycle(chart_questions, min(CHARTS, len(quotes))),  # a small run (the suite's) stays small
    }
    path = plan.folder / "questions.json"
    path.write_text(json.dumps(questions), encoding="utf-8")
    say(
        f"the bot answers {len(quotes)} quote searches, {QUESTIONS} who-supports and {QUESTIONS} actor questions,"
        f" and charts {len(questions['chart'])} topic and actor answers"
    )
    return worker_step("answer", "--db", str(plan.db), "--questions", str(path), plan=plan)


def tantivy_peer(plan: BenchPlan, candidates: Sequence[Candidate], quotes: Sequence[MutatedQuery]) -> dict:
    """The tantivy peer's latencies, top answers and indexing time; empty figures when it is not installed."""
    try:
        import tantivy  # noqa: F401  (only to know whether the optional peer can run)
    except ImportError:
        say("tantivy is not installed (uv sync --extra bench): its peer is skipped")
        return {"latency": latency([], prefix="tantivy_"), "tops": [None] * len(quotes), "tantivy_index_s": None}
    say(f"indexing {len(candidates):,} sentences with tantivy")
    started = time.perf_counter()
    peer = TantivyPeer(candidates, plan.folder / "tantivy", limit=CANDIDATES)
    indexed = time.perf_counter() - started
    times, best = timed(peer.best, quotes)
    return {
        "latency": latency(times, prefix="tantivy_"),
        "tops": [m.sentence_id if m else None for m in best],
        "tantivy_index_s": round(indexed, 1),
    }


def timed(
    search: Callable[[str], Match | None], quotes: Sequence[MutatedQuery]
) -> tuple[list[float], list[Match | None]]:
    """Each query's time in milliseconds and its answer, asked one after another."""
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


def saved_brute_force(plan: BenchPlan, quotes: Sequence[MutatedQuery]) -> tuple[list[float], list[Match | None]] | None:
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


def keep_details(
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


def cycle(items: Sequence[str], count: int) -> list[str]:
    """`count` questions, going round `items` as often as needed."""
    return [items[i % len(items)] for i in range(count)] if items else []
