"""What one bench run measures and where it keeps its archive, and how its steps run and report progress."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SHARES = {"at_1pct_ms": 100, "at_10pct_ms": 10}  # snapshot key -> N divided by


@dataclass(frozen=True)
class BenchPlan:
    """What one run measures, and where it keeps the archive."""

    articles: int
    seed: int
    queries: int
    folder: Path
    lists: Path

    @property
    def db(self) -> Path:
        return self.folder / "archive.db"

    def snapshot(self, key: str) -> Path:
        return self.folder / f"archive-{key.removeprefix('at_').removesuffix('_ms')}.db"

    def snapshot_sizes(self) -> dict[str, int]:
        return {key: max(1, self.articles // divisor) for key, divisor in SHARES.items()}


def worker_step(step: str, *args: str, plan: BenchPlan) -> dict:
    """Run one step in a worker process of its own (bot.bench.worker); returns the JSON it printed last."""
    command = [sys.executable, "-m", "bot.bench.worker", step, *args, "--lists", str(plan.lists)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the bench's {step} worker failed (exit status {done.returncode}); its error is above")
    return json.loads(done.stdout.strip().splitlines()[-1])


def say(message: str) -> None:
    """Progress, on stderr: stdout carries the report."""
    print(f"bench: {message}", file=sys.stderr, flush=True)
