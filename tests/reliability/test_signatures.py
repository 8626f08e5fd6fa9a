"""Requests Slack did not sign, or signed for another moment, or sent before, are refused and change nothing.

Each forged request is a desk admin's `/guarantees remove` of the one article in the index: had it got through,
the article would be gone and the bot would have answered at the response URL.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bot.app.transports import EVENTS_PATH
from bot.store import open_store
from bot.store.articles import count_articles
from tests.desk_archive import Said, add_article
from tests.slackharness import ADMIN, DESK, RunningApp, running_app, sign, wait_for

FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[RunningApp]:
    with running_app(tmp_path) as running:
        with open_store(running.settings.db) as store:
            add_article(store, "poland.txt", said=(Said("poland", "troop-contribution", "opposes", "No troops."),))
        yield running


def removal(desk: RunningApp, reply: str) -> bytes:
    """The form Slack would post for an admin's `/guarantees remove poland.txt`, answered at `reply`."""
    form = {
        "team_id": "T1",
        "channel_id": DESK,
        "user_id": ADMIN,
        "command": "/guarantees",
        "text": "remove poland.txt",
        "response_url": desk.response_url(reply),
        "trigger_id": "trigger-forged",
    }
    return urlencode(form).encode()


def untouched(desk: RunningApp, reply: str) -> bool:
    """The article is still there and nothing was said at the response URL (checked after a later answer)."""
    desk.ask("help")  # answered after the forged request was handled, if it was
    with open_store(desk.settings.db) as store:
        return count_articles(store) == 1 and desk.replies(reply) == []


def post_unsigned(desk: RunningApp, body: bytes, **headers: str) -> int:
    """POST without Slack's signature headers (or with the ones given); the HTTP status."""
    request = urllib.request.Request(
        desk.url + EVENTS_PATH, data=body, headers={"Content-Type": FORM, **headers}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-Slack-Signature": "", "X-Slack-Request-Timestamp": ""}, {"X-Slack-Request-Timestamp": "soon"}],
    ids=["no signature headers", "empty ones", "a timestamp that is not a number"],
)
def test_an_unsigned_request_is_refused_and_changes_nothing(desk: RunningApp, headers: dict[str, str]) -> None:
    assert post_unsigned(desk, removal(desk, "unsigned"), **headers) == 401
    assert untouched(desk, "unsigned")


def test_a_request_signed_with_another_secret_is_refused_and_changes_nothing(desk: RunningApp) -> None:
    body, now = removal(desk, "forged"), int(time.time())
    response = desk.post(body, FORM, timestamp=now, X_Slack_Signature=sign(body, now, secret="a-guessed-secret"))
    assert response.status == 401
    assert untouched(desk, "forged")


def test_a_signed_request_whose_body_was_changed_on_the_way_is_refused(desk: RunningApp) -> None:
    harmless, now = removal(desk, "tampered").replace(b"remove+poland.txt", b"help"), int(time.time())
    signature = sign(harmless, now)
    response = desk.post(removal(desk, "tampered"), FORM, timestamp=now, X_Slack_Signature=signature)
    assert response.status == 401
    assert untouched(desk, "tampered")


# Slack's window is five minutes; half a minute beyond it leaves room for a busy machine's slow request (at 301 s
# ahead, a request that took over a second to verify fell back inside the window).
@pytest.mark.parametrize("offset", [-330, 330], ids=["330 s old", "330 s ahead"])
def test_a_correctly_signed_request_for_another_moment_is_refused(desk: RunningApp, offset: int) -> None:
    body, then = removal(desk, "stale"), int(time.time()) + offset
    response = desk.post(body, FORM, timestamp=then, X_Slack_Signature=sign(body, then))
    assert response.status == 401
    assert untouched(desk, "stale")


def test_a_request_replayed_while_its_signature_is_fresh_is_refused_and_acts_once(desk: RunningApp) -> None:
    body, now = removal(desk, "once"), int(time.time())
    signature = sign(body, now)
    assert desk.post(body, FORM, timestamp=now, X_Slack_Signature=signature).status == 200
    wait_for(lambda: desk.replies("once"), "answer the admin's removal")
    with open_store(desk.settings.db) as store:
        add_article(store, "poland.txt", said=(Said("poland", "troop-contribution", "opposes", "No troops."),))
    replayed = desk.post(body, FORM, timestamp=now, X_Slack_Signature=signature)
    assert replayed.status == 401
    desk.ask("help")
    with open_store(desk.settings.db) as store:
        assert count_articles(store) == 1, "the replay removed the article put back"
    assert len(desk.replies("once")) == 1
