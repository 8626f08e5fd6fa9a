"""Muting an actor or topic: its alerts are still recorded and listed by `alerts`, but not posted to the channel.

The one question that writes: Slack runs it for desk admins only (handlers/commands.py); the command line and
the console, the desk's own tools, run it for whoever runs them, since they hold the index file anyway.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.answering import answer
from bot.answering.listings import muted_values
from bot.answering.values import Answer, Label, Muted, MutesAnswer
from bot.clock import stamp, utc_now
from bot.errors import UserError
from bot.lexicon import Lexicon
from bot.questions.reading import Question, parse_question
from bot.questions.subcommands import MUTE_COMMANDS
from bot.store import Store
from bot.store.mutes import active_mutes, mute, unmute

DESK_USER = "the desk's command line"  # who muted, when it was muted at the command line or the console


def answer_mute(store: Store, question: Question, lexicon: Lexicon, *, user: str, now: datetime) -> MutesAnswer:
    """Mute or unmute what the question names, or only list the mutes in force (`mute` alone)."""
    at = stamp(now)
    target = question.actor or question.topic
    change, held, shown = "", 0, None
    if target is not None:
        kind = "actor" if question.actor else "topic"
        if question.command == "mute":
            until = stamp(now + timedelta(days=question.days)) if question.days else None
            held = mute(store, kind, target.id, user=user, now=at, until=until)
            change = "muted"
        else:
            ended = unmute(store, kind, target.id, now=at)
            if ended is None:
                raise UserError(f"The {kind} {target.label} is not muted.", hint="`mute` alone lists what is muted.")
            until, change = ended.until, "unmuted"
        shown = Muted(kind, Label(target.id, target.label), until)
    return MutesAnswer(question, change, shown, muted_values(active_mutes(store, at), lexicon), held)


def answer_at_desk(store: Store, text: str, lexicon: Lexicon, *, user: str = DESK_USER) -> Answer:
    """A question typed at the command line or the console: as in Slack, and `mute`/`unmute` work there too."""
    question = parse_question(text, lexicon)
    if question.command in MUTE_COMMANDS:
        return answer_mute(store, question, lexicon, user=user, now=utc_now())
    return answer(store, question, lexicon)
