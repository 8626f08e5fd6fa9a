"""Quote-search reads: the index's vocabulary, cached per database file, and candidate sentences from FTS5.

Every word reaches FTS5 as a quoted term built from letters and digits only, so search syntax typed by
a user (`"`, `AND`, `NEAR(`, `*`, `-`) is searched as words or dropped, never run as syntax.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from bot.model import Source
from bot.quote_matching import Candidate, TermGroup, Vocabulary, plan_terms, words_of
from bot.store import Database, Store
from bot.store.answers import SOURCE_COLUMNS, source_of

# Sentences handed to the ranking, at most: where the index holds thousands of near-identical sentences, the
# best may not be among the newest few hundred (at 100,000 articles, 150 kept the brute force's best 94.5% of the
# time, 600 kept it 96.5%), and ranking 600 costs a few milliseconds.
CANDIDATES = 600
ENOUGH = 30  # fewer than this, and the search widens
TELLING = 5  # words of the question the index is asked about, the rarest first
COMMON_SHARE = 0.05  # a word in more than this share of the sentences tells too little to search by ("the"),
COMMON_FLOOR = 1_000  # unless it is in fewer sentences than this (a small archive has no common words)
TOP_UP = 20_000  # sentences added since the vocabulary was read that are tokenized here; more, and it is re-read

_CANDIDATE = "s.id, s.article_id, s.text, a.published"  # the fields of a Candidate


@dataclass(frozen=True)
class QuotationRow:
    """A quotation the analysis found, and the sentence it starts in."""

    sentence_id: int
    text: str
    speaker: str | None


@dataclass(frozen=True)
class FoundSentence:
    """A sentence a search found, with its article, the quotations around it and a speaker its claims name."""

    id: int
    text: str
    position: int
    source: Source
    quotes: tuple[QuotationRow, ...]  # starting in it or up to `window` sentences before, the nearest first
    claim_speaker: str | None


_vocabularies: dict[tuple[str, int, int], tuple[int, Vocabulary]] = {}
_lock = threading.Lock()


def plan_search(store: Store, query: str) -> list[TermGroup]:
    """The query's words as the index's terms, rarest first, typos corrected against the index's vocabulary."""
    return plan_terms(query, search_vocabulary(store))


def search_vocabulary(store: Store) -> Vocabulary:
    """The index's words and how many sentences hold each: read once per file (seconds on millions of
    sentences), then topped up with the sentences added since."""
    return _vocabulary(store.conn, _file_key(store.path), exact=True)


def known_vocabulary(db: Database) -> Vocabulary:
    """The same vocabulary, for telling rare words from common ones inside a write transaction: topped up with the
    sentences added since (this article's own among them, as the index counts them), but not read again when
    there are fewer (an article rolled back), which would cost seconds in the middle of storing an article.
    Counts so kept are exact for articles added one after another, so a bulk ingest resumed after a crash
    chooses the same words as one that ran through."""
    path = db.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()[0]
    return _vocabulary(db.conn, _file_key(Path(path)) if path else None, exact=False)


def _vocabulary(conn: sqlite3.Connection, key: tuple[str, int, int] | None, *, exact: bool) -> Vocabulary:
    with _lock:  # the cached vocabulary is shared by threads and grows as articles arrive
        seen, vocabulary = _vocabularies.get(key, (0, None)) if key else (0, None)
        newest = int(conn.execute("SELECT coalesce(max(id), 0) FROM sentences").fetchone()[0])
        if vocabulary is not None and newest < seen and not exact:
            return vocabulary
        if vocabulary is None or newest < seen or newest - seen > TOP_UP:
            vocabulary = Vocabulary(conn.execute("SELECT term, doc FROM sentences_vocab"))
        else:
            for (text,) in conn.execute("SELECT text FROM sentences WHERE id > ? AND id <= ?", [seen, newest]):
                for term in set(words_of(text)):
                    vocabulary.add(term)
        if key:
            _vocabularies[key] = (newest, vocabulary)
        return vocabulary


