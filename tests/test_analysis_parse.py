"""The quality gate of the parser-based analysis: one scenario per phenomenon of real reporting.

Every sentence is written for these tests; none comes from the seeds or the development set. Each case
lists every claim the sentences must yield (actor, topic, stance), so an extra claim fails as surely as a
missing one, and an inversion (supports for opposes) fails loudest of all.
"""

from __future__ import annotations

import pytest

from bot.analysis import analyze
from bot.lexicon import Lexicon
from tests.analysis_helpers import article, claims_of

Triple = tuple[str, str, str]


HOLDERS: list[tuple[str, set[Triple]]] = [
    # the subject through xcomp, aux and conj chains
    ("Denmark is ready to send soldiers to the mission.", {("denmark", "troop-contribution", "supports")}),
    ("Hungary has refused and will refuse to send troops.", {("hungary", "troop-contribution", "opposes")}),
    # the agent of a passive
    ("The European-led mission is backed by Canada.", {("canada", "reassurance-force", "supports")}),
    # a possessive noun cue
    (
        "Moscow's rejection of a Western peacekeeping force came within hours.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # coordination: one claim each
    (
        "Spain, Belgium and Slovakia refused to send troops.",
        {
            ("spain", "troop-contribution", "opposes"),
            ("belgium", "troop-contribution", "opposes"),
            ("slovakia", "troop-contribution", "opposes"),
        },
    ),
    # a relative clause's subject is the noun it hangs on
    (
        "The plan was criticised by Hungary, which rejects any foreign troops in Ukraine.",
        {
            ("hungary", "reassurance-force", "opposes"),
        },
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), HOLDERS, ids=[s for s, _ in HOLDERS])
def test_the_holder_is_read_from_the_parse(lexicon: Lexicon, sentence: str, expected: set[Triple]) -> None:
    assert claims_of(lexicon, sentence) == expected


NEGATION: list[tuple[str, set[Triple]]] = [
    ("Norway will not send troops to Ukraine.", {("norway", "troop-contribution", "opposes")}),
    ("Sweden will not send any soldiers to the mission.", {("sweden", "troop-contribution", "opposes")}),
    ("Finland has never ruled out deploying soldiers.", {("finland", "troop-contribution", "noncommittal")}),
    ("Poland has not committed to sending troops.", {("poland", "troop-contribution", "noncommittal")}),
    # "not only" is no negation
    (
        "Estonia not only backs the reassurance force but will also send troops.",
        {
            ("estonia", "reassurance-force", "supports"),
            ("estonia", "troop-contribution", "supports"),
        },
    ),
    # a negation inside the cue's own words is not counted twice
    ("Latvia has no plans to send troops.", {("latvia", "troop-contribution", "opposes")}),
]


@pytest.mark.parametrize(("sentence", "expected"), NEGATION, ids=[s for s, _ in NEGATION])
def test_negation_and_its_scope(lexicon: Lexicon, sentence: str, expected: set[Triple]) -> None:
    assert claims_of(lexicon, sentence) == expected


def test_a_cue_inside_another_cues_object_is_part_of_it(lexicon: Lexicon) -> None:
    sentence = "The Kremlin rejects any plan envisaging the deployment of Western troops in Ukraine."
    assert claims_of(lexicon, sentence) == {("russia", "reassurance-force", "opposes")}


def test_a_supporting_frame_takes_the_refusal_it_introduces(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Slovakia agreed to reject any Western troops in Ukraine.") == {
        ("slovakia", "reassurance-force", "opposes")
    }


def test_reported_speech_gives_the_claim_to_the_complements_subject(lexicon: Lexicon) -> None:
    found = analyze(article(["Trump said Putin accepts a European peacekeeping force."]), lexicon).claims
    assert [(c.actor, c.topic, c.stance, c.reported_by, c.confidence) for c in found] == [
        ("russia", "reassurance-force", "supports", "united-states", "reported")
    ]


def test_a_side_passing_on_what_another_told_it_reports_it(lexicon: Lexicon) -> None:
    sentence = "Trump said Putin had told him that Russia would accept a European peacekeeping force."
    found = analyze(article([sentence]), lexicon).claims
    assert [(c.actor, c.topic, c.stance, c.reported_by, c.confidence) for c in found] == [
        ("russia", "reassurance-force", "supports", "united-states", "reported")
    ]


def test_a_spokeswoman_speaking_for_her_own_country_is_stated(lexicon: Lexicon) -> None:
    found = analyze(article(["Zakharova said that Russia rejects any foreign peacekeepers."]), lexicon).claims
    assert [(c.actor, c.topic, c.stance, c.reported_by, c.confidence) for c in found] == [
        ("russia", "reassurance-force", "opposes", None, "stated")
    ]


def test_a_pronoun_in_the_complement_is_the_speakers_side(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Canada said it would send troops to the reassurance force.") == {
        ("canada", "troop-contribution", "supports")
    }


def test_they_after_a_listed_group_is_each_of_them(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Lithuania and Latvia said they are prepared to deploy soldiers.") == {
        ("lithuania", "troop-contribution", "supports"),
        ("latvia", "troop-contribution", "supports"),
    }


def test_we_in_a_quotation_is_the_speakers_country(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "“We will never send our troops,” the Czech prime minister said.") == {
        ("czechia", "troop-contribution", "opposes")
    }


def test_he_in_someone_elses_quotation_is_not_the_speaker(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "“He will accept the force,” Trump told reporters.") == set()


def test_this_is_the_topic_of_the_sentence_before(lexicon: Lexicon) -> None:
    sentences = [
        "Coalition ministers discussed a peacekeeping force for Ukraine on Tuesday.",
        "“This is, of course, unacceptable to us,” Lavrov said.",
    ]
    found = analyze(article(sentences), lexicon).claims
    assert {(c.actor, c.topic, c.stance) for c in found} == {("russia", "reassurance-force", "opposes")}


JUDGEMENTS: list[tuple[str, set[Triple]]] = [
    (
        "Any Western troops in Ukraine would be legitimate targets, Medvedev said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The deployment of European troops would be unacceptable to Moscow.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The Kremlin views a NATO deployment in Ukraine as a threat.", {("russia", "reassurance-force", "opposes")}),
]


@pytest.mark.parametrize(("sentence", "expected"), JUDGEMENTS, ids=[s for s, _ in JUDGEMENTS])
def test_judgements_and_warnings_are_opposition(lexicon: Lexicon, sentence: str, expected: set[Triple]) -> None:
    assert claims_of(lexicon, sentence) == expected


NO_CLAIM = [
    "Analysts say the force could include troops from Canada.",
    "It is unclear whether Germany will send soldiers.",
    "Reporters asked which countries are willing to send peacekeepers.",
    "A former Polish defence minister said Warsaw should send troops.",
    "Berlin's allies want a firm commitment to the force.",
]


@pytest.mark.parametrize("sentence", NO_CLAIM)
def test_speculation_questions_and_others_voices_make_no_claim(lexicon: Lexicon, sentence: str) -> None:
    assert claims_of(lexicon, sentence) == set()


def test_troops_someone_else_sends_back_the_force(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Ukraine urged Germany to send troops.") == {("ukraine", "reassurance-force", "supports")}


def test_a_condition_after_a_commitment_makes_it_conditional(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Romania will deploy soldiers only if parliament approves.") == {
        ("romania", "troop-contribution", "conditional")
    }


def test_after_a_ceasefire_is_part_of_the_plan_not_a_condition(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Belgium will send troops if a ceasefire is agreed.") == {
        ("belgium", "troop-contribution", "supports")
    }


def test_a_counted_group_stands_for_the_coalition_it_belongs_to(lexicon: Lexicon) -> None:
    sentences = [
        "The coalition of the willing met in Paris.",
        "Twelve countries have pledged to send troops.",
        "12 countries have pledged to send troops.",
    ]
    found = analyze(article(sentences), lexicon).claims
    assert {(c.actor, c.topic, c.stance) for c in found} == {
        ("coalition-of-the-willing", "troop-contribution", "supports")
    }


def test_each_claim_keeps_its_cue_and_how_it_was_found(lexicon: Lexicon) -> None:
    sentences = [
        "In an editorial, Politico argues that Europe must act on its own.",
        "Western troops in Ukraine would serve as a tripwire.",
        "Germany ruled out sending troops.",
    ]
    found = analyze(article(sentences), lexicon).claims
    assert {(c.actor, c.cue, c.confidence) for c in found} == {
        ("outlet:Politico", "serve as", "opinion"),
        ("germany", "ruled out", "stated"),
    }


def test_a_topic_named_by_its_absence_reverses_the_stance(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "The Kremlin backs a treaty committing Ukraine to non-membership in NATO.") == {
        ("russia", "nato-membership", "opposes")
    }


def test_taking_part_in_the_force_is_sending_ones_own_troops(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Slovakia will not participate in the multinational force.") == {
        ("slovakia", "troop-contribution", "opposes")
    }


def test_stopping_short_of_a_commitment_is_no_commitment(lexicon: Lexicon) -> None:
    found = claims_of(lexicon, "Washington offered guarantees, stopping short of any commitment to send US troops.")
    assert ("united-states", "us-ground-troops", "supports") not in found


def test_what_someone_says_another_should_do_is_their_own_view(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Opposition leader Anna Berg says Norway should not be involved in the mission.") == set()


def test_an_exclusion_takes_the_holder_of_the_cue_it_qualifies(lexicon: Lexicon) -> None:
    sentence = (
        "Defense Secretary Pete Hegseth said the truce should be backed by European troops, "
        "with the exclusion of U.S. soldiers."
    )
    assert ("united-states", "us-ground-troops", "opposes") in claims_of(lexicon, sentence)


def test_a_force_kept_off_the_front_lines_is_no_tripwire(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Macron said the reassurance force would not be on the front lines.") == {
        ("france", "tripwire", "opposes")
    }


def test_a_place_cue_needs_a_topic_for_its_object(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "“Canada will not be at that stage for months,” Trudeau said.") == set()


def test_a_hyphenated_backing_names_who_backs_the_plan(lexicon: Lexicon) -> None:
    sentence = "The Dutch-Danish-backed plan foresees several thousand European troops away from the cities."
    assert claims_of(lexicon, sentence) == {
        ("netherlands", "reassurance-force", "supports"),
        ("denmark", "reassurance-force", "supports"),
    }


def test_taking_part_in_something_that_is_no_topic_is_no_claim(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Poland took part in a meeting of the coalition of the willing on Monday.") == set()


def test_without_the_holder_itself_is_a_condition(lexicon: Lexicon) -> None:
    sentence = "Lavrov said security guarantees for Ukraine without Russia would be unacceptable."
    assert claims_of(lexicon, sentence) == {("russia", "security-guarantees", "conditional")}


def test_deciding_on_security_without_the_holders_say_is_its_condition(lexicon: Lexicon) -> None:
    sentence = "Moscow said that security guarantees drawn up without Russia's participation were a dead end."
    assert claims_of(lexicon, sentence) == {("russia", "security-guarantees", "conditional")}


def test_troops_from_named_countries_are_theirs(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Under the plan, troops from Norway and Finland would be stationed in Ukraine.") == {
        ("norway", "troop-contribution", "supports"),
        ("finland", "troop-contribution", "supports"),
    }


def test_refusing_to_provide_for_the_force_is_refusing_the_backstop(lexicon: Lexicon) -> None:
    sentence = "The United States is refusing to provide air cover to back the reassurance force."
    assert ("united-states", "us-backstop", "opposes") in claims_of(lexicon, sentence)


def test_a_cue_after_whether_asserts_nothing_until_the_next_clause(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Whether Russia does or does not agree to a European force is unclear.") == set()
    sentence = "It is unclear whether troops will go, but Spain has said it will not send soldiers."
    assert claims_of(lexicon, sentence) == {("spain", "troop-contribution", "opposes")}
