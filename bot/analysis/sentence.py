"""One sentence read once: tokens, names, people, topic phrases, stance cues and grammar markers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from bot.analysis.compiled import BLOCKER, CompiledLexicon
from bot.analysis.mentions import Mention, Person, find_people
from bot.analysis.phrases import Hit, select_longest, select_widest
from bot.analysis.tokens import Token, tokenize

MAX_TOKENS = 400  # a real sentence is far shorter; the grammar rules look back within one, so keep it bounded
BACKED = frozenset({"backed", "sponsored", "proposed"})  # "the British-French-backed plan": a cue though joined
SENTENCE_ENDS = frozenset({".", "!", "?"})
MODALS = frozenset({"will", "would", "shall", "could", "can", "must", "should", "may", "might"})
COORDINATORS = frozenset({"and", "or", "nor"})
MODAL_REACH = 12  # how far back the modal a coordinated verb shares may stand
DETERMINERS = frozenset({"the", "a", "an", "these", "those", "his", "her", "its", "their", "our", "such"})


@dataclass
class SentenceParse:
    """What a sentence holds, by token position; claims are read from it later with the article's context."""

    position: int
    paragraph: int
    text: str
    tokens: list[Token]
    norms: list[str]
    mentions: list[Mention]
    people: list[Person]
    topic_candidates: list[Hit]  # every topic and not_topics hit, before overlaps are settled
    topics: list[Hit]
    cues: list[Hit]
    markers: dict[str, list[Hit]]
    owner_topics: dict[str, list[Hit]] = field(default_factory=dict)  # cache: actor -> topics in its mouth

    def asked(self, hit: Hit) -> bool:
        """Whether the words stand in a question: the first full stop, "!" or "?" after them is a "?" ("Will Italy
        send troops?", "'Why would we accept NATO soldiers?' he asked")."""
        end = next((t.norm for t in self.tokens[hit.end :] if t.norm in SENTENCE_ENDS), None)
        return end == "?"

    def actor_starts(self) -> dict[int, list[tuple[int, str]]]:
        """Token index -> (end, actor) of the actor names starting there, for phrases with `{actor}` slots."""
        starts: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for m in self.mentions:
            if m.actor and not m.actor.startswith("outlet:"):
                starts[m.start].append((m.end, m.actor))
        return dict(starts)

    def words(self, start: int, end: int) -> str:
        """The sentence's own text for tokens [start, end)."""
        if start >= end:
            return ""
        return self.text[self.tokens[start].start : self.tokens[end - 1].end]


def parse_sentence(text: str, position: int, paragraph: int, lexicon: CompiledLexicon) -> SentenceParse:
    """Read one sentence; a run-on "sentence" (a page without full stops) is read up to MAX_TOKENS words."""
    tokens = tokenize(text)[:MAX_TOKENS]
    norms = [t.norm for t in tokens]
    mentions = lexicon.names.find(text, tokens)
    people = find_people(tokens, mentions)
    parse = SentenceParse(position, paragraph, text, tokens, norms, mentions, people, [], [], [], {})
    starts = parse.actor_starts()
    parse.topic_candidates = lexicon.topics.find(norms, starts, select=False)
    parse.topics = [h for h in select_longest(parse.topic_candidates) if h.label != BLOCKER]
    found = lexicon.cues.find(norms, starts, select=False)
    # "Germany is not." ends its sentence; any other "is not" is part of a longer cue or of none
    cues = select_widest([c for c in found if not elliptical_denial(c, norms) or norms[c.end :] in ([], ["."], ["!"])])
    parse.cues = [
        c
        for c in cues
        if (not tokens[c.start].joined or tokens[c.start].norm in BACKED) and not _inside_topic(c, parse.topics)
    ]
    parse.cues = sorted([*parse.cues, *_under_a_shared_modal(norms, parse.cues, lexicon)], key=lambda c: c.start)
    parse.markers = lexicon.markers.hits(norms)
    parse.markers["reporting"] = [h for h in parse.markers["reporting"] if _speech_verb(parse, h)]
    return parse


def _under_a_shared_modal(norms: list[str], cues: list[Hit], lexicon: CompiledLexicon) -> list[Hit]:
    """ "will train soldiers and share intelligence": a verb after "and" or "or" that, put after the nearest modal
    before it, makes a cue ("will share"); the parse confirms it shares that modal (`cues.placed_cues`)."""
    if MODALS.isdisjoint(norms):
        return []  # (most sentences: nothing to look back for)
    found = []
    for i in range(1, len(norms) - 1):
        # "would act as a hub but not send soldiers": a denied verb after "but", the "not" its negation
        verb = i + 2 if norms[i] == "but" and norms[i + 1] == "not" else i + 1
        if (norms[i] not in COORDINATORS and verb == i + 1) or verb >= len(norms):
            continue
        if any(c.start <= verb < c.end for c in cues):
            continue
        modal = next((j for j in range(i - 1, max(-1, i - MODAL_REACH), -1) if norms[j] in MODALS), None)
        if modal is None:
            continue
        hit = next((h for h in lexicon.cues.find((norms[modal], norms[verb])) if (h.start, h.end) == (0, 2)), None)
        if hit is not None and hit.label == "supports":
            found.append(replace(hit, start=verb, end=verb + 1, modal=modal))
    return found


def topics_for(parse: SentenceParse, actor: str, lexicon: CompiledLexicon) -> list[Hit]:
    """The sentence's topics as `actor` would mean them: its own phrases ("backup" for the US) count too."""
    index = lexicon.actor_topics.get(actor)
    if index is None:
        return parse.topics
    if actor not in parse.owner_topics:
        own = index.find(parse.norms, parse.actor_starts(), select=False)
        merged = select_longest([*parse.topic_candidates, *own])
        parse.owner_topics[actor] = [h for h in merged if h.label != BLOCKER]
    return parse.owner_topics[actor]


def _speech_verb(parse: SentenceParse, hit: Hit) -> bool:
    """A reporting word used as a verb: not part of a cue or a name ("United States"), not a noun ("the claims")."""
    if any(hit.overlaps(c) for c in parse.cues) or any(m.start < hit.end and hit.start < m.end for m in parse.mentions):
        return False
    return hit.start == 0 or parse.norms[hit.start - 1] not in DETERMINERS


def elliptical_denial(cue: Hit, norms: list[str]) -> bool:
    """ "Germany is not.", "Spain has not.": a clause that denies the one before by its bare auxiliary (a sentence of
    its own: any other "is not" is part of a longer statement)."""
    return cue.label == "disagree" and norms[cue.end - 1] == "not"


def _inside_topic(cue: Hit, topics: list[Hit]) -> bool:
    return any(t.start <= cue.start and cue.end <= t.end for t in topics)
