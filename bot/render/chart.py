"""A stance chart drawn as a PNG: rows of marks along time, an undated column, and each row's stance now.

Drawn with matplotlib's Agg canvas and its object API (no pyplot, no display, no global figure state);
matplotlib is not thread-safe, so the Slack app draws one chart at a time (handlers/uploaded_charts.py).
Importing this module imports matplotlib, which costs a good part of a second: only the paths that draw
import it, when they draw, and `serve` once before it listens. Its caches go to MPLCONFIGDIR, or to a folder
of the system's temporary directory, so a read-only home is no obstacle.
"""

from __future__ import annotations

import io
import os
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("MPLCONFIGDIR", str(Path(tempfile.gettempdir()) / f"guarantees-matplotlib-{os.getuid()}"))
os.environ["MPLBACKEND"] = "Agg"

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from bot.answering.charting import ChartRow, Mark, StanceChart
from bot.model import STANCES, Stance
from bot.render.palette import GROUND, INK, STYLES
from bot.render.wording import count

DPI = 150
WIDTH_IN = 6.4  # 960 pixels: a phone shows it whole, a desktop at its natural size
TOP_IN, ROW_IN, BOTTOM_IN = 0.85, 0.42, 1.2
LABEL_CHARS = 18  # a row's label is wrapped at this many characters a line, on two lines at most
LANES: dict[Stance, float] = {"supports": 0.33, "conditional": 0.11, "noncommittal": -0.11, "opposes": -0.33}
COLUMNS = {"time": (0.26, 0.72), "undated": (0.745, 0.835), "now": (0.86, 0.96)}  # left and right, figure widths
SUBTITLE = "One mark per day of statements; at the right, the undated ones and the stance of the newest."
SLOTS = 60  # places along the timeline, about a mark's width apart
MARK_SIZE, NOW_SIZE = 6.6, 11.5  # diameters, in points


@dataclass(frozen=True)
class ChartLayout:
    """What the renderer drew, read back from its own figure: the row labels top to bottom, and the size."""

    rows: tuple[str, ...]  # as drawn, a label wrapped on two lines read with a space
    width: int  # pixels
    height: int
    links: int  # dashed links drawn between stances
    texts: tuple[str, ...]  # the figure's own lines: title, subtitle, "and N more"


@dataclass(frozen=True)
class DrawnChart:
    png: bytes
    layout: ChartLayout


def chart_size(rows: int) -> tuple[int, int]:
    """The PNG's width and height in pixels for a chart of `rows` rows (one at least)."""
    return round(WIDTH_IN * DPI), round((TOP_IN + max(rows, 1) * ROW_IN + BOTTOM_IN) * DPI)


def draw_chart(chart: StanceChart) -> DrawnChart:
    """The chart as a PNG; the caller checks `chart.missing` first (a chart with no dated mark has no timeline)."""
    width, height = chart_size(len(chart.rows))
    figure = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, facecolor=GROUND)
    canvas = FigureCanvasAgg(figure)
    axes = {name: _column(figure, name, len(chart.rows), height / DPI) for name in COLUMNS}
    rows = chart.rows
    links = _timeline(axes["time"], rows)
    _undated(axes["undated"], rows)
    _now(axes["now"], rows)
    _frame(figure, chart, height / DPI)
    buffer = io.BytesIO()
    canvas.print_png(buffer)
    labels = tuple(reversed([t.get_text().replace("\n", " ") for t in axes["time"].get_yticklabels()]))
    texts = tuple(t.get_text() for t in figure.texts)
    return DrawnChart(buffer.getvalue(), ChartLayout(labels, *canvas.get_width_height(), links, texts))


def warm_up() -> None:
    """Draw a one-mark chart and throw it away: matplotlib's fonts and caches load now, not at a first question."""
    mark = Mark("2025-01-01", "supports", True, 1)
    draw_chart(StanceChart("Warm-up", (ChartRow("Warm-up", (mark,)),), 0, "actor"))


def _column(figure: Figure, name: str, rows: int, height_in: float) -> Axes:
    left, right = COLUMNS[name]
    bottom = BOTTOM_IN / height_in
    axes = figure.add_axes((left, bottom, right - left, max(rows, 1) * ROW_IN / height_in))
    axes.set_ylim(-0.5, max(rows, 1) - 0.5)
    axes.set_facecolor(GROUND)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.tick_params(colors=INK, labelsize=8, length=0)
    for y in range(0, rows, 2):  # every other row shaded, so a long row is easy to follow
        axes.axhspan(y - 0.5, y + 0.5, color="#F2F2F2", zorder=0, linewidth=0)
    if name != "time":
        axes.set_yticks([])
        axes.set_xticks([])
        axes.set_xlim(0, 1)
        axes.set_title(name, fontsize=8, color=INK)
    return axes


def _y(row: int, rows: int, stance: Stance) -> float:
    return rows - 1 - row + LANES[stance]


