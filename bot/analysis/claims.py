"""Claims: each stance cue of a sentence read into who holds which stance on which topics, or why none.

The stages meet here (after BBC Citron): `cues` places and combines the cues, `holders` finds who holds
each, `cue_topics` what it is about, `stance` which stance it gives; a claim about another actor inside
someone's speech is marked as reported. `explain` shows the readings, `claims` keeps the claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.analysis import assertion, syntax
from bot.analysis.context import ROLE_NOUNS, ArticleContext, looking_back
from bot.analysis.cue_topics import (
    INCLUDING,
    SENDING,
    asks_for,
    joins_unnamed,
    kept_out_of_ukraine,
    placed_topics,
    topic_for,
    topics_of,
)
from bot.analysis.cues import (
    CONNECTORS,
    TRAILING,
    Cue,
    Holder,
    Reading,
    blamed_subject,
    conditioned,
    conditions_of_their_own,
    coordinated,
    cue_negation,
    is_connector,
    outermost,
    placed_cues,
)
from bot.analysis.frames import according_speaker, actors_in, frame_of, frame_subject, voiced_by_no_side
from bot.analysis.holders import (
    DRAFTING,
    EFFECTS,
    holders_of,
    listed_provision,
    named_holders,
    sides_of,
    topic_in,
    topic_within,
)
from bot.analysis.sentence import SentenceParse, elliptical_denial, topics_for
from bot.analysis.stance import OPPOSITE, WITHOUT_SAY, historical, stance_of
from bot.analysis.statement_dates import statement_date, time_phrases_of
from bot.analysis.tokens import (
    ANAPHORA,
    CRITICISMS,
    MISTAKES,
    OWN_PARTS,
    POSITIONS,
    THWARTING,
    TROOP_NOUNS,
    WORTHLESS,
    word_set,
)
from bot.model import Claim, Confidence, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from bot.analysis.context import Speaker
    from bot.analysis.phrases import Hit
    from bot.analysis.time_phrases import StatedDate

PRIORITY = {"conditional": 0, "noncommittal": 1, "opposes": 2, "supports": 3}
# what a noun cue is about, when the parser hangs the preposition on its verb ("keeps an open mind on")
NOUN_CUE_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning", "towards", "toward", "for"})
GIVING = frozenset({"give", "lend", "offer", "pledge", "throw", "extend"})  # "lent its support to the force"
REACTING = word_set(
    "respond react reply answer comment refer allude acknowledge address recognise recognize face encounter"
)
# verbs whose subject draws up, holds or carries out the plan or offer they take ("unveiled a plan to deploy", "is
# working on plans to send"); any other verb handles someone else's ("blasted the plan to deploy"); "put" only forward
KEEPING_PLANS = DRAFTING | word_set(
    "have make extend express voice reiterate reaffirm restate repeat renew confirm declare state signal show "
    "indicate demonstrate announce outline draw lay set finalise finalize adopt formulate work pursue push press "
    "advance move go proceed forge build launch lead spearhead detail describe explain spell sketch map reveal "
    "disclose share brief update stand stick double step keep maintain hold affirm emphasise emphasize stress "
    "underline underscore sign issue send deliver lodge register raise give involve participate defend justify deny"
)  # "denied any plans to send troops": plans it says it does not have (`assertion.denier_of`)
DENIED: dict[Stance, Stance] = {"supports": "opposes", "opposes": "noncommittal"}  # a side's own stance, denied
UNDENIED: dict[str, Stance] = {"supports": "supports", "opposes": "opposes"}  # a cue's stance with no "not" on it
# denied through a noun: "denied any plans to send troops" refuses them; "denied plans to oppose the force" or
# "dismissed reports that it opposes it" says nothing of the force
DENIED_THROUGH_A_NOUN: dict[Stance, Stance] = {"supports": "opposes"}
HOLDING_POWERS = word_set("have get hold wield enjoy give grant possess retain")  # "has a veto over"
SHARING = word_set("agree concur share echo")  # "does not agree": the reverse of what it does not share
SPEAKING = word_set("speak talk")  # "speaking on condition of anonymity": how one spoke
NAMING = word_set("call describe brand label term dub characterise characterize")  # what one calls a plan judges it
PERCEIVING = word_set("see receive hear get")  # "has seen no proposals for a force": others', or none
ELLIPTICAL = frozenset({"any", "some", "more", "none"})
ONLY_OPENINGS = word_set("if under with after once when as provided")  # "but only under a UN flag"


def sentence_readings(context: ArticleContext, index: int, doc: Doc | None) -> list[Reading]:
    """Every cue of one sentence, read."""
    parse = context.parses[index]
    if doc is None or not parse.cues:
        return []
    actors = {m.actor for m in parse.mentions if m.actor}
    # its actors' own topic phrases count too ("no firm commitment on air cover", from Washington)
    topics = list(dict.fromkeys(t for actor in actors for t in topics_for(parse, actor, context.lexicon)))
    placed, set_aside = placed_cues(parse, doc, topics or parse.topics)
    connectors = [c for c in placed if is_connector(c)]
    cues = [conditioned(c, connectors) for c in placed if c not in connectors]
    cues = coordinated(cues + conditions_of_their_own(cues, connectors))
    readings: list[Reading] = []
    exclusions = [c for c in cues if c.label == "exclusion"]
    heads: dict[int, Reading] = {}
    phrases = time_phrases_of(doc)
    carried_over = _quotation_carried_over(context, index, doc)
    # an exclusion is read after the cue it qualifies, whose holder it may take ("Rather than send troops, Italy
    # will ..."); the readings keep the sentence's order
    ordered = sorted(outermost(cues), key=lambda c: c.label == "exclusion")
    starts: list[int] = []
    for cue in ordered:
        host = (
            next((heads[a.i] for a in cue.head.ancestors if a.i in heads), None) if cue.label == "exclusion" else None
        )
        reading = _read(context, index, doc, cue, [e for e in exclusions if e.head != cue.head], host)
        heads[cue.head.i] = reading
        # "Slovakia did the same.", "Berlin agreed with Paris": naming no topic or object of its own ("agreed to
        # send", "cannot agree with the fact that"), it repeats the claims before, whatever "the same" found
        bare = cue.label in ("agree", "disagree") and not _own_object(cue.head)
        if reading.holders and bare and (not reading.claims or not parse.topics):
            reading.claims = []
            _echo(context, index, cue, reading, [c for r in readings for c in r.claims])
        elif reading.holders and reading.stance and not reading.claims:
            _share_coordinated(parse, cue, reading, readings)
        if reading.holders and not reading.claims and cue.label in OPPOSITE:
            _take_up_a_position(context, index, cue, reading)
        stated = statement_date(phrases, cue.head, context.published) if reading.claims else None
        if reading.claims and stated is None and carried_over is not None:
            speakers, date = carried_over  # a quotation begun in the sentence before, by one of these speakers
            stated = date if context.quote_speaker(index, cue.head.idx) in speakers else None
        if stated is not None:
            reading.stated = stated.value
            reading.claims = [replace(claim, stated=stated.value) for claim in reading.claims]
        starts.append(cue.span.start)
        readings.append(reading)
    in_order = sorted(zip(starts, readings, strict=True), key=lambda placed: placed[0])
    return [reading for _, reading in in_order] + set_aside


def _quotation_carried_over(context: ArticleContext, index: int, doc: Doc) -> tuple[list[Speaker], StatedDate] | None:
    """ "'There must be a backstop,' Starmer said in February. 'It is the only way to deter Russia.'": a quotation
    that goes on in a sentence with no speech verb of its own was said when the sentence before says it was; the
    speakers of that sentence's quotations, and that date (read once a sentence)."""
    before = context.docs.get(index - 1)
    if before is None or index not in context.quotes or any(context.lexicon.is_speech(t) for t in doc):
        return None
    phrases = time_phrases_of(before)
    dates = (statement_date(phrases, t, context.published) for t in before if context.lexicon.is_speech(t))
    date = next((d for d in dates if d is not None), None)
    speakers = [speaker for _, _, speaker in context.quotes.get(index - 1, ())]
    return (speakers, date) if date is not None and speakers else None


