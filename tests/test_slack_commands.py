"""/guarantees over signed HTTP: every subcommand answers privately, admins' subcommands check the user."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.ingest import IngestOptions, ingest_paths
from bot.lists import load_lexicon
from bot.store import open_store
from bot.store.articles import find_article, list_articles
from tests.conftest import SEEDS
from tests.slackharness import ADMIN, REPORTER, RunningApp, running_app, wait_for

QUESTIONS = (
    "who-supports us backstop",
    "who-opposes reassurance force",
    "quote europe needs to muscle up",
    "actor poland",
    "topic tripwire",
    "articles",
    "alerts",
    "help",
)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[RunningApp]:
    """The app on an index holding the five bundled articles."""
    with running_app(tmp_path) as running:
        settings = running.settings
        options = IngestOptions(lexicon=load_lexicon(settings.lists), now="2025-10-01T09:00:00+00:00")
        with open_store(settings.db) as store:
            ingest_paths(store, [SEEDS], options)
        yield running


def text_of(message: dict) -> str:
    """Everything the user reads in a message: its text and every mrkdwn or plain text in its blocks."""
    found = [message.get("text") or ""]

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if value.get("type") in ("mrkdwn", "plain_text") and isinstance(value.get("text"), str):
                found.append(value["text"])
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(message.get("blocks", []))
    return "\n".join(found)


@pytest.mark.parametrize("question", QUESTIONS)
def test_each_question_is_answered_privately_with_a_share_button(desk: RunningApp, question: str) -> None:
    reply = desk.ask(question)
    assert reply["response_type"] == "ephemeral"
    buttons = [e for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [(b["action_id"], b["value"]) for b in buttons] == [("share_answer", question)]


def test_the_command_is_acknowledged_empty_and_answered_through_the_response_url(desk: RunningApp) -> None:
    response, name = desk.slash("articles")
    assert (response.status, response.body) == (200, "")
    reply = wait_for(lambda: desk.replies(name), "answer through the response URL")[0]
    assert "Europe Hatches Plans for Ukraine Peacekeepers Without U.S." in text_of(reply)


def test_an_unknown_subcommand_is_named_with_what_to_type_instead(desk: RunningApp) -> None:
    reply = desk.ask("frobnicate backstop")
    assert reply["response_type"] == "ephemeral"
    assert "I don't know `frobnicate`" in text_of(reply)
    assert "`help`" in text_of(reply)


def test_an_empty_command_says_what_to_ask(desk: RunningApp) -> None:
    assert "help" in text_of(desk.ask(""))


def test_an_admin_opens_the_paste_form_with_add(desk: RunningApp) -> None:
    response, _ = desk.slash("add", user=ADMIN)
    assert response.status == 200
    (opened,) = wait_for(lambda: desk.slack.calls_to("views.open"), "open the paste form")
    assert opened.body["trigger_id"].startswith("trigger-")
    assert opened.body["view"]["callback_id"] == "add_article"


def test_a_reporter_cannot_add_remove_or_correct_articles(desk: RunningApp) -> None:
    for question in ("add", "remove 1", "set 1 outlet Reuters"):
        reply = desk.ask(question, user=REPORTER)
        assert "Only desk admins can" in text_of(reply)
        assert "GUARANTEES_ADMINS" in text_of(reply)
    assert desk.slack.calls_to("views.open") == []
    with open_store(desk.settings.db) as store:
        assert len(list_articles(store)) == 5
        assert find_article(store, "1").outlet == "Caliber.az"


def test_an_admin_removes_an_article_and_it_is_gone_from_disk(desk: RunningApp) -> None:
    reply = desk.ask("remove 003_d3d039583e9e291b.txt", user=ADMIN)
    assert "Removed article 4 (003_d3d039583e9e291b.txt)" in text_of(reply)
    with open_store(desk.settings.db) as store:
        assert [a.source for a in list_articles(store)].count("003_d3d039583e9e291b.txt") == 0
        assert store.query("SELECT count(*) AS n FROM sentences WHERE article_id = 4") == [{"n": 0}]


def test_an_admin_corrects_an_outlet_and_the_index_records_who_set_it(desk: RunningApp) -> None:
    reply = desk.ask("set 4 outlet Politico Europe", user=ADMIN)
    assert "outlet is now Politico Europe" in text_of(reply)
    with open_store(desk.settings.db) as store:
        article = find_article(store, "4")
    assert (article.outlet, article.provenance["outlet"]) == ("Politico Europe", "admin")


def test_removing_an_article_that_is_not_there_names_what_was_typed(desk: RunningApp) -> None:
    reply = desk.ask("remove 99", user=ADMIN)
    assert "No article `99`" in text_of(reply)


def test_a_failure_on_our_side_is_an_apology_with_a_reference_found_in_the_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "not-a-database").mkdir()
    with caplog.at_level(logging.ERROR), running_app(tmp_path, db=tmp_path / "not-a-database") as running:
        reply = running.ask("articles")
    match = re.search(r"Something broke on our side \(ref ([0-9a-f]+)\)", text_of(reply))
    assert match, text_of(reply)
    logged = [r for r in caplog.records if match.group(1) in r.getMessage()]
    assert logged and logged[0].exc_info is not None
