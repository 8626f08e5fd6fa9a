"""What the analysis knows about the article so far: who was named where, which topics came up, who speaks.

Claims need more than their own sentence: "he said" points to the last person named, "rejected the
idea" to the topic of the sentences before, "the coalition" counts only if the article names the
coalition of the willing, and an opinion piece's unattributed claims belong to its outlet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from bot.analysis.clauses import Grammar
from bot.analysis.compiled import BLOCKER, CompiledLexicon
from bot.analysis.mentions import INSTITUTIONS, PERSON_TITLES, TITLE_WORDS, Person
from bot.analysis.phrases import Hit, select_longest
from bot.analysis.sentence import SentenceParse, topics_for
from bot.analysis.syntax import DOCUMENTS, noun_phrase, subject_of
from bot.analysis.tokens import FORMER, INDEPENDENT, is_adverb, word_set
from bot.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from bot.analysis.mentions import Mention

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
ROLE_NOUNS = word_set(
    "president minister diplomat chancellor secretary premier leader spokesperson spokesman spokeswoman official "
    "envoy ambassador chief head commander general admiral adviser advisor negotiator prime ministry"
)
OFFICE_TITLE_WORDS = (
    TITLE_WORDS | INSTITUTIONS
)  # words naming an office before a name: "government spokesman Juan Ruiz"
LIST_WORDS = frozenset({"and", ",", "the", "nor"})  # what may stand between names listed together
GROUP_POINTERS = frozenset({"these", "those", "they", "them"})
INCLUDING = frozenset({"include", "includes", "included", "including"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})  # who speak for the side just named
GOVERNMENTS = frozenset({"government", "cabinet", "administration"})  # "the government said": of the side just named
OWNED_WORDS = 3  # words after "X's" that may name an office of X ("Poland's deputy defence minister")
HEADING_QUESTION_WORDS = 5  # "What does the US say?": a question this short, naming no topic, heads a section
OFFICE_SENTENCES = 3  # how far back "the official said" looks for the office it names
OFFICE_WORDS = 4  # words before an office's noun that can name its side ("a senior Italian defence official")
PLACES_BEFORE = frozenset({"to", "in", "into", "from", "for", "of", "on", "about", "against", "over", "with"})
OPENING_TOKENS = 8  # "Italian Prime Minister Giorgia Meloni met ...": the subject's name starts this early
PHRASE_LINKS = frozenset({"'s", "’s", "'", "’", "and", ",", "&"})  # "Hungary's Orban", "Britain and France"
PUBLICATIONS = word_set("newspaper paper publication outlet daily agency broadcaster")
DOCUMENT_WORDS = DOCUMENTS | word_set("joint written official press short brief")  # "a joint statement"
OPINION_WORDS = frozenset({"opinion", "op-ed", "op", "editorial", "column", "commentary", "analysis", "view"})
# "Politico writes ..." relays the outlet's own view; "Reuters says ..." or "... adds" may be mere reporting.
OPINION_VERBS = word_set("notes writes argues emphasises emphasizes contends opines cautions insists suggests")
LEADING_SUBORDINATORS = frozenset(
    {
        "when",
        "as",
        "while",
        "and",
        "but",
        "after",
        "before",
        "because",
        "since",
        "so",
        "later",
        "then",
        "also",
        "now",
        "although",
        "though",
        "whereas",
        "yet",
    }
)
TITLE_SHORT = {"pm": ["prime", "minister"]}  # "British PM Keir Starmer ... the Prime Minister said"
NAME_WORDS = 4  # words of a person's name ("Anna Maria de Vries")
ANAPHORA_WINDOW = 4  # sentences looked back for "the idea", "this", "the measures"


@dataclass(frozen=True)
class Speaker:
    """Who says something: a name as the article gives it, and the actor they speak for."""

    name: str | None
    actor: str | None
    person: bool = False  # a person the article names ("the Kremlin spokesman" alone is not one)


@dataclass(frozen=True)
class Named:
    """A person named at a place in the article."""

    sentence: int  # index in the article's parses
    token: int
    name: str
    actor: str | None

    @property
    def speaker(self) -> Speaker:
        return Speaker(self.name, self.actor, person=True)


@dataclass
class ArticleContext:
    """The article's sentences and what earlier sentences established."""

    lexicon: CompiledLexicon
    parses: list[SentenceParse]
    published: date | None = None  # the article's day, which "on Monday" and "in April" count from
    people: list[Named] = field(default_factory=list)
    opinion_outlet: str | None = None
    quotes: dict[int, list[tuple[int, int, Speaker]]] = field(default_factory=dict)  # sentence -> char spans
    claims: dict[int, list[Claim]] = field(default_factory=dict)  # sentence index -> claims found there
    docs: dict[int, Doc] = field(default_factory=dict)  # sentence index -> its parse, for sentences parsed

    @property
    def year(self) -> int | None:
        return self.published.year if self.published else None

    def last_person(
        self, sentence: int, token: int, actor: str | None = None, pronoun: str | None = None
    ) -> Named | None:
        """The last person named before this point (of `actor` when given; one `pronoun` can stand for)."""
        for named in reversed(self.people):
            before = (named.sentence, named.token) < (sentence, token)
            fitting = pronoun is None or self.fits(named.speaker, pronoun)
            if before and (actor is None or named.actor == actor) and fitting:
                return named
        return None

    def fits(self, speaker: Speaker, pronoun: str) -> bool:
        """Whether "he" or "she" can stand for this person: "she" for the women the lists name, "he" for anyone
        else (a person the lists do not know fits either)."""
        woman = speaker.name is not None and speaker.name.casefold() in self.lexicon.women
        if pronoun in ("she", "her"):
            return woman or not self._women_named()
        return not woman if pronoun in ("he", "him", "his") else True

    def _women_named(self) -> bool:
        """Whether the article names any woman the lists know (else "she" may be anyone)."""
        return any(n.name.casefold() in self.lexicon.women for n in self.people)

    def last_titled(self, sentence: int, token: int, title: list[str]) -> Named | None:
        """The last person named right after this title ("Prime Minister Anthony Albanese ... the prime minister")."""
        for named in reversed(self.people):
            if (named.sentence, named.token) >= (sentence, token) or not named.actor:
                continue
            norms = self.parses[named.sentence].norms
            before = norms[max(0, named.token - len(title)) : named.token]
            if before == title or (named.token > 0 and TITLE_SHORT.get(norms[named.token - 1]) == title):
                return named
        return None

    def previous_subject(self, sentence: int) -> Speaker | None:
        """The person the sentence before was about: the subject of its main verb, when it is a person named
        there ("Macron, the first leader to visit Trump, said ... He added ..." is Macron, not Trump)."""
        if sentence == 0:
            return None
        doc = self.docs.get(sentence - 1)
        parse = self.parses[sentence - 1]
        if doc is None:  # not parsed (it carried no cue): a person named where a subject stands, at its start
            opening = [n for n in self.people if n.sentence == sentence - 1 and n.token < OPENING_TOKENS]
            return opening[0].speaker if opening else self.opening_office(sentence - 1)
        phrase = self.main_subject(sentence - 1)
        if phrase is None:
            return None
        if phrase.root.pos_ != "PROPN":  # "The Finnish president was asked ... 'We are ready,' he replied."
            tokens = [k for k, t in enumerate(parse.tokens) if phrase.start_char <= t.start < phrase.end_char]
            return self._office_at(sentence - 1, tokens[0], tokens[-1] + 1) if tokens else None
        for named in self.people:
            if (
                named.sentence == sentence - 1
                and phrase.start_char <= parse.tokens[named.token].start < phrase.end_char
            ):
                return named.speaker
        return None

    def office_before(self, sentence: int, role: str) -> Speaker | None:
        """The side of an unnamed office a sentence just before spoke of ("a senior Italian official", "the Russian
        Foreign Ministry"), the nearest that names this same office, when no person is named with it."""
        for before in range(sentence - 1, max(-1, sentence - 1 - OFFICE_SENTENCES), -1):
            found = [k for k, norm in enumerate(self.parses[before].norms) if norm == role]
            if found and any(n.sentence == before for n in self.people):
                return None
            side = self._office_ending_at(before, found[-1]) if found else None
            leading = _opening_side_before(self.parses[before], found[-1]) if found and side is None else None
            if leading is not None:  # "The Pentagon has ..., a senior official said"
                side = Speaker(None, leading)
            if side is not None:  # else "the ministry" again, or no office: further back
                return side
        return None

    def opening_office(self, sentence: int) -> Speaker | None:
        """The side of an unnamed office at a sentence's start, read from the words just before the office's noun
        ("The German chancellor said the US offer ...": Germany's, though the US is named a few words later)."""
        norms = self.parses[sentence].norms[:OPENING_TOKENS]
        role = next((k for k, norm in enumerate(norms) if norm in ROLE_NOUNS), None)
        return None if role is None else self._office_ending_at(sentence, role)

    def _office_ending_at(self, sentence: int, role: int) -> Speaker | None:
        """The side of an office whose noun is token `role`, named in the few words before it ("the Finnish
        president", "a senior Italian official")."""
        return self._office_at(sentence, max(0, role - OFFICE_WORDS), role + 1)

    def _office_at(self, sentence: int, start: int, end: int) -> Speaker | None:
        """An office of one side, unnamed, among tokens [start, end): "the Finnish president", "the Kremlin's
        spokesman"."""
        parse = self.parses[sentence]
        if not ROLE_NOUNS & set(parse.norms[start:end]):
            return None
        actors = {m.actor for m in parse.mentions if start <= m.start < end and m.actor}
        actors = {a for a in actors if not a.startswith("outlet:")}
        return Speaker(None, actors.pop()) if len(actors) == 1 else None

    def previous_side(self, sentence: int) -> Speaker | None:
        """The one actor the sentence before was about: named in its main verb's subject ("Britain has been
        leading talks. It is prepared to ..."), or at its start when it was not parsed."""
        named = self._sides_before(sentence)
        actors = {m.actor for m in named}
        return Speaker(named[0].text, named[0].actor) if len(actors) == 1 else None

    def previous_group(self, sentence: int) -> list[Speaker]:
        """The actors the sentence before was about when there were several ("Italy and Spain were cautious.
        They said ...", "Both countries ...")."""
        norms = self.parses[sentence - 1].norms if sentence else []
        lists = _listed_sides(norms, self._sides_before(sentence))  # the names coordinated first, one subject
        return list(lists[0].values()) if lists and len(lists[0]) > 1 else []

    def counted_before(self, sentence: int, count: int, *, people: bool = False) -> list[Speaker]:
        """The sides the sentence before listed together, when it listed exactly `count` of them anywhere ("The
        minister said Germany, Italy and Poland would contribute. These three countries ..."); with `people`, the
        sides of the people it named ("Starmer met Zelensky. The two leaders ...": not "US" in "a US backstop")."""
        if sentence == 0:
            return []
        if people:
            persons: dict[str, Speaker] = {}
            for person in self.people:
                if person.sentence == sentence - 1 and person.actor:
                    persons.setdefault(person.actor, person.speaker)
            if persons and len(persons) != count:  # "Starmer and Macron urged Trump ... The two leaders": those listed
                listed = [run for run in _listed_people(self.parses[sentence - 1]) if len(run) == count]
                return list(listed[0].values()) if len(listed) == 1 else []
            if persons:  # (naming none, "the British prime minister met his French counterpart": the sides)
                return list(persons.values())
        norms = self.parses[sentence - 1].norms  # "Talks were held in Paris and Berlin": places, not sides
        sides = [m for m in self._actors_named(sentence - 1) if not _placed(norms, m.start)]
        matching = [listed for listed in _listed_sides(norms, sides) if len(listed) == count]
        if not matching:  # "Starmer met Macron in London. The two leaders ...": all the sides it named, if as many
            named: dict[str, Speaker] = {}
            for mention in (m for m in sides if not _owns_a_thing(norms, m.end)):
                named.setdefault(mention.actor, Speaker(mention.text, mention.actor))
            matching = [named] if len(named) == count else []
        for earlier in looking_back(sentence)[2:] if not matching else ():
            # "Poland and Lithuania have taken different positions. ... Both governments support the force": a pair
            # listed a few sentences before, when the sentence just before names no such pair
            earlier_norms = self.parses[earlier].norms
            named_there = [m for m in self._actors_named(earlier) if not _placed(earlier_norms, m.start)]
            matching = [listed for listed in _listed_sides(earlier_norms, named_there) if len(listed) == count]
            if matching:
                break
        if not matching and count == 2:
            matching = self._one_side_each(sentence)
        kinds = {frozenset(listed) for listed in matching}  # "France and Britain ... Macron and Starmer": the same two
        return list(matching[0].values()) if len(kinds) == 1 else []

    def _one_side_each(self, sentence: int) -> list[dict[str, Speaker]]:
        """ "Ireland will not send troops. Austria will consider it. Both countries back guarantees": the two sides
        the two sentences before named, one each."""
        named: dict[str, Speaker] = {}
        for earlier in (sentence - 1, sentence - 2):
            if earlier < 0:
                return []
            norms = self.parses[earlier].norms
            sides = {m.actor: m.text for m in self._actors_named(earlier) if not _placed(norms, m.start)}
            if len(sides) != 1:
                return []
            actor, text = next(iter(sides.items()))
            named.setdefault(actor, Speaker(text, actor))
        return [named] if len(named) == 2 else []

    def listed_earlier_in(self, sentence: int, token: int, count: int) -> list[Speaker]:
        """The sides listed together earlier in the same sentence, `count` of them ("Neither Germany nor Italy has
        agreed, though both have offered to help": those two)."""
        parse = self.parses[sentence]
        sides = [m for m in parse.mentions if m.actor and m.end <= token and not _placed(parse.norms, m.start)]
        matching = [listed for listed in _listed_sides(parse.norms, sides) if len(listed) == count]
        return list(matching[-1].values()) if matching else []

    def members_named_after(self, sentence: int) -> list[Speaker]:
        """The sides the next sentence names as members of a group this one left unnamed ("Several countries
        refused to send troops. These include Hungary and Slovakia." / "Among them are ..." / "... are among
        them.")."""
        if sentence + 1 >= len(self.parses):
            return []
        after = self.parses[sentence + 1]
        words = after.norms[1:] if after.norms[:1] in (["but"], ["and"]) else after.norms
        first, second = [*words, "", ""][:2]
        members = (
            (first in GROUP_POINTERS and second in INCLUDING)
            or (first == "among" and second in GROUP_POINTERS)
            or (len(words) > 2 and words[-3] == "among" and words[-2] in GROUP_POINTERS)
        )
        lists = _listed_sides(after.norms, self._actors_named(sentence + 1)) if members else []
        return list(lists[0].values()) if len(lists) == 1 else []

    def _sides_before(self, sentence: int) -> list[Mention]:
        """The actors named in the main subject of the sentence before, or at its start when it was not parsed."""
        if sentence == 0:
            return []
        named = self._actors_named(sentence - 1)
        if self.docs.get(sentence - 1) is None:  # not "The issue of sending troops to Ukraine was discussed"
            parse = self.parses[sentence - 1]
            opening = [m for m in named if m.start < OPENING_TOKENS and not _placed(parse.norms, m.start)]
            return _first_phrase(parse, opening)
        phrase = self.main_subject(sentence - 1)
        return self._within(phrase, sentence - 1, named) if phrase is not None else []

    def last_issuer(self, sentence: int) -> Speaker | None:
        """Who issued "the statement": the actor heading the nearest sentence before that names one, as that
        sentence's subject calls it ("Turkey's defence ministry said ... The statement said")."""
        for earlier in looking_back(sentence)[1:]:
            named = self._actors_named(earlier)
            if not named:
                continue
            phrase = self.main_subject(earlier)
            if phrase is not None and self._within(phrase, earlier, named):
                return Speaker(phrase.text, named[0].actor)
            return Speaker(named[0].text, named[0].actor)
        return None

    def main_subject(self, sentence: int) -> Span | None:
        """The subject of a parsed sentence's main verb, with its modifiers."""
        doc = self.docs.get(sentence)
        root = next((t for t in doc if t.dep_ == "ROOT"), None) if doc is not None else None
        subject = subject_of(root) if root is not None else None
        return noun_phrase(subject) if subject is not None else None

    def _within(self, phrase: Span, sentence: int, mentions: list[Mention]) -> list[Mention]:
        """The mentions of the sentence that lie inside the phrase."""
        tokens = self.parses[sentence].tokens
        return [m for m in mentions if phrase.start_char <= tokens[m.start].start < phrase.end_char]

    def _actors_named(self, sentence: int) -> list[Mention]:
        return [m for m in self.parses[sentence].mentions if m.actor and not m.actor.startswith("outlet:")]

    def last_outlet(self, sentence: int) -> str | None:
        """The outlet named last up to this sentence ("outlet:<name>")."""
        for index in range(sentence, -1, -1):
            outlets = [m.actor for m in self.parses[index].mentions if m.kind == "outlet"]
            if outlets:
                return outlets[-1]
        return None

    def quote_speaker(self, sentence: int, char: int) -> Speaker | None:
        """The speaker of the quotation this character of the sentence sits in, if any."""
        for start, end, speaker in self.quotes.get(sentence, ()):
            if start <= char < end:
                return speaker
        return None

    def recent_topic(self, sentence: int, holder: str | None, before: int = 0, unlike: str | None = None) -> str | None:
        """The topic "the idea" or "this" points back to: the holder's own topic if recently named, else the
        theme of the nearest sentence that names one (its first topic: "The peacekeeper deployment has been
        discussed as a possible security guarantee. Washington has supported the idea" is the deployment);
        the sentence's own words before character `before` count first ("As regards X, this is ..."); after a
        question, only what it asked (a short heading question naming no topic asks about what came before).
        A topic the holder took the `unlike` stance on just before is not what it now turns against ("Russia
        offered guarantees of its own. Lavrov dismissed the European plans": not Russia's own offer)."""
        owner = self.lexicon.owner
        latest: str | None = None
        for index in looking_back(sentence):
            parse = self.parses[index]
            hits = sentence_topics(parse, self.lexicon)
            if index == sentence:
                hits = [h for h in hits if parse.tokens[h.start].start < before]
            own = next((h.label for h in hits if holder and owner.get(h.label) == holder), None)
            if own:
                return own
            theme = self._theme(hits)
            turned = unlike is not None and any(
                c.actor == holder and c.topic == theme and c.stance == unlike for c in self.claims.get(index, ())
            )
            latest = latest or (None if turned and index < sentence else theme)
            if not hits and index == sentence - 1 and self.claims.get(index):
                # "it was too soon to say what Sweden's contribution would be": the topic the sentence just before
                # was read on, though it names none
                latest = latest or self.claims[index][0].topic
            if index < sentence and parse.text.rstrip(' "”’').endswith("?") and not _heading_question(parse, hits):
                break  # "Will Moscow accept observers? It is premature to talk about this": what was asked
        return latest

    def topic_where_named(self, sentence: int, stem: str | tuple[str, ...]) -> str | None:
        """The topic of the nearest sentence before that used a word of this stem ("26 countries pledged to send
        troops. ... Zelensky welcomed the pledges": the pledges' topic, not that of the sentence just before); a
        sentence that uses the word but names no topic ("This declaration paves the way ...") looks further back."""
        for index in range(sentence - 1, -1, -1):
            parse = self.parses[index]
            if any(word.startswith(stem) for word in parse.norms):
                theme = self._theme(sentence_topics(parse, self.lexicon))
                if theme is not None or index < sentence - ANAPHORA_WINDOW:
                    return theme
        return None

    def offered_topic(self, sentence: int, stem: str) -> str | None:
        """What "the offer" or "the pledges" point back to: the topic of the nearest claim before that backs
        something in a sentence using a word of this stem ("The US is prepared to offer guarantees. ... the offer
        would not amount to NATO membership. ... Kyiv welcomed the offer": the guarantees); else the theme of the
        nearest sentence using one; else the topic of the nearest claim that backs something ("Turkey would lead a
        naval mission. ... Romania welcomed the offer")."""
        backed = [
            (index, claim)
            for index in looking_back(sentence)
            if index != sentence
            for claim in self.claims.get(index, [])
            if claim.stance == "supports"
        ]
        named = [c for i, c in backed if any(w.startswith(stem) for w in self.parses[i].norms)]
        if named:
            return named[0].topic
        return self.topic_where_named(sentence, stem) or next((c.topic for _, c in backed), None)

    def _theme(self, hits: list[Hit]) -> str | None:
        """A sentence's first topic; another actor's own troops ("US ground troops") are no theme."""
        return next((h.label for h in hits if h.label not in self.lexicon.own_troops), None)

    def recent_among(self, sentence: int, labels: frozenset[str], *, anywhere: bool = False) -> str | None:
        """The nearest of these topics named in the sentences just before (this one included); `anywhere`: in any
        sentence before, however far back."""
        for index in range(sentence, -1, -1) if anywhere else looking_back(sentence):
            hits = sentence_topics(self.parses[index], self.lexicon)
            found = next((h.label for h in hits if h.label in labels), None)
            if found:
                return found
        return None


