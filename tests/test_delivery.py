"""Alerts reach the desk channel once: retries, Slack's Retry-After, lost replies and crashes, dead channels.

The real slack_sdk client talks to a fake Slack on 127.0.0.1; time is a clock the test moves, so nothing sleeps.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from slack_sdk import WebClient

from bot.app.slack_poster import EVENT_TYPE, SlackPoster, delivery_client
from bot.config import PROJECT_ROOT
from bot.delivery import MAX_ATTEMPTS, Delivery
from bot.store import open_store
from bot.store.articles import remove_article
from tests.alert_json import alert_json, alerts_json, decide_json
from tests.desk_archive import Said, add_article
from tests.fakeslack import FakeSlack, Scripted

DESK = "C0DESK"
ADMIN = "U0ADMIN"
NONCOMMITTAL = Said("united-states", "us-backstop", "noncommittal", "Washington has not committed to a backstop.")
BACKSTOP = Said("united-states", "us-backstop", "supports", "The US will back the mission with air power.")
RUSSIA_NO = Said("russia", "reassurance-force", "opposes", "Moscow rejects any Western troops.")
RUSSIA_YES = Said("russia", "reassurance-force", "supports", "Moscow could accept European peacekeepers.")


class Clock:
    """The time delivery sees; tests move it instead of sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def delivery(slack: FakeSlack, clock: Clock) -> Delivery:
    """Delivery through the app's kind of client (with slack_sdk's own retries), as `serve` builds it."""
    app_client = WebClient(token="xoxb-test", base_url=slack.url)
    return Delivery(SlackPoster(delivery_client(app_client), admins=[ADMIN]), DESK, clock=clock)


def one_shift(db_path: Path) -> int:
    """An archive where the US moved from noncommittal to backing the backstop: one pending alert."""
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKSTOP,))
        [alert] = alerts_json(store)
    return int(alert["id"])


def two_alerts(db_path: Path) -> tuple[int, int]:
    first = one_shift(db_path)
    with open_store(db_path) as store:
        add_article(store, "mar.txt", published="2025-03-01", said=(RUSSIA_NO,))
        add_article(store, "sep.txt", published="2025-09-01", said=(RUSSIA_YES,))
        second = alerts_json(store, after_id=first)[0]["id"]
    return first, int(second)


def run(delivery: Delivery, db_path: Path) -> None:
    with open_store(db_path) as store:
        delivery.run(store)


def alert(db_path: Path, alert_id: int) -> dict:
    with open_store(db_path) as store:
        found = alert_json(store, alert_id)
    assert found is not None
    return found


def desk_posts(slack: FakeSlack) -> list[dict]:
    """Messages Slack took into the desk channel."""
    return [c.body for c in slack.accepted_to("chat.postMessage") if c.body.get("channel") == DESK]


