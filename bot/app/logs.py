"""A logging filter that blanks secrets, so tokens and response URLs never reach the logs."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

BLANK = "[redacted]"
# Any Slack token, not only ours (a user token pasted into a message, an old token in a traceback).
TOKEN = re.compile(r"\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+")
# A response URL lets anyone post as the app for 30 minutes: blank it wherever it appears, on Slack's
# hooks host or behind a gateway (its path gives it away: /commands/TEAM/..., /actions/TEAM/...).
HOOK_URL = re.compile(r"https?://(?:hooks\.slack\.com|[^\s/]+(?=/(?:commands|actions|app)/T[A-Z0-9]+/))/\S+")
RESPONSE_URL_FIELD = re.compile(r"""(response_url['"]?\s*[:=]\s*['"]?)[^'"\s&,}]+""")


class SecretsFilter(logging.Filter):
    """Rewrites each record's message and traceback with the secrets blanked; never drops a record."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is blanked whole.
        self.secrets = sorted((s for s in secrets if s), key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, BLANK)
        text = TOKEN.sub(BLANK, text)
        text = HOOK_URL.sub(BLANK, text)
        return RESPONSE_URL_FIELD.sub(r"\1" + BLANK, text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def redact_logs(secrets: Iterable[str]) -> SecretsFilter:
    """Put a SecretsFilter on every handler of the root logger (where all records end up), and return it."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig()
    secrets_filter = SecretsFilter(secrets)
    for handler in root.handlers:
        handler.addFilter(secrets_filter)
    return secrets_filter
