"""Checking a value an admin sets on an article before it is stored."""

from __future__ import annotations


def normalise_field(field: str, value: str) -> tuple[str, str | None]:
    """Placeholder: the field name as stored, and the value (None clears it)."""
    field = field.strip().lower()
    return ("published" if field == "date" else field), (value.strip() or None)
