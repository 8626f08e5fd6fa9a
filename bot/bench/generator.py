"""A synthetic newsroom archive: articles in the desk's style, reproducible from a seed, at any size.

Article `i` depends only on the seed and `i`, so the first n articles of a big archive are the archive of
size n, and a duplicate re-derives the story it copies. The archive mixes what the real articles hold:
stances with negations and conditions, quotes with their speakers (and "he said" after them), figures,
second-hand reports, questions and history that carry no claim, background prose with a long tail of
names and places, scraped boilerplate around the text, dates over several years, undated pieces, and
duplicates (the same bytes uploaded twice, or the same story scraped again with other boilerplate).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate
from pathlib import Path
from urllib.parse import quote as url_quote

from bot.bench import vocabulary as vocab
from bot.errors import UserError
from bot.lexicon import Lexicon
from bot.model import STANCES, Stance

ARCHIVE_START = datetime(2022, 1, 1)
ARCHIVE_DAYS = 4 * 365 + 180
UNDATED_SHARE = 0.08
DUPLICATE_SHARE = 0.03
STANCE_LOYALTY = 0.8  # how often an actor states its stance of the time rather than another one

SLOT = re.compile(r"\{(\w+)\}")
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ish|ese|ch|ic|sh)$")
SURE_DEMONYM = re.compile(r"(?:ish|ch)$")
NOT_A_NOUN = r"(?:this|that|such|these|those|any|a|an|the|send|deploy|commit|access|guarantee)\b"
NOUN_PHRASE = re.compile(rf"^(?!{NOT_A_NOUN})[a-z][\w-]*(?: [a-z][\w-]*){{0,3}}$")
PRONOUNS = frozenset({"its", "our", "their", "his", "her", "own", "any", "more"})
ARTICLE_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aeiouAEIOU])")


@dataclass(frozen=True)
class SyntheticArticle:
    """One file of the archive, as an admin would upload it."""

    index: int
    name: str
    data: bytes
    duplicate_of: int | None = None


@dataclass(frozen=True)
class CastActor:
    """How articles name an actor: as a subject ("Poland", "Warsaw"), as an adjective ("Polish"), and the
    officials who speak for it ("Donald Tusk", "Tusk")."""

    id: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class Story:
    """An article's content before it is dressed as a web page."""

    outlet: tuple[str, str, str]  # name, domain, page style
    published: datetime | None
    author: str | None
    title: str
    paragraphs: tuple[tuple[str, ...], ...]


class Pool:
    """Items drawn with a Zipf-like skew: a few common, a long tail of rare ones, as words are in real text."""

    def __init__(self, items: Sequence[str], exponent: float = 1.0) -> None:
        self.items = tuple(items)
        self.cum_weights = list(accumulate(1 / (rank + 1) ** exponent for rank in range(len(self.items))))

    def pick(self, rng: random.Random) -> str:
        return rng.choices(self.items, cum_weights=self.cum_weights)[0]


def cast_from_lexicon(lexicon: Lexicon) -> tuple[list[CastActor], list[tuple[str, tuple[str, ...]]]]:
    """Actors and (topic id, phrases) from the desk's lists (GUARANTEES_LISTS), the only names the archive uses."""
    if not (lexicon.actors and lexicon.topics):
        raise UserError(
            "No actors or topics to build a synthetic archive from.",
            hint="Add data/actors.yml and data/topics.yml (or set GUARANTEES_LISTS).",
        )
    actors = [
        _cast_actor(a.id, (a.label, *(n for n in a.aliases if n not in a.people and n not in a.ambiguous)), a.people)
        for a in lexicon.actors.values()
    ]
    proper = {n.split()[0] for a in actors for n in a.names}
    topics = [(t.id, _topic_phrases(t.label, t.phrases, proper)) for t in lexicon.topics.values()]
    return actors, topics


def _cast_actor(actor_id: str, names: Sequence[str], people: Sequence[str] = ()) -> CastActor:
    """The label first; demonyms ("Polish", "Dutch") and their plurals apart, as they do not name a speaker."""
    label, *aliases = dict.fromkeys(n for n in names if n)
    adjectives = tuple(a for a in aliases if _is_demonym(a, names))
    plurals = {a for a in aliases if a[:-1] in adjectives}
    subjects = (a for a in aliases if a not in adjectives and a not in plurals)
    return CastActor(actor_id, (label, *subjects), adjectives, tuple(people))


