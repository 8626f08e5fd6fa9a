"""Stance cues placed in the parse, and how cues of one sentence combine.

A cue is a phrase of `stances.yml` found in the sentence, with the word of the parse that governs it. A
cue inside another cue's object is part of it ("rejects any scenarios envisaging ..."); a condition right
after a commitment qualifies it ("will send troops only if ..."), and one that qualifies nothing is a
conditional stance of its own. A `Reading` records what one cue came to, for claims and for `explain`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import takewhile
from typing import TYPE_CHECKING

from bot.analysis import assertion, syntax
from bot.analysis.phrases import INVERTED_AFTER, SOURCES, Hit
from bot.analysis.sentence import SentenceParse, elliptical_denial
from bot.analysis.tokens import (
    ANAPHORA,
    CRITICISMS,
    EFFECTIVE,
    MISTAKES,
    PARTS,
    SENDING_VERBS,
    THWARTING,
    TROOP_NOUNS,
    WORTHLESS,
    word_set,
)
from bot.model import Claim, Confidence, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from bot.analysis.mentions import Mention

PLACES = word_set("on along at near in")
# "working on a framework to ...", "counting on Washington to ...": the preposition of these verbs takes what is
# worked on or relied on, not a place
OBJECT_PREPOSITION_VERBS = word_set(
    "work works worked working collaborate collaborates collaborated collaborating insist insists insisted insisting "
    "count counts counted counting rely relies relied relying bank banks banked banking call calls called calling"
)
JOINING_WORDS = word_set("part participate participation involvement join attend")
GATHERINGS = word_set("meeting summit talks conference call session discussion discussions gathering event")
LATER = word_set("after once when until")  # "would only deploy after a ceasefire": what must come first
REQUISITES = word_set("after until with")  # "only ... with Moscow's consent"
ONLY_MARKS = LATER | {"if", "unless"}  # "would only materialize if ...", "only once a deal is signed"
CONNECTORS = word_set("if only provided providing on as so unless once but")  # "but not without"
GROUND = word_set("ground soil territory ukraine")  # where troops "on the ground" are: in the country
TRAILING = word_set("subject contingent conditional dependent pending")  # ", subject to a vote", "pending a vote"
WANTING_FIRST = word_set("want need insist demand require seek")  # "but wants a US backstop first"
ENVISIONING = word_set("vision call appeal plea")  # "his vision of a force backed by the US": a force envisioned
FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})  # a verb with a subject of its own
DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # a thing known, not one described as wanted
OPENING_A_CLAUSE = frozenset({"that", "there", "it", "they", "we", "he", "she"})  # "provided there is ..."
CONDITIONAL_ADJECTIVES = frozenset({"contingent", "conditional", "dependent"})  # "contingent on": not the troops
PREVENTING = syntax.RESTRAINING | word_set("keep deny")  # "deter Russia from attacking", "deny Moscow a pause"
RENEWED_WAR = word_set("attack invade return strike advance rearm resume restart regroup")  # "Russia will return"
CLAUSE_BREAKS = word_set("; but while whereas which who :")
RULING_OUT = word_set("rule exclude")  # refusing to rule something out leaves it open
REFUSING = word_set("reject refuse oppose dismiss resist spurn")  # (blocking below a cue is the topic's absence)
POINTING = frozenset({"it", "this", "that", "them"})
THIS_THAT = word_set("this that")
PUSHING = word_set("push pushes pushed pushing")  # a cue only with what is pushed for ("pushed deeper" is none)
# a cue only with someone asked to do something ("asked Germany to send troops"; not "asked whether", "asked about")
ASKING_TO = word_set(
    "press presses pressed pressing ask asks asked asking encourage encourages encouraged encouraging implore implores"
    " implored imploring"
)
PLACED = word_set("stationed deployed positioned placed sent dispatched based")  # "would be stationed in Ukraine"
EXPECTING = word_set("expect expects expected expecting")  # a demand only of a thing ("expects guarantees from")


@dataclass(frozen=True)
class Holder:
    """Who holds a stance, the person speaking for it when named, who reported it, and how it was found."""

    actor: str
    speaker: str | None = None
    reported_by: str | None = None
    confidence: Confidence = "stated"
    words: str = ""
    named_in: int | None = None  # the position of the sentence naming it, when the cue's does not ("These include")
    region: bool = False  # held as a member of a region the speaker named ("Macron said Europe is ready")


@dataclass(frozen=True)
class Cue:
    """A stance cue placed in the parse: its list label, its words and the word that governs them."""

    hit: Hit
    head: Token
    label: str
    words: str
    span: Span
    taken_from: Token | None = None  # the inner cue whose stance this one took ("welcomed ... excludes")


@dataclass
class Reading:
    """One cue read against the parse: the words the decision rests on, and the claims or why there are none."""

    cue: str
    stance: Stance | None = None
    holders: list[Holder] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    negation: str | None = None
    condition: str | None = None
    claims: list[Claim] = field(default_factory=list)
    why_not: str | None = None
    stated: str | None = None  # the statement's date, when the sentence gives it


def cue_negation(cue: Cue) -> str | None:
    """The word denying the cue: a negation the lists matched inside it, or one on the words governing it."""
    if cue.hit.negated:
        return "not"
    negation = negating_word(cue)
    return negation.text if negation is not None else None


def negating_word(cue: Cue) -> Token | None:
    """The word of the parse denying the cue, outside its own words ("will send no troops": the "no")."""
    # "does not view the plan negatively": an adverb cue is negated through its verb
    return assertion.negation_of(cue.head.head if cue.head.dep_ == "advmod" else cue.head, cue.span)


DISGUISES = frozenset({"guise", "cover", "pretext", "disguise", "disguised", "smokescreen", "trojan"})
NOTHING = frozenset({"nothing", "none", "nobody", "noone"})  # "nothing other than": the only thing
HARMS = frozenset({"escalation", "war", "conflict", "confrontation", "instability", "failure", "disaster", "defeat"})
POINTING_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such"})
NOT_ABOUT_A_TOPIC = "what the cue's preposition names is no topic (“took part in a meeting”)"


def _source_inside(norms: list[str], hit: Hit, name: Mention) -> bool:
    """ "opposition from Hungary to": the side a noun cue is of, which the cue's words skip, is no name they make; nor
    is the subject a modal comes before ("nor will Germany send")."""
    before = name.start - 2 if norms[name.start - 1] == "the" else name.start - 1
    inverted = hit.start <= before and norms[before] in INVERTED_AFTER  # "never will Slovakia send": its subject
    return name.end < hit.end and ((hit.start < before and norms[before] in SOURCES) or inverted)


def _promises_harm(span: Span) -> bool:
    """ "would be a guarantee of escalation": a word of praise made sure of a harm."""
    noun = span[-1]
    harms = (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return noun.lemma_.lower() in ("guarantee", "deterrent") and any(g.lemma_.lower() in HARMS for g in harms)


def _lessened(span: Span) -> bool:
    """ "would be less risky": a judgement made smaller in a comparison, which judges nothing risky."""
    return span.root.pos_ == "ADJ" and any(c.dep_ == "advmod" and c.lower_ == "less" for c in span.root.children)


def placed_cues(parse: SentenceParse, doc: Doc, topics: list[Hit]) -> tuple[list[Cue], list[Reading]]:
    """The sentence's cues in the parse, and a reading saying why each other one was set aside: those inside a
    name ("the Coalition of the Willing to ...", but not the name a cue asks for: "with American backing"), those
    ending in a place preposition whose object names no topic ("we are at that position", "took part in a meeting
    of the coalition"), a "push" that pushes no one. `topics`: the sentence's topics, its actors' own phrases
    included ("no firm commitment on air cover", from Washington)."""
    placed = []
    set_aside = []
    names = [m for m in parse.mentions if m.actor]
    for hit in parse.cues:
        words = parse.words(hit.start, hit.end)
        if parse.asked(hit):
            set_aside.append(Reading(words, why_not="the words stand in a question"))
            continue
        asked = hit.actor is not None and not hit.negated  # "with American backing" (not "with no US backstop")
        inside = [m for m in names if m.start < hit.end and hit.start < m.end and not (asked and m.actor == hit.actor)]
        if any(not _source_inside(parse.norms, hit, m) for m in inside):
            set_aside.append(Reading(words, why_not="the cue's words are part of a name"))
            continue
        worked_on = OBJECT_PREPOSITION_VERBS.intersection(parse.norms[hit.start : hit.end])
        span = cue_span(parse, doc, hit.start, hit.end)
        if hit.modal is not None:
            shared = cue_span(parse, doc, hit.modal, hit.modal + 1)
            if span is None or shared is None or not _shares_the_modal(span.root, shared.root):
                set_aside.append(Reading(words, why_not="no modal before it governs this verb"))
                continue
            # "will not train troops or share ...", "will neither train troops nor send ..."
            denied = any(c.dep_ == "neg" or c.lower_ in syntax.NEITHER_NOR for c in shared.root.head.children)
            hit = replace(hit, negated=denied)
        if span is not None and span[0].lower_ in CONDITIONAL_ADJECTIVES and syntax.determined(span[0]):
            set_aside.append(Reading(words, why_not="a noun, not a condition (“a contingent on Ukrainian soil”)"))
            continue
        condition = hit.label == "conditional"  # "depends on a ceasefire": its object is the condition, not a place
        place = parse.norms[hit.end - 1] in PLACES and not worked_on and not condition
        near = any(hit.end - 1 <= t.start <= hit.end + 2 for t in topics)
        placed_topic = span is not None and (
            _object_names_a_topic(parse, topics, span[-1]) or _troops_placed(parse, span)
        )
        # "has made no commitment on troops": undecided about them, no place
        troops_weighed = (
            hit.label == "noncommittal"
            and span is not None
            and any(c.dep_ == "pobj" and c.lemma_.lower() in TROOP_NOUNS for c in span[-1].children)
        )
        if place and not near and not placed_topic and not troops_weighed:
            set_aside.append(Reading(words, why_not=NOT_ABOUT_A_TOPIC))
            continue
        if hit.label == "noncommittal" and span is not None and _judged_as(span):
            set_aside.append(Reading(words, why_not="a judgement (“would be considered an act of war”), no weighing"))
            continue
        if span is not None and _purpose(span):
            set_aside.append(Reading(words, why_not="a purpose described (“the force is not intended to fight”)"))
            continue
        if span is not None and _promises_harm(span):
            set_aside.append(Reading(words, why_not="a guarantee of harm (“a guarantee of escalation”), no praise"))
            continue
        if span is not None and _lessened(span):
            set_aside.append(Reading(words, why_not="a comparison (“less risky than sending troops”), no judgement"))
            continue
        if span is not None and syntax.left_unsaid(span.root):
            set_aside.append(Reading(words, why_not="what was left unsaid (“without commenting on the force”)"))
            continue
        if span is not None and _joins_a_gathering(span):
            set_aside.append(Reading(words, why_not=NOT_ABOUT_A_TOPIC))
            continue
        if span is None or (hit.end - hit.start == 1 and _asks_nothing(parse.norms[hit.start], span.root)):
            set_aside.append(Reading(words, why_not="the parse does not read these words as a stance"))
            continue
        if hit.label == "supports" and (_other_phrasal_verb(span) or _leads_to(span)):
            set_aside.append(
                Reading(words, why_not="a verb of another meaning here (“give up”, “back down”, “lead to”)")
            )
            continue
        if _bare_going(span) and not _troops_going(span):
            set_aside.append(Reading(words, why_not="someone going somewhere (“Macron will go”), not troops sent"))
            continue
        if _a_person_placed(span):
            set_aside.append(
                Reading(words, why_not="a person placed somewhere (“was based in Paris”), not troops sent")
            )
            continue
        if hit.end - hit.start == 1 and parse.norms[hit.start] in EXPECTING and not _expects_a_thing(span.root):
            why_not = "an expectation of what will happen (“expects X to”, “is expected to”), not a demand"
            set_aside.append(Reading(words, why_not=why_not))
            continue
        if len(span) == 2 and span[0].lower_ == "to" and span[1].pos_ == "VERB" and not _headline_future(span):
            continue  # "plans to send" is read by its own cue; only a headline's "Germany to send troops" is one
        if elliptical_denial(hit, parse.norms) and not syntax.bare_auxiliary(span.root):
            continue  # "Britain will send troops; Germany will not": the clause set against it (`contrasted_partners`)
        doing = syntax.restrained_doing(span.root) if len(span) == 1 else None
        held = next((c for c in span.root.children if c.dep_ == "dobj"), None)  # "would stop NATO troops (from ...)"
        restraining = len(span) == 1 and span.root.lemma_.lower() in syntax.RESTRAINING
        if restraining and not _names_a_topic(parse, doing) and not _names_a_topic(parse, held):
            why_not = "no one is held back from a topic (“stop the war”, “deter Russia from attacking”)"
            set_aside.append(Reading(words, why_not=why_not))
            continue
        if span[0].lemma_.lower() in syntax.INSISTING and span[-1].lower_ == "that":
            # "insists that Ukraine must stay out of NATO" demands it, unless a cue after it says what ("insists that
            # any deal must include guarantees")
            modal = not any(other.start >= hit.end for other in parse.cues)
            if not syntax.mandative(span[-1].head, modal):
                why_not = "“insists that” reports what follows (a demand takes a bare verb)"
                set_aside.append(Reading(words, why_not=why_not))
                continue
        if hit.label == "opposes" and _needs_another(span):
            set_aside.append(Reading(words, why_not="“there can be no X without Y”: Y is required, X not refused"))
            continue
        placed.append(Cue(hit, span.root, hit.label, words, span))
    return placed, set_aside


def _shares_the_modal(verb: Token, modal: Token) -> bool:
    """ "will train soldiers and share intelligence": a verb coordinated with the one the modal governs, with an
    object but no subject, auxiliary, "not" or conjunction of its own."""
    # "would act as a hub but not send soldiers": the "not" right after "but" denies the shared modal's verb
    denied = verb.i >= 2 and verb.doc[verb.i - 2].lower_ == "but" and verb.doc[verb.i - 1].dep_ == "neg"
    own = _clause_of_its_own(verb, denial_allowed=denied)
    # "will fund [demining] and share ...", parsed as a verb or as the object
    first = verb.head.head if verb.head.dep_ in ("xcomp", "dobj") else verb.head
    governed = verb.dep_ == "conj" and modal.dep_ == "aux" and modal.head == first
    # "share intelligence", "help secure the sea", "help with demining"
    done = any(
        c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    )
    return governed and verb.pos_ == "VERB" and not own and done


def _clause_of_its_own(verb: Token, *, denial_allowed: bool = False) -> bool:
    """Whether a coordinated verb has a subject, an auxiliary, a "not" (unless `denial_allowed`) or a conjunction of
    its own (and so shares nothing of the verb it is coordinated with)."""
    own = {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} | (set() if denial_allowed else {"neg"})
    return any(c.dep_ in own for c in verb.children)


def _needs_another(span: Span) -> bool:
    """ "there can be no security guarantees without the United States": what cannot exist without another thing
    is not refused; the other thing is required (the "without" is read as a cue of its own)."""
    if span[0].lower_ != "there":
        return False
    verb = next((t for t in span if t.dep_ == "expl"), span[0]).head
    things = [verb, *(c for c in verb.children if c.dep_ in ("attr", "nsubj"))]
    return any(p.dep_ == "prep" and p.lower_ == "without" for thing in things for p in thing.children)


def _other_phrasal_verb(span: Span) -> bool:
    """ "will never give up on NATO", "would back down": the cue's verb with a particle outside its words is another
    verb (not "back up" or "help out", nor "send up to 6,000 soldiers", which the parser reads as "send up"); "held
    back": the cue's word is the particle."""
    verb = span[-1]
    if len(span) == 1 and verb.dep_ in ("prt", "advmod") and verb.head.pos_ == "VERB":
        return True  # "has held back from committing troops": the particle of another verb
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt" and c.i >= span.end]
    # "will back up the force", "would help out with air power": the same verb
    same = (verb.lemma_.lower(), particles) in (("back", ["up"]), ("help", ["out"]))
    return verb.pos_ == "VERB" and bool(particles) and not same and syntax.up_to(verb) is None


def _a_person_placed(span: Span) -> bool:
    """ "Rubio was based in Paris for the talks", "Lavrov was stationed at the embassy": a named person placed, not
    troops (whose placing is the cue: "troops would be stationed in Ukraine")."""
    verb = span[-1]
    placed = verb.lower_ in PLACED and any(c.dep_ == "auxpass" for c in verb.children)
    return placed and any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in verb.children)