def _take_up_a_position(context: ArticleContext, index: int, cue: Cue, reading: Reading) -> None:
    """ "Lithuania backed the Estonian position", "Rome rejected Berlin's stance": the stances that side just took,
    held the same way (backed) or turned round (rejected)."""
    held = [t for t in syntax.scope(cue.head) if t.lemma_.lower() in POSITIONS and t.dep_ in ("dobj", "pobj")]
    owners = [o for t in held if (o := syntax.owner_of(t)) is not None]
    sides = {a for o in owners for a in sides_of(context, index, o)} - {h.actor for h in reading.holders}
    for before in looking_back(index - 1):
        taken = [c for c in context.claims.get(before, []) if c.actor in sides and c.stance in OPPOSITE]
        if taken:
            break
    else:
        return
    negation = cue_negation(cue)
    for claim in taken:
        stance = claim.stance if (cue.label == "supports") == (negation is None) else OPPOSITE[claim.stance]
        reading.claims += [
            _claim(context.parses[index], h, claim.topic, stance, cue, "inferred") for h in reading.holders
        ]
    reading.why_not = None


def _own_object(verb: Token) -> bool:
    """ "agreed to send troops", "cannot agree with the fact that": what is agreed to is spelled out, not "agreed
    with Paris" or "agrees with this"."""
    clauses = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "to", "on")]  # not "by contrast"
    objects = [o for p in preps for o in p.children if o.dep_ in ("pobj", "pcomp")]
    return clauses or any(o.pos_ not in ("PROPN", "PRON") for o in objects)


def _echo(context: ArticleContext, index: int, cue: Cue, reading: Reading, earlier: list[Claim]) -> None:
    """ "Kyiv disagrees.": the reverse (or the same) of what the sentence before claimed, for other actors; "Estonia
    will send soldiers, and Latvia will do the same": of what the sentence's `earlier` claims say."""
    # "Italy has ruled out troops. Spain has not.": as if "has not ruled out"; "Kyiv disagrees": the opposite
    elliptical = elliptical_denial(cue.hit, context.parses[index].norms)
    denied = cue_negation(cue) is not None and not elliptical  # "Germany will not.": its own "not"
    own = {h.actor for h in reading.holders}
    others = [c for c in earlier if c.actor not in own]  # "France welcomed the move and said it would do the same"
    for claim in others or context.claims.get(index - 1, []):
        # "Germany does not agree" reverses it; "did not follow suit" leaves it open
        if cue.label == "agree" and denied:
            stance: Stance | None = OPPOSITE.get(claim.stance) if cue.head.lemma_.lower() in SHARING else "noncommittal"
        elif cue.label == "agree":
            stance = claim.stance
        elif denied:
            stance = None  # "does not disagree": no stance of its own
        else:
            stance = _denied_repeat(claim.stance, cue.head) if elliptical else OPPOSITE.get(claim.stance)
        for holder in reading.holders:
            if stance and holder.actor != claim.actor:
                reading.stance = stance
                reading.claims.append(_claim(context.parses[index], holder, claim.topic, stance, cue, "inferred"))
    reading.why_not = None if reading.claims else "nothing in the sentence before to agree or disagree with"


def _share_coordinated(parse: SentenceParse, cue: Cue, reading: Reading, earlier: list[Reading]) -> None:
    """ "Spain's law restricts its ability to send troops abroad, and Belgium would require a vote": a
    coordinated clause, or one whose object leaves out its noun, without a topic of its own shares the one
    before it."""
    elliptical = _elliptical(cue)
    if cue.head.dep_ != "conj" and not elliptical:
        return
    if cue.head.lemma_.lower() in syntax.URGING and any(c.dep_ in ("xcomp", "ccomp") for c in cue.head.children):
        return  # "will not take part, and called on Europe to stop fueling the war": the call says what it urges
    before = next((r for r in reversed(earlier) if r.claims), None)
    if before is None or reading.stance is None:
        return
    if any(t.dep_ == "dobj" and t.lemma_.lower() in TROOP_NOUNS for t in syntax.scope(cue.head)):
        return  # "Sweden wants guarantees, and Russia has offered troops": troops of its own, which were no topic
    if any(c.dep_ == "prep" and c.lower_ == "without" for c in cue.head.children):
        return  # "a backstop is essential and it would not deploy without it": what it lacks is no refusal
    # the cue's own preposition's object too: "... and would not agree to a deal that left it without protection"
    taken = [*cue.head.children, *(g for p in cue.head.children if p in cue.span for g in p.children)]
    if reading.stance in ("supports", "opposes") and any(_other_thing(t) for t in taken):
        return  # "is committed to the force and would not accept any settlement that ...": the settlement
    # "ruled out sending troops but is considering other support" sets a clause against the one before; "is not
    # against sending troops, but wants a mandate" qualifies it, and "but will not send any" leaves out its noun
    contrasted = any(c.dep_ == "cc" and c.lower_ in syntax.CONTRASTS for c in cue.head.head.children)
    if contrasted and reading.stance != "conditional" and not elliptical:
        return
    for holder in reading.holders:
        for topic in dict.fromkeys(c.topic for c in before.claims):
            reading.claims.append(_claim(parse, holder, topic, reading.stance, cue, "inferred"))
    reading.topics = list(dict.fromkeys(c.topic for c in reading.claims))
    reading.why_not = None