def _is_demonym(alias: str, names: Sequence[str]) -> bool:
    if not DEMONYM.match(alias):
        return False
    return bool(SURE_DEMONYM.search(alias)) or any(n != alias and n[:3] == alias[:3] for n in names)


def _topic_phrases(label: str, phrases: Sequence[str], proper: set[str]) -> tuple[str, ...]:
    """The label (in running-text case) first, then the list's short noun phrases; the lists also spell out
    every combination of their patterns ("deploys more boots"), which prose would not use."""
    first = label.split()[0]
    running = label if first in proper or first.isupper() else label[:1].lower() + label[1:]
    nouns = (p for p in phrases if NOUN_PHRASE.match(p) and _plain_words(p.split(), proper))
    return tuple(dict.fromkeys((running, *nouns)))


def _plain_words(words: Sequence[str], proper: set[str]) -> bool:
    """No word twice, no pronoun ("sends our own personnel"), and no name in lower case ("join nato")."""
    if len(set(words)) < len(words) or PRONOUNS.intersection(words):
        return False
    return not any(w.capitalize() in proper or w.upper() in proper for w in words)


class ArchiveGenerator:
    """Writes article `i` of the archive for a seed; the same seed and index always give the same bytes."""

    def __init__(self, lexicon: Lexicon, *, seed: int = 7) -> None:
        self.seed = seed
        actors, topics = cast_from_lexicon(lexicon)
        rng = random.Random(f"{seed}/cast")
        self.actors = Pool([a.id for a in actors], exponent=0.8)
        self.cast = {a.id: a for a in actors}
        self.topics = Pool([t for t, _ in topics], exponent=0.7)
        self.topic_phrases = {topic: Pool(phrases, exponent=1.2) for topic, phrases in topics}
        self.surnames = Pool(_invent(rng, vocab.SURNAME_ROOTS, vocab.SURNAME_MIDDLES, vocab.SURNAME_ENDINGS, 40_000))
        self.towns = Pool(_invent(rng, vocab.TOWN_ROOTS, vocab.SURNAME_MIDDLES, vocab.TOWN_ENDINGS, 20_000))
        self.first_names = Pool(vocab.FIRST_NAMES, exponent=0.5)
        self.places = Pool(vocab.REAL_PLACES, exponent=0.6)
        self.nouns = Pool(vocab.NOUNS, exponent=0.6)
        self.adjectives = Pool(vocab.ADJECTIVES, exponent=0.6)
        self.stance_by_era = {
            (a.id, t): (rng.choice(STANCES), rng.choice(STANCES), 2022 + rng.randrange(5))
            for a in actors
            for t, _ in topics
        }
        self.slots: dict[str, Callable[[random.Random], str]] = {
            "person": self.person,
            "town": self.towns.pick,
            "place": self.place,
            "noun": self.nouns.pick,
            "adj": self.adjectives.pick,
            "verbed": lambda r: r.choice(vocab.VERBS_PAST),
            "verb": lambda r: r.choice(vocab.VERBS_BASE),
            "adverb": lambda r: r.choice(vocab.ADVERBS),
            "weekday": lambda r: r.choice(vocab.WEEKDAYS),
            "month": lambda r: r.choice(vocab.MONTHS),
            "role": lambda r: r.choice(vocab.ROLES),
            "tank": self.think_tank,
            "num": lambda r: str(r.choice((2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 20, 23, 30, 40, 65, 120))),
            "big": lambda r: f"{r.randrange(2, 900) * 100:,}",
            "pct": lambda r: f"{r.randrange(1, 60)}.{r.randrange(10)}",
            "year": lambda r: str(r.randrange(1991, 2022)),
            "money": lambda r: (
                f"{r.randrange(1, 90)}.{r.randrange(10)} billion {r.choice(('euros', 'dollars', 'pounds'))}"
            ),
        }

    def articles(self, count: int, *, start: int = 0) -> Iterator[SyntheticArticle]:
        """Articles `start` .. `start + count - 1`, in order."""
        for index in range(start, start + count):
            yield self.article(index)

    def article(self, index: int) -> SyntheticArticle:
        rng = random.Random(f"{self.seed}/{index}/page")
        if index >= 10 and rng.random() < DUPLICATE_SHARE:
            copy = self.article(rng.randrange(index))
            original = copy.index if copy.duplicate_of is None else copy.duplicate_of  # a copy of a copy: the story
            if rng.random() < 0.5:  # uploaded twice: the very same bytes under another name
                return SyntheticArticle(index, _file_name(index, copy.name), copy.data, duplicate_of=original)
            return self._page(index, self.story(original), rng, duplicate_of=original)  # scraped again
        return self._page(index, self.story(index), rng)

    def _page(self, index: int, story: Story, rng: random.Random, duplicate_of: int | None = None) -> SyntheticArticle:
        text = PAGE_STYLES[story.outlet[2]](story, rng)
        name = f"synthetic_{index:06d}.{'md' if story.outlet[2] == 'markdown' else 'txt'}"
        return SyntheticArticle(index, name, text.encode("utf-8"), duplicate_of)

    def story(self, index: int) -> Story:
        """The content of article `index`: who and what it is about, when, and its paragraphs."""
        rng = random.Random(f"{self.seed}/{index}/story")
        published = None
        if rng.random() >= UNDATED_SHARE:
            published = ARCHIVE_START + timedelta(days=rng.randrange(ARCHIVE_DAYS), minutes=rng.randrange(24 * 60))
        focus = Focus(
            actors=_distinct(rng, self.actors, rng.randint(2, 4)),
            topics=_distinct(rng, self.topics, rng.randint(1, 3)),
            year=published.year if published else 2022 + rng.randrange(5),
        )
        paragraphs = [
            tuple(self.sentence(rng, focus) for _ in range(rng.choices((1, 2, 3, 4), (2, 4, 3, 1))[0]))
            for _ in range(rng.randint(9, 13))
        ]
        paragraphs[0] = (self.stance(rng, focus), *paragraphs[0])
        outlet = rng.choice(vocab.OUTLETS)
        author = None if rng.random() < 0.2 else f"{self.first_names.pick(rng)} {self.surnames.pick(rng)}"
        return Story(outlet, published, author, self.headline(rng, focus), tuple(paragraphs))

    # --- sentences -------------------------------------------------------------------------------------------

    def sentence(self, rng: random.Random, focus: Focus) -> str:
        kind = rng.choices(SENTENCE_KINDS, SENTENCE_WEIGHTS)[0]
        return getattr(self, kind)(rng, focus)

    def stance(self, rng: random.Random, focus: Focus) -> str:
        actor, topic = rng.choice(focus.actors), rng.choice(focus.topics)
        predicate = rng.choice(STANCE_PREDICATES[self.stance_of(rng, actor, topic, focus.year)])
        subject = self.subject(rng, actor)
        adjectives = self.cast[actor].adjectives
        if adjectives and rng.random() < 0.3:
            sources = rng.choice(("officials", "government sources", "diplomats", "ministers"))
            subject = f"{rng.choice(adjectives)} {sources} said {subject}"
        tail = self.fill(rng, rng.choice(STANCE_TAILS))
        return f"{subject} {predicate.format(t=self.topic(rng, topic))}{tail}."

    def quote(self, rng: random.Random, focus: Focus) -> str:
        actor = rng.choice(focus.actors)
        speaker, pronoun = self.official(rng, actor)
        first = self.fill(rng, rng.choice(QUOTE_BODIES)).replace("{T}", self.topic(rng, rng.choice(focus.topics)))
        shape = rng.randrange(4)
        if shape == 0:
            return f"“{_capital(first)},” {speaker} said."
        if shape == 1:
            return f"{speaker} said: “{_capital(first)}.”"
        second = self.fill(rng, rng.choice(QUOTE_BODIES)).replace("{T}", self.topic(rng, rng.choice(focus.topics)))
        if shape == 2:
            return f"“{_capital(first)}. {_capital(second)},” {speaker} told reporters in {self.place(rng)}."
        where = f"{self.place(rng)} on {rng.choice(vocab.WEEKDAYS)}"
        return f"{speaker} spoke in {where}. “{_capital(second)},” {pronoun} added."

    def figure(self, rng: random.Random, focus: Focus) -> str:
        return self.fill(rng, rng.choice(FIGURES)).replace("{T}", self.topic(rng, rng.choice(focus.topics)))

    def reported(self, rng: random.Random, focus: Focus) -> str:
        teller, told = rng.sample(focus.actors, 2) if len(focus.actors) > 1 else (focus.actors[0], focus.actors[0])
        verb = rng.choice(("accepts", "rejects", "is open to", "would accept", "will never accept", "could live with"))
        topic = self.topic(rng, rng.choice(focus.topics))
        return f"{self.subject(rng, teller)} said {self.subject(rng, told)} {verb} {topic}."

    def no_claim(self, rng: random.Random, focus: Focus) -> str:
        actor = self.cast[rng.choice(focus.actors)].names[0]
        text = self.fill(rng, rng.choice(NO_CLAIM)).replace("{A}", actor)
        return text.replace("{T}", self.topic(rng, rng.choice(focus.topics)))

    def background(self, rng: random.Random, focus: Focus) -> str:
        return self.fill(rng, rng.choice(BACKGROUND))

    def headline(self, rng: random.Random, focus: Focus) -> str:
        actor = self.cast[focus.actors[0]].names[0]
        verb = rng.choice(
            ("rules out", "backs", "signals support for", "hesitates over", "weighs", "rejects", "sets conditions for")
        )
        prefix = rng.choice(("", "", "", "FT: ", "Analysis: ", "Live: "))
        return f"{prefix}{actor} {verb} {self.topic(rng, focus.topics[0])}".replace(" the ", " ")

    # --- parts of sentences ----------------------------------------------------------------------------------

    def fill(self, rng: random.Random, template: str) -> str:
        """The template with each {slot} drawn afresh; {T} and {A} are left for the caller."""
        text = SLOT.sub(lambda m: self.slots[m[1]](rng) if m[1] in self.slots else m[0], template)
        return ARTICLE_BEFORE_VOWEL.sub(r"\1n ", text)

    def stance_of(self, rng: random.Random, actor: str, topic: str, year: int) -> Stance:
        before, after, pivot = self.stance_by_era[(actor, topic)]
        held = before if year < pivot else after
        return held if rng.random() < STANCE_LOYALTY else rng.choice(STANCES)

    def subject(self, rng: random.Random, actor: str) -> str:
        cast = self.cast[actor]
        draw = rng.random()
        if draw < 0.2 and cast.people:
            return rng.choice(cast.people)
        return cast.names[0] if draw < 0.6 else rng.choice(cast.names)

    def official(self, rng: random.Random, actor: str) -> tuple[str, str]:
        """A named person speaking for `actor`, and the pronoun a later sentence uses for them: one of its
        officials, a body that speaks for it ("Downing Street"), or an invented minister with a title."""
        cast = self.cast[actor]
        pronoun = rng.choice(("he", "she"))
        draw = rng.random()
        if draw < 0.4 and cast.people:
            return rng.choice(cast.people), pronoun
        if draw < 0.55 and len(cast.names) > 1:
            return rng.choice(cast.names[1:]), pronoun
        title = rng.choice(vocab.TITLES)
        owner = f"{rng.choice(cast.adjectives)} {title}" if cast.adjectives else f"{cast.names[0]}’s {title}"
        return f"{owner} {self.person(rng)}", pronoun

    def topic(self, rng: random.Random, topic: str) -> str:
        phrase = self.topic_phrases[topic].pick(rng)
        first = phrase.split()[0]
        bare = first.endswith("ing") or (first[:1].isupper() and not first.isupper())  # "Ukraine joining NATO"
        return phrase if bare else f"the {phrase}"

    def person(self, rng: random.Random) -> str:
        return f"{self.first_names.pick(rng)} {self.surnames.pick(rng)}"

    def place(self, rng: random.Random) -> str:
        return self.places.pick(rng) if rng.random() < 0.6 else self.towns.pick(rng)

    def think_tank(self, rng: random.Random) -> str:
        return f"{rng.choice(vocab.THINK_TANK_HEADS)} for {rng.choice(vocab.THINK_TANK_FIELDS)} in {self.place(rng)}"


