"""Title, outlet, author, date and URL come from the article with their source, and are never invented."""

from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from bot.errors import UserError
from bot.model import Metadata
from bot.parsing import parse_article
from bot.parsing.dates import parse_date
from bot.parsing.urls import real_url, title_from_slug
from tests.conftest import SEEDS

DAILY_SABAH = (
    "https://www.dailysabah.com/world/europe/europe-mulls-security-force-as-us-russia-omit-ukraine-in-peace-talks"
)

# The seeds' metadata as the desk labelled it (../shared/seeds-gold.yml), with where each value comes from.
SEED_METADATA = {
    "000_72331da689b6b8e2.txt": Metadata(
        title="White House, Pentagon back European-led postwar mission in Ukraine",
        outlet="Caliber.az",
        author="Sabina Mammadli",
        published="2025-09-18T07:01:00",
        provenance={"title": "text", "outlet": "text", "author": "text", "published": "text"},
    ),
    "001_42fdb5741ca79799.txt": Metadata(
        title="FT: US signals willingness to support postwar security framework for Ukraine",
        outlet="Caliber.az",
        author="Tamilla Hasanova",
        published="2025-08-28T15:24:00",
        provenance={"title": "text", "outlet": "text", "author": "text", "published": "text"},
    ),
    "002_beecce86ed0f1ada.txt": Metadata(
        title="Europe Hatches Plans for Ukraine Peacekeepers Without U.S.", provenance={"title": "text"}
    ),
    "003_d3d039583e9e291b.txt": Metadata(),
    "004_e6bd231cd2f2ab5e.txt": Metadata(
        title="Europe mulls security force as US Russia omit Ukraine in peace talks",
        outlet="Daily Sabah",
        published="2025-02-20T21:18:00",
        url=DAILY_SABAH,
        provenance={"title": "url", "outlet": "url", "published": "text", "url": "text"},
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_METADATA))
def test_seed_metadata_matches_the_desks_labels_with_its_provenance(name: str) -> None:
    path = SEEDS / name
    assert parse_article(path.read_bytes(), name, lists=DATA_DIR).metadata == SEED_METADATA[name]


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("18 September 2025 07:01", "2025-09-18T07:01:00"),
        ("2025-02-20 21:18:00", "2025-02-20T21:18:00"),
        ("2025-02-20T21:18:00+03:00", "2025-02-20T21:18:00"),
        ("Feb. 19, 2025", "2025-02-19"),
        ("February 19, 2025 at 3:45 pm", "2025-02-19T15:45:00"),
        ("Thursday, 20 February 2025", "2025-02-20"),
        ("20.02.2025 21:18", "2025-02-20T21:18:00"),
        ("13/04/2025", "2025-04-13"),
        ("Sep 18, 2025, 10:01 AM EDT", "2025-09-18T10:01:00"),
    ],
)
def test_dates_as_newsrooms_write_them_parse(written: str, iso: str) -> None:
    assert parse_date(written) == iso


@pytest.mark.parametrize("unclear", ["03/04/2025", "2025-02-30", "31 Sept 2025", "yesterday", "1850-01-01", ""])
def test_an_unclear_or_impossible_date_is_no_date(unclear: str) -> None:
    assert parse_date(unclear) is None


def test_a_date_mentioned_in_the_body_is_not_taken_for_the_publication_date() -> None:
    text = "Zelenskyy gave a press conference in Kyiv on Feb. 19, 2025, after the talks.\nHe spoke for an hour.\n"
    assert parse_article(text.encode(), "undated.txt", lists=DATA_DIR).metadata.published is None


def test_the_real_address_behind_a_redirect_link_is_the_url() -> None:
    bing = (
        "http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&url=https%3A%2F%2Fwww.dailysabah.com%2Fworld"
        "%2Feurope%2Feurope-mulls-security-force-as-us-russia-omit-ukraine-in-peace-talks&mkt=de-de"
    )
    assert real_url(bing) == DAILY_SABAH
    assert real_url("https://example.com/a?id=3") == "https://example.com/a?id=3"
    assert real_url("javascript:alert(1)") is None


def test_a_slug_made_of_ids_gives_no_title() -> None:
    assert title_from_slug("https://example.com/news/2025/02/20/123456", "") is None
    assert title_from_slug("https://example.com/a/poland-rules-out-troops-12345.html", "Poland") == (
        "Poland rules out troops"
    )


