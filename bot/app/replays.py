"""Refusing a signed Slack request seen before: a captured request replayed while its timestamp is still fresh.

Bolt checks the signature and refuses a timestamp more than five minutes off, but a request captured on the way
and sent again within those five minutes passes both checks. Slack signs every delivery afresh (a retry has its
own timestamp and signature), so the same signature twice is never Slack's doing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

FRESH_S = 5 * 60 + 1  # as long as Bolt accepts a request's timestamp (five minutes either way), and a second


class SeenSignatures:
    """The signatures of the requests accepted within FRESH_S, forgotten after that; safe across threads."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._until: dict[str, float] = {}
        self._lock = threading.Lock()

    def first_sighting(self, signature: str) -> bool:
        """Record `signature`; False when it was already recorded and is still fresh."""
        now = self.clock()
        with self._lock:
            if self._until.get(signature, 0.0) > now:
                return False
            if len(self._until) > 1000:  # forget the stale ones now and then, so memory follows the request rate
                self._until = {s: until for s, until in self._until.items() if until > now}
            self._until[signature] = now + 2 * FRESH_S  # a timestamp may lie up to FRESH_S either side of now
            return True


def refuse_replays(seen: SeenSignatures) -> Callable[..., BoltResponse]:
    """A Bolt middleware (after Bolt's own signature check) answering 401 to a signature it has already accepted."""

    def middleware(req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        signature = _first(req.headers.get("x-slack-signature"))
        if signature and not seen.first_sighting(signature):
            return BoltResponse(status=401, body="")
        return next()

    return middleware


def _first(values: object) -> str:
    """The first value of a header as Bolt holds it (a list of strings), or ""; Socket Mode requests carry none."""
    if isinstance(values, list | tuple) and values:
        return str(values[0])
    return ""
