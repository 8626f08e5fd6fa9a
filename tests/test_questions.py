"""The text after /guarantees is read the way a hurried reporter means it, and anything else gets a suggestion."""

from __future__ import annotations

import pytest

from bot.errors import UserError
from bot.questions.reading import parse_question
from bot.questions.subcommands import COMMANDS
from tests.analysis_helpers import load_shipped_lexicon
from tests.newsroom import LEXICON


@pytest.mark.parametrize("spec", COMMANDS, ids=lambda spec: spec.name)
def test_every_subcommand_example_parses_into_its_question(spec) -> None:
    assert parse_question(spec.example, LEXICON).command == spec.name


@pytest.mark.parametrize(
    ("typed", "command", "topic"),
    [
        ("who-suports minerals deal", "who-supports", "minerals-deal"),
        ("whosupports backstp", "who-supports", "us-backstop"),
        ("who supports no fly zone", "who-supports", "air-defence"),
        ("Who-Opposes the US backstop", "who-opposes", "us-backstop"),
        ("who-oposes tripwire", "who-opposes", "tripwire"),
    ],
)
def test_misspelt_subcommands_and_topics_are_understood(typed: str, command: str, topic: str) -> None:
    question = parse_question(typed, LEXICON)
    assert (question.command, question.topic and question.topic.id) == (command, topic)


@pytest.mark.parametrize(
    ("typed", "topic"),
    [
        ("no-fly zone", "air-defence"),
        ("no fly zone", "air-defence"),
        ("the US backstop", "us-backstop"),
        ("us-backstop", "us-backstop"),
        ("peacekeepers", "reassurance-force"),
        ("sending troops", "troop-contribution"),
        ("us ground troops", "us-ground-troops"),
        ("tripwir force", "tripwire"),
    ],
)
def test_topics_are_found_by_id_label_or_phrase_even_misspelt(typed: str, topic: str) -> None:
    question = parse_question(f"who-supports {typed}", LEXICON)
    assert question.topic and question.topic.id == topic
    assert question.stance == "supports"


@pytest.mark.parametrize(
    ("typed", "topic"),
    [
        ("peacekeepers", "reassurance-force"),
        ("sending troops", "troop-contribution"),
        ("backstop", "us-backstop"),
        ("no-fly zone", "air-defence"),
        ("tripwire", "tripwire"),
        ("minerals deal", "minerals-deal"),
    ],
)
def test_the_shipped_lists_give_a_reporters_usual_topic_words_one_topic(typed: str, topic: str) -> None:
    """A phrase added to one topic's list must not make a word desks type every day ambiguous."""
    question = parse_question(f"who-supports {typed}", load_shipped_lexicon())
    assert question.topic and question.topic.id == topic


@pytest.mark.parametrize(
    ("typed", "actor"),
    [("Washington", "united-states"), ("the americans", "united-states"), ("kiev", "ukraine"), ("polnd", "poland")],
)
def test_actors_are_found_by_alias_demonym_capital_or_typo(typed: str, actor: str) -> None:
    question = parse_question(f"actor {typed}", LEXICON)
    assert question.actor and question.actor.id == actor


def test_an_outlet_speaking_for_itself_can_be_asked_about() -> None:
    question = parse_question("actor outlet:Politico", LEXICON)
    assert question.actor and question.actor.id == "outlet:Politico"


