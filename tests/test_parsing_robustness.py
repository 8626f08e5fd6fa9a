"""Hostile or huge input is handled in linear time and never breaks the parser.

No timing is asserted: a regular expression that backtracks catastrophically on these lines would not
finish at all, which the suite would show as a hang.
"""

from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from bot.errors import UserError
from bot.parsing import parse_article
from bot.parsing.sentences import MAX_SENTENCE_CHARS

ADVERSARIAL_LINES = {
    "full stops": "a. " * 33_000,
    "acronyms": "U.S. " * 20_000,
    "opening quotes": "“" * 100_000,
    "brackets": "([" * 50_000,
    "unclosed photo credits": "(photo " * 14_000,
    "unclosed links": "[a](" * 25_000,
    "unclosed emphasis": "**a" * 33_000,
    "copyright signs": "© " * 50_000,
    "one long word": "x" * 100_000,
    "endless byline": "By " + "Aa " * 33_000,
    "label then spaces": "Published" + " " * 100_000 + ":",
    "endless address": "Source link : http://" + "a" * 100_000,
    "digits": "1" * 100_000,
    "dashes": "- " * 50_000,
    "hashes": "# " + "#a" * 50_000,
    "angle brackets": "<http:" * 16_000,
}
BODY = "The plan was discussed by European leaders in Paris on Monday."


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize("label", sorted(ADVERSARIAL_LINES))
def test_an_adversarial_100k_line_is_parsed_and_the_article_kept(label: str, suffix: str) -> None:
    text = f"Poland rules out troops\n{ADVERSARIAL_LINES[label]}\n{BODY}\n"
    if suffix == ".html":
        text = f"<html><body><article><p>{ADVERSARIAL_LINES[label]}</p><p>{BODY}</p></article></body></html>"
    article = parse_article(text.encode(), f"hostile{suffix}", lists=DATA_DIR)
    assert BODY in [s.text for s in article.sentences]
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in article.sentences)


def test_a_file_over_the_size_cap_is_refused_before_it_is_read() -> None:
    with pytest.raises(UserError, match=r"big\.txt is 2,001 bytes, over the 2,000-byte limit"):
        parse_article(b"a" * 2001, "big.txt", max_bytes=2000, lists=DATA_DIR)


def test_mrkdwn_and_mentions_in_an_article_are_kept_as_plain_text() -> None:
    text = "Officials said <!channel> and <@U123> were *not* told about the plan & its cost.\n"
    sentences = [s.text for s in parse_article(text.encode(), "pings.txt", lists=DATA_DIR).sentences]
    assert sentences == [text.strip()]