def looking_back(sentence: int) -> range:
    """This sentence and those just before it, nearest first: where "this" or "the idea" can point."""
    return range(sentence, max(-1, sentence - 1 - ANAPHORA_WINDOW), -1)


def _first_phrase(parse: SentenceParse, names: list[Mention]) -> list[Mention]:
    """The names of the sentence's opening phrase ("Hungary's Orban met Putin": Hungary and Orban, not Putin, whom
    a word in lower case sets apart; "French President Macron and British Prime Minister Starmer" are one phrase). A
    question puts its subject after its verb ("Would Washington step in if Russian forces ..."): all of them."""
    if parse.norms[-1:] == ["?"]:
        return names
    kept = names[:1]
    for name in names[1:]:
        between = range(kept[-1].end, name.start)
        if any(parse.norms[k] not in PHRASE_LINKS and not parse.tokens[k].capitalised for k in between):
            break
        kept.append(name)
    return kept


def _placed(norms: list[str], start: int) -> bool:
    """Whether a name is a place the sentence mentions ("in Paris", "to Kyiv"), not a side it is about ("the leaders
    of Spain and Italy" are the sides)."""
    if not start or norms[start - 1] not in PLACES_BEFORE:
        return False
    # "the chiefs of defence of Estonia, Latvia and Lithuania": an office with its field before the "of"
    offices = [norms[start - 2]] if start > 1 else []
    offices += [norms[start - 4]] if start > 3 and norms[start - 3] == "of" else []
    return not (norms[start - 1] == "of" and any(o.removesuffix("s") in ROLE_NOUNS for o in offices))


