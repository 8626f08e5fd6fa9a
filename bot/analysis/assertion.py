"""What a clause asserts, read from the parse: negation, speculation, obligation, aspect, conditions,
hypotheses, and the speech verb or "according to" on whose word it stands."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.analysis.syntax import (
    NEITHER_NOR,
    OWN_CLAUSES,
    PROVISIONS,
    RESTRAINING,
    SHARED_SUBJECT,
    SUBJECTS,
    WH_WORDS,
    ancestors_and_self,
    content_clause,
    governors,
    has_subject,
    paratactic,
    pseudo_cleft,
    reported_clause_continued,
)
from bot.analysis.tokens import EASING, EXTRA_CONDITIONS, PARTIES, POSITIONS, SENDING_VERBS, TROOP_NOUNS, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

HOLDING_BACK = frozenset({"keep", "bar", "block", "ban", "forbid", "prohibit", "preclude", "refrain", "abstain"})
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "nothing", "nobody", "none", "hardly", "scarcely"})
NEGATION_CHAIN = frozenset({"xcomp", "acomp", "attr", "prt", "amod", "dobj", "pobj", "prep"})  # what a "not" reaches
IMPOSSIBLE = frozenset({"unthinkable", "impossible", "inconceivable", "unimaginable", "excluded"})
CHANCES = frozenset({"way", "chance", "possibility", "prospect", "question"})  # "there is no way ..."
RIGHTS = frozenset({"right", "authority", "business", "power"})  # "has no right to veto"
SOURCE_NOUNS = frozenset({"words", "view", "opinion", "eyes", "assessment", "estimation"})  # "in Moscow's view"
ASKING = frozenset({"ask", "press", "question", "quiz"})  # "asked whether ...", "pressed on whether ..."
TRUTHS = frozenset({"true", "correct", "accurate"})  # "it is not true that ..."
NEG_RAISING = frozenset({"think", "believe", "expect", "suppose", "imagine", "anticipate", "reckon", "feel"})
CLAUSE_OPENERS = frozenset({"but", "while", "whereas", "however", "yet", "although", "though"})
DEONTIC = frozenset({"should", "ought", "must"})
OUGHT = DEONTIC | {"can", "may"}  # "no country should (or may)": what no side may do
OBLIGING = frozenset({"have", "need", "ought"})  # "will have to deploy", "needs to send", "ought to join"
HEDGES = frozenset({"could", "might", "may"})
NOT_ONLY_IF = word_set("even especially particularly notably")  # "even if", "especially if": no condition
CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing"})
FORECASTING = word_set("expect predict anticipate forecast foresee")  # "expects the force to be deployed"
SUPERSEDED = frozenset({"earlier", "previous", "original", "prior", "first"})  # "an earlier version of this article"
WAITING_MARKS = frozenset({"once", "when", "after"})  # a condition only when what is waited for is no peace
WHEN_NEEDED = word_set("necessary needed need required require ask asked request requested appropriate")
# a negation on these affirms what they govern ("did not hesitate to", "has not stopped opposing")
AFFIRMING = word_set("hesitate doubt stop cease fail change alter waver hide conceal secret shy afraid scared loath")
RETREATING = word_set("back step walk pull row")
NO_CASE = word_set("circumstance case way account condition event point time stage")  # "under no circumstances"
NO_STATES = word_set("mood position")  # "in no mood to", "in no position to"
CEASING = word_set("stop cease quit fail")  # "has stopped opposing", "failed to agree to": not doing it
GUESSING = word_set("expect believe predict anticipate assume suspect reckon doubt think hope")
HYPOTHETICAL_MARKS = frozenset({"whether", "if", "unless", "once"})
CONCEDING = frozenset({"though", "although", "whereas"})  # "..., though Washington has not committed"
PROVISOS = frozenset({"provided", "providing"})  # "provided that ...", which the parser reads as a verb
ASSUMING = frozenset({"assuming", "supposing"})  # "Assuming the US provides a backstop, ...": a condition
INVERTING = frozenset({"had", "were", "should"})  # "Had the US offered ...": a condition without "if"
DISPUTING = word_set(
    "divide divided split debate discuss disagree argue unclear uncertain undecided ask wonder question weigh consider"
)  # what an open question hangs on ("divided over how far")
EVADING = frozenset({"speculate", "comment", "elaborate", "say", "answer", "guess"})  # "would not speculate"
QUANTIFYING = frozenset({"any", "every", "no"})  # "any mission that ...": a kind of thing, not one thing
AFFIRMATIONS = frozenset({"yes", "yeah", "certainly", "definitely", "absolutely"})  # a short answer to a question
INTENTIONS = word_set("plan intention intent")  # what a side denies having: a refusal of its own
REPORTS = word_set(
    "report speculation rumour rumor suggestion claim allegation accusation"
)  # "dismissed reports that it would ..."
DISMISSING = word_set("deny dismiss reject refute rebut debunk")
SHUNNING = word_set("avoid sidestep dodge evade skirt")  # "avoided any suggestion that it would": nothing said


def held_back_by(token: Token) -> Token | None:
    """The verb holding a doing back ("prevents it from taking part", "refrained from joining")."""
    preposition = token.head
    if token.dep_ != "pcomp" or preposition.lower_ != "from":
        return None
    verb = preposition.head
    return verb if verb.lemma_.lower() in RESTRAINING | HOLDING_BACK else None


def _not_even(subject: Token) -> list[Token]:
    """The "not" of a subject opened by "not even" ("Not even Britain has committed"), which denies its clause."""
    return [n for e in subject.children if e.lower_ == "even" for n in e.children if n.dep_ == "neg"]


def negation_of(token: Token, own: Span | None = None) -> Token | None:
    """A "not", "never" or "no" on the word or on the chain that governs it ("does not want to send"),
    outside the cue's own words (`own`: "no plans to" is already a refusal); "far from" before it."""
    if (far := far_from(token)) is not None:
        return far
    if (held_back := held_back_by(token)) is not None:  # "its constitution keeps it from taking part"; not "threats
        return None if negation_of(held_back) is not None else held_back  # will not deter France from taking part"
    top = _clause_top(token)
    raised = _denying_frame(top)
    if raised is not None and raised.head.lemma_.lower() in NEG_RAISING:  # "I don't think troops will be needed"
        return raised
    if (ruled_out := _ruled_out_clause(top)) is not None:
        return ruled_out
    if (denied := _denied_description(token)) is not None:
        return denied
    for word in governors(token, NEGATION_CHAIN):
        if word != token and word.dep_ == "attr" and _the_only(word):
            return None  # "is not the only country willing to send troops": others are too, and so is it
        affirming = word.lemma_.lower() in AFFIRMING or retreat(word)  # "will not back down on its plan to"
        if word != token and affirming and _denied_word(word):
            return None  # "did not hesitate to offer troops", "has not stopped opposing", "made no secret of"
        if word != token and word.lemma_.lower() in CEASING:
            return word  # "has stopped opposing a European force", "ceased backing the plan"
        not_even = next((n for s in word.children if s.dep_ in ("nsubj", "nsubjpass") for n in _not_even(s)), None)
        if not_even is not None:
            return not_even  # "Not even Britain has committed troops yet"
        nor = next((c for c in word.head.children if c.lower_ == "nor"), None) if word.dep_ == "conj" else None
        if nor is not None and nor.i < word.i:
            return nor  # "has neither ruled out nor committed to sending troops"
        auxiliaries = [
            g for c in word.children if c.dep_ in ("aux", "auxpass") and not _fronted(c, word) for g in c.children
        ]
        for child in [*word.children, *auxiliaries]:  # "is no longer opposed": "no longer" hung on "is"
            if own is not None and own.start <= child.i < own.end:
                continue
            if child.dep_ == "neg" and _fronted(child, word):
                continue  # "Although Italy will not, Spain will send troops"
            if (
                child.dep_ in ("neg", "det", "advmod", "preconj")
                and child.lower_ in NEGATORS
                and not _not_only(child)
                and not _set_against(child)
            ):
                return child
            if child.lower_ in ("longer", "more") and any(d.lower_ == "no" for d in child.children):
                return child  # "is no longer willing to send", "is no more willing to send troops than before"
            if _in_no_case(child, word):
                return child  # "under no circumstances would Moscow accept NATO troops"
            if child.dep_ == "cc" and child.lower_ == "nor" and child.i == word.left_edge.i:
                return child  # "Nor will Germany send troops."
            if (no := _in_no_state(child, token)) is not None:
                return no  # "is in no mood to accept foreign troops"
            # "no Spanish soldiers will go", "will send no troops" (not "wants no NATO soldiers": a negative topic)
            sent = child.dep_ == "nsubj" or (child.dep_ == "dobj" and word.lemma_.lower() in SENDING_VERBS)
            troops = sent and child.lemma_.lower() in TROOP_NOUNS
            if child.dep_ == "nsubjpass" or troops:  # "no troops will be sent", "zero American troops will be deployed"
                determiner = next(
                    (d for d in child.children if d.dep_ in ("det", "nummod") and d.lower_ in NEGATORS | {"zero"}),
                    None,
                )
                if determiner is not None:
                    return determiner
            if child.dep_ == "nsubj" and (no := _no_side_may(child, word)) is not None:
                return no  # "no country should send troops": what no one ought to do, denied
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ == "none":
                return child  # "none of our soldiers will be deployed"
            if child.dep_ in ("nsubj", "nsubjpass"):  # "neither Italy nor Spain will send", "not a single official"
                neither = next(
                    (d for d in child.children if d.lower_ == "neither" or (d.dep_ == "neg" and d.i < child.i)), None
                ) or next(  # "not one soldier", where the "not" hangs on the number
                    (g for d in child.children if d.dep_ == "nummod" for g in d.children if g.dep_ == "neg"), None
                )
                corrected = any(c.dep_ == "cc" and c.lower_ == "but" for c in child.children)
                if neither is not None and not (neither.dep_ == "neg" and corrected):
                    return neither  # (not "Not Germany but France will send troops": France will)
            if child.dep_ == "dobj" and word == token:  # "will send neither troops nor weapons"
                neither = next((d for d in child.children if d.lower_ == "neither" and d.dep_ != "cc"), None)
                if neither is not None:
                    return neither
    return None


