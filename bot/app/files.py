"""Slack files: downloading one someone shared, with the bot token, from Slack's own file hosts only; uploading
a chart for an answer to show."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from typing import IO

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.errors import UserError
from bot.uploads import is_allowed_file_url

TIMEOUT_S = 30


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """urllib would resend the Authorization header to wherever a redirect points: follow none."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def slack_downloader(token: str, api_url: str, max_bytes: int) -> Callable[[str, str], bytes]:
    """A `download(url, name)` that fetches a Slack file URL with the bot token, within the size cap."""

    def download(url: str, name: str) -> bytes:
        if not is_allowed_file_url(url, api_url):
            raise UserError(f"I only fetch files from Slack itself, and {name} points elsewhere.")
        request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
        try:
            with _opener.open(request, timeout=TIMEOUT_S) as response:
                return _read_capped(response, name, max_bytes)
        except urllib.error.HTTPError as exc:
            raise UserError(
                f"Slack would not hand over {name} (HTTP {exc.code}).",
                hint="Check that the app has the files:read scope, then share the file again.",
            ) from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise UserError(f"I could not download {name} from Slack ({reason}).", hint="Share it again.") from None

    return download


def _read_capped(response: IO[bytes], name: str, max_bytes: int) -> bytes:
    data = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UserError(f"{name} is over the {max_bytes:,}-byte limit.")
    return data


def slack_uploader(client: WebClient) -> Callable[[bytes, str, str], str]:
    """An `upload(content, file name, alt text)` that uploads an image privately (files_upload_v2, shared with
    no channel) and returns its file id, for an image block to show."""

    def upload(content: bytes, name: str, alt_text: str) -> str:
        try:
            response = client.files_upload_v2(content=content, filename=name, title=name, alt_txt=alt_text)
        except SlackApiError as exc:
            raise UserError(
                f"Slack refused the chart ({exc.response.get('error')}).",
                hint="Check that the app has the files:write scope (deploy/manifest.yml).",
            ) from None
        except (SlackClientError, OSError) as exc:
            raise UserError(f"I could not upload the chart to Slack ({exc}).") from None
        return str(response["file"]["id"])

    return upload
