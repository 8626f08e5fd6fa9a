"""Checking a metadata value a desk admin sets on an article before it is stored."""

from __future__ import annotations

from bot.errors import UserError
from bot.model import METADATA_FIELDS
from bot.parsing.dates import parse_date
from bot.parsing.decoding import normalise_text
from bot.parsing.urls import looks_like_url

FIELD_NAMES = {name: name for name in METADATA_FIELDS} | {"date": "published", "link": "url"}
MAX_FIELD_CHARS = 300
FIELDS_HINT = "Fields: title, outlet, author, date, url."


def normalise_field(field: str, value: str) -> tuple[str, str | None]:
    """The field's stored name and its checked value; an empty value clears the field (None).

    Dates are stored as ISO 8601 ("20 February 2025" -> "2025-02-20"); a URL must be a full http(s)
    address (Slack's "<https://...|label>" form is accepted).
    """
    name = FIELD_NAMES.get(field.strip().lower())
    if name is None:
        raise UserError(f"I can't set `{field.strip()}` on an article.", hint=FIELDS_HINT)
    text = " ".join(normalise_text(value).split())
    if not text:
        return name, None
    if len(text) > MAX_FIELD_CHARS:
        raise UserError(
            f"That {name} is {len(text):,} characters long.", hint=f"Keep it under {MAX_FIELD_CHARS} characters."
        )
    if name == "published":
        date = parse_date(text)
        if date is None:
            raise UserError(
                f"`{text}` is not a date I can read.",
                hint="Use a date like 2025-02-20, 20 February 2025 or 2025-02-20 21:18.",
            )
        return name, date
    if name == "url":
        url = text.strip("<>").split("|", 1)[0]
        if not looks_like_url(url):
            raise UserError(f"`{text}` is not a web address.", hint="Give the full link, starting with https://.")
        return name, url
    return name, text
