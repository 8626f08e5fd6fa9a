"""Reading the editable lists (actors.yml, topics.yml, stances.yml in GUARANTEES_LISTS) into a Lexicon.

A newsroom edits these files by hand, so they are checked strictly, and a mistake names the file, the
line and the problem (a YAML syntax error, an unknown key, a duplicate id, an alias claimed by two
actors, a missing label, a phrase that does not parse). The formats are documented at the top of
each file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.errors import UserError
from bot.lexicon import (
    STANCE_NAMES,
    Actor,
    Group,
    Lexicon,
    Slot,
    StanceCues,
    Topic,
    parse_phrase,
    phrase_actor_ids,
    plain_phrases,
)

ACTOR_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
LIST_HINT = "Fix the list (its format is described at the top of the file), then run `guarantees reanalyze`."


class _Doc:
    """One YAML file read with line numbers, so that every error can say where it is."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise UserError(f"The list {path} is missing.", hint=LIST_HINT) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"Cannot read the list {path}: {exc}.", hint=LIST_HINT) from None
        try:
            self.root = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = f", line {mark.line + 1}" if mark else ""
            raise UserError(f"{path.name}{line}: YAML syntax error: {exc.problem or exc}.", hint=LIST_HINT) from None
        except yaml.YAMLError as exc:
            raise UserError(f"{path.name}: YAML syntax error: {exc}.", hint=LIST_HINT) from None

    def fail(self, node: yaml.Node | None, problem: str) -> UserError:
        line = f", line {node.start_mark.line + 1}" if node is not None else ""
        return UserError(f"{self.path.name}{line}: {problem}.", hint=LIST_HINT)

    def mapping(self, node: yaml.Node | None, what: str) -> Iterator[tuple[str, yaml.Node, yaml.Node]]:
        """(key, key node, value node) of a mapping, refusing duplicate or non-text keys."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} should be a mapping of `name: value` lines")
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or not str(key_node.value).strip():
                raise self.fail(key_node, f"a key in {what} should be a plain name")
            key = str(key_node.value).strip()
            if key in seen:
                raise self.fail(key_node, f"`{key}` appears twice in {what} (first on line {seen[key]})")
            seen[key] = key_node.start_mark.line + 1
            yield key, key_node, value_node

    def text(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            raise self.fail(node, f"{what} should be a non-empty text")
        return str(node.value).strip()

    def texts(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
        """A list of texts (a single text is a list of one), each with its node for later errors."""
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
            return []
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        return [(self.text(item, f"each entry of {what}"), item) for item in items]

    def flag(self, node: yaml.Node, what: str) -> bool:
        value = self.text(node, what).lower()
        if value not in {"true", "false", "yes", "no"}:
            raise self.fail(node, f"{what} should be true or false, not `{value}`")
        return value in {"true", "yes"}

    def phrases(self, node: yaml.Node, what: str, check: Callable[[yaml.Node, list[Slot]], None]) -> list[str]:
        out = []
        for text, item in self.texts(node, what):
            try:
                slots = parse_phrase(text)
            except ValueError as exc:
                raise self.fail(item, f"the phrase `{text}` in {what} does not parse: {exc}") from None
            check(item, slots)
            out.append(text)
        return out


def _keys(doc: _Doc, key: str, key_node: yaml.Node, allowed: tuple[str, ...], what: str) -> None:
    if key not in allowed:
        raise doc.fail(key_node, f"unknown key `{key}` in {what} (expected one of: {', '.join(allowed)})")


@dataclass(frozen=True)
class ActorLists:
    """What actors.yml holds."""

    actors: dict[str, Actor]
    outlets: tuple[str, ...]
    outlet_aliases: tuple[tuple[str, str], ...]  # (short name, outlet)
    not_actors: tuple[str, ...]
    groups: tuple[Group, ...] = ()
    regions: tuple[Group, ...] = ()


def load_actors(path: Path) -> ActorLists:
    """Actors by id, the outlets and their short names, and the names that are not actors, from actors.yml."""
    doc = _Doc(path)
    actors: dict[str, Actor] = {}
    outlets: list[str] = []
    short_names: list[tuple[str, str, Any]] = []  # (short name, outlet, node)
    not_actors: list[str] = []
    named_sets: dict[str, Any] = {}  # the `groups:` and `regions:` nodes, read once every actor is known
    claimed: dict[str, tuple[str, int]] = {}  # casefolded alias -> (actor id, line)
    for section, section_key, section_node in doc.mapping(doc.root, "the file"):
        sections = ("actors", "outlets", "outlet_aliases", "not_actors", "groups", "regions")
        _keys(doc, section, section_key, sections, "the file")
        if section in ("groups", "regions"):
            named_sets[section] = section_node
            continue
        if section == "outlets":
            outlets = [t for t, _ in doc.texts(section_node, "outlets")]
            continue
        if section == "outlet_aliases":
            for outlet, outlet_node, listed in doc.mapping(section_node, "outlet_aliases"):
                short_names += [(n, outlet, outlet_node) for n, _ in doc.texts(listed, f"other names of {outlet}")]
            continue
        if section == "not_actors":
            not_actors = [t for t, _ in doc.texts(section_node, "not_actors")]
            continue
        for actor_id, id_node, body in doc.mapping(section_node, "actors"):
            if not ACTOR_ID.match(actor_id):
                raise doc.fail(id_node, f"the actor id `{actor_id}` should be lower-case words joined by hyphens")
            fields: dict[str, Any] = {
                "label": None,
                "aliases": [],
                "people": [],
                "women": [],
                "ambiguous": [],
                "members": [],
            }
            for key, key_node, value in doc.mapping(body, f"actor `{actor_id}`"):
                _keys(doc, key, key_node, tuple(fields), f"actor `{actor_id}`")
                if key == "label":
                    fields["label"] = doc.text(value, f"the label of `{actor_id}`")
                    continue
                if key == "members":
                    fields["members"] = [t.lower() for t, _ in doc.texts(value, f"members of `{actor_id}`")]
                    continue
                if key == "women":
                    for woman, woman_node in doc.texts(value, f"women of `{actor_id}`"):
                        if woman not in fields["people"]:
                            raise doc.fail(woman_node, f"`{woman}` is not among the people of `{actor_id}` above")
                        fields["women"].append(woman)
                    continue
                for alias, alias_node in doc.texts(value, f"{key} of `{actor_id}`"):
                    folded = alias.casefold()
                    owner = claimed.get(folded)
                    if owner and owner[0] != actor_id:
                        raise doc.fail(
                            alias_node,
                            f"the alias `{alias}` is claimed by both `{owner[0]}` (line {owner[1]}) and `{actor_id}`",
                        )
                    claimed[folded] = (actor_id, alias_node.start_mark.line + 1)
                    fields[key].append(alias)
            if not fields["label"]:
                raise doc.fail(id_node, f"the actor `{actor_id}` has no label (add `label: ...`)")
            names = list(dict.fromkeys([*fields["aliases"], *fields["people"], *fields["ambiguous"]]))
            if not names:
                raise doc.fail(id_node, f"the actor `{actor_id}` has no aliases, people or ambiguous names")
            actors[actor_id] = Actor(
                actor_id,
                fields["label"],
                tuple(names),
                tuple(fields["people"]),
                tuple(fields["women"]),
                tuple(fields["ambiguous"]),
                tuple(fields["members"]),
            )
    if not actors:
        raise doc.fail(doc.root, "there is no `actors:` section with at least one actor")
    for _, outlet, node in short_names:
        if outlet not in outlets:
            raise doc.fail(node, f"`{outlet}` has other names listed but is not in `outlets:` (add it there)")
    aliases = tuple((name, outlet) for name, outlet, _ in short_names)
    groups = _groups(doc, named_sets["groups"], actors, claimed, "group") if "groups" in named_sets else ()
    regions = _groups(doc, named_sets["regions"], actors, claimed, "region") if "regions" in named_sets else ()
    return ActorLists(actors, tuple(outlets), aliases, tuple(not_actors), groups, regions)


def _groups(
    doc: _Doc, node: Any, actors: dict[str, Actor], claimed: dict[str, tuple[str, int]], kind: str
) -> tuple[Group, ...]:
    """The `groups:` (or `regions:`) section: each one's names and its members, which must be listed actors."""
    groups = []
    for group_id, id_node, body in doc.mapping(node, f"{kind}s"):
        if not ACTOR_ID.match(group_id) or group_id in actors:
            raise doc.fail(
                id_node, f"the {kind} id `{group_id}` should be lower-case words joined by hyphens, no actor's"
            )
        fields: dict[str, list[str]] = {"names": [], "members": []}
        for key, key_node, value in doc.mapping(body, f"{kind} `{group_id}`"):
            _keys(doc, key, key_node, tuple(fields), f"{kind} `{group_id}`")
            for text, text_node in doc.texts(value, f"{key} of `{group_id}`"):
                if key == "members" and text not in actors:
                    raise doc.fail(text_node, f"`{text}` in the members of `{group_id}` is not an actor id")
                owner = claimed.get(text.casefold()) if key == "names" else None
                if owner:
                    raise doc.fail(
                        text_node, f"the name `{text}` is already an alias of `{owner[0]}` (line {owner[1]})"
                    )
                fields[key].append(text)
        if not fields["names"] or len(fields["members"]) < 2:
            raise doc.fail(id_node, f"the {kind} `{group_id}` needs `names:` and at least two `members:`")
        groups.append(Group(group_id, tuple(fields["names"]), tuple(fields["members"])))
    return tuple(groups)


