"""A small pool for the work that follows an ack (answers, uploads), so Bolt's listener threads are free at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)


class Background:
    """Runs jobs on a few threads of its own; a job's failures are its own to report (see handlers.errors)."""

    def __init__(self, workers: int = 2) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="guarantees-work")

    def submit(self, job: Callable[[], None]) -> None:
        self._pool.submit(job).add_done_callback(_log_escape)

    def shutdown(self) -> None:
        """Finish the jobs already started and queued, then stop."""
        self._pool.shutdown(wait=True)


def _log_escape(future: Future[None]) -> None:
    # Jobs report their own failures; anything that still escapes would otherwise vanish silently.
    error = future.exception()
    if error is not None:
        log.error("background job failed", exc_info=error)
