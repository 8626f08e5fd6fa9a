"""The text typed after /guarantees, read into a Question: which subcommand, about what.

Reporters type fast: "who-suports no fly zone", "actor the americans". The subcommand is matched like
the names (bot.questions.names), and what cannot be understood is a UserError with a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.errors import UserError
from bot.lexicon import Actor, Lexicon, Topic
from bot.model import Stance
from bot.questions.names import (
    ACCEPT,
    CLEAR_LEAD,
    NEAR,
    actor_names,
    closest,
    either,
    listing,
    match_actor,
    match_topic,
    rank,
    shown,
    topic_names,
)
from bot.questions.subcommands import BY_NAME, COMMANDS, CommandSpec

PREFIX = "/guarantees"
MAX_MUTE_DAYS = 365
FULL_WORDS = frozenset({"all", "--all", "full", "--full"})
CHART_WORDS = {"off": False, "on": True}  # after "chart"
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
class Question:
    """What the user asked, understood: the subcommand and what it is about."""

    command: str
    text: str  # as typed, without "/guarantees": the share button asks it again
    words: str = ""  # everything after the subcommand
    topic: Topic | None = None
    actor: Actor | None = None
    stance: Stance | None = None  # the stance who-supports / who-opposes lists first
    full: bool = False  # earlier quotes too, not only the latest
    chart: bool = True  # topic and actor answers come with a chart, unless "chart off" is typed
    article: str | None = None  # id or file name, for remove and set
    field: str | None = None  # column name, for set
    value: str | None = None  # None clears the field
    days: int | None = None  # how long a mute lasts; None: until unmuted


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


def _match_command(head: str, rest: str, typed: str, lexicon: Lexicon) -> tuple[CommandSpec, str]:
    """The subcommand typed first, as one word ("who-suports") or two ("who supports"), and the words after it."""
    second, _, after = rest.partition(" ")
    readings = [(head.lower(), rest)] + ([(f"{head.lower()}-{second.lower()}", after.strip())] if second else [])
    for name, words in readings:
        if name in BY_NAME:
            return BY_NAME[name], words
    names = [(spec, [name]) for name, spec in BY_NAME.items()]
    ranked: list[tuple[CommandSpec, float]] = []
    for name, words in readings:
        ranked = rank(name, names, partial=False)
        if ranked and ranked[0][1] >= ACCEPT and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= CLEAR_LEAD):
            return ranked[0][0], words
    ranked = rank(head, names, partial=False)
    raise UserError(f"I don't know `{shown(head)}`.", hint=_command_hint(ranked, typed, lexicon))


def _command_hint(ranked: list[tuple[CommandSpec, float]], typed: str, lexicon: Lexicon) -> str:
    """Did you mean: the question a bare topic or actor name was probably meant to be, or a near subcommand."""
    if closest(typed, topic_names(lexicon)):
        near = [f"who-supports {shown(typed)}"]
    elif closest(typed, actor_names(lexicon)):
        near = [f"actor {shown(typed)}"]
    else:
        near = [spec.name for spec, score in ranked[:2] if score >= NEAR]
    meant = f"Did you mean {either(near)}? " if near else ""
    return meant + "`help` lists everything you can ask."


def _read_stances(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    words, full, _ = _options(question.words)
    if not words:
        raise UserError(
            f"`{spec.name}` needs a topic.",
            hint=f"For example `{spec.example}`. Topics: {listing(t.label for t in lexicon.topics.values())}.",
        )
    stance: Stance = "opposes" if spec.name == "who-opposes" else "supports"
    topic = match_topic(words, lexicon, command=spec.name)
    return replace(question, words=words, topic=topic, stance=stance, full=full)


def _read_quote(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    if not question.words:
        raise UserError("`quote` needs some words of the quote.", hint=f"For example `{spec.example}`.")
    return question


def _read_actor(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    words, full, chart = _options(question.words)
    actor = match_actor(words, lexicon) if words else None
    return replace(question, words=words, actor=actor, full=full, chart=chart)


def _read_topic(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    words, _, chart = _options(question.words)
    topic = match_topic(words, lexicon) if words else None
    return replace(question, words=words, topic=topic, chart=chart)


def _read_help(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    asked = BY_NAME.get(question.words.lower())
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
        raise UserError(f"I can't set `{shown(parts[1])}`.", hint=f"Fields: {listing(sorted(FIELDS))}.")
    value = parts[2].strip() if len(parts) == 3 else ""
    return replace(question, article=parts[0], field=field, value=value or None)


def _read_mute(spec: CommandSpec, question: Question, lexicon: Lexicon) -> Question:
    """ "mute topic tripwire for 3 days", "unmute actor russia"; `mute` alone lists what is muted."""
    words, days = _split_days(question.words) if spec.name == "mute" else (question.words, None)
    if not words:
        if spec.name == "mute":
            return question
        raise UserError("`unmute` needs an actor or a topic.", hint=f"For example `{spec.example}`; `mute` lists them.")
    kind, _, name = words.partition(" ")
    kind = kind.lower().rstrip("s")
    if kind not in ("actor", "topic") or not name.strip():
        raise UserError(
            f"`{spec.name}` takes `actor NAME` or `topic NAME`, not `{shown(words)}`.",
            hint=f"For example `{spec.example}`.",
        )
    if kind == "actor":
        return replace(question, words=name, actor=match_actor(name, lexicon), days=days)
    return replace(question, words=name, topic=match_topic(name, lexicon, command=spec.name + " topic"), days=days)


def _split_days(words: str) -> tuple[str, int | None]:
    """A trailing "for N days" (or "for 1 day"), read and checked; the words before it."""
    head, marker, tail = words.lower().rpartition(" for ")
    if not marker:
        return words, None
    number, _, unit = tail.partition(" ")
    if unit not in ("day", "days") or not number.isdigit() or not 1 <= int(number) <= MAX_MUTE_DAYS:
        raise UserError(
            f"I can mute for 1 to {MAX_MUTE_DAYS} days, written `for N days`, not `for {shown(tail)}`.",
            hint="For example `mute topic tripwire for 3 days`, or leave it out to mute until `unmute`.",
        )
    return words[: len(head)], int(number)


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
    "mute": _read_mute,
    "unmute": _read_mute,
}


def _options(words: str) -> tuple[str, bool, bool]:
    """The words without their trailing options, in either order: "all" asks for every quote, not only the
    latest; "chart off" leaves the chart out ("chart on", the default, is read too). Returns (words, full, chart)."""
    full, chart = False, True
    while True:
        head, _, last = words.rpartition(" ")
        rest, _, before = head.rpartition(" ")
        if head and last.lower() in FULL_WORDS:
            words, full = head, True
        elif before.lower() == "chart" and last.lower() in CHART_WORDS:
            words, chart = rest, CHART_WORDS[last.lower()]
        else:
            return words, full, chart