def _expects_a_thing(verb: Token) -> bool:
    """ "Ukraine expects firm security guarantees from its partners": a thing expected of others is asked for (not
    "expects Washington to back the force", nor "is expected to")."""
    active = not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    clause = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    # "did not expect NATO membership soon": a forecast, not a demand
    foretold = any(c.dep_ == "neg" or c.lower_ in ("soon", "quickly", "shortly") for c in verb.children)
    return active and not clause and not foretold and any(c.dep_ == "dobj" for c in verb.children)


def _leads_to(span: Span) -> bool:
    """ "would only lead to a wider war": a result, not a lead taken ("will lead the force")."""
    verb = span[-1]
    return verb.lemma_.lower() == "lead" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _judged_as(span: Span) -> bool:
    """ "would be considered an act of intervention": a passive "considered" with what the thing is considered to
    be judges it (not "the request will be considered": weighed)."""
    verb = span[-1]
    return verb.lemma_.lower() == "consider" and any(c.dep_ in ("oprd", "attr", "acomp") for c in verb.children)


def _purpose(span: Span) -> bool:
    """ "the force would not be intended to fight Russia": what a thing is intended for, passive, is no one's
    intention ("France intends to send troops" is France's)."""
    return span.root.lemma_.lower() == "intend" and any(c.dep_ == "auxpass" for c in span.root.children)


