"""Outlet names for web domains, from the editable list in data/outlets.yml."""

from __future__ import annotations

from functools import cache

import yaml

from bot.config import DATA_DIR

OUTLETS_FILE = DATA_DIR / "outlets.yml"


@cache
def known_outlets() -> dict[str, str]:
    """Domain -> outlet name, read once."""
    data = yaml.safe_load(OUTLETS_FILE.read_text(encoding="utf-8")) or {}
    return {str(domain).lower(): str(name) for domain, name in (data.get("domains") or {}).items()}


def outlet_for_host(host: str) -> str | None:
    """The listed outlet of a host or of its parent domains ("edition.cnn.com" -> "CNN")."""
    outlets = known_outlets()
    parts = host.lower().split(".")
    for start in range(len(parts) - 1):
        name = outlets.get(".".join(parts[start:]))
        if name:
            return name
    return None


def canonical_outlet(name: str) -> str:
    """An outlet named in text, with the listed spelling when it is a known domain or name ("Caliber.Az")."""
    key = name.strip().lower()
    outlets = known_outlets()
    if key in outlets:
        return outlets[key]
    return next((listed for listed in outlets.values() if listed.lower() == key), name.strip())
