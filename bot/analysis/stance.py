"""Which stance a cue gives once negation, aspect, conditions and history are read from the parse."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from bot.analysis import assertion, syntax
from bot.analysis.context import ArticleContext
from bot.analysis.cues import Cue, Holder, Reading, cue_negation, needed, owned_noun
from bot.analysis.frames import actors_in
from bot.analysis.holders import names_a_topic, topic_within
from bot.analysis.sentence import SentenceParse
from bot.analysis.tokens import EXTRA_CONDITIONS, WITHDRAWING, word_set
from bot.model import Stance

if TYPE_CHECKING:
    from spacy.tokens import Token

# the force is meant for after the war: a ceasefire or a deal before it is part of the plan, not a condition on it
READINESS = word_set("ready willing prepared able")
PEACE_OPENINGS = word_set("once after when")  # "only once a ceasefire ..."
CEASEFIRE_WORDS = word_set("ceasefire cease-fire truce armistice")  # (a peace deal first is a condition)
PEACE_WORDS = word_set("ceasefire cease-fire truce deal settlement armistice hostility war")
WAR_ENDING = CEASEFIRE_WORDS | word_set("hostility war fighting")  # "if the war ends" (a peace deal is a condition)
PART_NOUNS = word_set("role part involvement presence participation contribution")
MINIMAL = word_set("minimal marginal negligible minor token")
CONSENT = word_set("consent participation approval agreement involvement say input")
REQUIREMENTS = PEACE_WORDS | EXTRA_CONDITIONS | {"agreement"}
STANDING_FOR = word_set("it one them this that")  # "will not deploy without it": what was named before
BELIEVING = word_set("expect think believe assume imagine hope count")
FOOLISH = word_set("naive illusion illusory mistake wrong unrealistic absurd foolish fantasy delusion")
ASKING = word_set("call demand insist want seek need ask push press urge request")
HINGING = word_set("depend dependent contingent conditional hinge")  # denied, the thing stands unconditioned
MANDATES = word_set("mandate approval authorisation authorization resolution consent")
NOT_BEFORE = word_set("before until")  # "will not deploy until a ceasefire": only after one
UNTIL = word_set("until")  # "rejects the idea until a peace deal is signed": not before then
TIMES = word_set("time year month week day end")  # "not before the end of the year": when, not what must come first
REQUIRING = word_set("include involve require need condition come accompany underpin")  # "must come with"
RENEGING = word_set("backtrack renege retreat")  # "backtracked on", "reneged on", "retreated from" a pledge
DELIBERATION = word_set("consideration discussion review")  # "under consideration", negated
DELIBERATING = word_set("consider contemplate weigh mull explore study")
# "cannot rely on guarantees" doubts them and "does not insist on the deployment" presses for nothing: neither
# refuses them
EMPTY_WHEN_DENIED = word_set("rely count bank depend insist demand press push urge")
NOT_AGAINST = word_set(
    "object objects objected objecting oppose opposes opposed opposing against objection objections doubts "
    "reservations misgivings averse reason"
)  # "is not opposed to", "has no reservations about", "is not averse to", "sees no reason not to send": accepts it
COMMITTING = word_set("commit pledge promise")  # "would take part, without committing troops": not yet committed
WITHOUT_SAY = "without its say"  # the condition a reading records for "without Moscow's consent"
YEAR_LEADS = word_set("in since until during back by")
YEAR = re.compile(r"^(19|20)\d\d$")
OPPOSITE: dict[str, Stance] = {"supports": "opposes", "opposes": "supports"}
LATER = word_set("then later subsequently afterwards")  # "first refused, then agreed": the refusal is overtaken
RECENT = word_set("this today on")  # "earlier this week", "earlier today", "earlier on Monday": news, not history


def stance_of(
    context: ArticleContext,
    index: int,
    cue: Cue,
    reading: Reading,
    scope: list[Token],
    holders: list[Holder],
    subject: Token | None,
) -> Stance | None:
    """The cue's stance after negation ("will not deploy"), aspect ("hasn't committed") and conditions."""
    head = cue.head
    if without_its_say(context, index, cue, holders):  # "guarantees offered without Moscow's consent are void"
        reading.condition = WITHOUT_SAY
        return "conditional"
    if cue.label == "exclusion":
        if needed(cue):
            return "supports"
        return "noncommittal" if _without_committing(cue) else "opposes"
    if cue.label in ("agree", "disagree"):
        return "supports" if cue.label == "agree" else "opposes"  # replaced by what is agreed with (_echo)
    stance = cue.label
    if stance == "conditional" and _requirement_of_something_else(context, index, head, subject):
        denied = cue_negation(cue)  # "any deal must not include foreign troops": what it must leave out
        reading.negation = denied
        return "opposes" if denied else "supports"  # "any deal must include security guarantees": what it wants
    if stance in ("supports", "opposes") and _withdrawn(head):  # "dropped its opposition to sending troops"
        giver = head.head.head if head.dep_ == "pobj" else head.head  # "backtracked on", or "dropped"
        if any(c.dep_ == "neg" for c in giver.children):  # "has not abandoned its opposition to": it stands
            return "opposes" if stance == "opposes" else "supports"
        reading.negation = head.head.text
        return "supports" if stance == "opposes" else "opposes"
    refusal = _refused_description(head)
    if refusal is not None:  # "will not sign any deal that allows foreign troops": the troops are refused
        reading.negation = refusal.text
        return OPPOSITE.get(stance)
    refused_until = _required_by_refused_act(head, scope) if stance == "opposes" else None
    if refused_until is not None and not cue_negation(cue):  # "is unable to deploy soldiers without a vote"
        reading.condition = " ".join(t.text for t in refused_until.subtree)
        return "conditional"
    negation = cue_negation(cue) or _minimised(scope) or _nobody(cue, subject) or _naive_to_expect(head)
    negation = negation or _unrestrained(head)
    if negation and stance == "supports" and assertion.no_reason_not(head):
        return "supports"  # "sees no reason not to take part": two denials, one backing
    if negation:
        reading.negation = negation
        unless = assertion.unless_clause(head) or assertion.denied_if_clause(head)
        if stance == "supports" and unless is not None:
            reading.condition = " ".join(t.text for t in unless.subtree)
            return "conditional"  # "would not take part unless it were consulted"
        required = _required(cue) if stance == "supports" else None
        if required is not None:
            reading.condition = " ".join(t.text for t in required.subtree)
            return "conditional"  # "will not send soldiers without a mandate from parliament"
        first = _needed_first(head) if stance == "supports" else None
        if first is not None:  # "will not send troops before a ceasefire": only after one
            reading.condition = " ".join(t.text for t in first.subtree)
            return "conditional"
        if stance == "supports" and head.lemma_.lower() in EMPTY_WHEN_DENIED:
            return None
        if stance == "supports":  # "has not committed" is undecided; "has decided not to send", "has never accepted"
            undecided = assertion.perfect(head) and not _negates_what_follows(cue) and negation.lower() != "never"
            undecided = undecided or _not_yet(head)  # "is not yet in favour of the guarantees": undecided so far
            stance = "noncommittal" if undecided else "opposes"  # refuse
        elif stance == "opposes":  # "has not ruled out" is undecided; "is not opposed to" accepts it
            kept = NOT_AGAINST & set(cue.words.lower().split()) or syntax.gives_up(head)  # "will not abandon its bid"
            kept = kept or head.lemma_.lower() in syntax.RESTRAINING  # "will not be deterred from sending": goes ahead
            stance = "supports" if kept else "noncommittal"
        elif head.lemma_.lower() in DELIBERATING or DELIBERATION & set(cue.words.lower().split()):
            stance = "opposes"  # "we are not considering sending troops", "is not under consideration": not weighed
        elif head.lemma_.lower() in HINGING and "only" not in cue.words.lower().split():
            stance = "supports"  # "the deployment cannot depend on Moscow's consent": it stands on no condition
        else:
            return None
    until = _needed_first(head, UNTIL) if stance == "opposes" and not negation else None
    if until is not None:  # "talk of guarantees makes no sense until the root causes are addressed": first that
        reading.condition = " ".join(t.text for t in until.subtree)
        return "conditional"
    mandate = _asked_mandate(head, scope) if stance == "supports" else None
    if mandate is not None:  # "called for a clear UN mandate for any mission": the mission, on that condition
        reading.condition = " ".join(t.text for t in mandate.subtree)
        return "conditional"
    price = syntax.price_asked(scope) if stance == "supports" else None
    if price is not None:  # "offered troops in return for a US backstop": on that condition
        reading.condition = " ".join(t.text for t in price.head.head.subtree)
        return "conditional"
    put_off = assertion.not_yet(head) if stance == "supports" else None
    if put_off is not None:
        reading.negation = f"but not {put_off.text}"
        return "noncommittal"
    condition = assertion.condition_of(head)
    if condition is not None and "only" not in cue.words and _part_of_the_plan(condition):
        condition = None
    if condition is not None and condition.lower_ == "only" and _only_after_peace(head):
        condition = None  # "would only deploy once a ceasefire was in place": the force is meant for after the war
    only = condition is not None and (condition.lower_ == "only" or any(c.lower_ == "only" for c in condition.children))
    if stance == "noncommittal" and only and head.lemma_.lower() in DELIBERATING:
        stance = "supports"  # "would consider sending troops only if allies did the same": that condition
    # "would back down from its offer of troops if the US refused a backstop": the offer stands on a condition
    withdrawn = stance == "opposes" and (syntax.gives_up(head) or assertion.retreat(head))
    if withdrawn and condition is not None:
        reading.condition = " ".join(t.text for t in condition.subtree)
        return "conditional"
    if stance == "supports" and condition is not None:
        reading.condition = (
            condition.text if condition.lower_ == "only" else " ".join(t.text for t in condition.subtree)
        )
        stance = "conditional"
    return stance  # type: ignore[return-value]


