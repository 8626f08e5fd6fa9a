"""The bench's charts: `topic` and `actor` answers drawn as the Slack app draws them, beside the text answer.

For each question three steps are timed apart: the text answer (the peer: what the question costs without a
chart), the chart's data read from the index, and the drawing of the PNG. The first chart of a process also
pays for importing matplotlib; it is drawn before the clock starts and reported apart as `first_ms`. The
chart's CPU time (`cpu_*`) is what one core of its own would take on a shared machine.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from bot.answering import answer_question
from bot.answering.charting import answer_chart
from bot.bench.figures import latency, ratio
from bot.lexicon import Lexicon
from bot.store import open_store


def time_charts(db: Path, questions: Sequence[str], lexicon: Lexicon) -> dict:
    """Answer and chart each question; the figures of `bench --json`'s "chart" object."""
    if not questions:
        return {}
    started = time.perf_counter()
    from bot.render.chart import draw_chart  # the import, once per process, as the first chart's cost

    text_ms, data_ms, draw_ms, cpu_ms, rows, marks, drawn = [], [], [], [], [], [], 0
    for i, question in enumerate((questions[0], *questions)):
        step = time.perf_counter()
        with open_store(db) as store:
            answer = answer_question(store, question, lexicon)
            answered, answered_cpu = time.perf_counter(), time.process_time()
            chart = answer_chart(store, answer)
        read = time.perf_counter()
        if chart is not None and not chart.missing:
            draw_chart(chart)
            drawn += 1
            rows.append(len(chart.rows))
            marks.append(sum(len(row.marks) for row in chart.rows))
        done, done_cpu = time.perf_counter(), time.process_time()
        if i == 0:
            first_ms = (done - started) * 1000
            continue
        text_ms.append((answered - step) * 1000)
        data_ms.append((read - answered) * 1000)
        draw_ms.append((done - read) * 1000)
        cpu_ms.append((done_cpu - answered_cpu) * 1000)
    whole = [d + r for d, r in zip(data_ms, draw_ms, strict=True)]
    figures = {**latency(whole), **latency(data_ms, prefix="data_"), **latency(draw_ms, prefix="draw_")}
    figures |= latency(text_ms, prefix="text_") | latency(cpu_ms, prefix="cpu_")
    return {
        **figures,
        "first_ms": round(first_ms, 1),
        "vs_text_p50": ratio(figures["p50_ms"], figures["text_p50_ms"]),
        "questions": len(questions),
        "drawn": drawn,
        "max_rows": max(rows, default=0),
        "max_marks": max(marks, default=0),
    }
