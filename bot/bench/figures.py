"""The bench's arithmetic: percentiles, ratios, and the machine the figures were measured on."""

from __future__ import annotations

import os
import platform
import sqlite3
from collections.abc import Sequence


def latency(times: Sequence[float], *, prefix: str = "") -> dict:
    """p50 and p99 in milliseconds (None when nothing was timed)."""
    if not times:
        return {f"{prefix}p50_ms": None, f"{prefix}p99_ms": None}
    return {f"{prefix}p50_ms": round(percentile(times, 50), 2), f"{prefix}p99_ms": round(percentile(times, 99), 2)}


def percentile(values: Sequence[float], percent: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * percent / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """The quotient to two places, or None when either side was not measured."""
    return round(numerator / denominator, 2) if numerator is not None and denominator else None


def machine() -> dict:
    """Where the figures were measured."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") if hasattr(os, "sysconf") else 0
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(memory / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load_average": [round(load, 1) for load in os.getloadavg()],  # others' work on the machine skews times
    }