def _needed_first(head: Token, openings: frozenset[str] = NOT_BEFORE) -> Token | None:
    """ "will not send troops before a ceasefire", "until a peace deal is signed": what must come first (not a date,
    "not before next year", which only says when)."""
    opening = syntax.opening_after(head, openings, openings)
    if opening is None:
        return None
    what = opening.head if opening.dep_ == "mark" else opening
    dated = any(t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in TIMES for t in what.subtree)
    return None if dated else what


def _requirement_of_something_else(context: ArticleContext, index: int, head: Token, subject: Token | None) -> bool:
    """ "any deal must include guarantees", "a compromise which they conditioned on a US safety net": what a thing
    that is no topic requires is backed, not conditional ("such a deployment would require a mandate" keeps the
    deployment conditional)."""
    lemma = head.lemma_.lower()
    if lemma not in REQUIRING:
        return False
    thing = next((c for c in head.children if c.dep_ == "dobj"), None) if lemma == "condition" else subject
    if thing is None or any(c.dep_ == "poss" for c in thing.children):
        return False  # "conditioned its involvement on a ceasefire": its own part is what is conditional
    antecedent = syntax.antecedent_of(thing)  # "which they conditioned on"
    if antecedent is not None and syntax.describing(thing.head):  # "any deal that would require ...": what it is
        return False
    if antecedent is not None:  # the noun itself, not the clause that describes it and holds the cue
        phrase = syntax.noun_phrase(antecedent)
        named = topic_within(context, index, phrase.start_char, phrase.end_char)
        return antecedent.pos_ == "NOUN" and not named and not actors_in(context, index, phrase)
    if thing.pos_ not in ("NOUN", "PROPN") or thing.lemma_.lower() in PART_NOUNS | MANDATES:
        return False  # "parliamentary approval would be required for any deployment": the deployment is conditional
    return not names_a_topic(context, index, thing) and not actors_in(context, index, syntax.mentions_span(thing))


