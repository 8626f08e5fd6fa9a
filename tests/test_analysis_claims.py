"""Who stands where, sentence by sentence: stance, negation and its scope, conditions, attribution.

Every sentence here is written for these tests in the style of wire copy; none comes from the seed
articles, so the rules are checked on text they were not built from. Each case lists every claim the
sentence must yield, so an extra claim fails as surely as a missing one.
"""

from __future__ import annotations

import pytest

from bot.analysis import analyze
from bot.lexicon import Lexicon
from tests.analysis_helpers import article, claims_of

Triple = tuple[str, str, str]


SUPPORTS: list[tuple[str, set[Triple]]] = [
    (
        "Swedish Prime Minister Ulf Kristersson backs a European-led peacekeeping mission in Ukraine.",
        {("sweden", "reassurance-force", "supports")},
    ),
    (
        "Canada said on Monday it is ready to send troops to a reassurance force in Ukraine.",
        {("canada", "troop-contribution", "supports")},
    ),
    (
        "The Dutch government has pledged air policing over western Ukraine.",
        {("netherlands", "air-defence", "supports")},
    ),
    (
        "Japan and Australia have offered intelligence sharing to the mission.",
        {("japan", "intelligence-support", "supports"), ("australia", "intelligence-support", "supports")},
    ),
    (
        "Berlin wants a binding security guarantee for Kyiv before any deal is signed.",
        {("germany", "security-guarantees", "supports")},
    ),
    (
        "Finland's president called for a no-fly zone over the nuclear plants.",
        {("finland", "air-defence", "supports")},
    ),
    (
        "Spain and Romania have signalled a willingness to join a multinational force in Ukraine.",
        {("spain", "troop-contribution", "supports"), ("romania", "troop-contribution", "supports")},  # their own part
    ),
    (
        "The Danish-Swedish-backed proposal envisions a stabilisation force of several thousand troops.",
        {("denmark", "reassurance-force", "supports"), ("sweden", "reassurance-force", "supports")},
    ),
    (
        "A tripwire deployment championed by Estonia would place allied soldiers near the front line.",
        {("estonia", "tripwire", "supports")},
    ),
    (
        "The coalition of the willing, led by Britain and France, is ready to deploy peacekeepers.",
        {
            ("coalition-of-the-willing", "troop-contribution", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
        },
    ),
    (
        "A minerals agreement backed by the White House would give American firms a stake in the economy.",
        {("united-states", "minerals-deal", "supports")},
    ),
    (
        "Belgium's defence minister said his country would contribute troops to the force.",
        {("belgium", "troop-contribution", "supports")},
    ),
    (
        "Britain not only backs the force but will also lead it, Starmer said.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "The Latvian prime minister said a US backstop was essential.",
        {("latvia", "us-backstop", "supports")},
    ),
    (
        "Kyiv urged Berlin to send troops as part of a stabilisation force.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Britain would lead a multinational force in Ukraine, Starmer said.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Paris and London are drawing up plans for a stabilisation force.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "The Swedish foreign minister welcomed the readiness of partners to send troops.",
        {("sweden", "reassurance-force", "supports")},
    ),
    (
        "Poland, Lithuania and Latvia have all said they are ready to send troops.",
        {
            ("poland", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
        },
    ),
]

OPPOSES: list[tuple[str, set[Triple]]] = [
    # an accusation of planning a deployment opposes it (what the accused plan is alleged, not theirs)
    (
        "Russia accused Britain and France of planning to deploy troops to Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Hungary has ruled out sending soldiers to Ukraine under any circumstances.",
        {("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Slovak Prime Minister Robert Fico said his country would not send troops.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "The Kremlin rejected any deployment of Western troops to Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Turkey will not take part in a peacekeeping mission, Foreign Minister Hakan Fidan told reporters.",
        {("turkey", "troop-contribution", "opposes")},
    ),
    (
        "Moscow says Western peacekeepers in Ukraine would be unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Italy objects to any Article 5-style commitment outside the alliance.",
        {("italy", "article-5-guarantee", "opposes")},
    ),
    (
        "Washington has no plans to put American boots on the ground in Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "The Pentagon supports a European-led mission, but without U.S. troops on the ground.",
        {("united-states", "reassurance-force", "supports"), ("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Moscow has repeatedly said it will not tolerate NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "“There will be no American troops on the ground,” Rubio told reporters.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Medvedev said foreign troops in Ukraine would be legitimate targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "A European force without American backing would be unacceptable to Moscow, the paper argues.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin said it sees no role for European peacekeepers.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Vice President JD Vance dismissed a US security backstop and declined to send American soldiers.",
        {("united-states", "us-backstop", "opposes"), ("united-states", "us-ground-troops", "opposes")},
    ),
]

CONDITIONAL: list[tuple[str, set[Triple]]] = [
    (
        "Germany would send troops only if the United States provides a backstop.",
        {("germany", "troop-contribution", "conditional"), ("germany", "us-backstop", "supports")},
    ),
    (
        "The Netherlands said any Dutch troop contribution would need parliamentary approval.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    (
        "Rome will deploy forces abroad only with a UN mandate.",
        {("italy", "troop-contribution", "conditional")},
    ),
    (
        "Oslo is prepared to send peacekeepers provided that parliament approves the mission.",
        {("norway", "troop-contribution", "conditional")},
    ),
    (
        "Portugal aside, Lithuania will send troops if the United States provides air cover.",
        {("lithuania", "troop-contribution", "conditional")},
    ),
]

NONCOMMITTAL: list[tuple[str, set[Triple]]] = [
    (
        "Ottawa has not yet decided whether to contribute troops to the force.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    (
        "The Czech government has left the door open to deploying its own troops.",
        {("czechia", "troop-contribution", "noncommittal")},
    ),
    (
        "Japanese officials said it was too early to discuss sending personnel to Ukraine.",
        {("japan", "troop-contribution", "noncommittal")},
    ),
    (
        "Rutte said NATO has not discussed a no-fly zone.",
        {("nato", "air-defence", "noncommittal")},
    ),
    (
        "Latvia's defence minister called the talk of a reassurance force premature.",
        {("latvia", "reassurance-force", "noncommittal")},
    ),
    (
        "Madrid, which has been reluctant to send troops, said it would host a training centre.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        "Polish officials have not ruled out a role in air policing.",
        {("poland", "air-defence", "noncommittal")},
    ),
    (
        "Von der Leyen said the EU would finance the mission but stopped short of committing troops.",
        {("european-union", "troop-contribution", "noncommittal"), ("european-union", "reassurance-force", "supports")},
    ),
]

NO_CLAIM: list[str] = [
    "Will Germany send troops to Ukraine?",
    "Did France rule out a tripwire force?",
    "In 2014, Russia rejected any foreign military presence in Crimea.",
    "If Russia accepted a ceasefire, Britain might deploy peacekeepers.",
    "Poland could join the mission if Washington guarantees air cover.",
    "Analysts question whether France will commit troops.",
    "Previously, Warsaw had refused to send troops.",
    "Some experts say a European force could deter Russia.",
    "Poland hosts a logistics hub for Western aid to Ukraine.",
    "Even if Washington backs the plan, Budapest will not change its view.",
    "Russian troops in Ukraine number about 600,000, Western officials say.",
    "A former NATO official said the force would need American air support.",
    "It is unclear whether the United States will provide air defence.",
    "Britain and France are seen as the most likely contributors to a reassurance force.",
    "The German government is expected to back the plan next week.",
    "Such a force would not provide Ukraine with an Article 5 guarantee, the report notes.",
    "The talks in Geneva ended without a statement on security guarantees.",
    "The Kremlin denied that it had agreed to a European peacekeeping mission.",
    "Washington's European allies want a firm commitment to the force.",
    "Italy said it would not participate in a training mission outside the country.",
    "Germany backed Ukraine's bid to join NATO in the past.",
    "Australia has offered to contribute.",
    "Moscow warned that the move would only lead to a broader war.",
]


@pytest.mark.parametrize(("sentence", "expected"), SUPPORTS, ids=[s for s, _ in SUPPORTS])
def test_backing_and_commitments_are_supports(lexicon: Lexicon, sentence: str, expected: set[Triple]) -> None:
    assert claims_of(lexicon, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), OPPOSES, ids=[s for s, _ in OPPOSES])
def test_refusals_and_negated_commitments_are_opposes(lexicon: Lexicon, sentence: str, expected: set[Triple]) -> None:
    assert claims_of(lexicon, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), CONDITIONAL, ids=[s for s, _ in CONDITIONAL])
def test_backing_that_hangs_on_a_condition_is_conditional(
    lexicon: Lexicon, sentence: str, expected: set[Triple]
) -> None:
    assert claims_of(lexicon, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), NONCOMMITTAL, ids=[s for s, _ in NONCOMMITTAL])
def test_undecided_actors_are_noncommittal(lexicon: Lexicon, sentence: str, expected: set[Triple]) -> None:
    assert claims_of(lexicon, sentence) == expected


@pytest.mark.parametrize("sentence", NO_CLAIM)
def test_questions_history_hypotheses_and_hearsay_make_no_claim(lexicon: Lexicon, sentence: str) -> None:
    assert claims_of(lexicon, sentence, published="2025-06-01") == set()


def test_trump_saying_putin_accepts_is_russias_claim_reported_by_the_united_states(lexicon: Lexicon) -> None:
    found = analyze(article(["Trump said Putin accepts European peacekeepers in Ukraine."]), lexicon).claims
    assert [(c.actor, c.topic, c.stance, c.reported_by) for c in found] == [
        ("russia", "reassurance-force", "supports", "united-states")
    ]


def test_a_pronoun_subject_takes_the_speaker_who_frames_it(lexicon: Lexicon) -> None:
    sentence = "Norway has made it clear that it will not deploy ground forces in Ukraine."
    assert claims_of(lexicon, sentence) == {("norway", "troop-contribution", "opposes")}


def test_the_us_sending_its_own_troops_is_the_us_ground_troops_topic(lexicon: Lexicon) -> None:
    sentence = "The United States will not deploy ground troops in Ukraine, the defense secretary said."
    assert claims_of(lexicon, sentence) == {("united-states", "us-ground-troops", "opposes")}


def test_the_us_backstop_is_named_by_washingtons_own_words(lexicon: Lexicon) -> None:
    assert claims_of(lexicon, "Hegseth said Washington is ready to provide logistics and air cover.") == {
        ("united-states", "us-backstop", "supports")
    }
    assert claims_of(lexicon, "Warsaw is ready to provide logistics and air cover.") == set()


def test_this_points_back_to_the_topic_the_speaker_owns(lexicon: Lexicon) -> None:
    sentences = [
        "European capitals want clearly stated American backing for a reassurance force.",
        "The White House has not committed to this.",
    ]
    found = analyze(article(sentences), lexicon).claims
    assert {(c.actor, c.topic, c.stance) for c in found if c.sentence == 1} == {
        ("united-states", "us-backstop", "noncommittal")
    }


def test_rejecting_the_idea_points_back_to_the_last_topic(lexicon: Lexicon) -> None:
    sentences = [
        "Diplomats discussed a stabilisation force for the south of the country.",
        "The Kremlin has flatly rejected the idea.",
    ]
    found = analyze(article(sentences), lexicon).claims
    assert {(c.actor, c.topic, c.stance) for c in found} == {("russia", "reassurance-force", "opposes")}


def test_disagreeing_reverses_the_stance_of_the_sentence_before(lexicon: Lexicon) -> None:
    sentences = ["Trump argues that a rare earths deal is a security guarantee.", "Kiev disagrees."]
    found = analyze(article(sentences), lexicon).claims
    assert {(c.actor, c.topic, c.stance) for c in found} == {
        ("united-states", "minerals-deal", "supports"),
        ("ukraine", "minerals-deal", "opposes"),
    }


def test_a_coordinated_clause_without_a_topic_shares_the_one_before(lexicon: Lexicon) -> None:
    sentence = (
        "Spain's law restricts its ability to send troops abroad, and Belgium would require a vote in parliament."
    )
    assert claims_of(lexicon, sentence) == {
        ("spain", "troop-contribution", "conditional"),
        ("belgium", "troop-contribution", "conditional"),
    }


def test_an_agreement_in_a_coordinated_clause_is_no_stance_of_its_own(lexicon: Lexicon) -> None:
    sentence = (
        "“We are ready to expand the air policing mission, but the arrangement we agreed in Vilnius "
        "stays as it is,” Pistorius told reporters."
    )
    stances = {stance for _, _, stance in claims_of(lexicon, sentence)}
    assert stances <= {"supports", "opposes", "conditional", "noncommittal"}


def test_quoted_we_is_the_speakers_country(lexicon: Lexicon) -> None:
    sentences = [
        "French President Emmanuel Macron spoke after the summit.",
        "“We will send troops if parliament agrees,” he said.",
    ]
    found = analyze(article(sentences), lexicon).claims
    assert [(c.actor, c.topic, c.stance, c.speaker) for c in found] == [
        ("france", "troop-contribution", "conditional", "Emmanuel Macron")
    ]


def test_an_outlets_opinion_without_attribution_is_the_outlets_claim(lexicon: Lexicon) -> None:
    sentences = [
        "In an editorial, Politico argues that Europe must act on its own.",
        "Western troops in Ukraine would serve as a tripwire.",
    ]
    found = analyze(article(sentences), lexicon).claims
    assert {(c.actor, c.topic, c.stance) for c in found} == {("outlet:Politico", "tripwire", "supports")}


def test_a_news_report_without_an_opinion_gives_the_outlet_no_claims(lexicon: Lexicon) -> None:
    sentences = [
        "Reuters says the talks will resume next week, according to two diplomats.",
        "Western troops in Ukraine would serve as a tripwire.",
    ]
    assert analyze(article(sentences), lexicon).claims == ()


def test_a_claim_carries_its_cue_and_the_named_official(lexicon: Lexicon) -> None:
    found = analyze(article(["Defence Secretary John Healey ruled out a tripwire force."]), lexicon).claims
    assert [(c.actor, c.topic, c.stance, c.speaker, c.cue) for c in found] == [
        ("united-kingdom", "tripwire", "opposes", "John Healey", "ruled out")
    ]


def test_one_stance_per_actor_and_topic_in_a_sentence_the_most_qualified(lexicon: Lexicon) -> None:
    sentence = "Chancellor Friedrich Merz dismissed talk of a peacekeeping force as premature."
    assert claims_of(lexicon, sentence) == {("germany", "reassurance-force", "noncommittal")}


def test_hostile_text_is_read_without_inventing_claims(lexicon: Lexicon) -> None:
    run_on = " ".join(["Britain backs the force and"] * 4000) + " nothing else."
    unbalanced = "“ " * 500 + "Poland ruled out sending troops. " + "” " * 3
    noise = "\x00\ufffd<script>alert(1)</script> @channel <!here> ;;;; ???? " * 50
    found = analyze(article([run_on, unbalanced, noise, ""]), lexicon)
    assert {(c.actor, c.topic, c.stance) for c in found.claims} == {
        ("united-kingdom", "reassurance-force", "supports"),
        ("poland", "troop-contribution", "opposes"),
    }


def test_a_newspaper_reporting_what_is_needed_holds_no_stance_of_its_own(lexicon: Lexicon) -> None:
    found = claims_of(
        lexicon,
        "The New York Times writes that without US air cover, European troops in Ukraine would be attacked by Russia.",
    )
    assert not {actor for actor, _, _ in found if actor.startswith("outlet:")}