@dataclass(frozen=True)
class Focus:
    """What one article is about: a few actors and topics, at a time."""

    actors: tuple[str, ...]
    topics: tuple[str, ...]
    year: int


def _distinct(rng: random.Random, pool: Pool, count: int) -> tuple[str, ...]:
    chosen: dict[str, None] = {}
    for _ in range(count * 4):
        chosen[pool.pick(rng)] = None
        if len(chosen) == count:
            break
    return tuple(chosen)


def _invent(
    rng: random.Random, roots: Sequence[str], middles: Sequence[str], endings: Sequence[str], count: int
) -> list[str]:
    """`count` distinct invented names, in a seed-fixed order (which is also their commonness)."""
    names: dict[str, None] = {}
    for _ in range(count * 3):
        middle = rng.choice(middles) if rng.random() < 0.5 else ""
        names[(rng.choice(roots) + middle + rng.choice(endings)).capitalize()] = None
        if len(names) == count:
            break
    return list(names)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _file_name(index: int, original_name: str) -> str:
    return f"synthetic_{index:06d}{Path(original_name).suffix}"


# --- how sentences are written ---------------------------------------------------------------------------------

SENTENCE_KINDS = ("stance", "quote", "figure", "reported", "no_claim", "background")
SENTENCE_WEIGHTS = (16, 14, 7, 4, 9, 50)

