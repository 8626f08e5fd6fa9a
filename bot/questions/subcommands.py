"""The subcommands of /guarantees, as help lists them: names, arguments, examples, who may run them."""

from __future__ import annotations

from dataclasses import dataclass


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
        "an actor's stances topic by topic over time, shifts marked, under a chart (`chart off` leaves it out;"
        " no name: the list of actors)",
        "actor poland",
        aliases=("actors", "country"),
    ),
    CommandSpec(
        "topic",
        "NAME",
        "every actor's stance on one topic, as a table under a chart of who moved when (`chart off` leaves it"
        " out; no name: the list of topics)",
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
    CommandSpec(
        "mute",
        "[actor|topic NAME [for N days]]",
        "keep an actor's or topic's alerts out of the channel (still listed by `alerts`); no name: what is muted",
        "mute topic tripwire for 3 days",
        admin=True,
        aliases=("silence",),
    ),
    CommandSpec(
        "unmute",
        "actor|topic NAME",
        "post an actor's or topic's new alerts again (those raised while muted stay unposted)",
        "unmute topic tripwire",
        admin=True,
    ),
)
MUTE_COMMANDS = frozenset({"mute", "unmute"})
ADMIN_COMMANDS = frozenset(spec.name for spec in COMMANDS if spec.admin)
BY_NAME = {name: spec for spec in COMMANDS for name in (spec.name, *spec.aliases)}  # aliases too
