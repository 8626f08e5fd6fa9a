"""Who frames a quotation as speech, on the surface, for every sentence (most are never parsed): a clause
opens after ";", ":", "but", "while", ", and", a relative "which/who", a frame's speech verb ("said that") or
a quotation that opens a full utterance; its speaker zone is what stands before the first verb-like word,
minus leading adverbials, appositions and brackets. Claims are read from the parse instead."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.analysis.phrases import Hit
from bot.analysis.sentence import SentenceParse
from bot.analysis.tokens import is_adverb, word_set

AUXILIARIES = word_set(
    "is are was were be been being am has have had will would shall should can could may might must do does did "
    "remains remain remained seems seem appears appear"
)
PREPOSITIONS = word_set(
    "in to for with from on at of against about over under into toward towards between among amongst within "
    "without across through via per around beyond near after before during despite including than by upon "
    "inside outside alongside behind"
)
CLAUSE_ADVERBS = word_set(
    "and but yet so or however also then now meanwhile still instead indeed moreover nevertheless nonetheless "
    "ultimately together crucially separately similarly likewise again further furthermore thus therefore"
)
LEADING_WORDS = PREPOSITIONS | word_set(
    "as while although though since when once after before because despite according speaking asked addressing "
    "following amid given unlike"
)
SUBJECT_STOPS = AUXILIARIES | frozenset({"to", "that", "which", "who", "whose"})
TIME_LEADS = word_set("on in at during over last this next earlier later late early")
TIME_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday week weekend month year morning afternoon evening "
    "night day january february march april may june july august september october november december"
)
UTTERANCE_STARTS = frozenset({"we", "i", "our", "they", "it", "this", "there"})
BOUNDARIES = frozenset({";", ":", "but", "while", "whereas"})


@dataclass
class Clause:
    """Where a word's clause starts, how it was opened, and its subject zone [zone_start, zone_end)."""

    start: int
    opener: str  # "start", "boundary", "coordination", "relative", "frame", "quote"
    zone_start: int
    zone_end: int
    frame: Hit | None = None  # the speech verb whose complement this clause is
    relative_at: int | None = None  # the "which"/"who" token opening a relative clause
    conditional: bool = False  # opened right after a leading condition ("If ..., Britain will ...")


