"""A synthetic newsroom archive: articles in the desk's style, reproducible from a seed, at any size.

Article `i` depends only on the seed and `i`, so the first n articles of a big archive are the archive of
size n, and a duplicate re-derives the story it copies. The archive mixes what the real articles hold:
stances with negations and conditions, quotes with their speakers (and "he said" after them), figures,
second-hand reports, questions and history that carry no claim, background prose with a long tail of
names and places, scraped boilerplate around the text, dates over several years, undated pieces,
duplicates (the same bytes uploaded twice, or the same story scraped again with other boilerplate), and
copies (a story republished by another outlet a little later, whole or cut down to its first paragraphs,
with a line crediting the first outlet): one story, several reports.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bot.bench import vocabulary as vocab
from bot.bench.cast import cast_from_lexicon
from bot.bench.pages import PAGE_STYLES, Story, republish
from bot.bench.pools import Pool, invent_names, pick_distinct
from bot.bench.templates import (
    BACKGROUND,
    FIGURES,
    NO_CLAIM,
    QUOTE_BODIES,
    SENTENCE_KINDS,
    SENTENCE_WEIGHTS,
    STANCE_PREDICATES,
    STANCE_TAILS,
)
from bot.lexicon import Lexicon
from bot.model import STANCES, Stance

ARCHIVE_START = datetime(2022, 1, 1)
ARCHIVE_DAYS = 4 * 365 + 180
UNDATED_SHARE = 0.08
DUPLICATE_SHARE = 0.03
COPY_SHARE = 0.03  # of the articles that are not duplicates
STANCE_LOYALTY = 0.8  # how often an actor states its stance of the time rather than another one

SLOT = re.compile(r"\{(\w+)\}")
ARTICLE_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aeiouAEIOU])")


@dataclass(frozen=True)
class SyntheticArticle:
    """One file of the archive, as an admin would upload it."""

    index: int
    name: str
    data: bytes
    duplicate_of: int | None = None
    copy_of: int | None = None  # the article whose story it republishes


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
        surnames = invent_names(rng, vocab.SURNAME_ROOTS, vocab.SURNAME_MIDDLES, vocab.SURNAME_ENDINGS, 40_000)
        self.surnames = Pool(surnames)
        self.towns = Pool(invent_names(rng, vocab.TOWN_ROOTS, vocab.SURNAME_MIDDLES, vocab.TOWN_ENDINGS, 20_000))
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
            twice = rng.random() < 0.5
            if twice or self.article(original).copy_of is not None:  # uploaded twice: the very same bytes
                return SyntheticArticle(index, _file_name(index, copy.name), copy.data, duplicate_of=original)
            return self._page(index, self.story(original), rng, duplicate_of=original)  # scraped again
        copier = random.Random(f"{self.seed}/{index}/copy")  # its own draws: the other articles stay as they were
        if index >= 10 and copier.random() < COPY_SHARE:
            return self.republished_page(index, self._story_index(copier.randrange(index)), copier)
        return self._page(index, self.story(index), rng)

    def republished_page(self, index: int, original: int, rng: random.Random) -> SyntheticArticle:
        """Article `original`'s story republished by another outlet, as the page of article `index`."""
        page = self._page(index, republish(self.story(original), rng), rng)
        return SyntheticArticle(page.index, page.name, page.data, copy_of=original)

    def _story_index(self, index: int) -> int:
        """The article whose story article `index` tells: itself, or the one it duplicates or copies."""
        article = self.article(index)
        if article.duplicate_of is not None:
            return article.duplicate_of
        return article.copy_of if article.copy_of is not None else index

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
            actors=pick_distinct(rng, self.actors, rng.randint(2, 4)),
            topics=pick_distinct(rng, self.topics, rng.randint(1, 3)),
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
        """A number of troops or countries, some given by an actor (only one source's figures can conflict)."""
        return self.about_focus(rng, focus, rng.choice(FIGURES))

    def reported(self, rng: random.Random, focus: Focus) -> str:
        teller, told = rng.sample(focus.actors, 2) if len(focus.actors) > 1 else (focus.actors[0], focus.actors[0])
        verb = rng.choice(("accepts", "rejects", "is open to", "would accept", "will never accept", "could live with"))
        topic = self.topic(rng, rng.choice(focus.topics))
        return f"{self.subject(rng, teller)} said {self.subject(rng, told)} {verb} {topic}."

    def no_claim(self, rng: random.Random, focus: Focus) -> str:
        return self.about_focus(rng, focus, rng.choice(NO_CLAIM))

    def about_focus(self, rng: random.Random, focus: Focus, template: str) -> str:
        """A template filled in, with {A} one of the article's actors and {T} one of its topics."""
        actor = self.cast[rng.choice(focus.actors)].names[0]
        text = self.fill(rng, template).replace("{A}", actor)
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


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _file_name(index: int, original_name: str) -> str:
    return f"synthetic_{index:06d}{Path(original_name).suffix}"