def _the_only(noun: Token) -> bool:
    """ "the only country willing to ...": denied, it says others are too, not that this one is not."""
    return any(c.lower_ == "only" and c.dep_ in ("amod", "advmod") for c in noun.children)


def _denied_description(token: Token) -> Token | None:
    """ "This is not something we will accept", "that is nothing we would support": a clause describing what a
    denied predicate names is denied with it."""
    if token.dep_ != "relcl" or token.head.dep_ != "attr" or _the_only(token.head):
        return None
    if token.head.lower_ == "nothing":
        return token.head
    return next((c for c in token.head.head.children if c.dep_ == "neg"), None)


def _ruled_out_clause(top: Token) -> Token | None:
    """ "It is unthinkable that Hungary would send troops", "there is no way Russia will accept NATO troops": the
    word that rules out the clause headed by `top`."""
    if top.dep_ in ("ccomp", "csubj"):
        return next((c for c in top.head.children if c.dep_ == "acomp" and c.lower_ in IMPOSSIBLE), None)
    if top.dep_ in ("relcl", "acl") and top.head.lemma_.lower() in CHANCES:
        return next((d for d in top.head.children if d.dep_ == "det" and d.lower_ == "no"), None)
    return None


def unsaid(token: Token) -> bool:
    """ "did not say that France will send troops", "denied that Putin had agreed to ...", "Russia has no right to
    veto the force": a clause under a denied verb, a denial or a right denied asserts nothing ("I don't think
    ..." denies the clause itself: `negation_of`)."""
    if withdrawal_denied(token):
        return False  # "denied that it had dropped its opposition to ...": the opposition stands
    top = _clause_top(token)
    denied = _denying_frame(top)
    if denied is not None and denied.head.lemma_.lower() not in NEG_RAISING:
        return True
    if top.dep_ == "ccomp" and top.head.lemma_.lower() == "deny":
        return True
    if any(w.lemma_.lower() in ("deny", "accuse") for w in _ancestors_below(token)):
        # "denied plans to oppose the force", "denied reports that it had agreed to ...", "accused Britain of
        # planning to send troops": what is denied or alleged is not the subject's stance
        return True
    if report_dismissed(token) is not None:
        return True  # "refuted claims that it opposed a backstop": a report turned down ("... it would": denier_of)
    if any(_corrected_version(w) for w in _ancestors_below(token)):
        return True  # "Correction: an earlier version of this article said Denmark had pledged troops"
    if _reported(token, SHUNNING) is not None:
        return True  # "avoided any suggestion that the alliance would take part": a report no one makes
    for word in governors(token, NEGATION_CHAIN | {"acl"}):
        if word.lemma_.lower() in RIGHTS and any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
            return True
    return False


