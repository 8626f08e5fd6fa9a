"""The drop folder (GUARANTEES_INBOX): article files put there are indexed, then set aside.

An indexed file (or one already indexed) moves to `done/`; a refused one moves to `failed/` with
`<name>.reason.txt` beside it saying why. A file is only moved once its article is committed, so a
crash loses nothing: the next scan finds the file again and sees a duplicate.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.clock import utc_now
from bot.errors import UserError
from bot.ingest import ARTICLE_SUFFIXES, IngestOptions, IngestReport, ingest_bytes, read_file
from bot.store import Store

log = logging.getLogger(__name__)

DONE, FAILED = "done", "failed"
SETTLE = timedelta(seconds=2)  # a file changed more recently may still be being copied in


def scan_inbox(store: Store, inbox: Path, options: IngestOptions, *, now: datetime | None = None) -> IngestReport:
    """Index the files waiting in `inbox` (not its subfolders), oldest name first, and set each aside."""
    report = IngestReport()
    if not inbox.is_dir():
        return report
    now = now or utc_now()
    for path in sorted(p for p in inbox.iterdir() if p.is_file() and not p.name.startswith(".")):
        if now - datetime.fromtimestamp(path.stat().st_mtime, UTC) < SETTLE:
            continue
        outcome = _ingest_file(store, path, options)
        _set_aside(path, outcome)
        report.extend(outcome)
    return report


def _ingest_file(store: Store, path: Path, options: IngestOptions) -> IngestReport:
    try:
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
            raise UserError(f"{path.name} is not an article file: the inbox takes {kinds}.")
        return ingest_bytes(store, read_file(path, options.max_bytes), path.name, options, path=str(path))
    except UserError as exc:
        error = str(exc)
    except Exception:  # a bug: logged with its traceback, and the file set aside so it is not retried every few seconds
        log.exception("inbox: indexing %s failed", path.name)
        error = "indexing it failed on our side; the error is logged."
    return IngestReport(failed=[{"path": str(path), "error": error}])


def _set_aside(path: Path, outcome: IngestReport) -> None:
    """Move the file to done/ or failed/ (with its reason), never over a file of the same name."""
    target = _free_name(path.parent / (FAILED if outcome.failed else DONE), path.name)
    try:
        target.parent.mkdir(exist_ok=True)
        path.replace(target)
        if outcome.failed:
            reason = outcome.failed[0]["error"]
            target.with_name(target.name + ".reason.txt").write_text(
                f"{reason}\nFix the file and put it in the inbox again.\n", encoding="utf-8"
            )
    except OSError as exc:
        log.error("inbox: could not move %s to %s: %s", path.name, target.parent, exc)
        return
    log.info("inbox: %s -> %s/%s", path.name, target.parent.name, target.name)


def _free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, or `stem-2.txt`, `stem-3.txt`... when it is taken."""
    candidate = folder / name
    stem, suffix = candidate.stem, candidate.suffix
    n = 1
    while candidate.exists() or candidate.with_name(candidate.name + ".reason.txt").exists():
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate
