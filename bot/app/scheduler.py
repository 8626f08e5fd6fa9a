"""The scheduled jobs of `guarantees serve`: deliver alerts, watch the inbox, post the daily digest.

Each job runs one instance at a time (`max_instances=1`); runs missed while one was busy collapse
into one (`coalesce=True`); and each job says how late a run may still start (`misfire_grace_time`).
Every run opens its own connection to the index.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from slack_sdk import WebClient

from bot.app.slack_poster import SlackPoster, delivery_client
from bot.config import Settings
from bot.delivery import Delivery, utc_now
from bot.digest import post_digest
from bot.inbox import scan_inbox
from bot.ingest import IngestOptions
from bot.lexicon import Lexicon, load_lexicon
from bot.store import open_store

log = logging.getLogger(__name__)

DELIVER_EVERY_SECONDS = 5
INBOX_EVERY_SECONDS = 10
# How late a run may still start. Delivery and the inbox run again within seconds anyway, so a late
# run is simply dropped; a digest an hour late is still worth posting, a later one waits for tomorrow.
DELIVER_GRACE_SECONDS = 10
INBOX_GRACE_SECONDS = 30
DIGEST_GRACE_SECONDS = 3600


def build_scheduler(
    settings: Settings, client: WebClient, *, clock: Callable[[], datetime] = utc_now
) -> BackgroundScheduler:
    """The jobs, not yet started: `serve` starts it and shuts it down; tests run a job's function directly."""
    scheduler = BackgroundScheduler(timezone=UTC)
    lexicon = load_lexicon(settings.lists)
    poster = SlackPoster(delivery_client(client), settings.admins)
    if settings.alert_channel:
        delivery = Delivery(poster, settings.alert_channel, clock=clock, lexicon=lexicon)
        scheduler.add_job(
            _deliver_alerts,
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
        _watch_inbox,
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
            _post_digest,
            CronTrigger(hour=settings.digest_hour, timezone=UTC),
            args=(settings, poster, lexicon, clock),
            id="daily-digest",
            name="daily digest of shifts",
            misfire_grace_time=DIGEST_GRACE_SECONDS,
            max_instances=1,
            coalesce=True,
        )
    return scheduler


def _deliver_alerts(settings: Settings, delivery: Delivery) -> None:
    with open_store(settings.db) as store:
        delivery.run(store)


def _watch_inbox(settings: Settings, lexicon: Lexicon, clock: Callable[[], datetime]) -> None:
    now = clock()
    options = IngestOptions(
        lexicon=lexicon,
        now=now.astimezone(UTC).replace(microsecond=0).isoformat(),
        max_bytes=settings.max_bytes,
        borderline_alerts=settings.borderline_alerts,
    )
    with open_store(settings.db) as store:
        scan_inbox(store, settings.inbox, options, now=now)


def _post_digest(settings: Settings, poster: SlackPoster, lexicon: Lexicon, clock: Callable[[], datetime]) -> None:
    with open_store(settings.db) as store:
        post_digest(store, poster, settings.alert_channel, now=clock(), lexicon=lexicon)
