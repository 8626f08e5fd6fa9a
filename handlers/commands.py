"""The /guarantees slash command: questions answered ephemerally, and the desk admins' add, remove, set and mute."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.clock import utc_now
from bot.muting import answer_mute
from bot.parsing.fields import normalise_field
from bot.questions.reading import Question, parse_question
from bot.questions.subcommands import ADMIN_COMMANDS, MUTE_COMMANDS
from bot.render.blocks import answer_blocks
from bot.render.mrkdwn import escape
from bot.store.articles import remove_article, set_field
from handlers.charts import answer_message
from handlers.deps import Deps
from handlers.errors import Reply, guarded, respond_ephemeral
from handlers.views import paste_form

SLASH_COMMAND = "/guarantees"  # deploy/manifest.yml declares the same; tests/test_deploy.py keeps them equal
ADMIN_ACTIONS = {
    "add": "add articles",
    "remove": "remove articles",
    "set": "correct articles",
    "mute": "mute alerts",
    "unmute": "unmute alerts",
}


def register(app: Any, deps: Deps) -> None:
    @app.command(SLASH_COMMAND)
    def guarantees(ack: Callable[[], None], command: dict, respond: Callable[..., Any], client: Any) -> None:
        ack()
        reply = respond_ephemeral(respond)
        # Nothing may escape a listener once it has acked (Bolt would lose the ack), so failures go to `reply`.
        guarded(lambda: route(deps, command, client, reply), reply)()


def route(deps: Deps, command: dict, client: Any, reply: Reply) -> None:
    """Check the question and the user at once; the answer itself is worked out off Bolt's threads."""
    question = parse_question(command.get("text") or "", deps.lexicon)
    if question.command in ADMIN_COMMANDS:
        deps.require_admin(command.get("user_id", ""), ADMIN_ACTIONS[question.command])
    if question.command == "add":
        # The trigger id expires three seconds after the command: open the form now, not later.
        client.views_open(trigger_id=command["trigger_id"], view=paste_form())
        return
    if question.command in MUTE_COMMANDS:
        user = command.get("user_id", "")
        deps.later(guarded(lambda: mute_or_unmute(deps, question, reply, user), reply))
        return
    job = JOBS.get(question.command, answer_in_private)
    deps.later(guarded(lambda: job(deps, question, reply), reply))


def answer_in_private(deps: Deps, question: Question, reply: Reply) -> None:
    reply(answer_message(deps, question))


def remove(deps: Deps, question: Question, reply: Reply) -> None:
    with deps.store() as store:
        article = remove_article(store, question.article or "")
    reply({"text": escape(f"Removed article {article.id} ({article.source}) with its claims, quotes and alerts.")})


def correct(deps: Deps, question: Question, reply: Reply) -> None:
    field, value = normalise_field(question.field or "", question.value or "")
    with deps.store() as store:
        article = set_field(store, question.article or "", field, value)
    now = f"is now {article.value(field)}" if article.value(field) else "is cleared"
    reply({"text": escape(f"Article {article.id} ({article.source}): {field} {now}.")})


def mute_or_unmute(deps: Deps, question: Question, reply: Reply, user: str) -> None:
    with deps.store() as store:
        result = answer_mute(store, question, deps.lexicon, user=user, now=utc_now())
    reply(answer_blocks(result))


JOBS: dict[str, Callable[[Deps, Question, Reply], None]] = {"remove": remove, "set": correct}
