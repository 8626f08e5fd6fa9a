"""Buttons: the desk confirms or dismisses an alert, and a reporter shares an answer in the channel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.store import open_store
from tests.alert_json import alert_json, alerts_json
from tests.slackharness import ADMIN, DESK, REPORTER, RunningApp, add_a_shift, running_app, wait_for

ALERT_TS = "1700000100.000200"  # the alert's message in the desk channel


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[RunningApp]:
    """The app on an index where the US moved from noncommittal to supporting the backstop: one open alert."""
    with running_app(tmp_path) as running:
        add_a_shift(running.settings)
        with open_store(running.settings.db) as store:
            assert len(alerts_json(store)) == 1
        yield running


def click(action_id: str, value: str, *, user: str, response_url: str) -> dict[str, Any]:
    """A block_actions payload as Slack posts it when `user` clicks a button of the alert message."""
    return {
        "type": "block_actions",
        "team": {"id": "T1"},
        "user": {"id": user},
        "api_app_id": "A1",
        "container": {"type": "message", "message_ts": ALERT_TS, "channel_id": DESK},
        "channel": {"id": DESK},
        "message": {"ts": ALERT_TS, "text": "Shift"},
        "response_url": response_url,
        "trigger_id": "trigger-click",
        "actions": [{"action_id": action_id, "block_id": "b", "type": "button", "value": value}],
    }


def alert_id(desk: RunningApp) -> int:
    with open_store(desk.settings.db) as store:
        return int(alerts_json(store)[0]["id"])


@pytest.mark.parametrize(("button", "status"), [("alert_dismiss", "dismissed"), ("alert_confirm", "confirmed")])
def test_an_alert_button_records_who_decided_and_updates_the_message(
    desk: RunningApp, button: str, status: str
) -> None:
    ident = alert_id(desk)
    response = desk.interact(click(button, str(ident), user=ADMIN, response_url=desk.response_url("clicked")))
    assert response.status == 200
    (update,) = wait_for(lambda: desk.slack.calls_to("chat.update"), "update the alert message")
    assert (update.body["channel"], update.body["ts"]) == (DESK, ALERT_TS)
    with open_store(desk.settings.db) as store:
        alert = alert_json(store, ident)
    assert alert is not None
    assert (alert["status"], alert["decided_by"]) == (status, ADMIN)
    blocks = update.body["blocks"]
    assert not [b for b in blocks if b["type"] == "actions"], "the buttons give way to the decision"
    assert ADMIN in str(blocks)


def test_a_dismissed_pair_is_remembered_on_disk(desk: RunningApp) -> None:
    ident = alert_id(desk)
    desk.interact(click("alert_dismiss", str(ident), user=ADMIN, response_url=desk.response_url("clicked")))
    wait_for(lambda: desk.slack.calls_to("chat.update"), "update the alert message")
    with open_store(desk.settings.db) as store:
        assert store.query("SELECT dismissed_by FROM dismissed_pairs") == [{"dismissed_by": ADMIN}]


def test_clicking_an_alert_that_is_gone_says_so_privately(desk: RunningApp) -> None:
    desk.interact(click("alert_confirm", "999", user=ADMIN, response_url=desk.response_url("clicked")))
    (reply,) = wait_for(lambda: desk.replies("clicked"), "explain the missing alert")
    assert "No alert 999" in reply["text"]
    assert (reply["response_type"], reply["replace_original"]) == ("ephemeral", False)
    assert desk.slack.calls_to("chat.update") == []


def test_sharing_an_answer_posts_it_in_the_channel_without_the_button_and_removes_the_private_one(
    desk: RunningApp,
) -> None:
    desk.interact(
        click("share_answer", "who-supports us backstop", user=REPORTER, response_url=desk.response_url("shared"))
    )
    posted, deleted = wait_for(lambda: len(desk.replies("shared")) == 2 and desk.replies("shared"), "share the answer")
    assert posted["response_type"] == "in_channel"
    assert posted["blocks"][0]["elements"][0]["text"] == f"<@{REPORTER}> shared `/guarantees who-supports us backstop`"
    assert "share_answer" not in str(posted["blocks"])
    assert "United States" in str(posted["blocks"])
    assert deleted["delete_original"] is True