@dataclass
class Grammar:
    """A sentence's masks and clause structure, computed once."""

    parse: SentenceParse
    masked: set[int] = field(default_factory=set)  # tokens that assert nothing (conditions, hypotheticals)
    hidden: set[int] = field(default_factory=set)  # tokens whose names are never a subject (appositions...)
    condition_ends: dict[int, int] = field(default_factory=dict)  # condition start -> end (exclusive)

    @property
    def norms(self) -> list[str]:
        return self.parse.norms

    def clause_of(self, i: int) -> Clause:
        """The clause that token i belongs to."""
        norms, tokens = self.norms, self.parse.tokens
        start, opener, frame, relative_at = 0, "start", None, None
        j = i - 1
        while j >= 0:
            if j in self.hidden or (j in self.masked and not self._condition_end(j)):
                j -= 1
                continue
            word = norms[j]
            reporting = self._reporting_ending_at(j)
            if reporting is None and word == ":":
                reporting = self._reporting_ending_at(j - 1)
            if reporting is not None and not self.is_postposed(reporting):
                start, opener, frame = j + 1, "frame", reporting
                break
            framing = self._frame_before_that(j) if word == "that" else None
            if framing is not None:
                start, opener, frame = j + 1, "frame", framing
                break
            opens = word in BOUNDARIES and not (j == 0 and word in ("while", "whereas"))  # not "While X flew, Y said"
            if opens or (word == "and" and j > 0 and norms[j - 1] == "," and not self._in_list(j - 1)):
                start, opener = j + 1, "boundary" if word in (";", ":") else "coordination"
                if opener == "coordination" and norms[j - 1] != ",":
                    frame = self.clause_of(j).frame  # "X said A while B": B is said too (not "..., but B")
                break
            if word in ("which", "who") and j > 0 and norms[j - 1] == ",":
                if self._closed_before(j, i):
                    j -= 2
                    continue
                start, opener, relative_at = j + 1, "relative", j
                break
            if self._condition_end(j):
                start, opener = j + 1, "boundary"
                break
            if j > 0 and tokens[j].quote_before and self._utterance(j):
                start, opener = j, "quote"
                break
            j -= 1
        if frame is not None and frame.text in ("according to", "as reported by"):
            start = self._after_source(frame.end, i)
        if start < i and norms[start] == "that":
            start += 1
        zone_start = self._skip_adverbials(start, i)
        zone_end = self._zone_end(zone_start, i)
        return Clause(start, opener, zone_start, zone_end, frame, relative_at, self._follows_condition(start))

    # --- helpers --------------------------------------------------------------------------------------

    def _reporting_ending_at(self, j: int) -> Hit | None:
        return next((h for h in self.parse.markers["reporting"] if h.end == j + 1), None)

    def is_postposed(self, hit: Hit) -> bool:
        """ ", Trump said" or ", says Nemeth" at the end of what was said: a frame over what comes before."""
        if hit.text in ("according to", "as reported by"):
            return False
        k = hit.start - 1
        while k >= 0 and hit.start - k <= 6 and self.norms[k] not in (",", ";", ":"):
            k -= 1
        if k < 0 or self.norms[k] != "," or (k > 0 and k - 1 in self.hidden):
            return False  # no comma before, or the comma closes an apposition (", a spokesperson, said:")
        after: list[str] = []  # what follows the verb up to the next punctuation: nothing, a name, a short object
        for word in self.norms[hit.end :]:
            if not word[:1].isalnum() and word != "'s":
                if word == ":":
                    return False  # "said:" opens what is said
                break
            after.append(word)
        if not after or self.parse.tokens[hit.end].capitalised:
            return True
        return len(after) <= 5 and not ({"that", "whether", "if"} | AUXILIARIES) & set(after)

    def _frame_before_that(self, j: int) -> Hit | None:
        """A speech verb a few words before "that" ("told their European counterparts ... that")."""
        for hit in self.parse.markers["reporting"]:
            if hit.end <= j and j - hit.end <= 7 and not any(self.norms[k] in BOUNDARIES for k in range(hit.end, j)):
                return hit
        return None

    def _after_source(self, k: int, i: int) -> int:
        """Past "according to senior officials, who spoke to the FT," to where what they said begins."""
        comma = next((c for c in range(k, i) if self.norms[c] == ","), None)
        if comma is None:
            return k
        if comma + 1 < i and self.norms[comma + 1] in ("who", "which"):
            closing = next((c for c in range(comma + 2, i) if self.norms[c] == ","), None)
            return closing + 1 if closing is not None else k
        return comma + 1

    def _in_list(self, comma: int) -> bool:
        """Whether ", and" closes a list ("aircraft, logistics, and radar") rather than joining two clauses."""
        k = comma - 1
        while k >= 0 and comma - k <= 4 and self.norms[k] != ",":
            if self.norms[k] in AUXILIARIES or any(c.start == k for c in self.parse.cues):
                return False
            k -= 1
        return k >= 0 and self.norms[k] == ","

    def _closed_before(self, relative_at: int, i: int) -> bool:
        """Whether a ", who ..." clause has closed with a comma before token i (so i is in the main clause)."""
        return any(self.norms[k] == "," for k in range(relative_at + 1, i))

    def _condition_end(self, j: int) -> bool:
        return any(end - 1 == j for end in self.condition_ends.values())

    def _follows_condition(self, start: int) -> bool:
        return any(end == start for end in self.condition_ends.values())

    def _utterance(self, i: int) -> bool:
        token = self.parse.tokens[i]
        return token.capitalised or token.norm in UTTERANCE_STARTS

    def _skip_adverbials(self, start: int, limit: int) -> int:
        """Past "and", "However,", "In a meeting with X,", "Speaking to reporters," at the clause's start."""
        i = start
        while i < limit:
            word = self.norms[i]
            if word in CLAUSE_ADVERBS or word == "," or i in self.masked or i in self.hidden:
                i += 1
                continue
            if word in ("who", "which") and i > 0 and self.norms[i - 1] == ",":
                comma = next((k for k in range(i + 1, limit) if self.norms[k] == ","), None)
                if comma is not None:
                    i = comma + 1
                    continue
            if word in TIME_LEADS and any(w in TIME_WORDS for w in self.norms[i + 1 : min(i + 4, limit)]):
                i = next(k for k in range(i + 1, limit) if self.norms[k] in TIME_WORDS) + 1
                continue
            token = self.parse.tokens[i]
            leading = word in LEADING_WORDS or is_adverb(word)
            leading = leading or (i == start and token.capitalised and word.endswith(("ing", "ed")))
            if leading:
                comma = next((k for k in range(i + 1, limit) if self.norms[k] == ","), None)
                if comma is not None:
                    i = comma + 1
                    continue
            break
        return i

    def _zone_end(self, start: int, limit: int, stops: frozenset[str] = SUBJECT_STOPS) -> int:
        cue_starts = {c.start for c in self.parse.cues}
        reporting_starts = {h.start for h in self.parse.markers["reporting"]}
        for i in range(start, limit):
            if i in self.hidden:
                continue
            if self.norms[i] in stops or i in cue_starts or i in reporting_starts:
                return i
        return limit