def withdrawal_denied(token: Token) -> bool:
    """ "denied reports that it had softened its opposition to ...", "denied that it had dropped its support for":
    a stance said to be given up or eased, the change denied, so the stance stands as it was."""
    verb = token.head
    eased = token.pos_ == "NOUN" and token.dep_ == "dobj" and verb.lemma_.lower() in EASING
    return eased and any(w.lemma_.lower() == "deny" for w in _ancestors_below(verb))


def _corrected_version(verb: Token) -> bool:
    """ "an earlier version of this story said ...": what a corrected text said, which its correction takes back."""
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() == "version" and any(m.lower_ in SUPERSEDED for m in c.children)
        for c in verb.children
    )


def _ancestors_below(token: Token) -> list[Token]:
    """The words a token hangs under, not counting one it is coordinated with ("accused Kyiv of ... and said any
    troops would be destroyed": the saying stands beside the accusation, not under it)."""
    above = []
    word = token
    while word.head != word:
        if word.dep_ != "conj":
            above.append(word.head)
        word = word.head
    return above


def denier_of(token: Token) -> Token | None:
    """The "deny" whose clause says what a side will do ("denied that it would send troops"), or None: a denied
    report of the past ("denied that it had rejected ...") or a denied noun ("denied plans to ...") states nothing."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "deny" and token.lemma_.lower() in INTENTIONS:
        return token.head  # "Italy denied any plans to send troops": a refusal, when the plans are its own
    verb = denying_verb(token)
    if verb is None:
        return None
    top = _clause_top(token)
    past = top.tag_ in ("VBD", "VBN") or any(c.lemma_ == "have" and c.dep_ == "aux" for c in top.children)
    return None if past else verb


def untrue(token: Token) -> Token | None:
    """ "It is not true that Italy will send troops": the "is" whose denied truth denies the clause (which says
    nothing unless the speaker denies it of its own side, as with "denied that")."""
    top = _clause_top(token)
    copula = top.head
    if top.dep_ != "ccomp" or copula.lemma_ != "be" or top.tag_ in ("VBD", "VBN"):
        return None
    expletive = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)
    judged = any(c.dep_ == "acomp" and c.lemma_.lower() in TRUTHS for c in copula.children)
    return copula if expletive and judged and any(c.dep_ == "neg" for c in copula.children) else None


def denying_verb(token: Token) -> Token | None:
    """The verb denying the clause a word stands in: "denied that ...", "dismissed reports that ..."."""
    top = _clause_top(token)
    return top.head if top.dep_ == "ccomp" and top.head.lemma_.lower() == "deny" else report_dismissed(token)


def report_dismissed(token: Token) -> Token | None:
    """ "Denmark dismissed reports that it would send troops": the verb dismissing a report of the clause, which
    reads like "denied that"."""
    return _reported(token, DISMISSING)


def _reported(token: Token, verbs: frozenset[str]) -> Token | None:
    """The verb, one of `verbs`, whose object is a report of the clause this word stands in ("dismissed reports
    that ...", "avoided any suggestion that ...")."""
    top = _clause_top(token)
    report = top.head
    if top.dep_ not in ("acl", "ccomp") or report.lemma_.lower() not in REPORTS or report.dep_ != "dobj":
        return None
    return report.head if report.head.lemma_.lower() in verbs else None


def _denying_frame(top: Token) -> Token | None:
    """The "not" on the verb whose complement is the clause headed by `top`, or the "neither" or "no" of its
    subject."""
    if top.dep_ != "ccomp" or paratactic(top):
        return None
    frame = top.head
    denial = next((c for c in frame.children if c.dep_ == "neg"), None)
    subject = next((c for c in frame.children if c.dep_ in SUBJECTS), None)
    nobody = [c for c in subject.children if c.lower_ in ("neither", "no")] if subject is not None else []
    return denial or next(iter(nobody), None)  # "Neither France nor Britain has said ...", "No official said ..."


def _clause_top(token: Token) -> Token:
    """The head of the clause a word stands in, as far as a "not" on it reaches."""
    return list(governors(token, NEGATION_CHAIN))[-1]


def far_from(word: Token) -> Token | None:
    """ "Far from opposing the force, Poland ...": the "far" that denies this word; "is anything but ready", too (also
    where the parser makes the word a conjunct of "anything": "anything but opposed")."""
    if word.dep_ not in ("pcomp", "pobj", "amod", "conj"):
        return None
    if (word.head.lower_, word.head.head.lower_) in (("from", "far"), ("but", "anything")):
        return word.head.head  # also "is far from ready to send troops"
    far = next((c for c in word.head.children if c.lower_ == "far" and c.i < word.i), None)
    if word.head.lower_ == "from" and far is not None:
        return far  # "is far from ready", where the parser hangs "far" on "from"
    if word.head.lower_ == "anything" and any(c.lower_ == "but" and c.i < word.i for c in word.head.children):
        return word.head  # "is anything but ready", where the parser hangs "ready" on "anything"
    return None


def _set_against(negation: Token) -> bool:
    """ "would view it as an escalation, not a peace measure": a "not" after a comma, behind the word it hangs on,
    denies what follows it, set against that word."""
    return negation.i > negation.head.i and negation.nbor(-1).text == ","


def _not_only(negation: Token) -> bool:
    following = negation.nbor(1) if negation.i + 1 < len(negation.doc) else None
    return following is not None and following.lower_ in ("only", "just")


def forecast(token: Token) -> bool:
    """ "Kyiv does not expect a force to be deployed quickly": what a side expects to happen is a forecast (not
    "expects to send troops", its own plan, nor "expects guarantees from its partners", a demand)."""
    clause = next((w for w in governors(token, SHARED_SUBJECT | {"ccomp"}) if w.dep_ == "ccomp"), None)
    if clause is None or clause.head.lemma_.lower() not in FORECASTING:
        return False
    # a thing expected to happen (not "does not expect that France will send troops": a side's own intent)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" for c in clause.children)


def hedged(token: Token) -> bool:
    """ "could send", "might join", "could play a role in": speculation, no claim (a noun cue is hedged by
    the verb it is the object of). "Could not agree", "could not accept" state an inability or a refusal."""
    return any(
        child.dep_ == "aux" and child.lower_ in HEDGES and not _could_not(word, child)
        for word in governors(token, SHARED_SUBJECT | {"dobj"})
        for child in word.children
    )


def speculated(head: Token, cue: Span, hedges: frozenset[int]) -> bool:
    """ "is expected to back", "are seen as the likely contributors", "will probably send", "is said to favour":
    a hedge of the lists (`hedges`: the character offsets where one starts) on the cue or on the words that
    govern it makes the statement speculation. A verb with an active subject reports instead ("Macron said to
    reporters", "Berlin expects Washington to ..." is Berlin's view), and a hedge inside the cue is the cue's
    own ("would consider"). A relative clause is a statement of its own ("the force, which Russia has rejected")."""
    governing = _up_to_clause(head)
    judged = [c for w in governing[1:] for c in w.children if c.dep_ == "acomp"]  # "it is possible that ..."
    # "Troops were pledged by France, while Germany was said to be reluctant": a clause with a subject of its own
    below = [c for c in head.children if c.dep_ not in OWN_CLAUSES or not has_subject(c)]
    for word in [*below, *governing, *judged]:
        own = word in cue and word.pos_ != "ADV"  # "would consider" is the cue; "will probably send" is hedged
        if word.idx not in hedges or own or word.lower_ in HEDGES:  # the modals are read by `hedged`
            continue
        if word.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in word.children):
            return True
    return False


