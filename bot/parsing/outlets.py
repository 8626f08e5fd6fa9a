"""Outlet names for web domains, from the editable list outlets.yml in the lists folder (GUARANTEES_LISTS)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

import yaml

OUTLETS_FILE = "outlets.yml"  # in the lists folder


@cache
def known_outlets(lists: Path) -> Mapping[str, str]:
    """Domain -> outlet name, read once per lists folder."""
    data = yaml.safe_load((lists / OUTLETS_FILE).read_text(encoding="utf-8")) or {}
    return {str(domain).lower(): str(name) for domain, name in (data.get("domains") or {}).items()}


def outlet_for_host(host: str, outlets: Mapping[str, str]) -> str | None:
    """The listed outlet of a host or of its parent domains ("edition.cnn.com" -> "CNN")."""
    parts = host.lower().split(".")
    for start in range(len(parts) - 1):
        name = outlets.get(".".join(parts[start:]))
        if name:
            return name
    return None


def canonical_outlet(name: str, outlets: Mapping[str, str]) -> str:
    """An outlet named in text, with the listed spelling when it is a known domain or name ("Caliber.Az")."""
    key = name.strip().lower()
    if key in outlets:
        return outlets[key]
    return next((listed for listed in outlets.values() if listed.lower() == key), name.strip())
