"""The editable lists: the shipped ones load with the taxonomy's ids, and a broken one says file, line and problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.config import DATA_DIR
from bot.errors import UserError
from bot.lexicon import parse_phrase
from bot.lists import load_lexicon

TAXONOMY = Path(__file__).resolve().parents[2] / "shared" / "taxonomy.yml"


@pytest.fixture
def lists(tmp_path: Path) -> Path:
    """A copy of the shipped lists that a test may break."""
    folder = tmp_path / "lists"
    folder.mkdir()
    for name in ("actors.yml", "topics.yml", "stances.yml"):
        shutil.copy(DATA_DIR / name, folder / name)
    return folder


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def error_of(folder: Path) -> str:
    with pytest.raises(UserError) as caught:
        load_lexicon(folder)
    return caught.value.message


def test_shipped_lists_keep_every_taxonomy_id() -> None:
    lexicon = load_lexicon(DATA_DIR)
    if TAXONOMY.exists():
        taxonomy = yaml.safe_load(TAXONOMY.read_text())
        assert set(taxonomy["actors"]) <= set(lexicon.actors)
        assert set(taxonomy["topics"]) <= set(lexicon.topics)
    assert lexicon.actors["united-states"].label == "United States"
    assert lexicon.topics["us-backstop"].label == "US backstop"


def test_officials_are_aliases_of_the_actor_they_speak_for() -> None:
    actors = load_lexicon(DATA_DIR).actors
    assert {"Hegseth", "Pete Hegseth"} <= set(actors["united-states"].aliases)
    assert {"Lavrov", "Sergey Lavrov", "Sergei Lavrov"} <= set(actors["russia"].aliases)
    assert "Hegseth" in actors["united-states"].people
    assert {"Downing Street", "British"} <= set(actors["united-kingdom"].aliases)
    assert "Elysee" in actors["france"].aliases


def test_topic_phrases_in_plain_words_serve_fuzzy_questions() -> None:
    topics = load_lexicon(DATA_DIR).topics
    assert "no-fly zone" in topics["air-defence"].phrases
    assert "boots on the ground" in topics["troop-contribution"].phrases
    assert all("{" not in p for t in topics.values() for p in t.phrases)


def test_a_yaml_syntax_error_names_the_file_and_line(lists: Path) -> None:
    write(lists, "topics.yml", "topics:\n  tripwire:\n    label: Tripwire\n    phrases: [tripwire\n")
    message = error_of(lists)
    assert message.startswith("topics.yml, line ")
    assert "YAML syntax error" in message


def test_an_unknown_key_is_named_with_its_line(lists: Path) -> None:
    write(lists, "actors.yml", "actors:\n  poland:\n    label: Poland\n    alias: [Warsaw]\n")
    assert error_of(lists) == "actors.yml, line 4: unknown key `alias` in actor `poland` (expected one of: " + (
        "label, aliases, people, women, ambiguous, members)."
    )


def test_a_duplicate_actor_id_points_at_both_lines(lists: Path) -> None:
    write(
        lists, "actors.yml", "actors:\n  poland:\n    label: Poland\n    aliases: [Poland]\n  poland:\n    label: P\n"
    )
    message = error_of(lists)
    assert "line 5" in message and "first on line 2" in message and "`poland`" in message


def test_an_alias_claimed_by_two_actors_is_refused(lists: Path) -> None:
    write(
        lists,
        "actors.yml",
        "actors:\n  poland:\n    label: Poland\n    aliases: [Warsaw]\n"
        "  russia:\n    label: Russia\n    aliases: [Moscow, warsaw]\n",
    )
    message = error_of(lists)
    assert message.startswith("actors.yml, line 7:")
    assert "`warsaw` is claimed by both `poland` (line 4) and `russia`" in message


def test_a_woman_not_among_the_people_is_refused(lists: Path) -> None:
    write(
        lists,
        "actors.yml",
        "actors:\n  italy:\n    label: Italy\n    people: [Giorgia Meloni]\n    women: [Meloni]\n",
    )
    assert error_of(lists) == "actors.yml, line 5: `Meloni` is not among the people of `italy` above."


def test_an_actor_without_a_label_is_refused(lists: Path) -> None:
    write(lists, "actors.yml", "actors:\n  poland:\n    aliases: [Poland]\n")
    assert error_of(lists) == "actors.yml, line 2: the actor `poland` has no label (add `label: ...`)."


def test_other_names_of_an_unlisted_outlet_are_refused(lists: Path) -> None:
    actors = "actors:\n  poland:\n    label: Poland\n    aliases: [Poland]\n"
    text = actors + "outlets: [Reuters]\noutlet_aliases:\n  FT: [Financial Times]\n"
    write(lists, "actors.yml", text)
    assert error_of(lists) == "actors.yml, line 7: `FT` has other names listed but is not in `outlets:` (add it there)."


def test_a_phrase_that_does_not_parse_is_quoted_back(lists: Path) -> None:
    text = (DATA_DIR / "topics.yml").read_text().replace("\n      - backstop\n", "\n      - back(stop\n", 1)
    write(lists, "topics.yml", text)
    message = error_of(lists)
    assert "topics.yml, line" in message and "`back(stop`" in message and "does not parse" in message


def test_a_phrase_naming_an_unknown_actor_is_refused(lists: Path) -> None:
    text = (
        (DATA_DIR / "topics.yml")
        .read_text()
        .replace("\n      - strategic enablers\n", '\n      - "{usa} backing"\n', 1)
    )
    write(lists, "topics.yml", text)
    assert "unknown actor `usa`" in error_of(lists)


def test_a_missing_list_file_says_which(lists: Path) -> None:
    (lists / "stances.yml").unlink()
    assert "stances.yml is missing" in error_of(lists)


def test_a_stance_without_cues_is_refused(lists: Path) -> None:
    text = (DATA_DIR / "stances.yml").read_text().replace("\nnoncommittal:", "\nundecided_cues:", 1)
    write(lists, "stances.yml", text)
    assert "unknown key `undecided_cues`" in error_of(lists)


def test_phrase_syntax_alternatives_optional_groups_and_actor_slots() -> None:
    assert parse_phrase("air defence [shield|systems]") == [
        (("air",), False),
        (("defence",), False),
        (("shield", "systems"), True),
    ]
    assert parse_phrase("(rare earth|minerals) deal") == [(("rare earth", "minerals"), False), (("deal",), False)]
    assert parse_phrase("{united-states} [enough of] backing")[1] == (("enough of",), True)
    for bad in ("[optional only]", "(never closed", "a|", "{Bad id} troops"):
        with pytest.raises(ValueError):
            parse_phrase(bad)


def test_an_empty_list_file_says_what_it_should_hold(lists: Path) -> None:
    write(lists, "actors.yml", "# nothing here yet\n")
    assert error_of(lists) == "actors.yml: the file should be a mapping of `name: value` lines."


def test_an_alias_written_as_a_mapping_is_refused_with_its_line(lists: Path) -> None:
    text = "actors:\n  poland:\n    label: Poland\n    aliases:\n      - Warsaw\n      - {city: Krakow}\n"
    write(lists, "actors.yml", text)
    assert error_of(lists) == "actors.yml, line 6: each entry of aliases of `poland` should be a non-empty text."


def test_a_list_that_is_not_utf8_is_named(lists: Path) -> None:
    (lists / "stances.yml").write_bytes(b"supports: [\xff\xfe]\n")
    assert error_of(lists).startswith("Cannot read the list ") and "stances.yml" in error_of(lists)


def with_entry(folder: Path, section: str, entry: str) -> None:
    """The shipped actors.yml with one more entry, written first in its `section:` (`groups`, `regions`)."""
    shipped = (DATA_DIR / "actors.yml").read_text(encoding="utf-8")
    heading = f"\n{section}:\n"
    assert shipped.count(heading) == 1
    write(folder, "actors.yml", shipped.replace(heading, heading + entry))


def test_a_group_loads_with_its_names_and_members(lists: Path) -> None:
    with_entry(lists, "groups", "  eastern:\n    names: [Eastern flank]\n    members: [poland, lithuania]\n")
    group = next(g for g in load_lexicon(lists).groups if g.id == "eastern")
    assert (group.names, group.members) == (("Eastern flank",), ("poland", "lithuania"))


SECTIONS = pytest.mark.parametrize("section", ["groups", "regions"])  # both read by one loader, both checked


@SECTIONS
def test_a_member_that_is_no_actor_is_refused(lists: Path, section: str) -> None:
    with_entry(lists, section, "  eastern:\n    names: [Eastern flank]\n    members: [poland, narnia]\n")
    message = error_of(lists)
    assert message.startswith("actors.yml, line ")
    assert "`narnia` in the members of `eastern` is not an actor id" in message


def test_a_group_name_that_is_an_actor_alias_is_refused(lists: Path) -> None:
    with_entry(lists, "groups", "  eastern:\n    names: [vilnius]\n    members: [poland, lithuania]\n")
    assert "the name `vilnius` is already an alias of `lithuania`" in error_of(lists)


@SECTIONS
def test_one_member_is_refused(lists: Path, section: str) -> None:
    with_entry(lists, section, "  eastern:\n    names: [Eastern flank]\n    members: [poland]\n")
    kind = section.removesuffix("s")
    assert f"the {kind} `eastern` needs `names:` and at least two `members:`" in error_of(lists)


def test_a_region_loads_apart_from_the_groups(lists: Path) -> None:
    with_entry(lists, "regions", "  balkans:\n    names: [the Balkans]\n    members: [romania, hungary]\n")
    lexicon = load_lexicon(lists)
    region = next(r for r in lexicon.regions if r.id == "balkans")
    assert (region.names, region.members) == (("the Balkans",), ("romania", "hungary"))
    assert "balkans" not in {g.id for g in lexicon.groups}  # a region holds no stance of its own


def test_echo_phrases_load_and_a_broken_one_is_quoted_back(lists: Path) -> None:
    topics = load_lexicon(DATA_DIR).topics
    assert topics["security-guarantees"].echo_patterns == ("guarantees",)
    shipped = (DATA_DIR / "topics.yml").read_text()
    text = shipped.replace("\n      - guarantees\n", "\n      - (pledges\n", 1)
    write(lists, "topics.yml", text)
    message = error_of(lists)
    assert "topics.yml, line" in message and "`(pledges`" in message


def test_an_outcome_topic_loads_and_a_flag_that_is_no_flag_is_refused(lists: Path) -> None:
    assert load_lexicon(DATA_DIR).topics["nato-membership"].outcome
    assert not load_lexicon(DATA_DIR).topics["troop-contribution"].outcome
    shipped = (DATA_DIR / "topics.yml").read_text()
    write(lists, "topics.yml", shipped.replace("    outcome: true\n", "    outcome: sometimes\n", 1))
    assert "`outcome` of `nato-membership` should be true or false, not `sometimes`" in error_of(lists)


def test_a_topic_that_is_another_for_some_actors_loads_and_unknown_names_are_refused(lists: Path) -> None:
    assert ("russia", "reassurance-force") in load_lexicon(DATA_DIR).topics["troop-contribution"].instead_for
    shipped = (DATA_DIR / "topics.yml").read_text()
    line = "    instead_for: {russia: reassurance-force, ukraine: reassurance-force}\n"
    write(lists, "topics.yml", shipped.replace(line, "    instead_for: {atlantis: reassurance-force}\n", 1))
    assert "`instead_for` of `troop-contribution` names an unknown actor `atlantis`" in error_of(lists)
    write(lists, "topics.yml", shipped.replace(line, "    instead_for: {russia: peace-dividend}\n", 1))
    assert "names an unknown topic `peace-dividend`" in error_of(lists)
