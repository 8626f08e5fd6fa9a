"""Adding articles that arrive through Slack (shared files, the paste form), and the reply saying what happened."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.errors import UserError
from bot.ingest import IngestReport, ingest_bytes
from bot.uploads import upload_summary
from handlers.deps import Deps

Incoming = tuple[str, Callable[[], bytes]]  # a name, and how to get the bytes (a download may fail with a UserError)


def add_articles(deps: Deps, incoming: Iterable[Incoming], *, overrides: dict[str, str] | None = None) -> str:
    """Ingest each article in turn; the mrkdwn reply has a line per article (added, duplicate or why not), then
    a line per alert they raised. One that fails does not stop the others."""
    options = deps.ingest_options()
    report = IngestReport()
    with deps.store() as store:
        for name, load in incoming:
            try:
                data = load()
            except UserError as exc:
                report.failed.append({"path": name, "error": str(exc)})
                continue
            report.extend(ingest_bytes(store, data, name, options, overrides=overrides))
        return upload_summary(store, report, deps.lexicon, since=options.now)
