"""The bench's checks of a new article: the same new articles stored, checked for contradictions and for copies
of a story already indexed, against the archive at 1%, 10% and 100% of its size, each in a transaction rolled
back afterwards; the attribution check (the part of the alert check that looks for the new article's quotations
credited to someone else) is timed on its own beside it."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.analysis import analyze
from bot.bench.figures import percentile, ratio
from bot.bench.generator import ArchiveGenerator
from bot.bench.plan import SHARES, BenchPlan
from bot.clock import now_stamp
from bot.copies import article_fingerprint
from bot.lexicon import Lexicon
from bot.lists import load_lexicon
from bot.model import Analysis, ParsedArticle
from bot.parsing import parse_article
from bot.store import Store, open_store
from bot.store.alerts.quotations import misattributions
from bot.store.alerts.raising import raise_alerts
from bot.store.articles import find_article, insert_article
from bot.store.copies import copy_counts, file_copy, story_group

REPEATS = 3  # times each probe is checked; the fastest counts
PROBES = 20  # new articles whose checks are timed at each archive size
COPY_PROBES = 5  # and stories of the archive's first 1% republished, so the copy check finds and compares some


@dataclass(frozen=True)
class Probe:
    """A new article, parsed and analysed (and how long each took), ready to be stored and checked."""

    parsed: ParsedArticle
    analysis: Analysis
    parse_ms: float
    analyze_ms: float
    copy_of: str | None = None  # the file name of the archive's article whose story it republishes


def make_probes(plan: BenchPlan) -> list[Probe]:
    """New articles, generated after the archive's last one (duplicates skipped), then COPY_PROBES republished
    stories of the archive's first 1% (so that each archive size holds their story)."""
    lexicon = load_lexicon(plan.lists)
    generator = ArchiveGenerator(lexicon, seed=plan.seed)
    probes: list[Probe] = []
    for article in generator.articles(PROBES * 2, start=plan.articles):
        probe = _probe(plan, lexicon, article.name, article.data) if article.duplicate_of is None else None
        if probe is not None:
            probes.append(probe)
        if len(probes) == PROBES:
            break
    rng = random.Random(f"{plan.seed}/copy-probes")
    for number in range(COPY_PROBES):
        story = generator.article(rng.randrange(max(1, plan.articles // 100)))
        if story.duplicate_of is not None or story.copy_of is not None:
            continue
        page = generator.republished_page(plan.articles + PROBES * 2 + number, story.index, rng)
        probe = _probe(plan, lexicon, page.name, page.data)
        if probe is not None:
            probes.append(replace(probe, copy_of=story.name))
    return probes


def _probe(plan: BenchPlan, lexicon: Lexicon, name: str, data: bytes) -> Probe | None:
    """The article parsed and analysed, or None when the pipeline failed on it (the build reports such crashes;
    a probe only needs to be whole)."""
    try:
        started = time.perf_counter()
        parsed = parse_article(data, name, lists=plan.lists)
        parsed_at = time.perf_counter()
        analysis = analyze(parsed, lexicon)
    except Exception:
        return None
    done = time.perf_counter()
    return Probe(parsed, analysis, (parsed_at - started) * 1000, (done - parsed_at) * 1000)


def check_cost(plan: BenchPlan, probes: Sequence[Probe]) -> tuple[dict, dict, dict]:
    """Median time of raise_alerts (the contradiction check) and of file_copy (the copy check) for the same new
    articles against the archive at 1%, 10% and 100% of N, and the median cost of each step of adding one of
    them to the whole archive (the commit aside; storing includes filing its copy).

    Each probe is stored and checked inside a transaction that is then rolled back, so every probe meets
    the archive as it was built. Each probe is timed REPEATS times and its fastest kept: the machine is
    shared, and the slower runs measure the neighbours, not the check.
    """
    sizes = {**plan.snapshot_sizes(), "at_100pct_ms": plan.articles}
    paths = {key: plan.snapshot(key) for key in SHARES} | {"at_100pct_ms": plan.db}
    check: dict = {"probes": len(probes), "archive_articles": sizes}
    copies: dict = {"probes": len(probes), "copy_probes": sum(p.copy_of is not None for p in probes)}
    if not probes:  # every new article crashed the pipeline: the build's crash report says why
        empty = {**dict.fromkeys(paths), "growth": None}
        stages = dict.fromkeys(("parse", "analyze", "store", "check", "copies"))
        return {**check, **empty, "attribution": empty}, {**copies, **empty}, stages
    now = now_stamp()
    timed: list[Timing] = []
    attribution: dict = {}
    for key, path in paths.items():
        with open_store(path) as store:
            _check_once(store, probes[0], now)  # warms the caches
            timed = [_fastest(store, probe, now) for probe in probes]
        check[key] = round(percentile([t.check_ms for t in timed], 50), 2)
        attribution[key] = round(percentile([t.quote_ms for t in timed], 50), 2)
        copies[key] = round(percentile([t.copy_ms for t in timed], 50), 2)
        copies["found" if key == "at_100pct_ms" else f"found_{key}"] = sum(t.found for t in timed)
    check["growth"] = ratio(check["at_100pct_ms"], check["at_1pct_ms"])
    check["attribution"] = {**attribution, "growth": ratio(attribution["at_100pct_ms"], attribution["at_1pct_ms"])}
    copies["growth"] = ratio(copies["at_100pct_ms"], copies["at_1pct_ms"])
    stages = {
        "parse": round(percentile([p.parse_ms for p in probes], 50), 2),
        "analyze": round(percentile([p.analyze_ms for p in probes], 50), 2),
        "store": round(percentile([t.store_ms for t in timed], 50), 2),
        "check": check["at_100pct_ms"],
        "copies": copies["at_100pct_ms"],
    }
    return check, copies, stages


def copy_census(plan: BenchPlan) -> dict:
    """The archive's copies as the copy check filed them: articles that are copies, and stories with copies."""
    with open_store(plan.db) as store:
        copies, stories = copy_counts(store)
    return {"copies": copies, "stories_with_copies": stories}


@dataclass(frozen=True)
class Timing:
    """Milliseconds of each step for one probe, and whether the copy check put a republished probe with its story."""

    store_ms: float
    check_ms: float  # every kind of alert
    quote_ms: float  # of which: its quotations credited to someone else, timed again by itself
    copy_ms: float
    found: bool


def _fastest(store: Store, probe: Probe, now: str) -> Timing:
    runs = [_check_once(store, probe, now) for _ in range(REPEATS)]
    return Timing(
        store_ms=min(r.store_ms for r in runs),
        check_ms=min(r.check_ms for r in runs),
        quote_ms=min(r.quote_ms for r in runs),
        copy_ms=min(r.copy_ms for r in runs),
        found=runs[0].found,
    )


def _check_once(store: Store, probe: Probe, now: str) -> Timing:
    """Store the probe's rows, check it for every kind of alert, look for its quotations credited to someone else
    alone, then for copies (the check storing already made, timed alone: fingerprint, bucket lookup, signatures
    compared, buckets written); then it is rolled back."""
    with store.rehearsal() as db:
        started = time.perf_counter()
        stored = insert_article(db, probe.parsed, probe.analysis, now=now)
        inserted = time.perf_counter()
        raise_alerts(db, stored.article_id, now=now)
        checked = time.perf_counter()
        misattributions(db, stored.article_id, dismissed=())
        quoted = time.perf_counter()
        group = file_copy(db, stored.article_id, article_fingerprint(probe.parsed))
        copied = time.perf_counter()
        found = probe.copy_of is not None and group == story_group(db, find_article(store, probe.copy_of).id)
        return Timing(
            store_ms=(inserted - started) * 1000,
            check_ms=(checked - inserted) * 1000,
            quote_ms=(quoted - checked) * 1000,
            copy_ms=(copied - quoted) * 1000,
            found=found,
        )
