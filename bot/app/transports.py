"""The two ways Slack reaches the app: HTTP (Bolt's WSGI adapter behind waitress) and Socket Mode."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress.server import create_server

EVENTS_PATH = "/slack/events"  # the Request URL of commands, events and interactivity in deploy/manifest.yml
HEALTH_PATH = "/healthz"  # for the container's health check and load balancers: no Slack involved

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def wsgi_app(app: App) -> WSGIApp:
    """The WSGI application `serve` runs: Slack's requests go to Bolt (which checks their signature)."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in {"GET", "HEAD"}:
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok\n"]
        if not environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "0").isdigit():
            # Bolt would fail on it with a traceback (a 500 and an error in the log): refuse it as unsigned.
            start_response("401 Unauthorized", [("Content-Type", "text/plain; charset=utf-8")])
            return [b""]
        return slack(environ, start_response)

    return application


def http_server(application: WSGIApp, *, host: str, port: int) -> Any:
    """A waitress server bound to host:port (port 0 picks a free one); `.run()` serves until interrupted."""
    return create_server(application, host=host, port=port, threads=8, ident="guarantees")


def socket_mode(app: App, app_token: str) -> SocketModeHandler:
    """A Socket Mode connection for desks without a public URL; `.connect()` it, `.close()` it when done.

    It asks for its WebSocket address through the app's client, so SLACK_API_URL applies here too.
    """
    return SocketModeHandler(app, app_token)