def load_topics(path: Path, actors: dict[str, Actor]) -> tuple[dict[str, Topic], tuple[str, ...]]:
    """Topics by id and the phrases that block a topic, from topics.yml."""
    doc = _Doc(path)
    labels = {a.id: a.label for a in actors.values()}

    def known_actors(node: yaml.Node, slots: list[Slot]) -> None:
        unknown = phrase_actor_ids(slots) - set(actors)
        if unknown:
            raise doc.fail(node, f"unknown actor `{sorted(unknown)[0]}` in a phrase (ids are in actors.yml)")

    topics: dict[str, Topic] = {}
    blockers: list[str] = []
    pending_replaces: list[tuple[str, yaml.Node]] = []
    for section, section_key, section_node in doc.mapping(doc.root, "the file"):
        _keys(doc, section, section_key, ("topics", "not_topics"), "the file")
        if section == "not_topics":
            blockers = doc.phrases(section_node, "not_topics", known_actors)
            continue
        for topic_id, id_node, body in doc.mapping(section_node, "topics"):
            if not ACTOR_ID.match(topic_id):
                raise doc.fail(id_node, f"the topic id `{topic_id}` should be lower-case words joined by hyphens")
            fields: dict[str, Any] = {"label": None, "phrases": [], "actor": None, "actor_phrases": []}
            fields |= {"general": False, "outcome": False, "replaces": None, "backs": []}
            fields |= {"absent_phrases": [], "echo_phrases": [], "instead_for": {}}
            for key, key_node, value in doc.mapping(body, f"topic `{topic_id}`"):
                _keys(doc, key, key_node, tuple(fields), f"topic `{topic_id}`")
                if key in ("phrases", "actor_phrases", "absent_phrases", "echo_phrases"):
                    fields[key] = doc.phrases(value, f"{key} of `{topic_id}`", known_actors)
                elif key in ("general", "outcome"):
                    fields[key] = doc.flag(value, f"`{key}` of `{topic_id}`")
                elif key == "actor":
                    fields[key] = doc.text(value, f"the actor of `{topic_id}`")
                    if fields[key] not in actors:
                        raise doc.fail(value, f"the topic `{topic_id}` names an unknown actor `{fields[key]}`")
                elif key == "replaces":
                    fields[key] = doc.text(value, f"`replaces` of `{topic_id}`")
                    pending_replaces.append((fields[key], value))
                elif key == "instead_for":
                    fields[key] = _instead_for(doc, value, topic_id, actors, pending_replaces)
                elif key == "backs":
                    fields[key] = [text for text, _ in doc.texts(value, f"`backs` of `{topic_id}`")]
                    pending_replaces.extend((text, node) for text, node in doc.texts(value, f"`backs` of `{topic_id}`"))
                else:
                    fields[key] = doc.text(value, f"the label of `{topic_id}`")
            if not fields["label"]:
                raise doc.fail(id_node, f"the topic `{topic_id}` has no label (add `label: ...`)")
            if not fields["phrases"]:
                raise doc.fail(id_node, f"the topic `{topic_id}` has no phrases")
            if (fields["actor_phrases"] or fields["replaces"] or fields["backs"]) and not fields["actor"]:
                raise doc.fail(
                    id_node, f"the topic `{topic_id}` uses actor_phrases, replaces or backs without `actor:`"
                )
            plain = [p for text in fields["phrases"] for p in plain_phrases(parse_phrase(text), labels)]
            topics[topic_id] = Topic(
                topic_id,
                fields["label"],
                tuple(dict.fromkeys([fields["label"].lower(), *plain])),
                tuple(fields["phrases"]),
                fields["actor"],
                tuple(fields["actor_phrases"]),
                fields["general"],
                fields["replaces"],
                tuple(fields["backs"]),
                tuple(fields["absent_phrases"]),
                tuple(fields["echo_phrases"]),
                fields["outcome"],
                tuple(fields["instead_for"].items()),
            )
    for replaced, node in pending_replaces:
        if replaced not in topics:
            raise doc.fail(node, f"`replaces` or `backs` names an unknown topic `{replaced}`")
    if not topics:
        raise doc.fail(doc.root, "there is no `topics:` section with at least one topic")
    return topics, tuple(blockers)