def _judged_for_what_it_lacks(cue: Cue, subject: Token) -> bool:
    """ "a force without American backing would be a bluff", "an operation without legitimacy would be a mistake":
    what is judged worthless or wrong is the thing lacking something, which the judgement says is needed (the
    exclusion reads that), not the thing itself ("a force without American backing would be unacceptable to
    Moscow" still refuses the force)."""
    if not any(t.lemma_.lower() in WORTHLESS | MISTAKES for t in cue.span):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "without" for p in subject.children)


def _other_thing(word: Token) -> bool:
    """A noun a verb takes that names a thing of its own, neither troops, a part nor one pointing back."""
    lemma = word.lemma_.lower()
    taken = word.dep_ in ("dobj", "pobj")
    return taken and word.pos_ == "NOUN" and lemma not in ANAPHORA | TROOP_NOUNS | OWN_PARTS | ELLIPTICAL


def _elliptical(cue: Cue) -> bool:
    """ "While Paris has offered troops, Berlin has refused to commit any": an object that leaves out its noun, or
    none at all ("while Italy has declined"), which the clause before named."""
    if any(t.dep_ == "dobj" and t.lower_ in ELLIPTICAL for t in syntax.scope(cue.head)):
        return True
    # "Britain has offered troops, while Italy has declined": a refusal or pledge with no object at all
    objects = ("dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "prt", "oprd", "dative")
    head = cue.head
    after = [c for c in head.children if c.i > head.i]  # not "on the other hand, has refused"
    if head.pos_ != "VERB" or any(c.dep_ in objects for c in after):
        return False
    contrasting = any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in head.children)
    after_semicolon = any(t.lower_ == ";" for t in head.doc[: head.i])
    return (head.dep_ == "advcl" and contrasting) or (head.dep_ in ("ROOT", "conj") and after_semicolon)


def _widened(scope: list[Token], extra: Iterable[Token]) -> list[Token]:
    """The cue's scope with more words the parser hung elsewhere, in sentence order."""
    return sorted({*scope, *extra}, key=lambda t: t.i)


def _claim(
    parse: SentenceParse, holder: Holder, topic: str, stance: Stance, cue: Cue, confidence: Confidence | None = None
) -> Claim:
    """A claim of one holder, read from this cue (found as the holder was, unless `confidence` says otherwise)."""
    return Claim(
        sentence=parse.position if holder.named_in is None else holder.named_in,
        actor=holder.actor,
        topic=topic,
        stance=stance,
        speaker=holder.speaker,
        reported_by=holder.reported_by,
        cue=cue.words,
        confidence=confidence or holder.confidence,
    )


def sentence_claims(readings: list[Reading]) -> list[Claim]:
    """At most one stance per (actor, topic) in a sentence: the most qualified ("premature" over "dismissed")."""
    best: dict[tuple[str, str], Claim] = {}
    for reading in readings:
        for claim in reading.claims:
            key = (claim.actor, claim.topic)
            if key not in best or PRIORITY[claim.stance] < PRIORITY[best[key].stance]:
                best[key] = claim
    return list(best.values())


def _placed_object(head: Token) -> bool:
    """ "took [NATO membership] off the table": a cue that is a place names where the verb's object was put."""
    return head.dep_ == "prep" and head.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in head.head.children)


def _describes_a_noun(cue: Cue) -> bool:
    """ "the proposed force", "a force supporting a ceasefire", "the draft under discussion": no one is named as
    holding it, unlike "a mission backed by Canada", "the Franco-British-backed plan" or a group whose members
    are named."""
    head = cue.head
    if _document_content(head):
        return False
    if cue.label == "noncommittal" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        return True  # "the draft under discussion provides for ...": which draft, not anyone's doubt
    return (
        head.dep_ in ("amod", "acl")
        and head.tag_ in ("VBN", "VBG")
        and not syntax.content_clause(head)  # "its view that soldiers would not be sent": what the view says
        and not syntax.agent_of(head)
        and not any("-" in t.text for t in cue.span)
        and not any(c.dep_ == "npadvmod" for c in head.children)
        and syntax.described_member(head) is None  # "among those refusing to send troops are Poland and Italy"
    )


def _turns_down_a_criticism(cue: Cue) -> bool:
    """ "dismissed concerns about the backstop", "pushed back against criticism of the force": refusing a doubt
    about a topic is no refusal of the topic (nor, safely, a backing of it); "a cause for concern" is the cue's
    own words."""
    head = cue.head
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in head.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
    return any(_a_criticism(o, head) and o not in cue.span for o in objects)


def _a_criticism(noun: Token, verb: Token) -> bool:
    """A doubt about a topic; a report of one only when the verb dismisses it ("reacted angrily to reports that
    Britain would send troops" opposes the troops)."""
    lemma = noun.lemma_.lower()
    if any(c.dep_ in ("acl", "advcl") and syntax.infinitive(c) for c in noun.children):
        return False  # "resisted pressure to send troops": what the pressure asks is what is resisted
    if lemma == "suggestion" and not _of_a_side(noun):
        return False  # "rejected suggestions that European peacekeepers could be deployed": a proposal, refused
    return lemma in CRITICISMS and (lemma not in assertion.REPORTS or verb.lemma_.lower() in assertion.DISMISSING)


def _of_a_side(report: Token) -> bool:
    """ "suggestions that France was backing away", "claims that it opposed": a report of what a side does."""
    clause = next((c for c in report.children if c.dep_ in ("acl", "ccomp")), None)
    subject = syntax.subject_of(clause) if clause is not None else None
    return subject is None or subject.pos_ in ("PRON", "PROPN")


