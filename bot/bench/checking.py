"""The bench's contradiction check: the same new articles stored and checked against the archive at 1%, 10%
and 100% of its size, each in a transaction rolled back afterwards; the attribution check (the part that looks
for the new article's quotations credited to someone else) is timed on its own beside it."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from bot.analysis import analyze
from bot.bench.figures import percentile, ratio
from bot.bench.generator import ArchiveGenerator
from bot.bench.plan import SHARES, BenchPlan
from bot.clock import now_stamp
from bot.lists import load_lexicon
from bot.model import Analysis, ParsedArticle
from bot.parsing import parse_article
from bot.store import Store, open_store
from bot.store.alerts.quotations import misattributions
from bot.store.alerts.raising import raise_alerts
from bot.store.articles import insert_article

REPEATS = 3  # times each probe is checked; the fastest counts
PROBES = 20  # new articles whose contradiction check is timed at each archive size


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
            parsed = parse_article(article.data, article.name, lists=plan.lists)
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
        nothing = {**dict.fromkeys(paths), "growth": None}
        return {**check, **nothing, "attribution": nothing}, dict.fromkeys(("parse", "analyze", "store", "check"))
    now = now_stamp()
    stored: list[float] = []
    attribution: dict = {}
    for key, path in paths.items():
        with open_store(path) as store:
            _check_once(store, probes[0], now)  # warms the caches
            timed = [_fastest(store, probe, now) for probe in probes]
        check[key] = round(percentile([checked for _, checked, _ in timed], 50), 2)
        attribution[key] = round(percentile([quoted for _, _, quoted in timed], 50), 2)
        stored = [store_ms for store_ms, _, _ in timed]
    check["growth"] = ratio(check["at_100pct_ms"], check["at_1pct_ms"])
    check["attribution"] = {**attribution, "growth": ratio(attribution["at_100pct_ms"], attribution["at_1pct_ms"])}
    stages = {
        "parse": round(percentile([p.parse_ms for p in probes], 50), 2),
        "analyze": round(percentile([p.analyze_ms for p in probes], 50), 2),
        "store": round(percentile(stored, 50), 2),
        "check": check["at_100pct_ms"],
    }
    return check, stages


def _fastest(store: Store, probe: Probe, now: str) -> tuple[float, float, float]:
    stored, checked, quoted = zip(*(_check_once(store, probe, now) for _ in range(REPEATS)), strict=True)
    return min(stored), min(checked), min(quoted)


def _check_once(store: Store, probe: Probe, now: str) -> tuple[float, float, float]:
    """Milliseconds to store the probe's rows, to check it for every kind of alert, and to look for its
    quotations credited to someone else alone (a part of the check, timed again by itself); then it is rolled
    back."""
    with store.rehearsal() as db:
        started = time.perf_counter()
        stored = insert_article(db, probe.parsed, probe.analysis, now=now)
        inserted = time.perf_counter()
        raise_alerts(db, stored.article_id, now=now)
        checked = time.perf_counter()
        misattributions(db, stored.article_id, dismissed=())
        done = time.perf_counter()
        return (inserted - started) * 1000, (checked - inserted) * 1000, (done - checked) * 1000
