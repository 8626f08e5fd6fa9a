"""A one-line progress bar on a terminal; silent when output is piped."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO


class ProgressBar:
    """Counts items as they are started and redraws one line on `stream` if it is a terminal."""

    def __init__(self, total: int, *, label: str = "indexing", stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = total > 1 and self.stream.isatty()

    def __call__(self, item: Path) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = int(width * self.done / self.total)
        name = item.name if len(item.name) <= 40 else item.name[:37] + "..."
        self.stream.write(
            f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name:<40}"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