def _anothers_plan(cue: Cue) -> bool:
    """ "Moscow blasted the plan to deploy troops", "has not yet responded to the proposal for a force": a plan or
    offer that a verb takes is the subject's own only when the verb makes, holds or carries it out ("unveiled a
    plan to"); a verb of reacting takes another's stance of any kind."""
    head = cue.head
    if head.pos_ != "NOUN" or syntax.owner_of(head) is not None or syntax.offered_from(head):
        return False  # "welcomed Britain's plan", "welcomed the American offer", "offers from Spain": its makers' own
    authored = cue.label == "supports" and head.lemma_.lower() in syntax.AUTHORED
    small_clause = head.dep_ == "nsubj" and head.head.dep_ in ("ccomp", "xcomp")  # "considered [the plan odd]"
    if authored and small_clause and head.head.head.lemma_.lower() in syntax.JUDGING:
        return True
    if head.dep_ == "dobj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb = head.head.head
    else:
        return False
    lemma = verb.lemma_.lower()
    forward = lemma != "put" or any(c.lower_ == "forward" for c in verb.children)  # not "put the brakes on"
    # "called the plans for a force misguided", "considered the plan a smokescreen", "described it as odd" judge
    # another's plan; "considers plans to send troops" weighs its own, "described plans to" tells its own
    predicated = head.dep_ == "dobj" and any(
        (c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ != "VERB") or c.lower_ == "as"
        for c in [*verb.children, *head.children]
    )
    judged = (lemma in syntax.JUDGING | NAMING and predicated) or (lemma in NAMING and lemma not in KEEPING_PLANS)
    kept = lemma in KEEPING_PLANS | syntax.JUDGING and not judged and forward
    owned = kept or syntax.gives_up(verb)  # "shelved its plans": given up
    seen = lemma in PERCEIVING and not any(c.lower_ == "as" for c in verb.children)  # "has seen no proposals for"
    return lemma in REACTING or (authored and verb.pos_ == "VERB" and (seen or not owned))


def _a_plan_spoken_of(cue: Cue) -> bool:
    """ "Peskov said plans for a European force were hostile": a plan as the subject of a clause is what the
    clause judges or reports; whose plan it is, no word in it says (not "European plans", "the initiative of
    London and Paris")."""
    head = cue.head
    if cue.label != "supports" or head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    authors = ("poss", "agent", "amod", "compound")
    authored = any(c.dep_ in authors or c.lower_ in ("by", "of", "from") for c in head.children)
    return head.lemma_.lower() in syntax.AUTHORED and not authored


def _how_one_spoke(cue: Cue) -> bool:
    """ "an official, speaking on condition of anonymity, said": the terms of the speaking, not a stance."""
    opening = cue.span[0]
    return opening.dep_ == "prep" and opening.head.lemma_.lower() in SPEAKING


def _a_power(cue: Cue) -> bool:
    """ "Russia does not get a veto over the force", "Hungary has a veto on the guarantees", "Moscow cannot block
    the force": a power to block it, had or denied, which says nothing of whether one would."""
    head = cue.head
    if head.lemma_.lower() == "veto" and head.pos_ == "NOUN":
        return head.head.lemma_.lower() in HOLDING_POWERS
    able = any(c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in head.children)
    denied = any(c.dep_ == "neg" for c in head.children)
    thwarting = head.lemma_.lower() in THWARTING and syntax.restrained_party(head) is None  # not "can't stop us"
    return thwarting and head.pos_ == "VERB" and able and denied


