"""Load, reduced: bursts of 50 and 200 concurrent signed commands, then 30 s of a steady stream while the inbox
ingests and alerts go out, against `guarantees serve` on loopback. Every command is acknowledged within Slack's 3 s
and answered; the acknowledgement times are printed. The full run is `uv run python scripts/load_test.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.load import Figures, Rig, serving, steady_under_ingest

ARTICLES = 60  # synthetic articles indexed beside the seeds before serve starts
STEADY_RATE = 5.0  # requests a second
STEADY_S = 15.0
INBOX_ARTICLES = 40


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rig]:
    with serving(tmp_path_factory.mktemp("load"), articles=ARTICLES) as running:
        yield running


@pytest.mark.parametrize("concurrent", [50, 200])
def test_a_burst_of_concurrent_commands_is_all_acknowledged_within_3_s_and_all_answered(
    rig: Rig, concurrent: int
) -> None:
    sent = rig.burst(concurrent)
    rig.wait_for_answers(sent)
    figures = Figures.of(sent)
    print(f"\nburst of {concurrent}: {figures}")
    assert figures.acked == concurrent
    assert figures.late == 0, f"{figures.late} acknowledgements took longer than Slack waits"


def test_a_steady_stream_of_commands_is_acknowledged_in_time_while_the_inbox_ingests_and_alerts_go_out(
    rig: Rig, tmp_path: Path
) -> None:
    result = steady_under_ingest(rig, tmp_path, per_second=STEADY_RATE, seconds=STEADY_S, articles=INBOX_ARTICLES)
    print(f"\n{STEADY_RATE:g}/s for {STEADY_S:g} s: {result}")
    figures = result["figures"]
    assert figures["acked"] == figures["requests"] == int(STEADY_RATE * STEADY_S)
    assert figures["late"] == 0
    assert result["inbox_left"] == 0
    assert result["synthetic_articles_indexed"] == ARTICLES + INBOX_ARTICLES
    assert result["alerts_posted_meanwhile"] > 0, "delivery did not run alongside"
