"""Charts on disk: `guarantees ask ... --chart FILE` writes the PNG, the console saves one per chart answer."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from bot.cli import main
from bot.config import PROJECT_ROOT
from bot.render.chart import chart_size
from bot.store import open_store
from tests.desk_archive import Said, add_article
from tests.newsroom import DESK, store_stories
from tests.test_console import Terminal


@pytest.fixture
def desk_db(tmp_path: Path) -> Path:
    db = tmp_path / "desk.db"
    store_stories(db, DESK)
    return db


def test_ask_with_chart_writes_the_png_of_the_topic(
    desk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "charts" / "tripwire.png"
    assert main(["--db", str(desk_db), "ask", "topic reassurance force", "--chart", str(out)]) == 0
    printed = capsys.readouterr()
    assert "Russia" in printed.out  # the answer is printed as ever
    assert f"chart written to {out}" in printed.err
    assert Image.open(io.BytesIO(out.read_bytes())).size == chart_size(3)  # Russia, the coalition, the UK


def test_ask_with_chart_of_an_answer_without_one_says_so(
    desk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "quote.png"
    assert main(["--db", str(desk_db), "ask", "quote muscle up", "--chart", str(out)]) == 1
    assert "Only `topic NAME` and `actor NAME` answers" in capsys.readouterr().err
    assert not out.exists()


def test_ask_with_chart_on_undated_statements_only_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, out = tmp_path / "undated.db", tmp_path / "tripwire.png"
    with open_store(db) as store:
        add_article(store, "undated.txt", said=(Said("france", "tripwire", "opposes", "France rejects a tripwire."),))
    assert main(["--db", str(db), "ask", "topic tripwire", "--chart", str(out)]) == 1
    assert "none of its statements is dated" in capsys.readouterr().err
    assert not out.exists()


def test_drawing_writes_nothing_in_the_home_folder_only_in_the_temporary_one(desk_db: Path, tmp_path: Path) -> None:
    home, temporary, out = tmp_path / "home", tmp_path / "tmp", tmp_path / "chart.png"
    home.mkdir()
    temporary.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GUARANTEES_", "MPL", "XDG_"))}
    env |= {"HOME": str(home), "TMPDIR": str(temporary), "PYTHONPATH": str(PROJECT_ROOT)}
    command = [sys.executable, "-m", "bot.cli", "--db", str(desk_db), "ask", "topic reassurance force", "--chart"]
    done = subprocess.run([*command, str(out)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert Image.open(out).format == "PNG"
    assert list(home.iterdir()) == []  # no ~/.cache/matplotlib, no ~/.config/matplotlib
    assert [p.name for p in temporary.iterdir()] == [f"guarantees-matplotlib-{os.getuid()}"]


def test_the_console_saves_the_chart_and_says_where(desk_db: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GUARANTEES_", "SLACK_"))}
    terminal = Terminal(env | {"GUARANTEES_DB": str(desk_db), "TERM": "xterm"})
    try:
        terminal.expect(r"guarantees> ")
        terminal.type("actor united states\n")
        saved = desk_db.parent / "charts" / "united-states-stances.png"
        assert f"Chart saved to {saved}" in terminal.expect(r"guarantees> ")
        assert Image.open(saved).format == "PNG"
        terminal.type("actor united states chart off\n")
        assert "Chart saved" not in terminal.expect(r"guarantees> ")
        terminal.type("quit\n")
        assert terminal.exit_code() == 0
    finally:
        terminal.close()
