"""The daily digest: the last day's changes of position, in one message to the desk channel."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.clock import stamp
from bot.delivery import DeliveryError, Poster
from bot.lexicon import Lexicon
from bot.model import Alert
from bot.render.alerts import digest_message
from bot.store import Store
from bot.store.alerts.reading import list_alerts

log = logging.getLogger(__name__)

DIGEST_KINDS = ("shift", "contradiction")  # changes of position; borderline and figure alerts stay out
DIGEST_SPAN = timedelta(days=1)


def digest_alerts(store: Store, now: datetime) -> list[Alert]:
    """Shifts and contradictions raised in the last day that the desk has not dismissed, oldest first."""
    since = stamp(now - DIGEST_SPAN)
    return [a for a in list_alerts(store, since=since) if a.kind in DIGEST_KINDS and a.status != "dismissed"]


def post_digest(store: Store, poster: Poster, channel: str, *, now: datetime, lexicon: Lexicon | None = None) -> int:
    """Post the digest when the day had shifts (a quiet day posts nothing); returns how many it listed."""
    alerts = digest_alerts(store, now)
    if not alerts:
        return 0
    try:
        poster.post(channel, digest_message(alerts, lexicon))
    except DeliveryError as exc:
        log.error("daily digest: Slack did not take it (%s); the alerts themselves are unaffected", exc)
        return 0
    return len(alerts)
