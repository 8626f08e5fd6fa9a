"""Alert delivery under faults: 200 alerts, a Slack that fails in every way it can, a worker killed 20 times.

The fake Slack answers at random: 500 before or after taking the post, 429 with Retry-After, replies lost before
or after taking it; a few alerts meet a permanent refusal (channel_not_found). The delivery job runs in a process
of its own on a clock 100 times faster than real time, and is killed with SIGKILL at random points. In the end
every alert is sent exactly once (or dead, with the admins told), and no post reached the channel while Slack had
asked us to wait.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from slack_sdk import WebClient

from bot.app.slack_poster import SlackPoster, delivery_client
from bot.delivery import Delivery
from bot.store import open_store
from tests.alert_json import alerts_json
from tests.desk_archive import Said, add_article
from tests.fakeslack import FakeSlack, Scripted
from tests.reliability.delivery_worker import WarpedClock, deliver_until_done, outstanding

ALERTS = 200
KILLS = 20
WARP = 1000.0  # the worker's clock runs this much faster than real time
LONGEST_LIFE_S = 0.1  # a worker is killed at a moment drawn from (0, this) real seconds after it starts
DESK = "CDESKFAULTS"
ADMIN = "UADMINFAULTS"
TOKEN = "xoxb-delivery-faults"
EPOCH = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)
PERMANENT = 4  # alerts whose every post Slack refuses for good
FAULTS = {  # how Slack answers a post or a history read, and how often
    "ok": 0.65,
    "500 before taking it": 0.07,
    "500 after taking it": 0.07,
    "429 with Retry-After": 0.07,
    "reply lost before taking it": 0.07,
    "reply lost after taking it": 0.07,
}


@dataclass(frozen=True)
class Answer:
    at: float  # monotonic, when the call arrived
    method: str
    channel: str | None
    fault: str
    retry_after: int = 0


class FaultySlack:
    """The fake Slack's policy: a fault drawn at random for each post and history read, and a log of them."""

    def __init__(self, rng: random.Random, refused: set[int]) -> None:
        self.rng = rng
        self.refused = refused
        self.answers: list[Answer] = []
        self._ts = 1_800_000_000.0

    def __call__(self, method: str, body: dict[str, Any]) -> Scripted:
        if method not in ("chat.postMessage", "conversations.history"):
            return Scripted()
        channel = body.get("channel")
        if method == "chat.postMessage" and alert_id(body) in self.refused:
            self.answers.append(Answer(time.monotonic(), method, channel, "channel_not_found"))
            return Scripted(body={"ok": False, "error": "channel_not_found"}, accept=False)
        fault = self.rng.choices(list(FAULTS), weights=list(FAULTS.values()))[0]
        retry_after = self.rng.randint(1, 30) if fault.startswith("429") else 0
        self.answers.append(Answer(time.monotonic(), method, channel, fault, retry_after))
        return self._script(fault, retry_after)

    def _script(self, fault: str, retry_after: int) -> Scripted:
        error = {"ok": False, "error": "internal_error"}
        if fault == "500 before taking it":
            return Scripted(status=500, body=error, accept=False)
        if fault == "500 after taking it":
            self._ts += 1  # Slack stored the message, so it has a ts, even though the reply is an error
            return Scripted(status=500, body={**error, "ts": f"{self._ts:.6f}"})
        if fault == "429 with Retry-After":
            limited = {"ok": False, "error": "ratelimited"}
            return Scripted(status=429, body=limited, headers={"Retry-After": str(retry_after)}, accept=False)
        if fault.startswith("reply lost"):
            return Scripted(drop=True, accept=fault.endswith("after taking it"))
        return Scripted()


def alert_id(body: dict[str, Any]) -> int | None:
    metadata = body.get("metadata")
    if isinstance(metadata, str):
        metadata = json.loads(metadata)
    payload = (metadata or {}).get("event_payload") or {}
    return int(payload["alert_id"]) if "alert_id" in payload else None


def raise_alerts(db: Path, count: int) -> list[int]:
    """An archive where the US keeps changing its mind about the backstop: one alert per article after the first."""
    with open_store(db) as store:
        for n in range(count + 1):
            stance = "noncommittal" if n % 2 == 0 else "supports"
            said = Said("united-states", "us-backstop", stance, f"Report {n}: Washington {stance} on the backstop.")
            published = f"2025-01-{1 + n // 24:02d}T{n % 24:02d}:00"
            add_article(store, f"report-{n:03d}.txt", published=published, said=(said,))
        return [a["id"] for a in alerts_json(store)]


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


