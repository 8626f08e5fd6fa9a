"""Finding a new article's quotations in earlier articles, credited to someone else (the attribution check).

Each quotation of a named person, at least MIN_WORDS words long, asks the full-text index for the earlier
sentences holding most of its rarest words (three of its four rarest, by the vocabulary quote search keeps
in memory), which a repeated quotation always does and little else; the few that come back are compared
with rapidfuzz (bot.attribution). Its cost is one index query per quotation, whatever the archive's size.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import combinations

from bot.attribution import Quotation, find_misattribution, quotable
from bot.contradictions import Conflict
from bot.quote_matching import words_of
from bot.store import Database
from bot.store.copies import story_groups
from bot.store.search import known_vocabulary

TELLING = 4  # the quotation's rarest words the index is asked about (one of them may differ)
AT_LEAST = 3  # of which an earlier sentence must hold this many
# Earlier quotations compared, at most, the first indexed first (the earliest reports): a quotation repeated in
# hundreds of articles costs no more than this many comparisons.
EARLIER = 20
_ARTICLE_KEY = "substr(a.content_hash, 1, 16)"
_QUOTATION = f"q.id, q.article_id, {_ARTICLE_KEY}, q.text, q.speaker, a.published"


@dataclass(frozen=True)
class Misattribution:
    """An attribution alert to record: the conflict, its subject, and the actors both speakers speak for."""

    conflict: Conflict
    subject: str
    actors: tuple[str, ...]


def misattributions(db: Database, article_id: int, *, dismissed: Collection[str]) -> list[Misattribution]:
    """Quotations of the new article that the earliest other report credits to a clearly different person, one
    per pair of people (a quotation the parser split over sentences is stored once per sentence)."""
    rows = db.execute(
        f"SELECT {_QUOTATION}, q.actor FROM quotes q JOIN articles a ON a.id = q.article_id"
        " WHERE q.article_id = ? AND q.speaker_is_person ORDER BY q.id",
        [article_id],
    ).fetchall()
    story = story_groups(db, [article_id])
    quotations = [(row[-1], _quotation(row[:-1], story)) for row in rows if quotable(row[3])]
    if not quotations:
        return []
    first_sentence = db.execute("SELECT min(id) FROM sentences WHERE article_id = ?", [article_id]).fetchone()[0]
    found: dict[str, Misattribution] = {}
    for actor, quotation in quotations:
        earlier = _earlier_quotations(db, quotation.text, before_sentence=first_sentence)
        hit = find_misattribution(quotation, earlier, dismissed=dismissed)
        if hit is None or hit[1] in found:
            continue
        conflict, subject = hit
        old_actor = db.execute("SELECT actor FROM quotes WHERE id = ?", [conflict.old_id]).fetchone()[0]
        found[subject] = Misattribution(conflict, subject, tuple(a for a in (actor, old_actor) if a))
    return list(found.values())


def _earlier_quotations(db: Database, text: str, *, before_sentence: int) -> list[Quotation]:
    """Quotations of named people in earlier sentences holding most of the text's rarest words."""
    expression = _most_of(db, words_of(text))
    if not expression:
        return []
    rows = db.execute(
        f"SELECT {_QUOTATION} FROM sentences_fts JOIN quotes q ON q.sentence_id = sentences_fts.rowid"
        " JOIN articles a ON a.id = q.article_id"
        " WHERE sentences_fts MATCH ? AND sentences_fts.rowid < ? AND q.speaker_is_person"
        " ORDER BY sentences_fts.rowid LIMIT ?",
        [expression, before_sentence, EARLIER],
    ).fetchall()
    stories = story_groups(db, {row[1] for row in rows})  # copies of one story are one report
    return [_quotation(row, stories) for row in rows]


def _most_of(db: Database, words: Sequence[str]) -> str:
    """An FTS5 query for sentences holding AT_LEAST of the TELLING rarest words (all of them, if fewer).

    Rarity comes from the vocabulary quote search keeps in memory, topped up as articles arrive
    (bot.store.search.known_vocabulary): counting a common word's sentences in the index itself would read its
    whole list, which grows with the archive.
    """
    docs = known_vocabulary(db).docs
    rarest = sorted(set(words), key=lambda term: (docs.get(term, 0), term))[:TELLING]
    if not rarest:
        return ""
    need = min(AT_LEAST, len(rarest))
    # Terms hold letters and digits only (bot.quote_matching.words_of), so quoting them is enough.
    return " OR ".join(
        "(" + " AND ".join(f'"{term}"' for term in together) + ")" for together in combinations(rarest, need)
    )


def _quotation(row: Sequence, stories: dict[int, int]) -> Quotation:
    quote_id, article_id, article_key, text, speaker, published = row
    return Quotation(quote_id, article_id, stories[article_id], article_key, text, speaker, published)
