"""Slack listeners: each module adapts one kind of Slack request to the core, and nothing more."""

from __future__ import annotations

from typing import Any

from handlers import actions, commands, events, home, views
from handlers.deps import Deps
from handlers.errors import failure_message, respond_ephemeral


def register(app: Any, deps: Deps) -> None:
    """Wire every listener, and the one error handler for what a listener raises before handing work on."""
    for module in (commands, actions, views, home, events):
        module.register(app, deps)

    @app.error
    def answer_failure(error: Exception, respond: Any) -> None:
        message = failure_message(error)
        if respond is not None:  # commands and buttons carry a response URL; events do not
            respond_ephemeral(respond)(message)
