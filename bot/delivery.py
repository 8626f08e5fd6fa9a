"""Delivering the alert outbox to the desk channel: retries with backoff, Slack's Retry-After, no double posts.

An attempt is recorded before the message is posted. If the process dies after Slack took the message
but before the outcome was recorded, the next attempt first looks for the alert's id in the channel's
recent messages, so the alert is neither lost nor posted twice. Slack itself stays behind `Poster`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from bot.clock import parse_stamp, utc_now
from bot.lexicon import Lexicon
from bot.model import Alert
from bot.render.alerts import alert_message
from bot.store import Store
from bot.store.alerts.outbox import (
    RATE_LIMITED,
    claim_attempt,
    due_alerts,
    mark_dead,
    mark_retry,
    mark_sent,
    rate_limit_end,
)

log = logging.getLogger(__name__)

BATCH = 20  # alerts looked at per run; the rest wait a few seconds for the next one
FIRST_RETRY = timedelta(seconds=10)
LONGEST_WAIT = timedelta(minutes=30)
MAX_ATTEMPTS = 12  # about four hours of retries before an alert is given up as dead
HISTORY_MARGIN = timedelta(minutes=10)  # allowance for our clock and Slack's disagreeing


class DeliveryError(Exception):
    """Slack did not take the message; the subclass says whether and when to try again."""


class RateLimited(DeliveryError):
    """Slack asked us to wait `retry_after` seconds before posting again (HTTP 429)."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"{RATE_LIMITED} for {retry_after:g} s")
        self.retry_after = retry_after


class TransientError(DeliveryError):
    """A passing failure (server error, lost connection): try again later."""


class PermanentError(DeliveryError):
    """A failure retries cannot fix (channel_not_found, not_in_channel, invalid_auth...): an admin must act."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Poster(Protocol):
    """What delivery needs from Slack; each method raises a DeliveryError subclass when Slack says no."""

    def post(self, channel: str, message: dict, *, alert_id: int | None = None) -> str:
        """Post `message` ({"blocks", "text"}), tagged with `alert_id` when given; returns the message's ts."""
        ...

    def find_posted(self, channel: str, alert_id: int, *, since: datetime | None) -> str | None:
        """The ts of a message in `channel` (posted after `since`) tagged with `alert_id`, if there is one."""
        ...

    def notify_admins(self, text: str) -> None:
        """Tell the desk admins something only they can fix."""
        ...


@dataclass
class DeliveryReport:
    """What one run did, by alert id."""

    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    dead: dict[int, str] = field(default_factory=dict)  # alert id -> why
    rate_limited_until: datetime | None = None


def retry_delay(attempt: int) -> timedelta:
    """Exponential backoff: 10 s after the first attempt, doubling, at most 30 minutes (for any attempt number)."""
    doublings = min(max(0, attempt - 1), 16)  # past the cap anyway; unbounded, timedelta overflows
    return min(LONGEST_WAIT, FIRST_RETRY * 2**doublings)