def _up_to_clause(head: Token) -> list[Token]:
    """The word and those above it, up to its sentence's root, the relative clause it stands in or a conceding
    clause with a subject of its own ("..., though Washington has not committed": a statement of its own)."""
    governing = [head]
    while governing[-1].dep_ not in ("relcl", "ROOT") and governing[-1].head != governing[-1]:
        if _conceding(governing[-1]):
            break
        governing.append(governing[-1].head)
    return governing


def _conceding(clause: Token) -> bool:
    """ "..., though Washington has not committed": a clause conceding something, with a subject of its own."""
    marked = any(c.dep_ == "mark" and c.lower_ in CONCEDING for c in clause.children)
    return clause.dep_ == "advcl" and marked and any(c.dep_ in SUBJECTS for c in clause.children)


def guesser_of(head: Token) -> Token | None:
    """ "Berlin expects Washington to back the force", "Macron believes Britain will send troops": the subject of a
    verb guessing what another will do, when the cue is that other's doing ("Berlin expects to send troops" is
    Berlin's own plan, and whose doing it is the caller decides)."""
    governing = _up_to_clause(head)
    for clause, verb in pairwise(governing):
        if verb.lemma_.lower() not in GUESSING:
            continue
        other = clause.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        if other or (clause.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.children)):
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _could_not(word: Token, modal: Token) -> bool:
    """ "could not accept", "no troops could be stationed": an inability, not speculation."""
    if modal.lower_ not in ("could", "can"):
        return False
    subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
    no_subject = any(d.dep_ == "det" and d.lower_ == "no" for s in subjects for d in s.children)
    return no_subject or any(c.dep_ == "neg" for c in word.children)


def _fronted(word: Token, verb: Token) -> bool:
    """ "While Germany will not, France will send troops": an auxiliary or a "not" of a clause set before, which the
    parser hung on the main verb; a subject and a comma stand between it and the verb."""
    between = word.doc[word.i + 1 : verb.i]
    subject = any(w.dep_ in ("nsubj", "nsubjpass") and w.head == verb for w in between)
    return subject and any(w.text == "," for w in between)