def _instead_for(
    doc: _Doc, node: yaml.Node, topic_id: str, actors: Mapping[str, object], pending: list[tuple[str, yaml.Node]]
) -> dict[str, str]:
    """`instead_for: {russia: reassurance-force}`: the actors for whom a stance on this topic is one on another."""
    found = {}
    for actor, actor_node, other in doc.mapping(node, f"`instead_for` of `{topic_id}`"):
        if actor not in actors:
            raise doc.fail(actor_node, f"`instead_for` of `{topic_id}` names an unknown actor `{actor}`")
        found[actor] = doc.text(other, f"the topic `{topic_id}` becomes for `{actor}`")
        pending.append((found[actor], other))
    return found


STANCE_LISTS = (
    "negations",
    "fillers",
    "hedges",
    "past",
    "conditions",
    "hypotheticals",
    "exclusions",
    "reporting",
    "anaphors",
)


def load_stances(path: Path, actors: dict[str, Actor]) -> StanceCues:
    """Stance cues and the grammar words around them, from stances.yml."""
    doc = _Doc(path)

    def known_actors(node: yaml.Node, slots: list[Slot]) -> None:
        unknown = phrase_actor_ids(slots) - set(actors)
        if unknown:
            raise doc.fail(node, f"unknown actor `{sorted(unknown)[0]}` in a phrase (ids are in actors.yml)")

    cues: dict[str, tuple[str, ...]] = {}
    lists: dict[str, tuple[str, ...]] = {}
    agreement: dict[str, tuple[str, ...]] = {}
    history_before = 2022
    allowed = (*STANCE_NAMES, *STANCE_LISTS, "agree", "disagree", "history_before")
    for key, key_node, value in doc.mapping(doc.root, "the file"):
        _keys(doc, key, key_node, allowed, "the file")
        if key == "history_before":
            text = doc.text(value, "history_before")
            if not text.isdigit() or not 1900 <= int(text) <= 2200:
                raise doc.fail(value, f"history_before should be a year, not `{text}`")
            history_before = int(text)
            continue
        phrases = tuple(doc.phrases(value, key, known_actors))
        if key in STANCE_NAMES:
            cues[key] = phrases
        elif key in ("agree", "disagree"):
            agreement[key] = phrases
        else:
            lists[key] = phrases
    missing = [name for name in STANCE_NAMES if not cues.get(name)]
    if missing:
        raise doc.fail(doc.root, f"no cues for `{missing[0]}` (each stance needs a list of phrases)")
    return StanceCues(cues=cues, agreement=agreement, history_before=history_before, **lists)


def load_lexicon(folder: Path) -> Lexicon:
    """Read actors.yml, topics.yml and stances.yml from `folder`; a broken list is a UserError naming file and line."""
    folder = Path(folder)
    lists = load_actors(folder / "actors.yml")
    topics, blockers = load_topics(folder / "topics.yml", lists.actors)
    stances = load_stances(folder / "stances.yml", lists.actors)
    return Lexicon(
        lists.actors,
        topics,
        folder,
        lists.outlets,
        lists.not_actors,
        blockers,
        stances,
        lists.outlet_aliases,
        lists.groups,
        lists.regions,
    )
