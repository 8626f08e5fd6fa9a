"""`guarantees console`: the bot at a terminal prompt, on the bundled corpus, with alerts as they appear.

The first run indexes the corpus folder; then every line is answered as Slack would answer
`/guarantees <line>`, in terminal text. Line editing and history come from readline when the
platform has it; the history is kept next to the index.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import uuid
from collections.abc import Callable
from pathlib import Path

from bot.answering.charting import StanceChart, answer_chart
from bot.answering.values import HelpAnswer
from bot.chart_files import write_chart
from bot.clock import now_stamp
from bot.config import Settings
from bot.errors import UserError
from bot.explanation import explain
from bot.ingest import IngestOptions, expand_paths, ingest_paths
from bot.lexicon import Lexicon
from bot.lists import load_lexicon
from bot.muting import answer_at_desk
from bot.progress import ProgressBar
from bot.questions.reading import strip_prefix
from bot.render.explain import explanation_text
from bot.render.text import answer_text
from bot.render.wording import alert_line, count
from bot.store import open_store
from bot.store.alerts.reading import alert_totals, list_alerts
from bot.store.articles import count_articles

log = logging.getLogger(__name__)

PROMPT = "guarantees> "
QUIT = frozenset({"quit", "exit", "q", ":q", "bye"})
HISTORY_FILE = ".guarantees_history"
HISTORY_LINES = 1_000
CHARTS = "charts"  # the folder beside the index where the charts of topic and actor answers are saved
# The console's own question, added to `help` after those it shares with Slack.
EXPLAIN_HELP = "\nAt the console, `explain ARTICLE` shows why each sentence of an article gave its claims, or none."


def run_console(settings: Settings) -> int:
    """Index the bundled corpus if the index is empty, then answer questions until quit or Ctrl-D."""
    if logging.getLogger().level == logging.INFO:  # the default: keep routine lines off the prompt
        logging.getLogger().setLevel(logging.WARNING)
    # A process started from a background job or a script inherits SIGINT ignored, and Python then leaves it
    # ignored: Ctrl-C would do nothing at the prompt. The console is interactive, so Ctrl-C is always its own.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    lexicon = load_lexicon(settings.lists)
    with open_store(settings.db) as store:
        articles = count_articles(store)
        earlier, seen = alert_totals(store)
    if not articles:
        articles = _index_corpus(settings, lexicon)
        seen = _print_alerts(settings, lexicon, after=seen)
    elif earlier:
        print(f"{count(earlier, 'alert')} raised before this session: `alerts` lists the open ones.")
    history = _start_history(settings.db.parent / HISTORY_FILE)
    print(
        f"{count(articles, 'article')} indexed. Ask as you would in Slack, e.g. `who-supports us backstop`"
        " or `quote europe needs to muscle up`.\n`help` lists the questions; `explain ARTICLE` shows how an"
        " article was read; `quit` or Ctrl-D leaves."
    )
    while True:
        try:
            line = input(PROMPT)
        except EOFError:
            print()
            break
        except KeyboardInterrupt:  # Ctrl-C drops the line being typed, as in a shell
            print()
            continue
        text = strip_prefix(line)
        if text.lower() in QUIT:
            break
        if text:
            print(_reply(settings, text, lexicon), end="\n\n")
            seen = _print_alerts(settings, lexicon, after=seen)
    history()
    return 0


def _reply(settings: Settings, text: str, lexicon: Lexicon) -> str:
    """The answer as terminal text; a UserError as its message and hint; anything else as an apology."""
    try:
        with open_store(settings.db) as store:
            word, _, rest = text.partition(" ")
            if word.lower() == "explain":  # the console's own question: why an article was read as it was
                return explanation_text(explain(rest or "?", store, lexicon, max_bytes=settings.max_bytes))
            answer = answer_at_desk(store, text, lexicon)
            chart = answer_chart(store, answer)
        saved = f"\n\n{_saved(chart, settings.db.parent / CHARTS)}" if chart else ""
        return answer_text(answer) + (EXPLAIN_HELP if isinstance(answer, HelpAnswer) else "") + saved
    except UserError as exc:
        return f"{exc.message}\n{exc.hint}" if exc.hint else exc.message
    except Exception:
        ref = uuid.uuid4().hex[:6]
        log.exception("console question failed (ref %s): %r", ref, text)
        return f"Something broke on our side (ref {ref}). It is logged; please try again or ask another way."


def _saved(chart: StanceChart, folder: Path) -> str:
    """Where the chart of the answer was saved, or why it could not be drawn."""
    try:
        return f"Chart saved to {write_chart(chart, folder / chart.file_name)}"
    except UserError as exc:
        return exc.message


def _index_corpus(settings: Settings, lexicon: Lexicon) -> int:
    """Index every article file of the corpus folder with a progress bar; returns how many articles went in."""
    files = list(expand_paths([settings.corpus])) if settings.corpus.is_dir() else []
    if not files:
        print(f"The index is empty and there are no articles in {settings.corpus} (GUARANTEES_CORPUS) to start with.")
        return 0
    print(f"First run: indexing {count(len(files), 'article')} from {settings.corpus}.")
    options = IngestOptions(
        lexicon=lexicon, now=now_stamp(), max_bytes=settings.max_bytes, borderline_alerts=settings.borderline_alerts
    )
    bar = ProgressBar(len(files))
    with open_store(settings.db) as store:
        report = ingest_paths(store, files, options, progress=bar)
    bar.close()
    print(f"{len(report.added)} added, {len(report.duplicates)} duplicates, {len(report.failed)} failed.")
    for failed in report.failed:
        print(f"  not indexed: {failed['path']}: {failed['error']}")
    return len(report.added)


def _print_alerts(settings: Settings, lexicon: Lexicon, *, after: int) -> int:
    """Print the alerts raised since alert `after`; returns the newest id shown."""
    with open_store(settings.db) as store:
        alerts = list_alerts(store, after_id=after)
    for alert in alerts:
        print(f"ALERT {alert.id}: {alert_line(alert, lexicon)}")
    return max((a.id for a in alerts), default=after)


def _start_history(path: Path) -> Callable[[], None]:
    """Turn on line editing and load the history; returns what saves it on the way out."""
    try:
        import readline
    except ImportError:  # no readline on this platform: plain input still works
        return lambda: None
    readline.set_history_length(HISTORY_LINES)
    with contextlib.suppress(OSError):  # no history yet
        readline.read_history_file(path)

    def save() -> None:
        last = readline.get_current_history_length()
        if last and strip_prefix(readline.get_history_item(last) or "").lower() in QUIT:  # recall questions, not quit
            readline.remove_history_item(last - 1)
        try:
            readline.write_history_file(path)
        except OSError as exc:
            log.warning("could not save the console history to %s: %s", path, exc)

    return save