def deontic(token: Token) -> bool:
    """ "should send", "ought to join", "must deploy", "will have to deploy", "needs to send": what someone thinks
    another ought to do."""
    return any(
        (child.dep_ == "aux" and child.lower_ in DEONTIC) or (child.dep_ == "xcomp" and _obliged(word, child))
        for word in governors(token)
        for child in word.children
    )


def _obliged(word: Token, infinitive: Token) -> bool:
    """ "have to", "need to" right before the verb ("has yet to decide" is no obligation)."""
    return word.lemma_.lower() in OBLIGING and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == word.i + 1 for c in infinitive.children
    )


def perfect(token: Token) -> bool:
    """ "has not committed": the perfect aspect turns a refusal into not having decided yet. The nearest verb with
    auxiliaries of its own decides ("had not been consulted and would not accept" refuses); a noun cue, the light
    verb it is made or given by ("has made no commitment")."""
    light = token.dep_ == "dobj" and token.head.lemma_.lower() in ("make", "give")
    for word in governors(token.head if light else token):
        auxiliaries = [c for c in word.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
        if auxiliaries:
            return any(c.dep_ == "aux" and c.lemma_ == "have" for c in auxiliaries)
    return False


def not_yet(token: Token) -> Token | None:
    """ "will be involved, but we're not there yet", "will send troops, but not yet": a commitment put off by
    the clause after it is no decision yet; returns the "yet"."""
    for word in governors(token):
        if not any(c.dep_ == "cc" and c.lower_ == "but" for c in word.children):
            continue
        for clause in (c for c in word.children if c.dep_ == "conj"):
            if any(c.dep_ == "agent" for c in clause.children):
                continue  # "was requested by Britain but has not yet been confirmed by Washington": another's
            words = [clause, *(t for t in clause.children if t.dep_ in ("neg", "advmod"))]
            if any(w.lower_ in NEGATORS for w in words) and any(w.lower_ == "yet" for w in words):
                return next(w for w in words if w.lower_ == "yet")
    return None


def unless_clause(token: Token) -> Token | None:
    """The "unless" clause the word's clause depends on ("would not deploy troops unless there was a backstop")."""
    clause = condition_of(token)
    return clause if clause is not None and any(m.lower_ == "unless" for m in clause.children) else None


def denied_if_clause(token: Token) -> Token | None:
    """ "would not take part if the United States did not provide air cover", "if there were no ceasefire": an "if"
    clause denied, which a refusal waits on as it would on "unless"."""
    clause = condition_of(token)
    if clause is None or not any(c.lower_ == "if" for c in clause.children):
        return None
    words = [*clause.children, *(g for c in clause.children for g in c.children)]
    return clause if any(w.dep_ == "neg" or (w.dep_ == "det" and w.lower_ == "no") for w in words) else None


def condition_of(token: Token) -> Token | None:
    """The "if ..." clause that the word's own clause depends on ("will send troops only if ..."), or that the
    parser hung on the verb the word governs ("is prepared to send a battalion if others do")."""
    complements = [c for c in token.children if c.dep_ == "xcomp"]
    for word in [*governors(token), *complements]:
        for child in word.children:
            if _condition_clause(child):
                return child
            lasting = next((c for c in child.children if _as_long_as(c)), None) if child.lower_ == "long" else None
            if lasting is not None:
                return lasting  # "will send troops as long as the United States backs the mission"
            # (not "said only that it was open to contributing": how much was said, not a condition)
            reported = child.i + 1 < len(child.doc) and child.doc[child.i + 1].lower_ == "that"
            if child.dep_ == "advmod" and child.lower_ == "only" and not reported:
                return child
    return None


def _what_came_after(clause: Token) -> bool:
    """ "warmed to the plan after Washington offered air cover": one past event after another, not a condition
    (unlike "would send troops once the United States provided cover")."""
    after = any(m.dep_ == "mark" and m.lower_ == "after" for m in clause.children)
    return after and clause.tag_ == "VBD" and clause.head.tag_ == "VBD"


def _condition_clause(clause: Token) -> bool:
    """An "if ..." clause that sets a condition; "if necessary", "if asked" only say how ready one is, and "even
    if ..." concedes."""
    if clause.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in WAITING_MARKS for m in clause.children
    ):
        # "ready to contribute once Washington's backstop is in place" (not "once a ceasefire is agreed")
        return bool({t.lemma_.lower() for t in clause.subtree} & EXTRA_CONDITIONS) and not _what_came_after(clause)
    if clause.dep_ == "advcl" and (_inverted_condition(clause) or clause.lower_ in ASSUMING):
        return True  # "Should the US back the force, Germany would send troops", "Assuming the US provides ..."
    if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
        return False
    if any(m.lower_ in NOT_ONLY_IF for m in clause.children if m.i < clause.i):
        return False  # "Even if the US does not help, France will send troops", "will help, especially if ..."
    return any(c.dep_ in SUBJECTS for c in clause.children) or clause.lemma_.lower() not in WHEN_NEEDED


def _opens_a_relative(pronoun: Token, verb: Token) -> bool:
    """ "the force, which Spain said it would support": a "which" opening a relative clause, no question."""
    return any(a.dep_ == "relcl" and a.left_edge == pronoun for a in verb.ancestors)


