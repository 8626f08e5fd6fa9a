"""The daily digest: the last day's changes of position, in one message to the desk channel."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.answering.listings import muted_values
from bot.clock import stamp
from bot.delivery import DeliveryError, Poster
from bot.lexicon import Lexicon
from bot.model import Alert
from bot.render.alerts import digest_message
from bot.store import Store
from bot.store.alerts.reading import list_alerts
from bot.store.mutes import active_mutes

log = logging.getLogger(__name__)

DIGEST_KINDS = ("shift", "contradiction")  # changes of position; borderline and figure alerts stay out
DIGEST_SPAN = timedelta(days=1)


def digest_alerts(store: Store, now: datetime) -> list[Alert]:
    """Shifts and contradictions raised in the last day that the desk has neither dismissed nor muted, oldest
    first (a muted alert is never posted, in the digest either)."""
    since = stamp(now - DIGEST_SPAN)
    kept = [a for a in list_alerts(store, since=since) if a.status not in ("dismissed", "muted")]
    return [a for a in kept if a.kind in DIGEST_KINDS]


def post_digest(store: Store, poster: Poster, channel: str, *, now: datetime, lexicon: Lexicon | None = None) -> int:
    """Post the digest when the day had shifts (a quiet day posts nothing); returns how many it listed."""
    alerts = digest_alerts(store, now)
    if not alerts:
        return 0
    mutes = muted_values(active_mutes(store, stamp(now)), lexicon)
    try:
        poster.post(channel, digest_message(alerts, lexicon, mutes=mutes))
    except DeliveryError as exc:
        log.error("daily digest: Slack did not take it (%s); the alerts themselves are unaffected", exc)
        return 0
    return len(alerts)