@pytest.mark.parametrize("typed", ["", "   ", "/guarantees", "/guarantees   "])
def test_an_empty_question_gets_an_example_not_a_trace(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_question(typed, LEXICON)
    assert "who-supports" in str(caught.value.hint)


def test_the_leading_slash_command_is_ignored_when_typed_out() -> None:
    question = parse_question("/guarantees   quote europe   needs to muscle up", LEXICON)
    assert (question.command, question.words, question.text) == (
        "quote",
        "europe needs to muscle up",
        "quote europe needs to muscle up",
    )


def test_an_unknown_subcommand_is_named_with_the_nearest_suggestion() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("artikel zzz", LEXICON)
    assert "`artikel`" in caught.value.message
    assert "`articles`" in str(caught.value.hint)


def test_a_bare_topic_name_suggests_asking_who_supports_it() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("backstop", LEXICON)
    assert "`who-supports backstop`" in str(caught.value.hint)


def test_a_bare_actor_name_suggests_asking_about_the_actor() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("poland", LEXICON)
    assert "`actor poland`" in str(caught.value.hint)


def test_gibberish_points_to_help() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("frobnicate the widgets", LEXICON)
    assert "`help`" in str(caught.value.hint)


def test_a_question_about_an_unknown_topic_says_so_and_lists_known_ones() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("who-supports nuclear sharing", LEXICON)
    assert caught.value.message == "I don't know the topic `nuclear sharing`."
    assert "US backstop" in str(caught.value.hint) and "Tripwire" in str(caught.value.hint)


def test_a_near_miss_topic_is_suggested_by_name() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("who-supports minerals pact", LEXICON)
    assert "`who-supports minerals-deal`" in str(caught.value.hint)


def test_a_name_that_fits_two_topics_asks_which_one() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("who-opposes us", LEXICON)
    assert "more than one topic" in caught.value.message
    assert "`who-opposes us-backstop`" in str(caught.value.hint)
    assert "`who-opposes us-ground-troops`" in str(caught.value.hint)


def test_who_supports_without_a_topic_shows_an_example_and_the_topics() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("who-opposes", LEXICON)
    assert "`who-opposes reassurance force`" in str(caught.value.hint)
    assert "Minerals deal" in str(caught.value.hint)


def test_quote_without_words_asks_for_some() -> None:
    with pytest.raises(UserError, match="needs some words"):
        parse_question("quote", LEXICON)


def test_quote_keeps_search_syntax_as_words() -> None:
    question = parse_question('quote "tripwire" AND NEAR( force* -troops', LEXICON)
    assert question.words == '"tripwire" AND NEAR( force* -troops'


def test_trailing_all_asks_for_the_earlier_quotes_too() -> None:
    question = parse_question("who-supports us backstop all", LEXICON)
    assert question.full and question.topic and question.topic.id == "us-backstop"
    assert not parse_question("who-supports us backstop", LEXICON).full


@pytest.mark.parametrize(
    ("typed", "full", "chart"),
    [
        ("actor poland", False, True),
        ("actor poland chart off", False, False),
        ("actor poland all chart off", True, False),
        ("actor poland Chart OFF all", True, False),
        ("actor poland chart on", False, True),
    ],
)
def test_chart_off_leaves_the_chart_out_after_the_name_in_any_order_with_all(
    typed: str, full: bool, chart: bool
) -> None:
    question = parse_question(typed, LEXICON)
    assert (question.actor and question.actor.id, question.full, question.chart) == ("poland", full, chart)


def test_chart_off_reads_the_same_after_a_topic() -> None:
    question = parse_question("topic tripwire chart off", LEXICON)
    assert (question.topic and question.topic.id, question.chart) == ("tripwire", False)


def test_actor_or_topic_without_a_name_asks_for_the_list() -> None:
    assert parse_question("actor", LEXICON).actor is None
    assert parse_question("topics", LEXICON).topic is None


def test_help_about_one_subcommand() -> None:
    assert parse_question("help quote", LEXICON).words == "quote"
    assert parse_question("help me please", LEXICON).words == ""


@pytest.mark.parametrize(
    ("typed", "article", "field", "value"),
    [
        ("set 12 date 2025-02-20", "12", "published", "2025-02-20"),
        ("set 004_e6bd231cd2f2ab5e.txt outlet Daily Sabah", "004_e6bd231cd2f2ab5e.txt", "outlet", "Daily Sabah"),
        ("set 3 author", "3", "author", None),
        ("fix 3 link https://example.com/a", "3", "url", "https://example.com/a"),
    ],
)
def test_set_reads_the_article_the_field_and_the_value(typed: str, article: str, field: str, value: str | None) -> None:
    question = parse_question(typed, LEXICON)
    assert (question.command, question.article, question.field, question.value) == ("set", article, field, value)


def test_set_with_an_unknown_field_lists_the_fields() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("set 12 colour red", LEXICON)
    assert "`colour`" in caught.value.message
    assert "outlet" in str(caught.value.hint)


def test_remove_reads_the_article_and_needs_one() -> None:
    assert parse_question("remove 12", LEXICON).article == "12"
    with pytest.raises(UserError, match="needs the article"):
        parse_question("remove", LEXICON)


def test_add_is_an_admin_question_without_arguments() -> None:
    assert parse_question("add", LEXICON).command == "add"


def test_a_2000_character_question_is_refused_in_a_short_message() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("who-supports " + "zebra crossing " * 140, LEXICON)
    assert len(caught.value.message) < 120


def test_backticks_typed_by_the_user_cannot_break_the_message_formatting() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("who-supports `nuclear`", LEXICON)
    assert caught.value.message.count("`") == 2


def test_a_misspelt_two_word_subcommand_is_understood() -> None:
    question = parse_question("who suports no fly zone", LEXICON)
    assert question.command == "who-supports" and question.topic and question.topic.id == "air-defence"


@pytest.mark.parametrize("typed", ["!!", "?!", "--", "…", "<!channel>"])
def test_punctuation_alone_gets_help_not_a_trace(typed: str) -> None:
    with pytest.raises(UserError, match="I don't know"):
        parse_question(typed, LEXICON)


def test_asking_about_a_group_names_its_members_to_ask_about() -> None:
    with pytest.raises(UserError) as caught:
        parse_question("actor the baltic states", load_shipped_lexicon())
    assert caught.value.message == "`the baltic states` is a group: Estonia, Latvia, Lithuania."
    assert "`actor estonia`" in str(caught.value.hint) and "`actor lithuania`" in str(caught.value.hint)