def _joins_a_gathering(span: Span) -> bool:
    """ "took part in talks on the force", "confirmed its participation in the summit on ...": joining a gathering is
    no stance on what it was about."""
    if not any(t.lemma_.lower() in JOINING_WORDS for t in span):
        return False
    places = [
        t
        for w in (*span, *span.root.children)
        for t in (w, *w.children)
        if t.dep_ == "prep" and t.lower_ in ("in", "at")
    ]
    return any(g.dep_ == "pobj" and {g.lemma_.lower(), g.lower_} & GATHERINGS for p in places for g in p.children)


def _headline_future(span: Span) -> bool:
    """ "Germany to send troops to Ukraine", "Poland not to send troops, Tusk says": a headline's infinitive with a
    subject of its own and no verb above it but the postposed speech verb, which says what a side will do (not
    "wants Germany to send troops": what another wants of it)."""
    verb = span.root
    subject = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "say" and verb.head.i > verb.i
    return subject and (verb.dep_ == "ROOT" or reported)


def _bare_going(span: Span | None) -> bool:
    """ "will go" with no "to" or "into" after it."""
    return span is not None and span[-1].lemma_ == "go" and span[-1] == span.root


def _troops_going(span: Span) -> bool:
    """ "our soldiers will not go": troops, the subject, sent (not "Macron will go")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in TROOP_NOUNS for c in span.root.children)


def _troops_placed(parse: SentenceParse, span: Span | None) -> bool:
    """ "no American troops would be on the ground", "on Ukrainian soil": troops, the subject, present in the country
    (not "Britain would be at the talks"; "would not be at the front" places them, which is another topic)."""
    # "would be on the ground", "set foot in Ukraine", "will fight in Ukraine", "serve in Ukraine"
    if span is None or span.root.lemma_ not in ("be", "set", "fight", "serve"):
        return False
    if not any(c.dep_ == "pobj" and c.lemma_.lower() in GROUND for c in span[-1].children):
        return False
    subjects = [c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lemma_.lower() in TROOP_NOUNS or _names_a_topic(parse, c) for c in subjects)  # "boots"


def _object_names_a_topic(parse: SentenceParse, topics: list[Hit], preposition: Token) -> bool:
    """ "take part in the coordination of security guarantees": the preposition's object is about a topic
    (not a gathering: "took part in a meeting on the force" is no stance on it)."""
    if any(c.dep_ == "pobj" and _points(c) for c in preposition.children):
        return True  # "want no part in it", "cool on the idea": what was just discussed
    nouns = [c for c in preposition.children if c.dep_ == "pobj" and c.lemma_.lower() not in GATHERINGS]
    # "poured cold water on the idea of sending German troops": troops sent, whoever's they are
    sent = (
        syntax.troop_sendings(noun.doc[noun.left_edge.i : noun.right_edge.i + 1], SENDING_VERBS, TROOP_NOUNS)
        for noun in nouns
    )
    # "balked at a request to double its contribution": the holder's own part, asked for
    owned_part = (
        t.lemma_.lower() in PARTS and any(c.dep_ == "poss" for c in t.children) for noun in nouns for t in noun.subtree
    )
    return any(_names_a_topic(parse, noun, topics) for noun in nouns) or any(sent) or any(owned_part)


def _points(word: Token) -> bool:
    """ "it", "this", "the idea", "such a plan": a word standing for what was just discussed."""
    if word.lower_ in POINTING:
        return True
    determiners = list(word.children)  # "the idea", "such a plan"; not "the forces of chaos"
    bare = all(d.dep_ in ("det", "predet") for d in determiners) and any(
        d.lower_ in POINTING_DETERMINERS for d in determiners
    )
    return word.lemma_.lower() in ANAPHORA and bare


def _names_a_topic(parse: SentenceParse, phrase: Token | None, topics: list[Hit] | None = None) -> bool:
    """Whether a word's phrase holds a topic (of `topics`, by default the sentence's)."""
    if phrase is None:
        return False
    start, end = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
    return any(start <= parse.tokens[t.start].start < end for t in (parse.topics if topics is None else topics))


def _asks_nothing(word: str, verb: Token) -> bool:
    """A word for pushing or asking with no one pushed or asked to do something: "pushed deeper", "asked whether",
    "asked about" (not "will push Trump to provide a backstop", "asked Germany to send troops")."""
    if word in PUSHING:  # "continue to push the idea": pushing a plan is backing it
        return not any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "dobj" and c.lemma_.lower() in syntax.IDEAS)
            for c in verb.children
        )
    if word in ASKING_TO:
        return not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)
    return False


def cue_span(parse: SentenceParse, doc: Doc, start: int, end: int) -> Span | None:
    """The parse's words under the lists' tokens [start, end), or None where the parse was cut short."""
    return doc.char_span(parse.tokens[start].start, parse.tokens[end - 1].end, alignment_mode="expand")


def _comment_on_what_precedes(inner: Cue, outer: Cue) -> bool:
    """ "London wants troops in Ukraine, all of this disguised as a peacekeeping mission": a clause after a comma
    whose subject points back comments on what was said, which the parser may hang inside it as its object; so does
    a closing apposition's participle ("..., a move criticised by Moscow")."""
    if inner.head.dep_ == "acl" and syntax.closing_apposition(inner.head.head) and inner.head.i > outer.head.i:
        return True  # "Britain will send troops, a move criticised by Moscow": Moscow's comment on it
    subject = syntax.subject_of(inner.head)
    if subject is None or subject.i < outer.head.i:
        return False
    pointed = syntax.pointer_of(subject, THIS_THAT) is not None
    return pointed and any(t.text == "," for t in subject.doc[outer.head.i : subject.i])


