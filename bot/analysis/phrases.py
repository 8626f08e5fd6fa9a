"""Finding list phrases (topics, stance cues, grammar words) in a sentence's tokens, in one pass.

Phrases are compiled once per lexicon and indexed by their possible first word, so a sentence costs
one dictionary look-up per token plus the few phrases that start there: linear in the text's length.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.analysis.tokens import INSIDE, is_adverb, phrase_tokens
from bot.lexicon import parse_phrase

INVERTED_AFTER = frozenset({"will", "would", "shall", "could", "can", "did", "does", "do"})  # "nor will Germany send"
Alternative = tuple[str, ...]  # normalised tokens; ("{actor-id}",) stands for any name of that actor
CompiledSlot = tuple[tuple[Alternative, ...], bool]


@dataclass(frozen=True)
class SlotIndex:
    """One slot's alternatives by first word, and the actors it accepts, for look-ups instead of loops."""

    by_first: dict[str, tuple[Alternative, ...]]
    actors: tuple[str, ...]
    optional: bool

    @classmethod
    def of(cls, slot: CompiledSlot) -> SlotIndex:
        alternatives, optional = slot
        by_first: dict[str, list[Alternative]] = defaultdict(list)
        for alternative in alternatives:
            if not alternative[0].startswith("{"):
                by_first[alternative[0]].append(alternative)
        actors = tuple(a[0][1:-1] for a in alternatives if a[0].startswith("{"))
        return cls({k: tuple(v) for k, v in by_first.items()}, actors, optional)


ActorStarts = Mapping[int, Sequence[tuple[int, str]]]  # token index -> (end index, actor id) of names there
SOURCES = INSIDE | {"from", "by"}  # "opposition from Hungary to", "support in Paris for": whose it is


@dataclass(frozen=True, eq=False)
class Phrase:
    """A list entry ready to match: what it stands for, and its slots."""

    label: str
    text: str
    slots: tuple[CompiledSlot, ...]
    index: tuple[SlotIndex, ...] = ()
    needs: tuple[frozenset[str], ...] = ()  # per required word slot, the words one of which the sentence must hold
    absent: bool = False  # the phrase names its topic's absence ("neutral status" for NATO membership)


@dataclass(frozen=True)
class Hit:
    """Where a phrase matched: tokens [start, end), with the negations skipped inside it and any actor slot."""

    label: str
    start: int
    end: int
    text: str
    negated: bool = False
    actor: str | None = None  # the actor an `{actor-id}` slot matched
    absent: bool = False  # the phrase names its topic's absence
    modal: int | None = None  # "will train troops and share intelligence": where the modal a lone verb shares is

    def overlaps(self, other: Hit) -> bool:
        return self.start < other.end and other.start < self.end


def compile_phrase(label: str, text: str, *, absent: bool = False) -> Phrase:
    slots = []
    for alternatives, optional in parse_phrase(text):
        compiled = tuple(
            (a,) if a.startswith("{") and " " not in a else tuple(_tokens_with_slots(a)) for a in alternatives
        )
        slots.append((tuple(c for c in compiled if c), optional))
    needs = tuple(
        frozenset(word for a in alternatives for word in a)
        for alternatives, optional in slots
        if not optional and not any(a[0].startswith("{") for a in alternatives)
    )
    return Phrase(label, text, tuple(slots), tuple(SlotIndex.of(slot) for slot in slots), needs, absent)


def _tokens_with_slots(text: str) -> list[str]:
    out: list[str] = []
    for word in text.split():
        out.extend([word] if word.startswith("{") else phrase_tokens(word))
    return out