def _asked_to_act(head: Token) -> Token | None:
    """ "pleaded with allies to commit troops": the "to" clause the parser hangs on a verb of asking as a purpose."""
    if head.lemma_.lower() not in syntax.URGING:
        return None
    clauses = (c for c in head.children if c.dep_ == "advcl")
    return next((c for c in clauses if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _purpose_judged(head: Token) -> bool:
    """ "Lavrov said Britain wanted to send troops to Ukraine to prolong the war": a harm given as the purpose of a
    deed judges the deed."""
    purpose = head.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    return purpose and head.lemma_.lower() in EFFECTS


def _document_content(head: Token) -> bool:
    """ "signed a declaration committing to deploy troops": what a document says, which its signers hold."""
    return head.dep_ == "acl" and head.tag_ == "VBG" and head.head.lemma_.lower() in syntax.DOCUMENTS


def _excepted_from_none(head: Token) -> bool:
    """Whether an exclusion's words except names from a subject that names no one ("No country other than Britain
    has committed troops"): what the verb says holds for those names."""
    return any(w.dep_ in ("nsubj", "nsubjpass") and syntax.excepted(w) for w in head.ancestors)


def _read(
    context: ArticleContext,
    index: int,
    doc: Doc,
    cue: Cue,
    exclusions: list[Cue],
    host: Reading | None = None,
) -> Reading:
    """One cue read; an exclusion with no holder of its own takes that of the cue it qualifies (`host`:
    "should be backed by European troops, with the exclusion of U.S. soldiers", said Hegseth)."""
    parse = context.parses[index]
    reading = Reading(cue.words)
    head = cue.head
    questioned = assertion.inside_hypothesis(head) or assertion.after_whether(head)
    hedges = frozenset(parse.tokens[h.start].start for h in parse.markers["hedges"])
    answer = assertion.answer_to(head, hedges) if questioned else None  # "Asked whether ..., Merz said no"
    asked_itself = any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in head.children)
    if questioned and answer is None and (cue.label != "noncommittal" or asked_itself):
        reading.why_not = "the cue sits in an “if” or “whether” clause: it asserts nothing"
        return reading
    if cue.label == "exclusion" and _excepted_from_none(head):
        reading.why_not = "the names excepted from “no country” (“no country other than Britain”), read with the verb"
        return reading
    denier = assertion.denier_of(head)
    untrue = assertion.untrue(head) if denier is None else None
    if assertion.unsaid(head) and denier is None and untrue is None:
        reading.why_not = "the cue is denied from above (“did not say that”, “denied that”, “has no right to”)"
        return reading
    if assertion.forecast(head):
        reading.why_not = "a forecast (“does not expect the force to be deployed soon”), not a stance"
        return reading
    if syntax.urged_to(head):
        reading.why_not = "what someone is urged to do (“urged X to go further and commit”): the urger's wish"
        return reading
    if blamed_subject(cue):
        reading.why_not = "the subject is blamed (“was criticised for”), by no one named: the blame is no one's stance"
        return reading
    if _describes_a_noun(cue):
        reading.why_not = (
            "words naming the thing (“the proposed force”, “the draft under discussion”), not a stance on it"
        )
        return reading
    if _anothers_plan(cue):
        reading.why_not = "a plan or proposal someone reacts to (“blasted the plan to”), not their own"
        return reading
    if _a_plan_spoken_of(cue):
        reading.why_not = "a plan with no author named, which the clause says something of (“plans for a force were”)"
        return reading
    if _describes_the_source(cue):
        reading.why_not = "words describing where the clause comes from (“under the plan drafted by”), not a stance"
        return reading
    if _a_power(cue):
        reading.why_not = "a power to block the topic (“has a veto over”), not a stance on it"
        return reading
    if _made_possible(head):
        reading.why_not = "what something makes possible (“would allow for satellite monitoring”), not a stance"
        return reading
    if _described_thing(head):
        reading.why_not = "a thing described (“any commitment to Ukraine would be ...”), not a stance on it"
        return reading
    if _how_one_spoke(cue):
        reading.why_not = "words on how someone spoke (“speaking on condition of anonymity”), not a stance"
        return reading
    if cue.label == "opposes" and cue.taken_from is None and _turns_down_a_criticism(cue):
        reading.why_not = "what is dismissed is a criticism of the topic (“dismissed concerns about”), not the topic"
        return reading
    insisted = cue.label == "conditional" and "only" in cue.words.lower().split()  # "would consider X only as"
    # "asked whether Russia could accept ..., he said no": answered; "rejected suggestions that it could accept": denied
    asserted = insisted or answer is not None or denier is not None
    if not asserted and assertion.speculated(head, cue.span, hedges):
        reading.why_not = "speculation (“could”, “might”, “may”)"
        return reading
    if voiced_by_no_side(context, head):
        reading.why_not = "reported by someone who speaks for no side (an analyst, a former official): a view"
        return reading
    modal = not asserted and assertion.hedged(head)  # "could send": a claim only when the holder's own side says it
    judge = syntax.judge_of(head)
    governing = judge if judge is not None else head  # "called the talk of a force premature"
    subject = syntax.permitter_of(governing) or syntax.subject_of(head.head if _document_content(head) else governing)
    subject = syntax.bound_party(head) or subject  # "the declaration commits Britain and France to deploying troops"
    subject = syntax.restrained_party(head) or subject  # "threats will not deter France from deploying troops"
    subject = syntax.counted_out(subject) if subject is not None else None  # "none of our soldiers": whose they are
    if cue.label == "opposes" and subject is not None and _judged_for_what_it_lacks(cue, subject):
        reading.why_not = "a judgement of a thing without what it lacks (“a force without US backing would be a bluff”)"
        return reading
    scope = syntax.scope(governing, [subject] if subject is not None else [], descriptions=True)
    doing = syntax.restrained_doing(head)
    if doing is not None and _topics_below(context, index, doc, doing):  # "stop X from [sending troops]"; not
        scope = syntax.scope(doing, descriptions=True)  # "stop NATO troops from [entering Ukraine]": the troops
    trailing = [t for t in cue.span if t.i > head.i and t not in scope]  # "role in providing": the parser hung
    if trailing:  # "in providing" on the verb, yet it is the cue's own object
        excluded = [subject] if subject is not None else []
        # "her proposal on Tuesday for Ukraine to be covered by ...": a "for" read as the mark of a clause on the verb
        opened = [t.head if t.dep_ == "mark" else t for t in trailing]
        scope = _widened(scope, (w for t in opened for w in syntax.scope(t, excluded)))
    proviso = assertion.proviso_on_the_saying(governing)
    # "said it was willing to send troops, provided there was a US backstop" (not "provided Kyiv gave up its NATO
    # bid": what a condition takes away is not asked for)
    if proviso is not None and not any(syntax.gives_up(t) for t in proviso.subtree):
        scope = _widened(scope, proviso.subtree)
    if cue.label == "exclusion":  # "rather than sending troops": what the words of the exclusion govern
        scope = _widened(scope, syntax.set_apart(cue.span))
    if judge is not None:  # the judged thing is the small clause's subject: "consider [this idea premature]"
        scope = _widened(scope, head.subtree)
    elif (head.dep_ in ("acomp", "attr") or _placed_object(head)) and governing == head:
        # "remains open-minded about deploying troops", "took NATO membership off the table"
        linking = syntax.scope(head.head, [subject] if subject is not None else [], descriptions=True)
        scope = _widened(scope, linking)
        scope = _widened(scope, syntax.reason_about(head.head, subject))  # "is unacceptable because it provides for"
    elif head.dep_ in ("dobj", "nsubjpass") and head.pos_ == "NOUN" and governing == head:
        # "keeps an open mind on sending troops", "no decision has been taken on sending troops": the parser hangs
        # "on" on the verb, not on the noun cue
        # "gave their backing to the guarantees": what backing is given to
        given = {"to", "behind"} if head.head.lemma_.lower() in GIVING else set()
        about = [
            c
            for c in head.head.children
            if c.dep_ in ("prep", "prt", "dative") and c.i > head.i and c.lower_ in NOUN_CUE_PREPOSITIONS | given
        ]
        excluded = [subject] if subject is not None else []
        scope = _widened(scope, (w for prep in about for w in syntax.scope(prep, excluded)))
    if head.dep_ == "nsubj" and head.pos_ == "NOUN":  # "Support is mounting ... for a European-led mission"
        subject = None
        # "Finland's support for the force is conditional on a US backstop": the noun's own object, when it has one
        own_object = any(c.dep_ == "prep" and c.lower_ in NOUN_CUE_PREPOSITIONS | {"of", "to"} for c in head.children)
        if not own_object:
            scope = _widened(scope, syntax.scope(head.head, [head], descriptions=True))
    asked_to = _asked_to_act(head)
    if asked_to is not None:  # "pleaded with allies to commit troops": what they are asked to do
        scope = _widened(scope, syntax.scope(asked_to))
    if _purpose_judged(head):  # "wants to send troops to Ukraine to prolong the war": the sending judged
        scope = _widened(scope, syntax.scope(head.head, [head], descriptions=True))
    despite = head.head if head.dep_ == "pobj" and head.head.lower_ in ("despite", "notwithstanding") else None
    if despite is not None and not any(c.dep_ == "prep" for c in head.children):
        # "despite Russia's objections, France plans to send troops": objections to what the clause goes on with
        scope = _widened(scope, syntax.scope(despite.head, [despite], descriptions=True))
    asked = syntax.request_answered(head)
    if asked is not None:  # "had been asked to send troops but refused": what was asked is what is refused
        scope = _widened(scope, syntax.scope(asked, [subject] if subject is not None else []))
    question = assertion.question_put(head) if cue.label == "noncommittal" else None
    if question is not None:  # "Asked whether Canada would send troops, Carney declined to comment": on that
        scope = _widened(scope, question.subtree)
    if historical(context, parse, head, scope):
        reading.why_not = "a past statement (“previously”, an earlier year)"
        return reading
    reading.holders = holders_of(context, index, cue, subject) or (host.holders if host else [])
    # "The NYT writes that without US participation ...": a newspaper reports, it holds a view only in an opinion piece
    reading.holders = [h for h in reading.holders if not (h.actor.startswith("outlet:") and h.confidence != "opinion")]
    answering = assertion.answerer(head) if answer is not None and not reading.holders else None
    if answering is not None:  # "'No,' Hegseth said when asked whether US troops would be deployed": the US
        reading.holders = named_holders(context, index, [answering], None)
    if not reading.holders:
        reading.why_not = "no actor holds it (no named subject, speaker or outlet)"
        return reading
    if listed_provision(context.parses, index):
        reading.why_not = "a term of a plan listed under it (“Among its points: - Kyiv will ...”), not a side's stance"
        return reading
    if subject is not None and _bound_by_a_plan(context, index, cue, reading.holders):
        reading.why_not = "what a plan has a side do (“under the proposal, Kyiv would give up”), not its own stance"
        return reading
    if modal and not _said_of_itself(context, index, head, reading.holders):
        reading.why_not = "speculation (“could”, “might”, “may”) by others than the holder's own side"
        return reading
    guesser = assertion.guesser_of(head)
    if guesser is not None and {h.actor for h in reading.holders} - sides_of(context, index, guesser):
        reading.why_not = "a guess at what another will do (“expects X to”, “believes X will”), not X's stance"
        return reading
    stance = stance_of(context, index, cue, reading, scope, reading.holders, subject)
    if answer == "no" and stance is not None:  # the question's stance, answered "no"
        reading.negation = answer
        stance = DENIED.get(stance)
    denying = denier or untrue
    if denying is not None:
        # "Berlin denied that it would send troops", "It is not true that we will send troops," Tusk said: its own
        # refusal; another's words: nothing
        stance = _denied_by_itself(context, index, denying, reading, stance)
        if stance is None:
            reading.why_not = "the cue is denied from above (“did not say that”, “denied that”, “has no right to”)"
            return reading
    if stance is None:
        reading.why_not = f"a negated {cue.label} cue says nothing clear"
        return reading
    only_on = _but_only_on(cue) if stance == "noncommittal" and reading.negation is not None else None
    if only_on is not None:  # "has not ruled out sending troops, but only under a UN flag"
        stance = "conditional"
        reading.condition = " ".join(t.text for t in only_on.subtree)
    reading.stance = stance
    required = _named_in_condition(context, index, doc, cue) if stance == "conditional" else set()
    in_return = _asked_in_return(context, index, doc, scope)
    for holder in reading.holders:
        topics = topics_of(
            context, index, doc, cue, holder, subject, scope, exclusions, reading.condition == WITHOUT_SAY, stance
        )
        reading.topics.extend(t for t, _ in topics if t not in reading.topics)
        joined = SENDING in {t for t, _ in topics}
        if stance == "conditional" and topics and all(t in required for t, _ in topics) and joins_unnamed(cue):
            # "is prepared to contribute, provided there is a firm US commitment": the backing is wanted, and the
            # part taken in the force depends on it
            own = topic_for(context, index, holder.actor, SENDING, cue)
            reading.claims.append(_claim(parse, holder, own, "conditional", cue))
        for topic, negative in topics:
            if topic == "reassurance-force" and joined and topic in required:
                continue  # "will contribute troops, on condition that the force has a robust mandate": how it is
            said = OPPOSITE.get(stance) if negative else stance  # backing "non-membership" opposes membership
            if negative and stance == "conditional":  # "would require Kyiv to give up its NATO bid": wants it gone
                said = "opposes"
            if (topic in required and (len(topics) > 1 or _connector_words(cue))) or topic in in_return:
                # "willing to send troops, provided there is a US backstop", "ready to help, provided there is a US
                # backstop": the backstop is wanted, whether or not what is offered is named
                said = "supports"
            if said is None:
                continue
            holder = _forecaster(context, index, holder, topic, cue)
            reading.claims.append(_claim(parse, holder, topic_for(context, index, holder.actor, topic, cue), said, cue))
    if stance == "supports":
        _add_set_apart(context, index, doc, cue, reading, exclusions)
    _add_contrasted(context, index, cue, reading)
    # "would depend on a US security guarantee", "backs the force, but not without a US backstop"
    # "will contribute troops, but only with American air cover": what it is done with is asked for
    if reading.claims and (asks_for(cue) or _not_without(cue) or _connector_words(cue).endswith("with")):
        _add_wanted(context, index, cue, reading, required)
    elif reading.claims and stance == "conditional" and _connector_words(cue):
        # "would send troops provided that the United States offers a backstop": another side's part, wanted
        holders = {h.actor for h in reading.holders}
        _add_wanted(
            context, index, cue, reading, {t for t in required if context.lexicon.owner.get(t) not in {None, *holders}}
        )
    if reading.claims and stance == "conditional" and reading.negation is not None:
        clause = only_on or assertion.unless_clause(cue.head)
        if clause is not None:
            _add_wanted(context, index, cue, reading, _asked_of_others(context, index, doc, clause, reading))
    if not reading.claims and (reading.negation is not None or stance == "conditional"):
        _required_until(context, index, doc, cue, reading)
    if not reading.claims:
        reading.why_not = "no topic in the cue's object, nor one that “this” or “the idea” points back to"
    return reading


def _add_contrasted(context: ArticleContext, index: int, cue: Cue, reading: Reading) -> None:
    """ "Copenhagen is ready to send troops, but Stockholm is not": the side of the clause set against the cue's
    holds the reverse (as "Stockholm is not ready" would: a refusal, or, for "has not ruled out", undecided)."""
    if not reading.claims or reading.stance is None:
        return
    names = syntax.contrasted_partners(cue.head)
    if not names:
        return
    # "Rome will not send troops, but Madrid will": the cue's own stance, undenied
    stance = UNDENIED.get(cue.label) if reading.negation is not None else _denied_repeat(reading.stance, names[0].head)
    if stance is None:
        return
    parse = context.parses[index]
    known = {h.actor for h in reading.holders}
    topics = list(dict.fromkeys(c.topic for c in reading.claims))
    for partner in named_holders(context, index, names, frame_of(context, index, cue.head)):
        if partner.actor not in known:
            for topic in topics:
                topic = topic_for(context, index, partner.actor, topic, cue)
                reading.claims.append(_claim(parse, partner, topic, stance, cue))


def _denied_repeat(stance: Stance, auxiliary: Token) -> Stance | None:
    """The stance of a bare auxiliary repeating a clause with "not": "Germany will not" refuses what "Britain will
    send troops" backs, "Italy has not" (offered troops) has not committed, as "has not offered" would say."""
    if stance == "supports" and auxiliary.lemma_.lower() == "have":
        return "noncommittal"
    return DENIED.get(stance)


def _add_set_apart(
    context: ArticleContext, index: int, doc: Doc, cue: Cue, reading: Reading, exclusions: list[Cue]
) -> None:
    """What a backing sets apart with "not", "no" or "rather ... than" is refused: the holder's own troops ("will
    send weapons but no troops", not "backs a force, not peacekeepers", a topic of its own), and the topics named
    ("could accept security guarantees, but not the presence of NATO troops")."""
    parse = context.parses[index]
    withheld = syntax.withheld_troops(cue.head)
    named = withheld is not None and topic_within(context, index, withheld.idx, withheld.idx + len(withheld))
    if (withheld is not None and not named) or kept_out_of_ukraine(context, index, cue.head):
        for holder in reading.holders:
            reading.claims.append(
                _claim(parse, holder, topic_for(context, index, holder.actor, SENDING, cue), "opposes", cue)
            )
        reading.topics = list(dict.fromkeys(c.topic for c in reading.claims))
    for noun in syntax.denied_conjuncts(cue.head):
        if not topic_in(context, index, noun):
            continue
        for holder in reading.holders:
            for topic, negative in topics_of(context, index, doc, cue, holder, None, list(noun.subtree), exclusions):
                said: Stance = "opposes" if negative else "supports"  # "... but not a neutral status" backs NATO
                claim = _claim(parse, holder, topic_for(context, index, holder.actor, topic, cue), said, cue)
                if not any((c.actor, c.topic) == (claim.actor, claim.topic) for c in reading.claims):
                    reading.claims.append(claim)
                    reading.topics.append(claim.topic)


def _denied_by_itself(
    context: ArticleContext, index: int, denier: Token, reading: Reading, stance: Stance | None
) -> Stance | None:
    """A side denying it would back something refuses it, and denying it has ruled something out leaves it open;
    denying what another side does or says asserts nothing about that side."""
    subject = syntax.subject_of(denier)
    if subject is not None and subject.lower_ == "it":  # "it is not true that ...": denied by whoever says so
        speaker = frame_of(context, index, denier)
        sides = {speaker.actor} if speaker is not None and speaker.actor else set()
    else:
        sides = sides_of(context, index, subject) if subject is not None else set()
    if not sides or not {h.actor for h in reading.holders} <= sides:
        return None
    reading.negation = denier.text
    nouns = assertion.INTENTIONS | assertion.REPORTS
    through_a_noun = any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in denier.children)
    denials = DENIED_THROUGH_A_NOUN if through_a_noun else DENIED
    return denials.get(stance) if stance is not None else None


