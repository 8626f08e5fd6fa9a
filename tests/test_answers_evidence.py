"""Why an actor stands where it does, shown in answers: the cue in bold and how each claim was found."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answering import answer_question
from bot.cli import main
from bot.render.blocks import answer_blocks
from bot.store import open_store
from tests.analysis_helpers import load_shipped_lexicon

ROOT = Path(__file__).resolve().parent.parent
STORY = """Nordic capitals split over a peacekeeping force

Norway has ruled out sending troops to Ukraine, its defence minister said on Monday.
Trump said Putin accepts a European peacekeeping force.
"""


@pytest.fixture
def indexed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    story = tmp_path / "nordic.txt"
    story.write_text(STORY, encoding="utf-8")
    db = tmp_path / "desk.db"
    assert main(["--db", str(db), "ingest", str(story)]) == 0
    capsys.readouterr()
    return db


def test_the_cue_is_bold_and_a_reported_claim_says_so_in_the_text_answer(
    indexed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(indexed), "ask", "who-opposes troop-contribution"]) == 0
    assert "Norway has *ruled out* sending troops to Ukraine" in capsys.readouterr().out
    assert main(["--db", str(indexed), "ask", "who-supports reassurance force"]) == 0
    out = capsys.readouterr().out
    assert "Trump said Putin *accepts* a European peacekeeping force." in out and "reported" in out


def test_answers_in_json_carry_the_cue_and_how_the_claim_was_found(
    indexed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(indexed), "ask", "who-supports reassurance force", "--json"]) == 0
    [russia] = json.loads(capsys.readouterr().out)["groups"]["supports"]
    [quote] = russia["quotes"]
    assert (russia["actor"], quote["cue"], quote["confidence"]) == ("russia", "accepts", "reported")


def test_slack_blocks_bold_the_cue_inside_the_escaped_quote(indexed: Path) -> None:
    with open_store(indexed) as store:
        answer = answer_question(store, "who-opposes troop-contribution", load_shipped_lexicon())
    text = json.dumps(answer_blocks(answer))
    assert "Norway has *ruled out* sending troops to Ukraine" in text


def test_answering_a_question_never_loads_the_parser(indexed: Path) -> None:
    code = (
        "import sys; from bot.cli import main; "
        f"main(['--db', {str(indexed)!r}, 'ask', 'who-opposes troop-contribution']); "
        "print('SPACY' if 'spacy' in sys.modules else 'NO SPACY')"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().endswith("NO SPACY")