def war_resumed_without(cue: Cue) -> bool:
    """ "Without partners' troops on the ground, Russia will come back": a war resumed without a thing is a
    warning that it is needed, in the speaker's words, not a stance of the side said to attack."""
    verb = cue.head.head
    back = verb.lemma_.lower() == "come" and any(c.lower_ == "back" for c in verb.children)
    resumed = back or verb.lemma_.lower() in RENEWED_WAR
    return cue.head.lower_ == "without" and resumed and assertion.negation_of(verb) is None


def needed(cue: Cue) -> bool:
    """ "no mission can succeed without American air support", "without a backstop they will not work": what
    nothing works without is what the speaker says is needed; "would accept nothing other than a neutral
    Ukraine": the one thing accepted."""
    if _the_only_thing(cue):
        return True
    if cue.head.lower_ != "without":
        return False
    if assertion.negation_of(cue.head, cue.span) is not None or war_resumed_without(cue):
        return True
    above = cue.head.head
    refused = above.head if above.dep_ == "dobj" else above
    if refused.dep_ == "xcomp" and refused.head.lemma_.lower() in REFUSING | {"decline"}:
        return True  # "refused to sign the deal without security guarantees": as "will not sign it without"
    # "guarantees without a backstop would be worthless": the parser may hang "without" on the subject
    judged = [above, above.head] if above.dep_ in ("nsubj", "nsubjpass") else [above]
    said_to_be = [w for j in judged for w in [j, *(c for c in j.children if c.dep_ in ("acomp", "attr"))]]
    # "would be worthless", "would be a bluff", "without it the mission would lack credibility"
    if any(w.lemma_.lower() in WORTHLESS | MISTAKES for w in said_to_be):
        return True  # "guarantees are meaningless without American participation", "peace is impossible without"
    verb = judged[-1]  # "a force without American backing would not deter Russia", "would not be credible"
    effect = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    if any(c.dep_ == "neg" for c in verb.children) and any(w.lemma_.lower() in EFFECTIVE for w in effect):
        return True
    if _war_let_resume(verb, cue):
        return True  # "a deal without guarantees would only give Russia time to regroup"
    nouns = [above, *(c for c in above.children if c.dep_ in ("nsubj", "nsubjpass", "attr"))]
    if any(n.lower_ in ("nothing", "none", "nobody") and n.dep_ in ("nsubj", "nsubjpass") for n in nouns):
        return True  # "without it, nothing will work"
    return any(d.dep_ == "det" and d.lower_ == "no" for n in nouns for d in n.children)


