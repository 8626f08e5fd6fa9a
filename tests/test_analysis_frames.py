"""The quality gate, continued: speech frames the parser leaves incomplete, passives, existentials and time.

Every sentence is written for these tests; none comes from the seeds or the development set. Each case
lists every claim the sentences must yield, so an extra claim fails as surely as a missing one.
"""

from __future__ import annotations

import pytest

from bot.lexicon import Lexicon
from tests.analysis_helpers import claims_of

Triple = tuple[str, str, str]


FRAMES: list[tuple[str, set[Triple]]] = [
    # "nobody" as subject: the speaker's own undecided view, and the troops are anyone's
    (
        "“Nobody is talking about ground troops in Ukraine at the moment,” Chancellor Merz said.",
        {("germany", "reassurance-force", "noncommittal")},
    ),
    # promises made by the West are the guarantees
    (
        "Kremlin spokesman Dmitry Peskov dismissed Western promises as empty words.",
        {("russia", "security-guarantees", "opposes")},
    ),
    # "either" between a cue's words changes nothing
    (
        "Estonia has expressed readiness either to send troops or to provide equipment.",
        {("estonia", "troop-contribution", "supports")},
    ),
    # a closing speech verb the parser leaves without a subject: the name before it speaks
    (
        "A foreign contingent in Ukraine would be a pretext for war, the spokeswoman of the Russian Foreign"
        " Ministry, Maria Zakharova, pointedly stated.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # "responded by asserting that ...": the speech verb in a gerund takes the subject of the verb it hangs on
    (
        "Dmitry Peskov replied by asserting that any peacekeeping mission must be approved by both sides.",
        {("russia", "reassurance-force", "conditional")},
    ),
    # a stray word before the subject ("update 2026-01-05 ...") does not take the subject's place
    (
        "update 2026-01-05 Norway's defence ministry has said that it is ready to send troops to Ukraine.",
        {("norway", "troop-contribution", "supports")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FRAMES, ids=[s[:50] for s, _ in FRAMES])
def test_the_speaker_of_an_incomplete_frame_is_found(lexicon: Lexicon, sentence: str, expected: set[Triple]) -> None:
    assert claims_of(lexicon, sentence) == expected


PASSIVES_AND_EXISTENTIALS: list[tuple[str, set[Triple]]] = [
    # "no" on a passive's subject negates the sending
    (
        "Starmer insisted that no British soldiers will be sent to Ukraine.",
        {("united-kingdom", "troop-contribution", "opposes")},
    ),
    ("Canadian troops will be dispatched to Ukraine, Carney said.", {("canada", "troop-contribution", "supports")}),
    ("Finland will not dispatch soldiers to Ukraine.", {("finland", "troop-contribution", "opposes")}),
    # "there must be a ...": what the speaker calls for
    ('"There must be an American backstop," Merz said.', {("germany", "us-backstop", "supports")}),
    ('"There will be a reassurance force in Ukraine," Macron said.', {("france", "reassurance-force", "supports")}),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), PASSIVES_AND_EXISTENTIALS, ids=[s[:50] for s, _ in PASSIVES_AND_EXISTENTIALS]
)
def test_passives_and_existentials_carry_the_stance(lexicon: Lexicon, sentence: str, expected: set[Triple]) -> None:
    assert claims_of(lexicon, sentence) == expected


def test_if_necessary_is_readiness_not_a_condition(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Latvia is ready to send troops to Ukraine if necessary.") == {
        ("latvia", "troop-contribution", "supports")
    }
    assert claims_of(lexicon, "Latvia will only send troops to Ukraine if there is a ceasefire.") == {
        ("latvia", "troop-contribution", "conditional")
    }


def test_earlier_this_week_is_news_not_history(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Earlier this week, Hungary rejected the idea of sending troops to Ukraine.") == {
        ("hungary", "troop-contribution", "opposes")
    }
    assert claims_of(lexicon, "Hungary once again rejected sending troops to Ukraine.") == {
        ("hungary", "troop-contribution", "opposes")
    }
    assert claims_of(lexicon, "Earlier, Hungary had rejected sending troops to Ukraine.") == set()


def test_according_to_a_persons_plan_inside_a_report_is_that_persons(lexicon: Lexicon) -> None:
    sentence = "According to Tusk's plan, Polish troops would be stationed in western Ukraine, the Guardian wrote."
    assert claims_of(lexicon, sentence) == {("poland", "troop-contribution", "supports")}


def test_a_participle_naming_the_force_is_no_ones_stance(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Macron said the proposed reassurance force would train Ukrainian soldiers.") == set()
    backed = "A peacekeeping mission backed by Belgium would deploy next year, Macron said."
    assert ("belgium", "reassurance-force", "supports") in claims_of(lexicon, backed)


def test_the_one_allowing_an_offer_holds_the_stance(lexicon: Lexicon) -> None:
    sentence = "Putin agreed at the summit to allow European allies to offer Ukraine an Article 5-style guarantee."
    assert claims_of(lexicon, sentence) == {("russia", "article-5-guarantee", "supports")}


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_an_unnamed_owner_of_a_commitment_is_not_the_reporter(lexicon: Lexicon, apostrophe: str) -> None:
    sentence = f"Rubio noted that the plan rests on European countries{apostrophe} commitment to deploy troops."
    assert claims_of(lexicon, sentence) == set()


def test_a_preposition_cue_counts_when_its_object_is_about_a_topic_not_a_gathering(lexicon: Lexicon) -> None:
    about = "America would take part in the coordination of security guarantees for Ukraine."
    assert claims_of(lexicon, about) == {("united-states", "security-guarantees", "supports")}
    assert claims_of(lexicon, "Britain took part in a meeting of the coalition on security guarantees.") == set()


JUDGED_IMPORTANT: list[tuple[str, set[Triple]]] = [
    (
        "Slovakia considers it essential for Ukraine to receive firm security guarantees.",
        {("slovakia", "security-guarantees", "supports")},
    ),
    ("Sweden stressed the importance of a US backstop.", {("sweden", "us-backstop", "supports")}),
    ("Norway has expressed openness towards a reassurance force.", {("norway", "reassurance-force", "supports")}),
]


@pytest.mark.parametrize(("sentence", "expected"), JUDGED_IMPORTANT, ids=[s[:50] for s, _ in JUDGED_IMPORTANT])
def test_calling_something_important_backs_it(lexicon: Lexicon, sentence: str, expected: set[Triple]) -> None:
    assert claims_of(lexicon, sentence) == expected


def test_this_idea_judged_in_a_small_clause_is_the_topic_before(lexicon: Lexicon) -> None:
    sentences = ("Paris floated sending a reassurance force to Ukraine.", "Berlin considers this idea premature.")
    assert ("germany", "reassurance-force", "noncommittal") in claims_of(lexicon, *sentences)


def test_his_countrys_role_is_the_side_of_whoever_it_belongs_to(lexicon: Lexicon) -> None:
    sentence = "Prime Minister Petteri Orpo outlined his country's role in providing security guarantees for Ukraine."
    assert claims_of(lexicon, sentence) == {("finland", "security-guarantees", "supports")}


def test_whose_troops_are_sent_decides_between_contribution_and_force(lexicon: Lexicon) -> None:
    own = (
        "Swedish Prime Minister Ulf Kristersson said that sending Swedish troops to Ukraine is a possibility,"
        " provided that the necessary agreements are in place."
    )
    assert claims_of(lexicon, own) == {("sweden", "troop-contribution", "conditional")}
    other = "Orban rejected sending Swedish troops to Ukraine."
    assert claims_of(lexicon, other) == {("hungary", "reassurance-force", "opposes")}


def test_no_problem_with_is_acceptance_and_an_american_guarantee_is_the_backstop(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Putin has no problem with a European peacekeeping force, Trump said.") == {
        ("russia", "reassurance-force", "supports")
    }
    assert claims_of(lexicon, "Belgium wants an American security guarantee for any mission.") == {
        ("belgium", "us-backstop", "supports")
    }


def test_the_office_named_without_a_name_is_the_last_person_named_with_that_title(lexicon: Lexicon) -> None:
    sentences = (
        "Prime Minister Petteri Orpo met Ukrainian President Volodymyr Zelensky in Helsinki.",
        "Officials said the prime minister remains open to sending Finnish troops to Ukraine.",
    )
    assert claims_of(lexicon, *sentences) == {("finland", "troop-contribution", "supports")}


def test_acceptance_of_the_force_is_support(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Moscow's acceptance of a European peacekeeping force surprised Kyiv.") == {
        ("russia", "reassurance-force", "supports")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway will send troops to Ukraine, but not yet, the defence minister said.",
        "“Norway will be involved, but we are not at that point yet,” the defence minister said of the force.",
    ],
)
def test_a_commitment_put_off_by_but_not_yet_is_no_decision(lexicon: Lexicon, sentence: str) -> None:
    found = claims_of(lexicon, "Norway's defence minister Tore Sandvik spoke about the peacekeeping force.", sentence)
    assert found == {("norway", "troop-contribution", "noncommittal")}


def test_a_commitment_with_someone_else_refusing_after_but_still_stands(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Norway will send troops to Ukraine, but Sweden will not.") >= {
        ("norway", "troop-contribution", "supports")
    }


@pytest.mark.parametrize("service", ["the training of", "the equipment of", "the funding for"])
def test_troops_that_only_receive_help_are_no_troop_contribution(lexicon: Lexicon, service: str) -> None:
    sentence = f"Denmark intends to contribute to {service} ground forces, officials said."
    assert ("denmark", "troop-contribution", "supports") not in claims_of(lexicon, sentence)
    assert claims_of(lexicon, "Denmark intends to contribute ground forces, officials said.") == {
        ("denmark", "troop-contribution", "supports")
    }


def test_such_a_deployment_after_the_speakers_own_troops_is_its_own_contribution(lexicon: Lexicon) -> None:
    sentences = (
        "Finnish President Alexander Stubb said sending Finnish troops to Ukraine is a possibility.",
        "Stubb stressed that such a deployment would require a clear mandate.",
    )
    assert claims_of(lexicon, *sentences) == {
        ("finland", "troop-contribution", "supports"),
        ("finland", "troop-contribution", "conditional"),
    }
    assert claims_of(lexicon, "Stubb stressed that such a deployment would require a clear mandate.") == {
        ("finland", "reassurance-force", "conditional")
    }


def test_the_country_with_nobody_speaking_is_the_side_of_the_person_named_before(lexicon: Lexicon) -> None:
    sentences = (
        "The plan was presented by Czech Foreign Minister Jan Lipavsky.",
        "However, the country intends to provide logistical support to the peacekeeping force.",
    )
    assert claims_of(lexicon, *sentences) == {("czechia", "reassurance-force", "supports")}


def test_support_given_to_the_force_is_backing_it_not_sending_troops(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Latvia will provide logistical support to the force in Ukraine.") == {
        ("latvia", "reassurance-force", "supports")
    }


def test_support_in_this_matter_after_a_refusal_of_troops_backs_the_force(lexicon: Lexicon) -> None:
    sentences = (
        "Latvia has no plans to send its troops to Ukraine.",
        "However, Latvia intends to provide logistical support in this matter.",
    )
    assert claims_of(lexicon, *sentences) == {
        ("latvia", "troop-contribution", "opposes"),
        ("latvia", "reassurance-force", "supports"),
    }


def test_the_operation_points_back_to_the_force_named_before(lexicon: Lexicon) -> None:
    sentence = "Asked about the peacekeeping force, Latvia's minister said Latvia will be part of the operation."
    assert claims_of(lexicon, sentence) == {("latvia", "reassurance-force", "supports")}


def test_without_someones_help_in_such_a_force_does_not_oppose_the_force(lexicon: Lexicon) -> None:
    before = "The peacekeeping force was discussed in Paris."
    warning = "The Times writes that without US participation in such an operation, European troops would be at risk."
    assert not {(topic, stance) for _, topic, stance in claims_of(lexicon, before, warning)} & {
        ("reassurance-force", "opposes")
    }
    assert claims_of(lexicon, before, "Russia wants a settlement without such a force.") == {
        ("russia", "reassurance-force", "opposes")
    }


def test_a_noun_cue_in_a_relative_clause_is_about_the_noun_it_stands_for(lexicon: Lexicon) -> None:
    sentence = "Kyiv is drafting plans for security guarantees, which Trump has also expressed openness towards."
    assert ("united-states", "security-guarantees", "supports") in claims_of(lexicon, sentence)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Belgium would consider sending troops to Ukraine.", ("belgium", "troop-contribution", "noncommittal")),
        (
            "Japan will consider what role it will play in providing security guarantees, Ishiba said.",
            ("japan", "security-guarantees", "noncommittal"),
        ),
        (
            "Japan cannot say what it will contribute to security guarantees, Ishiba said.",
            ("japan", "security-guarantees", "noncommittal"),
        ),
        (  # "consider X a target" stays a judgement
            "Moscow will consider any deployment of Western troops in Ukraine a legitimate target.",
            ("russia", "reassurance-force", "opposes"),
        ),
    ],
)
def test_weighing_ones_own_part_is_noncommittal(lexicon: Lexicon, sentence: str, claim: Triple) -> None:
    assert claims_of(lexicon, sentence) == {claim}