class WordSet:
    """Single words and word sequences (fillers, negations, markers) recognised at a token position."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.sequences: dict[str, list[Alternative]] = defaultdict(list)
        for entry in entries:
            tokens = phrase_tokens(entry)
            if tokens:
                self.sequences[tokens[0]].append(tokens)
        for options in self.sequences.values():
            options.sort(key=len, reverse=True)

    def match(self, norms: Sequence[str], i: int) -> int:
        """End of the longest entry starting at token i, or i when none does."""
        for seq in self.sequences.get(norms[i], ()) if i < len(norms) else ():
            if tuple(norms[i : i + len(seq)]) == seq:
                return i + len(seq)
        return i


class WordSets:
    """Several labelled word sets matched in one pass; each label's hits do not overlap each other."""

    def __init__(self, sets: dict[str, WordSet]) -> None:
        self.labels = tuple(sets)
        self.by_first: dict[str, list[tuple[Alternative, str]]] = defaultdict(list)
        for label, words in sets.items():
            for first, sequences in words.sequences.items():
                self.by_first[first].extend((seq, label) for seq in sequences)
        for options in self.by_first.values():
            options.sort(key=lambda o: len(o[0]), reverse=True)

    def hits(self, norms: Sequence[str]) -> dict[str, list[Hit]]:
        out: dict[str, list[Hit]] = {label: [] for label in self.labels}
        free = dict.fromkeys(self.labels, 0)  # per label, the first token not yet inside one of its hits
        norms = tuple(norms)
        for i, norm in enumerate(norms):
            for seq, label in self.by_first.get(norm, ()):
                if i >= free[label] and norms[i : i + len(seq)] == seq:
                    out[label].append(Hit(label, i, i + len(seq), " ".join(seq)))
                    free[label] = i + len(seq)
        return out


class PhraseIndex:
    """Many phrases, indexed by first word; `find` returns non-overlapping hits, longest first."""

    def __init__(self, phrases: Iterable[Phrase], *, fillers: WordSet | None = None, negations: WordSet | None = None):
        self.by_first: dict[str, list[Phrase]] = defaultdict(list)
        self.by_actor: dict[str, list[Phrase]] = defaultdict(list)
        self.fillers = fillers
        self.negations = negations
        for phrase in phrases:
            for first in _first_words(phrase.slots):
                if first.startswith("{"):
                    self.by_actor[first[1:-1]].append(phrase)
                else:
                    self.by_first[first].append(phrase)

    def find(self, norms: Sequence[str], actors: ActorStarts | None = None, *, select: bool = True) -> list[Hit]:
        """Every phrase hit; with `select`, only the longest of overlapping ones (earlier first on ties)."""
        actors = actors or {}
        norms = tuple(norms)
        words = set(norms)
        possible: dict[int, bool] = {}  # id(phrase) -> whether the sentence holds a word for every required slot
        candidates: list[Hit] = []
        for i, norm in enumerate(norms):
            phrases: Sequence[Phrase] = self.by_first.get(norm, ())
            if i in actors:
                named = [p for _, actor in actors[i] for p in self.by_actor.get(actor, ())]
                phrases = list(dict.fromkeys([*phrases, *named]))
            for phrase in phrases:
                key = id(phrase)
                if key not in possible:
                    possible[key] = all(not need.isdisjoint(words) for need in phrase.needs)
                if not possible[key]:
                    continue
                hit = self._match(norms, i, phrase, actors)
                if hit:
                    candidates.append(hit)
        return select_longest(candidates) if select else candidates

    def _match(self, norms: tuple[str, ...], i: int, phrase: Phrase, actors: ActorStarts) -> Hit | None:
        """The longest match of `phrase` starting at token i, slot by slot over the positions still open."""
        states: set[tuple[int, bool, str | None]] = {(i, False, None)}
        for k, slot in enumerate(phrase.index):
            reached = set(states) if slot.optional else set()
            for pos, negated, actor in states:
                for at, skipped in self._positions(norms, pos, actors, inside=k > 0):
                    if at >= len(norms):
                        continue
                    for alternative in slot.by_first.get(norms[at], ()):
                        if len(alternative) == 1 or norms[at : at + len(alternative)] == alternative:
                            reached.add((at + len(alternative), negated or skipped, actor))
                    if slot.actors:
                        for end, found in actors.get(_named_at(norms, at), ()):
                            if found in slot.actors:
                                reached.add((end, negated or skipped, found))
            if not reached:
                return None
            states = reached
        end, negated, actor = max(states, key=lambda state: state[0])
        if end == i:
            return None
        return Hit(phrase.label, i, end, phrase.text, negated, actor, phrase.absent)

    def _positions(
        self, norms: tuple[str, ...], pos: int, actors: ActorStarts, *, inside: bool
    ) -> list[tuple[int, bool]]:
        """Where the next slot may start: here, or after fillers, negations and the side the words are of
        ("opposition from Hungary to", "support in Paris for": inside a phrase only)."""
        if not inside or self.fillers is None or pos >= len(norms):
            return [(pos, False)]
        out = [(pos, False)]
        negated = False
        while pos < len(norms):
            end = self.fillers.match(norms, pos)
            if end == pos and is_adverb(norms[pos]):
                end = pos + 1
            if end == pos and self.negations:
                end = self.negations.match(norms, pos)
                negated = negated or end > pos
            if end == pos:
                end, denied = self._aside(norms, pos)
                negated = negated or denied
            if end == pos and norms[pos] in SOURCES:
                end = max((named_end for named_end, _ in actors.get(_named_at(norms, pos + 1), ())), default=pos)
            if end == pos and pos > 0 and norms[pos - 1] in INVERTED_AFTER:  # "never will Slovakia send troops"
                named = [*actors.get(pos, ()), *actors.get(_named_at(norms, pos), ())]  # "the Netherlands" either way
                end = max((named_end for named_end, _ in named), default=pos)
            if end == pos or end - pos > 6:  # (", for the time being,")
                break
            pos = end
            out.append((pos, negated))
            if len(out) > 4:
                break
        return out

    def _aside(self, norms: tuple[str, ...], pos: int) -> tuple[int, bool]:
        """End of a filler set off by commas ("is prepared, in principle, to send"), or pos when none starts here;
        and whether it is a negation ("will, under no circumstances, send")."""
        if norms[pos] != "," or self.fillers is None:
            return pos, False
        inner = pos + 1
        end = self.fillers.match(norms, inner) if inner < len(norms) else inner
        if end == inner and inner < len(norms) and is_adverb(norms[inner]):
            end = inner + 1
        denied = False
        if end == inner and inner < len(norms) and self.negations:
            end = self.negations.match(norms, inner)
            denied = end > inner
        return (end + 1, denied) if inner < end < len(norms) and norms[end] == "," else (pos, False)