def _listed_people(parse: SentenceParse) -> list[dict[str, Speaker]]:
    """The people of known sides a sentence lists together ("Keir Starmer and Emmanuel Macron urged ..."), run by run,
    one speaker per side."""
    runs: list[dict[str, Speaker]] = []
    previous = None
    for person in sorted(parse.people, key=lambda p: p.start):
        joined = previous is not None and all(w in (",", "and") for w in parse.norms[previous.end : person.start])
        if not joined:
            runs.append({})
        if person.actor:
            runs[-1].setdefault(person.actor, Speaker(person.name, person.actor, person=True))
        previous = person
    return runs


def _listed_sides(norms: list[str], mentions: list[Mention]) -> list[dict[str, Speaker]]:
    """The names a sentence lists together ("Italy and Spain", "France, Britain and Poland"), list by list, each
    as its sides by actor."""
    runs: list[list[Mention]] = []
    for mention in (m for m in mentions if m.actor):
        if runs and set(norms[runs[-1][-1].end : mention.start]) <= LIST_WORDS:
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return [{m.actor: Speaker(m.text, m.actor) for m in run} for run in runs]


def sentence_topics(parse: SentenceParse, lexicon: CompiledLexicon) -> list[Hit]:
    """Topics named in a sentence, including those an actor named there would mean by its own words."""
    hits = list(parse.topics)
    for actor in {m.actor for m in parse.mentions}:
        if actor in lexicon.actor_topics:
            hits.extend(h for h in topics_for(parse, actor, lexicon) if h not in hits)
    return sorted(hits, key=lambda h: h.start)


