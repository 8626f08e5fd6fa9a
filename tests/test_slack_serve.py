"""`guarantees serve`: a clear message naming every missing setting, and the real process serving a fake Slack."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import serve
from bot.cli import main
from bot.config import Settings
from bot.errors import UserError
from tests.fakeslack import FakeSlack, Scripted
from tests.reliability.serving import listening_port, serve_process
from tests.slackharness import BOT_TOKEN, SIGNING_SECRET, RunningApp, settings_for

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
        # DEBUG: the most talkative the log gets, and still no secrets
        with serve_process(settings, GUARANTEES_LOG_LEVEL="DEBUG") as (process, log):
            served = RunningApp(slack, f"http://127.0.0.1:{listening_port(process, log)}", settings)
            assert "What you can ask" in served.ask("help")["text"]
    code = process.returncode
    assert code == 0
    text = "".join(log)
    assert "Scheduler started" in text, "the scheduled jobs run alongside the app"
    assert "search vocabulary ready" in text, "read at start, not by the first quote search"
    assert BOT_TOKEN not in text and SIGNING_SECRET not in text
    assert "/commands/T1/" not in text, "the response URL the answer went to"