def _named_at(norms: tuple[str, ...], at: int) -> int:
    """Where a name starting at `at` begins, after a "the" ("the United States")."""
    return at + 1 if at < len(norms) and norms[at] == "the" else at


def _first_words(slots: Sequence[CompiledSlot]) -> set[str]:
    """Words a phrase may begin with (optional leading slots can be skipped)."""
    firsts: set[str] = set()
    for alternatives, optional in slots:
        firsts.update(a[0] for a in alternatives)
        if not optional:
            break
    return firsts


def select_widest(hits: Iterable[Hit]) -> list[Hit]:
    """Non-overlapping hits, the longest first wherever they start: of two stance cues that share a word, the
    longer says more ("called the plans 'a direct path to escalation'", not "plans a"); returned in text order."""
    chosen = _without_overlaps(sorted(hits, key=lambda h: (-(h.end - h.start), h.start, h.negated)))
    return sorted(chosen, key=lambda h: h.start)


def select_longest(hits: Iterable[Hit]) -> list[Hit]:
    """Non-overlapping hits, reading left to right and taking the longest hit that starts first
    ("American troops | to Ukraine", not "American | troops to Ukraine"); returned in text order. Of two as long,
    the phrase that spells a "not" out ("would not commit") wins over one that matched by skipping it."""
    return _without_overlaps(sorted(hits, key=lambda h: (h.start, -(h.end - h.start), h.negated)))


def _without_overlaps(ranked: list[Hit]) -> list[Hit]:
    """Each hit in order of preference, unless it overlaps one already taken."""
    chosen: list[Hit] = []
    for hit in ranked:
        if not any(hit.overlaps(c) for c in chosen):
            chosen.append(hit)
    return chosen
