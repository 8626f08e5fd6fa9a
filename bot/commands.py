"""The text typed after /guarantees, read into a Question: subcommand, topic and actor names matched fuzzily.

Reporters type fast: "who-suports no fly zone", "actor the americans". A name is accepted when one
entry of the lists is clearly the closest; otherwise the UserError says what was not understood and
suggests the nearest names, so nobody is left with a trace or a guess they did not ask for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol, TypeVar

from rapidfuzz import fuzz

from bot.errors import UserError
from bot.lexicon import Actor, Lexicon, Topic
from bot.model import Stance

ACCEPT = 80  # closeness (0-100) from which a typed name is taken for a list entry
NEAR = 70  # closeness from which a name is worth suggesting
CLEAR_LEAD = 5  # how far the best entry must lead the next one to be taken without asking
EXACT = 101.0  # above any fuzzy score: the typed name is one of the entry's names
SUBSET = 92.0  # every word typed is in the name, or every word of the name was typed
SHOW_TYPED = 60  # characters of the user's text repeated in a message

PREFIX = "/guarantees"
FULL_WORDS = frozenset({"all", "--all", "full", "--full"})
PARTIAL_FROM = 5  # letters typed from which a name may match part of a longer one ("backstp" in "us backstop")
FIELDS = {
    "date": "published",
    "published": "published",
    "outlet": "outlet",
    "title": "title",
    "author": "author",
    "url": "url",
    "link": "url",
}


@dataclass(frozen=True)
class CommandSpec:
    """One subcommand as help lists it."""

    name: str
    arguments: str
    summary: str
    example: str
    admin: bool = False
    aliases: tuple[str, ...] = ()

    @property
    def usage(self) -> str:
        return f"{self.name} {self.arguments}".strip()


COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        "who-supports",
        "TOPIC",
        "every actor's stance on a topic, supporters first, each with its latest quote and source",
        "who-supports us backstop",
        aliases=("supports", "who-backs", "backers"),
    ),
    CommandSpec(
        "who-opposes",
        "TOPIC",
        "the same, opponents first",
        "who-opposes reassurance force",
        aliases=("opposes", "opponents"),
    ),
    CommandSpec(
        "quote",
        "WORDS",
        "the sentences most like a half-remembered or misspelt phrase, with speaker and source",
        "quote europe needs to muscle up",
        aliases=("quotes", "search", "find", "said"),
    ),
    CommandSpec(
        "actor",
        "NAME",
        "an actor's stances topic by topic over time, shifts marked (no name: the list of actors)",
        "actor poland",
        aliases=("actors", "country"),
    ),
    CommandSpec(
        "topic",
        "NAME",
        "every actor's stance on one topic, as a table (no name: the list of topics)",
        "topic tripwire",
        aliases=("topics", "matrix"),
    ),
    CommandSpec("articles", "[WORDS]", "what is indexed, newest first", "articles caliber", aliases=("article",)),
    CommandSpec("alerts", "", "open contradiction alerts", "alerts", aliases=("alert",)),
    CommandSpec("help", "[COMMAND]", "what you can ask", "help quote", aliases=("?", "commands")),
    CommandSpec("add", "", "add an article through a paste form", "add", admin=True, aliases=("upload",)),
    CommandSpec(
        "remove",
        "ARTICLE",
        "delete an article and all that was derived from it",
        "remove 12",
        admin=True,
        aliases=("delete",),
    ),
    CommandSpec(
        "set",
        "ARTICLE date|outlet|title|author|url VALUE",
        "correct an article's metadata (no value clears it)",
        "set 12 date 2025-02-20",
        admin=True,
        aliases=("fix",),
    ),
)
ADMIN_COMMANDS = frozenset(spec.name for spec in COMMANDS if spec.admin)
_BY_NAME = {name: spec for spec in COMMANDS for name in (spec.name, *spec.aliases)}


@dataclass(frozen=True)
class Question:
    """What the user asked, understood: the subcommand and what it is about."""

    command: str
    text: str  # as typed, without "/guarantees": the share button asks it again
    words: str = ""  # everything after the subcommand
    topic: Topic | None = None
    actor: Actor | None = None
    stance: Stance | None = None  # the stance who-supports / who-opposes lists first
    full: bool = False  # earlier quotes too, not only the latest
    article: str | None = None  # id or file name, for remove and set
    field: str | None = None  # column name, for set
    value: str | None = None  # None clears the field


def parse_question(text: str, lexicon: Lexicon) -> Question:
    """Read the text after /guarantees; anything not understood is a UserError with a suggestion."""
    typed = strip_prefix(text)
    if not typed:
        raise UserError("You didn't ask anything.", hint=f"Try `{COMMANDS[0].example}`, or `help` for everything.")
    head, _, rest = typed.partition(" ")
    spec, rest = _match_command(head, rest.strip(), typed, lexicon)
    return _READERS.get(spec.name, _plain)(spec, Question(spec.name, typed, rest), lexicon)


def strip_prefix(text: str) -> str:
    """The question without the leading "/guarantees" (console users type it out of habit)."""
    text = " ".join(text.split())
    if text.lower() == PREFIX or text.lower().startswith(PREFIX + " "):
        text = text[len(PREFIX) :].strip()
    return text


def shown(text: str) -> str:
    """The user's words, short enough to repeat in a message, without backticks that would end the code span."""
    text = " ".join(text.replace("`", "'").split())
    return text if len(text) <= SHOW_TYPED else text[: SHOW_TYPED - 1] + "…"


