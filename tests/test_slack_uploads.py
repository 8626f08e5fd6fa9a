"""Admins share article files with the bot; it downloads them from Slack, indexes them, and answers in the thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import open_store
from bot.store.articles import list_articles
from tests.conftest import SEEDS
from tests.desk_archive import Said, add_article
from tests.fakeslack import Scripted
from tests.slackharness import ADMIN, BOT_TOKEN, DESK, DM, REPORTER, RunningApp, running_app, wait_for

SEED = SEEDS / "002_beecce86ed0f1ada.txt"  # "Europe Hatches Plans for Ukraine Peacekeepers Without U.S."
HOSTILE = (
    b"Europe pings <!channel> and <@U123> about the backstop & more\n\n"
    b"European officials met in Paris on Tuesday to discuss a reassurance force for Ukraine after a ceasefire.\n\n"
    b"The talks covered air defence, intelligence sharing and the size of any force that would deploy.\n"
)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[RunningApp]:
    with running_app(tmp_path) as running:
        yield running


def indexed(desk: RunningApp) -> list[str]:
    """The source file names in the index, read through a new connection (the rows are on disk)."""
    with open_store(desk.settings.db) as store:
        return sorted(a.source for a in list_articles(store))


def reply_in_thread(desk: RunningApp, ts: str, count: int = 1) -> list[str]:
    calls = wait_for(lambda: len(desk.thread_replies(ts)) >= count and desk.thread_replies(ts), "reply in the thread")
    return [call.body["text"] for call in calls]


def test_an_admins_file_in_a_dm_is_indexed_and_acknowledged_in_the_thread(desk: RunningApp) -> None:
    response, ts = desk.share_file("peacekeepers.txt", SEED.read_bytes())
    assert response.status == 200
    (reply,) = reply_in_thread(desk, ts)
    assert reply.startswith("Indexed peacekeepers.txt as article 1: “Europe Hatches Plans for Ukraine Peacekeepers")
    assert indexed(desk) == ["peacekeepers.txt"]
    (download,) = [c for c in desk.slack.calls if c.method.startswith("GET /files-pri/")]
    assert download.headers["Authorization"] == f"Bearer {BOT_TOKEN}"


def test_an_admins_file_in_the_desk_channel_is_indexed_too(desk: RunningApp) -> None:
    _, ts = desk.share_file("peacekeepers.md", SEED.read_bytes(), channel=DESK)
    (reply,) = reply_in_thread(desk, ts)
    assert reply.startswith("Indexed peacekeepers.md as article 1")
    assert desk.thread_replies(ts)[0].body["channel"] == DESK
    assert indexed(desk) == ["peacekeepers.md"]


def test_a_reporters_file_is_refused_privately_and_nothing_is_indexed(desk: RunningApp) -> None:
    _, ts = desk.share_file("peacekeepers.txt", SEED.read_bytes(), user=REPORTER, channel=DESK)
    (refusal,) = wait_for(lambda: desk.slack.calls_to("chat.postEphemeral"), "refuse the reporter")
    assert refusal.body["user"] == REPORTER
    assert refusal.body["thread_ts"] == ts
    assert "Only desk admins can add articles" in refusal.body["text"]
    assert desk.thread_replies(ts) == []
    assert [c for c in desk.slack.calls if c.method.startswith("GET ")] == []
    assert indexed(desk) == []


def test_a_retried_event_is_not_ingested_twice(desk: RunningApp) -> None:
    _, ts = desk.share_file("peacekeepers.txt", SEED.read_bytes(), event_id="EvRETRIED")
    reply_in_thread(desk, ts)
    retry = {"X_Slack_Retry_Num": "1", "X_Slack_Retry_Reason": "http_timeout"}
    response, _ = desk.share_file("peacekeepers.txt", SEED.read_bytes(), event_id="EvRETRIED", ts=ts, **retry)
    assert response.status == 200
    # A later upload is answered after the retry was handled: by then a second reply would be there too.
    _, later = desk.share_file("hostile.txt", HOSTILE)
    reply_in_thread(desk, later)
    assert len(desk.thread_replies(ts)) == 1
    assert indexed(desk) == ["hostile.txt", "peacekeepers.txt"]


def test_the_same_article_shared_again_is_a_duplicate_not_a_second_article(desk: RunningApp) -> None:
    _, first = desk.share_file("peacekeepers.txt", SEED.read_bytes())
    reply_in_thread(desk, first)
    _, again = desk.share_file("peacekeepers-again.txt", SEED.read_bytes())
    (reply,) = reply_in_thread(desk, again)
    assert reply == ("peacekeepers-again.txt is already indexed as article 1 (peacekeepers.txt): nothing added.")
    assert indexed(desk) == ["peacekeepers.txt"]


def test_article_text_that_would_ping_the_channel_is_shown_escaped(desk: RunningApp) -> None:
    _, ts = desk.share_file("hostile.txt", HOSTILE)
    (reply,) = reply_in_thread(desk, ts)
    assert "&lt;!channel&gt;" in reply and "&lt;@U123&gt;" in reply and "&amp; more" in reply
    assert "<!channel>" not in reply and "<@U123>" not in reply
    answer = desk.ask("quote officials met in paris")
    shown = str(answer)
    assert "European officials met in Paris" in shown
    answer = desk.ask("articles")
    assert "&lt;!channel&gt;" in str(answer) and "<!channel>" not in str(answer)
    assert "<@U123>" not in str(answer)


def test_a_file_of_another_type_in_a_dm_is_explained_and_a_photo_in_the_desk_channel_is_left_alone(
    desk: RunningApp,
) -> None:
    _, ts = desk.share_file("briefing.pdf", b"%PDF-1.7 ...")
    (reply,) = reply_in_thread(desk, ts)
    assert reply.startswith("Could not add briefing.pdf: I read only .txt, .md and .html files")
    _, photo = desk.share_file("photo.jpg", b"\xff\xd8\xff", channel=DESK)
    _, article = desk.share_file("peacekeepers.txt", SEED.read_bytes(), channel=DESK)
    reply_in_thread(desk, article)
    assert desk.thread_replies(photo) == []
    assert indexed(desk) == ["peacekeepers.txt"]


def test_an_empty_file_gets_a_reason_and_the_others_in_the_same_message_still_go_in(desk: RunningApp) -> None:
    desk.slack.files["/files-pri/T1-F9/download/empty.txt"] = b""
    desk.slack.files["/files-pri/T1-F10/download/peacekeepers.txt"] = SEED.read_bytes()
    files = [
        {
            "id": "F9",
            "name": "empty.txt",
            "url_private_download": desk.slack.base + "/files-pri/T1-F9/download/empty.txt",
        },
        {
            "id": "F10",
            "name": "peacekeepers.txt",
            "url_private_download": desk.slack.base + "/files-pri/T1-F10/download/peacekeepers.txt",
        },
    ]
    event = {"type": "message", "subtype": "file_share", "channel": DM, "channel_type": "im", "user": ADMIN}
    desk.event({**event, "ts": "1700000500.000100", "files": files})
    (reply,) = reply_in_thread(desk, "1700000500.000100")
    lines = reply.splitlines()
    assert lines[0].startswith("Indexed peacekeepers.txt as article 1")
    assert lines[1].startswith("Could not add empty.txt: empty.txt is empty")
    assert indexed(desk) == ["peacekeepers.txt"]


def test_a_file_url_outside_slack_is_never_fetched_with_the_token(desk: RunningApp) -> None:
    event = {"type": "message", "subtype": "file_share", "channel": DM, "channel_type": "im", "user": ADMIN}
    stray = {"id": "F1", "name": "story.txt", "url_private_download": "http://attacker.example:8080/story.txt"}
    desk.event({**event, "ts": "1700000600.000100", "files": [stray]})
    (reply,) = reply_in_thread(desk, "1700000600.000100")
    assert reply == "Could not add story.txt: I only fetch files from Slack itself, and story.txt points elsewhere."
    assert indexed(desk) == []


def test_a_file_slack_will_not_hand_over_is_reported_with_what_to_check(desk: RunningApp) -> None:
    event = {"type": "message", "subtype": "file_share", "channel": DM, "channel_type": "im", "user": ADMIN}
    missing = {"id": "F1", "name": "story.txt", "url_private_download": desk.slack.base + "/files-pri/T1-F1/gone.txt"}
    desk.event({**event, "ts": "1700000700.000100", "files": [missing]})
    (reply,) = reply_in_thread(desk, "1700000700.000100")
    assert "Slack would not hand over story.txt (HTTP 404)" in reply
    assert "files:read" in reply


def test_a_file_shared_as_a_stub_is_looked_up_with_files_info(desk: RunningApp) -> None:
    desk.slack.files["/files-pri/T1-F42/download/peacekeepers.txt"] = SEED.read_bytes()
    full = {
        "id": "F42",
        "name": "peacekeepers.txt",
        "url_private_download": desk.slack.base + "/files-pri/T1-F42/download/peacekeepers.txt",
    }
    desk.slack.script("files.info", Scripted(body={"ok": True, "file": full}))
    event = {"type": "message", "subtype": "file_share", "channel": DM, "channel_type": "im", "user": ADMIN}
    stub = {"id": "F42", "name": "peacekeepers.txt", "file_access": "check_file_info"}
    desk.event({**event, "ts": "1700000800.000100", "files": [stub]})
    (reply,) = reply_in_thread(desk, "1700000800.000100")
    assert reply.startswith("Indexed peacekeepers.txt as article 1")
    assert desk.slack.calls_to("files.info")[0].body["file"] == "F42"


def test_an_upload_that_contradicts_the_index_says_which_alert_it_raised(desk: RunningApp) -> None:
    with open_store(desk.settings.db) as store:
        add_article(
            store,
            "earlier.txt",
            published="2025-02-20T10:00:00",
            outlet="Daily Sabah",
            said=(Said("poland", "troop-contribution", "opposes", "Poland will not send troops to Ukraine."),),
        )
    text = (
        "Poland ready to send soldiers\n\n"
        "Published: 2025-09-01\n\n"
        "Poland will send troops to Ukraine as part of a reassurance force, Prime Minister Donald Tusk said.\n"
    )
    _, ts = desk.share_file("poland.txt", text.encode())
    (reply,) = reply_in_thread(desk, ts)
    assert "Alert raised:" in reply
    assert "Poland" in reply.split("Alert raised:")[1]


def test_a_file_over_the_size_cap_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    with running_app(tmp_path, max_bytes=1_000) as desk:
        _, ts = desk.share_file("long-read.txt", SEED.read_bytes())
        (reply,) = reply_in_thread(desk, ts)
        assert reply == "Could not add long-read.txt: long-read.txt is over the 1,000-byte limit."
        assert indexed(desk) == []
