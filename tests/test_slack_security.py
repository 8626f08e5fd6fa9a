"""Requests Slack did not sign are refused, the token goes only to Slack's own file hosts, secrets stay out of logs."""

from __future__ import annotations

import io
import logging
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app.logs import SecretsFilter
from bot.uploads import is_allowed_file_url
from tests.slackharness import BOT_TOKEN, SIGNING_SECRET, RunningApp, running_app, sign

COMMAND = (
    b"command=%2Fguarantees&text=help&user_id=U1&channel_id=C1&team_id=T1&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fx"
)
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[RunningApp]:
    with running_app(tmp_path) as running:
        yield running


def test_a_request_with_a_bad_signature_is_refused(desk: RunningApp) -> None:
    now = int(time.time())
    forged = sign(COMMAND, now, secret="not-the-signing-secret")
    assert desk.post(COMMAND, FORM, timestamp=now, X_Slack_Signature=forged).status == 401


def test_a_correctly_signed_but_stale_request_is_refused(desk: RunningApp) -> None:
    ten_minutes_ago = int(time.time()) - 600
    assert desk.post(COMMAND, FORM, timestamp=ten_minutes_ago).status == 401


def test_a_signed_request_with_a_body_changed_on_the_way_is_refused(desk: RunningApp) -> None:
    now = int(time.time())
    signature = sign(COMMAND, now)
    tampered = COMMAND.replace(b"text=help", b"text=remove+1")
    assert desk.post(tampered, FORM, timestamp=now, X_Slack_Signature=signature).status == 401


def test_the_health_check_answers_without_slack(desk: RunningApp) -> None:
    with urllib.request.urlopen(desk.url + "/healthz", timeout=5) as response:
        assert (response.status, response.read()) == (200, b"ok\n")


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://files.slack.com/files-pri/T1-F1/download/story.txt", True),
        ("https://acme.slack.com/files/U1/F1/story.txt", True),
        ("https://a.slack-edge.com/files/story.txt", True),
        ("http://files.slack.com/files-pri/T1-F1/download/story.txt", False),  # the token would travel in clear
        ("https://files.slack.com:8443/story.txt", False),
        ("https://slack.com.attacker.example/story.txt", False),
        ("https://attacker.example/files.slack.com/story.txt", False),
        ("https://user:pass@files.slack.com/story.txt", False),
        ("https://notslack.com/story.txt", False),
        ("http://127.0.0.1:5000/files-pri/story.txt", True),  # the host of SLACK_API_URL, as configured
        ("http://127.0.0.1:5001/files-pri/story.txt", False),
        ("https://127.0.0.1:5000/files-pri/story.txt", False),
        ("file:///etc/passwd", False),
    ],
)
def test_only_slacks_own_file_hosts_get_the_token(url: str, allowed: bool) -> None:
    assert is_allowed_file_url(url, "http://127.0.0.1:5000/api/") is allowed


def logged(secrets: tuple[str, ...], message: str, *args: object, error: Exception | None = None) -> str:
    """What a handler with the SecretsFilter writes for one record."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(SecretsFilter(secrets))
    logger = logging.getLogger("tests.secrets")
    logger.addHandler(handler)
    try:
        if error is None:
            logger.warning(message, *args)
        else:
            try:
                raise error
            except Exception:
                logger.exception(message, *args)
    finally:
        logger.removeHandler(handler)
    return stream.getvalue()


def test_tokens_and_the_signing_secret_never_reach_the_log() -> None:
    text = logged(
        (BOT_TOKEN, SIGNING_SECRET), "headers %s secret=%s", {"Authorization": f"Bearer {BOT_TOKEN}"}, SIGNING_SECRET
    )
    assert BOT_TOKEN not in text and SIGNING_SECRET not in text
    assert "[redacted]" in text


def test_a_slack_token_that_is_not_ours_is_blanked_too() -> None:
    text = logged((), "someone pasted xoxp-1234-5678-abcdef and xapp-1-A1-99-ff in a message")
    assert "xoxp-" not in text and "xapp-" not in text


def test_response_urls_never_reach_the_log() -> None:
    hook = "https://hooks.slack.com/commands/T1/123/AbCdEf"
    text = logged((), "body: %s", {"response_url": hook, "text": "help"})
    assert hook not in text and "AbCdEf" not in text
    text = logged((), "body: response_url=http%3A%2F%2Fgateway.local%2Fcommands%2Fsecret&text=help")
    assert "gateway.local" not in text and "text=help" in text
    text = logged((), "Sending a request - url: http://gateway.local:8080/commands/T1/123/AbCdEf, body: {}")
    assert "AbCdEf" not in text and "body: {}" in text


def test_a_traceback_carrying_a_token_is_blanked() -> None:
    text = logged((BOT_TOKEN,), "call failed", error=RuntimeError(f"invalid_auth for {BOT_TOKEN}"))
    assert "Traceback" in text and "RuntimeError" in text
    assert BOT_TOKEN not in text
