"""The real Slack app served over HTTP on 127.0.0.1, talking to a fake Slack, driven by signed requests.

`running_app(tmp_path)` builds the app exactly as `guarantees serve` does (settings -> build_app -> the WSGI
app behind waitress), with SLACK_API_URL pointing at tests/fakeslack.py. Requests are signed with the signing
secret as Slack signs them; what the bot sends back lands in the fake's record of calls.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

from bot.app import build_app, warm_charts
from bot.app.transports import EVENTS_PATH, http_server, wsgi_app
from bot.config import Settings
from bot.store import open_store
from tests.desk_archive import Said, add_article
from tests.fakeslack import Call, FakeSlack

SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-bot-token"
ADMIN = "UADMIN1"
REPORTER = "UREPORT1"
DESK = "CDESK1"  # the desk channel: alerts go there, admins may share files there
DM = "DBOT1"  # a DM between a user and the bot
PROCESS_WAIT_S = 60.0  # the same, where serve processes start first: a busy machine takes seconds each
WAIT_S = 15.0  # how long to wait for the bot's follow-up before the test fails (never reached when it works)

T = TypeVar("T")
_ids = itertools.count(1)


def settings_for(tmp_path: Path, slack: FakeSlack, **overrides: Any) -> Settings:
    """Settings as the desk would set them, with state in `tmp_path` and the Web API at the fake Slack."""
    settings = Settings(
        db=tmp_path / "guarantees.db",
        inbox=tmp_path / "inbox",
        admins=frozenset({ADMIN}),
        alert_channel=DESK,
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.url,
    )
    return replace(settings, **overrides)


def sign(body: bytes, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    """X-Slack-Signature as Slack computes it."""
    base = b"v0:" + str(timestamp).encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def wait_for(found: Callable[[], T], what: str, within: float = WAIT_S) -> T:
    """Poll until `found()` is truthy (the bot answers after its ack, on its own threads), and return it;
    `within` is longer where whole processes must start first (never reached when it works)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        value = found()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"the bot never did this: {what}")


@dataclass
class Response:
    status: int
    body: str


@dataclass
class RunningApp:
    slack: FakeSlack
    url: str  # http://127.0.0.1:PORT
    settings: Settings

    def post(self, body: bytes, content_type: str, *, timestamp: int | None = None, **headers: str) -> Response:
        """POST to /slack/events, signed unless a signature header is given."""
        timestamp = int(time.time()) if timestamp is None else timestamp
        all_headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(timestamp),
            "X-Slack-Signature": sign(body, timestamp),
            **{k.replace("_", "-"): v for k, v in headers.items()},
        }
        request = urllib.request.Request(self.url + EVENTS_PATH, data=body, headers=all_headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return Response(response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            return Response(error.code, error.read().decode())

    def response_url(self, name: str) -> str:
        """A response URL served by the fake: what the bot posts there is recorded as method `name`."""
        return f"{self.slack.base}/commands/T1/{next(_ids)}/{name}"

    def slash(self, text: str, *, user: str = REPORTER, channel: str = DESK, **headers: str) -> tuple[Response, str]:
        """Type `/guarantees TEXT`; returns Slack's view of the ack and the name its response URL is recorded under."""
        name = f"reply{next(_ids)}"
        form = {
            "token": "legacy",
            "team_id": "T1",
            "channel_id": channel,
            "user_id": user,
            "command": "/guarantees",
            "text": text,
            "response_url": self.response_url(name),
            "trigger_id": f"trigger-{next(_ids)}",
        }
        body = urlencode(form).encode()
        return self.post(body, "application/x-www-form-urlencoded", **headers), name

    def replies(self, name: str) -> list[dict[str, Any]]:
        return [call.body for call in self.slack.calls_to(name)]

    def ask(self, text: str, *, user: str = REPORTER) -> dict[str, Any]:
        """What the user sees after `/guarantees TEXT`: the one message posted to the response URL."""
        response, name = self.slash(text, user=user)
        assert response.status == 200, response
        return wait_for(lambda: self.replies(name), f"answer /guarantees {text}")[0]

    def interact(self, payload: dict[str, Any]) -> Response:
        """A button click or a form submission, as Slack posts it."""
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.post(body, "application/x-www-form-urlencoded")

    def event(self, event: dict[str, Any], *, event_id: str | None = None, **headers: str) -> Response:
        """An Events API callback carrying `event`."""
        envelope = event_envelope(event, event_id or f"Ev{next(_ids)}")
        return self.post(json.dumps(envelope).encode(), "application/json", **headers)

    def share_file(
        self,
        name: str,
        content: bytes,
        *,
        user: str = ADMIN,
        channel: str = DM,
        event_id: str | None = None,
        ts: str | None = None,
        **headers: str,
    ) -> tuple[Response, str]:
        """`user` shares a file with the bot; the fake serves its content. Returns the ack and the message ts."""
        ts = ts or f"{1_700_000_000 + next(_ids)}.000100"
        path = f"/files-pri/T1-F{next(_ids)}/download/{name}"
        self.slack.files[path] = content
        shared = {
            "id": f"F{next(_ids)}",
            "name": name,
            "size": len(content),
            "url_private_download": self.slack.base + path,
        }
        event = {
            "type": "message",
            "subtype": "file_share",
            "channel": channel,
            "channel_type": "im" if channel == DM else "channel",
            "user": user,
            "ts": ts,
            "text": "",
            "files": [shared],
        }
        return self.event(event, event_id=event_id, **headers), ts

    def thread_replies(self, ts: str) -> list[Call]:
        return [c for c in self.slack.calls_to("chat.postMessage") if c.body.get("thread_ts") == ts]


def add_a_shift(settings: Settings) -> None:
    """Two articles on record where the US moved from noncommittal to supporting the backstop: one open alert."""
    earlier = Said("united-states", "us-backstop", "noncommittal", "Washington has not committed to a backstop.")
    later = Said("united-states", "us-backstop", "supports", "The US will provide a backstop, officials said.")
    with open_store(settings.db) as store:
        add_article(
            store,
            "sabah.txt",
            published="2025-02-20T21:18:00",
            outlet="Daily Sabah",
            url="https://www.dailysabah.com/world/europe/europe-mulls-security-force",
            said=(earlier,),
        )
        add_article(store, "caliber.txt", published="2025-08-28T10:00:00", outlet="Caliber.az", said=(later,))


def event_envelope(event: dict[str, Any], event_id: str) -> dict[str, Any]:
    return {
        "token": "legacy",
        "team_id": "T1",
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "event": event,
    }


@functools.cache
def charts_warmed() -> None:
    """What serve does before it listens, once per test process: matplotlib imported and its fonts loaded."""
    warm_charts()


@contextmanager
def running_app(tmp_path: Path, **overrides: Any) -> Iterator[RunningApp]:
    """The app as `guarantees serve` runs it in HTTP mode, on a free port, with a fake Slack behind it."""
    charts_warmed()
    with FakeSlack() as slack:
        settings = settings_for(tmp_path, slack, **overrides)
        server = http_server(wsgi_app(build_app(settings)), host="127.0.0.1", port=0)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            yield RunningApp(slack, f"http://127.0.0.1:{server.effective_port}", settings)
        finally:
            # Closed from inside its own loop (closing it from here races with the loop's select);
            # if its wake-up pipe is already gone (seen rarely as EBADF), there is no loop left to race with.
            try:
                server.trigger.pull_trigger(server.close)
            except OSError:
                server.close()
            thread.join(timeout=WAIT_S)
