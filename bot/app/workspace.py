"""Refusing requests from another workspace: the bot serves the one workspace its token belongs to.

Bolt's single-workspace mode answers any request that carries a valid signature, whatever workspace it names. A
user of another organisation (in a channel shared with it, say) could otherwise use the bot, and a request naming
a desk admin's user id from another workspace would pass the admin check, which looks at user ids alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

OTHER_WORKSPACE = "This bot serves only its own workspace."


def refuse_other_workspaces(req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
    """A Bolt middleware: a request naming a workspace other than the token's is acknowledged and goes no further."""
    result = req.context.authorize_result
    ours = result.team_id if result is not None else None
    if ours and any(team != ours for team in named_workspaces(req.body)):
        return BoltResponse(status=200, body=OTHER_WORKSPACE)
    return next()


def named_workspaces(body: dict[str, Any]) -> set[str]:
    """The workspaces a request names for itself and for its user (commands, interactions and events alike)."""
    user, team, event = (_part(body, key) for key in ("user", "team", "event"))
    named = (body.get("team_id"), team.get("id"), user.get("team_id"), event.get("user_team"))
    return {str(name) for name in named if name}


def _part(body: dict[str, Any], key: str) -> dict[str, Any]:
    part = body.get(key)
    return part if isinstance(part, dict) else {}
