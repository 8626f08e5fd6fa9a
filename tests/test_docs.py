"""The README and the help keep up with the code: every `guarantees` subcommand, every `/guarantees` question."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from bot.answering import answer_question
from bot.cli import build_parser, main
from bot.config import DATA_DIR, PROJECT_ROOT
from bot.lists import load_lexicon
from bot.questions.subcommands import COMMANDS
from bot.render.blocks import answer_blocks
from bot.store import open_store

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
QUESTIONS = [spec.name for spec in COMMANDS]
CONSOLE_QUESTIONS = ["explain"]  # asked at the console only, beside the /guarantees questions
SUBCOMMANDS = re.findall(r"^    (\w+)\b", build_parser().format_help(), re.MULTILINE)  # as --help lists them


def section(title: str) -> str:
    """The README's text under `## title`, up to the next section."""
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end > 0 else None]


def test_help_lists_every_subcommand_of_the_command_line() -> None:
    parsers = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert sorted(SUBCOMMANDS) == sorted(parsers)


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_subcommand_is_in_the_readme(name: str) -> None:
    assert re.search(rf"`guarantees [^`]*\b{name}\b", section("The command line"))


@pytest.mark.parametrize("name", [*QUESTIONS, *CONSOLE_QUESTIONS])
def test_every_question_is_in_the_readme(name: str) -> None:
    assert re.search(rf"`{re.escape(name)}\b", section("Asking questions"))


def test_help_in_slack_lists_every_question(db_path: Path) -> None:
    with open_store(db_path) as store:
        shown = str(answer_blocks(answer_question(store, "help", load_lexicon(DATA_DIR))))
    assert [name for name in QUESTIONS if f"{name}" not in shown] == []


def test_help_at_the_console_lists_every_question_and_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GUARANTEES_CORPUS", str(tmp_path / "no-corpus"))
    monkeypatch.setattr("sys.stdin", io.StringIO("help\nquit\n"))
    assert main(["--db", str(tmp_path / "index.db"), "console"]) == 0
    shown = capsys.readouterr().out.split("guarantees> ", 1)[1]
    assert [name for name in QUESTIONS if not re.search(rf"^  {re.escape(name)}\b", shown, re.MULTILINE)] == []
    assert [name for name in CONSOLE_QUESTIONS if f"`{name} " not in shown] == []