def test_an_empty_author_line_leaves_the_author_unknown_and_is_not_indexed() -> None:
    text = "Author :\nPublished: 3 March 2025\nPoland ruled out sending troops to Ukraine, officials said.\n"
    article = parse_article(text.encode(), "a.txt", lists=DATA_DIR)
    assert article.metadata.author is None
    assert article.metadata.published == "2025-03-03"
    assert [s.text for s in article.sentences] == ["Poland ruled out sending troops to Ukraine, officials said."]


def test_an_unknown_domain_names_the_outlet_by_its_host() -> None:
    text = "Poland ruled out sending troops to Ukraine, officials said.\nSource: https://www.kyiv-daily.example/x\n"
    metadata = parse_article(text.encode(), "a.txt", lists=DATA_DIR).metadata
    assert (metadata.outlet, metadata.provenance["outlet"]) == ("kyiv-daily.example", "url")


def test_admin_overrides_win_and_are_recorded_as_admin() -> None:
    path = SEEDS / "003_d3d039583e9e291b.txt"
    metadata = parse_article(
        path.read_bytes(), path.name, overrides={"outlet": "RT", "date": "26 August 2025", "title": ""}, lists=DATA_DIR
    ).metadata
    assert (metadata.outlet, metadata.published, metadata.title) == ("RT", "2025-08-26", None)
    assert metadata.provenance == {"outlet": "admin", "published": "admin"}


def test_an_admin_override_that_is_not_a_date_is_refused() -> None:
    path = SEEDS / "003_d3d039583e9e291b.txt"
    with pytest.raises(UserError, match="`last week` is not a date"):
        parse_article(path.read_bytes(), path.name, overrides={"date": "last week"}, lists=DATA_DIR)


def test_a_timeline_date_inside_the_body_is_not_the_publication_date() -> None:
    text = (
        "How the war began\n"
        "Russia launched its full-scale invasion before dawn, officials in Kyiv said.\n"
        "24 February 2022\n"
        "Missiles struck airfields across the country within the first hour of the attack.\n"
    )
    article = parse_article(text.encode(), "timeline.txt", lists=DATA_DIR)
    assert article.metadata.published is None
    assert len(article.sentences) == 2


def test_a_date_label_run_into_the_lede_dates_the_article_and_leaves_the_lede_alone() -> None:
    data = b"Norway weighs its part\n\n date 2025-11-02 Norway's defence ministry said it is ready to help.\n"
    article = parse_article(data, "runin.txt", lists=DATA_DIR)
    assert article.metadata.published == "2025-11-02"
    assert [s.text for s in article.sentences] == ["Norway's defence ministry said it is ready to help."]


def test_a_page_title_printed_again_above_the_story_is_the_headline_despite_menus_between() -> None:
    text = (
        "Nordic ministers weigh a naval role in the Baltic mission\n\n"
        "Menu\nDonate Today\n"
        "Read our newsletter for the stories that matter every morning!\n"
        "Nordic ministers weigh a naval role in the Baltic mission\n"
        "Latest News\n"
        "Norway said on Tuesday that it would consider sending two frigates to the mission.\n"
    )
    assert parse_article(text.encode(), "a.txt", lists=DATA_DIR).metadata.title == (
        "Nordic ministers weigh a naval role in the Baltic mission"
    )


def test_a_site_name_on_top_of_the_page_is_not_taken_for_the_headline() -> None:
    text = "Harbour Daily\n\nHarbour Daily\nNorway weighs frigates for the mission\nNorway said it would consider it.\n"
    assert parse_article(text.encode(), "a.txt", lists=DATA_DIR).metadata.title == (
        "Norway weighs frigates for the mission"
    )


def test_a_byline_written_with_a_colon_names_the_author_and_is_not_indexed() -> None:
    text = "Norway weighs frigates\nBy: Ingrid Solberg\nNorway said on Tuesday it would consider sending frigates.\n"
    article = parse_article(text.encode(), "a.txt", lists=DATA_DIR)
    assert article.metadata.author == "Ingrid Solberg"
    assert [s.text for s in article.sentences] == ["Norway said on Tuesday it would consider sending frigates."]