def _timeline(axes: Axes, rows: tuple[ChartRow, ...]) -> int:
    """The dated marks along time, and the dashed links between stances; returns how many links were drawn.

    Marks closer than one of SLOTS places along the line would overlap: each is drawn at its nearest place,
    once, so a busy row of thousands of statements costs no more to draw than the places it fills.
    """
    days = sorted({m.day for row in rows for m in row.dated if m.day})
    first, last = (mdates.date2num(np.datetime64(days[i], "D")) for i in (0, -1))
    pad = max(10.0, (last - first) * 0.04)
    start, slot = first - pad, (last - first + 2 * pad) / SLOTS
    axes.set_xlim(start, last + pad)
    locator = mdates.AutoDateLocator(minticks=2, maxticks=6)  # 3 finds no monthly step for some 32-month spans
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes.set_yticks(range(len(rows)), [_wrapped(row.label) for row in reversed(rows)], fontsize=9)
    where: dict[int, tuple[float, float]] = {}  # id of a mark -> where it is drawn
    for i, row in enumerate(rows):
        xs = mdates.date2num(np.array([m.day for m in row.dated], dtype="datetime64[D]"))
        for mark, x in zip(row.dated, xs, strict=True):
            where[id(mark)] = (start + round((x - start) / slot) * slot, _y(i, len(rows), mark.stance))
    links = sorted({(where[id(a)], where[id(b)]) for row in rows for a, b in row.changes})
    # One path, broken between links: drawn in one go however many there are.
    xs = [x for (x0, _), (x1, _) in links for x in (x0, x1, np.nan)]
    ys = [y for (_, y0), (_, y1) in links for y in (y0, y1, np.nan)]
    axes.plot(xs, ys, color=INK, linestyle=(0, (3, 2)), linewidth=0.8, alpha=0.7)
    _marks(axes, [(m, *where[id(m)]) for row in rows for m in row.dated])
    return len(links)


def _undated(axes: Axes, rows: tuple[ChartRow, ...]) -> None:
    """Statements with no date: direct ones at the left of the column, the others at its right."""
    placed = [
        (m, 0.3 if m.direct else 0.7, _y(i, len(rows), m.stance)) for i, row in enumerate(rows) for m in row.undated
    ]
    _marks(axes, placed)


def _now(axes: Axes, rows: tuple[ChartRow, ...]) -> None:
    """The right edge: each row's newest dated stance, large."""
    for stance in STANCES:
        ys = [len(rows) - 1 - i for i, row in enumerate(rows) if row.now == stance]
        if ys:
            style = STYLES[stance]
            axes.plot(
                [0.5] * len(ys),
                ys,
                linestyle="",
                marker=style.marker,
                markersize=NOW_SIZE,
                markerfacecolor=style.colour,
                markeredgecolor=INK,
            )


def _marks(axes: Axes, placed: list[tuple[Mark, float, float]]) -> None:
    """One line of markers per stance and kind (Agg stamps a marker drawn once), each place once: filled when
    the actor said it itself, hollow when reported or inferred."""
    for stance in STANCES:
        style = STYLES[stance]
        for direct in (False, True):
            points = sorted({(x, y) for m, x, y in placed if m.stance == stance and m.direct == direct})
            if not points:
                continue
            xs, ys = zip(*points, strict=True)
            face = style.colour if direct else GROUND
            axes.plot(
                xs,
                ys,
                linestyle="",
                marker=style.marker,
                markersize=MARK_SIZE,
                markerfacecolor=face,
                markeredgecolor=style.colour,
                zorder=2,
            )


def _frame(figure: Figure, chart: StanceChart, height_in: float) -> None:
    """Title, legend, and "and N more" when rows did not fit."""
    top = 1 - 0.3 / height_in
    what = "who stood where, over time" if chart.kind == "actor" else "stances by topic, over time"
    figure.text(0.03, top, f"{chart.title}: {what}", fontsize=12, weight="bold", color=INK, va="center")
    figure.text(0.03, top - 0.28 / height_in, SUBTITLE, fontsize=7.5, color=INK, va="center")
    handles = [
        Line2D([], [], linestyle="", marker=s.marker, color=s.colour, markersize=7, label=s.label)
        for s in (STYLES[stance] for stance in STANCES)
    ]
    handles += [
        Line2D([], [], linestyle="", marker="o", color=INK, markersize=7, label="said by the actor"),
        Line2D(
            [],
            [],
            linestyle="",
            marker="o",
            markerfacecolor=GROUND,
            color=INK,
            markersize=7,
            label="reported, inferred",
        ),
        Line2D([], [], linestyle=(0, (3, 2)), color=INK, linewidth=0.8, label="stance changed"),
    ]
    legend_top = (BOTTOM_IN - 0.42) / height_in
    figure.legend(
        handles=handles, loc="upper center", bbox_to_anchor=(0.5, legend_top), ncol=4, fontsize=7.5, frameon=False
    )
    if chart.more:
        more = f"and {count(chart.more, 'more ' + chart.kind)}, listed in the answer"
        figure.text(0.03, 0.12 / height_in, more, fontsize=8, color=INK, style="italic")


def _wrapped(label: str) -> str:
    """The label on one line, or two ("Coalition of the / willing"), cut with "…" beyond."""
    return "\n".join(textwrap.wrap(label, LABEL_CHARS, max_lines=2, placeholder="…")) or label
