"""A small hand-made newsroom for the answer, search, render and console tests.

The lists and the articles are built here as values (Lexicon, ParsedArticle, Analysis) and stored with
the real `insert_article` into a real SQLite file, so these tests do not depend on the analysis rules.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from bot.lexicon import Actor, Lexicon, Topic
from bot.model import Analysis, Claim, Metadata, ParsedArticle, Quote, Sentence, Stance
from bot.store import open_store
from bot.store.alerts.raising import raise_alerts
from bot.store.articles import insert_article

LEXICON = Lexicon(
    actors={
        a.id: a
        for a in (
            Actor("united-states", "United States", ("US", "U.S.", "America", "American", "Washington", "Trump")),
            Actor("united-kingdom", "United Kingdom", ("UK", "U.K.", "Britain", "British", "London", "Starmer")),
            Actor("france", "France", ("French", "Paris", "Macron")),
            Actor("germany", "Germany", ("German", "Berlin", "Scholz")),
            Actor("poland", "Poland", ("Polish", "Warsaw", "Tusk")),
            Actor("russia", "Russia", ("Russian", "Moscow", "Kremlin", "Putin", "Lavrov")),
            Actor("ukraine", "Ukraine", ("Ukrainian", "Kyiv", "Kiev", "Zelenskyy", "Zelensky")),
            Actor("coalition-of-the-willing", "Coalition of the willing", ("coalition of the willing",)),
            Actor("netherlands", "Netherlands", ("Dutch", "The Hague")),
        )
    },
    topics={
        t.id: t
        for t in (
            Topic("reassurance-force", "Reassurance force", ("peacekeepers", "peacekeeping force", "European troops")),
            Topic("troop-contribution", "Troop contribution", ("sending troops", "send troops")),
            Topic("us-backstop", "US backstop", ("backstop", "strategic enablers", "backup")),
            Topic("air-defence", "Air defence", ("no-fly zone", "air shield", "air defense")),
            Topic("us-ground-troops", "US ground troops", ("American boots on the ground", "US troops")),
            Topic("tripwire", "Tripwire", ("tripwire force",)),
            Topic("minerals-deal", "Minerals deal", ("minerals agreement",)),
        )
    },
)


@dataclass
class Story:
    """One article to store: its metadata, sentences, and what the analysis would have found."""

    source: str
    sentences: list[str]
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    claims: list[tuple[int, str, str, Stance]] = field(default_factory=list)  # (sentence, actor, topic, stance)
    quotes: list[tuple[int, str, str | None]] = field(default_factory=list)  # (sentence, text, speaker)

    def parsed(self) -> ParsedArticle:
        text = "\n\n".join(self.sentences)
        meta = Metadata(self.title, self.outlet, self.author, self.published, self.url)
        return ParsedArticle(
            source=self.source,
            content_hash=hashlib.sha256(f"{self.source}\n{text}".encode()).hexdigest(),
            metadata=meta,
            sentences=tuple(Sentence(i, i, s) for i, s in enumerate(self.sentences)),
            raw_bytes=len(text.encode()),
        )

    def analysis(self) -> Analysis:
        return Analysis(
            claims=tuple(Claim(i, actor, topic, stance) for i, actor, topic, stance in self.claims),
            quotes=tuple(Quote(i, text, speaker, None) for i, text, speaker in self.quotes),
        )


def store_stories(db: Path, stories: list[Story], *, now: str = "2025-10-01T00:00:00") -> list[int]:
    """Store each story with its alerts in its own transaction, as ingest does; returns the article ids."""
    ids = []
    with open_store(db) as store:
        for story in stories:
            with store.transaction() as db:
                stored = insert_article(db, story.parsed(), story.analysis(), now=now)
                raise_alerts(db, stored.article_id, now=now)
            ids.append(stored.article_id)
    return ids


# The desk's running story in four articles, shaped like the seeds (an undated one among them).
DAILY_SABAH = Story(
    source="004_daily_sabah.txt",
    title="Europe mulls security force as US, Russia omit Ukraine in peace talks",
    outlet="Daily Sabah",
    published="2025-02-20T21:18:00",
    url="https://www.dailysabah.com/world/europe/europe-mulls-security-force",
    sentences=[
        "U.S. Defense Secretary Pete Hegseth has ruled out American ground forces but left the door open for "
        "logistical and air support.",
        "Polish Prime Minister Donald Tusk, whose country has been a key logistical hub, ruled out sending troops.",
        "Countries like the Netherlands would require parliamentary approval.",
        "Russia has flatly rejected the idea.",
        "A successful one, he said, “could last 20 or 30 years.”",
        "“Russia is preparing for a long war,” she told the Associated Press (AP).",
        "“Does anyone believe this is only aimed at Ukraine? Europe needs to muscle up now.”",
    ],
    claims=[
        (0, "united-states", "us-ground-troops", "opposes"),
        (0, "united-states", "us-backstop", "noncommittal"),
        (1, "poland", "troop-contribution", "opposes"),
        (2, "netherlands", "troop-contribution", "conditional"),
        (3, "russia", "reassurance-force", "opposes"),
    ],
    quotes=[
        (4, "could last 20 or 30 years.", "Michael Clarke"),
        (
            5,
            "Russia is preparing for a long war. Does anyone believe this is only aimed at Ukraine? "
            "Europe needs to muscle up now.",
            "Dovile Sakaliene",
        ),
    ],
)
WALL_STREET = Story(
    source="002_undated.txt",
    title="Europe Hatches Plans for Ukraine Peacekeepers Without U.S.",
    sentences=[
        "President Trump so far hasn’t committed to this.",
        "Trump said that a deal to give the U.S. preferential access to minerals in Ukraine would be enough of "
        "a security guarantee to deter Putin from re-invading Ukraine.",
        "French and British officials have ruled out the idea of using a deployment as a tripwire force.",
        "Canada and Japan have indicated a willingness to play a role.",
    ],
    claims=[
        (0, "united-states", "us-backstop", "noncommittal"),
        (1, "united-states", "minerals-deal", "supports"),
        (2, "france", "tripwire", "opposes"),
        (2, "united-kingdom", "tripwire", "opposes"),
    ],
)
CALIBER_AUGUST = Story(
    source="001_caliber.txt",
    title="FT: US signals willingness to support postwar security framework for Ukraine",
    outlet="Caliber.az",
    author="Tamilla Hasanova",
    published="2025-08-28T15:24:00",
    url="https://caliber.az/en/post/us-signals-willingness",
    sentences=[
        "The United States has indicated a major policy shift, expressing readiness to provide air and "
        "intelligence support for a European-led security arrangement.",
        "However, the U.S. has made it clear that it will not deploy ground troops in Ukraine.",
        "This new approach aligns with plans being developed by a coalition of the willing led by the United "
        "Kingdom and France.",
    ],
    claims=[
        (0, "united-states", "us-backstop", "supports"),
        (1, "united-states", "us-ground-troops", "opposes"),
        (2, "coalition-of-the-willing", "reassurance-force", "supports"),
        (2, "united-kingdom", "reassurance-force", "supports"),
    ],
)
RT_MOSCOW = Story(
    source="003_moscow.txt",
    outlet="RT",
    published="2025-08-20T10:00:00",
    sentences=[
        "Asked for comment by the FT, the Pentagon said the reported measures “are pre-decisional, and the "
        "Defense Department will not comment on pre-decisional topics.”",
        "“We’ll be involved from the standpoint of backup. We’re going to help them,” Trump stated.",
        "The top diplomat said a foreign military intervention of any sort was “absolutely unacceptable.”",
    ],
    claims=[
        (0, "united-states", "us-backstop", "noncommittal"),
        (1, "united-states", "us-backstop", "supports"),
        (2, "russia", "reassurance-force", "opposes"),
    ],
    quotes=[
        (0, "are pre-decisional, and the Defense Department will not comment on pre-decisional topics.", "Pentagon"),
        (1, "We’ll be involved from the standpoint of backup. We’re going to help them,", "Donald Trump"),
        (2, "absolutely unacceptable.", "Sergey Lavrov"),
    ],
)
DESK = [DAILY_SABAH, WALL_STREET, CALIBER_AUGUST, RT_MOSCOW]
