"""`guarantees console` used as a person would: typed at a real pseudo-terminal, read off the screen."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.newsroom import CALIBER_AUGUST, DAILY_SABAH, store_stories

PATIENCE = 120  # seconds to wait for the screen before calling the console stuck (a hang guard, not a speed test)
QUIET = 5  # seconds without a prompt after which a Ctrl-C is pressed again
UP_ARROW = b"\x1b[A"
CTRL_D = b"\x04"
CTRL_C = b"\x03"


def _own_terminal() -> None:
    """In the child: a session of its own with the pseudo-terminal as controlling terminal, so Ctrl-C reaches it."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _own_terminal_sigint_ignored() -> None:
    """The same, started as a background job's child is: with SIGINT ignored."""
    _own_terminal()
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Terminal:
    """The console running on a pseudo-terminal: type lines, wait for text on the screen."""

    def __init__(self, env: dict[str, str], *, sigint_ignored: bool = False) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "console"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=Path(__file__).resolve().parent.parent,
            preexec_fn=_own_terminal_sigint_ignored if sigint_ignored else _own_terminal,
        )
        os.close(slave)
        self.screen = ""
        self.cursor = 0  # where the last expected text ended: what came after it is still to be read

    def type(self, keys: str | bytes) -> None:
        os.write(self.master, keys.encode() if isinstance(keys, str) else keys)

    def interrupt(self) -> str:
        """Press Ctrl-C until the prompt shows again; returns the screen up to it.

        A Ctrl-C that lands while readline is busy with a key (not waiting for the next one) is only noticed
        at the next key: a window no typist hits, but a test typing at machine speed can, so it is pressed
        again after a quiet while.
        """
        for _ in range(PATIENCE // QUIET):
            self.type(CTRL_C)
            try:
                return self.expect(r"guarantees> ", patience=QUIET)
            except AssertionError:
                continue
        return self.expect(r"guarantees> ")

    def expect(self, pattern: str, *, patience: float = PATIENCE) -> str:
        """Read until `pattern` (a regex) shows after the last expected text; returns the screen up to it.

        Output arrives in chunks of any size, so text that came in the same chunk as the previous match
        is searched too.
        """
        deadline = time.monotonic() + patience
        start = self.cursor
        while not (found := re.compile(pattern).search(self.screen, start)):
            if time.monotonic() > deadline or not self._read():
                raise AssertionError(f"never saw {pattern!r}; the screen shows:\n{self.screen[start:][-3000:]}")
        self.cursor = found.end()
        return self.screen[start : found.end()]

    def _read(self) -> bool:
        ready, _, _ = select.select([self.master], [], [], 1)
        if not ready:
            return self.process.poll() is None
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # the console has exited and the terminal is closed
            return False
        self.screen += chunk.decode("utf-8", "replace").replace("\r\n", "\n")
        return bool(chunk)

    def exit_code(self) -> int:
        while self._read():
            pass
        return self.process.wait(timeout=PATIENCE)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self.master)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture
def console_env(tmp_path: Path, corpus: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GUARANTEES_", "SLACK_"))}
    return env | {"GUARANTEES_DB": str(tmp_path / "index.db"), "GUARANTEES_CORPUS": str(corpus), "TERM": "xterm"}


@pytest.fixture
def terminal(console_env: dict[str, str]) -> Iterator[Terminal]:
    running = Terminal(console_env)
    yield running
    running.close()


def test_first_run_indexes_the_corpus_then_answers_questions_until_ctrl_d(terminal: Terminal) -> None:
    terminal.expect(r"First run: indexing 5 articles")
    terminal.expect(r"5 added, 0 duplicates, 0 failed")
    terminal.expect(r"guarantees> ")

    terminal.type("/guarantees quote absolutly unaceptable\n")
    assert "absolutely unacceptable" in terminal.expect(r"guarantees> ")

    terminal.type("who-suports the us backstop\n")
    assert "Who supports US backstop" in terminal.expect(r"guarantees> ")

    terminal.type("articles\n")
    assert "Daily Sabah" in terminal.expect(r"guarantees> ")

    terminal.type("frobnicate\n")
    screen = terminal.expect(r"guarantees> ")
    assert "I don't know `frobnicate`." in screen and "Traceback" not in screen

    terminal.type(CTRL_D)
    assert terminal.exit_code() == 0


def test_help_and_quit(terminal: Terminal) -> None:
    terminal.expect(r"guarantees> ")
    terminal.type("help\n")
    screen = terminal.expect(r"guarantees> ")
    assert "who-supports TOPIC" in screen and "quote WORDS" in screen
    terminal.type("quit\n")
    assert terminal.exit_code() == 0


def test_ctrl_c_drops_the_line_being_typed_and_keeps_the_console_running(terminal: Terminal) -> None:
    terminal.expect(r"guarantees> ")
    terminal.type("who-supports half typed")
    terminal.expect(r"half typed")  # readline has read the keys (a Ctrl-C among unread keys throws them away)
    terminal.interrupt()
    terminal.type("help quote\n")
    terminal.expect(r"quote WORDS")  # not an answer to "who-supports half typedhelp quote"
    terminal.expect(r"guarantees> ")
    terminal.type("quit\n")
    assert terminal.exit_code() == 0


def test_ctrl_c_works_even_when_the_console_was_started_with_sigint_ignored(console_env: dict[str, str]) -> None:
    # A background job's children inherit SIGINT ignored (as a suite run with `&` does): Ctrl-C did nothing.
    terminal = Terminal(console_env, sigint_ignored=True)
    try:
        terminal.expect(r"guarantees> ")
        terminal.type("who-supports half typed")
        terminal.expect(r"half typed")
        terminal.interrupt()
        terminal.type("quit\n")
        assert terminal.exit_code() == 0
    finally:
        terminal.close()


def test_a_second_run_skips_indexing_and_remembers_the_questions_asked(console_env: dict[str, str]) -> None:
    first = Terminal(console_env)
    try:
        first.expect(r"guarantees> ")
        first.type("quote europe needs to muscle up now\n")
        first.expect(r"guarantees> ")
        first.type("quit\n")
        assert first.exit_code() == 0
    finally:
        first.close()

    second = Terminal(console_env)
    try:
        screen = second.expect(r"guarantees> ")
        assert "First run" not in screen and "5 articles indexed" in screen
        second.type(UP_ARROW + b"\n")  # the history brings back the last question
        assert "Europe needs to muscle up now" in second.expect(r"guarantees> ")
        second.type("quit\n")
        assert second.exit_code() == 0
    finally:
        second.close()


def test_an_alert_raised_while_the_console_runs_is_printed_after_the_next_answer(
    terminal: Terminal, console_env: dict[str, str]
) -> None:
    terminal.expect(r"guarantees> ")
    # Another desk member adds two articles in which Washington moves from noncommittal to supporting a backstop.
    store_stories(Path(console_env["GUARANTEES_DB"]), [DAILY_SABAH, CALIBER_AUGUST])
    terminal.type("help quote\n")
    screen = terminal.expect(r"guarantees> ")
    assert re.search(r"ALERT \d+: shift · United States on US backstop: was noncommittal .*, now supports", screen)
    terminal.type("help quote\n")
    assert "ALERT" not in terminal.expect(r"guarantees> "), "an alert is shown once"
    terminal.type("quit\n")
    assert terminal.exit_code() == 0


def test_explain_shows_how_a_bundled_article_was_read(terminal: Terminal) -> None:
    terminal.expect(r"guarantees> ")
    terminal.type("explain 1\n")
    screen = terminal.expect(r"guarantees> ")
    assert "was read:" in screen and "cue “" in screen and "→ " in screen
    terminal.type("explain nowhere.txt\n")
    assert "No article `nowhere.txt` in the index." in terminal.expect(r"guarantees> ")
    terminal.type("quit\n")
    assert terminal.exit_code() == 0