def inside_hypothesis(token: Token) -> bool:
    """Whether a word is inside an "if ..." or "whether ..." clause, or an indirect question ("which
    countries are willing"): it asserts nothing."""
    for word in ancestors_and_self(token):
        # a coordinated "but only if ..." is the condition the parser hung beside the word, not a hypothesis around it
        beside = [c for c in word.conjuncts if not _only_on_condition(c)]
        for clause in (word, *beside):
            # (a marker after the verb marks a clause the parser left out: "would deploy once a ceasefire was ...")
            if clause.dep_ in ("advcl", "ccomp", "csubj", "pcomp", "conj", "xcomp") and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in HYPOTHETICAL_MARKS and m.i < clause.i
                for m in clause.children
            ):
                return True
        if _set_off(word) or _with_saying(word):
            return False  # "whether to send troops, as Italy has offered troops": a statement of its own
        if (
            word.dep_ in ("ccomp", "pcomp", "csubj", "advcl", "xcomp")
            and any(
                (c.dep_ in SUBJECTS and _asks(c))
                or (c.dep_ in ("dobj", "attr") and c.tag_ in WH_WORDS and not _opens_a_relative(c, word))
                for c in word.children
            )
            and not pseudo_cleft(word)
        ):
            return True  # "which countries are willing", "to say what Norway will contribute"
        if word.dep_ == "advcl" and _inverted_condition(word):
            return True
        proviso = word.head.lower_ in PROVISOS and word.head.dep_ in ("prep", "advcl", "mark", "acl", "conj")
        if word.dep_ in ("ccomp", "pcomp") and proviso:
            return True  # "ready to send troops provided that the United States backs the mission"
        stipulated = word.head.lemma_.lower() == "condition" and any(m.lower_ == "that" for m in word.children)
        if word.dep_ in ("acl", "ccomp") and stipulated:
            return True  # "ready to help, on condition that Moscow accepts the force": what is asked, not said
        if _as_long_as(word) or (word.dep_ == "ccomp" and word.head.lower_ in ASSUMING) or _no_reason_why(word):
            return True
        if _awaited(word):
            return True
        if word.dep_ in ("conj", "advcl", "ccomp") and _after_bare_proviso(word):
            return True
        if _restricting(word):
            return True
    return False


def proviso_on_the_saying(word: Token) -> Token | None:
    """ "The cabinet said it was willing to send troops, provided there was a US backstop": a "provided" the parser
    hangs on the verb of saying, after the reported clause, is that clause's condition (saying is not conditional)."""
    clause = next((w for w in ancestors_and_self(word) if w.dep_ == "ccomp"), None)
    if clause is None:
        return None
    return next(
        (c for c in clause.head.children if c.dep_ in ("prep", "advcl") and c.lower_ in PROVISOS and c.i > clause.i),
        None,
    )


def _only_on_condition(clause: Token) -> bool:
    """ "but only if ...", "but only once a ceasefire is agreed": "only" on the clause or on the word opening it."""
    openers = [clause, *(m for m in clause.children if m.dep_ in ("mark", "advmod"))]
    return any(m.dep_ == "advmod" and m.lower_ == "only" for w in openers for m in w.children)


def _restricting(clause: Token) -> bool:
    """ "will not join any mission Russia has not approved", "would not back a force that Kyiv has not agreed to":
    a relative clause narrowing "any" thing, or denying something of a thing refused, names a kind, not a fact."""
    noun = clause.head
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if clause.dep_ != "relcl" or subject is None or subject.tag_ in WH_WORDS or noun.lemma_.lower() in CHANCES:
        return False  # "any agreement that allows troops" says what the agreement does; "no way Russia will"
    determiner = next((c.lower_ for c in noun.children if c.dep_ == "det"), "")
    if determiner in QUANTIFYING:
        return True
    verb = next((w for w in noun.ancestors if w.pos_ in ("VERB", "AUX")), None)
    if determiner not in ("a", "an") or verb is None or not any(c.dep_ == "neg" for c in clause.children):
        return False
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "would neither send troops nor support a ..."
    return any(c.dep_ == "neg" or c.lower_ in NEITHER_NOR for v in verbs for c in v.children)


def _awaited(clause: Token) -> bool:
    """ "will back the force as soon as Moscow accepts it", "will not send troops until Russia agrees", "in case
    Moscow attacks", "in the event that the US withdraws": what a side waits for or prepares against is not asserted
    ("until Russia rejected it", in the past, is)."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ == "advcl" and "as" in marks and clause.head.lower_ == "soon":
        return True
    if clause.dep_ == "advcl" and "until" in marks and clause.tag_ != "VBD":
        return True
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    clausal = clause.dep_ in ("acl", "ccomp", "relcl", "conj", "advcl") and has_subject(clause)
    return clausal and before is not None and before.lower_ in ("case", "event")


def _after_bare_proviso(clause: Token) -> bool:
    """ "ready to contribute, provided the United States offers a backstop": a condition the parser coordinated with
    the clause it qualifies, leaving "provided" with nothing below it, or with the clause's subject alone ("provided
    [Kyiv] [gave up its bid]")."""
    start = clause.left_edge.i
    before = clause.doc[start - 1] if start > 0 else None
    if before is None:
        return False
    proviso = before if before.lower_ in PROVISOS else before.head
    return proviso.lower_ in PROVISOS and proviso.right_edge.i == start - 1


def _no_reason_why(clause: Token) -> bool:
    """ "saw no reason why the US could not provide a backstop": what there is no reason for is not asserted."""
    return _for_no_reason(clause) and any(c.lower_ == "why" for c in clause.children)


def no_reason_not(token: Token) -> bool:
    """ "sees no reason not to take part", "there is no reason for Sweden not to send troops": a denied refusal."""
    for clause in ancestors_and_self(token):
        if clause.dep_ in ("acl", "relcl") and clause.head.lemma_.lower() == "reason":
            return _for_no_reason(clause) and any(c.dep_ == "neg" for c in clause.children)
        if clause.dep_ not in ("xcomp", "prep", "pobj", "pcomp", "dobj"):
            return False
    return False