def find_candidates(store: Store, groups: Sequence[TermGroup]) -> list[Candidate]:
    """Sentences holding all of the question's telling words, then all but one, and so on, until enough come back.

    Requiring words together keeps the index's work small whatever the archive's size (FTS5 intersects
    word lists by skipping through them, and ranks nothing), and a misremembered word does not lose the
    sentence. Where more sentences match than the ranking takes, the newest are kept.
    """
    sentences = int(store.conn.execute("SELECT coalesce(max(id), 0) FROM sentences").fetchone()[0])
    found: dict[int, Candidate] = {}
    for expression in _steps(groups, sentences):
        for candidate in _match(store, expression):
            found.setdefault(candidate.sentence_id, candidate)
        if len(found) >= ENOUGH:
            break
    return list(found.values())[:CANDIDATES]


def describe_sentences(store: Store, sentence_ids: Sequence[int], *, window: int) -> dict[int, FoundSentence]:
    """For each sentence: its text and article, the quotations that start in it or up to `window` sentences
    before it in the same article (a quotation may run over several sentences), and a speaker its claims name.
    """
    described = {}
    for sentence_id in sentence_ids:
        row = store.query(
            f"SELECT s.id, s.text, s.position, {SOURCE_COLUMNS} FROM sentences s JOIN articles a ON a.id = s.article_id"
            " WHERE s.id = ?",
            (sentence_id,),
        )[0]
        quotes = store.conn.execute(
            "SELECT q.sentence_id, q.text, q.speaker FROM quotes q JOIN sentences s ON s.id = q.sentence_id"
            " WHERE q.article_id = ? AND s.position BETWEEN ? AND ? ORDER BY s.position DESC, q.id",
            (row["article_id"], row["position"] - window, row["position"]),
        )
        speaker = store.conn.execute(
            "SELECT speaker FROM claims WHERE sentence_id = ? AND speaker IS NOT NULL ORDER BY id LIMIT 1",
            (sentence_id,),
        ).fetchone()
        described[sentence_id] = FoundSentence(
            row["id"],
            row["text"],
            row["position"],
            source_of(row),
            tuple(QuotationRow(*quote) for quote in quotes),
            speaker[0] if speaker else None,
        )
    return described


def every_candidate(store: Store) -> list[Candidate]:
    """Every stored sentence as a candidate, in the order added: what a brute-force search ranks."""
    rows = store.conn.execute(
        f"SELECT {_CANDIDATE} FROM sentences s JOIN articles a ON a.id = s.article_id ORDER BY s.id"
    )
    return [Candidate(*row) for row in rows]


def _steps(groups: Sequence[TermGroup], sentences: int) -> list[str]:
    """FTS5 queries to try in turn: all the telling words together, then all but one, and so on down to any one,
    so that sentences holding more of the words come first. A question of common words only ("we will be
    there") asks for its three rarest together.
    """
    common = max(COMMON_SHARE * sentences, COMMON_FLOOR)
    telling = [g for g in groups if g.docs <= common][:TELLING]
    if not telling:
        return [_all_of(groups[:3])] if groups else []
    return [
        " OR ".join(f"({_all_of(together)})" for together in combinations(telling, size))
        for size in range(len(telling), 0, -1)
    ]


def _match(store: Store, expression: str) -> list[Candidate]:
    """The newest sentences matching `expression` (FTS5 walks its lists from the end and stops: no scoring)."""
    rows = store.conn.execute(
        "WITH hits AS (SELECT rowid AS id FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
        f" SELECT {_CANDIDATE} FROM hits JOIN sentences s ON s.id = hits.id JOIN articles a ON a.id = s.article_id"
        " ORDER BY s.id DESC",
        [expression, CANDIDATES],
    )
    return [Candidate(*row) for row in rows]


def _term(group: TermGroup) -> str:
    # Terms hold letters and digits only (see bot.quote_matching.words_of), so quoting them is enough.
    alternatives = " OR ".join(f'"{term}"' for term in group.terms)
    return f"({alternatives})" if len(group.terms) > 1 else alternatives


def _all_of(groups: Sequence[TermGroup]) -> str:
    return " AND ".join(_term(g) for g in groups)


def _file_key(path: Path) -> tuple[str, int, int] | None:
    """The database file, recognised even when a new file replaces it at the same path; None in memory."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (str(path.resolve()), status.st_dev, status.st_ino)