def _the_only_thing(cue: Cue) -> bool:
    """ "nothing other than", "no one except": an exclusion from nothing names the only thing left."""
    if cue.span[0].lower_ not in ("other", "except", "but"):
        return False
    return any(w.lower_ in NOTHING for w in (cue.head, cue.head.head))


def _war_let_resume(verb: Token, cue: Cue) -> bool:
    """ "would only give Russia time to regroup", "would let Moscow rearm": what a thing without X would do is let
    the war resume (not "would deter Russia from attacking", nor "would not let Russia regroup")."""
    if assertion.negation_of(verb) is not None:
        return False
    for word in verb.subtree:
        if word.lemma_.lower() not in RENEWED_WAR or word.i in range(cue.head.i, cue.head.right_edge.i + 1):
            continue
        path = list(takewhile(lambda w: w != verb, word.ancestors))
        if not any(w.lemma_.lower() in PREVENTING or assertion.negation_of(w) is not None for w in [word, *path]):
            return True
    return False


def disguise(cue: Cue) -> bool:
    """ "under the guise of peacekeepers", "disguised as a peace mission": what the one who says so thinks of the deed,
    never the doer's own stance."""
    return cue.label == "opposes" and any(t.lemma_.lower() in DISGUISES for t in cue.span)


def outermost(cues: list[Cue]) -> list[Cue]:
    """A cue inside another cue's object is part of it: "rejects any scenarios envisaging the deployment of
    troops" is one opposition. A supporting frame takes the stance it introduces ("agreed to reject")."""
    scopes = {c.head.i: {t.i for t in syntax.scope(c.head)} for c in cues}  # each cue's object, read once

    def inside(inner: Cue, outer: Cue) -> bool:
        if inner.head == outer.head or inner.label == "exclusion" or blamed_subject(outer):
            return False  # "was criticised for refusing to send troops": the refusal is the subject's own
        if assertion.report_dismissed(inner.head) == outer.head:
            return False  # "dismissed reports that it would send troops": read like "denied that it would"
        if _refusal_given_up(inner, outer):
            return False  # "abandoned its opposition to the backstop": the refusal, negated by giving it up
        if _comment_on_what_precedes(inner, outer) or _judgement_of(inner, outer):
            return False
        if disguise(inner) and outer.label == "supports" and cue_negation(outer) is None:
            return False  # "preparing to send troops under the guise of peacekeepers": the speaker's judgement
        if verb_taken_for_a_noun(inner.head):
            return False  # "proposed a force, an idea Russia rejects": Russia's rejection, no part of the proposal
        return inner.head.i in scopes[outer.head.i] or _wanted_as_described(inner, outer)

    out = []
    for cue in cues:
        if any(
            inside(cue, o) and not (_participle_with_agent(cue, o) or _named_owner(cue)) for o in cues if o is not cue
        ):
            continue
        if any(_refusal_given_up(i, cue) for i in cues if i is not cue and i.head.i in scopes[cue.head.i]):
            continue  # the giving up is read as the refusal's negation
        if any(_judged_subject(cue, o) for o in cues if o is not cue):
            continue  # "the plans for a Western force are dangerous": the plans are what is judged
        # "demanded that Kyiv abandon its bid": giving up below a cue is read as the topic's absence, not as a stance
        inner = [
            i
            for i in cues
            if i is not cue and inside(i, cue) and assertion.far_from(i.head) is None and not syntax.gives_up(i.head)
        ]
        owned = [i for i in inner if owned_noun(i)]
        if owned and owned[0].label in ("noncommittal", "conditional"):
            continue  # "Kyiv was frustrated by Berlin's reluctance to send troops": no stance of Kyiv's own
        qualified = [i for i in inner if i.label in ("noncommittal", "conditional") and i not in owned]
        # "would be considered an act of aggression": a judgement, which its predicate decides
        own = range(cue.span.start, cue.span.end)  # not "kept its cards close to its chest": the cue's own words
        judged = cue.label == "noncommittal" and any(c.dep_ == "oprd" and c.i not in own for c in cue.head.children)
        taken = None
        if cue.label == "supports" and inner and inner[0].label == "opposes" and _denied_inside(inner[0], cue):
            # "urged Germany not to rule out sending troops": a refusal denied below a supporting frame backs it
            out.append(replace(cue, words=f"{cue.words} … not {inner[0].words}", taken_from=inner[0].head))
            continue
        if judged and inner:
            taken = inner[0]
        elif qualified or (
            cue.label == "supports"
            and inner
            and inner[0].label == "opposes"
            and _adopted(cue, inner[0])
            and not _judged_by_a_reaction(cue, inner[0], cues)
        ):
            taken = (qualified or inner)[0]  # "dismissed talk of a force as premature": the qualified one
        if taken is not None:
            cue = replace(cue, label=taken.label, words=f"{cue.words} … {taken.words}", taken_from=taken.head)
        elif _refuses_a_refusal(cue, inner):
            # "rejected calls to rule out sending troops": not ruling out; "opposed any move to block the force"
            label = "noncommittal" if inner[0].head.lemma_.lower() in RULING_OUT else "supports"
            cue = replace(cue, label=label, words=f"{cue.words} … {inner[0].words}", taken_from=inner[0].head)
        elif cue.label == "opposes" and _refuses_to_retreat(cue):
            cue = replace(cue, label="supports")  # "refuses to back down from its pledge to send troops"
        out.append(cue)
    return out


