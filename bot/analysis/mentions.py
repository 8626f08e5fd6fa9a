"""Names in a sentence: actors (by alias, possessive, compound or a near spelling), outlets and people.

Listed names are looked up word by word in a table keyed by their first word (a token trie), so a
sentence costs one look-up per word; rapidfuzz is called only on capitalised words that no name
matched exactly, and its answers are remembered, so the cost stays linear.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.analysis.tokens import Token, tokenize, word_set
from bot.lexicon import Lexicon

FUZZY_CUTOFF = 88
FUZZY_MIN_LENGTH = 6
CAPITALS_MIN_LENGTH = 4  # shorter words in capitals are acronyms ("US", "EU"), listed as they are
PERSON_TITLES = word_set(
    "president minister secretary chancellor premier spokesperson spokesman spokeswoman professor dr dr. general "
    "gen. admiral ambassador envoy adviser advisor analyst expert official senator representative rep. leader "
    "chief commander head director researcher fellow diplomat mayor governor king queen pope mr mr. mrs ms "
    "colonel col. lieutenant sergeant former deputy"
)
OFFICE_WORDS = word_set("prime foreign defence defense interior finance state vice general")  # "Foreign Minister"
TITLE_WORDS = PERSON_TITLES | OFFICE_WORDS
# "the Russian Foreign Ministry said": a body, whatever its capitals
INSTITUTIONS = word_set(
    "ministry office department council committee agency service commission parliament embassy court government "
    "administration cabinet command staff headquarters secretariat assembly duma senate congress"
)
TITLE_PREFIXES = word_set("former deputy acting")  # "Former Soviet Union" names no one after a title
MAX_TITLED_RUN = 7  # "Foreign Affairs Minister Mélanie Joly": a title of several words, then the name
NOT_NAMES = word_set(
    "the a an in on at of for and or but with by from to as if this that these those it its his her their our "
    "he she they we i you after before during while when since despite although though however meanwhile "
    "yet still so also ultimately together nevertheless crucially moreover asked speaking according "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december european western eastern northern southern"
)
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.À-ÿĀ-ž-]*$")


SOME = word_set("some several few many most certain")  # "some Baltic states": not each of them
COUNTS = {w: n for n, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight"), start=1)}
KNIGHTLY = frozenset({"Sir", "Dame", "Lord", "Lady"})


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
    """Finds actor, outlet and not-actor names among a sentence's tokens, longest name first."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.entries: dict[str, tuple[str, str]] = {}  # exact or casefolded name -> (actor, kind)
        self.exact: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)  # first word -> names
        self.folded: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)  # same, any case
        for actor in lexicon.actors.values():
            for alias in actor.aliases:
                kind = "ambiguous" if alias in actor.ambiguous else "person" if alias in actor.people else "name"
                self._add(alias, actor.id, kind)
        for outlet in lexicon.outlets:
            self._add(outlet, f"outlet:{outlet}", "outlet")
        for short, outlet in lexicon.outlet_aliases:  # "FT" is the Financial Times: one outlet, one speaker
            self._add(short, f"outlet:{outlet}", "outlet")
        for name in lexicon.not_actors:
            self._add(name, "", "none")
        self.group_members = {f"group:{g.id}": g.members for g in lexicon.groups}
        for group in lexicon.groups:
            for name in group.names:
                self._add(name, f"group:{group.id}", "group")
        self._add_paired_groups(lexicon)
        for table in (self.exact, self.folded):
            for options in table.values():
                options.sort(key=lambda option: len(option[0]), reverse=True)
        self.fuzzy_choices = sorted(
            n
            for n, (actor, kind) in self.entries.items()
            if actor and kind in ("name", "person") and " " not in n and len(n) >= FUZZY_MIN_LENGTH and n[:1].isupper()
        )
        self.fuzzy_cache: dict[str, str | None] = {}
        self.people_by_surname: dict[str, str] = {}
        self.people_by_first_name: dict[str, str] = {}  # for "Sir Keir", "Dame Priti": the first name, titled
        for actor in lexicon.actors.values():
            for person in actor.people:
                if " " in person:
                    self.people_by_surname.setdefault(person.split()[-1], person)
                    self.people_by_first_name.setdefault(person.split()[0], person)

    def _add_paired_groups(self, lexicon: Lexicon) -> None:
        """ "the Nordic and Baltic countries": two groups' names sharing their noun stand for both groups."""
        for first, second in ((a, b) for a in lexicon.groups for b in lexicon.groups if a is not b):
            key = f"group:{first.id}+{second.id}"
            self.group_members[key] = (*first.members, *second.members)
            for one in first.names:
                qualifier, _, noun = one.rpartition(" ")
                for other in second.names:
                    if qualifier and other.endswith(f" {noun}"):
                        self._add(f"{qualifier} and {other}", key, "group")

    def _add(self, name: str, actor: str, kind: str) -> None:
        spellings = {name}
        if _case_sensitive(name) and name[:1].islower():  # "von der Leyen" also opens a sentence
            spellings.add(name[:1].upper() + name[1:])
        if _case_sensitive(name) and len(name) >= CAPITALS_MIN_LENGTH and name.isalpha():
            spellings.add(name.upper())  # "POLAND: Warsaw says ...", a label or a headline in capitals
        for spelling in spellings:
            sensitive = _case_sensitive(spelling)
            self.entries.setdefault(spelling if sensitive else spelling.casefold(), (actor, kind))
            words = tuple(_key(t.text) for t in tokenize(spelling))
            if not words:
                continue
            if sensitive:
                self.exact[words[0]].append((words, actor, kind))
            else:
                words = tuple(w.lower() for w in words)
                self.folded[words[0]].append((words, actor, kind))

    def lookup(self, text: str) -> tuple[str, str] | None:
        return self.entries.get(text) or self.entries.get(text.casefold())

    def find(self, text: str, tokens: list[Token]) -> list[Mention]:
        """Names over token spans; possessives kept; near spellings of long names caught by fuzzy matching."""
        keys = [_key(t.text) for t in tokens]
        lowered = [k.lower() for k in keys]
        mentions: list[Mention] = []
        covered: set[int] = set()
        i = 0
        while i < len(tokens):
            found = self._name_at(keys, lowered, i)
            if found is None:
                i += 1
                continue
            for inner in range(i + 1, found[0]):  # "The coalition of the willing": the longer name wins
                longer = self._name_at(keys, lowered, inner)
                if longer and longer[0] > found[0]:
                    i, found = inner, longer
                    break
            end, actor, kind = found
            possessive = end < len(tokens) and lowered[end] == "'s"
            name = text[tokens[i].start : tokens[end - 1].end]
            members = self.group_members.get(actor, (actor,))
            if len(members) > 1 and _some_of(lowered, i, len(members)):
                members = ()  # "two Baltic states", "some of the Nordic countries": which ones is not said
            for one in members:  # "the Baltic states": each of them
                mentions.append(
                    Mention(one, i, end + possessive, name, "name" if kind == "group" else kind, possessive)
                )
            covered.update(range(i, end + possessive))
            i = end + possessive
        for i, token in enumerate(tokens):
            if i in covered or not token.capitalised or len(token.text) < FUZZY_MIN_LENGTH:
                continue
            near = self._near(token.text)
            if near:
                actor, kind = self.entries[near]
                possessive = i + 1 < len(tokens) and tokens[i + 1].norm == "'s"
                mentions.append(Mention(actor, i, i + 1 + possessive, token.text, kind, possessive))
        return sorted((m for m in mentions if m.kind != "none"), key=lambda m: m.start)

    def _name_at(self, keys: list[str], lowered: list[str], i: int) -> tuple[int, str, str] | None:
        """(end, actor, kind) of the longest listed name starting at token i."""
        best: tuple[int, str, str] | None = None
        for table, words in ((self.exact, keys), (self.folded, lowered)):
            for name, actor, kind in table.get(words[i], ()):
                if tuple(words[i : i + len(name)]) == name and (best is None or i + len(name) > best[0]):
                    best = (i + len(name), actor, kind)
                    break
        return best

    def _near(self, word: str) -> str | None:
        if word not in self.fuzzy_cache:
            best = process.extractOne(word, self.fuzzy_choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            self.fuzzy_cache[word] = best[0] if best else None
        return self.fuzzy_cache[word]

    def actor_of(self, name: str) -> str | None:
        """The actor a listed name stands for, if any."""
        found = self.lookup(name)
        return found[0] or None if found and found[1] != "group" else None

    def full_name(self, name: str) -> str:
        """A surname as the lists spell the whole name ("Trump" -> "Donald Trump"), a knight by the title and
        first name ("Sir Keir" -> "Keir Starmer"), else as given."""
        words = name.split()
        if len(words) == 2 and words[0] in KNIGHTLY:
            return self.people_by_first_name.get(words[1], name)
        return self.people_by_surname.get(name, name) if " " not in name else name


def find_people(tokens: list[Token], mentions: list[Mention]) -> list[Person]:
    """People named in a sentence: listed officials, and capitalised names a title or an apposition marks."""
    people = [Person(m.text, m.actor, m.start, m.end) for m in mentions if m.kind == "person"]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and j - i < MAX_TITLED_RUN and _name_word(tokens[j]) and j not in taken:
            j += 1
        start = _after_title(tokens, i, j)  # "Treasury Secretary Scott Bessent": the name after the title
        if start is not None and 2 <= j - start <= 4:
            people.append(Person(" ".join(t.text for t in tokens[start:j]), None, start, j))
            i = j
            continue
        j = min(j, i + 4)
        body = tokens[j - 1].norm in INSTITUTIONS
        if j - i >= 2 and not body and not _title_only(tokens[i:j]) and _looks_like_person(tokens, i, j):
            people.append(Person(" ".join(t.text for t in tokens[i:j]), None, i, j))
            i = j
        else:
            i = max(i + 1, j)
    return sorted(people, key=lambda p: p.start)


def _after_title(tokens: list[Token], i: int, j: int) -> int | None:
    """Where the name starts in a capitalised run that opens with an office ("Foreign Affairs Minister
    Mélanie Joly"): after its last title word, if a title word is in it."""
    titles = [k for k in range(i, j) if tokens[k].norm in PERSON_TITLES and tokens[k].norm not in TITLE_PREFIXES]
    return titles[-1] + 1 if titles else None


def _title_only(words: list[Token]) -> bool:
    """ "the Prime Minister said": an office, capitalised, names no one."""
    return all(t.norm in TITLE_WORDS for t in words)


def _name_word(token: Token) -> bool:
    return bool(NAME_WORD.match(token.text)) and token.norm not in NOT_NAMES and not token.text.isupper()


def _looks_like_person(tokens: list[Token], i: int, j: int) -> bool:
    """Two to four capitalised words after a title, before an apposition or a speech verb, or after "says"."""
    before = tokens[i - 1].norm if i > 0 else ""
    after = tokens[j].norm if j < len(tokens) else ""
    after2 = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if before in PERSON_TITLES or before in ("says", "said", "told", "by"):
        return True
    if after == "," and (after2 in ("a", "an", "the", "who", "whose") or after2 in PERSON_TITLES):
        return True  # "Gabrielius Landsbergis, former foreign minister, said"
    return after in ("said", "says", "told", "warned", "stated", "stressed", "added", "argued", "wrote")


def _key(word: str) -> str:
    """A word as names are compared: one kind of apostrophe."""
    return word.replace("’", "'")


def _case_sensitive(name: str) -> bool:
    return any(c.isupper() for c in name)


def _some_of(lowered: list[str], start: int, size: int) -> bool:
    """Whether the group named at `start` is counted as only some of its `size` members ("two Baltic states", "some
    of the Nordic countries"; not "the three Baltic states", "all three", "the Baltics")."""
    at = start - 1
    if at >= 0 and _count(lowered[at]) == size:  # "the three Baltic states"
        at -= 1
    if at >= 0 and lowered[at] == "the":
        if at < 2 or lowered[at - 1] != "of":
            return False
        at -= 2  # "two of the Baltic states"
    count = _count(lowered[at]) if at >= 0 else None
    return at >= 0 and (lowered[at] in SOME or (count is not None and count < size))


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else COUNTS.get(word)
