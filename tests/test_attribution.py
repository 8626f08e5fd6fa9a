"""Misattribution alerts: the same quotation credited to two people, read by the real analysis from whole articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.ingest import IngestOptions, ingest_bytes
from bot.store import open_store
from tests.analysis_helpers import load_shipped_lexicon

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


def alerts_json(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(db), "alerts", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_same_quote_credited_to_two_speakers_raises_an_attribution_alert(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raised = add(db_path, ("peskov.txt", PESKOV_IN_MAY), ("zakharova.txt", ZAKHAROVA_IN_JUNE))
    [alert] = alerts_json(db_path, capsys)
    assert raised == 1
    assert (alert["kind"], alert["status"], alert["timing"]) == ("attribution", "pending", "reversal")
    assert alert["speakers"] == ["Maria Zakharova", "Dmitry Peskov"]
    assert QUOTATION in alert["quotation"]
    assert (alert["new"]["source"], alert["old"]["source"]) == ("zakharova.txt", "peskov.txt")
    assert (alert["new"]["speaker"], alert["old"]["speaker"]) == ("Maria Zakharova", "Dmitry Peskov")
    assert QUOTATION in alert["old"]["sentence"] and "Peskov" in alert["old"]["sentence"]
    assert alert["old"]["published"].startswith("2025-05-12")
    assert alert["new"]["published"].startswith("2025-06-03")


def test_the_same_speaker_under_two_names_is_no_misattribution(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raised = add(db_path, ("peskov.txt", PESKOV_IN_MAY), ("spokesman.txt", PESKOV_AS_THE_SPOKESMAN_IN_JUNE))
    assert raised == 0
    assert alerts_json(db_path, capsys) == []


def test_a_quote_credited_to_an_unnamed_official_raises_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raised = add(db_path, ("peskov.txt", PESKOV_IN_MAY), ("official.txt", UNNAMED_OFFICIAL_IN_JUNE))
    assert raised == 0
    assert alerts_json(db_path, capsys) == []
