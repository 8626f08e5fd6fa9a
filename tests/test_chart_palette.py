"""The chart's stance colours stay apart for colour-blind readers, and no two stances share a shape.

Colour vision deficiencies are simulated with the matrices of Machado, Oliveira and Fernandes (2009,
"A Physiologically-based Model for Simulation of Color Vision Deficiency"), full severity, applied to
linear RGB; colours are compared in CIE L*a*b* (ΔE 1976). Under about 10 two colours can be taken for each
other; MIN_DISTANCE keeps every pair, and each colour against the white ground, well clear of that.
"""

from __future__ import annotations

import itertools
import math

import pytest

from bot.render.palette import GROUND, STYLES

Matrix = tuple[tuple[float, float, float], ...]
VISION: dict[str, Matrix] = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
MIN_DISTANCE = 20.0
RED, GREEN = "#FF0000", "#00A000"  # the pair such a test exists to refuse


def linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def lab(colour: str, vision: Matrix) -> tuple[float, float, float]:
    """The colour as a reader with this vision sees it, in CIE L*a*b* (D65 white)."""
    rgb = [linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5)]
    r, g, b = (min(1.0, max(0.0, sum(row[j] * rgb[j] for j in range(3)))) for row in vision)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = (t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in (x, y, z))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def distance(a: str, b: str, vision: Matrix) -> float:
    return math.dist(lab(a, vision), lab(b, vision))


@pytest.mark.parametrize("vision", sorted(VISION))
def test_every_two_stances_differ_in_colour_for_every_reader(vision: str) -> None:
    colours = {stance: style.colour for stance, style in STYLES.items()}
    closest = min(
        (distance(colours[a], colours[b], VISION[vision]), a, b) for a, b in itertools.combinations(colours, 2)
    )
    assert closest[0] >= MIN_DISTANCE, f"{closest[1]} and {closest[2]} look alike with {vision}"


@pytest.mark.parametrize("vision", sorted(VISION))
def test_every_stance_stands_out_from_the_ground(vision: str) -> None:
    faint = {s: round(distance(style.colour, GROUND, VISION[vision]), 1) for s, style in STYLES.items()}
    assert min(faint.values()) >= MIN_DISTANCE, faint


def test_the_simulation_tells_red_from_green_only_for_normal_vision() -> None:
    assert distance(RED, GREEN, VISION["normal"]) > 3 * MIN_DISTANCE
    assert distance(RED, GREEN, VISION["deuteranopia"]) < MIN_DISTANCE


def test_each_stance_has_a_shape_of_its_own() -> None:
    assert len({style.marker for style in STYLES.values()}) == len(STYLES)
