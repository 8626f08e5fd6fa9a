"""Mentions and links smuggled into articles and questions never come out live, whatever path they take.

Articles whose text, title and metadata carry `<!channel>`, `<!here>`, `<@U…>`, `<#C…>`, `<!subteam^…>` and
`<http://…|label>` go in through an upload and the paste form; then every path that shows article or user text is
taken: upload replies, answers to every kind of question (and questions made of the same tokens), sharing an answer
in the channel, an admin's correction, an error naming what was typed, the alert posted to the desk channel and
updated by a button, and App Home. Everything the bot sent to Slack is then searched for a live token.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_sdk import WebClient

from bot.app.slack_poster import SlackPoster, delivery_client
from bot.delivery import Delivery
from bot.render.blocks import SHARE_ACTION
from bot.store import open_store
from bot.store.articles import list_articles
from tests.alert_json import alerts_json
from tests.slackharness import ADMIN, DESK, REPORTER, RunningApp, running_app, wait_for
from tests.test_slack_actions import click
from tests.test_slack_views import submission

EARLIER = """Poland <!channel> rules out troops <@UEVIL1>

Published: 2025-02-20

Poland will not send troops to Ukraine, Prime Minister Donald Tusk said <!here> in Warsaw <#CEVIL1|general>.

“We will not send soldiers <@UEVIL1>,” Tusk told <http://evil.example/a|Reuters> reporters <!subteam^SEVIL1>.
"""
LATER = """Poland ready to send soldiers <!everyone>

Published: 2025-09-01

Poland will send troops to Ukraine as part of a reassurance force <!channel>, Prime Minister Donald Tusk said.

“Poland is ready <@UEVIL1>,” Tusk told <https://evil.example/b|AP> in &lt;!here&gt; Warsaw.
"""
PASTED = """European officials <!here> met in Paris to discuss a reassurance force for Ukraine <@UEVIL1>.

France will send troops to Ukraine after a ceasefire, President Emmanuel Macron said <#CEVIL1>.
"""
QUESTIONS = (
    "quote we will not send soldiers",
    "quote poland is ready",
    "who-supports troop contribution",
    "who-opposes troop contribution",
    "actor poland",
    "topic troop contribution",
    "articles",
    "articles poland",
    "alerts",
    "help",
    "<!channel>",
    "quote <@UEVIL1> <!here>",
    "actor <#CEVIL1|general>",
    "who-supports <http://evil.example|the backstop>",
    "articles <!subteam^SEVIL1>",
)
# A mention, a channel link, a broadcast or a labelled link, live as Slack would read it.
LIVE = re.compile(r"<(?:!|@UEVIL|#CEVIL|https?://evil\.example)")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[RunningApp]:
    with running_app(tmp_path) as running:
        yield running


def reply_in_thread(desk: RunningApp, ts: str) -> str:
    (call,) = wait_for(lambda: desk.thread_replies(ts), "reply in the thread")
    return str(call.body["text"])


def displayed(value: object) -> Iterator[str]:
    """The strings of a message that Slack shows: all but a button's value, which only comes back to the bot."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "value":
                yield from displayed(item)
    elif isinstance(value, list):
        for item in value:
            yield from displayed(item)


def live_tokens(desk: RunningApp) -> list[tuple[str, str]]:
    """(Web API method or response URL, the live token) for everything the bot sent to the fake Slack."""
    found = []
    for call in desk.slack.calls:
        for text in displayed(call.body):
            found += [(call.method, match.group(0)) for match in LIVE.finditer(text)]
    return found


def test_smuggled_mentions_and_links_never_come_out_live_on_any_path(desk: RunningApp) -> None:
    _, earlier = desk.share_file("poland-no.txt", EARLIER.encode())
    assert reply_in_thread(desk, earlier).startswith("Indexed poland-no.txt")
    _, later = desk.share_file("poland-yes.txt", LATER.encode())
    assert "Alert raised:" in reply_in_thread(desk, later)
    desk.interact(submission(ADMIN, PASTED, outlet="<!here> Times", author="<@UEVIL1>", title="Paris <!channel>"))
    wait_for(lambda: [c for c in desk.slack.calls_to("chat.postMessage") if c.body["channel"] == ADMIN], "DM")

    for question in QUESTIONS:
        desk.ask(question)
    with open_store(desk.settings.db) as store:
        article = list_articles(store)[0].id
    desk.ask(f"set {article} outlet <!channel> Wire <@UEVIL1>", user=ADMIN)
    desk.ask("articles")
    desk.ask("remove <!channel>", user=ADMIN)

    share = click(SHARE_ACTION, "quote we will not send soldiers", user=REPORTER, response_url=desk.response_url("s"))
    desk.interact(share)
    wait_for(lambda: desk.replies("s"), "share the answer in the channel")

    client = delivery_client(WebClient(token=desk.settings.slack_bot_token, base_url=desk.slack.url))
    with open_store(desk.settings.db) as store:
        assert Delivery(SlackPoster(client), DESK).run(store).sent
        alert = alerts_json(store)[0]["id"]
    desk.interact(click("alert_confirm", str(alert), user=ADMIN, response_url=desk.response_url("clicked")))
    wait_for(lambda: desk.slack.calls_to("chat.update"), "update the alert message")

    for user in (ADMIN, REPORTER):
        desk.event({"type": "app_home_opened", "user": user, "channel": "D1", "tab": "home"})
    wait_for(lambda: len(desk.slack.calls_to("views.publish")) == 2, "publish App Home")

    shown = " ".join(json.dumps(c.body, ensure_ascii=False) for c in desk.slack.calls)
    assert "&lt;!channel&gt;" in shown and "&lt;@UEVIL1&gt;" in shown, "the smuggled text is shown, escaped"
    assert live_tokens(desk) == []
