"""Re-analysis: after the desk edits a list, the stored sentences are analysed again, without the files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.analysis import analyze
from bot.cli import main
from bot.config import DATA_DIR
from bot.lists import load_lexicon
from bot.reanalysis import reanalyze_all
from bot.store import Store, open_store
from bot.store.articles import insert_article
from bot.store.claims import list_claims
from tests.alert_json import alerts_json
from tests.analysis_helpers import article

NOW = "2025-06-01T09:00:00+00:00"
UNKNOWN_OFFICIAL = "Prime Minister Eamon Corrigan ruled out sending troops to Ukraine."


@pytest.fixture
def lists(tmp_path: Path) -> Path:
    """A copy of the shipped lists the desk may edit."""
    folder = tmp_path / "lists"
    folder.mkdir()
    for name in ("actors.yml", "topics.yml", "stances.yml"):
        shutil.copy(DATA_DIR / name, folder / name)
    return folder


def add_person(lists: Path, actor: str, *names: str) -> None:
    """Edit actors.yml the way a desk admin would: one more official at the head of an actor's people."""
    path = lists / "actors.yml"
    head, tail = path.read_text(encoding="utf-8").split(f"\n  {actor}:\n", 1)
    tail = tail.replace("    people: [", f"    people: [{', '.join(names)}, ", 1)
    path.write_text(f"{head}\n  {actor}:\n{tail}", encoding="utf-8")


def store_article(store: Store, lists: Path, sentences: list[str], *, published: str, name: str) -> int:
    parsed = article(sentences, published=published)
    parsed = type(parsed)(name, name, parsed.metadata, parsed.sentences, parsed.raw_bytes)
    with store.transaction() as db:
        return insert_article(db, parsed, analyze(parsed, load_lexicon(lists)), now=NOW).article_id


def claim_rows(store: Store) -> list[tuple[str, str, str, str]]:
    return [(c.source, c.actor, c.topic, c.stance) for c in list_claims(store)]


def test_a_new_official_in_the_list_turns_stored_sentences_into_claims(lists: Path, db_path: Path) -> None:
    with open_store(db_path) as store:
        store_article(store, lists, [UNKNOWN_OFFICIAL], published="2025-03-01", name="corrigan.txt")
        assert claim_rows(store) == []
        add_person(lists, "canada", "Eamon Corrigan", "Corrigan")
        summary = reanalyze_all(store, load_lexicon(lists), now=NOW)
        assert claim_rows(store) == [("corrigan.txt", "canada", "troop-contribution", "opposes")]
    assert summary["articles"] == 1 and summary["claims"] == 1


def test_removing_an_alias_takes_its_claims_away(lists: Path, db_path: Path) -> None:
    with open_store(db_path) as store:
        store_article(store, lists, ["Tusk ruled out sending troops."], published="2025-03-01", name="tusk.txt")
        assert claim_rows(store) == [("tusk.txt", "poland", "troop-contribution", "opposes")]
        path = lists / "actors.yml"
        path.write_text(path.read_text(encoding="utf-8").replace("Donald Tusk, Tusk, ", ""), encoding="utf-8")
        reanalyze_all(store, load_lexicon(lists), now=NOW)
        assert claim_rows(store) == []


def test_alerts_follow_the_new_claims(lists: Path, db_path: Path) -> None:
    with open_store(db_path) as store:
        store_article(
            store, lists, ["Corrigan backs a reassurance force in Ukraine."], published="2025-01-10", name="jan.txt"
        )
        store_article(
            store,
            lists,
            ["Canada has ruled out a reassurance force in Ukraine."],
            published="2025-03-10",
            name="mar.txt",
        )
        assert alerts_json(store) == []
        add_person(lists, "canada", "Eamon Corrigan", "Corrigan")
        summary = reanalyze_all(store, load_lexicon(lists), now=NOW)
        alerts = alerts_json(store)
    assert summary["alerts"] == 1
    assert [(a["kind"], a["actor"], a["topic"], a["new"]["source"], a["old"]["source"]) for a in alerts] == [
        ("contradiction", "canada", "reassurance-force", "mar.txt", "jan.txt")
    ]


def test_the_cli_reanalyses_with_the_lists_folder_from_the_settings(
    lists: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path) as store:
        store_article(store, lists, [UNKNOWN_OFFICIAL], published="2025-03-01", name="corrigan.txt")
    add_person(lists, "canada", "Eamon Corrigan", "Corrigan")
    monkeypatch.setenv("GUARANTEES_LISTS", str(lists))
    assert main(["--db", str(db_path), "reanalyze", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["claims"] == 1
    assert main(["--db", str(db_path), "claims", "--json"]) == 0
    [claim] = json.loads(capsys.readouterr().out)
    assert (claim["actor"], claim["topic"], claim["stance"], claim["sentence"]) == (
        "canada",
        "troop-contribution",
        "opposes",
        UNKNOWN_OFFICIAL,
    )


def test_a_broken_list_stops_reanalysis_before_anything_changes(
    lists: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path) as store:
        store_article(store, lists, ["Tusk ruled out sending troops."], published="2025-03-01", name="tusk.txt")
    (lists / "topics.yml").write_text("topics:\n  tripwire: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv("GUARANTEES_LISTS", str(lists))
    assert main(["--db", str(db_path), "reanalyze"]) == 1
    assert "topics.yml, line" in capsys.readouterr().err
    with open_store(db_path) as store:
        assert claim_rows(store) == [("tusk.txt", "poland", "troop-contribution", "opposes")]