def name_echoes(parses: list[SentenceParse], lexicon: CompiledLexicon) -> None:
    """Bare words that name a topic once the article has named it in full ("security guarantees ... Zelensky wants
    guarantees that work") become that topic's phrases in the sentences after."""
    named: set[str] = set()
    for parse in parses:
        if not named:  # nothing named in full yet: nothing to echo
            named = {h.label for h in parse.topics}
            continue
        echoes = [h for h in lexicon.echoes.find(parse.norms) if h.label in named or h.label == BLOCKER]
        echoes = [h for h in select_longest(echoes) if h.label != BLOCKER]
        echoes = [h for h in echoes if not any(h.overlaps(t) for t in parse.topic_candidates)]
        if echoes:
            parse.topic_candidates = [*parse.topic_candidates, *echoes]
            parse.topics = sorted([*parse.topics, *echoes], key=lambda h: h.start)
        named |= {h.label for h in parse.topics}


def resolve_ambiguous(parses: list[SentenceParse]) -> None:
    """Drop ambiguous names ("the coalition") of actors the article never names plainly."""
    plain = {m.actor for p in parses for m in p.mentions if m.kind in ("name", "person")}
    for parse in parses:
        parse.mentions = [m for m in parse.mentions if m.kind != "ambiguous" or m.actor in plain]


