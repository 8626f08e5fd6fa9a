"""Web pages go through a real extractor: scripts, styles and navigation are never indexed."""

from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from bot.errors import UserError
from bot.parsing import parse_article

PAGE = """<!doctype html>
<html><head>
<title>Europe weighs a force | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://example.com/world/europe-weighs-a-force">
<meta property="article:published_time" content="2025-02-20T21:18:00+03:00">
<style>body { color: red } .note::after { content: "Styles are not text." }</style>
<script>var secret = "Script text must never be indexed.";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news from every corner of Europe.</a></li></ul></nav>
<article>
<h1>Europe weighs a force</h1>
<p>European leaders met in Paris on Monday. They discussed a reassurance force for Ukraine, Mr. Macron said.</p>
<h2>Divisions within NATO</h2>
<p>Poland ruled out sending troops. “Does anyone believe this is only aimed at Ukraine? Europe needs to muscle up
now.”</p>
</article>
<footer>© 2025 Example News. All rights reserved. <a href="/privacy">Privacy Policy</a></footer>
<script>document.write("Injected text. More of it.")</script>
</body></html>
"""


def test_only_the_article_text_of_a_page_is_indexed() -> None:
    sentences = [s.text for s in parse_article(PAGE.encode(), "page.html", lists=DATA_DIR).sentences]
    assert sentences == [
        "European leaders met in Paris on Monday.",
        "They discussed a reassurance force for Ukraine, Mr. Macron said.",
        "Poland ruled out sending troops.",
        "“Does anyone believe this is only aimed at Ukraine? Europe needs to muscle up now.”",
    ]


def test_a_pages_metadata_comes_from_its_markup() -> None:
    metadata = parse_article(PAGE.encode(), "page.html", lists=DATA_DIR).metadata
    assert (metadata.title, metadata.outlet, metadata.author) == ("Europe weighs a force", "Example News", "Jane Doe")
    assert (metadata.published, metadata.url) == (
        "2025-02-20T21:18:00",
        "https://example.com/world/europe-weighs-a-force",
    )
    assert set(metadata.provenance.values()) == {"html"}


def test_a_publication_date_in_json_ld_is_read() -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2025-02-20T21:18:00+03:00">', "").replace(
        "</head>",
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2025-03-01T08:00:00Z"}]}</script></head>',
    )
    assert parse_article(page.encode(), "page.html", lists=DATA_DIR).metadata.published == "2025-03-01T08:00:00"


def test_a_page_without_a_declared_date_stays_undated() -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2025-02-20T21:18:00+03:00">', "")
    assert parse_article(page.encode(), "page.html", lists=DATA_DIR).metadata.published is None


def test_a_web_page_saved_as_txt_is_still_read_as_a_page() -> None:
    sentences = [s.text for s in parse_article(PAGE.encode(), "saved.txt", lists=DATA_DIR).sentences]
    assert sentences[0] == "European leaders met in Paris on Monday."
    assert not any("<" in s or "secret" in s for s in sentences)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>",
        "<html><head><script>var a = 'Long script text. With sentences. In it.';</script></head><body></body></html>",
        "<!doctype html><html><body><p>Subscribe</p><p>© 2025 Example</p></body></html>",
    ],
)
def test_a_page_with_no_article_text_is_refused(page: str) -> None:
    with pytest.raises(UserError, match=r"nav\.html has no article text"):
        parse_article(page.encode(), "nav.html", lists=DATA_DIR)


def test_a_page_of_endless_markup_is_refused_before_the_extractor_reads_it() -> None:
    page = "<html><body>" + "<b>x</b>" * 100_000 + "<p>Poland rules out sending troops to Ukraine.</p></body></html>"
    with pytest.raises(UserError, match="pieces of markup"):
        parse_article(page.encode(), "bomb.html", lists=DATA_DIR)
