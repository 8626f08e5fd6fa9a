"""Every admin action, tried by everyone: only a desk admin of this workspace gets it done; for anyone else the index
is left exactly as it was (and no form opens, no file is downloaded).

Actions: `/guarantees add` (opens the paste form), `remove`, `set`, the paste form's submission, an alert's confirm
button, and a file shared with the bot. People: the admin; a member; a guest; a user of another workspace; the
admin's user id sent from another workspace; and a request whose user cannot be made out (no user id in it).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from bot.app.workspace import OTHER_WORKSPACE
from bot.store import open_store
from bot.store.articles import ArticleRow, list_articles
from tests.alert_json import alerts_json
from tests.reliability.integrity import fingerprint
from tests.slackharness import (
    ADMIN,
    DESK,
    DM,
    Response,
    RunningApp,
    add_a_shift,
    event_envelope,
    running_app,
    wait_for,
)
from tests.test_slack_actions import click
from tests.test_slack_views import submission

ARTICLE = (
    "Europe weighs a reassurance force\n\n"
    "European defence ministers met in Paris on Tuesday to discuss a reassurance force for Ukraine.\n\n"
    "Poland will not send troops to Ukraine, Prime Minister Donald Tusk said in Warsaw.\n"
)
PASTED = (
    "France weighs its part\n\n"
    "French officials said on Monday that France would lead a reassurance force for Ukraine after a ceasefire.\n"
)
PEOPLE = {  # who: (user id, their workspace)
    "admin": (ADMIN, "T1"),
    "member": ("UREPORT1", "T1"),
    "guest": ("UGUEST1", "T1"),
    "user of another workspace": ("UOTHER1", "T2"),
    "admin's id from another workspace": (ADMIN, "T2"),
    "failed look-up": ("", "T1"),
}
ACTIONS = ("add", "remove", "set", "paste form", "alert button", "upload")


class Desk:
    """The app on an index with a shift on record (one alert), driven as any user of any workspace."""

    def __init__(self, app: RunningApp) -> None:
        self.app = app

    def slash(self, text: str, user: str, team: str) -> Response:
        form = {
            "team_id": team,
            "channel_id": DESK,
            "command": "/guarantees",
            "text": text,
            "response_url": self.app.response_url(f"reply-{text.split()[0]}"),
            "trigger_id": "trigger-1",
            **({"user_id": user} if user else {}),
        }
        return self.app.post(urlencode(form).encode(), "application/x-www-form-urlencoded")

    def interact(self, payload: dict[str, Any], user: str, team: str) -> Response:
        payload = {**payload, "team": {"id": team}, "user": {"id": user, "team_id": team}}
        if not user:
            del payload["user"]
        return self.app.interact(payload)

    def share(self, user: str, team: str) -> Response:
        path = "/files-pri/T1-F7/download/europe.txt"
        self.app.slack.files[path] = ARTICLE.encode()
        shared = {"id": "F7", "name": "europe.txt", "url_private_download": self.app.slack.base + path}
        event = {"type": "message", "subtype": "file_share", "channel": DM, "channel_type": "im", "ts": "1700000900.1"}
        event.update({"files": [shared], "user_team": team, **({"user": user} if user else {})})
        envelope = {**event_envelope(event, f"Ev{time.monotonic_ns()}"), "team_id": team}
        return self.app.post(json.dumps(envelope).encode(), "application/json")

    def act(self, action: str, user: str, team: str, *, article: str = "1") -> Response:
        """`user` of `team` tries `action` (on `article`, for remove and set); Slack's view of the acknowledgement."""
        if action == "add":
            return self.slash("add", user, team)
        if action == "remove":
            return self.slash(f"remove {article}", user, team)
        if action == "set":
            return self.slash(f"set {article} title Corrected by someone", user, team)
        if action == "paste form":
            return self.interact(submission(user or "U0", PASTED), user, team)
        if action == "alert button":
            with open_store(self.app.settings.db) as store:
                alert = alerts_json(store)[0]["id"]
            clicked = click("alert_confirm", str(alert), user=user or "U0", response_url=self.app.response_url("c"))
            return self.interact(clicked, user, team)
        return self.share(user, team)

    def articles(self) -> dict[str, ArticleRow]:
        with open_store(self.app.settings.db) as store:
            return {a.source: a for a in list_articles(store)}

    def refusals(self) -> list[str]:
        """What the bot told people about admin actions they may not take (to whoever it could address)."""
        return [str(c.body.get("text")) for c in self.app.slack.calls if "Only desk admins" in str(c.body.get("text"))]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with running_app(tmp_path) as app:
        add_a_shift(app.settings)
        yield Desk(app)


@pytest.mark.parametrize("who", [p for p in PEOPLE if p != "admin"])
def test_no_one_but_a_desk_admin_of_this_workspace_changes_anything(desk: Desk, who: str) -> None:
    user, team = PEOPLE[who]
    before = fingerprint(desk.app.settings.db, leave_out=("slack_events",))
    acks = {action: desk.act(action, user, team) for action in ACTIONS}
    assert all(ack.status == 200 for ack in acks.values()), acks
    if team == "T1":  # each refusal is said, to the user when the request names one: then all is done
        wait_for(lambda: len(desk.refusals()) == len(ACTIONS), "refuse every action")
    else:  # refused as the request arrives, before any listener runs
        assert all(ack.body == OTHER_WORKSPACE for ack in acks.values()), acks
        assert desk.refusals() == []
    assert fingerprint(desk.app.settings.db, leave_out=("slack_events",)) == before
    assert desk.app.slack.calls_to("views.open") == [], "the paste form opened"
    assert [c for c in desk.app.slack.calls if c.method.startswith("GET ")] == [], "the shared file was downloaded"


def test_a_desk_admin_gets_every_action_done(desk: Desk) -> None:
    user, team = PEOPLE["admin"]
    slack = desk.app.slack
    desk.act("add", user, team)
    wait_for(lambda: slack.calls_to("views.open"), "open the paste form")
    desk.act("set", user, team, article="sabah.txt")
    wait_for(lambda: desk.articles()["sabah.txt"].title == "Corrected by someone", "correct the title")
    desk.act("alert button", user, team)
    wait_for(lambda: slack.calls_to("chat.update"), "record the decision")
    with open_store(desk.app.settings.db) as store:
        assert [a["status"] for a in alerts_json(store)] == ["confirmed"]
    desk.act("paste form", user, team)
    (pasted,) = wait_for(lambda: [s for s in desk.articles() if s.startswith("pasted-")], "index the pasted article")
    desk.act("upload", user, team)
    wait_for(lambda: "europe.txt" in desk.articles(), "index the shared file")
    desk.act("remove", user, team, article=pasted)
    wait_for(lambda: pasted not in desk.articles(), "remove the pasted article")
    assert desk.refusals() == []