def analyse_grammar(parse: SentenceParse) -> Grammar:
    """Masks of a sentence: conditions and hypotheticals (assert nothing), appositions and brackets (no subject)."""
    grammar = Grammar(parse)
    norms = parse.norms
    cue_tokens = {i for c in parse.cues for i in range(c.start, c.end)}
    hypothetical = {i for h in parse.markers["hypotheticals"] for i in range(h.start, h.end)}
    cue_ends = {i: c.end for c in parse.cues for i in range(c.start, c.end)}
    for kind in ("conditions", "hypotheticals"):
        for hit in parse.markers[kind]:
            if kind == "conditions" and hit.start in hypothetical:
                continue
            if hit.start in cue_tokens:  # "only if" is a cue; what follows it is still the condition
                grammar.masked.update(range(cue_ends[hit.start], _region_end(norms, cue_ends[hit.start])))
                continue
            end = _region_end(norms, hit.end)
            grammar.masked.update(range(hit.start, end))
            if kind == "conditions":
                grammar.condition_ends[hit.start] = end
    _hide_brackets(grammar)
    _hide_appositions(grammar)
    _hide_parenthetical_frames(grammar)
    return grammar


def _hide_parenthetical_frames(grammar: Grammar) -> None:
    """ "Ultimately, Politico writes, the hardest part ...": the inserted frame is no subject of what follows."""
    norms = grammar.norms
    for hit in grammar.parse.markers["reporting"]:
        if hit.end < len(norms) and norms[hit.end] == "," and grammar.is_postposed(hit):
            comma = max(k for k in range(hit.start) if norms[k] == ",")
            grammar.hidden.update(range(comma + 1, hit.end + 1))


def _region_end(norms: list[str], i: int) -> int:
    """A condition or hypothetical runs to the next comma, semicolon or the sentence's end."""
    while i < len(norms) and norms[i] not in (",", ";", ":", "-"):
        i += 1
    return i + 1 if i < len(norms) and norms[i] == "," else i


def _hide_brackets(grammar: Grammar) -> None:
    norms = grammar.norms
    depth_start: int | None = None
    dash_start: int | None = None
    for i, word in enumerate(norms):
        if word == "(":
            depth_start = i
        elif word == ")" and depth_start is not None:
            grammar.hidden.update(range(depth_start, i + 1))
            depth_start = None
        elif word == "-":
            if dash_start is None:
                dash_start = i
            else:
                grammar.hidden.update(range(dash_start, i + 1))
                dash_start = None


def _hide_appositions(grammar: Grammar) -> None:
    """ ", a visiting professor at King's College London," after a name, a role or a group: background, no subject."""
    parse, norms = grammar.parse, grammar.norms
    name_ends = {m.end for m in parse.mentions} | {p.end for p in parse.people}
    for i, word in enumerate(norms):
        if word != "," or i + 1 >= len(norms):
            continue
        before_is_name = i in name_ends or norms[i - 1] in ("spokesperson", "spokesman", "spokeswoman", "official")
        nxt = norms[i + 1]
        opens = nxt in ("a", "an", "the", "whose", "former", "who") or (
            nxt.endswith(("ed", "ing")) and nxt not in ("said", "stated", "added", "warned", "noted")
        )
        if not (before_is_name and opens):
            continue
        if nxt == "who":
            continue  # a relative clause: a clause of its own, about the name before it
        end = next((k for k in range(i + 1, len(norms)) if norms[k] in (",", ";")), len(norms))
        if nxt in ("a", "an", "the", "former") and _has_verb(parse, i + 1, end):
            continue  # ", the Pentagon said ...": a clause, not an apposition
        grammar.hidden.update(range(i + 1, end))


def _has_verb(parse: SentenceParse, start: int, end: int) -> bool:
    verbs = {c.start for c in parse.cues} | {h.start for h in parse.markers["reporting"]}
    return any(parse.norms[k] in AUXILIARIES or k in verbs for k in range(start, end))
