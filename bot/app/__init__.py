"""The composition root: the Bolt app built from settings, and `guarantees serve` running it with the scheduler.

Only this package and bot/cli.py import slack_bolt, slack_sdk and apscheduler.
"""

from __future__ import annotations

import logging
import signal
import sys
import time
from functools import partial
from pathlib import Path
from types import FrameType

from slack_bolt import App
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError
from slack_sdk.http_retry import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

import handlers
from bot.analysis.nlp import require_model
from bot.app.checks import check_settings
from bot.app.files import slack_downloader, slack_uploader
from bot.app.logs import redact_logs
from bot.app.replays import SeenSignatures, refuse_replays
from bot.app.scheduler import build_scheduler
from bot.app.transports import EVENTS_PATH, http_server, socket_mode, wsgi_app
from bot.app.work import Background
from bot.app.workspace import refuse_other_workspaces
from bot.config import Settings
from bot.errors import UserError
from bot.lists import load_lexicon
from bot.store import open_store
from bot.store.search import search_vocabulary
from handlers.deps import Deps

log = logging.getLogger("guarantees")

HOST = "0.0.0.0"  # in a container or behind a proxy; Slack's requests are checked by their signature


def slack_client(settings: Settings) -> WebClient:
    """A Web API client for SLACK_API_URL that retries dropped connections and rate limits a couple of times."""
    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    return WebClient(
        token=settings.slack_bot_token,
        base_url=base_url,
        retry_handlers=[ConnectionErrorRetryHandler(), RateLimitErrorRetryHandler(max_retry_count=2)],
    )


def build_app(settings: Settings, client: WebClient | None = None, *, background: Background | None = None) -> App:
    """The Slack app on the index at settings.db; tests pass a client pointed at a fake Slack.

    `background` runs the work that follows an ack; `serve` passes its own so it can finish it on the way out.
    """
    client = client or slack_client(settings)
    deps = Deps(
        settings=settings,
        lexicon=load_lexicon(settings.lists),
        download=slack_downloader(client.token or "", client.base_url, settings.max_bytes),
        later=(background or Background()).submit,
        upload=slack_uploader(client),
    )
    app = App(client=client, signing_secret=settings.slack_signing_secret, name="guarantees")
    app.use(refuse_replays(SeenSignatures()))
    app.use(refuse_other_workspaces)
    handlers.register(app, deps)
    return app


def serve(settings: Settings, port: int | None = None) -> int:
    """Run the Slack app (Socket Mode with SLACK_APP_TOKEN, else HTTP on `port`) and the scheduled jobs."""
    check_settings(settings)
    require_model()  # uploads are analysed: a missing or wrong model is one line now, not a failed upload later
    redact_logs(settings.secrets())
    warm_charts()  # before Slack's first request: no question waits for matplotlib
    background = Background()
    app = _connected_app(settings, background)
    scheduler = build_scheduler(settings, app.client)
    signal.signal(signal.SIGTERM, _stop)
    background.submit(partial(warm_search, settings.db))
    scheduler.start()
    try:
        if settings.slack_app_token:
            log.info("connecting to Slack in Socket Mode")
            socket_mode(app, settings.slack_app_token).start()
        else:
            server = http_server(wsgi_app(app), host=HOST, port=settings.port if port is None else port)
            log.info("listening for Slack on http://%s:%s%s", HOST, server.effective_port, EVENTS_PATH)
            server.run()
    finally:
        scheduler.shutdown(wait=False)
        background.shutdown()
    return 0


def warm_search(db: Path) -> None:
    """Read the search vocabulary before the first question needs it: seconds on millions of sentences."""
    started = time.perf_counter()
    with open_store(db) as store:
        words = len(search_vocabulary(store))
    log.info("search vocabulary ready: %d words in %.1f s", words, time.perf_counter() - started)


def warm_charts() -> None:
    """Import the chart renderer and draw once (matplotlib and its fonts: a second or more) at start."""
    started = time.perf_counter()
    from bot.render.chart import warm_up

    warm_up()
    log.info("chart renderer ready in %.1f s", time.perf_counter() - started)


def _connected_app(settings: Settings, background: Background) -> App:
    """The app, its token checked with Slack (Bolt calls auth.test), as a clear message if Slack says no."""
    try:
        return build_app(settings, background=background)
    except BoltError as exc:
        raise UserError(
            f"Slack refused SLACK_BOT_TOKEN: {exc}", hint="Copy the Bot User OAuth Token again (deploy/RUNBOOK.md)."
        ) from None
    except (SlackClientError, OSError) as exc:
        raise UserError(f"Cannot reach Slack at {settings.slack_api_url}: {exc}", hint="Check SLACK_API_URL.") from None


def _stop(signum: int, frame: FrameType | None) -> None:
    """systemd and containers stop with SIGTERM: leave like Ctrl-C, finishing the work in hand."""
    sys.exit(0)
