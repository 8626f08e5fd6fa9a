"""The lists compiled for matching, built once per loaded lexicon and reused for every article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.analysis import syntax
from bot.analysis.mentions import NameFinder
from bot.analysis.phrases import PhraseIndex, WordSet, WordSets, compile_phrase
from bot.lexicon import STANCE_NAMES, Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

BLOCKER = ""  # label of a not_topics phrase
AGREEING = frozenset({"agree", "concur"})
POSITIONS = frozenset({"position", "view", "stance", "line", "message"})  # "X's position is that ..." reports X
# "the plan stipulates that Ukraine will not join NATO": what a document provides for is its authors' word
PROVIDING = frozenset({"stipulate", "provide", "foresee", "envisage", "envision", "specify", "require", "propose"})
MARKERS = ("hedges", "past", "conditions", "hypotheticals", "reporting", "anaphors")


@dataclass
class CompiledLexicon:
    """Everything the analysis matches, precompiled."""

    lexicon: Lexicon
    names: NameFinder
    topics: PhraseIndex  # labels: topic id, or BLOCKER
    echoes: PhraseIndex  # phrases naming a topic once the article has named it (labels: topic id, or BLOCKER)
    actor_topics: dict[str, PhraseIndex]  # actor id -> phrases naming a topic only in that actor's mouth
    cues: PhraseIndex  # labels: a stance, "agree", "disagree", "exclusion"
    markers: WordSets  # hedges, past, conditions, hypotheticals, reporting, anaphors
    replacements: dict[tuple[str, str], str]  # (actor, topic) -> the topic it becomes for that actor
    own_troops: frozenset[str]  # topics that are an actor's own troops ("US ground troops")
    backings: dict[tuple[str, str], str]  # (actor, topic) -> the topic its material support for that one is
    counted: dict[str, str]  # member noun ("countries") -> the actor a counted group of them stands for
    owner: dict[str, str]  # topic id -> the actor it is about ("us-backstop" -> "united-states")
    outcomes: frozenset[str]  # topics others decide for the one they happen to ("Ukraine joining NATO")
    women: frozenset[str]  # the people "she" and "her" stand for, case-folded
    reporting_words: frozenset[str]  # one-word speech verbs, any form ("said", "say"): they frame reported speech
    reporting_phrases: tuple[tuple[str, frozenset[str]], ...]  # ("made", {"it", "clear"}): longer speech verbs

    def is_speech(self, verb: Token) -> bool:
        """Whether a parsed word is a speech verb of the lists ("said", "made it clear", "pointed out"), or the
        "is" of "X's position is that"."""
        if verb.lemma_.lower() in self.reporting_words or verb.lower_ in self.reporting_words:
            return True
        if verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in POSITIONS for c in verb.children):
            return True  # "the Kremlin's position is that ...": what follows is the Kremlin's
        if verb.lemma_.lower() in AGREEING and any(c.dep_ == "ccomp" for c in verb.children):
            return True  # "the two leaders agreed that a US backstop would be vital": what they agreed, they say
        if (
            verb.lemma_.lower() in PROVIDING
            and _document_subject(verb)
            and any(c.dep_ == "ccomp" for c in verb.children)
        ):
            return True
        below = {t.lower_ for t in verb.children}
        # "made clear it would never agree": the parser may hang "clear" on the reported verb; right after it, it counts
        after = verb.doc[verb.i + 1 : verb.i + 3]
        return any(
            verb.lower_ == first and (rest <= below or rest == {t.lower_ for t in after[: len(rest)]})
            for first, rest in self.reporting_phrases
        )


def _document_subject(verb: Token) -> bool:
    """Whether a verb's subject is a plan or a document said to be someone's ("Washington's proposal", "the US
    draft", "the plan drawn up by Moscow"); "the draft" alone may be quoted by anyone."""
    subject = syntax.subject_of(verb)
    if subject is None or subject.lemma_.lower() not in syntax.PROVISIONS:
        return False
    return any(c.dep_ in ("poss", "amod", "compound", "acl", "appos") for c in subject.children)


_CACHE: dict[int, tuple[Lexicon, CompiledLexicon]] = {}  # id(lexicon) -> (lexicon, compiled); a few at most
_CACHE_SIZE = 4


def compiled(lexicon: Lexicon) -> CompiledLexicon:
    """The compiled form of `lexicon`, built on first use (a Lexicon holds dicts, so it is cached by identity)."""
    entry = _CACHE.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        while len(_CACHE) >= _CACHE_SIZE:
            del _CACHE[next(iter(_CACHE))]
        entry = _CACHE[id(lexicon)] = (lexicon, _compile(lexicon))
    return entry[1]


def _compile(lexicon: Lexicon) -> CompiledLexicon:
    stances = lexicon.stances
    negations = WordSet(stances.negations)
    fillers = WordSet(stances.fillers)
    topic_phrases = [compile_phrase(t.id, p) for t in lexicon.topics.values() for p in t.patterns]
    topic_phrases += [compile_phrase(t.id, p, absent=True) for t in lexicon.topics.values() for p in t.absent_patterns]
    topic_phrases += [compile_phrase(BLOCKER, p) for p in lexicon.topic_blockers]
    actor_topics: dict[str, list] = {}
    for topic in lexicon.topics.values():
        if topic.actor:
            actor_topics.setdefault(topic.actor, []).extend(compile_phrase(topic.id, p) for p in topic.actor_patterns)
    cue_phrases = [compile_phrase(stance, p) for stance in STANCE_NAMES for p in stances.cues.get(stance, ())]
    cue_phrases += [compile_phrase(kind, p) for kind, phrases in stances.agreement.items() for p in phrases]
    cue_phrases += [compile_phrase("exclusion", p) for p in stances.exclusions]
    return CompiledLexicon(
        lexicon=lexicon,
        names=NameFinder(lexicon),
        topics=PhraseIndex(topic_phrases),
        echoes=PhraseIndex(
            [compile_phrase(t.id, p) for t in lexicon.topics.values() for p in t.echo_patterns]
            + [compile_phrase(BLOCKER, p) for p in lexicon.topic_blockers]
        ),
        actor_topics={actor: PhraseIndex(phrases) for actor, phrases in actor_topics.items()},
        cues=PhraseIndex(cue_phrases, fillers=fillers, negations=negations),
        markers=WordSets({name: WordSet(getattr(stances, name)) for name in MARKERS}),
        replacements={
            (t.actor, t.replaces): t.id for t in lexicon.topics.values() if t.actor is not None and t.replaces
        }
        | {(actor, t.id): other for t in lexicon.topics.values() for actor, other in t.instead_for},
        own_troops=frozenset(t.id for t in lexicon.topics.values() if t.replaces == "troop-contribution"),
        backings={(t.actor, backed): t.id for t in lexicon.topics.values() if t.actor for backed in t.backs},
        counted={noun: a.id for a in lexicon.actors.values() for noun in a.members},
        owner={t.id: t.actor for t in lexicon.topics.values() if t.actor},
        outcomes=frozenset(t.id for t in lexicon.topics.values() if t.outcome),
        women=frozenset(w.casefold() for a in lexicon.actors.values() for w in a.women),
        reporting_words=frozenset(w.lower() for w in stances.reporting if " " not in w),
        reporting_phrases=tuple(
            (words[0], frozenset(words[1:]))
            for words in (w.lower().split() for w in stances.reporting if " " in w)
            if words[0] != "according"
        ),
    )
