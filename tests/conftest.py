"""Shared fixtures: every test gets its own real SQLite file; nothing touches data/guarantees.db."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DATA_DIR

SEEDS = DATA_DIR / "corpus"


@pytest.fixture(autouse=True)
def isolated_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One variable redirects all state, so a test can never write the desk's own index."""
    monkeypatch.setenv("GUARANTEES_DB", str(tmp_path / "guarantees.db"))
    monkeypatch.setenv("GUARANTEES_INBOX", str(tmp_path / "inbox"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "index.db"


@pytest.fixture
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
