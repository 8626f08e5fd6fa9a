"""The `guarantees` command line: the bot without Slack, and the contract tests and evaluation drive."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.analysis.nlp import require_model
from bot.clock import now_stamp
from bot.config import Settings
from bot.errors import UserError
from bot.ingest import IngestOptions, expand_paths, ingest_paths
from bot.lists import load_lexicon
from bot.model import Alert
from bot.progress import ProgressBar
from bot.store import open_store
from bot.store.articles import list_articles, remove_article, set_field
from bot.store.claims import list_claims

log = logging.getLogger("guarantees")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guarantees",
        description="Who stands where on Ukraine's security guarantees, from the desk's articles.",
    )
    parser.add_argument("--db", type=Path, help="SQLite file of the index (default: $GUARANTEES_DB)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str, *, json_flag: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON instead of text")
        return p

    p = command("ingest", "add articles (.txt, .md, .html files, or folders of them)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p = command("ask", 'answer one question, as typed after /guarantees (e.g. "who-supports backstop")')
    p.add_argument("text", nargs="+")
    p.add_argument(
        "--chart", type=Path, metavar="FILE", help="write the chart of a topic or actor answer to FILE (PNG)"
    )
    command("articles", "list the indexed articles")
    command("claims", "list every claim: actor, topic, stance, sentence")
    command("alerts", "list contradiction alerts")
    p = command("set", "correct an article's title, outlet, author, date or url", json_flag=True)
    p.add_argument("article", help="article id or source file name")
    p.add_argument("field", help="title, outlet, author, date (or published) or url")
    p.add_argument("value", nargs="*", help="the new value; nothing clears it")
    p = command("remove", "delete an article and all that was derived from it")
    p.add_argument("article", help="article id or source file name")
    command("reanalyze", "derive claims, quotes and figures again from stored sentences (after list edits)")
    p = command("explain", "show why each sentence of an article gave the claims it did, or none")
    p.add_argument("article", help="article id or source file name, or the path of a file not yet indexed")
    command("console", "index the bundled corpus if needed, then answer /guarantees questions", json_flag=False)
    p = command("serve", "run the Slack app and its scheduled jobs", json_flag=False)
    p.add_argument("--port", type=int, help="HTTP port when not in Socket Mode (default: $PORT, else 3000)")
    p = command("bench", "measure speed on a synthetic archive against brute-force peers")
    p.add_argument("--articles", type=int, default=1000, help="size of the synthetic archive")
    p.add_argument("--seed", type=int, default=7, help="seed of the synthetic archive and of the queries")
    p.add_argument("--queries", type=int, default=200, help="quote searches to time (and charts, at most 40)")
    p.add_argument("--workdir", type=Path, help="keep the archive here and reuse it when size and seed match")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        settings = Settings.from_env()
        if args.db:
            settings = _with_db(settings, args.db)
        logging.basicConfig(
            level=settings.log_level,
            stream=sys.stderr,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        if args.command in ANALYSING:
            require_model()
        return COMMANDS[args.command](args, settings)
    except UserError as exc:
        print(f"guarantees: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _with_db(settings: Settings, db: Path) -> Settings:
    from dataclasses import replace

    return replace(settings, db=db)


def emit(args: argparse.Namespace, value: Any, text: str) -> None:
    """Print `value` as JSON with --json, else the human text."""
    if getattr(args, "json", False):
        print(json.dumps(value, ensure_ascii=False, indent=2, default=str))
    elif text:
        print(text)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    options = IngestOptions(
        lexicon=load_lexicon(settings.lists),
        now=now_stamp(),
        max_bytes=settings.max_bytes,
        borderline_alerts=settings.borderline_alerts,
    )
    files = list(expand_paths(args.paths))
    bar = ProgressBar(len(files))
    with open_store(settings.db) as store:
        report = ingest_paths(store, files, options, progress=bar, workers=settings.workers)
    bar.close()
    lines = [
        f"added {a['source']} (id {a['id']}, {a['sentences']} sentences, {a['claims']} claims)" for a in report.added
    ]
    lines += [f"duplicate {d['path']} (already indexed as {d['of']})" for d in report.duplicates]
    lines += [f"failed {f['path']}: {f['error']}" for f in report.failed]
    lines.append(
        f"{len(report.added)} added, {len(report.duplicates)} duplicates, "
        f"{len(report.failed)} failed, {report.alerts} alerts"
    )
    emit(args, report.as_json(), "\n".join(lines))
    return 1 if report.failed else 0


def cmd_articles(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(settings.db) as store:
        articles = list_articles(store)
    text = (
        "\n".join(
            f"{a.id:>4}  {(a.published or 'undated')[:10]:<10}  {a.outlet or '-':<16}  "
            f"{a.title or '(no title)'}  [{a.source}]"
            for a in articles
        )
        or "No articles indexed yet: `guarantees ingest PATH` adds some."
    )
    emit(args, [a.listing() for a in articles], text)
    return 0


def cmd_claims(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(settings.db) as store:
        claims = list_claims(store)
    text = "\n".join(f"{c.source}  {c.actor} {c.stance} {c.topic}: {c.sentence}" for c in claims) or "No claims yet."
    emit(args, [c.as_json() for c in claims], text)
    return 0


def cmd_alerts(args: argparse.Namespace, settings: Settings) -> int:
    from bot.store.alerts.reading import list_alerts

    with open_store(settings.db) as store:
        alerts = list_alerts(store)
    text = (
        "\n".join(f"[{a.status}] {a.kind} {_alert_subject(a)}: {a.new.source} vs {a.old.source}" for a in alerts)
        or "No alerts."
    )
    emit(args, [a.as_json() for a in alerts], text)
    return 0


def _alert_subject(alert: Alert) -> str:
    """ "united-states us-backstop", "force-size", or whom each side credits a quotation to."""
    if alert.is_attribution:
        return f"{alert.new.speaker} / {alert.old.speaker}"
    return f"{alert.actor or alert.quantity} {alert.topic or ''}"


def cmd_set(args: argparse.Namespace, settings: Settings) -> int:
    from bot.parsing.fields import normalise_field

    field, value = normalise_field(args.field, " ".join(args.value))
    with open_store(settings.db) as store:
        article = set_field(store, args.article, field, value)
    emit(args, article.as_json(), f"article {article.id}: {field} is now {article.value(field)!r}")
    return 0


def cmd_remove(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(settings.db) as store:
        article = remove_article(store, args.article)
    emit(args, {"removed": article.as_json()}, f"removed article {article.id} ({article.source})")
    return 0


def cmd_reanalyze(args: argparse.Namespace, settings: Settings) -> int:
    from bot.reanalysis import reanalyze_all

    with open_store(settings.db) as store:
        summary = reanalyze_all(store, load_lexicon(settings.lists), borderline=settings.borderline_alerts)
    emit(
        args,
        summary,
        f"re-analysed {summary['articles']} articles: {summary['claims']} claims, {summary['alerts']} new alerts",
    )
    return 0


def cmd_explain(args: argparse.Namespace, settings: Settings) -> int:
    from bot.explanation import explain
    from bot.render.explain import explanation_json, explanation_text

    with open_store(settings.db) as store:
        explanation = explain(args.article, store, load_lexicon(settings.lists), max_bytes=settings.max_bytes)
    emit(args, explanation_json(explanation), explanation_text(explanation))
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.answering.charting import answer_chart
    from bot.muting import answer_at_desk
    from bot.render.json import answer_json
    from bot.render.text import answer_text

    question = " ".join(args.text)
    with open_store(settings.db) as store:
        answer = answer_at_desk(store, question, load_lexicon(settings.lists))
        chart = answer_chart(store, answer) if args.chart else None
    emit(args, answer_json(answer), answer_text(answer))
    if args.chart:
        from bot.chart_files import write_chart

        print(f"chart written to {write_chart(chart, args.chart)}", file=sys.stderr)
    return 0


def cmd_console(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import run_console

    return run_console(settings)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import serve

    return serve(settings, port=args.port)


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from bot.bench import run_bench

    return run_bench(
        args.articles,
        as_json=args.json,
        seed=args.seed,
        queries=args.queries,
        workdir=args.workdir,
        lists=settings.lists,
    )


ANALYSING = frozenset({"ingest", "reanalyze", "explain"})  # commands that always need the parser's model
COMMANDS = {
    "ingest": cmd_ingest,
    "articles": cmd_articles,
    "claims": cmd_claims,
    "alerts": cmd_alerts,
    "set": cmd_set,
    "remove": cmd_remove,
    "reanalyze": cmd_reanalyze,
    "explain": cmd_explain,
    "ask": cmd_ask,
    "console": cmd_console,
    "serve": cmd_serve,
    "bench": cmd_bench,
}


if __name__ == "__main__":
    sys.exit(main())
