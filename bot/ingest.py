"""Adding articles: read each file, parse, analyse, and store it whole with its alerts, or not at all."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from bot.analysis import analyze
from bot.errors import UserError
from bot.lexicon import Lexicon
from bot.model import Analysis, ParsedArticle
from bot.parsing import SIZE_HINT, parse_article
from bot.pool import AnalysisPool
from bot.store import Database, Store
from bot.store.alerts.raising import raise_alerts
from bot.store.articles import find_duplicate, insert_article

log = logging.getLogger(__name__)

# articles read (with where they came from) and their analysis under way, in file order
InFlight = deque[tuple[list[tuple[ParsedArticle, str]], Future[list[Analysis]]]]
POOL_FILES = 16  # fewer files are analysed here: starting the workers and their models costs seconds
PER_TASK = 4  # articles a worker analyses at once: their sentences are parsed as one batch
IN_FLIGHT = 2  # tasks under way ahead of storing, per worker
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})


@dataclass
class IngestReport:
    """What one ingest run did, in the shape of `ingest --json`."""

    added: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    alerts: int = 0

    def extend(self, other: IngestReport) -> None:
        """Add what another run (or one article) did to this report."""
        self.added += other.added
        self.duplicates += other.duplicates
        self.failed += other.failed
        self.alerts += other.alerts

    def as_json(self) -> dict:
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "alerts": self.alerts,
        }


@dataclass(frozen=True)
class IngestOptions:
    """What every article of a run shares."""

    lexicon: Lexicon
    now: str  # ISO 8601 timestamp recorded as added_at
    max_bytes: int = 5_000_000
    borderline_alerts: bool = False


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the article files inside folders (recursively, in name order)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            yield path


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    options: IngestOptions,
    *,
    progress: Callable[[Path], None] | None = None,
    workers: int = 1,
) -> IngestReport:
    """Ingest files and folders; a bad file is reported in `failed` and the others still go in.

    With `workers` > 1 and at least POOL_FILES files, articles are analysed in that many processes while
    this one stores them, in the order given."""
    report = IngestReport()
    files = list(expand_paths(paths))
    if workers > 1 and len(files) >= POOL_FILES:
        with AnalysisPool(options.lexicon, workers) as pool:
            _ingest_in_pool(store, files, options, report, pool, progress)
        return report
    for path in files:
        if progress:
            progress(path)
        data = _read(path, options, report)
        if data is not None:
            report.extend(ingest_bytes(store, data, path.name, options, path=str(path)))
    return report


def _ingest_in_pool(
    store: Store,
    files: list[Path],
    options: IngestOptions,
    report: IngestReport,
    pool: AnalysisPool,
    progress: Callable[[Path], None] | None,
) -> None:
    """Read and parse here, analyse in the pool a few articles per task, store here in file order."""
    waiting: InFlight = deque()
    batch: list[tuple[ParsedArticle, str]] = []
    for path in files:
        if progress:
            progress(path)
        data = _read(path, options, report)
        article = _article(store, data, path.name, options, report, str(path)) if data is not None else None
        if article is not None:
            batch.append((article, str(path)))
        if len(batch) == PER_TASK:
            waiting.append((batch, pool.submit([a for a, _ in batch])))
            batch = []
        while len(waiting) > IN_FLIGHT * pool.workers:
            _store_next(store, waiting, options, report)
    if batch:
        waiting.append((batch, pool.submit([a for a, _ in batch])))
    while waiting:
        _store_next(store, waiting, options, report)


def _store_next(store: Store, waiting: InFlight, options: IngestOptions, report: IngestReport) -> None:
    batch, analysed = waiting.popleft()
    for (article, where), analysis in zip(batch, analysed.result(), strict=True):
        _store(store, article, analysis, options, report, where)


def _read(path: Path, options: IngestOptions, report: IngestReport) -> bytes | None:
    try:
        return read_file(path, options.max_bytes)
    except UserError as exc:
        report.failed.append({"path": str(path), "error": str(exc)})
        return None


def read_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing what cannot be read or is over the size cap before reading it all."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UserError(f"{path.name} is {size:,} bytes, over the {max_bytes:,}-byte limit.", hint=SIZE_HINT)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise UserError(f"I can't read {path}: {reason}.", hint="Check the path and the file's permissions.") from None
    if len(data) > max_bytes:  # the file grew while we read it
        raise UserError(f"{path.name} is over the {max_bytes:,}-byte limit.", hint=SIZE_HINT)
    return data


def ingest_bytes(
    store: Store,
    data: bytes,
    name: str,
    options: IngestOptions,
    *,
    path: str | None = None,
    overrides: dict[str, str] | None = None,
) -> IngestReport:
    """Parse, analyse and store one article; the report says whether it was added, a duplicate or refused."""
    report = IngestReport()
    where = path or name
    article = _article(store, data, name, options, report, where, overrides)
    if article is not None:
        _store(store, article, analyze(article, options.lexicon), options, report, where)
    return report


def _article(
    store: Store,
    data: bytes,
    name: str,
    options: IngestOptions,
    report: IngestReport,
    where: str,
    overrides: dict[str, str] | None = None,
) -> ParsedArticle | None:
    """The parsed article, or None when it failed (reported) or is already indexed (reported)."""
    try:
        article = parse_article(
            data, name, lists=options.lexicon.folder, max_bytes=options.max_bytes, overrides=overrides
        )
    except UserError as exc:
        report.failed.append({"path": where, "error": str(exc)})
        return None
    # A re-upload (or a resumed bulk ingest) is told apart before the costly analysis; the check is made
    # again inside the write transaction, where another process may have added the same article meanwhile.
    if _reported_duplicate(store.db, article, report, where=where):
        return None
    return article


def _store(
    store: Store, article: ParsedArticle, analysis: Analysis, options: IngestOptions, report: IngestReport, where: str
) -> None:
    """Store the analysed article and its alerts in one transaction."""
    name = article.source
    with store.transaction() as db:
        if _reported_duplicate(db, article, report, where=where):
            return
        stored = insert_article(db, article, analysis, now=options.now)
        raised = raise_alerts(db, stored.article_id, now=options.now, borderline=options.borderline_alerts)
    log.info(
        "indexed %s as article %d (%d claims, %d alerts)",
        name,
        stored.article_id,
        len(analysis.claims),
        raised,
    )
    report.added.append(
        {
            "id": stored.article_id,
            "path": where,
            "source": name,
            "title": article.metadata.title,
            "sentences": len(article.sentences),
            "claims": len(analysis.claims),
            "alerts": raised,
        }
    )
    report.alerts += raised


def _reported_duplicate(db: Database, article: ParsedArticle, report: IngestReport, *, where: str) -> bool:
    """Whether the index already holds this content; if so, the run's report says of which article."""
    duplicate = find_duplicate(db, article.content_hash)
    if duplicate:
        report.duplicates.append({"path": where, "source": article.source, "of": duplicate.source, "id": duplicate.id})
    return duplicate is not None