def _match_command(head: str, rest: str, typed: str, lexicon: Lexicon) -> tuple[CommandSpec, str]:
    """The subcommand typed first, as one word ("who-suports") or two ("who supports"), and the words after it."""
    second, _, after = rest.partition(" ")
    readings = [(head.lower(), rest)] + ([(f"{head.lower()}-{second.lower()}", after.strip())] if second else [])
    for name, words in readings:
        if name in _BY_NAME:
            return _BY_NAME[name], words
    names = [(spec, [name]) for name, spec in _BY_NAME.items()]
    ranked: list[tuple[CommandSpec, float]] = []
    for name, words in readings:
        ranked = _rank(name, names, partial=False)
        if ranked and ranked[0][1] >= ACCEPT and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= CLEAR_LEAD):
            return ranked[0][0], words
    ranked = _rank(head, names, partial=False)
    raise UserError(f"I don't know `{shown(head)}`.", hint=_command_hint(ranked, typed, lexicon))


def _command_hint(ranked: list[tuple[CommandSpec, float]], typed: str, lexicon: Lexicon) -> str:
    """Did you mean: the question a bare topic or actor name was probably meant to be, or a near subcommand."""
    if _closest(typed, _topic_names(lexicon)):
        near = [f"who-supports {shown(typed)}"]
    elif _closest(typed, _actor_names(lexicon)):
        near = [f"actor {shown(typed)}"]
    else:
        near = [spec.name for spec, score in ranked[:2] if score >= NEAR]
    meant = f"Did you mean {_either(near)}? " if near else ""
    return meant + "`help` lists everything you can ask."