def _judgement_of(inner: Cue, outer: Cue) -> bool:
    """ "Orban called Britain's plan for a force a mistake", "described it as essential": a judgement the parser hangs
    inside a side's plan, the object of a verb of judging, is the judge's, of that plan (which stays its owner's)."""
    if not owned_noun(outer):
        return False  # "considers plans to send troops premature": the judgement takes the plans in
    judge = syntax.judge_of(inner.head)
    return judge is not None and outer.head.dep_ == "dobj" and outer.head.head == judge


def _refuses_to_retreat(cue: Cue) -> bool:
    """ "refuses to back down from", "rejected calls to pull out of": refusing to retreat from something holds to it."""
    return cue.head.lemma_.lower() in REFUSING and any(
        c.dep_ == "xcomp" and assertion.retreat(c) for c in cue.head.children
    )


def _denied_inside(inner: Cue, outer: Cue) -> bool:
    """Whether a cue is negated below the one whose object it is ("urged Germany [not to rule out]"), not above it
    nor inside its words ("decided not to rule out": the outer cue's own negation, read once with it)."""
    negation = assertion.negation_of(inner.head, inner.span)
    if negation is None or negation in outer.span:
        return False
    return negation.head != outer.head and outer.head.is_ancestor(negation)


def coordinated(cues: list[Cue]) -> list[Cue]:
    """ "will lead the force and provide the bulk of its troops": a verb coordinated with a commitment, sharing its
    subject and auxiliaries, commits the same way to its own object (the parser gives it a clause of its own)."""
    taken = {t.i for c in cues for t in c.span} | {c.head.i for c in cues}
    added = []
    for cue in cues:
        if cue.label != "supports" or cue.head.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        verbs = [cue.head, *(c for c in cue.head.children if c.dep_ == "xcomp")]
        for verb in (c for v in verbs for c in v.children if c.dep_ == "conj" and c.i not in taken):
            own = _clause_of_its_own(verb)
            contrasted = any(g.dep_ == "cc" and g.lower_ in syntax.CONTRASTS for g in verb.head.children)
            # "will provide training rather than send troops": what is done instead is set apart, not shared
            contrasted |= any(g.dep_ == "cc" and g.lower_ == "than" for g in verb.head.children)
            if verb.pos_ != "VERB" or own or contrasted or not any(g.dep_ == "dobj" for g in verb.children):
                continue
            hit = replace(cue.hit, negated=cue_negation(cue) is not None)  # "will not join the force or send troops"
            added.append(Cue(hit, verb, cue.label, f"{cue.words} … {verb.text}", verb.doc[verb.i : verb.i + 1]))
    return cues + added


def blamed_subject(cue: Cue) -> bool:
    """ "Poland was criticised for refusing to send troops": a passive blame with no one named to blame; its subject
    is who is blamed, not who blames."""
    head = cue.head
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return passive and head.lemma_.lower() in syntax.CRITICISING and not syntax.agent_of(head)


def _refusal_given_up(inner: Cue, outer: Cue) -> bool:
    """ "has abandoned its opposition to a US backstop", "dropped its resistance to": a refusal named as a noun that
    the outer verb gives up."""
    return inner.label == "opposes" and inner.head.pos_ == "NOUN" and syntax.gives_up(outer.head)


def _judged_subject(noun: Cue, judgement: Cue) -> bool:
    """A noun cue that is the subject of another cue's predicate of a different stance ("the plans for a force
    were dangerous", "Western proposals are unacceptable"): what the predicate judges, not a stance of its own."""
    head = noun.head
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass") or noun.label == judgement.label:
        return False
    if head.dep_ == "nsubjpass" and owned_noun(noun):
        return False  # "Washington's refusal to rule out a backstop was welcomed": Washington's, whoever welcomes it
    other = judgement.head
    return other == head.head or (other.head == head.head and other.dep_ in ("acomp", "attr"))


