"""What Slack listeners need from the composition root, passed in so a test can build it in one line."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from bot.clock import now_stamp
from bot.config import Settings
from bot.errors import UserError
from bot.ingest import IngestOptions
from bot.lexicon import Lexicon
from bot.store import Store, open_store
from handlers.uploaded_charts import UploadedCharts


def acting_user(body: dict) -> str:
    """The user id of who clicked or submitted; "" when the payload does not say (never an admin)."""
    user = body.get("user")
    return str(user.get("id") or "") if isinstance(user, dict) else ""


@dataclass(frozen=True)
class Deps:
    """Settings, the lists, the index, the clock, Slack file downloads and uploads, and where work goes after an ack."""

    settings: Settings
    lexicon: Lexicon
    download: Callable[[str, str], bytes]  # (Slack file URL, file name) -> bytes; refuses other hosts
    later: Callable[[Callable[[], None]], None]  # runs a job off Bolt's listener threads
    upload: Callable[[bytes, str, str], str]  # (PNG, file name, alt text) -> Slack file id, for an image block
    charts: UploadedCharts = field(default_factory=UploadedCharts)  # what was uploaded already
    now: Callable[[], str] = now_stamp

    def store(self) -> AbstractContextManager[Store]:
        """One connection for one unit of work."""
        return open_store(self.settings.db)

    def ingest_options(self) -> IngestOptions:
        return IngestOptions(
            lexicon=self.lexicon,
            now=self.now(),
            max_bytes=self.settings.max_bytes,
            borderline_alerts=self.settings.borderline_alerts,
        )

    def require_admin(self, user: str, doing: str) -> None:
        """Refuse a desk-admin action (e.g. "add articles") to anyone not in GUARANTEES_ADMINS."""
        if user not in self.settings.admins:
            raise UserError(
                f"Only desk admins can {doing}.",
                hint="Ask an admin to add you to GUARANTEES_ADMINS.",
            )