def collect_people(context: ArticleContext) -> None:
    """Everyone named, in reading order, with the fullest form of their name the article or the lists give."""
    full_names: dict[str, Named] = {}  # surname -> the person first named in full with it
    for index, parse in enumerate(context.parses):
        found = []
        for person in parse.people:
            name, actor = person.name, person.actor
            if actor is None:  # "Anna Kowal, the Polish defence minister, ...": the side her office names
                side = _apposition_after(context, index, list(range(person.start, person.end)))
                side = side or _office_before_name(context, index, person)  # "Polish Defence Minister Anna Kowal"
                actor = side.actor if side is not None else _official_of_the_opening_side(context, parse, person)
            titled = context.lexicon.names.full_name(name)  # "Sir Keir" is Keir Starmer
            if titled != name:
                name, actor = titled, actor or context.lexicon.names.actor_of(titled)
            elif " " in name:
                full_names.setdefault(name.split()[-1], Named(index, person.start, name, actor))
            elif name in full_names:
                name, actor = full_names[name].name, actor or full_names[name].actor
            else:
                name = context.lexicon.names.full_name(name)
            found.append(Named(index, person.start, name, actor))
        taken = {i for p in parse.people for i in range(p.start, p.end)} | {
            i for m in parse.mentions for i in range(m.start, m.end)
        }
        for k, token in enumerate(parse.tokens):  # "Bessent said", after "Treasury Secretary Scott Bessent"
            first = full_names.get(token.text)
            if first is not None and k not in taken and first.sentence < index:
                found.append(Named(index, k, first.name, first.actor))
        context.people.extend(sorted(found, key=lambda n: n.token))


