"""An answer as Slack shows it: for `topic` and `actor`, the stance chart first (an uploaded image), the text below.

matplotlib is imported only when a chart is drawn, so answers without one never pay for it.
"""

from __future__ import annotations

from typing import Any

from bot.answering import answer
from bot.answering.charting import StanceChart, answer_chart
from bot.errors import UserError
from bot.questions.reading import Question
from bot.render.blocks import answer_blocks, fit
from bot.render.mrkdwn import escape
from bot.render.wording import chart_summary
from handlers.deps import Deps

TITLE_CHARS = 150  # Slack's cap on an image block's title
ALT_CHARS = 2_000  # and on its alt text


def answer_message(deps: Deps, question: Question) -> dict[str, Any]:
    """The reply to a question: the answer's blocks, under its chart when it has one and it was not turned off."""
    with deps.store() as store:
        result = answer(store, question, deps.lexicon)
        chart = answer_chart(store, result)
    message = answer_blocks(result)
    if chart is not None:
        message["blocks"][:0] = chart_blocks(deps, chart)
    return message


def chart_blocks(deps: Deps, chart: StanceChart) -> list[dict[str, Any]]:
    """The chart drawn, uploaded (once: see UploadedCharts) and shown in an image block; a line saying why
    when it cannot be."""
    if chart.missing:
        return [_context(escape(chart.missing))]
    alt = fit(escape(chart_summary(chart)), ALT_CHARS)

    def upload(chart: StanceChart) -> str:
        from bot.render.chart import draw_chart  # imports matplotlib: only when there is a chart to draw

        return deps.upload(draw_chart(chart).png, chart.file_name, alt)

    try:
        file_id = deps.charts.file_id(chart, upload)
    except UserError as exc:
        return [_context(escape(exc.message))]
    return [
        {
            "type": "image",
            "slack_file": {"id": file_id},
            "alt_text": alt,
            "title": {"type": "plain_text", "text": fit(escape(f"{chart.title}: stances over time"), TITLE_CHARS)},
        }
    ]


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}
