"""deploy/ and the README kept honest: the manifest matches the code, every setting is documented, the backup works."""

from __future__ import annotations

import configparser
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.app.transports import EVENTS_PATH
from bot.config import PROJECT_ROOT, SETTINGS
from bot.store import open_store
from handlers.commands import SLASH_COMMAND
from tests.desk_archive import Said, add_article

DEPLOY = PROJECT_ROOT / "deploy"
MANIFEST = yaml.safe_load((DEPLOY / "manifest.yml").read_text(encoding="utf-8"))
RUNBOOK = (DEPLOY / "RUNBOOK.md").read_text(encoding="utf-8")
ENV_EXAMPLE = (DEPLOY / "guarantees.env.example").read_text(encoding="utf-8")


def test_the_manifest_declares_exactly_the_registered_slash_commands() -> None:
    declared = [command["command"] for command in MANIFEST["features"]["slash_commands"]]
    assert declared == [SLASH_COMMAND]


def test_every_request_url_in_the_manifest_is_where_serve_listens() -> None:
    urls = [c["url"] for c in MANIFEST["features"]["slash_commands"]]
    urls += [MANIFEST["settings"]["event_subscriptions"]["request_url"]]
    urls += [MANIFEST["settings"]["interactivity"]["request_url"]]
    assert all(url.startswith("https://") and url.endswith(EVENTS_PATH) for url in urls), urls
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is True


def test_the_manifest_subscribes_to_the_events_and_scopes_the_handlers_need() -> None:
    events = set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])
    assert {"app_home_opened", "message.im", "message.channels", "message.groups"} <= events
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write", "files:read", "im:history", "channels:history", "groups:history"} <= scopes
    assert MANIFEST["features"]["app_home"]["home_tab_enabled"] is True


def test_the_example_environment_lists_every_setting_with_its_help() -> None:
    for setting in SETTINGS:
        assert re.search(rf"^{setting.name}=", ENV_EXAMPLE, re.MULTILINE), f"{setting.name} missing"
        assert f"# {setting.help}" in ENV_EXAMPLE, f"help of {setting.name} missing or outdated"
    assigned = set(re.findall(r"^([A-Z_]+)=", ENV_EXAMPLE, re.MULTILINE))
    assert assigned == {s.name for s in SETTINGS}, "the example sets something the bot does not read"


def test_the_readme_documents_every_setting() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if s.name not in readme]
    assert missing == [], f"README.md does not mention {missing}"


def test_the_systemd_unit_runs_serve_with_the_environment_file_the_runbook_names() -> None:
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.read_string((DEPLOY / "guarantees.service").read_text(encoding="utf-8"))
    service = unit["Service"]
    assert service["ExecStart"].endswith("/guarantees serve")
    assert service["EnvironmentFile"] in RUNBOOK
    assert service["StateDirectory"] == "guarantees" and "/var/lib/guarantees" in RUNBOOK
    assert service["User"] == "guarantees"


def test_the_container_runs_serve_as_an_unprivileged_user_with_the_index_in_a_volume() -> None:
    containerfile = (DEPLOY / "Containerfile").read_text(encoding="utf-8")
    assert 'CMD ["guarantees", "serve"]' in containerfile
    assert "USER guarantees" in containerfile
    assert "VOLUME /var/lib/guarantees" in containerfile and "GUARANTEES_DB=/var/lib/guarantees/" in containerfile
    for copied in re.findall(r"^COPY (\S+)", containerfile, re.MULTILINE):
        assert list(PROJECT_ROOT.glob(copied)), copied


def test_the_runbook_backup_command_copies_a_live_index(tmp_path: Path) -> None:
    live = tmp_path / "guarantees.db"
    with open_store(live) as store:
        add_article(store, "sabah.txt", said=(Said("poland", "troop-contribution", "opposes", "No troops."),))
        writer = sqlite3.connect(live)  # the bot still holds the file open, as it would while running
        (python_backup,) = re.findall(r"python3 -c '([^']+)'", RUNBOOK)
        copy = tmp_path / "backups" / "guarantees-copy.db"
        copy.parent.mkdir()
        subprocess.run([sys.executable, "-c", python_backup, str(live), str(copy)], check=True, timeout=60)
        writer.close()
    backup = sqlite3.connect(copy)
    assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert backup.execute("SELECT source FROM articles").fetchall() == [("sabah.txt",)]
    backup.close()


@pytest.mark.parametrize("step", ["Create New App", "Install", "Back up", "Restore", "Rotate", "sqlite3", ".backup"])
def test_the_runbook_covers_each_step(step: str) -> None:
    assert step in RUNBOOK
