"""articles, alerts, help, and the lists of actors and topics one can ask about."""

from __future__ import annotations

from bot.answering.values import AlertsAnswer, ArticlesAnswer, HelpAnswer, Label, ListAnswer
from bot.lexicon import Lexicon
from bot.questions.reading import Question
from bot.questions.subcommands import COMMANDS
from bot.store import Store
from bot.store.alerts.reading import open_alerts
from bot.store.articles import count_articles, list_articles

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
    """Every subcommand, or the one asked about."""
    asked = tuple(spec for spec in COMMANDS if spec.name == question.words)
    return HelpAnswer(question, asked or COMMANDS)