STANCE_PREDICATES: dict[Stance, tuple[str, ...]] = {
    "supports": (
        "supports {t}",
        "is ready to contribute to {t}",
        "has pledged to back {t}",
        "said it would take part in {t}",
        "welcomed plans for {t}",
        "has endorsed {t}",
        "is prepared to help with {t}",
        "has signalled readiness to provide {t}",
    ),
    "opposes": (
        "ruled out {t}",
        "rejected {t}",
        "will not take part in {t}",
        "has refused to back {t}",
        "called {t} unacceptable",
        "dismissed {t} as a provocation",
        "opposes {t}",
    ),
    "conditional": (
        "would back {t} only if a lasting ceasefire holds",
        "would join {t} only with US backing",
        "said {t} would require parliamentary approval",
        "could support {t} if Russia agrees to a truce",
        "will only consider {t} once a peace deal is signed",
    ),
    "noncommittal": (
        "has not committed to {t}",
        "called talk of {t} premature",
        "has yet to decide on {t}",
        "left the door open to {t}",
        "said it had not discussed {t}",
        "described {t} as pre-decisional",
    ),
}
STANCE_TAILS = (
    "",
    "",
    " on {weekday}",
    ", officials in {place} said",
    " during talks in {place}",
    ", a spokesperson confirmed on {weekday}",
    " after a {adj} meeting in {place}",
    ", according to a {adj} {noun} seen by reporters",
)
QUOTE_BODIES = (
    "we will not send our soldiers to {place} without a {adj} mandate",
    "Europe needs to {verb} its {noun} now",
    "nobody should expect {T} to appear overnight",
    "the {noun} in {town} shows why {T} matters",
    "we have been clear about {T} from the start",
    "this is about {adj} deterrence, not about a {noun}",
    "our partners in {place} understand what {T} means for us",
    "there is no {adj} {noun} without {T}",
    "we are ready to {verb} the {noun}, but not at any price",
    "the {noun} we agreed in {place} is {adj} and it will stay that way",
    "I have told my colleagues in {place} that {T} is not a {noun}",
    "every {noun} we send to {town} is a message to Moscow",
    "it is too early to talk about {T}",
    "we will judge {T} by its {noun}, not by its {noun}",
)
FIGURES = (
    "The plan envisions {big} to {big} troops stationed away from the front line near {town}.",
    "Officials said fewer than {big} troops would be deployed as part of {T}.",
    "Up to {big} soldiers could rotate through {place} under {T}, a draft seen by reporters shows.",
    "Around {num} countries have signed up to {T}, according to diplomats in {place}.",
    "The {adj} {noun} would cost roughly {money} over {num} years.",
    "More than {num} countries have indicated a willingness to contribute to {T}.",
    "An estimated {big} troops remain deployed along the {num}00-mile front line.",
    "The package includes {num} air defence systems and {big} rounds of artillery ammunition.",
)
NO_CLAIM = (
    "Will {A} send troops to {T}?",
    "If {A} accepted {T}, the {noun} in {place} would have to be renegotiated.",
    "In {year}, {A} {verbed} a {adj} {noun} with its neighbours.",
    "Back in {year}, talks in {place} produced a {adj} {noun} that few remember.",
    "What {T} would look like in practice remains unclear.",
    "Whether {A} would join {T} was not on the agenda in {place}.",
)
BACKGROUND = (
    "{town} came under {adj} shelling overnight, the regional governor said, with {num} people injured.",
    "Officials in {place} {verbed} a {adj} {noun} on {weekday}, saying it would {verb} the {noun} before {month}.",
    "{person}, a {role} at the {tank}, said the {noun} could {verb} the {adj} {noun} in {place}.",
    "The {adj} {noun} near {town} was {verbed} after a {noun} hit the {noun} on {weekday}.",
    "Energy prices in {place} rose {pct} percent in {month}, adding pressure on the {noun}.",
    "Lawmakers in {place} {verbed} the {noun} by {num} votes, a {adj} margin.",
    "The {noun} between {place} and {town} reopened on {weekday} after {num} days.",
    "{person} told a conference in {place} that the {noun} was {adj} but {adj}.",
    "Satellite images taken on {weekday} show a {adj} {noun} outside {town}.",
    "The {tank} {verbed} a report in {month} warning of a {adj} {noun}.",
    "Talks in {place} lasted {num} hours and ended without a joint {noun}.",
    "A convoy carrying {noun} equipment reached {town} on {weekday}, {person} said.",
    "The {noun} has {adverb} {verbed} the {adj} {noun} agreed in {place} in {month}.",
    "Repairs to the {noun} in {town} will take {num} weeks, engineers said.",
    "Grain exports through {place} reached {big} tonnes in {month}, the {noun} reported.",
    "{person}, who leads the {noun} in {town}, {verbed} the {adj} {noun} on {weekday}.",
    "Diplomats say the {adj} {noun} in {place} is likely to {verb} the {noun} talks.",
    "The {adj} {noun} was first {verbed} in {month} by {person} of the {tank}.",
    "Residents of {town} spent the night in shelters as air raid sirens sounded across {place}.",
    "Defence ministers are due to meet in {place} in {month} to {verb} the {adj} {noun}.",
)