def _for_no_reason(clause: Token) -> bool:
    """A clause describing a "reason" there is none of ("no reason why ...", "no reason not to ...")."""
    reason = clause.head
    no = any(d.dep_ == "det" and d.lower_ == "no" for d in reason.children)
    return clause.dep_ in ("relcl", "acl") and reason.lemma_.lower() == "reason" and no


def _as_long_as(clause: Token) -> bool:
    """ "as long as the United States backs the mission": a condition the parser hangs on "long"."""
    marked = any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children)
    return clause.dep_ == "advcl" and clause.head.lower_ == "long" and marked


def _inverted_condition(clause: Token) -> bool:
    """ "Had the US offered a backstop, ...", "Were Russia to attack again, ...": a condition opened by its
    auxiliary, before its subject."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTING]
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    return any(a.i == clause.left_edge.i and subjects and a.i < subjects[0].i for a in auxiliaries)


def answer_to(token: Token, hedges: frozenset[int]) -> str | None:
    """ "Asked whether Germany would send troops, Merz said no", "..., Meloni replied: 'Absolutely not.'", "...,
    Starmer said: 'Yes, we will.'", "'Never,' Orban said when asked whether ...": the short answer ("yes" or "no")
    given to the question the cue stands in. A longer reply says something of its own and is read on its own,
    and a hedged one ("Probably, yes": a hedge of the lists starts at one of the `hedges` offsets) answers nothing."""
    asked = _question_of(token)
    if asked is None:
        return None
    reply = asked.head
    spoken = {t.i for c in reply.children if c.dep_ in SUBJECTS for t in c.subtree} | {reply.i}
    spoken |= {t.i for t in asked.subtree}  # "'Never,' Orban said when asked whether ...": the answer comes first
    said = [t for t in reply.subtree if t.i not in spoken and t.is_alpha]
    if any(t.idx in hedges for t in said):
        return None
    words = [t.lower_ for t in said]
    if said and words[0] in AFFIRMATIONS | {"no"} and _before_a_comma(said[0]) and not EVADING.intersection(words):
        return "yes" if words[0] in AFFIRMATIONS else "no"  # "Montenegro said: 'Yes, if there is a ceasefire.'"
    if not words or len(words) > 4 or EVADING.intersection(words):  # "said he would not speculate": no answer
        return None
    if NEGATORS.intersection(words):
        return "no"
    return "yes" if AFFIRMATIONS.intersection(words) else None


def _before_a_comma(word: Token) -> bool:
    """A word a comma follows ("No, not now."): said on its own, before the rest."""
    return word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == ","


def answerer(token: Token) -> Token | None:
    """ "'No,' Hegseth said when asked whether US troops would be deployed": who answers the question the cue
    stands in (the troops asked about hold nothing; their side answers)."""
    asked = _question_of(token)
    return next((c for c in asked.head.children if c.dep_ == "nsubj"), None) if asked is not None else None


def question_put(token: Token) -> Token | None:
    """ "Asked whether Canada would send troops, Carney declined to comment", "Pressed on whether ...": the question
    put to the one whose clause the cue stands in, which its refusal to answer is about ("Merz, asked about troops,
    said Germany would decide later": the answer he gave)."""
    for word in governors(token, SHARED_SUBJECT | {"ccomp"}):
        subjects = [c for c in word.children if c.dep_ == "nsubj"]
        asides = [*word.children, *(c for s in subjects for c in s.children if c.dep_ == "acl")]
        for child in asides:
            if child.dep_ in ("advcl", "acl") and child.lemma_.lower() in ASKING and child.i < token.i:
                return child
    return None


def _question_of(token: Token) -> Token | None:
    return next((w for w in token.ancestors if w.lemma_.lower() == "ask" and w.dep_ == "advcl"), None)


def after_whether(token: Token) -> bool:
    """ "whether Russia does or does not agree to this": a cue after "whether" in its own clause asserts nothing,
    however the parser hung the words."""
    for word in reversed(token.doc[: token.i]):
        if word.lower_ == "whether":  # not "whether Germany sends troops will depend on ...", the cue's subject
            return not (word.head.dep_ == "csubj" and token not in word.head.subtree)
        if word.lower_ == "how" and _disputed(word):  # "divided over how far the US should go in supporting"
            return True
        if word.dep_ == "ROOT" or word.text in (".", ";", ":", "?", "!") or word.lower_ in CLAUSE_OPENERS:
            return False
        if word.text == "," and _opens_a_clause(word.doc[word.i + 1]):
            return False  # "has not decided whether to send troops, and Italy has offered troops"
    return False


def _disputed(how: Token) -> bool:
    """ "are divided over how far ...", "debated how to ...", "it is unclear how ...": a "how" opening a question
    that is disputed or open, not a manner told ("showed how it backs the force")."""
    before = [w for w in reversed(how.doc[: how.i]) if w.lower_ not in ("over", "about", "on", "as", "to", "of")]
    return bool(before) and before[0].lemma_.lower() in DISPUTING


def _set_off(clause: Token) -> bool:
    """ "..., as Italy has offered troops", "... even though Italy has offered troops": a clause with a subject of its
    own, set off by a comma and a joining word, or conceding something."""
    start = clause.left_edge.i
    after_comma = start > 0 and clause.doc[start - 1].text == ","
    marked = any(c.dep_ == "mark" for c in clause.children)
    own_subject = any(c.dep_ in SUBJECTS for c in clause.children)
    return _conceding(clause) or (clause.dep_ == "advcl" and after_comma and marked and own_subject)


def _with_saying(clause: Token) -> bool:
    """ "..., with Babis saying the country would not send soldiers": a clause of its own after "with"."""
    return clause.dep_ == "pcomp" and clause.head.lower_ == "with" and any(c.dep_ in SUBJECTS for c in clause.children)


def _opens_a_clause(word: Token) -> bool:
    """ ", and Italy has offered", ", as Italy has offered", ", with Babis saying ...": a joining word whose clause
    has a subject of its own."""
    if word.dep_ == "prep" and word.lower_ == "with":
        return any(_with_saying(c) for c in word.children)
    return word.dep_ in ("cc", "mark") and any(c.dep_ in SUBJECTS for c in word.head.children)


def _no_side_may(subject: Token, verb: Token) -> Token | None:
    """The "no" of "No European country should send troops": a duty or leave that no side has is the speaker's
    denial ("no country has offered troops yet" reports what has not happened, no stance)."""
    if subject.lemma_.lower() not in PARTIES:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OUGHT for c in verb.children):
        return None
    return next((d for d in subject.children if d.dep_ == "det" and d.lower_ == "no"), None)


