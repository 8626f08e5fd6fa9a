"""Articles shared as files in Slack: which files the bot takes, where it may fetch them, and what it says back."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

from bot.ingest import IngestReport
from bot.lexicon import Lexicon
from bot.render.alerts import alert_headline
from bot.render.mrkdwn import escape
from bot.store import Store
from bot.store.alerts.reading import list_alerts

UPLOAD_SUFFIXES = frozenset({".txt", ".md", ".html"})
# Slack serves shared files from its own domains only; the bot token is never sent anywhere else.
SLACK_FILE_DOMAINS = ("slack.com", "slack-edge.com")
NOT_AN_ARTICLE = "I read only .txt, .md and .html files; save the article in one of those formats and share it again."


def is_article_file(name: str) -> bool:
    """Whether a shared file's name says it is an article the bot reads (.txt, .md, .html)."""
    return PurePosixPath(name).suffix.lower() in UPLOAD_SUFFIXES


def is_allowed_file_url(url: str, api_url: str) -> bool:
    """Whether `url` is one of Slack's own file addresses (or on the configured Web API host), safe for the token.

    Slack's own hosts must be https on the default port; the host of SLACK_API_URL (a gateway, or a fake Slack
    in tests) is allowed with exactly its scheme and port.
    """
    parts, api = urlsplit(url), urlsplit(api_url)
    if not parts.hostname or parts.username or parts.password:
        return False
    if (parts.scheme, parts.netloc.lower()) == (api.scheme, api.netloc.lower()):
        return True
    host = parts.hostname.lower()
    on_slack = any(host.endswith("." + domain) for domain in SLACK_FILE_DOMAINS)
    return on_slack and parts.scheme == "https" and parts.port in (None, 443)


def upload_summary(store: Store, report: IngestReport, lexicon: Lexicon, *, since: str) -> str:
    """The reply to an upload, in mrkdwn: a line per file, then one per alert its articles raised (since `since`)."""
    added = {a["id"] for a in report.added}
    alerts = [a for a in list_alerts(store, since=since) if a.new.article_id in added]
    lines = [escape(line) for line in report_lines(report)]
    lines += [f"Alert raised: {alert_headline(alert, lexicon)}" for alert in alerts]
    return "\n".join(lines)


def report_lines(report: IngestReport) -> list[str]:
    """One plain line per file of an upload: indexed, already there, or why not."""
    lines = []
    for added in report.added:
        title = f"“{added['title']}”" if added.get("title") else "(no title)"
        lines.append(
            f"Indexed {added['source']} as article {added['id']}: {title}, "
            f"{_count(added['sentences'], 'sentence')}, {_count(added['claims'], 'claim')}."
        )
    for duplicate in report.duplicates:
        lines.append(
            f"{duplicate['source']} is already indexed as article {duplicate['id']} ({duplicate['of']}): nothing added."
        )
    for failed in report.failed:
        lines.append(f"Could not add {failed['path']}: {failed['error']}")
    return lines


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