def _read_stances(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    words, full = _split_full(question.words)
    if not words:
        raise UserError(
            f"`{spec.name}` needs a topic.",
            hint=f"For example `{spec.example}`. Topics: {_list(t.label for t in lexicon.topics.values())}.",
        )
    stance: Stance = "opposes" if spec.name == "who-opposes" else "supports"
    topic = match_topic(words, lexicon, command=spec.name)
    return replace(question, words=words, topic=topic, stance=stance, full=full)


def _read_quote(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    if not question.words:
        raise UserError("`quote` needs some words of the quote.", hint=f"For example `{spec.example}`.")
    return question


def _read_actor(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    words, full = _split_full(question.words)
    actor = match_actor(words, lexicon) if words else None
    return replace(question, words=words, actor=actor, full=full)


def _read_topic(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    topic = match_topic(question.words, lexicon) if question.words else None
    return replace(question, topic=topic)


def _read_help(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    asked = _BY_NAME.get(question.words.lower())
    return replace(question, words=asked.name if asked else "")


def _read_remove(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    if not question.words:
        raise UserError(
            "`remove` needs the article to delete.", hint=f"For example `{spec.example}`; `articles` lists ids."
        )
    return replace(question, article=question.words)


def _read_set(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    parts = question.words.split(" ", 2)
    if len(parts) < 2:
        raise UserError(f"`set` needs an article and a field: `{spec.usage}`.", hint=f"For example `{spec.example}`.")
    field = FIELDS.get(parts[1].lower())
    if field is None:
        raise UserError(f"I can't set `{shown(parts[1])}`.", hint=f"Fields: {_list(sorted(FIELDS))}.")
    value = parts[2].strip() if len(parts) == 3 else ""
    return replace(question, article=parts[0], field=field, value=value or None)


def _plain(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    return question


_READERS = {
    "who-supports": _read_stances,
    "who-opposes": _read_stances,
    "quote": _read_quote,
    "actor": _read_actor,
    "topic": _read_topic,
    "help": _read_help,
    "remove": _read_remove,
    "set": _read_set,
}


def match_topic(name: str, lexicon: Lexicon, *, command: str = "topic") -> Topic:
    """The topic `name` means ("no fly zone" -> air-defence); a UserError suggests `command` with known ones."""
    return _match(name, _topic_names(lexicon), "topic", command)


def match_actor(name: str, lexicon: Lexicon) -> Actor:
    """The actor `name` means ("Washington", "the americans" -> united-states), or an outlet typed as `outlet:NAME`."""
    if name.lower().startswith("outlet:") and name[7:].strip():
        return Actor(id=f"outlet:{name[7:].strip()}", label=name[7:].strip())
    return _match(name, _actor_names(lexicon), "actor", "actor")


class _Listed(Protocol):
    """An actor or a topic: what a suggestion names."""

    @property
    def id(self) -> str: ...

    @property
    def label(self) -> str: ...


Entry = TypeVar("Entry", bound=_Listed)
Choice = TypeVar("Choice")


def _topic_names(lexicon: Lexicon) -> list[tuple[Topic, list[str]]]:
    return [(t, [t.id, t.label, *t.phrases]) for t in lexicon.topics.values()]


def _actor_names(lexicon: Lexicon) -> list[tuple[Actor, list[str]]]:
    return [(a, [a.id, a.label, *a.aliases]) for a in lexicon.actors.values()]


def _match(name: str, entries: list[tuple[Entry, list[str]]], kind: str, command: str) -> Entry:
    if not entries:
        raise UserError(f"No {kind}s are loaded, so I can't look up `{shown(name)}`.", hint="Check GUARANTEES_LISTS.")
    typed = _normal(name)
    exact = [entry for entry, names in entries if any(_normal(n) == typed for n in names)]
    if len(exact) == 1:  # the usual case, without scoring every name
        return exact[0]
    ranked = _rank(name, entries)
    if ranked and ranked[0][1] >= ACCEPT:
        best, score = ranked[0]
        rivals = [entry for entry, other in ranked[1:] if other > score - CLEAR_LEAD or other == EXACT]
        if not rivals:
            return best
        raise UserError(
            f"`{shown(name)}` could be more than one {kind}.",
            hint=f"Did you mean {_either(f'{command} {e.id}' for e in [best, *rivals[:2]])}?",
        )
    near = [entry for entry, score in ranked[:3] if score >= NEAR]
    if near:
        hint = f"Did you mean {_either(f'{command} {e.id}' for e in near)}?"
    else:
        hint = f"Known {kind}s: {_list(entry.label for entry, _ in entries)}."
    raise UserError(f"I don't know the {kind} `{shown(name)}`.", hint=hint)


def _rank(
    name: str, entries: Iterable[tuple[Choice, list[str]]], *, partial: bool = True
) -> list[tuple[Choice, float]]:
    """Entries by how close `name` is to the nearest of their names, closest first."""
    typed = _normal(name)
    if not typed:
        return []
    scored = [(entry, max(_closeness(typed, _normal(n), partial) for n in names)) for entry, names in entries]
    best: dict[int, tuple[Choice, float]] = {}
    for entry, score in scored:  # one line per entry, whichever of its names came closest
        if id(entry) not in best or best[id(entry)][1] < score:
            best[id(entry)] = (entry, score)
    return sorted(best.values(), key=lambda pair: -pair[1])


def _closest(name: str, entries: list[tuple[Choice, list[str]]]) -> Choice | None:
    ranked = _rank(name, entries)
    return ranked[0][0] if ranked and ranked[0][1] >= ACCEPT else None


def _closeness(typed: str, name: str, partial: bool) -> float:
    """0-100 (EXACT for the same words): spelling, word order, and names typed in part or with extra words."""
    if not name:
        return 0.0
    if typed == name:
        return EXACT
    words, name_words = set(typed.split()), set(name.split())
    score = max(fuzz.ratio(typed, name), fuzz.token_sort_ratio(typed, name))
    if words <= name_words or name_words <= words:
        score = max(score, SUBSET)
    if partial and len(typed) >= PARTIAL_FROM and len(name) > len(typed):  # "backstp" inside "us backstop"
        score = max(score, 0.9 * fuzz.partial_ratio(typed, name))
    return score


@lru_cache(maxsize=8192)  # the lists' names are normalised again for every question
def _normal(text: str) -> str:
    """Lower case, no accents, "U.S." as "us", other punctuation as spaces, without a leading "the"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[.'’`]", "", plain)
    words = re.sub(r"[\W_]+", " ", plain).split()
    while words and words[0] in {"the", "a", "an"} and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _split_full(words: str) -> tuple[str, bool]:
    """Trailing "all" asks for every quote, not only the latest."""
    head, _, last = words.rpartition(" ")
    if head and last.lower() in FULL_WORDS:
        return head, True
    return words, False


def _either(options: Iterable[str]) -> str:
    quoted = [f"`{o}`" for o in dict.fromkeys(options)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _list(labels: Iterable[str], limit: int = 12) -> str:
    labels = list(labels)
    more = f" and {len(labels) - limit} more" if len(labels) > limit else ""
    return ", ".join(labels[:limit]) + more
