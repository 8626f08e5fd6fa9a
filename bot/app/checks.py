"""What `serve` needs from the settings, checked before anything starts so every problem is named at once."""

from __future__ import annotations

from urllib.parse import urlsplit

from bot.config import Settings
from bot.errors import UserError


def setting_problems(settings: Settings) -> list[str]:
    """One line per missing or malformed setting that would stop the Slack app from working."""
    problems = []
    if not settings.slack_bot_token:
        problems.append("SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-...) of the app.")
    elif not settings.slack_bot_token.startswith("xoxb-"):
        problems.append("SLACK_BOT_TOKEN does not look like a bot token: it should start with xoxb-.")
    if settings.slack_app_token:
        if not settings.slack_app_token.startswith("xapp-"):
            problems.append("SLACK_APP_TOKEN does not look like an app-level token: it should start with xapp-.")
    elif not settings.slack_signing_secret:
        problems.append(
            "SLACK_SIGNING_SECRET is not set: HTTP mode needs it to check Slack's requests "
            "(or set SLACK_APP_TOKEN to use Socket Mode)."
        )
    api = urlsplit(settings.slack_api_url)
    if api.scheme not in {"http", "https"} or not api.hostname:
        problems.append(f"SLACK_API_URL must be an http(s) address, not {settings.slack_api_url!r}.")
    return problems


def check_settings(settings: Settings) -> None:
    """Raise one UserError listing every problem, so the desk fixes them all in one go."""
    problems = setting_problems(settings)
    if problems:
        listed = "\n".join(f"  - {p}" for p in problems)
        raise UserError(
            f"the Slack app cannot start:\n{listed}",
            hint="\nSet them in the environment; deploy/guarantees.env.example lists every setting.",
        )
