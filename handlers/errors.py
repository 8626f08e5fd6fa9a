"""The one place where a failure becomes what the user reads: their mistake explained, or an apology and a ref."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from typing import Any

from bot.errors import UserError
from bot.render.blocks import error_blocks

log = logging.getLogger("guarantees.slack")

Reply = Callable[[dict[str, Any]], object]  # sends a {"text", "blocks"?} message to whoever acted


def failure_message(error: BaseException) -> dict[str, Any]:
    """A UserError as the user should read it; anything else logged with its traceback and a reference id."""
    if isinstance(error, UserError):
        return error_blocks(error.message, error.hint)
    ref = secrets.token_hex(2)
    log.error("unexpected failure (ref %s)", ref, exc_info=error)
    return {"text": f"Something broke on our side (ref {ref}). It is logged; please try again in a minute."}


def guarded(job: Callable[[], None], reply: Reply) -> Callable[[], None]:
    """`job`, with its failure answered through `reply` (for work that runs after Bolt has acked)."""

    def run() -> None:
        try:
            job()
        except Exception as error:
            message = failure_message(error)
            try:
                reply(message)
            except Exception:  # Slack unreachable, or the response URL expired: the log is all that is left
                log.exception("could not tell the user: %s", message.get("text"))

    return run


def respond_ephemeral(respond: Callable[..., object]) -> Reply:
    """A Reply through Bolt's `respond`, seen only by the user, never replacing the message they clicked."""
    return lambda message: respond(response_type="ephemeral", replace_original=False, **message)
