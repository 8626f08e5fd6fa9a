"""The two peers the bot's quote search is measured against, on the same sentences and the same queries.

- Brute force: `rapidfuzz.process.extract` with the bot's own similarity over every sentence. Its answer is
  the best there is by the bot's own measure, so agreeing with it is what "finds the right sentence" means.
  Its sentences are made comparable once, before timing, so its times are the scoring alone (a generous peer).
- tantivy: a Rust full-text index of the same sentences, asked the OR of each word (exact, or within one
  edit for words of four letters or more), whose best candidates are re-ranked by the bot's `rank_quotes`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import process

from bot.quote_matching import Candidate, comparable, rank_quotes, similarity, words_of

FUZZY_MIN_LETTERS = 4  # as the bot: shorter words are matched exactly ("war" is not "was")


@dataclass(frozen=True)
class Match:
    """A peer's best sentence for a query, and its score (0-100)."""

    sentence_id: int
    score: float


def _similarity(query: str, sentence: str, **_: Any) -> float:
    return similarity(query, sentence)


class BruteForce:
    """Scores every sentence against the query with the bot's similarity and keeps the best."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        self.ids = [c.sentence_id for c in candidates]
        self.rows = {sentence_id: row for row, sentence_id in enumerate(self.ids)}
        self.comparable = [comparable(c.text) for c in candidates]

    def best(self, query: str) -> Match | None:
        wanted = comparable(query)
        if not wanted:
            return None
        found = process.extract(wanted, self.comparable, scorer=_similarity, processor=None, limit=1)
        return Match(self.ids[found[0][2]], round(found[0][1], 1)) if found else None

    def score(self, query: str, sentence_id: int) -> float:
        """What the brute force thinks of a sentence for `query`, rounded as the bot rounds."""
        return round(similarity(comparable(query), self.comparable[self.rows[sentence_id]]), 1)


class TantivyPeer:
    """A tantivy index of the sentences, queried with fuzzy terms and re-ranked by the bot's ranking."""

    def __init__(self, candidates: Sequence[Candidate], folder: Path, *, limit: int) -> None:
        import tantivy  # an optional extra: `uv sync --extra bench`

        self.tantivy = tantivy
        self.candidates = candidates
        self.limit = limit
        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("row", stored=True, indexed=False)
        builder.add_text_field("text", stored=False, tokenizer_name="default")
        self.schema = builder.build()
        folder.mkdir(parents=True, exist_ok=True)
        index = tantivy.Index(self.schema, path=str(folder))
        writer = index.writer(heap_size=256_000_000, num_threads=1)
        for row, candidate in enumerate(candidates):
            writer.add_document(tantivy.Document(row=row, text=candidate.text))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        self.searcher = index.searcher()

    def best(self, query: str) -> Match | None:
        hits = rank_quotes(query, [self.candidates[r] for r in self.candidate_rows(query)], limit=1)
        return Match(hits[0].candidate.sentence_id, hits[0].score) if hits else None

    def candidate_rows(self, query: str) -> list[int]:
        """The rows of the index's best `limit` sentences for the OR of the query's words."""
        Query, Occur = self.tantivy.Query, self.tantivy.Occur
        clauses = []
        for word in dict.fromkeys(words_of(query)):
            clauses.append((Occur.Should, Query.term_query(self.schema, "text", word)))
            if len(word) >= FUZZY_MIN_LETTERS:
                clauses.append((Occur.Should, Query.fuzzy_term_query(self.schema, "text", word, distance=1)))
        if not clauses:
            return []
        result = self.searcher.search(Query.boolean_query(clauses), limit=self.limit)
        return [self.searcher.doc(address)["row"][0] for _, address in result.hits]
