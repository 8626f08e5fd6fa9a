"""Articles shared as files by desk admins, in a DM with the bot or in the desk channel."""

from __future__ import annotations

from functools import partial
from typing import Any

from bot.errors import UserError
from bot.store.slack_events import first_sighting
from bot.uploads import NOT_AN_ARTICLE, is_article_file
from handlers.adding import add_articles
from handlers.deps import Deps
from handlers.errors import guarded


def register(app: Any, deps: Deps) -> None:
    @app.event({"type": "message", "subtype": "file_share"})
    def file_shared(event: dict, body: dict, client: Any) -> None:
        in_dm = event.get("channel_type") == "im"
        if not (in_dm or event.get("channel") == deps.settings.alert_channel):
            return  # files shared in other channels are not meant for the bot
        files = event.get("files") or []
        if not in_dm and not any(map(_is_article, files)):
            return  # a photo or a PDF shared in the desk channel is for the desk, not for the bot
        with deps.store() as store:
            if not first_sighting(store, body["event_id"], now=deps.now()):
                return  # Slack retried an event already handled
        channel, user = event["channel"], event.get("user", "")  # no user: refused as no admin
        thread = event.get("thread_ts") or event["ts"]

        def tell_uploader(message: dict) -> object:
            return client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread, **message)

        def add_files() -> None:
            deps.require_admin(user, "add articles")
            taken = files if in_dm else list(filter(_is_article, files))
            incoming = [(_name(f), partial(_download, deps, client, f)) for f in taken]
            client.chat_postMessage(channel=channel, thread_ts=thread, text=add_articles(deps, incoming))

        deps.later(guarded(add_files, tell_uploader))

    @app.event("message")
    def other_message() -> None:
        """Other messages the bot can see need nothing from it (without this, Bolt warns about each one)."""


def _download(deps: Deps, client: Any, shared: dict) -> bytes:
    name = _name(shared)
    if not is_article_file(name):
        raise UserError(NOT_AN_ARTICLE)
    if "url_private_download" not in shared:
        # Slack sends a stub ("file_access": "check_file_info") for some files: files.info has the rest.
        shared = client.files_info(file=shared["id"])["file"]
    return deps.download(shared["url_private_download"], name)


def _name(shared: dict) -> str:
    return str(shared.get("name") or shared.get("id") or "file")


def _is_article(shared: dict) -> bool:
    return is_article_file(_name(shared))
