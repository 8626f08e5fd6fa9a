"""Who stands where: claims, quotes and figures found in an article's sentences.

Module map (each stage takes values and returns values; no clock, database or network):

- `tokens`    words with offsets, normalised (contractions, defence/defense, -ise/-ize, hyphens, quote marks)
- `phrases`   the phrase syntax of the lists compiled to token patterns, found in one pass per sentence
- `mentions`  actor, outlet and people names: a word-by-word name table, fuzzy matching on leftover capitalised words
- `compiled`  the lexicon compiled once (names, topics, cues, grammar words) and reused for every article
- `sentence`  one sentence read once: tokens, names, people, topic phrases, stance cues, grammar markers
- `context`   what the article established: people named, quotations, earlier topics and claims, the
              outlet whose opinion it relays, ambiguous names resolved
- `nlp`       the dependency parser (spaCy), loaded once and checked
- `syntax`    questions asked of the parse: subject, agent, negation, speech frame, a cue's scope
- `clauses`   the surface grammar quotations still use to find their speakers
- `cues`      stance cues placed in the parse, combined (a cue in another's object, a condition after one)
- `holders`   who holds a cue's stance: subject, agent, possessor, group, pronoun, speaker, outlet
- `cue_topics` what a cue is about, and whose troops those are
- `stance`    the stance after negation, aspect, conditions and history
- `claims`    each cue read into claims, or why none (the stages above, joined)
- `time_phrases` "on Monday", "Aug. 18", "back in April" found and resolved against the publication date
- `statement_dates` which time phrase dates a claim's statement: one on the speech or cue verb, not in its content
- `quotes`    direct quotations with their speakers ("he said" -> the last person named)
- `figures`   numbers of troops or countries as ranges ("10,000 to 30,000", "fewer than 30,000")

The cost grows with the text's length: every list is compiled once per lexicon and matched with
indexed look-ups, and nothing here looks at other articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.analysis import nlp
from bot.analysis.assertion import NEGATORS
from bot.analysis.claims import Reading, sentence_claims, sentence_readings
from bot.analysis.clauses import AUXILIARIES, analyse_grammar
from bot.analysis.compiled import compiled
from bot.analysis.context import (
    ROLE_NOUNS,
    ArticleContext,
    collect_people,
    find_opinion_outlet,
    name_echoes,
    resolve_ambiguous,
    sentence_topics,
)
from bot.analysis.cue_topics import OBJECTLESS, PARTS
from bot.analysis.figure_sources import with_sources
from bot.analysis.figures import find_figures
from bot.analysis.holders import OWN_SIDE, documents_named_before
from bot.analysis.quotes import find_quotes
from bot.analysis.sentence import SentenceParse, parse_sentence, topics_for
from bot.analysis.time_phrases import parse_day
from bot.analysis.tokens import ANAPHORA, POSITIONS, TROOP_NOUNS, is_adverb
from bot.lexicon import Lexicon
from bot.model import Analysis, ParsedArticle

QUOTE_MARKS = frozenset('"“”«»„‘')  # not ’, the apostrophe of "Ukraine’s"
ECHOES = frozenset({"agree", "disagree"})
MODAL_SKIPS = frozenset({"not", "neither", "also", "then", "both", "either", "still", "only"})  # "will neither host"
# what a cue without a topic phrase can still be about ("would not take part", "its participation")
# "is prepared to deploy"; "backed the Estonian position": the stance that side took
ABOUT_WORDS = TROOP_NOUNS | ANAPHORA | OBJECTLESS | PARTS | POSITIONS | {"role", "deploy"}
POINTING_WORDS = frozenset(
    {"he", "she", "they", "we", "i", "it", "this", "our", "us", "his", "her", "their", "him", "them", "both"}
)
SIDES_NAMED_BEFORE = frozenset({"governments", "capitals", "nations", "sides"})  # "the two governments said"


@dataclass
class ArticleReading:
    """An article read: what each sentence's cues came to, and the claims, quotes and figures found."""

    context: ArticleContext
    readings: dict[int, list[Reading]]  # sentence index -> its cues, read
    analysis: Analysis


def analyze(article: ParsedArticle, lexicon: Lexicon) -> Analysis:
    """Claims, quotes and figures of one article, each pointing to the position of its sentence."""
    return read_article(article, lexicon).analysis


def analyze_many(articles: Sequence[ParsedArticle], lexicon: Lexicon) -> list[Analysis]:
    """The same for several articles at once: their sentences are parsed in one batch, which the parser
    runs faster than one article at a time (bulk ingest sends its workers a few articles per task)."""
    contexts = [_context(article, lexicon) for article in articles]
    _parse(contexts)
    return [_read(context).analysis for context in contexts]


def read_article(article: ParsedArticle, lexicon: Lexicon) -> ArticleReading:
    """The article read sentence by sentence; only sentences that can carry a claim are parsed."""
    context = _context(article, lexicon)
    _parse([context])
    return _read(context)


def _parse(contexts: list[ArticleContext]) -> None:
    """Parse the sentences of these articles that can carry a claim, in one batch, into each context's docs."""
    wanted = [(context, i) for context in contexts for i in _candidates(context)]
    docs = nlp.parse([_parse_text(context.parses[i]) for context, i in wanted])
    for (context, i), doc in zip(wanted, docs, strict=True):
        context.docs[i] = doc


def _context(article: ParsedArticle, lexicon: Lexicon) -> ArticleContext:
    """The lists' reading of every sentence (names, topics, cues) and what the article establishes."""
    lists = compiled(lexicon)
    parses = [parse_sentence(s.text, s.position, s.paragraph, lists) for s in article.sentences]
    resolve_ambiguous(parses)
    name_echoes(parses, lists)
    context = ArticleContext(lists, parses, published=parse_day(article.metadata.published))
    collect_people(context)
    context.opinion_outlet = find_opinion_outlet(parses)
    return context


