"""Who stands where: claims, quotes and figures found in an article's sentences.

Module map (each stage takes values and returns values; no clock, database or network):

- `tokens`    words with offsets, normalised (contractions, defence/defense, -ise/-ize, hyphens, quote marks)
- `phrases`   the phrase syntax of the lists compiled to token patterns, found in one pass per sentence
- `mentions`  actor, outlet and people names: a word-by-word name table, fuzzy matching on leftover capitalised words
- `compiled`  the lexicon compiled once (names, topics, cues, grammar words) and reused for every article
- `sentence`  one sentence read once: tokens, names, people, topic phrases, stance cues, grammar markers
- `context`   what the article established: people named, quotations, earlier topics and claims, the
              outlet whose opinion it relays, ambiguous names resolved
- `clauses`   the grammar around a word: clause start, subject zone, speech frames, masked regions
- `claims`    from each stance cue to claims: holder, topics, stance after negation, aspect and conditions
- `quotes`    direct quotations with their speakers ("he said" -> the last person named)
- `figures`   numbers of troops or countries as ranges ("10,000 to 30,000", "fewer than 30,000")

The cost grows with the text's length: every list is compiled once per lexicon and matched with
indexed look-ups, and nothing here looks at other articles.
"""

from __future__ import annotations

from bot.analysis.claims import sentence_claims
from bot.analysis.clauses import analyse_grammar
from bot.analysis.compiled import compiled
from bot.analysis.context import ArticleContext, collect_people, find_opinion_outlet, resolve_ambiguous
from bot.analysis.figures import find_figures
from bot.analysis.quotes import find_quotes
from bot.analysis.sentence import parse_sentence
from bot.lexicon import Lexicon
from bot.model import Analysis, ParsedArticle


def analyze(article: ParsedArticle, lexicon: Lexicon) -> Analysis:
    """Claims, quotes and figures of one article, each pointing to the position of its sentence."""
    lists = compiled(lexicon)
    parses = [parse_sentence(s.text, s.position, s.paragraph, lists) for s in article.sentences]
    resolve_ambiguous(parses)
    context = ArticleContext(lists, parses, year=_year(article.metadata.published))
    collect_people(context)
    context.opinion_outlet = find_opinion_outlet(parses)
    grammars = [analyse_grammar(parse) for parse in parses]
    quotes = find_quotes(context, grammars)
    claims = []
    for index, grammar in enumerate(grammars):
        context.claims[index] = sentence_claims(context, index, grammar)
        claims.extend(context.claims[index])
    figures = [figure for parse in parses for figure in find_figures(parse.position, parse.text)]
    return Analysis(claims=tuple(claims), quotes=tuple(quotes), figures=tuple(figures))


def _year(published: str | None) -> int | None:
    head = (published or "")[:4]
    return int(head) if head.isdigit() else None
