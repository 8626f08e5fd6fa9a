"""Delivery's `Poster` on slack_sdk: alerts tagged with their id in the message metadata, Slack errors translated."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from http.client import HTTPException
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

from bot.delivery import DeliveryError, PermanentError, RateLimited, TransientError

EVENT_TYPE = "guarantees_alert"
HISTORY_PAGES = 5  # of 200 messages: a retry comes minutes after the lost post, not days
# Errors no retry can fix: the channel, the token or the message itself must change.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "missing_scope",
        "no_permission",
        "restricted_action",
        "team_access_not_granted",
        "ekm_access_denied",
        "invalid_blocks",
        "invalid_blocks_format",
        "msg_too_long",
        "invalid_metadata_format",
        "invalid_metadata_schema",
    }
)


def delivery_client(client: WebClient) -> WebClient:
    """A copy of `client` that never retries on its own: a blind retry of a post whose reply was lost posts twice."""
    return WebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=client.timeout,
        ssl=client.ssl,
        proxy=client.proxy,
        headers=dict(client.headers),
        retry_handlers=[],
    )


class SlackPoster:
    """Posts through a WebClient that must not retry by itself (see `delivery_client`)."""

    def __init__(self, client: WebClient, admins: Iterable[str] = ()) -> None:
        self.client = client
        self.admins = tuple(sorted(admins))

    def post(self, channel: str, message: dict, *, alert_id: int | None = None) -> str:
        extra: dict[str, Any] = {}
        if alert_id is not None:
            extra["metadata"] = {"event_type": EVENT_TYPE, "event_payload": {"alert_id": alert_id}}
        response = _call(
            self.client.chat_postMessage, channel=channel, text=message["text"], blocks=message["blocks"], **extra
        )
        return str(response["ts"])

    def find_posted(self, channel: str, alert_id: int, *, since: datetime | None) -> str | None:
        cursor = None
        for _ in range(HISTORY_PAGES):
            response = _call(
                self.client.conversations_history,
                channel=channel,
                oldest=f"{since.timestamp():.6f}" if since else None,
                include_all_metadata=True,
                limit=200,
                cursor=cursor,
            )
            for message in response.get("messages") or []:
                metadata = message.get("metadata") or {}
                payload = metadata.get("event_payload") or {}
                if metadata.get("event_type") == EVENT_TYPE and str(payload.get("alert_id")) == str(alert_id):
                    return str(message["ts"])
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not response.get("has_more") or not cursor:
                break
        return None

    def notify_admins(self, text: str) -> None:
        """A direct message to each admin (posting to a user id opens the bot's DM with them)."""
        for admin in self.admins:
            _call(self.client.chat_postMessage, channel=admin, text=text)


def _call(method: Callable[..., SlackResponse], **kwargs: Any) -> SlackResponse:
    try:
        return method(**kwargs)
    except SlackApiError as exc:
        raise delivery_error(exc.response) from exc
    except (OSError, HTTPException) as exc:  # refused, reset, timed out, or the reply lost half-way
        raise TransientError(f"no reply from Slack: {exc}") from exc


def delivery_error(response: SlackResponse) -> DeliveryError:
    """Slack's refusal as delivery's error: rate limited (with Retry-After), permanent, or transient."""
    data = response.data if isinstance(response.data, dict) else {}
    error = str(data.get("error") or "")
    if response.status_code == 429 or error == "ratelimited":
        headers = {k.lower(): v for k, v in (response.headers or {}).items()}
        retry_after = headers.get("retry-after")
        try:
            return RateLimited(max(1.0, float(str(retry_after))))
        except ValueError:  # missing or unreadable: wait a minute
            return RateLimited(60.0)
    if error in PERMANENT_ERRORS:
        return PermanentError(error)
    return TransientError(error or f"HTTP {response.status_code}")
