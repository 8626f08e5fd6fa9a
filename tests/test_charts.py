"""The stance charts: what `topic` and `actor` charts hold, and the PNG the renderer draws from it.

Real SQLite files, the real answers and the real renderer; the rows are read back from the renderer's own
figure (ChartLayout), never guessed from pixels.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PIL import Image

from bot.answering import answer_question
from bot.answering.charting import ROWS, StanceChart, stance_chart
from bot.answering.values import ActorAnswer, TopicAnswer
from bot.config import PROJECT_ROOT
from bot.render.chart import chart_size, draw_chart
from bot.store import open_store
from tests.analysis_helpers import load_shipped_lexicon
from tests.desk_archive import Said, add_article

# Fourteen actors with a stance on the reassurance force: more than a phone-sized chart shows.
ACTORS = (
    "united-states", "united-kingdom", "france", "germany", "poland", "italy", "netherlands",
    "russia", "ukraine", "canada", "japan", "lithuania", "estonia", "latvia",
)  # fmt: skip


def ask(db: Path, question: str) -> TopicAnswer | ActorAnswer:
    with open_store(db) as store:
        answer = answer_question(store, question, load_shipped_lexicon())
    assert isinstance(answer, TopicAnswer | ActorAnswer)
    return answer


def chart_for(db: Path, question: str) -> StanceChart:
    with open_store(db) as store:
        return stance_chart(store, ask(db, question))


@pytest.fixture
def crowded(tmp_path: Path) -> Path:
    """Each of ACTORS on the force once, a month apart; Germany moves from noncommittal to supporting it,
    and Poland's backing is only reported (by the United States)."""
    db = tmp_path / "crowded.db"
    with open_store(db) as store:
        for month, actor in enumerate(ACTORS, start=1):
            said = [Said(actor, "reassurance-force", "opposes" if actor == "russia" else "supports", f"{actor} spoke.")]
            if actor == "poland":
                said = [
                    Said(
                        actor,
                        "reassurance-force",
                        "supports",
                        "Poland backs it, Washington said.",
                        "united-states",
                        "reported",
                    )
                ]
            if actor == "germany":
                said = [Said(actor, "reassurance-force", "noncommittal", "Berlin has not decided on the force.")]
            add_article(store, f"{actor}.txt", published=f"2025-{(month - 1) % 12 + 1:02d}-10", said=tuple(said))
        add_article(
            store,
            "berlin-decides.txt",
            published="2026-02-01",
            said=(Said("germany", "reassurance-force", "supports", "Germany will join the reassurance force."),),
        )
    return db


def test_a_topic_chart_draws_the_answers_first_twelve_actors_and_says_how_many_more(crowded: Path) -> None:
    answer = ask(crowded, "topic reassurance force")
    chart = chart_for(crowded, "topic reassurance force")
    drawn = draw_chart(chart)
    assert len(answer.tracks) == len(ACTORS)
    assert drawn.layout.rows == tuple(t.actor.label for t in answer.tracks[:ROWS])
    assert chart.more == len(ACTORS) - ROWS
    assert "and 2 more actors, listed in the answer" in drawn.layout.texts


def test_the_png_decodes_at_the_size_its_rows_call_for(crowded: Path) -> None:
    drawn = draw_chart(chart_for(crowded, "topic reassurance force"))
    image = Image.open(io.BytesIO(drawn.png))
    assert image.format == "PNG"
    assert image.size == (drawn.layout.width, drawn.layout.height) == chart_size(ROWS)
    assert chart_size(ROWS)[1] > chart_size(3)[1]  # fewer rows, a shorter picture


def test_a_change_of_stance_is_linked_and_the_newest_stance_is_the_rows_now(crowded: Path) -> None:
    chart = chart_for(crowded, "topic reassurance force")
    germany = next(row for row in chart.rows if row.label == "Germany")
    assert [(a.stance, b.stance) for a, b in germany.changes] == [("noncommittal", "supports")]
    assert germany.now == "supports"
    assert draw_chart(chart).layout.links == 1


def test_reported_statements_are_marked_apart_from_those_the_actor_made(crowded: Path) -> None:
    chart = chart_for(crowded, "topic reassurance force")
    marks = {row.label: row.marks for row in chart.rows}
    assert [m.direct for m in marks["Poland"]] == [False]
    assert [m.direct for m in marks["France"]] == [True]


def test_an_actor_chart_has_a_row_per_topic(tmp_path: Path) -> None:
    db = tmp_path / "actor.db"
    with open_store(db) as store:
        add_article(
            store,
            "one.txt",
            published="2025-03-01",
            said=(
                Said("germany", "reassurance-force", "supports", "Germany backs the force."),
                Said("germany", "tripwire", "opposes", "Germany rejects a tripwire."),
            ),
        )
    drawn = draw_chart(chart_for(db, "actor germany"))
    assert set(drawn.layout.rows) == {"Reassurance force", "Tripwire force"}


def test_undated_statements_stand_apart_and_a_chart_with_no_dated_one_says_so(tmp_path: Path) -> None:
    db = tmp_path / "undated.db"
    with open_store(db) as store:
        add_article(store, "undated.txt", said=(Said("france", "tripwire", "opposes", "France rejects a tripwire."),))
    chart = chart_for(db, "topic tripwire")
    assert [m.day for m in chart.rows[0].undated] == [None]
    assert chart.missing == (
        "No chart for Tripwire force: none of its statements is dated, so there is no timeline to draw."
    )


def test_a_statement_is_placed_on_the_date_it_was_made_not_the_day_it_was_reported(tmp_path: Path) -> None:
    db = tmp_path / "stated.db"
    back_then = Said("france", "tripwire", "opposes", "Back in April, France rejected a tripwire.", stated="2025-04")
    again = Said("france", "tripwire", "opposes", "In May 2025, France rejected it again.", stated="2025-05")
    with open_store(db) as store:
        add_article(store, "late.txt", published="2025-09-18", said=(back_then,))
        add_article(store, "undated.txt", said=(again,))
    chart = chart_for(db, "topic tripwire")
    assert sorted(m.day or "" for m in chart.rows[0].dated) == ["2025-04", "2025-05"]
    assert chart.rows[0].undated == ()
    assert list(draw_chart(chart).layout.rows) == ["France"]


def test_answering_without_a_chart_never_imports_matplotlib(crowded: Path) -> None:
    code = (
        "import sys; from bot.cli import main; "
        f"main(['--db', {str(crowded)!r}, 'ask', 'topic reassurance force']); "
        "print('MATPLOTLIB' if 'matplotlib' in sys.modules else 'NO MATPLOTLIB')"
    )
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert "Germany" in done.stdout  # it did answer
    assert done.stdout.strip().endswith("NO MATPLOTLIB")


@pytest.mark.parametrize("last", ["2026-09-20", "2031-06-20", "2025-01-25"])
def test_any_span_of_dates_is_drawn_without_a_warning(tmp_path: Path, last: str) -> None:
    db = tmp_path / "span.db"
    with open_store(db) as store:
        add_article(store, "early.txt", published="2024-01-10", said=(Said("italy", "tripwire", "opposes", "No."),))
        add_article(store, "late.txt", published=last, said=(Said("italy", "tripwire", "supports", "Yes."),))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib's locator warns on stderr when it finds no tick interval
        drawn = draw_chart(chart_for(db, "topic tripwire"))
    assert list(drawn.layout.rows) == ["Italy"]