def test_a_pending_alert_is_posted_once_tagged_with_its_id(db_path: Path, slack: FakeSlack, delivery: Delivery) -> None:
    alert_id = one_shift(db_path)
    run(delivery, db_path)
    run(delivery, db_path)
    [post] = desk_posts(slack)
    assert post["metadata"] == {"event_type": EVENT_TYPE, "event_payload": {"alert_id": alert_id}}
    assert "now supports" in post["text"]
    buttons = [e for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert {(b["action_id"], b["value"]) for b in buttons} == {
        ("alert_confirm", str(alert_id)),
        ("alert_dismiss", str(alert_id)),
    }
    sent = alert(db_path, alert_id)
    assert (sent["status"], sent["channel"], sent["message_ts"]) == ("sent", DESK, post["_ts"])


def test_a_rate_limit_holds_every_post_to_the_channel_until_retry_after(
    db_path: Path, slack: FakeSlack, clock: Clock, delivery: Delivery
) -> None:
    first, second = two_alerts(db_path)
    slack.script(
        "chat.postMessage",
        Scripted(status=429, body={"ok": False, "error": "ratelimited"}, headers={"Retry-After": "30"}, accept=False),
    )
    run(delivery, db_path)
    assert len(slack.calls_to("chat.postMessage")) == 1
    for _ in range(5):  # the job keeps running every few seconds while Slack asked us to wait
        clock.advance(5)
        run(delivery, db_path)
    assert len(slack.calls_to("chat.postMessage")) == 1
    clock.advance(6)  # 31 s after the 429
    run(delivery, db_path)
    assert sorted(p["metadata"]["event_payload"]["alert_id"] for p in desk_posts(slack)) == [first, second]
    assert alert(db_path, first)["status"] == alert(db_path, second)["status"] == "sent"


def test_server_errors_are_retried_with_growing_waits(
    db_path: Path, slack: FakeSlack, clock: Clock, delivery: Delivery
) -> None:
    alert_id = one_shift(db_path)
    failure = Scripted(status=500, body={"ok": False, "error": "internal_error"}, accept=False)
    slack.script("chat.postMessage", failure, failure, failure)
    waits = []
    for _ in range(3):
        run(delivery, db_path)
        failed = alert(db_path, alert_id)
        assert failed["status"] == "failed" and failed["last_error"] == "internal_error"
        retry_at = datetime.fromisoformat(failed["next_attempt_at"])
        waits.append((retry_at - clock.now).total_seconds())
        clock.advance(waits[-1] / 2)
        run(delivery, db_path)  # not due yet: nothing is tried
        clock.now = retry_at
    assert waits == [10, 20, 40]
    assert len(slack.calls_to("chat.postMessage")) == 3
    run(delivery, db_path)
    assert len(desk_posts(slack)) == 1
    assert (alert(db_path, alert_id)["status"], alert(db_path, alert_id)["attempts"]) == ("sent", 4)


def test_a_post_slack_took_whose_reply_was_lost_is_not_posted_again(
    db_path: Path, slack: FakeSlack, clock: Clock, delivery: Delivery
) -> None:
    alert_id = one_shift(db_path)
    slack.script("chat.postMessage", Scripted(drop=True))
    run(delivery, db_path)
    assert alert(db_path, alert_id)["status"] == "failed"
    clock.advance(60)
    run(delivery, db_path)
    [post] = desk_posts(slack)
    assert len(slack.calls_to("conversations.history")) == 1
    recorded = alert(db_path, alert_id)
    assert (recorded["status"], recorded["message_ts"]) == ("sent", post["_ts"])


def test_a_500_after_slack_took_the_post_is_not_posted_again(
    db_path: Path, slack: FakeSlack, clock: Clock, delivery: Delivery
) -> None:
    alert_id = one_shift(db_path)
    slack.script("chat.postMessage", Scripted(status=500, body={"ok": False, "error": "internal_error"}))
    run(delivery, db_path)
    clock.advance(60)
    run(delivery, db_path)
    assert len(desk_posts(slack)) == 1
    assert alert(db_path, alert_id)["status"] == "sent"


def test_without_access_to_the_channel_s_history_a_retry_posts_again_rather_than_lose_the_alert(
    db_path: Path, slack: FakeSlack, clock: Clock, delivery: Delivery
) -> None:
    alert_id = one_shift(db_path)
    slack.script("chat.postMessage", Scripted(status=500, body={"ok": False, "error": "internal_error"}))
    slack.script("conversations.history", Scripted(body={"ok": False, "error": "not_in_channel"}))
    run(delivery, db_path)
    clock.advance(60)
    run(delivery, db_path)
    assert len(desk_posts(slack)) == 2  # the first one did land: the bot could not tell
    assert alert(db_path, alert_id)["status"] == "sent"


CRASH_AFTER_POST = textwrap.dedent(
    """
    import os, signal, sys
    from slack_sdk import WebClient
    from bot.app.slack_poster import SlackPoster, delivery_client
    from bot.delivery import Delivery
    from bot.store import open_store

    db, url, channel = sys.argv[1:4]

    class DiesAfterPosting(SlackPoster):
        # The process is killed after Slack took the message and before delivery records it.
        def post(self, *args, **kwargs):
            super().post(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)

    poster = DiesAfterPosting(delivery_client(WebClient(token="xoxb-test", base_url=url)))
    with open_store(db) as store:
        Delivery(poster, channel).run(store)
    """
)


def test_a_process_killed_between_posting_and_recording_does_not_post_twice_after_restart(
    db_path: Path, slack: FakeSlack, clock: Clock, delivery: Delivery
) -> None:
    alert_id = one_shift(db_path)
    killed = subprocess.run(
        [sys.executable, "-c", CRASH_AFTER_POST, str(db_path), slack.url, DESK],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    assert len(desk_posts(slack)) == 1
    assert alert(db_path, alert_id)["attempts"] == 1  # the attempt was on disk before the post
    clock.now = datetime.now(UTC) + timedelta(minutes=5)  # the restarted process, once the attempt's lease ran out
    run(delivery, db_path)
    run(delivery, db_path)
    assert len(desk_posts(slack)) == 1
    assert alert(db_path, alert_id)["status"] == "sent"


def test_a_missing_channel_kills_that_alert_tells_the_admins_and_the_rest_keep_flowing(
    db_path: Path, slack: FakeSlack, clock: Clock, delivery: Delivery
) -> None:
    first, second = two_alerts(db_path)
    slack.script(
        "chat.postMessage", Scripted(status=200, body={"ok": False, "error": "channel_not_found"}, accept=False)
    )
    run(delivery, db_path)
    dead = alert(db_path, first)
    assert (dead["status"], dead["last_error"]) == ("dead", "channel_not_found")
    assert alert(db_path, second)["status"] == "sent"
    [notice] = [c.body for c in slack.accepted_to("chat.postMessage") if c.body.get("channel") == ADMIN]
    assert f"alert {first} (channel_not_found)" in notice["text"] and "GUARANTEES_ALERT_CHANNEL" in notice["text"]
    clock.advance(3600)
    run(delivery, db_path)
    assert len(slack.calls_to("chat.postMessage")) == 3  # the dead alert is not tried again


def test_an_alert_that_keeps_failing_is_given_up_after_the_last_attempt(
    db_path: Path, slack: FakeSlack, clock: Clock, delivery: Delivery
) -> None:
    alert_id = one_shift(db_path)
    failure = Scripted(status=503, body={"ok": False, "error": "service_unavailable"}, accept=False)
    slack.script("chat.postMessage", *[failure] * MAX_ATTEMPTS)
    for _ in range(MAX_ATTEMPTS):
        run(delivery, db_path)
        clock.advance(3600)
    dead = alert(db_path, alert_id)
    assert dead["status"] == "dead" and f"gave up after {MAX_ATTEMPTS} attempts" in dead["last_error"]
    assert [c.body["channel"] for c in slack.accepted_to("chat.postMessage")] == [ADMIN]


def test_an_alert_the_desk_dismissed_before_delivery_is_never_posted(
    db_path: Path, slack: FakeSlack, delivery: Delivery
) -> None:
    alert_id = one_shift(db_path)
    with open_store(db_path) as store:
        decide_json(store, alert_id, "dismissed", "U0EDITOR", "2025-10-01T08:00:00+00:00")
    run(delivery, db_path)
    assert slack.calls_to("chat.postMessage") == []


def test_a_dismissed_alert_s_pair_added_again_raises_nothing_new_in_the_channel(
    db_path: Path, slack: FakeSlack, clock: Clock, delivery: Delivery
) -> None:
    alert_id = one_shift(db_path)
    run(delivery, db_path)
    with open_store(db_path) as store:
        decide_json(store, alert_id, "dismissed", "U0EDITOR", "2025-10-01T09:05:00+00:00")
        remove_article(store, "aug.txt")
        assert add_article(store, "aug.txt", published="2025-08-28", said=(BACKSTOP,)) == 0
    clock.advance(60)
    run(delivery, db_path)
    assert len(desk_posts(slack)) == 1


def test_slack_sees_the_alert_message_as_valid_json_blocks(db_path: Path, slack: FakeSlack, delivery: Delivery) -> None:
    one_shift(db_path)
    run(delivery, db_path)
    [call] = slack.calls_to("chat.postMessage")
    assert "json" in call.headers.get("Content-Type", "")
    assert json.dumps(call.body["blocks"])  # what Slack parses