def find_opinion_outlet(parses: list[SentenceParse]) -> str | None:
    """The outlet whose opinion the article relays ("In its opinion piece, Politico notes..."), if any."""
    for parse in parses:
        for mention in parse.mentions:
            if mention.kind != "outlet":
                continue
            following = parse.norms[mention.end : mention.end + 2]
            before = set(parse.norms[max(0, mention.start - 6) : mention.start])
            if (following and following[0] in OPINION_VERBS) or (before & OPINION_WORDS):
                return mention.actor
    return None


def speaker_of(
    context: ArticleContext, index: int, start: int, end: int, hidden: set[int] | frozenset[int] = frozenset()
) -> Speaker | None:
    """Who the noun phrase at tokens [start, end) of sentence `index` is: a person, an actor, an outlet, a role."""
    parse = context.parses[index]
    keep = [i for i in range(start, end) if i not in hidden]
    while keep and parse.norms[keep[-1]] == ",":
        keep.pop()
    commas = [k for k, i in enumerate(keep) if parse.norms[i] == ","]
    if commas:
        first, rest = keep[: commas[0]], keep[commas[0] + 1 :]
        opening = (first[1] if parse.norms[first[0]] == "the" and len(first) > 1 else first[0]) if first else -1
        named_first = any(p.start in first for p in parse.people) or (  # a side named first, not a place in passing
            any(m.actor and m.start == opening for m in parse.mentions)
            and not any(p.start in rest for p in parse.people)
        )
        last = keep[commas[-1] + 1 :]
        side = _side_of_apposition(context, index, first, last) if not named_first else None
        if side is not None:  # "Anna Kowal, the Polish defence minister": a name the lists do not know, and its side
            return side
        # "Gabrielius Landsbergis, former Lithuanian foreign minister, said", "Poland, Ukraine's largest neighbour,
        # has said": the name, not its apposition
        keep = first if named_first and not any(p.start in last for p in parse.people) else last
    while keep and (parse.norms[keep[0]] in LEADING_SUBORDINATORS or is_adverb(parse.norms[keep[0]])):
        keep.pop(0)
    if not keep:
        return None
    start, end = keep[0], keep[-1] + 1
    norms = [parse.norms[i] for i in keep]
    if norms[0] in ("it", "they") and len(norms) == 1:  # "The Kremlin issued a statement. It said ...": one side
        return context.previous_side(index)
    if norms[0] in PERSON_PRONOUNS and len(norms) == 1:
        previous = context.previous_subject(index)
        if previous is not None and context.fits(previous, norms[0]):
            return previous
        named = context.last_person(index, start, pronoun=norms[0])  # "Macron met Meloni. ... she said": Meloni
        return named.speaker if named else previous
    people = [n for n in context.people if n.sentence == index and start <= n.token < end]
    if people and people[-1].speaker.actor is None:  # "said Anna Kowal, the Polish defence minister."
        return _apposition_after(context, index, [i for i in keep if i >= people[-1].token]) or people[-1].speaker
    if people:
        return people[-1].speaker
    mentions = [m for m in parse.mentions if start <= m.start < end and m.actor]
    actor = mentions[0].actor if mentions else None
    content_words = [w for w in norms if w not in ("the", "a", "an", "its", "his", "her")]
    if norms[0] == "its" and content_words and set(content_words) <= ROLE_NOUNS:
        # "Estonia has earmarked troops, its prime minister said" / "... troops. Its prime minister said": Estonia's
        whose = _side_spoken_for(context, index, start, sentence_before=not start)
        if whose is not None:
            return Speaker(" ".join(content_words), whose)
    if (norms[0] == "the" and ROLE_NOUNS & set(norms)) or (content_words and set(content_words) <= ROLE_NOUNS):
        titled = context.last_titled(index, start, content_words) if set(content_words) <= ROLE_NOUNS else None
        office = context.office_before(index, content_words[-1]) if not titled and not actor and content_words else None
        if office is not None:  # "A senior Italian official said ... '...,' the official said": Italy's
            return office
        named = titled or (context.last_person(index, start, actor) if actor else context.last_person(index, start))
        if named:  # "the minister", "Prime Minister": the last person of that side named
            return named.speaker
    spokesperson = norms[0] == "a" and len(content_words) == 1 and content_words[0] in SPOKESPEOPLE
    governing = norms[0] == "the" and len(content_words) == 1 and content_words[0] in GOVERNMENTS
    if not actor and governing:  # "BELGIUM: The government said ...", "Spain will ..., the government said"
        whose = _side_spoken_for(context, index, start, sentence_before=False)
        if whose is not None:
            return Speaker(content_words[0], whose)
    if not actor and (_government_office(content_words) or spokesperson):  # "a spokeswoman said": for the side
        # "Spain will ..., a government spokesman said", "Spain is weighing a naval role. '...,' a spokesman said"
        spoken_for = _side_spoken_for(context, index, start, sentence_before=True)
        if spoken_for is not None:
            return Speaker(" ".join(content_words), spoken_for)
    if DOCUMENTS & set(content_words) and set(content_words) <= DOCUMENT_WORDS:
        issuer = context.last_issuer(index)
        if issuer:  # "the statement said": the statement of whoever spoke last
            return issuer
    if content_words and set(content_words) <= PUBLICATIONS:
        outlet = context.last_outlet(index)
        if outlet:  # "the newspaper reported": the outlet the article named last
            return Speaker(outlet.removeprefix("outlet:"), outlet)
    content = [i for i in keep if parse.norms[i] not in ("the", "a", "an")]
    if mentions and all(mentions[0].start <= i < mentions[0].end for i in content):
        name = mentions[0].text
        return Speaker(name[len("the ") :] if name.lower().startswith("the ") else name, actor)
    if content and len(content) <= 5:
        return Speaker(" ".join(parse.tokens[i].text for i in content), actor)
    return Speaker(None, actor) if actor else None


