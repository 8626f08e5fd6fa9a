"""`guarantees serve` as a process of its own, configured from Settings the way a desk sets the environment."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from bot.config import PROJECT_ROOT, Settings
from tests.slackharness import WAIT_S

LISTENING = re.compile(r"listening for Slack on http://\S+:(\d+)/")


def serve_environment(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment that makes `serve` run on `settings` in HTTP mode (no app token: no Socket Mode)."""
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": settings.slack_bot_token,
        "SLACK_SIGNING_SECRET": settings.slack_signing_secret,
        "SLACK_API_URL": settings.slack_api_url,
        "GUARANTEES_DB": str(settings.db),
        "GUARANTEES_INBOX": str(settings.inbox),
        "GUARANTEES_ALERT_CHANNEL": settings.alert_channel,
        "GUARANTEES_ADMINS": ",".join(settings.admins),
        **extra,
    }
    env.pop("SLACK_APP_TOKEN", None)
    return env


@contextmanager
def serve_process(settings: Settings, **extra: str) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """`guarantees serve --port 0` running, and the lines of its log as they come; stopped with SIGTERM."""
    command = [sys.executable, "-m", "bot.cli", "serve", "--port", "0"]
    env = serve_environment(settings, **extra)
    with subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stderr=subprocess.PIPE, text=True) as process:
        log: list[str] = []
        reader = threading.Thread(target=lambda: log.extend(process.stderr or []), daemon=True)
        reader.start()
        try:
            yield process, log
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
            reader.join(timeout=WAIT_S)


def listening_port(process: subprocess.Popen[str], log: list[str], *, within_s: float = 120) -> int:
    """The port `serve` says it listens on, once it says so; a process that dies or stays silent fails."""
    deadline = time.monotonic() + within_s
    while not (found := LISTENING.search("".join(log))):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("serve did not start:\n" + "".join(log)[-3000:])
        time.sleep(0.05)
    return int(found.group(1))
