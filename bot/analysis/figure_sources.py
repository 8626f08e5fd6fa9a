"""Whose figure a number is: the actor whose plan or estimate it gives, so that only one source's figures are
set against each other.

Two reports that disagree on the force's size are a disagreement between sources (a Russian intelligence
claim against a British plan, an early draft against a later one), like two actors on opposite sides of a
topic; a contradiction is one source giving two figures that cannot both hold. The source is the subject of
the clause the number stands in ("Britain plans to send 10,000 troops"), else whoever frames that clause as
speech or is cited for it ("Moscow warned that Western countries would send 100,000", "..., Macron said",
"according to Paris").
A number that is its own clause's subject ("The proposed deployment of 30,000 troops ...") has no source.
"""

from __future__ import annotations

from dataclasses import replace

from bot.analysis.clauses import Grammar
from bot.analysis.context import ArticleContext, Speaker, speaker_of, speaker_of_frame
from bot.model import Figure

CITING = frozenset({"according to", "as reported by"})


def with_sources(context: ArticleContext, grammars: list[Grammar], figures: list[Figure]) -> list[Figure]:
    """The figures, each with the actor it belongs to (None when the text gives no actor for it)."""
    by_position = {parse.position: index for index, parse in enumerate(context.parses)}
    return [replace(f, source=_source(context, by_position[f.sentence], grammars, f.text)) for f in figures]


def _source(context: ArticleContext, index: int, grammars: list[Grammar], written: str) -> str | None:
    parse, grammar = context.parses[index], grammars[index]
    char = parse.text.find(written)
    token = next((k for k, t in enumerate(parse.tokens) if t.start >= char), len(parse.tokens))
    clause = grammar.clause_of(token)
    if not clause.zone_start <= token < clause.zone_end:
        subject = speaker_of(context, index, clause.zone_start, clause.zone_end, grammar.hidden)
        if _actor(subject):
            return _actor(subject)
    if clause.frame is not None:
        return _actor(speaker_of_frame(context, index, grammar, clause.frame))
    # ", Macron said." after the clause, or "according to Paris" anywhere in the sentence
    cited = next((h for h in parse.markers["reporting"] if h.text in CITING or grammar.is_postposed(h)), None)
    return _actor(speaker_of_frame(context, index, grammar, cited)) if cited else None


def _actor(speaker: Speaker | None) -> str | None:
    return speaker.actor if speaker else None
