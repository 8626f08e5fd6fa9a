"""articles, alerts, help, and the lists of actors and topics one can ask about."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.answering.values import AlertsAnswer, ArticlesAnswer, HelpAnswer, Label, ListAnswer, Muted
from bot.clock import now_stamp
from bot.lexicon import Actor, Lexicon, Topic
from bot.model import Mute
from bot.questions.reading import Question
from bot.questions.subcommands import COMMANDS
from bot.store import Store
from bot.store.alerts.reading import open_alerts
from bot.store.articles import count_articles, list_articles
from bot.store.mutes import active_mutes

ARTICLES_SHOWN = 50
ALERTS_SHOWN = 50


def answer_articles(store: Store, question: Question, lexicon: Lexicon) -> ArticlesAnswer:
    """The newest articles, or those whose title, outlet or file name holds the words."""
    rows = list_articles(store, question.words or None, limit=ARTICLES_SHOWN)
    sources = tuple(row.as_source() for row in rows)
    return ArticlesAnswer(question, question.words, sources, count_articles(store))


def answer_alerts(store: Store, question: Question, lexicon: Lexicon) -> AlertsAnswer:
    """The newest alerts the desk has not confirmed or dismissed yet, oldest of them first."""
    newest, total = open_alerts(store, limit=ALERTS_SHOWN)
    return AlertsAnswer(question, tuple(newest), total, lexicon)


def answer_list(store: Store, question: Question, lexicon: Lexicon) -> ListAnswer:
    """`actor` or `topic` asked without a name: what there is to ask about."""
    entries = lexicon.actors.values() if question.command == "actor" else lexicon.topics.values()
    return ListAnswer(question, question.command, tuple(Label(e.id, e.label) for e in entries))


def answer_help(store: Store, question: Question, lexicon: Lexicon) -> HelpAnswer:
    """Every subcommand, or the one asked about, and what is muted now."""
    asked = tuple(spec for spec in COMMANDS if spec.name == question.words)
    return HelpAnswer(question, asked or COMMANDS, muted_now(store, lexicon))


def muted_now(store: Store, lexicon: Lexicon) -> tuple[Muted, ...]:
    """The mutes in force, named as the lists name them (help, App Home and the digest say what is muted)."""
    return muted_values(active_mutes(store, now_stamp()), lexicon)


def muted_values(mutes: Iterable[Mute], lexicon: Lexicon | None) -> tuple[Muted, ...]:
    """Mutes as answers show them; an id the lists do not name (or without lists) is shown as it is."""
    entries: dict[str, Mapping[str, Actor | Topic]] = {
        "actor": lexicon.actors if lexicon else {},
        "topic": lexicon.topics if lexicon else {},
    }
    return tuple(
        Muted(m.kind, Label(m.name, entry.label if (entry := entries[m.kind].get(m.name)) else m.name), m.until)
        for m in mutes
    )
