"""Names in a sentence: actors (by alias, possessive, compound or a near spelling), outlets and people.

One combined regular expression finds every listed name; rapidfuzz is called only on capitalised
words that no name matched exactly, and its answers are remembered, so the cost stays linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.analysis.tokens import Token, word_set
from bot.lexicon import Lexicon

FUZZY_CUTOFF = 88
FUZZY_MIN_LENGTH = 6
PERSON_TITLES = word_set(
    "president minister secretary chancellor premier spokesperson spokesman spokeswoman professor dr dr. general "
    "gen. admiral ambassador envoy adviser advisor analyst expert official senator representative rep. leader "
    "chief commander head director researcher fellow diplomat mayor governor king queen pope mr mr. mrs ms "
    "colonel col. lieutenant sergeant former deputy"
)
NOT_NAMES = word_set(
    "the a an in on at of for and or but with by from to as if this that these those it its his her their our "
    "he she they we i you after before during while when since despite although though however meanwhile "
    "yet still so also ultimately together nevertheless crucially moreover asked speaking according "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december european western eastern northern southern"
)
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.À-ÿĀ-ž-]*$")


@dataclass(frozen=True)
class Mention:
    """A name found in a sentence, over tokens [start, end)."""

    actor: str  # actor id, "outlet:<name>", or "" for a listed name that is no actor
    start: int
    end: int
    text: str
    kind: str  # "name", "person", "ambiguous", "outlet", "none"
    possessive: bool = False


@dataclass(frozen=True)
class Person:
    """Someone named in a sentence, with the actor they speak for when the lists know them."""

    name: str
    actor: str | None
    start: int  # token index
    end: int


class NameFinder:
    """Finds actor, outlet and not-actor names in raw sentence text."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.entries: dict[str, tuple[str, str]] = {}  # exact or casefolded name -> (actor, kind)
        names: list[str] = []
        for actor in lexicon.actors.values():
            for alias in actor.aliases:
                kind = "ambiguous" if alias in actor.ambiguous else "person" if alias in actor.people else "name"
                self._add(alias, actor.id, kind, names)
        for outlet in lexicon.outlets:
            self._add(outlet, f"outlet:{outlet}", "outlet", names)
        for name in lexicon.not_actors:
            self._add(name, "", "none", names)
        alternatives = [
            re.escape(n) if _case_sensitive(n) else f"(?i:{re.escape(n)})"
            for n in sorted(set(names), key=len, reverse=True)
        ]
        self.pattern = re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?:['’]s)?(?![\w])")
        self.fuzzy_choices = sorted(
            {n for n, (actor, kind) in self.entries.items() if actor and kind in ("name", "person")}
            & {n for n in names if " " not in n and len(n) >= FUZZY_MIN_LENGTH and n[:1].isupper()}
        )
        self.fuzzy_cache: dict[str, str | None] = {}
        self.people_by_surname: dict[str, str] = {}
        for actor in lexicon.actors.values():
            for person in actor.people:
                if " " in person:
                    self.people_by_surname.setdefault(person.split()[-1], person)

    def _add(self, name: str, actor: str, kind: str, names: list[str]) -> None:
        spellings = {name, name.replace("'", "’")}  # typographic apostrophes too ("King’s College")
        if _case_sensitive(name) and name[:1].islower():  # "von der Leyen" also opens a sentence
            spellings |= {s[:1].upper() + s[1:] for s in spellings}
        for spelling in spellings:
            key = spelling if _case_sensitive(spelling) else spelling.casefold()
            self.entries.setdefault(key, (actor, kind))
            names.append(spelling)

    def lookup(self, text: str) -> tuple[str, str] | None:
        return self.entries.get(text) or self.entries.get(text.casefold())

    def find(self, text: str, tokens: list[Token]) -> list[Mention]:
        """Names over token spans; possessives kept; near spellings of long names caught by fuzzy matching."""
        starts = [t.start for t in tokens]
        mentions: list[Mention] = []
        covered: set[int] = set()
        for match in self._longest(text):
            raw = match.group()
            possessive = raw[-2:] in ("'s", "’s") and self.lookup(raw) is None
            name = raw[:-2] if possessive else raw
            entry = self.lookup(name)
            if entry is None:
                continue
            first = bisect.bisect_left(starts, match.start())
            last = bisect.bisect_left(starts, match.end())
            if first >= last:
                continue
            mentions.append(Mention(entry[0], first, last, name, entry[1], possessive))
            covered.update(range(first, last))
        for i, token in enumerate(tokens):
            if i in covered or not token.capitalised or len(token.text) < FUZZY_MIN_LENGTH:
                continue
            near = self._near(token.text)
            if near:
                actor, kind = self.entries[near]
                possessive = i + 1 < len(tokens) and tokens[i + 1].norm == "'s"
                mentions.append(Mention(actor, i, i + 1 + possessive, token.text, kind, possessive))
        return sorted((m for m in mentions if m.kind != "none"), key=lambda m: m.start)

    def _longest(self, text: str) -> list[re.Match[str]]:
        """Matches that prefer the longer name where two overlap ("The coalition of the willing")."""
        matches = list(self.pattern.finditer(text))
        out: list[re.Match[str]] = []
        for match in matches:
            if out and match.start() < out[-1].end():
                continue
            for inner in re.finditer(r"\s+", match.group()):
                longer = self.pattern.match(text, match.start() + inner.end())
                if longer and longer.end() > match.end():
                    match = longer
                    break
            out.append(match)
        return out

    def _near(self, word: str) -> str | None:
        if word not in self.fuzzy_cache:
            best = process.extractOne(word, self.fuzzy_choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            self.fuzzy_cache[word] = best[0] if best else None
        return self.fuzzy_cache[word]

    def full_name(self, name: str) -> str:
        """A surname as the lists spell the whole name ("Trump" -> "Donald Trump"), else as given."""
        return self.people_by_surname.get(name, name) if " " not in name else name


def find_people(tokens: list[Token], mentions: list[Mention]) -> list[Person]:
    """People named in a sentence: listed officials, and capitalised names a title or an apposition marks."""
    people = [Person(m.text, m.actor, m.start, m.end) for m in mentions if m.kind == "person"]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and j - i < 4 and _name_word(tokens[j]) and j not in taken:
            j += 1
        if j - i >= 2 and _looks_like_person(tokens, i, j):
            people.append(Person(" ".join(t.text for t in tokens[i:j]), None, i, j))
            i = j
        else:
            i = max(i + 1, j)
    return sorted(people, key=lambda p: p.start)


def _name_word(token: Token) -> bool:
    return bool(NAME_WORD.match(token.text)) and token.norm not in NOT_NAMES and not token.text.isupper()


def _looks_like_person(tokens: list[Token], i: int, j: int) -> bool:
    """Two to four capitalised words after a title, before an apposition or a speech verb, or after "says"."""
    before = tokens[i - 1].norm if i > 0 else ""
    after = tokens[j].norm if j < len(tokens) else ""
    after2 = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if before in PERSON_TITLES or before in ("says", "said", "told", "by"):
        return True
    if after == "," and after2 in ("a", "an", "the", "who", "whose"):
        return True
    return after in ("said", "says", "told", "warned", "stated", "stressed", "added", "argued", "wrote")


def _case_sensitive(name: str) -> bool:
    return any(c.isupper() for c in name)