def _owns_a_thing(norms: list[str], end: int) -> bool:
    """ "NATO's eastern flank": a name owning a thing, not a side acting (not "Poland's defence minister")."""
    if end < len(norms) and norms[end] == "'s":
        end += 1
    elif not end or norms[end - 1] != "'s":  # a mention may end with its "'s"
        return False
    return not ROLE_NOUNS & set(norms[end : end + OWNED_WORDS])


def _heading_question(parse: SentenceParse, hits: list[Hit]) -> bool:
    """ "Who is in?", "What happens next?": a short question naming no topic, heading what follows, asks about
    what was named before it."""
    return not hits and sum(norm.isalpha() for norm in parse.norms) <= HEADING_QUESTION_WORDS


def _office_before_name(context: ArticleContext, index: int, person: Person) -> Speaker | None:
    """ "Greek Foreign Minister Giorgos Gerapetritis": a name the lists do not know after an office of one side."""
    parse = context.parses[index]
    start = person.start
    while start > 0 and (parse.tokens[start - 1].capitalised or parse.norms[start - 1] in OFFICE_TITLE_WORDS):
        start -= 1
    return _side_of_apposition(context, index, list(range(person.start, person.end)), list(range(start, person.start)))


def _government_office(words: list[str]) -> bool:
    """ "a government spokesman", "a defence ministry official": an office of a government the words do not name."""
    office = (ROLE_NOUNS | INSTITUTIONS | TITLE_WORDS | {"senior"}) - FORMER - INDEPENDENT
    return bool(words) and set(words) <= office and words[-1] in ROLE_NOUNS and bool(INSTITUTIONS & set(words))


def _official_of_the_opening_side(context: ArticleContext, parse: SentenceParse, person: Person) -> str | None:
    """ "Japan will not send troops, Chief Cabinet Secretary Yoshimasa Hayashi said.": an official the lists do not
    know, named by an office alone after a comma, reporting a sentence that opens with a side, speaks for that side
    (not "..., analyst John Smith said")."""
    norms = parse.norms
    if person.end >= len(norms) or norms[person.end] not in context.lexicon.reporting_words:
        return None
    start = person.start
    while (
        start > 0
        and (parse.tokens[start - 1].capitalised or norms[start - 1] in OFFICE_TITLE_WORDS)
        and norms[start - 1] != ","
    ):
        start -= 1  # "Chief Cabinet Secretary", "government spokesman"
    office = set(norms[start : person.start])
    if start == person.start or start == 0 or norms[start - 1] != "," or not office & PERSON_TITLES:
        return None
    if office & (FORMER | INDEPENDENT):
        return None
    opening = _opening_actor(parse)
    return opening.actor if opening is not None else None


def _side_spoken_for(context: ArticleContext, index: int, start: int, *, sentence_before: bool) -> str | None:
    """The side an unnamed office at token `start` speaks for: the side its sentence opens with, before it, else
    (with `sentence_before`) the side the sentence before was about."""
    opening = _opening_side_before(context.parses[index], start)
    if opening is not None or not sentence_before:
        return opening
    previous = context.previous_side(index)
    return previous.actor if previous is not None else None