def test_declining_to_name_who_pledged_is_no_stance_on_the_force(lexicon: Lexicon) -> None:
    sentences = (
        "Twenty countries pledged troops to the peacekeeping force, officials said.",
        "Macron refused to specify which countries had made this pledge.",
    )
    assert ("france", "reassurance-force", "noncommittal") not in claims_of(lexicon, *sentences)


def test_pushing_someone_to_provide_something_backs_it(lexicon: Lexicon) -> None:
    sentence = "The Dutch prime minister will push Washington to provide a security backstop for the force."
    assert ("netherlands", "us-backstop", "supports") in claims_of(lexicon, sentence)
    assert claims_of(lexicon, "Russian forces pushed deeper into the region on Monday.") == set()


def test_american_promises_judged_vital_are_the_us_backstop(lexicon: Lexicon) -> None:
    sentence = "The Dutch prime minister believes that US promises are vital to deter another invasion."
    assert claims_of(lexicon, sentence) == {("netherlands", "us-backstop", "supports")}


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "According to the Russian foreign ministry, this is an invasion under the guise of a peacekeeping mission.",
            ("russia", "reassurance-force", "opposes"),
        ),
        ("Slovakia remains sceptical of sending troops to Ukraine.", ("slovakia", "troop-contribution", "opposes")),
        (
            "The Hungarian foreign minister said he was puzzled by the proposed peacekeeping force.",
            ("hungary", "reassurance-force", "opposes"),
        ),
    ],
)
def test_hostile_framing_and_scepticism_are_opposition(lexicon: Lexicon, sentence: str, claim: Triple) -> None:
    assert claims_of(lexicon, sentence) == {claim}


