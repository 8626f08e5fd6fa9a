"""Shared fixtures: every test gets its own real SQLite file; nothing touches data/guarantees.db."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app.logs import SecretsFilter
from bot.config import DATA_DIR
from bot.lexicon import Lexicon
from tests.analysis_helpers import load_shipped_lexicon
from tests.slackharness import BOT_TOKEN, SIGNING_SECRET

SEEDS = DATA_DIR / "corpus"


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The shipped lists, loaded once for every test that reads sentences."""
    return load_shipped_lexicon()


@pytest.fixture(autouse=True)
def isolated_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One variable redirects all state, so a test can never write the desk's own index."""
    monkeypatch.setenv("GUARANTEES_DB", str(tmp_path / "guarantees.db"))
    monkeypatch.setenv("GUARANTEES_INBOX", str(tmp_path / "inbox"))


@pytest.fixture(autouse=True)
def secrets_never_logged(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every test logs at DEBUG through the filter `serve` installs: the Slack harness's bot token and signing
    secret, and the response URLs of its commands, must never come out (slack_sdk logs request URLs at DEBUG)."""
    caplog.set_level(logging.DEBUG)
    caplog.handler.addFilter(SecretsFilter((BOT_TOKEN, SIGNING_SECRET)))
    yield
    leaked = [s for s in (BOT_TOKEN, SIGNING_SECRET, "/commands/T1/", "commands%2FT1%2F") if s in caplog.text]
    assert leaked == [], f"in the log: {leaked}"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "index.db"


@pytest.fixture
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
