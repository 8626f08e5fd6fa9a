"""Markdown pasted by the desk: the markup goes, the words stay, a leading "# Heading" is the title."""

from __future__ import annotations

from bot.config import DATA_DIR
from bot.parsing import parse_article

PASTED = """# Poland rules out troops for Ukraine

*Warsaw*, **20 February** — Polish Prime Minister [Donald Tusk](https://example.com/tusk) ruled out
sending troops to Ukraine, according to `officials` in the capital.

![A soldier in Kyiv](https://example.com/photo.jpg)

## What the allies said

> “Europe needs to muscle up now,” said Lithuania’s defence minister.

- Germany called the plan ~~bold~~ premature.
- France and the U.K. would lead the force.

---
[1]: https://example.com/footnote
"""


def test_markdown_markup_is_stripped_and_the_words_kept() -> None:
    sentences = [s.text for s in parse_article(PASTED.encode(), "pasted.md", lists=DATA_DIR).sentences]
    assert sentences == [
        "Warsaw, 20 February — Polish Prime Minister Donald Tusk ruled out sending troops to Ukraine, "
        "according to officials in the capital.",
        "“Europe needs to muscle up now,” said Lithuania’s defence minister.",
        "Germany called the plan bold premature.",
        "France and the U.K. would lead the force.",
    ]


def test_a_leading_heading_is_the_title_and_not_a_sentence() -> None:
    article = parse_article(PASTED.encode(), "pasted.md", lists=DATA_DIR)
    assert article.metadata.title == "Poland rules out troops for Ukraine"
    assert article.metadata.provenance["title"] == "text"
    assert not any("What the allies said" in s.text for s in article.sentences)


def test_markdown_pasted_one_paragraph_per_line_keeps_headers_apart() -> None:
    pasted = (
        "The plan is far from universally accepted within NATO.\n"
        "Divisions within NATO\n"
        "Polish Prime Minister Donald Tusk ruled out sending troops.\n"
    )
    sentences = [s.text for s in parse_article(pasted.encode(), "lines.md", lists=DATA_DIR).sentences]
    assert sentences == [
        "The plan is far from universally accepted within NATO.",
        "Polish Prime Minister Donald Tusk ruled out sending troops.",
    ]


def test_snake_case_and_lone_asterisks_are_not_taken_for_emphasis() -> None:
    text = "The file force_size_estimate.csv lists 5 * 6,000 troops for the first phase of the plan.\n"
    assert [s.text for s in parse_article(text.encode(), "f.md", lists=DATA_DIR).sentences] == [text.strip()]


def test_a_source_link_on_its_own_line_gives_the_url_and_the_outlet() -> None:
    text = (
        "# Poland rules out troops\n\nPolish Prime Minister Donald Tusk ruled out sending troops.\n\n"
        "[Read the original](https://www.kyivpost.com/post/12345)\n"
    )
    metadata = parse_article(text.encode(), "linked.md", lists=DATA_DIR).metadata
    assert (metadata.url, metadata.outlet) == ("https://www.kyivpost.com/post/12345", "Kyiv Post")
    assert metadata.provenance["outlet"] == "url"
