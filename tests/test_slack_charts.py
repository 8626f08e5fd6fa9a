"""Charts in Slack: `topic` and `actor` answers carry their chart, uploaded with files_upload_v2 and shown in an
image block above the text; `chart off` leaves it out; App Home charts the busiest topic of the last 30 days."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from bot.render.chart import chart_size
from bot.store import open_store
from tests.desk_archive import Said, add_article
from tests.fakeslack import Scripted
from tests.slackharness import REPORTER, RunningApp, running_app, wait_for

UPLOAD_STEPS = ("files.getUploadURLExternal", "upload", "files.completeUploadExternal")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[RunningApp]:
    """France and Britain on the tripwire force; Britain moved from noncommittal to opposing it."""
    with running_app(tmp_path) as running:
        with open_store(running.settings.db) as store:
            add_article(
                store,
                "march.txt",
                published="2025-03-04",
                said=(
                    Said("france", "tripwire", "opposes", "France rejects the tripwire idea."),
                    Said("united-kingdom", "tripwire", "noncommittal", "London has not decided on a tripwire."),
                ),
            )
            add_article(
                store,
                "june.txt",
                published="2025-06-12",
                said=(Said("united-kingdom", "tripwire", "opposes", "Britain will not serve as a tripwire."),),
            )
        yield running


def uploads(desk: RunningApp) -> list[str]:
    """The upload steps the fake Slack saw, in order."""
    return [c.method for c in desk.slack.calls if c.method in UPLOAD_STEPS]


def test_a_topic_answer_shows_its_uploaded_chart_above_the_text(desk: RunningApp) -> None:
    reply = desk.ask("topic tripwire")
    assert uploads(desk) == list(UPLOAD_STEPS)
    (upload_url,) = desk.slack.calls_to("files.getUploadURLExternal")
    (completed,) = desk.slack.calls_to("files.completeUploadExternal")
    file_id = json.loads(completed.body["files"])[0]["id"]
    image, header = reply["blocks"][:2]
    assert image["type"] == "image" and image["slack_file"] == {"id": file_id}
    assert header["type"] == "header"  # the text answer follows the chart
    assert "channel_id" not in completed.body  # shared with no channel: only the answer shows it
    png = desk.slack.uploads[file_id]
    assert int(upload_url.body["length"]) == len(png)
    assert Image.open(io.BytesIO(png)).size == chart_size(2)
    assert image["alt_text"] == "Stances over time on Tripwire force. Now: United Kingdom opposes; France opposes."


def test_the_same_chart_is_uploaded_once_and_a_new_statement_uploads_it_anew(desk: RunningApp) -> None:
    first, again = (desk.ask("topic tripwire")["blocks"][0] for _ in range(2))
    assert again == first and len(desk.slack.uploads) == 1
    with open_store(desk.settings.db) as store:
        said = (Said("germany", "tripwire", "opposes", "Germany rejects a tripwire."),)
        add_article(store, "july.txt", published="2025-07-01", said=said)
    changed = desk.ask("topic tripwire")["blocks"][0]
    assert changed["slack_file"] != first["slack_file"] and len(desk.slack.uploads) == 2


def test_chart_off_leaves_the_chart_out(desk: RunningApp) -> None:
    reply = desk.ask("topic tripwire chart off")
    assert uploads(desk) == []
    assert reply["blocks"][0]["type"] == "header"
    assert "France" in json.dumps(reply["blocks"])


def test_an_actor_answer_carries_a_chart_too(desk: RunningApp) -> None:
    reply = desk.ask("actor uk")
    assert reply["blocks"][0]["type"] == "image"
    assert uploads(desk) == list(UPLOAD_STEPS)


def test_a_refused_upload_still_answers_and_says_why_there_is_no_chart(desk: RunningApp) -> None:
    desk.slack.script("files.getUploadURLExternal", Scripted(body={"ok": False, "error": "missing_scope"}))
    reply = desk.ask("topic tripwire")
    note = reply["blocks"][0]
    assert note["type"] == "context" and "Slack refused the chart (missing_scope)" in json.dumps(note)
    assert reply["blocks"][1]["type"] == "header"


def test_an_archive_with_no_dated_statement_says_so_instead_of_drawing(tmp_path: Path) -> None:
    with running_app(tmp_path) as desk:
        with open_store(desk.settings.db) as store:
            add_article(store, "undated.txt", said=(Said("france", "tripwire", "opposes", "France says no."),))
        reply = desk.ask("topic tripwire")
    assert uploads(desk) == []
    assert "none of its statements is dated" in json.dumps(reply["blocks"][0])


def home_blocks(desk: RunningApp) -> list[dict[str, Any]]:
    """Open the Home tab; the blocks of the view the bot publishes."""
    published = len(desk.slack.calls_to("views.publish"))
    desk.event({"type": "app_home_opened", "user": REPORTER, "channel": "D1", "tab": "home"})
    wait_for(lambda: len(desk.slack.calls_to("views.publish")) > published, "publish App Home")
    return list(desk.slack.calls_to("views.publish")[-1].body["view"]["blocks"])


def test_home_charts_the_topic_with_the_most_statements_of_the_last_30_days(tmp_path: Path) -> None:
    recent = (datetime.now(UTC) - timedelta(days=5)).date().isoformat()
    with running_app(tmp_path) as desk:
        with open_store(desk.settings.db) as store:
            add_article(store, "old.txt", published="2025-01-02", said=(Said("france", "tripwire", "opposes", "No."),))
            backstop = (
                Said("united-states", "us-backstop", "supports", "The US will back the force."),
                Said("germany", "us-backstop", "supports", "Germany welcomes the backstop."),
            )
            add_article(store, "recent.txt", published=recent, said=backstop)
        blocks = home_blocks(desk)
        again = home_blocks(desk)
    image = next(b for b in blocks if b["type"] == "image")
    assert "US backstop" in image["title"]["text"]
    assert image["slack_file"]["id"] in desk.slack.uploads
    assert again == blocks and len(desk.slack.uploads) == 1  # the same chart is not uploaded twice


def test_home_without_recent_statements_says_there_is_no_chart(desk: RunningApp) -> None:
    blocks = json.dumps(home_blocks(desk))
    assert "No dated statement in the last 30 days, so no chart." in blocks
    assert uploads(desk) == []
