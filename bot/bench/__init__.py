"""Archive-scale benchmarks: a synthetic archive, and the bot's answers timed against brute-force peers."""

from __future__ import annotations

from bot.bench.run import run_bench

__all__ = ["run_bench"]
