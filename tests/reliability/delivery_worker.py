"""The alert delivery job in a process of its own, so that a test can kill it with SIGKILL at any point.

It is built as `serve` builds it (a SlackPoster on a client that never retries by itself, the desk channel, the
admins) and runs `Delivery.run` every few seconds of a clock that runs `warp` times faster than real time, so that
Slack's Retry-After, the backoff and the attempt leases play out in seconds. The clock is shared: every process
started with the same origin reads the same time, across restarts, as the fake Slack's observer does.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from slack_sdk import WebClient

from bot.app.slack_poster import SlackPoster, delivery_client
from bot.delivery import Delivery
from bot.store import open_store

EVERY = 5.0  # seconds of the warped clock between runs, as the scheduler's interval


@dataclass(frozen=True)
class WarpedClock:
    """`epoch` at the monotonic moment `origin`, then `warp` seconds for every real second."""

    epoch: datetime
    origin: float
    warp: float

    def __call__(self) -> datetime:
        return self.epoch + timedelta(seconds=(time.monotonic() - self.origin) * self.warp)

    def real_seconds(self, seconds: float) -> float:
        """How long `seconds` of this clock last in real time."""
        return seconds / self.warp

    def at(self, monotonic: float) -> datetime:
        """This clock's reading at a monotonic moment (of any process on this machine)."""
        return self.epoch + timedelta(seconds=(monotonic - self.origin) * self.warp)


def outstanding(db: Path) -> int:
    """Alerts still waiting to be delivered (pending, or failed and due for a retry)."""
    with open_store(db) as store:
        row = store.conn.execute("SELECT count(*) FROM alerts WHERE status IN ('pending', 'failed')").fetchone()
    return int(row[0])


def deliver_until_done(
    db: Path, slack_url: str, token: str, channel: str, admins: tuple[str, ...], clock: WarpedClock
) -> None:
    """Run the delivery job until nothing is left to deliver (or until the process is killed)."""
    client = delivery_client(WebClient(token=token, base_url=slack_url))
    delivery = Delivery(SlackPoster(client, admins), channel, clock=clock)
    while True:
        with open_store(db) as store:
            delivery.run(store)
        if not outstanding(db):
            return
        time.sleep(clock.real_seconds(EVERY))