def _forecaster(context: ArticleContext, index: int, holder: Holder, topic: str, cue: Cue) -> Holder:
    """ "Trump said Ukraine will never join NATO": reported words that are the event of an outcome others decide
    ("join", of "join NATO") forecast it; the stance is the reporter's, not that of the one it would happen to."""
    if topic not in context.lexicon.outcomes or holder.reported_by is None:
        return holder
    hit = cue.hit
    if not any(t.label == topic and t.start < hit.end and hit.start < t.end for t in context.parses[index].topics):
        return holder
    return replace(holder, actor=holder.reported_by, reported_by=None, confidence="stated")


def _add_wanted(context: ArticleContext, index: int, cue: Cue, reading: Reading, wanted: set[str]) -> None:
    """What a conditional stance depends on, when a topic, is wanted by its holders."""
    claimed = {(c.actor, c.topic) for c in reading.claims}
    for holder in reading.holders:
        for label in sorted(wanted):
            topic = topic_for(context, index, holder.actor, label, cue)
            if (holder.actor, topic) not in claimed:
                reading.claims.append(_claim(context.parses[index], holder, topic, "supports", cue))
    reading.topics = list(dict.fromkeys(c.topic for c in reading.claims))


def _not_without(cue: Cue) -> bool:
    """ "supports the force, but not without a US backstop": what it will not do without is wanted."""
    return _connector_words(cue).startswith("but not without")


