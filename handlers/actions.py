"""Buttons: confirm or dismiss an alert in the desk channel, and share an answer in the channel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.questions.names import shown
from bot.questions.reading import parse_question
from bot.render.alerts import alert_message
from bot.render.blocks import SHARE_ACTION
from bot.render.mrkdwn import escape
from bot.store.alerts.decisions import decide_alert
from handlers.charts import answer_message
from handlers.deps import Deps, acting_user
from handlers.errors import guarded, respond_ephemeral

DECISIONS = {"alert_confirm": "confirmed", "alert_dismiss": "dismissed"}  # action_id -> what the desk decided


def register(app: Any, deps: Deps) -> None:
    @app.action({"action_id": "alert_confirm"})
    @app.action({"action_id": "alert_dismiss"})
    def alert_decided(ack: Callable[[], None], action: dict, body: dict, respond: Any, client: Any) -> None:
        ack()

        def decide() -> None:
            decision, user = DECISIONS[action["action_id"]], acting_user(body)
            deps.require_admin(user, "confirm or dismiss alerts")
            with deps.store() as store:
                alert = decide_alert(store, int(action["value"]), decision, user, deps.now())
            message = alert_message(alert, deps.lexicon)
            client.chat_update(channel=body["channel"]["id"], ts=body["message"]["ts"], **message)

        deps.later(guarded(decide, respond_ephemeral(respond)))

    @app.action(SHARE_ACTION)
    def answer_shared(ack: Callable[[], None], action: dict, body: dict, respond: Any) -> None:
        ack()

        def share() -> None:
            question, user = action["value"], body["user"]["id"]
            message = without_share_button(answer_message(deps, parse_question(question, deps.lexicon)))
            message["blocks"].insert(0, _context(f"<@{user}> shared `/guarantees {escape(shown(question))}`"))
            respond(response_type="in_channel", replace_original=False, **message)
            respond(delete_original=True)

        deps.later(guarded(share, respond_ephemeral(respond)))


def without_share_button(message: dict) -> dict:
    """The answer as the channel sees it: the share button is for the one who asked."""
    blocks = []
    for block in message["blocks"]:
        if block.get("type") == "actions":
            elements = [e for e in block["elements"] if e.get("action_id") != SHARE_ACTION]
            if not elements:
                continue
            block = {**block, "elements": elements}
        blocks.append(block)
    return {**message, "blocks": blocks}


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}
