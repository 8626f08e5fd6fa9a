"""Settings from the environment, each declared once with its default and help text."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import UserError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"


@dataclass(frozen=True)
class Setting:
    """One environment variable the bot reads."""

    name: str
    default: str
    help: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("GUARANTEES_DB", str(DATA_DIR / "guarantees.db"), "SQLite file holding the index."),
    Setting("GUARANTEES_CORPUS", str(DATA_DIR / "corpus"), "Folder of bundled articles indexed on first run."),
    Setting(
        "GUARANTEES_LISTS",
        str(DATA_DIR),
        "Folder of the editable lists: actors, topics, stances, outlets and boilerplate (.yml).",
    ),
    Setting("GUARANTEES_INBOX", str(DATA_DIR / "inbox"), "Drop folder watched for new articles."),
    Setting("GUARANTEES_MAX_BYTES", "5000000", "Largest article file accepted, in bytes."),
    Setting(
        "GUARANTEES_WORKERS",
        "0",
        "Processes that analyse articles in a bulk ingest (16 files or more); 0 is one per core, 1 none.",
    ),
    Setting(
        "GUARANTEES_ADMINS",
        "",
        "Comma-separated Slack user ids who may add, remove and fix articles, and confirm, dismiss or mute alerts.",
    ),
    Setting("GUARANTEES_ALERT_CHANNEL", "", "Slack channel id where contradiction alerts are posted."),
    Setting("GUARANTEES_BORDERLINE_ALERTS", "false", "Also alert on conditional vs opposes/noncommittal."),
    Setting("GUARANTEES_DIGEST_HOUR", "", "Hour (0-23, UTC) of the daily digest of shifts; empty turns it off."),
    Setting("GUARANTEES_LOG_LEVEL", "INFO", "Logging level: DEBUG, INFO, WARNING or ERROR."),
    Setting("SLACK_BOT_TOKEN", "", "Bot token (xoxb-...) of the Slack app.", secret=True),
    Setting("SLACK_SIGNING_SECRET", "", "Signing secret that authenticates Slack's HTTP requests.", secret=True),
    Setting("SLACK_APP_TOKEN", "", "App-level token (xapp-...); when set, serve uses Socket Mode.", secret=True),
    Setting("SLACK_API_URL", "https://slack.com/api/", "Base URL of Slack's Web API (tests and gateways)."),
    Setting("PORT", "3000", "Port of the HTTP server when not in Socket Mode."),
)


def default_workers() -> int:
    """One analysing process per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _flag(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """All settings as typed values; build with `Settings.from_env()` or directly in tests."""

    db: Path = DATA_DIR / "guarantees.db"
    corpus: Path = DATA_DIR / "corpus"
    lists: Path = DATA_DIR
    inbox: Path = DATA_DIR / "inbox"
    max_bytes: int = 5_000_000
    workers: int = 1
    admins: frozenset[str] = field(default_factory=frozenset)
    alert_channel: str = ""
    borderline_alerts: bool = False
    digest_hour: int | None = None
    log_level: str = "INFO"
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_api_url: str = "https://slack.com/api/"
    port: int = 3000

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read every declared setting; a malformed value is a UserError naming the variable."""
        env = os.environ if env is None else env
        raw = {s.name: env.get(s.name, s.default) for s in SETTINGS}
        return cls(
            db=Path(raw["GUARANTEES_DB"]),
            corpus=Path(raw["GUARANTEES_CORPUS"]),
            lists=Path(raw["GUARANTEES_LISTS"]),
            inbox=Path(raw["GUARANTEES_INBOX"]),
            max_bytes=_integer(raw, "GUARANTEES_MAX_BYTES", low=1),
            workers=_integer(raw, "GUARANTEES_WORKERS", low=0) or default_workers(),
            admins=frozenset(u.strip() for u in raw["GUARANTEES_ADMINS"].split(",") if u.strip()),
            alert_channel=raw["GUARANTEES_ALERT_CHANNEL"].strip(),
            borderline_alerts=_flag(raw["GUARANTEES_BORDERLINE_ALERTS"]),
            digest_hour=(
                _integer(raw, "GUARANTEES_DIGEST_HOUR", low=0, high=23)
                if raw["GUARANTEES_DIGEST_HOUR"].strip()
                else None
            ),
            log_level=raw["GUARANTEES_LOG_LEVEL"].strip().upper() or "INFO",
            slack_bot_token=raw["SLACK_BOT_TOKEN"].strip(),
            slack_signing_secret=raw["SLACK_SIGNING_SECRET"].strip(),
            slack_app_token=raw["SLACK_APP_TOKEN"].strip(),
            slack_api_url=raw["SLACK_API_URL"].strip() or "https://slack.com/api/",
            port=_integer(raw, "PORT", low=1, high=65535),
        )

    def secrets(self) -> tuple[str, ...]:
        """The secret values, so that log filters can blank them."""
        return tuple(v for v in (self.slack_bot_token, self.slack_signing_secret, self.slack_app_token) if v)


def _integer(raw: Mapping[str, str], name: str, *, low: int, high: int | None = None) -> int:
    text = raw[name].strip()
    try:
        value = int(text)
    except ValueError:
        raise UserError(f"{name} must be a whole number, not {text!r}.") from None
    if value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise UserError(f"{name} must be {bounds}, not {value}.")
    return value
