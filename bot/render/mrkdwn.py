"""Slack mrkdwn made safe: article and user text escaped, links only to web pages.

Slack reads `<...>` as a link, a mention or `<!channel>`; escaping &, < and > makes any text show as
typed, so an article can never ping the channel or pass off a link as something else.
"""

from __future__ import annotations

import re

_WEB = re.compile(r"https?://\S+", re.IGNORECASE)


def escape(text: str) -> str:
    """`text` shown as typed in mrkdwn: &, < and > escaped (Slack's own three)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def link(url: str | None, label: str) -> str:
    """A mrkdwn link to an http(s) page, labelled; anything else (no URL, `javascript:`, spaces) is the label alone."""
    if not url or not _WEB.fullmatch(url.strip()):
        return escape(label)
    target = escape(url.strip().replace("|", "%7C"))
    return f"<{target}|{escape(label.replace('|', '/'))}>"
