"""App Home: opening the bot's Home tab publishes the corpus size, latest articles, open alerts and how to ask."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import open_store
from tests.desk_archive import add_article
from tests.slackharness import ADMIN, DESK, REPORTER, RunningApp, add_a_shift, running_app, wait_for


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[RunningApp]:
    """Three articles, one of them undated with a title that tries to ping the channel; one open alert."""
    with running_app(tmp_path) as running:
        add_a_shift(running.settings)
        with open_store(running.settings.db) as store:
            add_article(store, "<!channel>.txt", outlet="Desk <Wire>")
        yield running


def open_home(desk: RunningApp, user: str) -> str:
    """`user` opens the Home tab; returns the text of the view the bot publishes for them."""
    desk.event({"type": "app_home_opened", "user": user, "channel": "D1", "tab": "home"})
    (call,) = wait_for(lambda: desk.slack.calls_to("views.publish"), "publish App Home")
    assert call.body["user_id"] == user
    assert call.body["view"]["type"] == "home"
    return str(call.body["view"]["blocks"])


def test_home_shows_the_corpus_the_latest_articles_the_open_alerts_and_how_to_ask(desk: RunningApp) -> None:
    home = open_home(desk, REPORTER)
    assert "*3* articles indexed." in home
    assert "2025-08-28: Report caliber.txt (Caliber.az)" in home
    assert "<https://www.dailysabah.com/world/europe/europe-mulls-security-force|Report sabah.txt>" in home
    assert "Open alerts (1)" in home and "United States" in home
    assert "/guarantees who-supports us backstop" in home


def test_article_names_on_home_are_escaped(desk: RunningApp) -> None:
    home = open_home(desk, REPORTER)
    assert "Report &lt;!channel&gt;.txt (Desk &lt;Wire&gt;)" in home
    assert "<!channel>" not in home


def test_admins_see_how_to_add_articles_and_reporters_do_not(desk: RunningApp) -> None:
    assert "Desk admins" not in open_home(desk, REPORTER)
    desk.slack.calls.clear()
    admin_home = open_home(desk, ADMIN)
    assert f"in a DM with me or in <#{DESK}>" in admin_home
    assert "/guarantees add" in admin_home