# --- how pages are dressed -------------------------------------------------------------------------------------


def _date_line(published: datetime) -> str:
    return f"{published.day} {vocab.MONTHS[published.month - 1]} {published.year} {published:%H:%M}"


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _menu_page(story: Story, rng: random.Random) -> str:
    outlet, year = story.outlet[0], story.published.year if story.published else 2025
    menu = rng.sample(vocab.MENU_LINES, rng.randint(6, 12))
    lines = [
        *menu,
        "",
        "",
        f"Any use of materials is allowed only if there is a hyperlink to {outlet}",
        f"{outlet} © {year}. .",
    ]
    lines += [rng.choice(("WORLD", "POLITICS", "REGION")), "A+", "A-", "", story.title, ""]
    if story.published:
        lines += [_date_line(story.published), ""]
    lines += ["\n\n".join(" ".join(p) for p in story.paragraphs), ""]
    if story.author:
        lines += [f"By {story.author}", ""]
    lines += [outlet, f"Views: {rng.randrange(20, 5000)}", "", "share-lineLiked the story? Share it on social media!"]
    lines += [
        "print",
        "copy link",
        "ads",
        f"Follow us on {rng.choice(('Youtube', 'Instagram', 'Telegram'))}",
        "loading",
    ]
    return "\n".join(lines)


