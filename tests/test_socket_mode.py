"""Socket Mode: the app asks Slack for a WebSocket address, receives a slash command and an event over it, and acks.

The fake Slack answers `apps.connections.open` with a ws://127.0.0.1 address served by a tiny WebSocket server
in this test; slack_sdk's builtin Socket Mode client (what `guarantees serve` uses) connects to it.
"""

from __future__ import annotations

import contextlib
import json
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve

from bot.app import build_app
from bot.app.transports import socket_mode
from tests.fakeslack import FakeSlack, Scripted
from tests.slackharness import REPORTER, event_envelope, settings_for, wait_for

APP_TOKEN = "xapp-1-A1-1-test"


@dataclass
class FakeSocket:
    """Slack's end of the Socket Mode WebSocket: sends envelopes, collects the app's acks."""

    server: Server
    connections: queue.Queue[ServerConnection] = field(default_factory=queue.Queue)
    acks: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        host, port = self.server.socket.getsockname()[:2]
        return f"ws://{host}:{port}/link"

    def handle(self, connection: ServerConnection) -> None:
        self.connections.put(connection)
        connection.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}}))
        with contextlib.suppress(ConnectionClosed):  # the app leaving without a goodbye is not our concern
            for message in connection:
                ack = json.loads(message)
                self.acks[ack["envelope_id"]] = ack

    def send(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """Send one envelope to the connected app; returns its ack."""
        connection = self.connections.get(timeout=10)
        self.connections.put(connection)
        connection.send(json.dumps(envelope))
        return wait_for(lambda: self.acks.get(envelope["envelope_id"]), f"ack envelope {envelope['envelope_id']}")


@dataclass
class SocketDesk:
    slack: FakeSlack
    socket: FakeSocket


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[SocketDesk]:
    """The app connected in Socket Mode (no signing secret, as a desk without a public URL runs it)."""
    with FakeSlack() as slack:
        socket = FakeSocket(server=None)  # type: ignore[arg-type]
        with serve(socket.handle, "127.0.0.1", 0) as server:
            socket.server = server
            threading.Thread(target=server.serve_forever, daemon=True).start()
            slack.script("apps.connections.open", Scripted(body={"ok": True, "url": socket.url}))
            settings = settings_for(tmp_path, slack, slack_signing_secret="", slack_app_token=APP_TOKEN)
            connection = socket_mode(build_app(settings), APP_TOKEN)
            connection.connect()
            try:
                yield SocketDesk(slack, socket)
            finally:
                # slack_sdk's client takes seconds to wind down its threads; let it, without waiting.
                threading.Thread(target=connection.close, daemon=True).start()
                server.shutdown()


def test_the_app_asks_for_its_websocket_with_the_app_token(desk: SocketDesk) -> None:
    (opened,) = desk.slack.calls_to("apps.connections.open")
    assert opened.headers["Authorization"] == f"Bearer {APP_TOKEN}"


def test_a_slash_command_over_the_socket_is_acked_and_answered(desk: SocketDesk) -> None:
    command = {
        "team_id": "T1",
        "channel_id": "C1",
        "user_id": REPORTER,
        "command": "/guarantees",
        "text": "help",
        "response_url": f"{desk.slack.base}/commands/T1/1/over-socket",
        "trigger_id": "trigger-socket",
    }
    ack = desk.socket.send(
        {"envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True, "payload": command}
    )
    assert ack["envelope_id"] == "env-1"
    (reply,) = wait_for(lambda: desk.slack.calls_to("over-socket"), "answer the command")
    assert reply.body["response_type"] == "ephemeral"
    assert "What you can ask" in reply.body["text"]


def test_an_event_over_the_socket_is_acked_and_handled(desk: SocketDesk) -> None:
    opened = event_envelope({"type": "app_home_opened", "user": REPORTER, "channel": "D1", "tab": "home"}, "EvSocket")
    ack = desk.socket.send(
        {"envelope_id": "env-2", "type": "events_api", "accepts_response_payload": False, "payload": opened}
    )
    assert ack["envelope_id"] == "env-2"
    (published,) = wait_for(lambda: desk.slack.calls_to("views.publish"), "publish App Home")
    assert published.body["user_id"] == REPORTER