def _candidates(context: ArticleContext) -> list[int]:
    """The sentences that can carry a claim, and those naming who drew up a plan or document such a sentence
    names again ("A plan drawn up by US envoys ... The plan rules out ..."), whose parse says who that was."""
    wanted = [i for i in range(len(context.parses)) if why_unread(context, i) is None]
    earlier = {j for i in wanted for j in documents_named_before(context.parses, i)}
    return sorted(earlier.union(wanted))


def _parse_text(parse: SentenceParse) -> tuple[str, int, dict[int, str]]:
    """A sentence as the parser gets it, with the character of its first cue (the parse window's centre) and the
    normal forms to show it for people's names and stance verbs it could take for other words."""
    names = [parse.tokens[k].start for person in parse.people for k in range(person.start, person.end)]
    verbs = {}
    for cue in parse.cues:
        following = parse.norms[cue.end] if cue.end < len(parse.norms) else None
        norm = nlp.verb_norm(parse.norms[cue.start], following) if cue.end - cue.start == 1 else None
        if cue.modal is not None:  # "will neither host talks nor share intelligence": both are verbs here
            norm = nlp.CLEAR_VERB
            first = _first_verb(parse, cue.modal)
            if first is not None:
                verbs[parse.tokens[first].start] = nlp.CLEAR_VERB
        if norm is not None:
            verbs[parse.tokens[cue.start].start] = norm
    around = parse.tokens[parse.cues[0].start].start if parse.cues else 0  # (a sentence naming a plan's authors)
    return parse.text, around, nlp.normal_forms(names, verbs)


def _first_verb(parse: SentenceParse, modal: int) -> int | None:
    """The word a modal governs ("will neither host talks": "host"), past a "not" or an adverb; None where it is
    an auxiliary ("will be ready to ..."), whose parse needs no help."""
    at = modal + 1
    while at < len(parse.norms) and (parse.norms[at] in MODAL_SKIPS or is_adverb(parse.norms[at])):
        at += 1
    return at if at < len(parse.norms) and parse.norms[at] not in AUXILIARIES else None


def _read(context: ArticleContext) -> ArticleReading:
    """Quotations, then each sentence's cues read against its parse, then figures."""
    parses = context.parses
    grammars = [analyse_grammar(parse) for parse in parses]
    quotes = find_quotes(context, grammars)
    readings: dict[int, list[Reading]] = {}
    claims = []
    for index in range(len(parses)):
        readings[index] = sentence_readings(context, index, context.docs.get(index))
        found = sentence_claims(readings[index])
        context.claims[index] = found
        claims.extend(found)
    figures = with_sources(context, grammars, [f for parse in parses for f in find_figures(parse.position, parse.text)])
    analysis = Analysis(claims=tuple(claims), quotes=tuple(quotes), figures=tuple(figures))
    return ArticleReading(context, readings, analysis)


def why_unread(context: ArticleContext, index: int) -> str | None:
    """Why a sentence is not worth parsing, or None when it can carry a claim: a stance cue, something it can
    be about (a topic, troops, or a word pointing back to one), and someone to hold it (a name, a title, a
    pronoun, a quotation, the article's outlet, or a plan named before with its authors)."""
    parse = context.parses[index]
    if not parse.cues:
        return "no stance cue"
    words = set(parse.norms)
    quoted = bool(QUOTE_MARKS & set(parse.text))
    about = (
        sentence_topics(parse, context.lexicon)  # with what a named actor means by its own words
        or parse.markers["anaphors"]
        or any(cue.label in ECHOES for cue in parse.cues)  # "Kyiv disagrees.": about what was said before
        # "we have an open mind", "there must first be a lasting peace": on what was just discussed
        or any(cue.label in ("noncommittal", "conditional") for cue in parse.cues)
        or any(_stem_in(w, ABOUT_WORDS) for w in words)
        or ("anything" in words and bool(words & NEGATORS))  # "has not committed to anything": to what was discussed
        or ("they" in words and quoted)  # "'They will be targets,' Peskov said": the troops named before
        or any(parse.norms[cue.end - 1] == "there" for cue in parse.cues)  # "Spain will be there": where was named
        or (bool(words & OWN_SIDE) and _own_words_of_the_side_before(context, index))
    )
    if not about:
        return "nothing the cue could be about: no topic, no troops, no word pointing back to one"
    held = (
        parse.mentions
        or quoted
        or words & POINTING_WORDS
        or words & ROLE_NOUNS
        or words & OWN_SIDE  # "the country intends to ...": the side of whoever was named before
        or words & SIDES_NAMED_BEFORE
        or words & context.lexicon.counted.keys()
        or context.opinion_outlet
        or documents_named_before(context.parses, index)
    )
    return None if held else "no name, title or pronoun that could hold the stance"


def _own_words_of_the_side_before(context: ArticleContext, index: int) -> bool:
    """ "Washington's position has shifted. The administration will provide air support": what the side the
    sentence before was about means by its own words ("air support", for the US)."""
    side = context.previous_side(index)
    return (
        side is not None
        and side.actor is not None
        and bool(topics_for(context.parses[index], side.actor, context.lexicon))
    )


def _stem_in(word: str, lemmas: frozenset[str]) -> bool:
    """ "troops", "involved", "pledges", "contributing": the word or its stem without an -s, -d, -es, -ed or -ing
    ending (restoring the "e" an -ing drops)."""
    restored = word.endswith("ing") and word[:-3] + "e" in lemmas
    return restored or any(word[: len(word) - cut] in lemmas for cut in (0, 1, 2, 3) if len(word) - cut > 2)