def _connector_words(cue: Cue) -> str:
    """The words of the condition a cue was joined with (`cues.conditioned`: "willing to send … provided"), lower
    case, or ""."""
    return cue.words.partition(" … ")[2].lower()


def _named_in_condition(context: ArticleContext, index: int, doc: Doc, cue: Cue) -> set[str]:
    """The topics a conditional cue asks for: named after its condition word ("willing to send troops, provided
    there is a US backstop", "with US backing") or in what it depends on ("would depend on a US security
    guarantee")."""
    connector = _connector_words(cue)
    first = connector.split()[0] if connector else ""
    opening = (  # "will send troops with US backing": the backing asked for
        next((t for t in doc[cue.span.end :] if t.lower_ == first), None)
        if first in CONNECTORS | TRAILING | {"with"}
        else None
    )
    region = {t.i for t in doc[opening.i + 1 :]} if opening is not None else set()
    if cue.span[0].lower_ == "with":  # "can only work with American backing": the cue's own words ask for it
        region |= {t.i for t in cue.span[0].subtree}
    # "would depend on a US security guarantee": what it depends on (not "on the mandate of the mission")
    heads = {g.i for w in cue.span if w.lower_ in ("on", "upon") for g in w.children if g.dep_ == "pobj"}
    if cue.head.lemma_.lower() in INCLUDING:  # "any mission must include [a US backstop]": what it must have
        heads |= {t.i for o in cue.head.children if o.dep_ == "dobj" for t in o.subtree}
    # "only with American air cover": topics as the side named there means them ("air cover" is the US's backstop)
    named = actors_in(context, index, doc[min(region) : max(region) + 1]) if region else []
    placed = [p for actor in [None, *dict.fromkeys(named)] for p in placed_topics(context, index, doc, actor)]
    # "on condition that Kyiv abandoned its bid to join NATO": what the condition takes away is not asked for
    placed = [(h, span) for h, span in placed if not any(syntax.gives_up(a) for a in span.root.ancestors)]
    return {hit.label for hit, span in placed if all(t.i in region for t in span) or any(t.i in heads for t in span)}


def _asked_in_return(context: ArticleContext, index: int, doc: Doc, scope: list[Token]) -> set[str]:
    """The topics a side asks in return for what it gives ("would drop its NATO bid in exchange for security
    guarantees"): wanted, whatever the cue does to what is given."""
    price = syntax.price_asked(scope)
    if price is None:
        return set()
    return {hit.label for hit, _ in _topics_below(context, index, doc, price)}


