"""Quote-search reads: the index's vocabulary, cached per database file, and candidate sentences from FTS5.

Every word reaches FTS5 as a quoted term built from letters and digits only, so search syntax typed by
a user (`"`, `AND`, `NEAR(`, `*`, `-`) is searched as words or dropped, never run as syntax.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

from bot.search import Candidate, TermGroup, Vocabulary, plan_terms, words_of
from bot.store import Store
from bot.store.answers import SOURCE_COLUMNS

CANDIDATES = 150  # sentences handed to the ranking, at most
ENOUGH = 30  # fewer than this from the narrow query, and the search widens
PAIRED = 4  # the narrow query asks for any two of this many of the rarest words
WIDE = 6  # the wide query accepts any one of this many of the rarest words
RANK_BUDGET = 5_000  # sentences holding the words of a ranked query, at most (bm25 reads them all)
TOP_UP = 20_000  # sentences added since the vocabulary was read that are tokenized here; more, and it is re-read

_vocabularies: dict[tuple[str, int, int], tuple[int, Vocabulary]] = {}
_lock = threading.Lock()


def plan_search(store: Store, query: str) -> list[TermGroup]:
    """The query's words as the index's terms, rarest first, typos corrected against the index's vocabulary."""
    newest = int(store.conn.execute("SELECT coalesce(max(id), 0) FROM sentences").fetchone()[0])
    key = _file_key(store)
    with _lock:  # the cached vocabulary is shared by threads and grows as articles arrive
        seen, vocabulary = _vocabularies.get(key, (0, None)) if key else (0, None)
        if vocabulary is None or newest < seen or newest - seen > TOP_UP:
            vocabulary = Vocabulary(store.conn.execute("SELECT term, doc FROM sentences_vocab"))
        elif newest > seen:
            for (text,) in store.conn.execute("SELECT text FROM sentences WHERE id > ? AND id <= ?", [seen, newest]):
                for term in set(words_of(text)):
                    vocabulary.add(term)
        if key:
            _vocabularies[key] = (newest, vocabulary)
        return plan_terms(query, vocabulary)


def find_candidates(store: Store, groups: Sequence[TermGroup]) -> list[Candidate]:
    """Sentences holding the rarest of the words, best first by FTS5's bm25, widened while too few come back."""
    found: dict[int, Candidate] = {}
    for expression, ranked in _steps(groups):
        for candidate in _match(store, expression, ranked=ranked):
            found.setdefault(candidate.sentence_id, candidate)
        if len(found) >= ENOUGH:
            break
    return list(found.values())[:CANDIDATES]


def describe_hits(store: Store, sentence_ids: Sequence[int], *, window: int) -> dict[int, dict]:
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
        row["quotes"] = store.query(
            "SELECT q.sentence_id, q.text, q.speaker FROM quotes q JOIN sentences s ON s.id = q.sentence_id"
            " WHERE q.article_id = ? AND s.position BETWEEN ? AND ? ORDER BY s.position DESC, q.id",
            (row["article_id"], row["position"] - window, row["position"]),
        )
        speakers = store.query(
            "SELECT speaker FROM claims WHERE sentence_id = ? AND speaker IS NOT NULL ORDER BY id LIMIT 1",
            (sentence_id,),
        )
        row["claim_speaker"] = speakers[0]["speaker"] if speakers else None
        described[sentence_id] = row
    return described


def _steps(groups: Sequence[TermGroup]) -> list[tuple[str, bool]]:
    """FTS5 queries to try in turn, narrowest first, each with whether FTS5 may rank (bm25) its matches.

    bm25 reads every sentence holding any of the query's words, so a ranked query uses only the rarest
    words, as many as fit RANK_BUDGET sentences: first any two of them (one misremembered word does
    not lose the sentence), then any one. A question of common words only takes the newest sentences
    holding the rarest three.
    """
    rare: list[TermGroup] = []
    for group in groups[:WIDE]:
        if sum(g.docs for g in rare) + group.docs > RANK_BUDGET:
            break
        rare.append(group)
    pairs = [(a, b) for i, a in enumerate(rare[:PAIRED]) for b in rare[i + 1 : PAIRED]]
    steps = [(" OR ".join(f"({_all_of(pair)})" for pair in pairs), True)] if pairs else []
    if rare:
        steps.append((_any_of(rare), True))
    if groups:
        steps.append((_all_of(groups[:3]), False))
    return steps


def _match(store: Store, expression: str, *, ranked: bool) -> list[Candidate]:
    """Sentences matching `expression`: FTS5's best first when `ranked`, else the newest (cheap at any size)."""
    order, place = ("rank", "rank") if ranked else ("rowid DESC", "-rowid")
    rows = store.conn.execute(
        f"WITH hits AS (SELECT rowid AS id, {place} AS place FROM sentences_fts"
        f" WHERE sentences_fts MATCH ? ORDER BY {order} LIMIT ?)"
        " SELECT s.id, s.article_id, s.text, a.published"
        " FROM hits JOIN sentences s ON s.id = hits.id JOIN articles a ON a.id = s.article_id ORDER BY hits.place",
        [expression, CANDIDATES],
    )
    return [Candidate(sentence_id, article_id, text, published) for sentence_id, article_id, text, published in rows]


def _term(group: TermGroup) -> str:
    # Terms hold letters and digits only (see bot.search.words_of), so quoting them is enough.
    alternatives = " OR ".join(f'"{term}"' for term in group.terms)
    return f"({alternatives})" if len(group.terms) > 1 else alternatives


def _all_of(groups: Sequence[TermGroup]) -> str:
    return " AND ".join(_term(g) for g in groups)


def _any_of(groups: Sequence[TermGroup]) -> str:
    return " OR ".join(_term(g) for g in groups)


def _file_key(store: Store) -> tuple[str, int, int] | None:
    """The database file, recognised even when a new file replaces it at the same path; None in memory."""
    try:
        status = os.stat(store.path)
    except OSError:
        return None
    return (str(store.path.resolve()), status.st_dev, status.st_ino)
