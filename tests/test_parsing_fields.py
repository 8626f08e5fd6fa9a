"""A desk admin corrects an article's metadata: checked values, recorded as coming from an admin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import UserError
from bot.parsing.fields import normalise_field
from bot.store import open_store
from bot.store.articles import find_article
from tests.conftest import SEEDS

UNDATED = SEEDS / "003_d3d039583e9e291b.txt"


@pytest.mark.parametrize(
    ("field", "value", "stored"),
    [
        ("date", "20 February 2025", ("published", "2025-02-20")),
        ("Published", "2025-02-20 21:18", ("published", "2025-02-20T21:18:00")),
        ("outlet", "  Daily   Sabah ", ("outlet", "Daily Sabah")),
        ("url", "<https://www.dailysabah.com/x|Daily Sabah>", ("url", "https://www.dailysabah.com/x")),
        ("title", "", ("title", None)),
        ("author", "Jane\u202e Doe", ("author", "Jane Doe")),
    ],
)
def test_values_are_checked_and_stored_in_one_form(field: str, value: str, stored: tuple[str, str | None]) -> None:
    assert normalise_field(field, value) == stored


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date", "next tuesday", "`next tuesday` is not a date I can read."),
        ("date", "03/04/2025", "`03/04/2025` is not a date I can read."),
        ("url", "dailysabah.com/x", "`dailysabah.com/x` is not a web address."),
        ("colour", "red", "I can't set `colour` on an article."),
        ("title", "x" * 301, "That title is 301 characters long."),
    ],
)
def test_a_value_that_cannot_be_stored_is_refused_with_what_was_typed(field: str, value: str, message: str) -> None:
    with pytest.raises(UserError) as refused:
        normalise_field(field, value)
    assert refused.value.message == message
    assert refused.value.hint


def test_setting_a_date_from_the_command_line_records_it_as_an_admin_correction(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    assert main(["--db", str(db_path), "ingest", str(UNDATED)]) == 0
    assert main(["--db", str(db_path), "set", UNDATED.name, "date", "26", "August", "2025", "--json"]) == 0
    capsys.readouterr()
    with open_store(db_path) as store:
        article = find_article(store, UNDATED.name)
    assert article.published == "2025-08-26"
    assert article.provenance == {"published": "admin"}
    assert main(["--db", str(db_path), "articles", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["published"] == "2025-08-26"


def test_a_bad_date_on_the_command_line_says_so_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    assert main(["--db", str(db_path), "ingest", str(UNDATED)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "set", UNDATED.name, "date", "last", "week"]) == 1
    assert "`last week` is not a date I can read." in capsys.readouterr().err
    with open_store(db_path) as store:
        assert find_article(store, UNDATED.name).published is None
