"""Misattribution alerts: the same quotation credited to two people, read by the real analysis from whole articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.attribution import clearly_different, person_of, same_person
from bot.cli import main
from bot.ingest import IngestOptions, ingest_bytes
from bot.store import open_store
from bot.store.articles import remove_article
from tests.alert_json import alerts_json
from tests.analysis_helpers import load_shipped_lexicon
from tests.slackharness import ADMIN, DESK, running_app, wait_for
from tests.test_mutes import delivery
from tests.test_slack_actions import click

ADDED_AT = "2025-10-01T09:00:00+00:00"
QUOTATION = "Western troops on Ukrainian soil would be a direct threat that Moscow cannot tolerate"


def page(title: str, date: str, body: str) -> bytes:
    return f"{title}\n\nBy Desk Reporter\n\n{date}\n\n{body}\n".encode()


PESKOV_IN_MAY = page(
    "Kremlin warns Europe over a reassurance force",
    "12 May 2025",
    "Moscow answered the European plans within hours on Monday.\n\n"
    f"“{QUOTATION},” Kremlin spokesman Dmitry Peskov told reporters in Moscow.",
)
ZAKHAROVA_IN_JUNE = page(
    "Russia repeats its warning to the coalition",
    "3 June 2025",
    "The foreign ministry returned to the subject at its weekly briefing.\n\n"
    f"“{QUOTATION},” Maria Zakharova said at the briefing.",
)
PESKOV_AS_THE_SPOKESMAN_IN_JUNE = page(
    "Kremlin spokesman repeats the warning",
    "4 June 2025",
    "Dmitri Peskov spoke to journalists after the Security Council met on Wednesday.\n\n"
    f"“{QUOTATION},” the Kremlin spokesman said.",
)
UNNAMED_OFFICIAL_IN_JUNE = page(
    "Moscow warns the coalition again",
    "5 June 2025",
    f"Russia kept up its warnings on Thursday.\n\n“{QUOTATION},” a Kremlin official said.",
)


def add(db: Path, *pages: tuple[str, bytes]) -> int:
    """Ingest the pages in order, as an admin would; returns how many alerts they raised."""
    options = IngestOptions(lexicon=load_shipped_lexicon(), now=ADDED_AT)
    with open_store(db) as store:
        return sum(ingest_bytes(store, data, name, options).alerts for name, data in pages)


def listed_by_cli(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(db), "alerts", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_same_quote_credited_to_two_speakers_raises_an_attribution_alert(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raised = add(db_path, ("peskov.txt", PESKOV_IN_MAY), ("zakharova.txt", ZAKHAROVA_IN_JUNE))
    [alert] = listed_by_cli(db_path, capsys)
    assert raised == 1
    assert (alert["kind"], alert["status"], alert["timing"]) == ("attribution", "pending", "reversal")
    assert alert["speakers"] == ["Maria Zakharova", "Dmitry Peskov"]
    assert QUOTATION in alert["quotation"]
    assert (alert["new"]["source"], alert["old"]["source"]) == ("zakharova.txt", "peskov.txt")
    assert (alert["new"]["speaker"], alert["old"]["speaker"]) == ("Maria Zakharova", "Dmitry Peskov")
    assert QUOTATION in alert["old"]["sentence"] and "Peskov" in alert["old"]["sentence"]
    assert alert["old"]["published"].startswith("2025-05-12")
    assert alert["new"]["published"].startswith("2025-06-03")
    assert main(["--db", str(db_path), "alerts"]) == 0
    listed = "[pending] attribution Maria Zakharova / Dmitry Peskov: zakharova.txt vs peskov.txt"
    assert listed in capsys.readouterr().out


def test_the_same_speaker_under_two_names_is_no_misattribution(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raised = add(db_path, ("peskov.txt", PESKOV_IN_MAY), ("spokesman.txt", PESKOV_AS_THE_SPOKESMAN_IN_JUNE))
    assert raised == 0
    assert listed_by_cli(db_path, capsys) == []


def test_a_quote_credited_to_an_unnamed_official_raises_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raised = add(db_path, ("peskov.txt", PESKOV_IN_MAY), ("official.txt", UNNAMED_OFFICIAL_IN_JUNE))
    assert raised == 0
    assert listed_by_cli(db_path, capsys) == []


def test_a_misattribution_is_posted_with_the_buttons_and_a_dismissal_holds(tmp_path: Path) -> None:
    with running_app(tmp_path) as desk:
        deliver = delivery(desk)
        add(desk.settings.db, ("peskov.txt", PESKOV_IN_MAY), ("zakharova.txt", ZAKHAROVA_IN_JUNE))
        [posted] = deliver()
        [message] = [c.body for c in desk.slack.calls_to("chat.postMessage") if c.body["channel"] == DESK]
        [alert] = [a["id"] for a in alert_list(desk.settings.db)]
        desk.interact(click("alert_dismiss", str(alert), user=ADMIN, response_url=desk.response_url("clicked")))
        wait_for(lambda: desk.slack.calls_to("chat.update"), "update the alert message")
        with open_store(desk.settings.db) as store:
            remove_article(store, "zakharova.txt")
        again = add(desk.settings.db, ("zakharova.txt", ZAKHAROVA_IN_JUNE))
    assert posted.startswith("Misattribution: *“Western troops on Ukrainian soil would be")
    assert "was credited to Dmitry Peskov (peskov.txt, 12 May 2025), now credited to Maria Zakharova" in posted
    actions = [b for b in message["blocks"] if b["type"] == "actions"]
    assert [e["action_id"] for e in actions[0]["elements"]] == ["alert_confirm", "alert_dismiss"]
    assert again == 0


def alert_list(db: Path) -> list[dict]:
    with open_store(db) as store:
        return alerts_json(store)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Zelensky", "Volodymyr Zelenskyy"), ("Dmitry Peskov", "Dmitri Peskov"), ("Šakalienė", "Dovile Sakaliene")],
)
def test_one_person_under_two_spellings_is_the_same_speaker(one: str, other: str) -> None:
    a, b = person_of(one), person_of(other)
    assert a is not None and b is not None
    assert same_person(a, b) and not clearly_different(a, b)


@pytest.mark.parametrize(
    ("one", "other", "different"),
    [
        ("Maria Zakharova", "Dmitry Peskov", True),
        ("Andriy Yermak", "Oleh Yermak", True),  # one surname, two plainly different first names
        ("Andrii Sybiha", "Andriy Sibiga", False),  # far apart as spelt, yet maybe one name: left alone
        ("Keir Starmer", "K. Starmer", False),
    ],
)
def test_only_people_clearly_different_by_name_are_told_apart(one: str, other: str, different: bool) -> None:
    a, b = person_of(one), person_of(other)
    assert a is not None and b is not None
    assert clearly_different(a, b) is different


BRIEFING = (
    "Moscow answered the European plans within hours on Monday, as diplomats gathered in Paris.\n\n"
    "The coalition of the willing has discussed a reassurance force for months without settling its size.\n\n"
    "Officials in several capitals said the talks would resume after the summer, once the ministers had met.\n\n"
    "The Kremlin has repeated its objections at every stage of the talks, in briefings and interviews alike.\n\n"
)


def test_a_copy_of_a_story_that_credits_its_quote_to_someone_else_is_not_set_against_its_story(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A re-scrape under another masthead that garbles the speaker is the same report, not a second one."""
    story = page(
        "Kremlin warns Europe", "12 May 2025", f"{BRIEFING}“{QUOTATION},” Kremlin spokesman Dmitry Peskov said."
    )
    garbled = page(
        "Kremlin warns Europe | Other Wire", "13 May 2025", f"{BRIEFING}“{QUOTATION},” Maria Zakharova said."
    )
    assert add(db_path, ("story.txt", story), ("garbled-copy.txt", garbled)) == 0
    assert listed_by_cli(db_path, capsys) == []
    with open_store(db_path) as store:
        assert store.conn.execute("SELECT count(DISTINCT story_group) FROM article_copies").fetchone()[0] == 1
