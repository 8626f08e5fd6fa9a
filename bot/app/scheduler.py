"""The scheduled jobs of `guarantees serve`: deliver alerts, watch the inbox, post the daily digest.

Each job runs one instance at a time (`max_instances=1`), and runs missed while the process was busy
collapse into one (`coalesce=True`). Across processes, a lock file beside the index lets only one
`serve` run the jobs; another takes over when that one stops. Every run opens its own connection.
"""

from __future__ import annotations

import fcntl
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from apscheduler.events import EVENT_SCHEDULER_SHUTDOWN
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from slack_sdk import WebClient

from bot.app.slack_poster import SlackPoster, delivery_client
from bot.clock import stamp, utc_now
from bot.config import Settings
from bot.delivery import Delivery
from bot.digest import post_digest
from bot.inbox import scan_inbox
from bot.ingest import IngestOptions
from bot.lexicon import Lexicon
from bot.lists import load_lexicon
from bot.store import open_store

log = logging.getLogger(__name__)

DELIVER_EVERY_SECONDS = 5
INBOX_EVERY_SECONDS = 10
# How late a run may still start. Delivery and the inbox have no limit: however busy the process, a late
# run still happens (once, thanks to coalesce), so alerts are never skipped. A digest more than an hour
# late would arrive when the desk no longer expects it: that one waits for tomorrow (APScheduler logs it).
DELIVER_GRACE_SECONDS = None
INBOX_GRACE_SECONDS = None
DIGEST_GRACE_SECONDS = 3600


class SchedulerLock:
    """An flock on `<index>.scheduler.lock`, taken by the first job run and kept until shutdown (or death)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None
        self._guard = threading.Lock()
        self._said_busy = False

    def acquired(self) -> bool:
        """Whether this process runs the jobs; it tries again each time until the holder is gone."""
        with self._guard:
            if self._handle is not None:
                return True
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = self.path.open("a")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                if not self._said_busy:
                    log.info("another process runs the scheduled jobs (%s is locked); standing by", self.path)
                    self._said_busy = True
                return False
            self._handle = handle
            log.info("this process runs the scheduled jobs (lock %s)", self.path)
            return True

    def release(self) -> None:
        with self._guard:
            if self._handle is not None:
                self._handle.close()  # closing the file releases the flock
                self._handle = None


def build_scheduler(
    settings: Settings, client: WebClient, *, clock: Callable[[], datetime] = utc_now
) -> BackgroundScheduler:
    """The jobs, not yet started: `serve` starts it and shuts it down; tests run a job's function directly."""
    scheduler = BackgroundScheduler(timezone=UTC)
    lock = SchedulerLock(settings.db.with_name(settings.db.name + ".scheduler.lock"))
    scheduler.add_listener(lambda _event: lock.release(), EVENT_SCHEDULER_SHUTDOWN)
    lexicon = load_lexicon(settings.lists)
    poster = SlackPoster(delivery_client(client), settings.admins)
    if settings.alert_channel:
        delivery = Delivery(poster, settings.alert_channel, clock=clock, lexicon=lexicon)
        scheduler.add_job(
            _exclusive(lock, _deliver_alerts),
            IntervalTrigger(seconds=DELIVER_EVERY_SECONDS),
            args=(settings, delivery),
            id="deliver-alerts",
            name="deliver pending alerts to the desk channel",
            misfire_grace_time=DELIVER_GRACE_SECONDS,
            max_instances=1,
            coalesce=True,
        )
    else:
        log.warning("GUARANTEES_ALERT_CHANNEL is not set: alerts are kept (`guarantees alerts`) but not posted")
    scheduler.add_job(
        _exclusive(lock, _watch_inbox),
        IntervalTrigger(seconds=INBOX_EVERY_SECONDS),
        args=(settings, lexicon, clock),
        id="watch-inbox",
        name=f"index new files in {settings.inbox}",
        misfire_grace_time=INBOX_GRACE_SECONDS,
        max_instances=1,
        coalesce=True,
    )
    if settings.digest_hour is not None and settings.alert_channel:
        scheduler.add_job(
            _exclusive(lock, _post_digest),
            CronTrigger(hour=settings.digest_hour, timezone=UTC),
            args=(settings, poster, lexicon, clock),
            id="daily-digest",
            name="daily digest of shifts",
            misfire_grace_time=DIGEST_GRACE_SECONDS,
            max_instances=1,
            coalesce=True,
        )
    return scheduler


def _exclusive(lock: SchedulerLock, job: Callable[..., None]) -> Callable[..., None]:
    """`job`, run only by the process holding the scheduler lock."""

    def run(*args: Any) -> None:
        if lock.acquired():
            job(*args)

    run.__name__ = job.__name__
    return run


def _deliver_alerts(settings: Settings, delivery: Delivery) -> None:
    with open_store(settings.db) as store:
        delivery.run(store)


def _watch_inbox(settings: Settings, lexicon: Lexicon, clock: Callable[[], datetime]) -> None:
    now = clock()
    options = IngestOptions(
        lexicon=lexicon,
        now=stamp(now),
        max_bytes=settings.max_bytes,
        borderline_alerts=settings.borderline_alerts,
    )
    with open_store(settings.db) as store:
        scan_inbox(store, settings.inbox, options, now=now)


def _post_digest(settings: Settings, poster: SlackPoster, lexicon: Lexicon, clock: Callable[[], datetime]) -> None:
    with open_store(settings.db) as store:
        post_digest(store, poster, settings.alert_channel, now=clock(), lexicon=lexicon)