def _asked_mandate(head: Token, scope: list[Token]) -> Token | None:
    """ "called for a UN mandate for any mission", "wants parliament's approval of the deployment": what is asked
    for first is a mandate for the topic, not the topic itself."""
    if head.lemma_.lower() not in ASKING:
        return None
    asked = next((t for t in scope if t.i > head.i and t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN"), None)
    return asked if asked is not None and asked.lemma_.lower() in MANDATES else None


def _naive_to_expect(head: Token) -> str | None:
    """ "it would be naive to expect Russia to accept foreign troops", "it is an illusion to think that Moscow will
    accept": what it is judged foolish to expect is denied."""
    for word in head.ancestors:
        if word.lemma_.lower() not in BELIEVING:
            continue
        judged = word.head  # "be" of "it would be naive to", or the noun of "an illusion to"
        verdicts = [judged, *(c for c in judged.children if c.dep_ in ("acomp", "attr"))]
        foolish = next((v for v in verdicts if v.lemma_.lower() in FOOLISH), None)
        return foolish.text if foolish is not None and word.dep_ in ("xcomp", "acl") else None
    return None


def _withdrawn(head: Token) -> bool:
    """A noun cue given up by the verb it is the object of: "dropped its opposition to", "lifted its veto on",
    "withdrew its support for", "backtracked on its pledge to"."""
    verb = head.head
    if assertion.withdrawal_denied(head):
        return False  # "denied that it had dropped its opposition": not given up
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and verb.lower_ in ("on", "from"):
        giver = verb.head.head if verb.head.lower_ == "back" else verb.head  # "stepped back from its pledge"
        # "backtracked on its pledge to send troops", "rowed back on its opposition"
        return giver.lemma_.lower() in RENEGING or assertion.retreat(giver)
    return head.pos_ == "NOUN" and head.dep_ == "dobj" and (syntax.gives_up(verb) or verb.lemma_.lower() in WITHDRAWING)


def _refused_description(head: Token) -> Token | None:
    """The "not" (or "no") refusing a thing the cue describes: "will not sign any agreement that allows foreign
    troops", "would accept no deal ruling out membership". Refusing what backs a topic opposes it, refusing what
    rules it out backs it."""
    clause = head.head if head.dep_ == "conj" and head.head.dep_ in ("relcl", "acl") else head  # "caps ... or bars"
    participle = clause.dep_ == "acl" and clause.tag_ == "VBG"  # "would accept no deal ruling out membership"
    described = (clause.dep_ == "relcl" and syntax.describing(clause)) or participle
    thing = clause.head
    if not described or thing.dep_ != "dobj":
        return None
    refusing = next((d for d in thing.children if d.dep_ == "det" and d.lower_ == "no"), None)
    return refusing or assertion.negation_of(thing.head)


def _nobody(cue: Cue, subject: Token | None) -> str | None:
    """ "nobody in Paris opposes the force": a stance no one holds is its negation (a noncommittal cue keeps
    "no one is talking about troops" as the speaker's own undecided view)."""
    if cue.label not in ("supports", "opposes"):
        return None
    if owned_noun(cue):
        return None  # "nobody doubts Britain's readiness to send troops": Britain's, whoever doubts it
    denied = subject is not None and syntax.nobody(subject) and not syntax.excepted(subject)  # "nobody but Hungary"
    return subject.text if subject is not None and denied else None


def _unrestrained(head: Token) -> str | None:
    """ "nothing will stop us from sending troops": a restraint no one exerts is denied."""
    denier = syntax.restraint_denier(head) if head.lemma_.lower() in syntax.RESTRAINING else None
    return denier.text if denier is not None and denier.dep_ == "nsubj" else None


def _required_by_refused_act(head: Token, scope: list[Token]) -> Token | None:
    """ "refuses to send troops without a mandate": what the refused act waits for (what is rejected "without"
    something, "rejected any deal without guarantees", lacks it instead)."""
    return next((r for verb in scope if verb.pos_ == "VERB" and verb != head for r in _without(verb)), None)


def _required(cue: Cue) -> Token | None:
    """ "will not send soldiers without a mandate", "no one is going to send troops without US support": the
    "without" phrase, on the cue's words or above them, naming what the refusal waits for."""
    words = dict.fromkeys([*cue.span, *syntax.governors(cue.head)])
    return next((r for word in words for r in _without(word)), None)


def _without(word: Token) -> Iterator[Token]:
    """The word's "without" phrases whose object is something a commitment can wait for, or stands for one
    named before ("will not deploy without it", "without one")."""
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "without"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in REQUIREMENTS or o.lower_ in STANDING_FOR for o in objects):
            yield prep


def _minimised(scope: list[Token]) -> str | None:
    """ "plans to play a minimal role in any guarantees": a part made small is a refusal of the rest."""
    for word in scope:
        if word.lemma_.lower() in PART_NOUNS:
            small = next((c for c in word.children if c.dep_ == "amod" and c.lower_ in MINIMAL), None)
            if small is not None:
                return small.text
    return None


def without_its_say(context: ArticleContext, index: int, cue: Cue, holders: list[Holder]) -> bool:
    """ "without Moscow's consent", "without Russia's participation": the holder's own say is the condition."""
    actors = {h.actor for h in holders}
    for word in cue.head.doc:
        if word.lower_ != "without":
            continue
        for obj in (c for c in word.children if c.dep_ == "pobj"):
            if obj.pos_ == "PROPN" and actors & set(actors_in(context, index, syntax.noun_phrase(obj))):
                return True  # "discussing security without the Russian Federation is a utopia"
            if obj.lemma_.lower() not in CONSENT:
                continue
            for owner in (c for c in obj.children if c.dep_ == "poss"):
                owners = actors_in(context, index, owner.doc[owner.i : owner.i + 1])
                if owner.lower_ in ("its", "our", "my") or actors & set(owners):
                    return bool(actors)
    return False


def _part_of_the_plan(condition: Token) -> bool:
    """ "once there is a ceasefire", "if the war ends": the force is meant for after the war, so that is part of
    what is backed, not a condition on it (a peace deal signed first is one)."""
    words = {t.lemma_.lower() for t in condition.subtree}
    return bool(words & WAR_ENDING) and not words & EXTRA_CONDITIONS  # "if a deal includes a US backstop" is one


def _only_after_peace(head: Token) -> bool:
    """ "would only deploy once a ceasefire was in place", "only after a truce": what "only" restricts the verb to,
    after it, is the ceasefire the force is meant for, and nothing besides."""
    after = [t for t in head.subtree if t.i > head.i]
    starts = {t.lower_ for t in after[:1]} | {t.lower_ for t in after if t.dep_ in ("mark", "advmod", "prep")}
    words = {t.lemma_.lower() for t in after}
    return bool(starts & PEACE_OPENINGS) and bool(words & CEASEFIRE_WORDS) and not words & EXTRA_CONDITIONS


def _not_yet(head: Token) -> bool:
    """ "is not yet in favour", "has not yet agreed": a "yet" on the denied word, or on the verb it hangs on (not
    "is not yet ready to send troops": not ready is a refusal for now)."""
    if head.lemma_.lower() in READINESS:
        return False
    words = [head, *([head.head] if head.dep_ in ("acomp", "prep", "attr") else [])]
    return any(c.lower_ == "yet" and c.dep_ == "advmod" for w in words for c in w.children)


def _negates_what_follows(cue: Cue) -> bool:
    """ "decided not to send", "agreed not to deploy": the cue's "not" denies the verb after it, not the cue."""
    return any(t.lower_ in assertion.NEGATORS and t.i > cue.head.i and t.head != cue.head for t in cue.span)


def historical(context: ArticleContext, parse: SentenceParse, head: Token, scope: list[Token]) -> bool:
    """History ("previously", "in 2014") makes no claim."""
    chars = {t.idx for t in scope} | {t.idx for w in syntax.governors(head) for t in w.children}
    # "Canada had previously said it was open to contributing": the report itself dated in the past
    frames = list(assertion.speech_frames(head, context.lexicon.is_speech))
    chars |= {t.idx for verb in frames for t in verb.children if t.dep_ == "advmod"}
    if any(_overtaken(verb, head) for verb in [*syntax.governors(head), *frames]):
        return True
    past = [h for h in parse.markers["past"] if not _recent(parse, h.end)]
    if any(parse.tokens[h.start].start in chars for h in past):
        return True
    # "Earlier, Hungary had rejected ...": a stance since overtaken ("Earlier, Hungary rejected" is the day's news)
    around = [c for w in syntax.governors(head) for c in w.children]
    if any(c.lower_ == "earlier" for c in around) and any(c.dep_ == "aux" and c.lower_ == "had" for c in around):
        return True
    reference = context.year or context.lexicon.lexicon.stances.history_before
    return any(_earlier_year(token, reference) for token in scope)  # a dated statement ("On May 2, X said") stays


def _overtaken(verb: Token, head: Token) -> bool:
    """ "first signalled it would not take part, then said it would back the mission": what came first, before what
    came "then" or "later" (which stands)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children):
        return False
    later = [c for c in verb.children if c.dep_ == "conj" and _then(c)]
    if verb.dep_ == "ccomp" and verb.i < verb.head.i and _then(verb.head):
        return True  # the parser hung the first clause on the later one
    return any(not c.left_edge.i <= head.i <= c.right_edge.i for c in later)


def _then(verb: Token) -> bool:
    """Whether "then" or "later" opens the verb's clause."""
    return any(a.dep_ == "advmod" and a.lower_ in LATER for a in verb.children)


def _recent(parse: SentenceParse, after: int) -> bool:
    """ "earlier this week": the past marker dates a recent statement."""
    return after < len(parse.tokens) and parse.norms[after] in RECENT


def _earlier_year(token: Token, reference: int) -> bool:
    """ "in 2014", "since 2022": a year before the article's own, in what the cue says."""
    return bool(YEAR.match(token.text)) and int(token.text) < reference and token.head.lower_ in YEAR_LEADS


def _without_committing(cue: Cue) -> bool:
    """ "would help guarantee Ukraine's security, without committing troops": what a side backs without pledging
    it is left open, not refused (as "without sending troops" refuses them)."""
    return cue.head.lower_ == "without" and any(
        c.dep_ in ("pcomp", "pobj") and c.lemma_.lower() in COMMITTING for c in cue.head.children
    )