def _opening_side_before(parse: SentenceParse, token: int) -> str | None:
    """The side a sentence opens with, when it comes before token `token` ("Spain will ..., a spokesman said")."""
    opening = _opening_actor(parse)
    return opening.actor if opening is not None and opening.start < token else None


def _opening_actor(parse: SentenceParse) -> Mention | None:
    """The side a sentence opens with, at its start or after a dateline ("KYIV - Russia will ...": Russia)."""
    opening = next(
        (m for m in parse.mentions if m.actor and not m.actor.startswith("outlet:") and not dateline(parse, m)), None
    )
    if opening is None:
        return None
    end = opening.start - 1 if opening.start and parse.norms[opening.start - 1] == "the" else opening.start
    before = parse.tokens[:end]
    return opening if all(not t.text.isalpha() or t.text.isupper() for t in before) else None


def dateline(parse: SentenceParse, mention: Mention) -> bool:
    """ "KYIV -", "WASHINGTON (Reuters) -": a place in capitals opening the sentence, where the news was filed (not
    "BELGIUM: The government said ...", a brief's label naming the side it is about)."""
    words = [t.text for t in parse.tokens[mention.start : mention.end]]
    if mention.start != 0 or not all(w.isupper() and len(w) > 3 for w in words) or mention.end >= len(parse.tokens):
        return False
    gap = parse.text[parse.tokens[mention.end - 1].end : parse.tokens[mention.end].start]
    # closed by a dash, a date or the agency ("KYIV, Dec 3 (Reuters) -"), not "U.K. officials said"
    return any(dash in gap for dash in ("-", "–", "—")) or parse.norms[mention.end] in (",", "(")


def _apposition_after(context: ArticleContext, index: int, name: list[int]) -> Speaker | None:
    """The side of the apposition right after a name, up to the next comma or the sentence's end."""
    norms = context.parses[index].norms
    after = name[-1] + 1
    if after >= len(norms) or norms[after] != ",":
        return None
    stop = next((k for k in range(after + 1, len(norms)) if norms[k] in (",", ".", ";", ":")), len(norms))
    return _side_of_apposition(context, index, name, list(range(after + 1, stop)))


def _side_of_apposition(context: ArticleContext, index: int, name: list[int], apposition: list[int]) -> Speaker | None:
    """A person's name the lists do not know, then an office of one side ("Lars Holm, Denmark's defence minister",
    "Anna Kowal, a spokeswoman for the Polish defence ministry"): that person, speaking for that side. A former
    official or an analyst speaks for no side."""
    parse = context.parses[index]
    words = {parse.norms[i] for i in apposition}
    if not name or len(name) > NAME_WORDS or not all(parse.tokens[i].capitalised for i in name):
        return None
    if any(m.actor and m.start in name for m in parse.mentions) or words & (FORMER | INDEPENDENT):
        return None
    if not words & ROLE_NOUNS:
        return None
    actors = list(dict.fromkeys(m.actor for m in parse.mentions if m.actor and m.start in apposition))
    if len(actors) != 1 or actors[0].startswith("outlet:"):
        return None
    return Speaker(" ".join(parse.tokens[i].text for i in name), actors[0], person=True)


def speaker_of_frame(context: ArticleContext, index: int, grammar: Grammar, hit: Hit) -> Speaker | None:
    """Who speaks in a frame: "X said ...", "..., X said", "..., said X", "according to X"."""
    norms = grammar.norms
    if hit.text in ("according to", "as reported by"):
        return speaker_of(context, index, hit.end, _phrase_end(norms, hit.end))
    if grammar.is_postposed(hit):
        comma = max(k for k in range(hit.start) if norms[k] == ",")
        if comma + 1 < hit.start:
            return speaker_before(context, index, hit.start)
        return speaker_of(context, index, hit.end, _phrase_end(norms, hit.end))
    clause = grammar.clause_of(hit.start)
    if norms[hit.start].endswith("ing"):  # "..., with Defense Secretary X saying that ...": X, not the clause's subject
        with_ = next((k for k in range(hit.start - 1, clause.zone_start - 1, -1) if norms[k] == "with"), None)
        if with_ is not None and with_ + 1 < hit.start:
            return speaker_of(context, index, with_ + 1, hit.start, grammar.hidden)
    return speaker_of(context, index, clause.zone_start, clause.zone_end, grammar.hidden)


def speaker_before(context: ArticleContext, index: int, verb: int) -> Speaker | None:
    """ "..., the ministry's spokeswoman, Maria X, pointedly stated.": the phrase between the last comma and a
    closing speech verb at token `verb`, with the adverbs and commas just before the verb left out."""
    norms = context.parses[index].norms
    end = verb
    while end > 0 and (is_adverb(norms[end - 1]) or norms[end - 1] == ","):
        end -= 1
    start = next((k + 1 for k in range(end - 1, -1, -1) if norms[k] == ","), None)
    return speaker_of(context, index, start, end) if start is not None and start < end else None


def _phrase_end(norms: list[str], i: int) -> int:
    while i < len(norms) and norms[i] not in (",", ".", ";", ":"):
        i += 1
    return i
