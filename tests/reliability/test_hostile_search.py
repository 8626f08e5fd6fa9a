"""Any question at all gets an answer or a clear message, and SQL- or FTS-looking input is only ever text.

Hypothesis generates the phrases typed after each subcommand (arbitrary Unicode, FTS5 syntax, SQL fragments, very
long ones): the answer is built and rendered for Slack, the terminal and JSON, or the question is refused with a
UserError, and nothing else ever escapes. The suite runs 2,000 of them; GUARANTEES_FULL=1 runs 10,000.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answering import answer_question
from bot.errors import UserError
from bot.render.blocks import answer_blocks
from bot.render.json import answer_json
from bot.render.text import answer_text
from bot.store import Store, open_store
from bot.store.articles import list_articles, set_field
from tests.reliability.crash import index_archive
from tests.reliability.ingest_child import OPTIONS
from tests.reliability.integrity import fingerprint

FULL = os.environ.get("GUARANTEES_FULL") == "1"
EXAMPLES = 10_000 if FULL else 2_000
SUBCOMMANDS = ("quote ", "who-supports ", "who-opposes ", "actor ", "topic ", "articles ", "alerts ", "help ", "")
SYNTAX = (
    '"', "'", "AND", "OR", "NOT", "NEAR(", "NEAR/2", ")", "(", "*", "^", ":", "-", "+", "{", "}", ";", "--", "/*",
    "%", "_", "\\", "\x00", "sentences_fts", "DROP TABLE articles", "' OR '1'='1", "\u202e", "\ufeff", "&", "<", ">",
)  # fmt: skip
SQL_LOOKING = (
    "quote '; DROP TABLE articles; --",
    'quote " OR 1=1 --',
    "quote sentences_fts MATCH '*'",
    "quote NEAR(europe troops, 2) OR *",
    "articles %",
    "articles _",
    "articles %' OR '1'='1",
    "actor x'); DELETE FROM claims; --",
    "topic \\'; UPDATE articles SET title = NULL; --",
    "who-supports ') UNION SELECT body FROM articles --",
)
words = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
phrases = st.one_of(
    words,
    st.lists(st.one_of(words, st.sampled_from(SYNTAX)), max_size=8).map(" ".join),
    st.text(max_size=3000),
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The seeds and 60 synthetic articles, indexed."""
    workdir = tmp_path_factory.mktemp("hostile-search")
    index_archive(workdir / "guarantees.db", workdir, 60, seed=17)
    yield workdir / "guarantees.db"


@pytest.fixture(scope="module")
def store(index: Path) -> Iterator[Store]:
    with open_store(index) as opened:
        yield opened


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not FULL,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(subcommand=st.sampled_from(SUBCOMMANDS), phrase=phrases)
def test_any_phrase_after_any_subcommand_is_answered_or_refused_with_a_message(
    store: Store, subcommand: str, phrase: str
) -> None:
    try:
        answer = answer_question(store, subcommand + phrase, OPTIONS.lexicon)
    except UserError as refusal:
        assert refusal.message.strip()
        return
    message = answer_blocks(answer)
    assert len(message["blocks"]) <= 50
    assert all(len(block.get("text", {}).get("text", "")) <= 3000 for block in message["blocks"])
    answer_text(answer)
    answer_json(answer)


@pytest.mark.parametrize("question", SQL_LOOKING)
def test_sql_and_fts_looking_questions_change_nothing(index: Path, store: Store, question: str) -> None:
    before = fingerprint(index)
    with contextlib.suppress(UserError):  # a refusal is fine; a change is not
        answer_question(store, question, OPTIONS.lexicon)
    assert fingerprint(index) == before


def test_like_wildcards_in_an_articles_search_match_only_themselves(store: Store) -> None:
    assert list_articles(store, "Caliber")  # an outlet of the corpus
    assert list_articles(store, "%") == list_articles(store, "C_liber") == list_articles(store, "Cal%er") == []


def test_an_sql_looking_correction_is_stored_as_typed_and_touches_nothing_else(tmp_path: Path, index: Path) -> None:
    copy = tmp_path / "copy.db"
    with sqlite3.connect(index) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    hostile = "Kyiv'); DROP TABLE articles; UPDATE claims SET stance = 'supports' --"
    with open_store(copy) as store:
        before = [replace(a, title=None, provenance={}) for a in list_articles(store)]
        corrected = set_field(store, "1", "title", hostile)
        after = [replace(a, title=None, provenance={}) for a in list_articles(store)]
        stances = store.query("SELECT stance, count(*) AS n FROM claims GROUP BY stance")
    assert corrected.title == hostile
    assert after == before
    with open_store(index) as original:
        assert stances == original.query("SELECT stance, count(*) AS n FROM claims GROUP BY stance")
