"""Secrets stay out of the logs and out of what users read, with everything logging at DEBUG.

The app runs with a distinctive bot token and every logger at DEBUG behind the filter `serve` installs; then it
does all that logs the most: answers, an admin's upload (downloaded with the token), a refusal, an unexpected
failure with its traceback, a file Slack will not hand over, alerts delivered through server errors, a lost reply
and a permanent refusal. Neither the log nor any message sent to Slack holds the token, the signing secret or a
response URL. (tests/conftest.py checks the same of every test in the suite.)
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_sdk import WebClient

from bot.app.logs import redact_logs
from bot.app.slack_poster import SlackPoster, delivery_client
from bot.delivery import Delivery
from bot.store import open_store
from tests.fakeslack import Scripted
from tests.slackharness import ADMIN, DESK, DM, SIGNING_SECRET, RunningApp, add_a_shift, running_app, wait_for

TOKEN = "xoxb-271828182845-904523536028-DistinctiveBotToken"


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """Everything logged at DEBUG, through the filter `serve` puts on the root logger's handlers (set up, as serve
    does, before the app is built: Bolt reads the level then)."""
    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    secrets_filter = redact_logs((TOKEN, SIGNING_SECRET))
    try:
        yield stream
    finally:
        root.setLevel(level)
        root.removeHandler(handler)
        for other in root.handlers:
            other.removeFilter(secrets_filter)


@pytest.fixture
def desk(tmp_path: Path, debug_log: io.StringIO) -> Iterator[RunningApp]:
    with running_app(tmp_path, slack_bot_token=TOKEN) as running:
        yield running


def test_no_token_signing_secret_or_response_url_in_the_debug_log_or_in_any_message(
    desk: RunningApp, debug_log: io.StringIO
) -> None:
    add_a_shift(desk.settings)
    for question in ("help", "who-supports us backstop", "quote backstop", "remove 1"):
        desk.ask(question)
    desk.slack.script("chat.postMessage", Scripted(status=500, body={"ok": False, "error": "internal_error"}))
    desk.share_file("europe.txt", b"Europe weighs a force\n\nPoland will not send troops, Tusk said.\n")
    missing = {"id": "F9", "name": "gone.txt", "url_private_download": desk.slack.base + "/files-pri/T1-F9/gone.txt"}
    event = {"type": "message", "subtype": "file_share", "channel": DM, "channel_type": "im", "user": ADMIN}
    desk.event({**event, "ts": "1700000990.000100", "files": [missing]})
    wait_for(lambda: desk.thread_replies("1700000990.000100"), "explain the file Slack kept")
    wait_for(lambda: len(desk.slack.calls_to("chat.postMessage")) >= 2, "answer both uploads")
    # An answer that breaks on our side: the traceback is logged with the response URL in its frames' locals.
    desk.slack.script("views.publish", Scripted(status=500, body={"ok": False, "error": f"invalid_auth {TOKEN}"}))
    desk.event({"type": "app_home_opened", "user": ADMIN, "channel": "D1", "tab": "home"})
    wait_for(lambda: desk.slack.calls_to("views.publish"), "try to publish App Home")

    client = delivery_client(WebClient(token=TOKEN, base_url=desk.slack.url))
    desk.slack.script(
        "chat.postMessage",
        Scripted(status=500, body={"ok": False, "error": "internal_error"}, accept=False),
        Scripted(drop=True),
        Scripted(body={"ok": False, "error": "channel_not_found"}, accept=False),
    )
    with open_store(desk.settings.db) as store:
        Delivery(SlackPoster(client, [ADMIN]), DESK).run(store)

    log = debug_log.getvalue()
    sent = json.dumps([call.body for call in desk.slack.calls])
    response_urls = [call.body["response_url"] for call in desk.slack.calls if "response_url" in call.body]
    response_urls += [f"/commands/T1/{n}/" for n in range(1, 200)]
    assert "DEBUG slack_sdk" in log and "DEBUG slack_bolt" in log, "the log is not at DEBUG"
    assert "Traceback" in log
    for secret in (TOKEN, SIGNING_SECRET, TOKEN.split("-", 1)[1]):
        assert secret not in log, f"{secret} in the log"
        assert secret not in sent, f"{secret} in a message"
    assert [url for url in response_urls if url in log] == []
    assert "commands%2FT1" not in log