def kill_workers_at_random(db: Path, slack: FakeSlack, clock: WarpedClock, rng: random.Random) -> int:
    """Start the worker and SIGKILL it at random points, up to KILLS times while alerts are outstanding."""
    context = multiprocessing.get_context("forkserver")  # a clean, single-threaded parent for each worker
    context.set_forkserver_preload(["__main__", "tests.reliability.delivery_worker"])
    args = (db, slack.url, TOKEN, DESK, (ADMIN,), clock)
    kills = 0
    while kills < KILLS and outstanding(db):
        worker = context.Process(target=deliver_until_done, args=args)
        worker.start()
        worker.join(timeout=rng.uniform(0, LONGEST_LIFE_S))
        if worker.is_alive():
            worker.kill()
            kills += 1
        worker.join()
    last = context.Process(target=deliver_until_done, args=args)
    last.start()
    last.join(timeout=300)  # never reached when delivery works; a hang fails the test instead of the suite
    assert last.exitcode == 0, f"the last worker did not finish ({last.exitcode})"
    return kills


def test_every_alert_is_posted_once_or_given_up_with_a_notice_through_faults_and_kills(
    db_path: Path, slack: FakeSlack
) -> None:
    rng = random.Random(2025)
    alerts = raise_alerts(db_path, ALERTS)
    refused = set(rng.sample(alerts, PERMANENT))
    faults = FaultySlack(rng, refused)
    slack.policy = faults
    clock = WarpedClock(EPOCH, time.monotonic(), WARP)

    kills = kill_workers_at_random(db_path, slack, clock, random.Random(7))

    with open_store(db_path) as store:
        stored = {a["id"]: a for a in alerts_json(store)}
    posts = [c for c in slack.accepted_to("chat.postMessage") if c.body.get("channel") == DESK]
    per_alert = Counter(alert_id(c.body) for c in posts)
    statuses = Counter(a["status"] for a in stored.values())
    print(
        f"\n{len(alerts)} alerts, {kills} kills, {Counter(a.fault for a in faults.answers)}; statuses {dict(statuses)};"
        f" {len(slack.calls_to('chat.postMessage'))} post attempts, {len(posts)} posts taken"
    )
    assert kills == KILLS
    assert len(alerts) == ALERTS
    assert {i for i, a in stored.items() if a["status"] == "dead"} == refused
    assert {i for i, a in stored.items() if a["status"] == "sent"} == set(alerts) - refused
    assert [i for i, n in per_alert.items() if n > 1] == [], "posted more than once"
    assert set(per_alert) == set(alerts) - refused, "lost alerts"
    assert {alert_id(c.body): c.body["_ts"] for c in posts} == {
        i: a["message_ts"] for i, a in stored.items() if a["status"] == "sent"
    }
    notices = " ".join(c.body["text"] for c in slack.accepted_to("chat.postMessage") if c.body.get("channel") == ADMIN)
    assert all(f"alert {i} (channel_not_found)" in notices for i in refused), notices


def test_nothing_is_posted_to_the_channel_before_slacks_retry_after_even_across_restarts(
    db_path: Path, slack: FakeSlack
) -> None:
    rng = random.Random(404)
    raise_alerts(db_path, ALERTS)
    faults = FaultySlack(rng, set())
    slack.policy = faults
    clock = WarpedClock(EPOCH, time.monotonic(), WARP)

    kill_workers_at_random(db_path, slack, clock, random.Random(11))

    limits = [a for a in faults.answers if a.retry_after and a.channel == DESK]
    attempts = [c.at for c in slack.calls_to("chat.postMessage") if c.body.get("channel") == DESK]
    too_early = [
        (clock.at(limit.at), limit.retry_after, clock.at(at))
        for limit in limits
        for at in attempts
        if limit.at < at < limit.at + clock.real_seconds(limit.retry_after)
    ]
    print(f"\n{len(limits)} rate limits answered, {len(attempts)} post attempts, {len(too_early)} too early")
    assert limits, "the fake never rate limited: the test proves nothing"
    assert too_early == []


def test_a_restarted_worker_still_waits_out_the_retry_after_slack_gave_the_one_before(
    db_path: Path, slack: FakeSlack
) -> None:
    first, second = raise_alerts(db_path, 2)
    limited = {"ok": False, "error": "ratelimited"}
    slack.script("chat.postMessage", Scripted(status=429, body=limited, headers={"Retry-After": "30"}, accept=False))
    now = [EPOCH]

    def worker() -> Delivery:
        """A new process: nothing in memory from the one before."""
        client = delivery_client(WebClient(token=TOKEN, base_url=slack.url))
        return Delivery(SlackPoster(client), DESK, clock=lambda: now[0])

    with open_store(db_path) as store:
        worker().run(store)  # Slack says: wait 30 s; then the process dies
        now[0] = EPOCH + timedelta(seconds=29)
        assert worker().run(store).sent == []  # restarted 29 s later: still waiting
        assert len(slack.calls_to("chat.postMessage")) == 1
        now[0] = EPOCH + timedelta(seconds=31)
        assert worker().run(store).sent == [first, second]