def _adopted(cue: Cue, inner: Cue) -> bool:
    """ "agreed to reject the plan": a refusal the supporting verb adopts, as a verb of its own; "described the plans
    to deploy troops as dangerous": a judgement of the plans a noun cue names. "Will not tolerate troops under the
    guise of peacekeepers" describes what the verb refuses, it adopts nothing."""
    between = [w for w in inner.head.ancestors if w.i != cue.head.i and cue.head in w.ancestors]
    if any(w.lemma_.lower() in THWARTING for w in between):
        return False  # "wants to stop Russia from blocking the force": the refusal is what is thwarted
    # "welcomed Hungary's refusal to send troops": a refusal someone named holds, which the welcome adopts
    return inner.head.pos_ in ("VERB", "AUX") or cue.head.pos_ not in ("VERB", "AUX") or owned_noun(inner)


def _judged_by_a_reaction(cue: Cue, inner: Cue, cues: list[Cue]) -> bool:
    """ "mocked Britain's plan to deploy troops as a fantasy": a judgement the parser hangs inside a named side's plan
    belongs to the verb reacting to that plan, a cue of its own; the plan stays its owner's."""
    reacting = any(o.head == cue.head.head for o in cues if o is not cue)
    return reacting and owned_noun(cue) and inner.head.pos_ not in ("VERB", "AUX")


def _refuses_a_refusal(cue: Cue, inner: list[Cue]) -> bool:
    """ "rejected calls to rule out sending troops", "opposed any move to block the force": a refusal whose object
    is a refusal (not two judgements: "a pretext for a direct clash" is no double negative)."""
    if cue.label != "opposes" or not inner or inner[0].label != "opposes":
        return False
    if owned_noun(inner[0]):
        return True  # "criticised Hungary's refusal to back the guarantees": a refusal someone named holds
    if _criticised(inner[0], cue):
        return False
    refusing = cue.head.lemma_.lower() in REFUSING | syntax.CRITICISING  # "criticised Putin for rejecting"
    refusing = refusing or any(t.lower_ == "against" for t in cue.span)  # "is against ruling out a European force"
    refusing = refusing or cue.head.lemma_.lower() in MISTAKES  # "it would be a mistake to rule out sending troops"
    return refusing and inner[0].head.lemma_.lower() in REFUSING | RULING_OUT


def _criticised(inner: Cue, outer: Cue) -> bool:
    """ "rejected criticism of its refusal", "rejected claims that it opposes": what the outer cue turns down is a
    criticism or claim about the inner one, not the inner stance itself."""
    return syntax.below_a_word_of(inner.head, outer.head, CRITICISMS)


def owned_noun(cue: Cue) -> bool:
    """ "Hungary's refusal", "the readiness of France": a noun cue someone named holds."""
    return cue.head.pos_ == "NOUN" and _named_owner(cue)


def _named_owner(cue: Cue) -> bool:
    """ "welcomed Germany's readiness to send troops", "criticised Berlin's refusal": a noun cue whose owner is
    named holds a stance of its own inside the other cue's object; so does one whose "its" is the one the verb
    praises or blames for it ("praised Britain for its willingness to lead the force"), or whose doer that is."""
    head = cue.head
    owners = [c for c in head.children if c.dep_ == "poss"] if head.pos_ == "NOUN" else []
    if any(c.pos_ == "PROPN" for c in owners) or (head.pos_ == "NOUN" and syntax.agent_of(head)):
        return True  # "Germany's readiness", "the readiness of France and Britain"
    if head.pos_ == "NOUN" and syntax.maker_of(head) is not None:
        return True  # "welcomed the American offer of guarantees", "criticised the British refusal"
    credited = syntax.credited_for(head)
    if credited is not None and credited.pos_ == "PROPN" and any(c.pos_ == "PRON" for c in owners):
        return True
    doer = syntax.subject_of(head)  # "praised Britain for agreeing to lead the force": Britain agreed
    return doer is not None and doer.pos_ == "PROPN" and syntax.credited(doer)


def verb_taken_for_a_noun(head: Token) -> bool:
    """ "a force, an idea Russia rejects": a verb of a clause describing a noun, which the parser read as a plural
    noun with the name of its subject as a modifier, just after the noun it describes."""
    if head.tag_ != "NNS" or head.i < 2:
        return False
    named, before = head.doc[head.i - 1], head.doc[head.i - 2]  # (the name may be tagged an adjective: "Kyiv regrets")
    return named.text[:1].isupper() and named.head == head and before.pos_ == "NOUN"


def _wanted_as_described(inner: Cue, outer: Cue) -> bool:
    """ "wants guarantees that are ratified by the US Congress": what is wanted of the thing, not a stance of the
    one named after "by"."""
    head = inner.head
    if head.dep_ != "relcl" or not syntax.agent_of(head):
        return False
    noun = head.head
    return noun.dep_ == "dobj" and noun.head == outer.head and outer.head.lemma_.lower() in WANTING_FIRST


def _participle_with_agent(cue: Cue, outer: Cue) -> bool:
    """ "the Article 5 guarantee sought by Zelenskyy", "the British-French-backed plan": the agent's own claim,
    inside another cue's object (not "wants guarantees approved by Congress": what is wanted of them)."""
    if cue.head.dep_ == "amod" and cue.head.tag_ == "VBN":
        return any(c.dep_ == "npadvmod" for c in cue.head.children)
    if cue.head.dep_ != "acl" or not syntax.agent_of(cue.head):
        return False
    known = any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in cue.head.head.children)
    # (nor "his vision of a force backed by the United States": what is envisioned of it)
    return known or outer.head.lemma_.lower() not in WANTING_FIRST | ENVISIONING


