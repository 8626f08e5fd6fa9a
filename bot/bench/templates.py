"""How the synthetic archive's sentences are written: templates by kind, with {slots} drawn per article.

A data table, like bot.bench.vocabulary: {t}, {T} and {A} are the topic and the actor, the other slots
are filled by the generator's draws (names, places, numbers).
"""

from __future__ import annotations

from bot.model import Stance

SENTENCE_KINDS = ("stance", "quote", "figure", "reported", "no_claim", "background")
SENTENCE_WEIGHTS = (16, 14, 7, 4, 9, 50)

STANCE_PREDICATES: dict[Stance, tuple[str, ...]] = {
    "supports": (
        "supports {t}",
        "is ready to contribute to {t}",
        "has pledged to back {t}",
        "said it would take part in {t}",
        "welcomed plans for {t}",
        "has endorsed {t}",
        "is prepared to help with {t}",
        "has signalled readiness to provide {t}",
    ),
    "opposes": (
        "ruled out {t}",
        "rejected {t}",
        "will not take part in {t}",
        "has refused to back {t}",
        "called {t} unacceptable",
        "dismissed {t} as a provocation",
        "opposes {t}",
    ),
    "conditional": (
        "would back {t} only if a lasting ceasefire holds",
        "would join {t} only with US backing",
        "said {t} would require parliamentary approval",
        "could support {t} if Russia agrees to a truce",
        "will only consider {t} once a peace deal is signed",
    ),
    "noncommittal": (
        "has not committed to {t}",
        "called talk of {t} premature",
        "has yet to decide on {t}",
        "left the door open to {t}",
        "said it had not discussed {t}",
        "described {t} as pre-decisional",
    ),
}
STANCE_TAILS = (
    "",
    "",
    " on {weekday}",
    ", officials in {place} said",
    " during talks in {place}",
    ", a spokesperson confirmed on {weekday}",
    " after a {adj} meeting in {place}",
    ", according to a {adj} {noun} seen by reporters",
)
QUOTE_BODIES = (
    "we will not send our soldiers to {place} without a {adj} mandate",
    "Europe needs to {verb} its {noun} now",
    "nobody should expect {T} to appear overnight",
    "the {noun} in {town} shows why {T} matters",
    "we have been clear about {T} from the start",
    "this is about {adj} deterrence, not about a {noun}",
    "our partners in {place} understand what {T} means for us",
    "there is no {adj} {noun} without {T}",
    "we are ready to {verb} the {noun}, but not at any price",
    "the {noun} we agreed in {place} is {adj} and it will stay that way",
    "I have told my colleagues in {place} that {T} is not a {noun}",
    "every {noun} we send to {town} is a message to Moscow",
    "it is too early to talk about {T}",
    "we will judge {T} by its {noun}, not by its {noun}",
)
FIGURES = (
    "The plan envisions {big} to {big} troops stationed away from the front line near {town}.",
    "Officials said fewer than {big} troops would be deployed as part of {T}.",
    "{A} wants no more than {big} troops deployed under {T}.",
    "Up to {big} soldiers could serve in {T}, {A} said in {place}.",
    "Up to {big} soldiers could rotate through {place} under {T}, a draft seen by reporters shows.",
    "Around {num} countries have signed up to {T}, according to diplomats in {place}.",
    "The {adj} {noun} would cost roughly {money} over {num} years.",
    "More than {num} countries have indicated a willingness to contribute to {T}.",
    "An estimated {big} troops remain deployed along the {num}00-mile front line.",
    "The package includes {num} air defence systems and {big} rounds of artillery ammunition.",
)
NO_CLAIM = (
    "Will {A} send troops to {T}?",
    "If {A} accepted {T}, the {noun} in {place} would have to be renegotiated.",
    "In {year}, {A} {verbed} a {adj} {noun} with its neighbours.",
    "Back in {year}, talks in {place} produced a {adj} {noun} that few remember.",
    "What {T} would look like in practice remains unclear.",
    "Whether {A} would join {T} was not on the agenda in {place}.",
)
BACKGROUND = (
    "{town} came under {adj} shelling overnight, the regional governor said, with {num} people injured.",
    "Officials in {place} {verbed} a {adj} {noun} on {weekday}, saying it would {verb} the {noun} before {month}.",
    "{person}, a {role} at the {tank}, said the {noun} could {verb} the {adj} {noun} in {place}.",
    "The {adj} {noun} near {town} was {verbed} after a {noun} hit the {noun} on {weekday}.",
    "Energy prices in {place} rose {pct} percent in {month}, adding pressure on the {noun}.",
    "Lawmakers in {place} {verbed} the {noun} by {num} votes, a {adj} margin.",
    "The {noun} between {place} and {town} reopened on {weekday} after {num} days.",
    "{person} told a conference in {place} that the {noun} was {adj} but {adj}.",
    "Satellite images taken on {weekday} show a {adj} {noun} outside {town}.",
    "The {tank} {verbed} a report in {month} warning of a {adj} {noun}.",
    "Talks in {place} lasted {num} hours and ended without a joint {noun}.",
    "A convoy carrying {noun} equipment reached {town} on {weekday}, {person} said.",
    "The {noun} has {adverb} {verbed} the {adj} {noun} agreed in {place} in {month}.",
    "Repairs to the {noun} in {town} will take {num} weeks, engineers said.",
    "Grain exports through {place} reached {big} tonnes in {month}, the {noun} reported.",
    "{person}, who leads the {noun} in {town}, {verbed} the {adj} {noun} on {weekday}.",
    "Diplomats say the {adj} {noun} in {place} is likely to {verb} the {noun} talks.",
    "The {adj} {noun} was first {verbed} in {month} by {person} of the {tank}.",
    "Residents of {town} spent the night in shelters as air raid sirens sounded across {place}.",
    "Defence ministers are due to meet in {place} in {month} to {verb} the {adj} {noun}.",
)
