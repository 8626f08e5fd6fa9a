"""How each stance looks on a chart: a colour a colour-blind reader can tell apart, and a shape of its own.

The colours are four of Okabe and Ito's colour-blind-safe set (2008); tests/test_chart_palette.py simulates
protanopia, deuteranopia and tritanopia on them and keeps every pair, and each against the white ground, apart.
The shape says the stance again, so no reader depends on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.model import Stance


@dataclass(frozen=True)
class StanceStyle:
    colour: str  # hex RGB
    marker: str  # a matplotlib marker code
    label: str  # as the legend names it


STYLES: dict[Stance, StanceStyle] = {
    "supports": StanceStyle("#0072B2", "o", "supports"),  # blue, a disc
    "conditional": StanceStyle("#56B4E9", "D", "conditional"),  # sky blue, a diamond
    "noncommittal": StanceStyle("#999999", "s", "noncommittal"),  # grey, a square
    "opposes": StanceStyle("#D55E00", "X", "opposes"),  # vermillion, a cross
}
GROUND = "#FFFFFF"  # the chart's background
INK = "#222222"  # text, axes and the dashed links between stances
