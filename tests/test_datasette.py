"""The index opened in Datasette with deploy/datasette-metadata.yml: facets, labels, search and the canned query."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.model import Analysis, Claim, Metadata, ParsedArticle, Quote, Sentence
from bot.store import open_store
from bot.store.articles import insert_article

datasette_app = pytest.importorskip("datasette.app", reason="Datasette is the optional extra `datasette`")

METADATA = PROJECT_ROOT / "deploy" / "datasette-metadata.yml"


def article(source: str, outlet: str, published: str, sentences: list[str]) -> ParsedArticle:
    return ParsedArticle(
        source=source,
        content_hash=hashlib.sha256(" ".join(sentences).encode()).hexdigest(),
        metadata=Metadata(title=f"{outlet} on the guarantees", outlet=outlet, published=published),
        sentences=tuple(Sentence(i, 0, text) for i, text in enumerate(sentences)),
        raw_bytes=100,
    )


@pytest.fixture
def index(tmp_path: Path) -> Path:
    """A small real index: two outlets, two dates, the US moving from noncommittal to supporting the backstop."""
    path = tmp_path / "guarantees.db"
    earlier = ["Washington has not committed to a backstop, the defence secretary said."]
    later = ["The United States will provide a backstop of air defence and intelligence, officials said."]
    with open_store(path) as store, store.transaction() as db:
        for parsed, claims in (
            (
                article("sabah.txt", "Daily Sabah", "2025-02-20T21:18:00", earlier),
                (Claim(0, "united-states", "us-backstop", "noncommittal", speaker="Hegseth"),),
            ),
            (
                article("caliber.txt", "Caliber.az", "2025-08-28T10:00:00", later),
                (Claim(0, "united-states", "us-backstop", "supports"),),
            ),
        ):
            quotes = (Quote(0, parsed.sentences[0].text, "Hegseth", "united-states"),)
            insert_article(db, parsed, Analysis(claims=claims, quotes=quotes), now="2025-09-01T00:00:00+00:00")
    return path


def browse(db: Path, *paths: str) -> list[dict[str, Any]]:
    """GET each path from a Datasette serving `db` with the project's metadata, as JSON."""

    async def run() -> list[dict[str, Any]]:
        ds = datasette_app.Datasette([str(db)], metadata=yaml.safe_load(METADATA.read_text()))
        await ds.invoke_startup()
        responses = [await ds.client.get(path) for path in paths]
        assert all(r.status_code == 200 for r in responses), [(r.url, r.status_code) for r in responses]
        return [r.json() for r in responses]

    return asyncio.run(run())


def test_claims_are_faceted_by_actor_topic_and_stance(index: Path) -> None:
    (claims,) = browse(index, "/guarantees/claims.json")
    facets = claims["facet_results"]
    assert {"actor", "topic", "stance"} <= set(facets)
    stances = {row["value"]: row["count"] for row in facets["stance"]["results"]}
    assert stances == {"noncommittal": 1, "supports": 1}
    assert [row["value"] for row in facets["actor"]["results"]] == ["united-states"]


def test_articles_are_faceted_by_outlet_and_date_newest_first(index: Path) -> None:
    (articles,) = browse(index, "/guarantees/articles.json?_shape=objects")
    facets = articles["facet_results"]
    assert {row["value"] for row in facets["outlet"]["results"]} == {"Daily Sabah", "Caliber.az"}
    assert {row["value"] for row in facets["published"]["results"]} == {"2025-02-20", "2025-08-28"}
    assert [row["source"] for row in articles["rows"]] == ["caliber.txt", "sabah.txt"]


def test_claims_show_their_article_by_title(index: Path) -> None:
    (claims,) = browse(index, "/guarantees/claims.json?_shape=objects&_labels=on")
    assert {row["article_id"]["label"] for row in claims["rows"]} == {
        "Daily Sabah on the guarantees",
        "Caliber.az on the guarantees",
    }


def test_sentences_can_be_searched_in_full_text(index: Path) -> None:
    (found,) = browse(index, "/guarantees/sentences.json?_search=backstop+intelligence&_shape=objects")
    assert [row["text"] for row in found["rows"]] == [
        "The United States will provide a backstop of air defence and intelligence, officials said."
    ]


def test_claims_in_context_filters_by_outlet_and_shows_the_sentence(index: Path) -> None:
    (result,) = browse(
        index,
        "/guarantees/claims_in_context.json?_shape=objects&actor=united-states&topic=&stance=&outlet=Daily+Sabah",
    )
    assert [(row["stance"], row["sentence"]) for row in result["rows"]] == [
        ("noncommittal", "Washington has not committed to a backstop, the defence secretary said.")
    ]


def test_bookkeeping_tables_are_hidden_and_the_desks_tables_shown(index: Path) -> None:
    (database,) = browse(index, "/guarantees.json")
    hidden = {table["name"] for table in database["tables"] if table["hidden"]}
    shown = {table["name"] for table in database["tables"] if not table["hidden"]}
    assert {"sentences_fts", "sentences_vocab", "slack_events", "seen_pairs", "_migrations"} <= hidden
    assert {"article_copies", "copy_buckets", "story_stances", "source_tallies"} <= hidden  # copies' bookkeeping
    assert {"articles", "sentences", "claims", "quotes", "figures", "alerts", "dismissed_pairs"} <= shown
