"""Analysing articles in worker processes, for bulk ingest: the parse is the costly part of adding an article
and it needs nothing but the article and the lists, so it runs on every core while one process stores.

Workers are started fresh (spawn), load the lists and the parser's model once, and return each article's
`Analysis`; the caller stores the results in the order it submitted them.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor

from bot.analysis import analyze_many, nlp
from bot.lexicon import Lexicon
from bot.model import Analysis, ParsedArticle

_lexicon: Lexicon | None = None  # a worker's lists, set once when it starts


class AnalysisPool:
    """A pool of analysing processes; use as a context manager so the workers end with it."""

    def __init__(self, lexicon: Lexicon, workers: int) -> None:
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(lexicon,),
        )
        self.workers = workers

    def submit(self, articles: list[ParsedArticle]) -> Future[list[Analysis]]:
        """Analyse a few articles in one task: their sentences are parsed as one batch."""
        return self._executor.submit(_analyze, articles)

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _start_worker(lexicon: Lexicon) -> None:
    global _lexicon
    _lexicon = lexicon
    nlp.pipeline()  # load the model now, not inside the first article's timing


def _analyze(articles: list[ParsedArticle]) -> list[Analysis]:
    assert _lexicon is not None, "the worker was started without its lists"
    return analyze_many(articles, _lexicon)
