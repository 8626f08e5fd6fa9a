"""Crash safety, reduced: kill -9 a bulk ingest at random moments; every article is whole or absent, and resuming
ends with all of them.

The full run (1,000 articles, 20 trials) is `uv run python scripts/crash_trials.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.crash import Corpus, build_corpus, run_trials, summary

ARTICLES = 30
TRIALS = 4  # two killed at a random moment, two as a random SQL write begins
SEED = 7
MOST_CONTROL_TRIALS = 20  # without the transaction, every write kill and a few timed ones tear an article


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build_corpus(tmp_path_factory.mktemp("crash"), ARTICLES, SEED)


def test_a_bulk_ingest_killed_at_random_moments_leaves_every_article_whole_or_absent(
    corpus: Corpus, tmp_path: Path
) -> None:
    trials = run_trials(corpus, tmp_path, TRIALS, seed=SEED)
    print(f"\n{summary(trials, len(corpus.reference))}")
    assert len(corpus.reference) == ARTICLES
    assert [trial.damage(ARTICLES) for trial in trials] == [[]] * TRIALS
    assert any(trial.killed for trial in trials), "no kill landed during the ingest"


def test_the_same_checks_find_torn_articles_when_the_per_article_transaction_is_switched_off(
    corpus: Corpus, tmp_path: Path
) -> None:
    trials = run_trials(corpus, tmp_path, MOST_CONTROL_TRIALS, seed=SEED, transactions=False, stop_at_damage=True)
    print(f"\n{summary(trials, len(corpus.reference))}")
    damage = trials[-1].damage(ARTICLES)
    assert damage, f"{len(trials)} kills without the transaction and the checks found nothing"
    assert any("torn" in problem for problem in damage)
