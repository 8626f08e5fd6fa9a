"""The bench's figures for a person: what was measured, side by side with the peers, and each target met or not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """A goal of issue 7 (set for 100,000 articles on two cores) and how to read it from the results."""

    text: str
    value: Callable[[dict], float | None]
    met: Callable[[float], bool]


TARGETS = (
    Target("quote search p99 <= 150 ms", lambda r: r["quote"]["p99_ms"], lambda v: v <= 150),
    Target("quote search >= 50x faster than brute force (p50)", lambda r: r["quote"]["speedup"], lambda v: v >= 50),
    Target(
        "same top-1 as brute force on >= 95% of queries", lambda r: r["quote"]["top1_agreement"], lambda v: v >= 0.95
    ),
    Target("<= 3x tantivy's p50", lambda r: r["quote"]["vs_tantivy_p50"], lambda v: v <= 3),
    Target(
        "top-1 agreement >= tantivy's",
        lambda r: _difference(r["quote"]["top1_agreement"], r["quote"]["tantivy_top1_agreement"]),
        lambda v: v >= 0,
    ),
    Target("who-supports p99 <= 20 ms", lambda r: r["who_supports"]["p99_ms"], lambda v: v <= 20),
    Target("actor p99 <= 20 ms", lambda r: r["actor"]["p99_ms"], lambda v: v <= 20),
    Target("chart (data and drawing) p99 <= 1 s", lambda r: r.get("chart", {}).get("p99_ms"), lambda v: v <= 1000),
    Target(
        "bulk ingest >= 100 articles/s (a process per core)",
        lambda r: r["bulk_ingest"]["articles_per_s"],
        lambda v: v >= 100,
    ),
    Target(
        "ingest >= 40 articles per CPU second (one core)",
        lambda r: r["ingest"].get("articles_per_cpu_s"),
        lambda v: v >= 40,
    ),
    Target("one article indexed in <= 1 s (p99)", lambda r: r["ingest"].get("article_p99_ms"), lambda v: v <= 1000),
    Target("check at N <= 1.5x check at N/100", lambda r: r["check"]["growth"], lambda v: v <= 1.5),
    Target("copy check at N <= 1.5x at N/100 (issue 14)", lambda r: r["copy_check"]["growth"], lambda v: v <= 1.5),
    Target("peak memory answering <= 300 MB", lambda r: r["memory"]["answer_peak_mb"], lambda v: v <= 300),
    Target("database <= 3x the raw text", lambda r: _db_to_text(r), lambda v: v <= 3),
)


def _difference(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else round(a - b, 3)


def _db_to_text(results: dict) -> float | None:
    ingest = results["ingest"]
    return round(ingest["db_bytes"] / ingest["text_bytes"], 2) if ingest["text_bytes"] else None


def check_targets(results: dict) -> list[dict]:
    """Each target with the measured value and whether it is met (None when it could not be measured)."""
    checked = []
    for target in TARGETS:
        value = target.value(results)
        checked.append({"target": target.text, "value": value, "met": None if value is None else target.met(value)})
    return checked


def report_text(results: dict) -> str:
    """The figures as a short terminal report."""
    ingest, quote, check, memory, host = (results[k] for k in ("ingest", "quote", "check", "memory", "machine"))
    copies = results["copy_check"]
    sizes, quoted = check["archive_articles"], check["attribution"]
    stages = ingest["stages_ms"]
    lines = [
        f"guarantees bench: {results['articles']:,} articles, {results['sentences']:,} sentences "
        f"(seed {results['seed']})",
        f"  on {host['cores']} cores, {host['memory_gb']} GB, Python {host['python']}, SQLite {host['sqlite']}, "
        f"{results['date']}, load average at the end {host['load_average']}",
        "",
        f"ingest        {ingest['articles_per_s']:,} articles/s, {ingest['sentences_per_s']:,} sentences/s "
        f"({ingest.get('articles_per_cpu_s', '-')} articles per CPU second)"
        f"{' (archive reused: figures of the run that built it)' if ingest.get('reused') else ''}",
        f"              database {_mb(ingest['db_bytes'])} for {_mb(ingest['text_bytes'])} of text "
        f"({_db_to_text(results)}x); {ingest['duplicates']:,} duplicates, {ingest['alerts']:,} alerts",
        f"              per article: parse {_ms(stages['parse'])}, analysis {_ms(stages['analyze'])}, "
        f"storage {_ms(stages['store'])}, check {_ms(stages['check'])}, copies {_ms(stages['copies'])} "
        "(medians of the probes; commit aside)",
        f"              the parser's model loaded first, in {ingest.get('model_load_s', '-')} s (not in the rates)",
        *(f"              CRASHED on {c['name']}: {c['error']}" for c in ingest.get("crashes", ())),
        f"bulk ingest   {results['bulk_ingest']['articles_per_s']:,} articles/s with "
        f"{results['bulk_ingest']['workers']} analysing processes ({results['bulk_ingest']['articles']:,} articles, "
        f"workers' start included){_reused(results['bulk_ingest'])}",
        f"quote         bot      p50 {_ms(quote['p50_ms'])}  p99 {_ms(quote['p99_ms'])}  "
        f"(first search {_ms(quote['first_ms'])}), {quote['queries']} mutated queries",
        f"              brute    p50 {_ms(quote['brute_p50_ms'])}  p99 {_ms(quote['brute_p99_ms'])}  "
        f"bot {quote['speedup']}x faster; same top-1 {_share(quote['top1_agreement'])}"
        f"{' (brute force reused: times of the run that measured it)' if quote.get('brute_reused') else ''}",
        f"              tantivy  p50 {_ms(quote['tantivy_p50_ms'])}  p99 {_ms(quote['tantivy_p99_ms'])}  "
        f"bot/tantivy {quote['vs_tantivy_p50']}x; its top-1 {_share(quote['tantivy_top1_agreement'])}",
        f"who-supports  p50 {_ms(results['who_supports']['p50_ms'])}  p99 {_ms(results['who_supports']['p99_ms'])}",
        f"actor         p50 {_ms(results['actor']['p50_ms'])}  p99 {_ms(results['actor']['p99_ms'])}",
        _chart_line(results.get("chart", {})),
        f"check         per new article: {_ms(check['at_1pct_ms'])} at {sizes['at_1pct_ms']:,} articles, "
        f"{_ms(check['at_10pct_ms'])} at {sizes['at_10pct_ms']:,}, {_ms(check['at_100pct_ms'])} at "
        f"{sizes['at_100pct_ms']:,} ({check['growth']}x)",
        f"  of which    misattribution: {_ms(quoted['at_1pct_ms'])}, {_ms(quoted['at_10pct_ms'])}, "
        f"{_ms(quoted['at_100pct_ms'])} ({quoted['growth']}x)",
        f"copies        per new article: {_ms(copies['at_1pct_ms'])} at {sizes['at_1pct_ms']:,} articles, "
        f"{_ms(copies['at_10pct_ms'])} at {sizes['at_10pct_ms']:,}, {_ms(copies['at_100pct_ms'])} at "
        f"{sizes['at_100pct_ms']:,} ({copies['growth']}x); {copies['found']} of {copies['copy_probes']} "
        f"republished stories found; the archive holds {copies['copies']:,} copies of "
        f"{copies['stories_with_copies']:,} stories",
        f"memory        peak {memory['answer_peak_mb']} MB answering, {memory['ingest_peak_mb']} MB ingesting",
        "",
        "targets (set for 100,000 articles on 2 cores):",
    ]
    for target in results["targets"]:
        mark = {True: "met   ", False: "MISSED", None: "n/a   "}[target["met"]]
        lines.append(f"  {mark} {target['target']} (measured: {target['value']})")
    return "\n".join(lines)


def _chart_line(chart: dict) -> str:
    if not chart:
        return "chart         not measured"
    return (
        f"chart         p50 {_ms(chart['p50_ms'])}  p99 {_ms(chart['p99_ms'])}  (data p50 {_ms(chart['data_p50_ms'])},"
        f" drawing p50 {_ms(chart['draw_p50_ms'])}; CPU p99 {_ms(chart.get('cpu_p99_ms'))};"
        f" first chart {_ms(chart['first_ms'])} with the import);"
        f" the text answer p50 {_ms(chart['text_p50_ms'])}, chart/text {chart['vs_text_p50']}x"
    )


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.2f} ms" if value < 10 else f"{value:,.1f} ms"


def _mb(size: int) -> str:
    return f"{size / 2**20:,.1f} MB"


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _reused(figures: dict) -> str:
    return " (reused: measured by the run that built the archive)" if figures.get("reused") else ""