def _footer_page(story: Story, rng: random.Random) -> str:
    name, domain, _ = story.outlet
    target = url_quote(f"https://www.{domain}/world/{_slug(story.title)}", safe="")
    lines = [story.title, *(" ".join(p) for p in story.paragraphs)]
    lines += [
        f"{name if name.startswith('The ') else 'The ' + name} Newsletter",
        "Keep up to date with what’s happening in the region and the world.",
        "SIGN ME UP",
        "You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use and Privacy Policy.",
        f"Source link : http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid={rng.getrandbits(64):016x}&url={target}",
        f"Author : {story.author or ''}",
    ]
    if story.published:
        lines.append(f"Publish date : {story.published:%Y-%m-%d %H:%M:%S}")
    lines.append("Copyright for syndicated content belongs to the linked Source.")
    return "\n".join(lines)


def _plain_page(story: Story, rng: random.Random) -> str:
    lines = [story.title]
    if story.published:
        lines.append(f"{vocab.MONTHS[story.published.month - 1]} {story.published.day}, {story.published.year}")
    for paragraph in story.paragraphs:
        lines.append(" ".join(paragraph))
        if rng.random() < 0.15:
            lines.append("…")
    lines += ["Previously:", f"{rng.choice(('What we know about', 'Explainer:'))} {story.title.lower()}"]
    return "\n".join(lines)


def _markdown_page(story: Story, rng: random.Random) -> str:
    byline = f"*By {story.author}*" if story.author else "*Staff report*"
    if story.published:
        byline += f"\n\nPublished: {story.published:%Y-%m-%d %H:%M}"
    body = "\n\n".join(" ".join(p) for p in story.paragraphs)
    link = f"https://{story.outlet[1]}/{_slug(story.title)}"
    return f"# {story.title}\n\n{byline}\n\n{body}\n\n[Read the original]({link})\n"


PAGE_STYLES: dict[str, Callable[[Story, random.Random], str]] = {
    "menu": _menu_page,
    "footer": _footer_page,
    "plain": _plain_page,
    "markdown": _markdown_page,
}