class Delivery:
    """Posts due alerts to one channel; how long Slack asked us to wait is kept in the index, so restarts wait too.

    Run it from one job at a time (the scheduler sees to that); a second process is harmless, since
    each attempt is claimed in the database before posting.
    """

    def __init__(
        self,
        poster: Poster,
        channel: str,
        *,
        clock: Callable[[], datetime] = utc_now,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.poster = poster
        self.channel = channel
        self.clock = clock
        self.lexicon = lexicon

    def run(self, store: Store) -> DeliveryReport:
        """Post what is due, oldest first; a rate limit stops the run and pauses the channel, across restarts too."""
        report = DeliveryReport()
        now = self.clock()
        report.rate_limited_until = rate_limit_end(store, self.channel, now)
        if report.rate_limited_until:
            return report
        for alert in due_alerts(store, now, limit=BATCH):
            self._deliver(store, alert, now, report)
            if report.rate_limited_until:
                break
        if report.dead:
            self._give_up(store, report.dead)
        return report

    def _deliver(self, store: Store, alert: Alert, now: datetime, report: DeliveryReport) -> None:
        alert_id = alert.id
        attempt = claim_attempt(
            store, alert_id, channel=self.channel, now=now, lease_until=now + retry_delay(alert.attempts + 1)
        )
        if attempt is None:
            return
        try:
            ts = self._already_posted(alert) if attempt > 1 else None
            if ts is None:
                ts = self.poster.post(self.channel, alert_message(alert, self.lexicon), alert_id=alert_id)
        except RateLimited as exc:  # the wait runs from Slack's answer, not from the start of the run
            until = self.clock() + timedelta(seconds=exc.retry_after)
            mark_retry(store, alert_id, error=str(exc), retry_at=until)
            report.rate_limited_until = until
        except PermanentError as exc:
            report.dead[alert_id] = exc.code
        except Exception as exc:  # a passing failure, or a bug: either way, retried with backoff and then given up
            if not isinstance(exc, TransientError):
                log.exception("alert %d: unexpected failure while posting", alert_id)
            self._failed(store, alert_id, attempt, str(exc) or type(exc).__name__, now, report)
        else:
            mark_sent(store, alert_id, channel=self.channel, ts=ts, now=self.clock())
            report.sent.append(alert_id)
            log.info("alert %d posted to %s as %s", alert_id, self.channel, ts)

    def _already_posted(self, alert: Alert) -> str | None:
        """The message an earlier attempt posted, if Slack took it before the reply was lost.

        A bot that posts with chat:write.public but was never invited cannot read the channel's history: then
        this cannot be known, and the alert is posted again rather than lost (the log says how to avoid it).
        """
        channel = alert.channel or self.channel
        created = parse_stamp(alert.created_at) if alert.created_at else None
        since = created - HISTORY_MARGIN if created else None
        try:
            return self.poster.find_posted(channel, alert.id, since=since)
        except PermanentError as exc:
            log.warning(
                "alert %d: cannot read the history of %s (%s) to see whether an earlier attempt got through, so it"
                " is posted again; invite the bot to the channel so that retries can check",
                alert.id,
                channel,
                exc.code,
            )
            return None

    def _failed(
        self, store: Store, alert_id: int, attempt: int, error: str, now: datetime, report: DeliveryReport
    ) -> None:
        if attempt >= MAX_ATTEMPTS:
            report.dead[alert_id] = f"gave up after {attempt} attempts: {error}"
            return
        mark_retry(store, alert_id, error=error, retry_at=now + retry_delay(attempt))
        report.retrying.append(alert_id)
        log.warning("alert %d: attempt %d failed (%s); retrying in %s", alert_id, attempt, error, retry_delay(attempt))

    def _give_up(self, store: Store, dead: dict[int, str]) -> None:
        """Tell the admins about the alerts given up on, then mark them dead.

        In that order, so the notice is never lost: if the process dies in between, or Slack fails to take the
        notice, the alerts stay claimed, come round again after their lease, and the admins are told then.
        """
        listed = ", ".join(f"alert {alert_id} ({why})" for alert_id, why in dead.items())
        text = (
            f"Could not post {len(dead)} alert{'s' if len(dead) > 1 else ''} to channel {self.channel}: {listed}. "
            "Check GUARANTEES_ALERT_CHANNEL and that the bot is in that channel; `guarantees alerts` lists them."
        )
        log.error(text)
        try:
            self.poster.notify_admins(text)
        except PermanentError as exc:  # nobody can be told (no DM allowed): the log and `alerts` must do
            log.error("could not tell the admins either: %s", exc)
        except DeliveryError as exc:
            log.error("could not tell the admins yet (%s); trying again with the alerts", exc)
            return
        for alert_id, why in dead.items():
            mark_dead(store, alert_id, error=why)
