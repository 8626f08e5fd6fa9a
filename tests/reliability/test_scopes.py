"""Every OAuth scope the manifest asks for is used by a shipped feature and explained; none the code needs is missing.

What the code uses is read from the code: the Web API methods bot/ and handlers/ call, the events the manifest
subscribes to (each with its listener), the slash command, and file downloads with the bot token. Each needs the
scopes Slack's documentation gives; the manifest must ask for exactly those, and the README must explain each.
"""

from __future__ import annotations

import re

from slack_sdk import WebClient

from bot.config import PROJECT_ROOT
from tests.test_deploy import MANIFEST

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
# Web API method (as slack_sdk names it) -> the bot scopes it needs, from Slack's method documentation.
METHOD_SCOPES: dict[str, frozenset[str]] = {
    "chat_postMessage": frozenset({"chat:write"}),
    "chat_postEphemeral": frozenset({"chat:write"}),
    "chat_update": frozenset({"chat:write"}),
    "views_open": frozenset(),
    "views_publish": frozenset(),
    "files_info": frozenset({"files:read"}),
    # files.getUploadURLExternal and files.completeUploadExternal, the two methods it calls
    "files_upload_v2": frozenset({"files:write"}),
    # Finding an alert already posted: the desk channel may be public or private (DMs and group DMs are not used).
    "conversations_history": frozenset({"channels:history", "groups:history"}),
    "auth_test": frozenset(),
}
EVENT_SCOPES = {
    "app_home_opened": frozenset(),
    "message.im": frozenset({"im:history"}),
    "message.channels": frozenset({"channels:history"}),
    "message.groups": frozenset({"groups:history"}),
}
FEATURE_SCOPES = {
    "the /guarantees slash command": frozenset({"commands"}),
    "downloading shared files with the bot token (url_private_download)": frozenset({"files:read"}),
    # Alerts go to GUARANTEES_ALERT_CHANNEL, which may be a public channel nobody invited the bot to.
    "posting alerts in a public desk channel the bot has not joined": frozenset({"chat:write.public"}),
}
EVIDENCE = {  # each feature, as the code shows it
    "the /guarantees slash command": "@app.command(SLASH_COMMAND)",
    "downloading shared files with the bot token (url_private_download)": 'url_private_download"',
    "posting alerts in a public desk channel the bot has not joined": "settings.alert_channel",
}


def source() -> str:
    files = [*(PROJECT_ROOT / "bot").rglob("*.py"), *(PROJECT_ROOT / "handlers").rglob("*.py")]
    return "\n".join(path.read_text(encoding="utf-8") for path in files if "bench" not in path.parts)


def called_methods() -> set[str]:
    """The WebClient methods the bot calls (slack_sdk's snake_case names of Web API methods)."""
    names = set(re.findall(r"\.([a-z]+_[A-Za-z0-9_]+)\b", source()))
    return {name for name in names if callable(getattr(WebClient, name, None)) and not name.startswith("api_")}


def test_every_web_api_method_the_code_calls_has_its_scopes_known() -> None:
    called = called_methods()
    assert {"chat_postMessage", "conversations_history", "files_info", "files_upload_v2", "views_publish"} <= called
    assert called - set(METHOD_SCOPES) == set(), "add the scopes of these methods to METHOD_SCOPES"


def test_the_manifest_asks_for_exactly_the_scopes_the_shipped_features_use() -> None:
    granted = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    events = set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])
    code = source()
    assert all(EVIDENCE[feature] in code for feature in FEATURE_SCOPES), "a feature the scopes assume is gone"
    assert events <= set(EVENT_SCOPES), "an event subscription with no known scope"
    needed = set().union(
        *(METHOD_SCOPES[m] for m in called_methods()),
        *(EVENT_SCOPES[e] for e in events),
        *FEATURE_SCOPES.values(),
    )
    assert granted - needed == set(), "scopes asked for that no feature uses"
    assert needed - granted == set(), "scopes the code needs and the manifest does not ask for"


def test_every_subscribed_event_has_a_listener() -> None:
    code = source()
    for event in MANIFEST["settings"]["event_subscriptions"]["bot_events"]:
        kind = event.split(".")[0]
        assert f'@app.event("{kind}")' in code or f'"type": "{kind}"' in code, f"nothing listens to {event}"


def test_the_readme_explains_every_scope() -> None:
    for scope in MANIFEST["oauth_config"]["scopes"]["bot"]:
        assert re.search(rf"^\| `{re.escape(scope)}` \| \S", README, re.MULTILINE), f"README does not explain {scope}"
