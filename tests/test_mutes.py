"""Mutes: desk admins keep an actor's or topic's alerts out of the channel; they are still recorded and listed."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from slack_sdk import WebClient

from bot.app.scheduler import build_scheduler
from bot.app.slack_poster import SlackPoster
from bot.cli import main
from bot.digest import post_digest
from bot.muting import answer_mute
from bot.questions.reading import parse_question
from bot.store import Store, open_store
from tests.alert_json import alerts_json
from tests.analysis_helpers import load_shipped_lexicon
from tests.desk_archive import Said, add_article
from tests.fakeslack import FakeSlack
from tests.slackharness import ADMIN, DESK, REPORTER, RunningApp, add_a_shift, running_app, wait_for
from tests.test_alerts_jobs import run_job
from tests.test_console import Terminal

US_HOLDS_BACK_AGAIN = Said("united-states", "us-backstop", "noncommittal", "Washington again declined to commit.")
NO_BACKSTOP = Said("united-states", "us-backstop", "noncommittal", "The White House has not committed to a backstop.")
BACKSTOP = Said("united-states", "us-backstop", "supports", "Washington will provide air and intelligence support.")
POLAND_NOT_YET = Said("poland", "troop-contribution", "noncommittal", "Warsaw has not decided whether to send troops.")
POLAND_YES = Said("poland", "troop-contribution", "supports", "Poland will send troops to the force.")
LEXICON = load_shipped_lexicon()


def shown(message: dict) -> str:
    return json.dumps(message, ensure_ascii=False)


def delivery(desk: RunningApp) -> Callable[[], list[str]]:
    """The jobs `serve` runs; calling the result runs delivery once and returns the alerts the channel got so far."""
    scheduler = build_scheduler(desk.settings, WebClient(token=desk.settings.slack_bot_token, base_url=desk.slack.url))

    def deliver() -> list[str]:
        run_job(scheduler, "deliver-alerts")
        return [call.body["text"] for call in desk.slack.calls_to("chat.postMessage") if call.body["channel"] == DESK]

    return deliver


def test_a_muted_actor_s_alerts_are_listed_not_posted_and_only_new_ones_post_after_unmute(tmp_path: Path) -> None:
    with running_app(tmp_path) as desk:
        deliver = delivery(desk)
        muted = desk.ask("mute actor washington for 2 days", user=ADMIN)
        add_a_shift(desk.settings)
        assert deliver() == []
        listed = shown(desk.ask("alerts"))
        unmuted = desk.ask("unmute actor united states", user=ADMIN)
        assert deliver() == []  # the alert raised while muted stays unposted
        with open_store(desk.settings.db) as store:
            add_article(store, "later.txt", published="2025-09-10T08:00:00", said=(US_HOLDS_BACK_AGAIN,))
        posted = deliver()
    assert "Muted the actor United States until " in shown(muted)
    assert "_muted_ · *United States on US backstop*" in listed
    assert "Unmuted the actor United States" in shown(unmuted)
    assert len(posted) == 1 and posted[0].startswith("Shift: *United States on US backstop*: was supports")


def test_only_desk_admins_can_mute(tmp_path: Path) -> None:
    with running_app(tmp_path) as desk:
        refused = desk.ask("mute topic tripwire", user=REPORTER)
        nothing = desk.ask("mute", user=ADMIN)
    assert "Only desk admins can mute alerts." in shown(refused)
    assert "Nothing is muted" in shown(nothing)


def test_help_and_app_home_say_what_is_muted_and_until_when(tmp_path: Path) -> None:
    with running_app(tmp_path) as desk:
        desk.ask("mute topic no fly zone", user=ADMIN)
        desk.ask("mute actor kremlin for 3 days", user=ADMIN)
        help_text = shown(desk.ask("help"))
        desk.event({"type": "app_home_opened", "user": REPORTER, "channel": "D1", "tab": "home"})
        (home,) = wait_for(lambda: desk.slack.calls_to("views.publish"), "publish App Home")
    for said in (help_text, shown(home.body)):
        assert "Muted (alerts recorded and listed by `alerts`, not posted): actor Russia until " in said
        assert "topic Air defence until unmuted." in said


def test_at_the_command_line_a_topic_is_muted_for_three_days_and_listed(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "ask", "mute topic tripwire for 3 days"]) == 0
    said = capsys.readouterr().out
    assert main(["--db", str(db_path), "ask", "mute", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)["mutes"]
    assert "Muted the topic Tripwire force until " in said
    assert (listed["kind"], listed["name"]) == ("topic", "tripwire")
    left = datetime.fromisoformat(listed["until"]) - datetime.now(UTC)
    assert 2.9 < left.total_seconds() / 86_400 <= 3


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        ("mute topic tripwire for many days", "I can mute for 1 to 365 days, written `for N days`"),
        ("mute topic tripwire for 400 days", "I can mute for 1 to 365 days"),
        ("mute planet mars", "`mute` takes `actor NAME` or `topic NAME`"),
        ("unmute", "`unmute` needs an actor or a topic."),
        ("unmute topic tripwire", "The topic Tripwire force is not muted."),
    ],
)
def test_a_mute_typed_wrong_gets_a_clear_message(
    db_path: Path, capsys: pytest.CaptureFixture[str], typed: str, told: str
) -> None:
    assert main(["--db", str(db_path), "ask", typed]) == 1
    assert told in capsys.readouterr().err


def test_a_mute_ends_when_its_days_are_over(db_path: Path) -> None:
    statuses = []
    with open_store(db_path) as store:
        mute_for_three_days(store, "actor united states", datetime(2025, 9, 1, 9, 0, tzinfo=UTC))
        add_article(store, "sabah.txt", said=(NO_BACKSTOP,), added_at="2025-09-01T10:00:00+00:00")
        for source, said, day in (("during.txt", BACKSTOP, "02"), ("after.txt", NO_BACKSTOP, "05")):
            add_article(store, source, said=(said,), added_at=f"2025-09-{day}T10:00:00+00:00")
            statuses += [alert["status"] for alert in alerts_json(store)[len(statuses) :]]
    assert statuses == ["muted", "pending"]


def test_the_digest_leaves_muted_alerts_out_and_says_what_is_muted(db_path: Path) -> None:
    day = "2025-10-01T10:00:00+00:00"
    with FakeSlack() as slack, open_store(db_path) as store:
        mute_for_three_days(store, "topic troop contribution", datetime(2025, 10, 1, 9, 0, tzinfo=UTC))
        for source, said in (("feb.txt", NO_BACKSTOP), ("aug.txt", BACKSTOP), ("pl-1.txt", POLAND_NOT_YET)):
            add_article(store, source, said=(said,), added_at=day)
        add_article(store, "pl-2.txt", said=(POLAND_YES,), added_at=day)  # muted: troop contribution
        poster = SlackPoster(WebClient(token="xoxb-test", base_url=slack.url))
        listed = post_digest(store, poster, DESK, now=datetime(2025, 10, 2, 7, 0, tzinfo=UTC), lexicon=LEXICON)
        [digest] = slack.accepted_to("chat.postMessage")
    assert listed == 1 and "United States on US backstop" in shown(digest.body)
    assert "Poland" not in shown(digest.body)
    muted = "topic Sending its own troops until 4 Oct 2025 09:00 UTC."
    assert f"Muted (alerts recorded and listed by `alerts`, not posted): {muted}" in shown(digest.body["blocks"][-1])


def mute_for_three_days(store: Store, what: str, now: datetime) -> None:
    question = parse_question(f"mute {what} for 3 days", LEXICON)
    answer_mute(store, question, LEXICON, user=ADMIN, now=now)


def test_at_the_console_the_desk_mutes_without_slack_and_help_says_so(tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    with open_store(db) as store:
        add_article(store, "sabah.txt", said=(NO_BACKSTOP,))
    outside = {k: v for k, v in os.environ.items() if not k.startswith(("GUARANTEES_", "SLACK_"))}
    terminal = Terminal(outside | {"GUARANTEES_DB": str(db), "GUARANTEES_CORPUS": str(tmp_path), "TERM": "xterm"})
    try:
        terminal.expect(r"guarantees> ")
        terminal.type("mute actor russia for 2 days\n")
        muted = terminal.expect(r"guarantees> ")
        terminal.type("help\n")
        helped = " ".join(terminal.expect(r"guarantees> ").split())
    finally:
        terminal.close()
    assert "Muted the actor Russia until " in muted
    assert "Muted (alerts recorded and listed by `alerts`, not posted): actor Russia until " in helped


def test_muting_holds_back_the_alerts_still_waiting_to_be_posted(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NO_BACKSTOP,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKSTOP,))
    assert main(["--db", str(db_path), "ask", "mute actor the americans"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    with open_store(db_path) as store:
        [alert] = alerts_json(store)
    assert "Muted the actor United States until unmuted" in said
    assert "1 alert waiting to be posted will not be." in said
    assert alert["status"] == "muted"
