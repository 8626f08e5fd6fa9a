"""Charts written to disk, for the command line (`ask --chart FILE`) and the console."""

from __future__ import annotations

from pathlib import Path

from bot.answering.charting import StanceChart
from bot.errors import UserError


def write_chart(chart: StanceChart | None, path: Path) -> Path:
    """Draw `chart` as a PNG at `path` (its folder made as needed); one that cannot be drawn is a UserError."""
    if chart is None:
        raise UserError("Only `topic NAME` and `actor NAME` answers with something on record have a chart.")
    if chart.missing:
        raise UserError(chart.missing)
    from bot.render.chart import draw_chart  # imports matplotlib: only when a chart is drawn

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(draw_chart(chart).png)
    except OSError as exc:
        raise UserError(f"I could not write the chart to {path}: {exc.strerror or exc}.") from None
    return path