def _topics_below(context: ArticleContext, index: int, doc: Doc, word: Token) -> list[tuple[Hit, Span]]:
    """The topics named wholly under a word (what a price, a condition or an "unless" clause names)."""
    below = {t.i for t in word.subtree}
    return [(hit, span) for hit, span in placed_topics(context, index, doc, None) if all(t.i in below for t in span)]


def _describes_the_source(cue: Cue) -> bool:
    """ "Under the plan drafted by Washington, no troops would be sent": the cue describes the plan the clause is
    read from; what the plan provides is the claim."""
    source = assertion.according_to(cue.head)
    return source is not None and source.is_ancestor(cue.head)


def _made_possible(head: Token) -> bool:
    """ "America's capabilities would allow for satellite monitoring": "allow for", "permit" a thing, with no one
    allowed, is what something makes possible (not "will not allow foreign troops in Ukraine")."""
    return (
        head.lemma_.lower() in syntax.PERMITTING
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
        and not any(c.dep_ == "dobj" for c in head.children)
    )


def _described_thing(head: Token) -> bool:
    """ "Any collective-defence commitment to Ukraine would be NATO membership by the back door": a noun cue, owned
    by no one, as the subject of what a copula says it is (the speaker's judgement, where there is one, is a cue of
    its own: "... would be a mistake")."""
    copula = head.head
    return (
        head.dep_ == "nsubj"
        and head.pos_ == "NOUN"
        and copula.lemma_ == "be"
        and any(c.dep_ == "attr" for c in copula.children)
        and any(c.dep_ == "det" and c.lower_ in ("any", "a", "an", "such") for c in head.children)
        and not any(c.dep_ == "poss" for c in head.children)
    )


def _said_of_itself(context: ArticleContext, index: int, head: Token, holders: list[Holder]) -> bool:
    """ "Tallinn could send a unit, the Estonian minister said", "Belgium said it could provide minehunters": what a
    side (or each of several sides) says it could do is its own offer, "according to" its own officials too; what
    others say it could do, or pass on "according to" someone else, is speculation."""
    source = assertion.according_to(head)
    frame = frame_of(context, index, head)
    told = according_speaker(context, index, source) if source is not None else None
    # "Merz has told allies that Germany could send troops, according to officials": Merz's own words, passed on by
    # sources of no other side (not "Putin told Trump that Russia could accept ..., according to a US official")
    own_words = (
        frame is not None
        and frame != told
        and all(h.actor == frame.actor for h in holders)
        and (told is None or told.actor in (None, frame.actor))
    )
    if source is not None and not own_words:
        office = source.pos_ == "PROPN" or source.lemma_.lower() in ROLE_NOUNS  # not "a report in a Madrid daily"
        if told is None or not office or any(h.actor != told.actor for h in holders):
            return False
    teller = frame_subject(context, head)  # "..., their defence ministers said": the sides' own officials
    own_officials = (
        teller is not None
        and teller.lemma_.lower() in ROLE_NOUNS
        and any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in teller.children)
    )
    # "Estonia and Denmark said they could contribute troops": each of the sides the speech verb names
    own_sides = teller is not None and {h.actor for h in holders} <= sides_of(context, index, teller)
    return all(
        (h.speaker is not None or (frame is not None and frame.actor == h.actor) or own_officials or own_sides)
        and h.reported_by is None
        and h.confidence == "stated"
        for h in holders
    )


def _bound_by_a_plan(context: ArticleContext, index: int, cue: Cue, holders: list[Holder]) -> bool:
    """ "Under the proposal, Ukraine would have to give up its NATO bid": what another's plan obliges a side to do or
    give up is the plan's word, not the side's ("under its own plan, Britain would send troops" is Britain's, and
    "under the coalition's plans, French troops would be placed in Ukraine" the members' own offer)."""
    head = cue.head
    plan = assertion.according_to(head)
    if plan is None or plan.lemma_.lower() not in syntax.PROVISIONS:
        return False
    if not (assertion.deontic(head) or syntax.gives_up(head) or cue.label == "opposes"):
        return False
    authors = set(actors_in(context, index, plan.doc[plan.left_edge.i : plan.right_edge.i + 1]))
    if not authors and plan.lemma_.lower() in syntax.DOCUMENTS and plan.head.head.lower_ == "according":
        return False  # "Italy has refused to send troops, according to a statement": its own statement, reported
    return not {h.actor for h in holders} <= authors


def _asked_of_others(context: ArticleContext, index: int, doc: Doc, clause: Token, reading: Reading) -> set[str]:
    """ "would not deploy troops unless there was a US backstop", "has not ruled out joining, but only with a US
    backstop": what another side must give, named in the condition, is wanted."""
    holders = {h.actor for h in reading.holders}
    owner = context.lexicon.owner
    return {
        hit.label
        for hit, _ in _topics_below(context, index, doc, clause)
        if owner.get(hit.label) not in (None, *holders)
    }


def _but_only_on(cue: Cue) -> Token | None:
    """ "has not ruled out sending troops, but only under a UN flag": the word opening the condition a "but only"
    after an open door sets."""
    doc = cue.head.doc
    for word in doc[cue.span.end : len(doc) - 2]:
        if word.lower_ == ";":
            return None
        after = doc[word.i + 1 : word.i + 3]
        if word.lower_ == "but" and after[0].lower_ == "only" and after[1].lower_ in ONLY_OPENINGS:
            return after[1]
    return None


def _required_until(context: ArticleContext, index: int, doc: Doc, cue: Cue, reading: Reading) -> None:
    """ "will not agree to a peace deal unless the guarantees are ratified", "will accept a ceasefire only if
    guarantees are in place": refusing something that is no topic until a topic is given, or accepting it only
    then, backs that topic."""
    clause = assertion.unless_clause(cue.head)
    if clause is None and "only" in cue.words.lower().split():
        clause = assertion.condition_of(cue.head)
    if clause is None or clause.dep_ != "advcl":
        return
    parse = context.parses[index]
    below = {t.i for t in clause.subtree}
    for holder in reading.holders:
        for hit, span in placed_topics(context, index, doc, holder.actor):
            if not all(t.i in below for t in span):
                continue
            given_up = any(syntax.gives_up(w) for w in span.root.ancestors if w.i in below)  # "unless Kyiv renounces"
            topic = topic_for(context, index, holder.actor, hit.label, cue)
            reading.claims.append(_claim(parse, holder, topic, "opposes" if given_up else "supports", cue))
    reading.topics = list(dict.fromkeys(c.topic for c in reading.claims))
