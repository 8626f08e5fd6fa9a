"""Who may touch the database: SQL runs only in bot/store/; answers read the store they are given, never write;
the core (parsing, analysis, contradictions, quote matching, questions, render) takes values and never sees
the store."""

from __future__ import annotations

import ast
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.answering import answer_question
from bot.config import PROJECT_ROOT
from bot.store import open_store
from tests.newsroom import DESK, LEXICON, store_stories
from tests.test_architecture import imports

THE_STORE = "bot/store/"
# The core takes values and returns values (DESIGN, "Rules of the house"); `bot/answering/` are use cases over it.
THE_CORE = (
    "bot/parsing/",
    "bot/analysis/",
    "bot/render/",
    "bot/contradictions.py",
    "bot/copies.py",
    "bot/quote_matching.py",
    "bot/model.py",
    "bot/lexicon.py",
    "bot/lists.py",
    "bot/questions/",
)
DATABASE_MODULES = ("bot.store", "sqlite3", "sqlite_utils")
RUNS_SQL = {"execute", "executemany", "executescript", "query"}  # methods of a connection, or of the Store
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|WITH)\b")
OPENS_OR_WRITES = {"open_store", "transaction", "rehearsal", "checkpoint", "backup"}


def sources() -> Iterator[tuple[str, ast.AST]]:
    """(file relative to the project, parsed module) for every module of bot/ and handlers/."""
    for package in ("bot", "handlers"):
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            relative = path.relative_to(PROJECT_ROOT).as_posix()
            yield relative, ast.parse(path.read_text(encoding="utf-8"), relative)


def sql_uses(tree: ast.AST) -> Iterator[str]:
    """Calls that run SQL, and string literals that are SQL statements, with their line."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RUNS_SQL:
            yield f"line {node.lineno}: .{node.func.attr}(...)"
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            yield f"line {node.lineno}: {node.value[:40]!r}"


def used_names(tree: ast.AST) -> set[str]:
    """Every name and attribute a module uses."""
    return {
        node.id if isinstance(node, ast.Name) else node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Name | ast.Attribute)
    } | {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names}


def test_no_module_outside_the_store_runs_sql() -> None:
    found = [f"{file} {use}" for file, tree in sources() if not file.startswith(THE_STORE) for use in sql_uses(tree)]
    assert found == []


def test_the_sql_guard_sees_the_store_running_sql() -> None:
    store = dict(sources())
    assert any(".execute(" in use for use in sql_uses(store["bot/store/articles.py"]))
    assert any("SELECT" in use for use in sql_uses(store["bot/store/claims.py"]))


def test_the_core_never_imports_the_store_or_a_database() -> None:
    assert all((PROJECT_ROOT / path).exists() for path in THE_CORE)  # a renamed module must be listed again
    found = sorted(
        f"{file} imports {module}"
        for file, module in imports()
        if file.startswith(THE_CORE) and module.startswith(DATABASE_MODULES)
    )
    assert found == []


def test_answers_are_given_a_store_and_never_open_one_or_write() -> None:
    found = {
        file: sorted(used_names(tree) & OPENS_OR_WRITES)
        for file, tree in sources()
        if file.startswith("bot/answering/")
    }
    assert found and {file: names for file, names in found.items() if names} == {}


@pytest.fixture
def read_only_desk(tmp_path: Path) -> Path:
    db = tmp_path / "desk.db"
    store_stories(db, DESK)
    return db


@pytest.mark.parametrize(
    "question",
    [
        "who-supports tripwire",
        "who-opposes reassurance force all",
        "actor russia",
        "actor",
        "topic us backstop",
        "quote the force would be a legitimate target",
        "articles",
        "alerts",
        "help",
    ],
)
def test_every_answer_only_reads_the_store(read_only_desk: Path, question: str) -> None:
    with open_store(read_only_desk) as store:
        store.conn.execute("PRAGMA query_only = ON")  # any write now fails
        try:
            answer_question(store, question, LEXICON)
        except sqlite3.OperationalError as exc:
            pytest.fail(f"{question!r} wrote to the index: {exc}")
