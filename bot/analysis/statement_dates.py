"""Which time phrase of a sentence dates a claim's statement, read from the parse.

A phrase dates the statement when it hangs on the verb that states it: the cue's own verb or a verb the cue
stands under (the speech verb of "said on Monday that ...", the verb a heading phrase belongs to in "Back in
April, Shoigu warned that ..."), and that verb tells of something done: a past tense or a participle ("ruled
out", "has said", "was rejected"; not "will be sent"). A phrase inside what was said ("said on Monday it would
send troops in 2026": 2026 is the plan, hung on "send") or naming an event ("the 10 April meeting") dates no
statement, and of several verbs the nearest to the cue with a phrase of its own decides; a relative clause is
not dated by the sentence around it. A phrase that resolves after the publication date is a plan, never a
statement date.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.analysis.syntax import ancestors_and_self
from bot.analysis.time_phrases import StatedDate, find_time_phrases, resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TELLING_TAGS = frozenset({"VBD", "VBN"})  # "said", "has ruled out", "was rejected"
NOT_YET = frozenset({"is", "are", "am", "be", "will", "shall"})  # "is set to", "will be deployed": nothing done yet
CLOSED_CLAUSES = frozenset({"relcl", "appos"})  # "Germany, which ruled out troops, said on Monday ...": a
# clause describing a noun tells its own story; the date of the sentence around it is not its date


def time_phrases_of(doc: Doc) -> list[tuple[str, Span]]:
    """The sentence's time phrases with their words in the parse."""
    found = []
    for phrase in find_time_phrases(doc.text):
        span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if span is not None and len(span):
            found.append((phrase.text, span))
    return found


def statement_date(phrases: list[tuple[str, Span]], cue_head: Token, published: date | None) -> StatedDate | None:
    """The date the sentence gives the statement a cue belongs to, or None when it gives none."""
    if not phrases:
        return None
    for verb in ancestors_and_self(cue_head):
        if _tells_of_something_done(verb):
            for text, span in phrases:
                if _hangs_on(span, verb) and (stated := resolve(text, published)) is not None:
                    return stated
        if verb.dep_ in CLOSED_CLAUSES:
            return None
    return None


def _tells_of_something_done(verb: Token) -> bool:
    """ "said", "has ruled out", "was rejected"; not "are set to" or "will be sent"."""
    auxiliaries = (c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass"))
    return verb.tag_ in TELLING_TAGS and not any(word in NOT_YET for word in auxiliaries)


def _hangs_on(span: Span, verb: Token) -> bool:
    """ "said on Monday", "Monday said", "said in an interview on Monday": the phrase modifies the verb, on
    its own or through the prepositional phrase the verb takes."""
    head = span.root.head
    if head == verb:
        return not any(t == verb for t in span)
    if span.root.dep_ == "prep" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head == verb:
        return True  # "said in an interview on Monday", not "during the 10 April meeting"
    return _before_the_clause(span, head, verb)


def _before_the_clause(span: Span, clause: Token, verb: Token) -> bool:
    """ "said on Monday it would send": the parser may hang the phrase on the reported clause, yet standing
    between the speech verb and that clause's subject it can only be the speech's."""
    if clause.dep_ != "ccomp" or clause.head != verb or not verb.i < span.start:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and span.end <= subject.left_edge.i
