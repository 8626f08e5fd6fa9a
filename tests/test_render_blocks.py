"""Slack replies stay within Block Kit's limits, carry a share button, and never let an article ping anyone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.answering import answer_question
from bot.answering.values import Evidence, Label, Position, QuoteAnswer, QuoteResult, Source, StanceAnswer, Track
from bot.model import STANCES
from bot.questions.reading import Question
from bot.questions.subcommands import COMMANDS
from bot.render.blocks import answer_blocks, error_blocks, fit
from bot.store import open_store
from tests.newsroom import DESK, LEXICON, Story, store_stories

MAX_BLOCKS = 50
SECTION_CHARS = 3000


def assert_within_slack_limits(message: dict) -> None:
    blocks = message["blocks"]
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "section":
            assert 0 < len(block["text"]["text"]) <= SECTION_CHARS
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        if block["type"] == "actions":
            assert all(len(e["value"]) <= 2000 for e in block["elements"])
    assert message["text"]


@pytest.fixture
def desk_db(tmp_path: Path) -> Path:
    db = tmp_path / "desk.db"
    store_stories(db, DESK)
    return db


def blocks_for(db: Path, text: str) -> dict:
    with open_store(db) as store:
        return answer_blocks(answer_question(store, text, LEXICON))


QUESTIONS = [spec.example for spec in COMMANDS if not spec.admin] + [
    "who-supports us backstop all",
    "actor united states all",
    "actor",
    "topic",
    "quote zzyzx",
    "articles zzyzx",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_every_answer_renders_within_slack_limits_with_a_share_button(desk_db: Path, text: str) -> None:
    message = blocks_for(desk_db, text)
    assert_within_slack_limits(message)
    share = message["blocks"][-1]["elements"][0]
    assert (share["action_id"], share["value"]) == ("share_answer", text)


def _hostile(i: int) -> Source:
    return Source(
        i,
        f"<!channel>{i}.txt",
        "<!here> & co",
        "<@U0123|boss>",
        "A&B",
        "2025-02-20T21:18:00",
        "https://x.test/?a=1&b=<2>",
    )


def _largest_stance_answer() -> StanceAnswer:
    """Sixty actors holding every stance, ten long quotes each, every character a mrkdwn one."""
    sentence = ("<!channel> & <https://evil.test|click> " * 80)[:2000]
    question = Question("who-supports", "who-supports " + "x" * 2000, full=True)
    tracks = tuple(
        Track(
            Label(f"actor-{a}", f"Actor <{a}> & " + "n" * 200),
            Label("us-backstop", "US backstop"),
            tuple(
                Position(
                    stance,
                    500,
                    500,
                    "2025-01-01",
                    "2025-09-01",
                    tuple(Evidence(sentence, stance, "<@U999>", None, _hostile(q)) for q in range(10)),
                )
                for stance in STANCES
            ),
        )
        for a in range(60)
    )
    return StanceAnswer(question, Label("us-backstop", "US backstop " + "<b>" * 100), "supports", tracks)


def test_the_largest_possible_answer_is_trimmed_to_slacks_limits_with_a_count_of_the_rest() -> None:
    message = answer_blocks(_largest_stance_answer())
    assert_within_slack_limits(message)
    assert len(message["blocks"]) < MAX_BLOCKS, "room is left for the line a share adds on top"
    assert "more. Ask a narrower question" in message["blocks"][-2]["text"]["text"]


def test_hostile_text_in_the_largest_answer_is_escaped_everywhere() -> None:
    dumped = json.dumps(answer_blocks(_largest_stance_answer()))
    assert "<!channel>" not in dumped and "<!here>" not in dumped and "<@U" not in dumped
    assert "&lt;!channel&gt;" in dumped


def test_a_long_quote_list_is_trimmed_the_same_way() -> None:
    results = tuple(QuoteResult("<!channel> " * 400, 99.0, _hostile(i), "<!here>", None) for i in range(200))
    message = answer_blocks(QuoteAnswer(Question("quote", "quote x"), "x", results, 200))
    assert_within_slack_limits(message)
    assert "<!channel>" not in json.dumps(message)


def test_an_article_that_pings_the_channel_shows_the_words_instead(tmp_path: Path) -> None:
    db = tmp_path / "hostile.db"
    story = Story(
        "<!channel>.txt",
        ["<!channel> France ruled out a tripwire force & said <https://evil.test|click here> <@U123>."],
        title="<!here> breaking",
        outlet="<!everyone>",
        url="javascript:alert(1)",
        claims=[(0, "france", "tripwire", "opposes")],
    )
    store_stories(db, [story])
    for text in ("who-opposes tripwire", "quote france ruled out a tripwire", "articles", "actor france"):
        dumped = json.dumps(blocks_for(db, text))
        for ping in ("<!channel>", "<!here>", "<!everyone>", "<@U123>", "<https://evil.test", "javascript:"):
            assert ping not in dumped, (text, ping)
        assert "&lt;!channel&gt;" in dumped or "&lt;!here&gt;" in dumped


def test_the_users_own_words_are_escaped_in_the_reply(desk_db: Path) -> None:
    dumped = json.dumps(blocks_for(desk_db, "quote <!channel> tripwire"))
    assert "<!channel>" not in json.dumps([b for b in json.loads(dumped)["blocks"] if b["type"] != "actions"])


def test_an_error_reply_says_what_happened_and_what_to_type() -> None:
    message = error_blocks("I don't know `<!channel>`.", "`help` lists everything you can ask.")
    assert_within_slack_limits(message)
    assert "&lt;!channel&gt;" in message["blocks"][0]["text"]["text"]
    assert "`help`" in message["blocks"][0]["text"]["text"]


def test_cutting_escaped_text_never_leaves_half_an_entity_or_link() -> None:
    assert fit("abc &amp; def", 7) == "abc …"
    assert fit("see <https://example.com|here> now", 20) == "see …"
    assert fit("short", 10) == "short"