def is_connector(cue: Cue) -> bool:
    """A condition that can qualify the supporting cue before it: "provided that ...", "only if ...", and after a
    comma "..., subject to a parliamentary vote" or opening the sentence (not "its part is subject to a vote", a
    stance of its own)."""
    if cue.label != "conditional":
        return False
    first = cue.span[0]
    if first.lower_ in ("provided", "providing") and any(c.dep_ == "nsubj" for c in first.children):
        return False  # "if the US provided a backstop": a verb with a subject of its own
    if first.lower_ in CONNECTORS:
        return True
    after_comma = first.i > 0 and first.doc[first.i - 1].lower_ == ","
    return first.lower_ in TRAILING and (after_comma or _fronted(cue))


def conditioned(cue: Cue, connectors: list[Cue]) -> Cue:
    """ "is prepared to send peacekeepers provided that parliament approves": a condition right after a
    supporting cue, in the same clause, makes it conditional."""
    if cue.label != "supports":
        return cue
    later = _only_later(cue.head)
    if later is not None:
        return replace(cue, label="conditional", words=f"{cue.words} … {later.text}")
    wanted = _wanted_first(cue.head)
    if wanted is not None:
        return replace(cue, label="conditional", words=f"{cue.words} … but {wanted.text} … first")
    doc = cue.head.doc
    for connector in connectors:
        between = doc[cue.span.end : connector.span.start]
        if _provides(connector):
            continue
        if between and between[-1].lower_ == "but" and connector.span[0].lower_ == "only":
            between = between[:-1]  # "is open to joining, but only with Moscow's consent"
        if connector.span[0].lower_ == "but" and any(
            t.lemma_.lower() in CRITICISMS for t in connector.span[-1].subtree
        ):
            continue  # "backs the plan, but not without reservations": backing it, with doubts
        if connector.span.start >= cue.span.end and not any(t.lower_ in CLAUSE_BREAKS for t in between):
            return replace(cue, label="conditional", words=f"{cue.words} … {connector.words}")
        if _fronted(connector) and connector.span.end <= cue.span.start:
            return replace(cue, label="conditional", words=f"{connector.words} … {cue.words}")
    return cue


def _fronted(connector: Cue) -> bool:
    """ "Subject to a vote in parliament, Norway will send troops": a condition opening the sentence, which holds
    for all of it."""
    first = connector.span[0]
    return first.lower_ in TRAILING and all(t.is_space or t.is_punct for t in first.doc[: first.i])


def _only_later(head: Token) -> Token | None:
    """ "the force would only deploy after a ceasefire", "would only be possible with Moscow's consent", "would only
    materialize if ...": "only" on the verb and, after it, what must come first or go with it: its opening word."""
    if not any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < head.i for c in head.children):
        return None
    return syntax.opening_after(head, REQUISITES, ONLY_MARKS)


def _wanted_first(head: Token) -> Token | None:
    """ "is open to joining the force but wants a US backstop first": a clause set against the cue's by "but" that
    wants something first names what the backing waits for."""
    clause = head.head if head.dep_ in ("acomp", "xcomp") else head
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in clause.children):
        return None
    return next(
        (
            c
            for c in clause.children
            if c.dep_ == "conj"
            and c.lemma_.lower() in WANTING_FIRST
            and any(g.lower_ == "first" and g.i == c.right_edge.i for g in c.subtree)  # "wants X first", last
        ),
        None,
    )


def _provides(connector: Cue) -> bool:
    """ "has provided weapons", "troops provided by Canada": "provided" as a verb, not "provided (that) ..."."""
    word = connector.span[0]
    if len(connector.span) > 1 or word.lower_ != "provided":
        return False
    following = word.nbor(1).lower_ if word.i + 1 < len(word.doc) else ""
    if following in OPENING_A_CLAUSE:  # "would join a mission provided there is a peace deal", misparsed
        return False
    if word.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass", "agent") for c in word.children):
        # "will send troops provided the United States backs the mission": a clause the parser hung on "troops"
        rest = list(takewhile(lambda t: not t.is_punct, word.doc[word.i + 1 :]))
        if rest and rest[0].pos_ in ("DET", "PROPN") and any(t.tag_ in FINITE for t in rest):
            return False
    return word.dep_ not in ("prep", "mark", "advcl") or any(
        c.dep_ in ("aux", "auxpass", "agent") for c in word.children
    )


def conditions_of_their_own(cues: list[Cue], connectors: list[Cue]) -> list[Cue]:
    """ "such a deployment would only materialize if the U.S. provides support": a condition that qualifies
    no stance cue is a conditional stance on the clause it hangs on."""
    out = [c for c in _only_if(cues) if not any(o.head == c.head for o in cues)]
    for connector in connectors:
        if any(c.label == "conditional" and connector.words in c.words for c in cues):
            continue
        if connector.span[0].lower_ in TRAILING:  # "..., subject to a vote" after no supporting cue: its own stance
            out.append(connector)
            continue
        condition = next((t for t in connector.span if t.dep_ == "mark"), connector.head)
        clause = condition.head.head if condition.head.dep_ == "advcl" else None
        if clause is None and condition.dep_ == "prep" and condition.head.pos_ == "VERB":
            clause = condition.head  # "would consider the issue only as part of a settlement"
        if clause is not None and clause.dep_ == "advmod" and clause.lower_ == "long":
            clause = clause.head  # "did not object to X as long as ...": the cue's own condition (`condition_of`)
        if clause is None or any(c.head == clause for c in cues):
            continue
        out.append(Cue(connector.hit, clause, "conditional", connector.words, connector.span))
    return out


def _only_if(cues: list[Cue]) -> list[Cue]:
    """ "would only materialize if ...": "only" on a clause and "if" on its condition, apart."""
    if not cues:
        return []
    found = []
    for governing in cues[0].head.doc:
        opening = _only_later(governing)
        if opening is not None and not any(governing in c.span for c in cues):  # "is only acceptable with": a cue
            span = governing.doc[opening.i : opening.i + 1]
            found.append(Cue(cues[0].hit, governing, "conditional", f"only … {opening.text}", span))
    return found
