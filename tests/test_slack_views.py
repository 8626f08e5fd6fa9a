"""The paste form of `/guarantees add`: an admin pastes an article with its link, outlet and date."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.store import open_store
from bot.store.articles import ArticleRow, list_articles
from handlers.views import TEXT_BOX_CHARS, TEXT_BOXES, paste_form
from tests.conftest import SEEDS
from tests.slackharness import ADMIN, REPORTER, RunningApp, running_app, wait_for

ARTICLE = (SEEDS / "003_d3d039583e9e291b.txt").read_text(encoding="utf-8")  # no headline, no date, no outlet


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[RunningApp]:
    with running_app(tmp_path) as running:
        yield running


def submission(user: str, *texts: str, **boxes: str) -> dict[str, Any]:
    """A view_submission of the paste form: metadata boxes by block id, the text split over the text boxes."""
    values: dict[str, dict[str, dict[str, Any]]] = {}
    for block_id, typed in boxes.items():
        key = "selected_date" if block_id == "published" else "value"
        values[block_id] = {"value": {"type": "plain_text_input", key: typed}}
    for n, text in enumerate(texts, start=1):
        values[f"text_{n}"] = {"value": {"type": "plain_text_input", "value": text}}
    return {
        "type": "view_submission",
        "team": {"id": "T1"},
        "user": {"id": user},
        "api_app_id": "A1",
        "view": {"id": "V1", "type": "modal", "callback_id": "add_article", "state": {"values": values}},
    }


def articles_on_disk(desk: RunningApp) -> list[ArticleRow]:
    with open_store(desk.settings.db) as store:
        return list_articles(store)


def dm_to(desk: RunningApp, user: str) -> str:
    calls = wait_for(lambda: [c for c in desk.slack.calls_to("chat.postMessage") if c.body["channel"] == user], "DM")
    return str(calls[0].body["text"])


def test_a_pasted_article_is_indexed_with_the_link_outlet_and_date_the_admin_gave(desk: RunningApp) -> None:
    half = len(ARTICLE) // 2
    cut = ARTICLE.index("\n", half)  # a long article goes on in the next box
    form = submission(
        ADMIN,
        ARTICLE[:cut],
        ARTICLE[cut:],
        url="https://www.politico.eu/article/europe-peacekeepers-ukraine/",
        outlet="Politico Europe",
        published="2025-02-19",
    )
    response = desk.interact(form)
    assert (response.status, response.body) == (200, "")
    reply = dm_to(desk, ADMIN)
    assert reply.startswith("Indexed pasted-")
    (article,) = articles_on_disk(desk)
    assert (article.outlet, article.url) == (
        "Politico Europe",
        "https://www.politico.eu/article/europe-peacekeepers-ukraine/",
    )
    assert article.published and article.published.startswith("2025-02-19")
    assert article.provenance["outlet"] == "admin"
    with open_store(desk.settings.db) as store:
        body = " ".join(row["text"] for row in store.query("SELECT text FROM sentences ORDER BY id"))
    assert "coalition" in body.lower() and len(body) > TEXT_BOX_CHARS // 2


def test_a_malformed_link_is_shown_under_its_box_and_nothing_is_added(desk: RunningApp) -> None:
    response = desk.interact(submission(ADMIN, ARTICLE, url="politico dot eu"))
    errors = json.loads(response.body)
    assert errors["response_action"] == "errors"
    assert "`politico dot eu` is not a web address" in errors["errors"]["url"]
    assert articles_on_disk(desk) == []


def test_an_empty_form_asks_for_the_text(desk: RunningApp) -> None:
    errors = json.loads(desk.interact(submission(ADMIN, "   ")).body)
    assert errors["errors"] == {"text_1": "Paste the article's text here."}


def test_a_reporter_who_somehow_submits_the_form_is_refused_and_nothing_is_added(desk: RunningApp) -> None:
    desk.interact(submission(REPORTER, ARTICLE))
    assert "Only desk admins can add articles" in dm_to(desk, REPORTER)
    assert articles_on_disk(desk) == []


def test_the_form_keeps_within_slack_limits() -> None:
    form = paste_form()
    assert len(form["title"]["text"]) <= 24 and len(form["blocks"]) <= 100
    boxes = [b for b in form["blocks"] if b.get("block_id", "").startswith("text_")]
    assert len(boxes) == TEXT_BOXES
    assert all(b["element"]["max_length"] <= 3000 for b in boxes)
    assert [b["optional"] for b in boxes] == [False] + [True] * (TEXT_BOXES - 1)
