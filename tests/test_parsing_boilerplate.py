"""Page furniture (menus, share prompts, counters, footers, credits, headings) never reaches a sentence."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import DATA_DIR
from bot.model import ParsedArticle
from bot.parsing import parse_article
from bot.parsing.boilerplate import footer_pattern, is_footer_line
from bot.store import open_store
from tests.conftest import SEEDS

# For each seed: what a scraper picked up around the article (the gold file's boilerplate_not_indexed and
# the rest of each page's furniture), and sentences of the body that must survive the cleaning.
FURNITURE = {
    "000_72331da689b6b8e2.txt": [
        "WHAT ARE YOU LOOKING FOR",
        "Any use of materials is allowed",
        "Views: 125",
        "Liked the story?",
        "Follow us on Youtube",
        "night_theme",
        "twitter",
        "apple store",
        "play market",
        "Caliber.az ©",
        "A+",
        "copy link",
        "Ссылка скопирована",
        "The most important world news",
        "loading",
        "By Sabina Mammadli",
        "18 September 2025",
    ],
    "001_42fdb5741ca79799.txt": [
        "WHAT ARE YOU LOOKING FOR",
        "Any use of materials is allowed",
        "Views: 108",
        "Share it on social media",
        "Follow us on Instagram",
        "night_theme",
        "By Tamilla Hasanova",
        "28 August 2025",
    ],
    "002_beecce86ed0f1ada.txt": ["Previously:", "Here’s the “Security Backstop”", "…"],
    "003_d3d039583e9e291b.txt": [],
    "004_e6bd231cd2f2ab5e.txt": [
        "(AP Photo)",
        "gives a press conference",
        "The Daily Sabah Newsletter",
        "Keep up to date",
        "region and the world",
        "SIGN ME UP",
        "unsubscribe",
        "reCAPTCHA",
        "Source link",
        "bing.com",
        "Author :",
        "Publish date",
        "Copyright for syndicated content",
    ],
}
BODY = {
    "000_72331da689b6b8e2.txt": "Support is mounting within the White House and the Pentagon",
    "001_42fdb5741ca79799.txt": "Nevertheless, European leaders see the United States’ newfound willingness",
    "002_beecce86ed0f1ada.txt": "Some officials say the deployed troops could be involved in training",
    "003_d3d039583e9e291b.txt": "The United States has signaled readiness to provide support",
    "004_e6bd231cd2f2ab5e.txt": "“Does anyone believe this is only aimed at Ukraine? Europe needs to muscle up now.”",
}


def parse_seed(name: str) -> ParsedArticle:
    path = SEEDS / name
    return parse_article(path.read_bytes(), path.name, lists=DATA_DIR)


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_no_page_furniture_of_a_seed_reaches_a_sentence(name: str) -> None:
    sentences = [s.text.lower() for s in parse_seed(name).sentences]
    leaked = [(bit, s) for bit in FURNITURE[name] for s in sentences if bit.lower() in s]
    assert leaked == []


@pytest.mark.parametrize("name", sorted(BODY))
def test_the_article_body_of_a_seed_is_kept(name: str) -> None:
    assert any(s.text.startswith(BODY[name]) for s in parse_seed(name).sentences)


def test_the_body_of_a_page_with_no_furniture_is_kept_whole() -> None:
    article = parse_seed("003_d3d039583e9e291b.txt")
    assert len(article.sentences) == 11
    assert article.sentences[-1].text.endswith("was “absolutely unacceptable.”")


def test_section_headers_of_seed_004_are_not_sentences_and_do_not_glue_onto_the_next() -> None:
    sentences = [s.text for s in parse_seed("004_e6bd231cd2f2ab5e.txt").sentences]
    for header in ("Limited deployment, high stakes", "Divisions within NATO", "Moscow’s hardline stance"):
        assert not any(header in s for s in sentences)
    assert "The plan is far from universally accepted within NATO." in sentences
    assert "Russia has flatly rejected the idea." in sentences


def test_the_title_is_metadata_not_a_sentence() -> None:
    article = parse_seed("002_beecce86ed0f1ada.txt")
    assert article.metadata.title == "Europe Hatches Plans for Ukraine Peacekeepers Without U.S."
    assert not any("Hatches Plans" in s.text for s in article.sentences)


UNKNOWN_OUTLET_PAGE = """Home
Politics
World
Opinion
Kyiv Daily Post
Poland says no troops for now
Photo: Reuters
Warsaw has ruled out sending soldiers to Ukraine before a ceasefire, the defence minister said.
He added that the decision could be reviewed in the spring.
Read more: Germany calls the plan premature
1,204 views
Stay informed with our morning briefing every day.
Tags: Poland, Ukraine
© 2025 Kyiv Daily Post. All rights reserved.
"""


def test_an_unknown_outlets_furniture_is_dropped_by_general_signals() -> None:
    article = parse_article(UNKNOWN_OUTLET_PAGE.encode(), "kdp.txt", lists=DATA_DIR)
    assert [s.text for s in article.sentences] == [
        "Warsaw has ruled out sending soldiers to Ukraine before a ceasefire, the defence minister said.",
        "He added that the decision could be reviewed in the spring.",
    ]
    assert article.metadata.title == "Poland says no troops for now"
    assert article.metadata.outlet == "Kyiv Daily Post"


def test_sentences_that_merely_use_furniture_words_are_kept() -> None:
    body = (
        "Canada may sign up to the force later this year.\n"
        "Poland does not share this view of the coalition.\n"
        "Officials said they subscribe to the idea of a European-led mission.\n"
        "Follow-up talks are planned in London next week.\n"
    )
    article = parse_article(body.encode(), "words.txt", lists=DATA_DIR)
    assert len(article.sentences) == 4


def test_a_long_paragraph_mentioning_a_newsletter_is_never_dropped_by_a_pattern() -> None:
    paragraph = (
        "In a newsletter sent to party members, the minister argued at length that the coalition of the willing "
        "would need American air cover, logistics and intelligence before any European soldier could be sent, "
        "and that Warsaw would keep its own forces at home to guard the eastern flank while others deployed, "
        "a position he has repeated in parliament and on television since the spring."
    )
    article = parse_article(paragraph.encode(), "long.txt", lists=DATA_DIR)
    assert [s.text for s in article.sentences] == [paragraph]


def test_a_pull_quote_repeated_on_the_page_is_indexed_once() -> None:
    quote = "“Europe needs to muscle up now,” the minister said in an interview."
    body = f"{quote}\nThe plan is far from universally accepted within NATO.\n{quote}\n"
    article = parse_article(body.encode(), "pull.txt", lists=DATA_DIR)
    assert [s.text for s in article.sentences].count(quote) == 1


def test_footer_patterns_written_with_capitals_or_alternations_keep_their_meaning(tmp_path: Path) -> None:
    (tmp_path / "boilerplate.yml").write_text(
        "ui:\n  - '\\bReCAPTCHA\\S*'\n  - '^views$|\\bcredit:'\n", encoding="utf-8"
    )
    footer = footer_pattern(tmp_path)
    assert is_footer_line("Protected by reCAPTCHA.", footer)
    assert is_footer_line("Views", footer)
    assert is_footer_line("Photo credit: AP", footer)
    assert not is_footer_line("Previews of the plan were shown to ministers.", footer)


def test_the_footer_and_outlet_lists_come_from_the_lists_folder_of_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lists = tmp_path / "lists"
    shutil.copytree(DATA_DIR, lists, ignore=shutil.ignore_patterns("corpus", "inbox", "*.db*"))
    (lists / "outlets.yml").write_text("domains:\n  desk.example: The Desk Example\n", encoding="utf-8")
    (lists / "boilerplate.yml").write_text("house:\n  - '^sponsored by the desk fund'\n", encoding="utf-8")
    article = tmp_path / "desk.txt"
    article.write_text(
        "Poland weighs the reassurance force\n\nPoland said it would not send troops to Ukraine.\n\n"
        "Sponsored by the Desk Fund and its readers across the region.\n\nSource: https://www.desk.example/poland\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("GUARANTEES_LISTS", str(lists))
    db = tmp_path / "index.db"
    assert main(["--db", str(db), "ingest", str(article)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "articles", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["outlet"] == "The Desk Example"
    with open_store(db) as store:
        sentences = [row["text"] for row in store.query("SELECT text FROM sentences")]
    assert sentences == ["Poland said it would not send troops to Ukraine."]


def test_a_page_cut_off_inside_a_quotation_keeps_its_last_sentences() -> None:
    body = (
        "Norway said it would consider sending frigates to the mission.\n"
        "The Danish defence minister asked for more clarity on the plans. “What is the mission, and who leads"
    )
    article = parse_article(body.encode(), "cut.txt", lists=DATA_DIR)
    assert [s.text for s in article.sentences][-2:] == [
        "The Danish defence minister asked for more clarity on the plans.",
        "“What is the mission, and who leads",
    ]


def test_a_last_line_cut_off_after_a_clause_is_prose_not_a_heading() -> None:
    body = (
        "Norway said it would consider sending frigates to the mission.\n"
        "Sweden called the talks premature, saying the situation was still too unstable to consider sending\n"
        "Next steps for the coalition\n"
    )
    article = parse_article(body.encode(), "cut.txt", lists=DATA_DIR)
    assert [s.text for s in article.sentences] == [
        "Norway said it would consider sending frigates to the mission.",
        "Sweden called the talks premature, saying the situation was still too unstable to consider sending",
    ]


def test_a_long_headline_with_a_comma_above_the_body_is_the_title_not_a_sentence() -> None:
    body = (
        "Norway ready to send frigates to the Black Sea mission, defence minister says\n"
        "\n"
        "Norway said on Monday it would send two frigates to the mission once a ceasefire holds.\n"
    )
    article = parse_article(body.encode(), "headline.txt", lists=DATA_DIR)
    assert article.metadata.title == "Norway ready to send frigates to the Black Sea mission, defence minister says"
    assert [s.text for s in article.sentences] == [
        "Norway said on Monday it would send two frigates to the mission once a ceasefire holds."
    ]
