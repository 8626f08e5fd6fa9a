"""`guarantees explain`: why each sentence gave the claims it did, or none, for indexed articles and plain files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

STORY = """Ministers weigh a peacekeeping force

Norway will not send troops to Ukraine, its defence minister said on Monday.
Canada could be ready to send troops, officials say.
The weather in Oslo was cold.
"""


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "norway.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def explained_sentence(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    """`explain --json` of a file holding a title and this one sentence: the sentence's explanation."""
    path = tmp_path / "one.txt"
    path.write_text(f"A title\n\n{text}\n", encoding="utf-8")
    assert main(["--db", str(db_path), "explain", str(path), "--json"]) == 0
    [sentence] = json.loads(capsys.readouterr().out)["sentences"]
    return sentence


def test_explaining_a_file_shows_holder_cue_negation_and_the_claim(
    story: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "explain", str(story)]) == 0
    out = capsys.readouterr().out
    assert "cue “will not send” · holder Norway → norway (stated) · negation “not” · topic troop-contribution" in out
    assert "→ norway opposes troop-contribution (stated)" in out
    assert "no claim: speculation (“could”, “might”, “may”)" in out
    assert "The weather in Oslo" not in out  # a sentence with neither a cue nor a topic is only counted
    assert "1 with neither" in out


def test_explaining_an_indexed_article_by_its_file_name_gives_the_same_json(
    story: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(db_path), "explain", str(story), "--json"])
    from_file = json.loads(capsys.readouterr().out)
    assert main(["--db", str(db_path), "ingest", str(story)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "explain", "norway.txt", "--json"]) == 0
    from_index = json.loads(capsys.readouterr().out)
    assert from_index == from_file
    claims = [claim for s in from_index["sentences"] for cue in s["cues"] for claim in cue["claims"]]
    assert claims == [
        {"actor": "norway", "topic": "troop-contribution", "stance": "opposes", "confidence": "stated", "kept": True}
    ]


def test_a_claim_another_cue_of_the_sentence_outranks_is_shown_set_aside(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Hegseth said that no decision had yet been made on air support for the mission."
    sentence = explained_sentence(tmp_path, db_path, capsys, text)
    given = {(c["stance"], c["kept"]) for cue in sentence["cues"] for c in cue["claims"]}
    assert given == {("noncommittal", True), ("opposes", False)}  # only the undecided one is stored
    path = tmp_path / "one.txt"
    assert main(["--db", str(db_path), "explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        "→ united-states opposes us-backstop (stated) · set aside: the sentence's “no decision” gives noncommittal"
        in out
    )


def test_explaining_an_unknown_article_says_what_to_type(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "explain", "nowhere.txt"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "guarantees: No article `nowhere.txt` in the index. `articles` lists the ids and file names."


def test_a_cue_with_nothing_to_be_about_is_not_parsed_and_explain_says_why(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sentence = explained_sentence(tmp_path, db_path, capsys, "Norway rejected the budget on Monday.")
    assert sentence["no_claim"] == "nothing the cue could be about: no topic, no troops, no word pointing back to one"


def test_they_in_a_relative_clause_is_not_a_single_name_before_it(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Trump will not provide the guarantees they have sought, officials said."
    sentence = explained_sentence(tmp_path, db_path, capsys, text)
    holders = {cue["cue"]: [h["actor"] for h in cue["holders"]] for cue in sentence["cues"]}
    assert holders == {"will not provide": ["united-states"], "sought": []}  # those who sought them are not Trump


def test_a_cue_set_aside_after_the_parse_is_shown_with_its_reason(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Dutch troops will take part in the winter exercise, the Dutch minister said."
    sentence = explained_sentence(tmp_path, db_path, capsys, text)
    [cue] = sentence["cues"]
    assert cue["cue"] == "take part in"
    assert cue["no_claim"] == "what the cue's preposition names is no topic (“took part in a meeting”)"


def test_a_dateline_is_no_part_of_the_first_sentences_subject(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "BRUSSELS (AP) - A draft statement prepared for Thursday's meeting of the coalition of the willing commits "
        'participants to "contribute to the reassurance force", according to a copy seen by The Associated Press.'
    )
    sentence = explained_sentence(tmp_path, db_path, capsys, text)
    claims = [claim for cue in sentence["cues"] for claim in cue["claims"]]
    assert not any(claim["actor"].startswith("outlet:") for claim in claims)