def _asks(subject: Token) -> bool:
    """ "which countries", "who": a question's words ("that", which the parser may tag so, opens no question)."""
    wh = [w for w in (subject, *subject.children) if w.tag_ in WH_WORDS and w.lower_ != "that"]
    return any(w == subject or w.tag_ == "WDT" for w in wh)


def speech_frames(token: Token, is_speech: Callable[[Token], bool]) -> Iterator[Token]:
    """The speech verbs whose complement the word is in, nearest first ("X said (that) ...", "..., X said")."""
    previous = token
    carried = False
    statement = False  # "said in a statement that ...": a "that" clause the parser hangs on the statement
    spoken = False  # a speech verb with its own subject found: only what reports it frames it further
    for word in ancestors_and_self(token):
        if paratactic(previous):
            return  # "Britain says it is ready; Germany calls the debate premature": beside it, not reporting it
        reported = (
            carried
            or previous.dep_ in ("ccomp", "parataxis", "xcomp")
            or reported_clause_continued(previous) is not None
            or _second_that_clause(previous)
        )
        if spoken and not reported:
            return  # "A said X would send troops, while B said it would wait": B's words, not passed on by A
        if word != token and is_speech(word) and reported:
            spoken = any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)  # not "..., saying ..."
            yield word
        # "told a briefing that NATO troops would be unacceptable": a "that" clause the parser hangs on the hearer
        # is what was told
        said = content_clause(previous)
        # "reiterated its position that NATO troops were unacceptable": the view a speech verb states
        stated_view = said and previous.dep_ == "acl" and word.dep_ == "dobj" and word.lemma_.lower() in POSITIONS
        told = said and previous.dep_ == "relcl" and word.dep_ in ("dobj", "dative")
        carried = told or stated_view or (statement and word.dep_ == "prep")
        statement = said and word.dep_ == "pobj"
        previous = word


def _second_that_clause(clause: Token) -> bool:
    """ "told MPs that A, but that B": a second "that" clause the parser coordinated with the speech verb is also
    what was said."""
    return clause.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _owned_or_definite(noun: Token) -> bool:
    """ "Moscow's view", "the view of": a view someone holds ("in view of the threat" is a reason, not a source)."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)


def _denied_word(word: Token) -> bool:
    """ "did not hesitate", "made no secret", "has not been shy about": a "not" or "no" on the word itself, or on the
    verb it is the complement of."""
    denials = [c for c in word.children if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")]
    if word.dep_ == "acomp":
        denials += [c for c in word.head.children if c.dep_ == "neg"]
    return bool(denials)


def retreat(verb: Token) -> bool:
    """ "back down", "step back", "walk back", "pull out": a verb of retreating from what it governs."""
    return verb.lemma_.lower() in RETREATING and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "back", "away", "out") for c in verb.children
    )


def _in_no_case(child: Token, verb: Token) -> bool:
    """ "under no circumstances", "in no case", "at no point" before the verb: a negation of it (not "with no US
    backstop", a condition)."""
    return (
        child.dep_ == "prep"
        and child.i < verb.i
        and any(
            g.dep_ == "pobj" and g.lemma_.lower() in NO_CASE and any(d.lower_ == "no" for d in g.children)
            for g in child.children
        )
    )


def _in_no_state(child: Token, token: Token) -> Token | None:
    """ "is in no mood to accept troops", "in no position to send them": the "no" of a state that denies the verb
    after it."""
    if child.dep_ != "prep" or child.lower_ != "in" or child.i > token.i:
        return None
    states = (g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in NO_STATES)
    return next((d for g in states for d in g.children if d.lower_ == "no"), None)


def according_to(token: Token) -> Token | None:
    """ "according to X", "in X's words" or "under X's plan", attached anywhere on the clause's chain: X (or the
    plan)."""
    for word in ancestors_and_self(token):
        for child in word.children:
            source = _source_named(child)
            if source is not None:
                return source
    return None


def _source_named(child: Token) -> Token | None:
    """The source one word introduces: X of "according to X", "in X's words", "in the words of X", or the plan of
    "under the US plan"."""
    if child.lower_ == "according":
        to = next((g for g in child.children if g.lower_ == "to"), None)
        return next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if child.dep_ != "prep":
        return None
    objects = [g for g in child.children if g.dep_ == "pobj"]
    if child.lower_ == "in":
        # "in X's words", "in Moscow's view", "in the view of the Kremlin" (not "in view of the threat")
        words = next((g for g in objects if g.lower_ in SOURCE_NOUNS and _owned_or_definite(g)), None)
        if words is None:
            return None
        speaker = next((g for g in words.children if g.dep_ == "poss"), None)
        return speaker or next((g for p in words.children if p.lower_ == "of" for g in p.children), None)
    if child.lower_ == "under":  # "under the US plan, no troops would be sent"
        return next((g for g in objects if g.lemma_.lower() in PROVISIONS), None)
    return None
