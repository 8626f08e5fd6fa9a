"""`guarantees serve`: a clear message naming every missing setting, and the real process serving a fake Slack."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.app import serve
from bot.cli import main
from bot.config import PROJECT_ROOT, Settings
from bot.errors import UserError
from tests.fakeslack import FakeSlack, Scripted
from tests.slackharness import BOT_TOKEN, SIGNING_SECRET, WAIT_S, RunningApp, settings_for, wait_for

SLACK_VARIABLES = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL", "PORT")


@pytest.fixture
def no_slack_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SLACK_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_serve_without_settings_names_each_missing_one(
    no_slack_settings: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve"]) == 1
    err = capsys.readouterr().err
    assert "SLACK_BOT_TOKEN is not set" in err
    assert "SLACK_SIGNING_SECRET is not set" in err
    assert "deploy/guarantees.env.example" in err


def test_serve_names_malformed_tokens_and_addresses() -> None:
    settings = Settings(slack_bot_token="xoxp-user-token", slack_app_token="xoxb-wrong", slack_api_url="slack.com/api")
    with pytest.raises(UserError) as caught:
        serve(settings)
    message = str(caught.value)
    assert "SLACK_BOT_TOKEN does not look like a bot token" in message
    assert "SLACK_APP_TOKEN does not look like an app-level token" in message
    assert "SLACK_API_URL must be an http(s) address, not 'slack.com/api'" in message
    assert "SLACK_SIGNING_SECRET" not in message  # Socket Mode does not need it


def test_a_malformed_port_is_named(
    no_slack_settings: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PORT", "http")
    assert main(["serve"]) == 1
    assert "PORT must be a whole number, not 'http'" in capsys.readouterr().err


def test_a_token_slack_refuses_stops_serve_with_a_clear_message(tmp_path: Path) -> None:
    with FakeSlack() as slack:
        slack.script("auth.test", Scripted(body={"ok": False, "error": "invalid_auth"}))
        with pytest.raises(UserError) as caught:
            serve(settings_for(tmp_path, slack))
    assert "Slack refused SLACK_BOT_TOKEN" in str(caught.value)
    assert "invalid_auth" in str(caught.value)


def test_serve_answers_slack_over_http_keeps_secrets_out_of_its_log_and_stops_on_sigterm(tmp_path: Path) -> None:
    with FakeSlack() as slack:
        settings = settings_for(tmp_path, slack)
        env = {
            **os.environ,
            "SLACK_BOT_TOKEN": settings.slack_bot_token,
            "SLACK_SIGNING_SECRET": settings.slack_signing_secret,
            "SLACK_API_URL": settings.slack_api_url,
            "GUARANTEES_DB": str(settings.db),
            "GUARANTEES_INBOX": str(settings.inbox),
            "GUARANTEES_ALERT_CHANNEL": settings.alert_channel,
            "GUARANTEES_LOG_LEVEL": "DEBUG",  # the most talkative the log gets: still no secrets
        }
        env.pop("SLACK_APP_TOKEN", None)
        command = [sys.executable, "-m", "bot.cli", "serve", "--port", "0"]
        with subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stderr=subprocess.PIPE, text=True) as process:
            log: list[str] = []
            reader = threading.Thread(target=lambda: log.extend(process.stderr or []), daemon=True)
            reader.start()
            try:
                started = wait_for(
                    lambda: re.search(r"listening for Slack on http://\S+:(\d+)/", "".join(log)), "start"
                )
                served = RunningApp(slack, f"http://127.0.0.1:{started.group(1)}", settings)
                assert "What you can ask" in served.ask("help")["text"]
            finally:
                process.send_signal(signal.SIGTERM)
                code = process.wait(timeout=WAIT_S)
                reader.join(timeout=WAIT_S)
    assert code == 0
    text = "".join(log)
    assert "Scheduler started" in text, "the scheduled jobs run alongside the app"
    assert "search vocabulary ready" in text, "read at start, not by the first quote search"
    assert BOT_TOKEN not in text and SIGNING_SECRET not in text
    assert "/commands/T1/" not in text, "the response URL the answer went to"
