"""Answers to /guarantees questions, built from the index as plain values (see bot.answering.values)."""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.listings import answer_alerts, answer_articles, answer_help, answer_list
from bot.answering.quotes import answer_quote
from bot.answering.tracks import answer_actor, answer_stances, answer_topic
from bot.answering.values import Answer
from bot.errors import UserError
from bot.lexicon import Lexicon
from bot.questions.names import shown
from bot.questions.reading import Question, parse_question
from bot.questions.subcommands import ADMIN_COMMANDS
from bot.store import Store

__all__ = ["Answer", "answer", "answer_question"]

Answerer = Callable[[Store, Question, Lexicon], Answer]


def answer_question(store: Store, text: str, lexicon: Lexicon) -> Answer:
    """Answer one question as typed after /guarantees; what cannot be understood is a UserError."""
    return answer(store, parse_question(text, lexicon), lexicon)


def answer(store: Store, question: Question, lexicon: Lexicon) -> Answer:
    """Answer a parsed question. Admin commands are not answers: the Slack layer checks the user and runs them."""
    if question.command in ADMIN_COMMANDS:
        raise UserError(
            f"`{shown(question.text)}` changes the index: desk admins run it in Slack.",
            hint=f"On this machine, use the command line instead: {_COMMAND_LINE[question.command]}.",
        )
    return _answerer(question)(store, question, lexicon)


def _answerer(question: Question) -> Answerer:
    if question.command in ("actor", "topic") and not (question.actor or question.topic):
        return answer_list
    return _ANSWERERS[question.command]


_ANSWERERS: dict[str, Answerer] = {
    "who-supports": answer_stances,
    "who-opposes": answer_stances,
    "quote": answer_quote,
    "actor": answer_actor,
    "topic": answer_topic,
    "articles": answer_articles,
    "alerts": answer_alerts,
    "help": answer_help,
}
_COMMAND_LINE = {
    "add": "`guarantees ingest PATH`",
    "remove": "`guarantees remove ARTICLE`",
    "set": "`guarantees set ARTICLE FIELD VALUE`",
    "mute": '`guarantees ask "mute topic NAME for N days"`',
    "unmute": '`guarantees ask "unmute topic NAME"`',
}
