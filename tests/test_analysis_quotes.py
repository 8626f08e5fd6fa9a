"""Direct quotations and their speakers: named before or after, "he said", roles, continued quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.analysis import analyze
from bot.config import DATA_DIR
from bot.lexicon import Lexicon
from bot.parsing import parse_article
from tests.analysis_helpers import article
from tests.conftest import SEEDS


def speakers(lexicon: Lexicon, sentences: list[str], paragraphs: list[int] | None = None) -> list[tuple]:
    quotes = analyze(article(sentences, paragraphs=paragraphs), lexicon).quotes
    return [(q.sentence, q.text, q.speaker, q.actor) for q in quotes]


def test_a_speaker_named_after_the_quote(lexicon: Lexicon) -> None:
    found = speakers(lexicon, ["“Europe must carry more of the burden,” Chancellor Friedrich Merz said."])
    assert found == [(0, "Europe must carry more of the burden", "Friedrich Merz", "germany")]


def test_said_followed_by_the_speaker(lexicon: Lexicon) -> None:
    found = speakers(lexicon, ["“The door is not closed,” said Anna Lindqvist, a researcher in Stockholm."])
    assert found == [(0, "The door is not closed", "Anna Lindqvist", None)]


def test_he_said_is_the_person_named_before(lexicon: Lexicon) -> None:
    sentences = [
        "Jonas Gahr Støre, Norway’s prime minister, met his Danish counterpart on Tuesday.",
        "The talks, he said, “were frank and useful for both of us.”",
    ]
    assert speakers(lexicon, sentences) == [(1, "were frank and useful for both of us.", "Jonas Gahr Støre", "norway")]


def test_a_role_with_the_is_the_last_person_named(lexicon: Lexicon) -> None:
    sentences = [
        "Italian Foreign Minister Antonio Tajani arrived in Kyiv on Monday.",
        "Later the minister said the plan “needs a clear mandate from the United Nations.”",
    ]
    assert speakers(lexicon, sentences)[0][2:] == ("Antonio Tajani", "italy")


def test_a_capitalised_title_is_the_person_last_named_with_it(lexicon: Lexicon) -> None:
    sentences = [
        "Prime Minister Mette Frederiksen met President Alexander Stubb in Copenhagen.",
        "Speaking after the talks with Mr Stubb, the Prime Minister said: “Our plans are ready for the next step.”",
    ]
    assert speakers(lexicon, sentences)[0][2:] == ("Mette Frederiksen", "denmark")


def test_a_title_written_short_is_the_same_title(lexicon: Lexicon) -> None:
    sentences = [
        "Danish PM Mette Frederiksen met President Alexander Stubb in Copenhagen.",
        "Speaking after the talks with Mr Stubb, the Prime Minister said: “Our plans are ready for the next step.”",
    ]
    assert speakers(lexicon, sentences)[0][2:] == ("Mette Frederiksen", "denmark")


def test_a_leading_while_clause_does_not_hold_the_speaker(lexicon: Lexicon) -> None:
    sentences = [
        "Prime Minister Mette Frederiksen will meet President Alexander Stubb in Helsinki.",
        "While Frederiksen was flying to Helsinki, the Finnish president said: “We expect a frank exchange.”",
    ]
    assert speakers(lexicon, sentences)[0][2:] == ("Alexander Stubb", "finland")


def test_an_unnamed_spokesperson_stays_unnamed_but_speaks_for_the_actor(lexicon: Lexicon) -> None:
    sentences = ["A Kremlin spokesperson, speaking to state media, said: “No foreign soldier will be welcome here.”"]
    assert speakers(lexicon, sentences)[0][2:] == ("Kremlin spokesperson", "russia")


def test_a_quote_continued_in_the_next_sentence_keeps_its_speaker(lexicon: Lexicon) -> None:
    sentences = [
        "“We are ready to help,” Finnish President Alexander Stubb told the Associated Press.",
        "“Nobody should doubt our commitment to the region.”",
    ]
    found = speakers(lexicon, sentences, paragraphs=[0, 0])
    assert [(s, speaker) for s, _, speaker, _ in found] == [(0, "Alexander Stubb"), (1, "Alexander Stubb")]


def test_a_quote_split_across_sentences_is_kept_for_each(lexicon: Lexicon) -> None:
    sentences = ["“The force will not be a tripwire.", "It will protect the skies,” the Pentagon said."]
    found = speakers(lexicon, sentences, paragraphs=[0, 0])
    assert [(s, t, speaker) for s, t, speaker, _ in found] == [
        (0, "The force will not be a tripwire.", "Pentagon"),
        (1, "It will protect the skies", "Pentagon"),
    ]


def test_scare_quotes_and_names_in_quotes_are_not_quotations(lexicon: Lexicon) -> None:
    sentences = ["The “coalition of the willing” rejected a “tripwire” role for the “reassurance force”."]
    assert speakers(lexicon, sentences) == []


# The seed corpus's quotations (from the hand labels), found through the real parser.
SEED_SPEAKERS = [
    ("003", "We’ll be involved from the standpoint of backup", "Donald Trump", "united-states"),
    ("003", "Europe is going to give them significant security guarantees", "Donald Trump", "united-states"),
    ("003", "must be subject to consensus", "Sergey Lavrov", "russia"),
    ("003", "are pre-decisional", "Pentagon", "united-states"),
    ("004", "Russia is preparing for a long war", "Dovile Sakaliene", "lithuania"),
    ("004", "could last 20 or 30 years", "Michael Clarke", None),
    ("001", "President Trump and his national security team", "White House spokesperson", "united-states"),
]


@pytest.mark.parametrize(("seed", "opening", "speaker", "actor"), SEED_SPEAKERS)
def test_the_seed_quotations_have_their_labelled_speakers(
    lexicon: Lexicon, seed: str, opening: str, speaker: str, actor: str | None
) -> None:
    path = next(Path(SEEDS).glob(f"{seed}_*.txt"), None)
    if path is None:
        pytest.skip("the seed corpus is not bundled")
    quotes = analyze(parse_article(path.read_bytes(), path.name, lists=DATA_DIR), lexicon).quotes
    match = next(q for q in quotes if q.text.startswith(opening))
    assert (match.speaker, match.actor) == (speaker, actor)


def test_a_person_named_before_a_colon_speaks_the_quotation(lexicon: Lexicon) -> None:
    found = speakers(lexicon, ["Mette Frederiksen: “Denmark stands ready to do its part in the mission.”"])
    assert found == [(0, "Denmark stands ready to do its part in the mission.", "Mette Frederiksen", "denmark")]


def test_a_knight_named_by_title_and_first_name_is_the_listed_person(lexicon: Lexicon) -> None:
    found = speakers(lexicon, ["“We will go further than anyone expected,” Sir Keir said after the summit."])
    assert found == [(0, "We will go further than anyone expected", "Keir Starmer", "united-kingdom")]


def test_a_paragraph_that_opens_a_quotation_goes_on_with_the_last_speaker(lexicon: Lexicon) -> None:
    sentences = [
        "Defence Minister Pål Jonson said: “Sweden is prepared to contribute.",
        "“We will decide on the size of our contribution in the spring,” he added.",
        "“Parliament will have the final word on any deployment.”",
    ]
    found = speakers(lexicon, sentences, paragraphs=[0, 1, 2])
    assert [speaker for _, _, speaker, _ in found] == ["Pål Jonson", "Pål Jonson", "Pål Jonson"]


def test_a_name_before_its_apposition_speaks_rather_than_the_title(lexicon: Lexicon) -> None:
    found = speakers(
        lexicon, ["Sanna Virtanen, a former Finnish defence minister, said: “The plan is a serious step forward.”"]
    )
    assert [speaker for _, _, speaker, _ in found] == ["Sanna Virtanen"]


def test_a_speaker_after_the_quotations_full_stop_speaks_it(lexicon: Lexicon) -> None:
    sentences = [
        "Helsinki has hosted the talks.",
        "“We are ready to do our share of the work.” Alexander Stubb said on Monday.",
    ]
    found = speakers(lexicon, sentences, paragraphs=[0, 1])
    assert [(speaker, actor) for _, _, speaker, actor in found] == [("Alexander Stubb", "finland")]


def test_a_quotation_opening_its_sentence_is_the_person_the_sentence_before_was_about(lexicon: Lexicon) -> None:
    sentences = ["Ruben Brekelmans voiced doubts about the mandate.", "“Who commands the force, and for how long?”"]
    found = speakers(lexicon, sentences, paragraphs=[0, 0])
    assert [(speaker, actor) for _, _, speaker, actor in found] == [("Ruben Brekelmans", "netherlands")]


def test_quotation_marks_typed_as_modifier_letters_still_quote(lexicon: Lexicon) -> None:
    data = "Mette Frederiksen: \u02baDenmark stands ready to do its part in the mission.\u201d\n".encode()
    quotes = analyze(parse_article(data, "quote.txt", lists=DATA_DIR), lexicon).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Denmark stands ready to do its part in the mission.", "Mette Frederiksen")
    ]


def test_a_quotation_posted_by_someone_is_theirs_not_this(lexicon: Lexicon) -> None:
    sentences = ["“A frank and useful exchange among defence chiefs today.” This was posted online by Mark Rutte."]
    assert [speaker for _, _, speaker, _ in speakers(lexicon, sentences)] == ["Mark Rutte"]


def test_a_name_before_a_bare_title_apposition_is_a_person_and_a_former_minister_speaks_for_no_state(
    lexicon: Lexicon,
) -> None:
    found = speakers(lexicon, ["Aino Korhonen, former Finnish foreign minister, said: “The plan is a step forward.”"])
    assert [(speaker, actor) for _, _, speaker, actor in found] == [("Aino Korhonen", None)]


def test_a_surname_alone_after_the_full_name_is_that_person(lexicon: Lexicon) -> None:
    sentences = [
        "Energy Secretary Harriet Okonkwo praised the pipeline deal on Monday.",
        "Senator Paul Wrenly criticised it.",
        "Okonkwo dismissed the criticism.",
        "“This deal protects our workers,” she said.",
    ]
    assert speakers(lexicon, sentences) == [(3, "This deal protects our workers", "Harriet Okonkwo", None)]


def test_with_someone_saying_gives_the_quotation_to_them_not_the_clause_subject(lexicon: Lexicon) -> None:
    sentences = [
        "Washington has welcomed the idea, with Deputy Secretary Laura Brindisi saying the mission should be"
        " “strong enough to deter any attack” on Ukraine."
    ]
    assert [s[2] for s in speakers(lexicon, sentences)] == ["Laura Brindisi"]


def test_a_quotation_inside_what_someone_said_is_theirs_despite_a_clause_after_it(lexicon: Lexicon) -> None:
    sentences = [
        "Trade Minister Oskar Lindholm said on Friday that Sweden wanted “a bigger role in the mission for our"
        " navy,” as countries like Norway say they are ready to send ships."
    ]
    assert [s[2] for s in speakers(lexicon, sentences)] == ["Oskar Lindholm"]


def test_a_standfirst_quotation_printed_again_with_its_speaker_is_theirs(lexicon: Lexicon) -> None:
    sentences = [
        "‘We have secured a promise that the alliance will stand by Kyiv for years’",
        "Envoy Marta Kowalczyk spoke after the talks in Geneva.",
        "“We have secured a promise that the alliance will stand by Kyiv for decades,” Kowalczyk said.",
    ]
    found = speakers(lexicon, sentences)
    assert [(s[0], s[2]) for s in found] == [(0, "Marta Kowalczyk"), (2, "Marta Kowalczyk")]


def test_a_paragraph_opening_straight_quotes_left_open_goes_on_with_the_last_speaker(lexicon: Lexicon) -> None:
    sentences = [
        'Chancellor Friedrich Merz told reporters that "nobody is discussing ground troops now."',
        '"We are working on guarantees for the day after a ceasefire. That is the priority.',
    ]
    found = speakers(lexicon, sentences, paragraphs=[0, 1])
    assert [(s[0], s[2]) for s in found] == [(0, "Friedrich Merz"), (1, "Friedrich Merz")]


def test_straight_quotes_left_open_after_a_full_stop_go_on_into_the_next_paragraph(lexicon: Lexicon) -> None:
    sentences = [
        "Prime Minister Jonas Gahr Støre said on Monday that Norway would do its share.",
        '"We will send engineers and a field hospital. The details are being worked out with our allies.',
        '"Nobody in Oslo is talking about combat troops at this stage."',
    ]
    found = speakers(lexicon, sentences, paragraphs=[0, 0, 1])
    assert {(s[0], s[2]) for s in found} == {(1, "Jonas Gahr Støre"), (2, "Jonas Gahr Støre")}


def test_a_place_named_in_passing_is_not_the_speaker(lexicon: Lexicon) -> None:
    sentences = [
        "British soldiers could “answer any attack in kind,” Keir Starmer told broadcaster Sky in London on Monday "
        "evening, although he warned that, “We are not ready yet.”"
    ]
    found = speakers(lexicon, sentences)
    assert found[-1] == (0, "We are not ready yet.", "Keir Starmer", "united-kingdom")


def test_a_country_named_first_speaks_rather_than_its_apposition(lexicon: Lexicon) -> None:
    sentences = ["Poland, Ukraine’s largest neighbour, said: “We will help, but without soldiers.”"]
    assert speakers(lexicon, sentences) == [(0, "We will help, but without soldiers.", "Poland", "poland")]


def test_an_interview_printed_as_questions_and_answers_quotes_the_one_interviewed(lexicon: Lexicon) -> None:
    sentences = [
        "Defence Minister Ruben Brekelmans spoke to the paper about the war.",
        "Q: Will Dutch soldiers go to Ukraine?",
        "A: We are prepared to send soldiers after a ceasefire.",
        "Parliament will have the final word.",
        "Q: What about the Americans?",
        "A: An American backstop is essential for any mission.",
    ]
    found = speakers(lexicon, sentences, paragraphs=[0, 1, 2, 2, 3, 4])
    assert [(s, speaker) for s, _, speaker, _ in found] == [
        (2, "Ruben Brekelmans"),
        (3, "Ruben Brekelmans"),
        (5, "Ruben Brekelmans"),
    ]
    assert found[0][1] == "We are prepared to send soldiers after a ceasefire."


def test_an_interview_labelled_with_q_and_a_and_full_stops_quotes_the_one_interviewed(lexicon: Lexicon) -> None:
    sentences = [
        "Defence Minister Ruben Brekelmans answered questions from readers.",
        "Q. Will the Netherlands take part in the force?",
        "A. Yes, in principle.",
        "We are prepared to contribute troops.",
    ]
    claims = analyze(article(sentences, paragraphs=[0, 1, 2, 2]), lexicon).claims
    assert [(c.actor, c.topic, c.stance) for c in claims] == [("netherlands", "troop-contribution", "supports")]


def test_an_interview_with_an_unnamed_office_quotes_that_office(lexicon: Lexicon) -> None:
    sentences = [
        "The Norwegian defence minister talked to us in Oslo.",
        "Q: Will Norway send troops after a ceasefire?",
        "A: We are ready to send a battalion.",
    ]
    found = speakers(lexicon, sentences, paragraphs=[0, 1, 2])
    assert [(s, actor) for s, _, _, actor in found] == [(2, "norway")]
    claims = analyze(article(sentences, paragraphs=[0, 1, 2]), lexicon).claims
    assert [(c.actor, c.topic, c.stance) for c in claims] == [("norway", "troop-contribution", "supports")]


def test_a_line_opening_with_a_colon_is_no_answer_without_questions(lexicon: Lexicon) -> None:
    sentences = ["Defence Minister Ruben Brekelmans spoke on Monday.", "A: the first option, a brigade, is costly."]
    assert speakers(lexicon, sentences) == []


def test_a_transcript_line_opening_with_a_name_and_a_colon_is_that_persons_words(lexicon: Lexicon) -> None:
    sentences = [
        "Kremlin spokesman Dmitry Peskov briefed reporters on Tuesday.",
        "Question: How does the Kremlin see the British offer?",
        "Peskov: We have said many times that this is unacceptable.",
        "Our position has not changed.",
    ]
    found = speakers(lexicon, sentences, paragraphs=[0, 1, 2, 2])
    assert [(s, text, speaker) for s, text, speaker, _ in found] == [
        (2, "We have said many times that this is unacceptable.", "Dmitry Peskov"),
        (3, "Our position has not changed.", "Dmitry Peskov"),
    ]


def test_a_country_heading_an_explainer_entry_is_no_speaker(lexicon: Lexicon) -> None:
    assert speakers(lexicon, ["Poland: Warsaw has ruled out sending soldiers to Ukraine."]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will not send soldiers,” said Anna Kowal, the Polish defence minister.",
        "“We will not send soldiers,” Anna Kowal, a spokeswoman for the Polish defence ministry, said.",
        "Anna Kowal, Poland’s deputy defence minister, said: “We will not send soldiers.”",
    ],
)
def test_a_name_the_lists_do_not_know_speaks_for_the_side_its_apposition_names(lexicon: Lexicon, sentence: str) -> None:
    assert [(speaker, actor) for _, _, speaker, actor in speakers(lexicon, [sentence])] == [("Anna Kowal", "poland")]


def test_a_former_officer_named_with_his_old_side_speaks_for_no_side(lexicon: Lexicon) -> None:
    found = speakers(lexicon, ["“We should send troops now,” said John Ellis, a former British general."])
    assert [(speaker, actor) for _, _, speaker, actor in found] == [("John Ellis", None)]


def test_she_after_a_name_the_lists_do_not_know_speaks_for_the_side_of_her_office(lexicon: Lexicon) -> None:
    sentences = [
        "Anna Kowal, the Polish defence minister, met her Ukrainian counterpart on Monday.",
        "“We will not send soldiers,” she said.",
    ]
    assert [(speaker, actor) for _, _, speaker, actor in speakers(lexicon, sentences)] == [("Anna Kowal", "poland")]