def test_hailing_other_countries_pledges_of_troops_backs_the_force(lexicon: Lexicon) -> None:
    sentences = (
        "Twelve European countries pledged to send troops to Ukraine after a ceasefire.",
        "President Zelensky hailed the pledges as a serious step.",
    )
    found = claims_of(lexicon, *sentences)
    assert ("ukraine", "reassurance-force", "supports") in found
    assert ("ukraine", "troop-contribution", "supports") not in found


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Prime Minister Petr Fiala presented Czechia's proposal for NATO-like guarantees for Ukraine.",
            ("czechia", "article-5-guarantee", "supports"),
        ),
        (
            "Fiala suggested extending a collective defence clause to Ukraine.",
            ("czechia", "article-5-guarantee", "supports"),
        ),
        (  # the preposition of "working on" takes what is worked on, however far
            "Czechia is working with partners on the legal content of security guarantees.",
            ("czechia", "security-guarantees", "supports"),
        ),
    ],
)
def test_proposals_suggestions_and_work_on_a_topic_back_it(lexicon: Lexicon, sentence: str, claim: Triple) -> None:
    assert claims_of(lexicon, "Czech Prime Minister Petr Fiala spoke in Prague.", sentence) == {claim}


def test_taking_part_in_a_meeting_is_still_no_claim(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Czechia took part in a meeting of the coalition on security guarantees.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The NATO chief said Belgium is among some 20 nations that have pledged troops to the force.",
        "Belgium is one of the countries that have pledged troops to the force.",
    ],
)
def test_a_member_named_among_a_group_holds_what_the_group_does(lexicon: Lexicon, sentence: str) -> None:
    assert {actor for actor, _, _ in claims_of(lexicon, sentence)} == {"belgium"}


def test_a_relative_pronoun_the_parser_takes_for_a_determiner_still_stands_for_the_group(lexicon: Lexicon) -> None:
    sentence = (
        'The approach fits plans drawn up by a "coalition of the willing" led by Britain and France, '
        "which envisions deploying Western troops to Ukraine."
    )
    backing = {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")}
    assert backing <= claims_of(lexicon, sentence)
