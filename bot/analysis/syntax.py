"""Questions asked of one sentence's dependency parse about its structure: whose clause a word is in, who
acts, owns or is grouped with whom, which words a cue's object spans. What the clause asserts (negation,
modality, conditions, speech frames) is asked in `assertion`.

Every function takes spaCy tokens and returns tokens or facts; the lists (cues, topics, names) are
matched elsewhere and meet the parse through character offsets (`cues.cue_span`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.analysis.tokens import (
    ABANDONING,
    CITIZENS,
    GOING,
    PARTIES,
    POSITIONS,
    SENDING_NOUNS,
    SENDING_VERBS,
    SPEAKING_VERBS,
    TROOP_NOUNS,
    word_set,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Edges along which a word shares its governor's subject: "is ready to send", "has refused and will refuse".
SHARED_SUBJECT = frozenset({"xcomp", "aux", "auxpass", "acomp", "conj", "neg", "prt", "advmod", "amod", "attr"})
# Edges from a noun cue to the verb whose subject holds it: "voiced opposition to", "expressed support for".
NOUN_TO_VERB = frozenset({"dobj", "pobj", "prep", "attr", "oprd", "appos"})
# Clauses that say something of their own: the scope of a cue does not run into them.
OWN_CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "relcl", "conj", "csubj"})
MANNER_PREPOSITIONS = frozenset({"by", "after", "before", "while", "when", "in"})  # "replied by saying"
LEGISLATURES = word_set("parliament lawmakers legislators legislature congress senate deputies mps bundestag")
CALLED_FOR = frozenset({"for", "on", "upon"})  # "called for a backstop", "called on Europe": no name given
PUTTING = word_set("set put lay")  # "set aside", "put aside", "lay aside": given up
URGING = word_set("ask urge press pressure call encourage invite request push lobby implore plead appeal")  # to act
# "was alarmed by", "was deterred by": the "by" names a cause, the subject holds the stance
EXPERIENCING = word_set(
    "alarm anger incense outrage disappoint dismay frustrate trouble worry upset shock deter dissuade"
)
PERMITTING = word_set("allow let permit enable")  # "agreed to allow the US to offer": the one allowing holds it
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
UNSAYING = word_set("comment mention name say elaborate refer address specify discuss")  # "without commenting on"
EXCEPTING_WORDS = frozenset({"except", "besides", "but", "save"})  # "no country except Hungary"
# "..., as will France", "and nor will Hungary": a clause that repeats the verb before it as a bare auxiliary
ELLIPTICAL_VERBS = frozenset({"will", "would", "do", "have", "be", "can", "shall", "should", "must"})
NEITHER_NOR = frozenset({"neither", "nor"})
INTRODUCER_WORDS = 4  # words before a quotation inside a quotation that say who is quoted ("As I said, '...'")
ELLIPSIS_MARKS = frozenset({"as", "so", "too"}) | NEITHER_NOR
ELLIPSIS_BLOCKERS = frozenset({"xcomp", "ccomp", "acomp", "attr", "prep", "advcl", "oprd"})
INTENTIONS = frozenset(
    {
        "agree",
        "decide",
        "plan",
        "promise",
        "pledge",
        "vow",
        "refuse",
        "intend",
        "offer",
        "want",
        "seek",
        "commit",
        "prepare",
        "threaten",
        "count",  # "counting on Washington to provide a backstop": what is counted on
        "rely",
        "bank",
    }
)
ECHOING = frozenset({"echo", "share", "endorse", "back", "support", "repeat", "adopt", "take"})  # "a view shared by"
PLANS = frozenset({"plan", "framework", "proposal", "mechanism", "roadmap", "strategy", "scheme", "blueprint"})
IDEAS = PLANS | frozenset({"idea", "concept", "notion", "initiative", "option", "possibility"})
# "hopes" is "hop" to the model: its forms are listed
# "insists that Ukraine renounce NATO", "proposed that the force serve as a tripwire": a demand only with a bare verb
INSISTING = word_set("insist propose suggest recommend")
DEMANDING = word_set("demand urge request require want need hope hopes hoped hoping hopeful help enable allow")
DISREGARDING = frozenset({"regardless", "irrespective"})
CIRCUMSTANCES = frozenset({"following", "after", "amid", "despite", "during", "before", "since", "while", "ahead"})
CONTRASTS = frozenset({"but", "yet"})
ONLY = frozenset({"only", "just", "merely", "simply", "solely"})
PRESENT_MODALS = frozenset({"will", "can", "shall", "must"})
WH_WORDS = frozenset({"WP", "WDT"})  # the tags of "what", "which", "who": a question's words
# blaming someone for what they did, and crediting them: the one named "for" it did it
CRITICISING = word_set("criticise criticize condemn denounce blame accuse slam rebuke chastise lambast fault")
CREDITING = word_set("thank praise commend congratulate hail laud credit applaud welcome") | CRITICISING
QUANTIFIERS = frozenset({"each", "both", "all"})
TIMES = frozenset({"DATE", "TIME"})  # entity types of "Tuesday", "Monday evening": when, never who
DASHES = frozenset({"-", "–", "—", "--"})
BARGAINS = frozenset({"exchange", "return"})  # "in exchange for", "in return for": the price of a deal
GROUPS_OF_SIDES = PARTIES | word_set("capital")  # "the countries willing to send troops include ..."
RANKS = frozenset({"first", "last", "only", "one"})  # "the first to offer troops", "the only one to": who did it
GROUP_PREPOSITIONS = frozenset({"including", "like", "among", "as", "of"})  # "countries including Poland"


JOINT_VERBS = word_set("work cooperate collaborate partner team coordinate")  # what one does "with" another
DEALS = word_set("agreement agreements deal deals accord accords")  # what one reaches or signs "with" another
CALLS = word_set("call calls demand demands request requests pressure appeal appeals suggestion suggestions")
FORMATIONS = word_set("force forces army military")  # troops as a body, which a plan or a mission may be
# what is set up for a purpose: "agreed to set up a headquarters to coordinate the force"
BODIES = word_set("headquarters command centre center cell secretariat")
# nouns whose "of" can name who made or holds them: "the initiative of London and Paris", "the readiness of France"
AUTHORED = PLANS | {"initiative", "idea", "brainchild", "readiness", "willingness", "offer", "pledge", "commitment"}
BINDING = word_set("commit oblige obligate bind")
QUANTITIES = word_set("thousand hundred dozen ten tens some many most several number part few")  # "thousands of"
# adjectives whose "to" names what they are about ("opposed to", "open to"), not whose judgement it is
TAKING_TO = word_set("opposed committed open averse hostile receptive amenable resistant sympathetic closed attached")
COOPERATION = word_set("cooperation co-operation coordination co-ordination partnership concert conjunction")
PREFERRING = word_set("prefer")  # "prefers X to Y": Y is set aside
BOUND_GROUPS = word_set("coalition alliance ally partner member signatory")  # "commits the coalition to"
BOUND_PRONOUNS = word_set("them us it")  # "the declaration, which commits them to deploying a force": the signatories
REASONS = frozenset({"because", "since", "as"})
PARTICIPLE_MARKS = frozenset({"while", "when", "after", "before", "whilst"})  # "while repeating its rejection"
CONCEDING = word_set("though although while whilst after") | REASONS  # a clause set before the subject
UNIVERSAL = word_set("all every each everyone everybody")  # "all members but Hungary": every one save those named
JUDGING = word_set("consider deem call see view regard describe brand label find term treat")  # "called it a mistake"
DEMONSTRATIVES = frozenset({"such", "this", "that", "these", "those"})  # "such units": those just named
STAGES = word_set("stage point phase position")  # "not yet at a stage where we can commit troops"
RESTRAINING = word_set("stop prevent deter dissuade discourage")  # "will not stop Britain from sending troops"
ASSAILING = word_set("attack test target strike hit threaten probe challenge harass undermine overrun sabotage provoke")
OFFERS = word_set("offer pledge commitment promise contribution")  # things given, which come from someone
GAINING = word_set("win have gain secure get enjoy receive obtain draw earn")  # "won the backing of Canada"
PROTECTING = word_set("guarantee deterrent safeguard protection assurance insurance")  # "a guarantee for Kyiv"
DOCUMENTS = word_set("statement communique communiqué declaration document readout release resolution")
DOCUMENT_NOUNS = DOCUMENTS | DEALS | word_set("draft treaty text")  # what can be drawn up or signed by someone
PROVISIONS = PLANS | DOCUMENT_NOUNS  # "under the plan", "the plan provides that": what it says is its authors' word
RECEIVING = frozenset({"win", "draw", "receive", "get", "gain", "earn", "attract", "face", "meet", "secure"})


def governors(token: Token, edges: frozenset[str] = SHARED_SUBJECT) -> Iterator[Token]:
    """The token, then each head reached through `edges` (the chain that shares one subject)."""
    yield token
    while token.dep_ in edges and token.head != token:
        token = token.head
        yield token


def subject_of(token: Token) -> Token | None:
    """The subject of the clause a word stands in, through xcomp/aux/acomp/conj chains, noun cues and
    participles ("Setting out his call ..., Starmer said": Starmer); the noun an adjective with a complement
    describes ("there are 26 countries ready to deploy troops": the countries)."""
    described = token.dep_ == "amod" and token.pos_ == "ADJ" and token.head.pos_ == "NOUN"
    if described and any(c.dep_ == "xcomp" for c in token.children):
        return token.head
    previous = None
    for word in governors(token, SHARED_SUBJECT | NOUN_TO_VERB | {"advcl", "pcomp"}):  # "responded by saying"
        if previous is not None and previous.dep_ == "xcomp":
            controller = next((c for c in word.children if c.dep_ in ("dobj", "iobj")), None)
            # "called on Berlin to send"; not "On Tuesday, Italy refused to send" (a time, before the verb)
            on = [
                g
                for p in word.children
                if p.dep_ == "prep" and p.lower_ in ("on", "upon") and p.i > word.i
                for g in p.children
            ]
            controller = controller or next((g for g in on if g.dep_ == "pobj" and g.ent_type_ not in TIMES), None)
            if controller is not None and controller.lemma_.lower() not in LEGISLATURES | IDEAS:
                # not "is pushing the idea of peacekeepers to freeze the conflict": an idea does nothing
                return controller  # "urged Berlin to send troops": Berlin sends
            # "will ask parliament to approve sending troops": the government asking holds it
        subjects = [c for c in word.children if (c.dep_ in SUBJECTS and c.dep_ != "expl") or _relative_det(c)]
        subjects += _subjects_on_auxiliary(word) or _subject_in_fronted_phrase(word) or _subject_set_off(word)
        subjects += _subject_taken_for_a_conjunct(word)
        # "Every member but Slovakia has offered troops": a name the parser made a second subject, after "but"
        subjects = [c for c in subjects if not any(_excepting(o) and o.i < c.i for o in subjects if o != c)]
        named = [c for c in subjects if c.lower_ not in QUANTIFIERS]
        subjects = named or subjects  # "Britain and France have each said": "each" is no subject of its own
        if subjects:  # the nearest: a stray word parsed as a second subject sits further out
            return min(subjects, key=lambda c: abs(word.i - c.i))
        absolute = _after_with(word)
        if absolute is not None:
            return absolute
        reported = reported_clause_continued(word)
        if reported is not None:
            return subject_of(reported)
        previous = word
        attitude = word.head.head.dep_ == "acomp" and word.head.head.pos_ == "ADJ"  # "is not shy about offering"
        attitude = attitude or (word.head.lower_, word.head.head.lower_) == ("from", "far")  # "is far from willing"
        if word.dep_ == "pcomp" and word.head.lower_ not in MANNER_PREPOSITIONS and not attitude:
            # "criticised Poland for refusing": Poland refuses, not the critic; "stopped Kyiv from joining": Kyiv
            return _credited(word.head) or _restrained(word)
        if word.dep_ == "advcl" and not _participle(word) and not _split_perfect(word):
            return None
        if word.dep_ in OWN_CLAUSES - {"conj", "advcl"} or word.dep_ == "ROOT":
            break
    return _headline_subject(token)


def _headline_subject(token: Token) -> Token | None:
    """ "Sweden open to sending troops", "Hungary against any Western force, Orban says": a headline without its
    verb, whose opening name the parser made the root (or hung on the speech verb after it), is what the words
    hanging on it are said of."""
    names = [a for a in token.ancestors if a.pos_ == "PROPN" and a.left_edge.i == token.sent.start]
    name = names[-1] if names else None
    if name is None or not (name.dep_ == "ROOT" or (name.dep_ == "dep" and name.head.lemma_.lower() == "say")):
        return None
    if any(t.text in ("-", "–", "—", ":") for t in name.doc[token.sent.start : token.i]):
        return None  # "France - Ready to send troops", "Meloni: ...": a label or a speaker, read as such
    return name if not any(w.pos_ in ("VERB", "AUX") and w.i < token.i for w in name.subtree) else None


def _absolute(preposition: Token) -> bool:
    """ "France leads the planning, with Italy refusing to send troops": a "with" clause with a subject of its own
    says what another side does, not what the cue is about."""
    return preposition.lower_ == "with" and any(g.dep_ == "pcomp" and has_subject(g) for g in preposition.children)


def _after_with(verb: Token) -> Token | None:
    """ "France leads, with Belgium and Estonia signalling readiness to contribute": the noun after "with" that a
    participle follows is the participle's subject, which the parser leaves out (it hangs the participle on the main
    verb, whose subject is someone else)."""
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VBG" or verb.left_edge.i == 0:
        return None
    noun = verb.doc[verb.left_edge.i - 1]
    while noun.dep_ == "conj":
        noun = noun.head
    return noun if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None


def reported_clause_continued(word: Token) -> Token | None:
    """ "Trump said Putin is ready to talk, but rejects any troops": a present-tense verb the parser coordinated
    with a past reporting verb continues the present-tense clause reported before it, whose named subject it
    shares; "Trump said Putin was ready, and rejected ..." stays the reporter's."""
    if word.dep_ != "conj" or word.head.tag_ != "VBD" or not _present(word):
        return None
    reported = [c for c in word.head.children if c.dep_ == "ccomp" and c.i < word.i and _present(c)]
    named = [c for c in reported[-1:] if any(s.dep_ in SUBJECTS and s.pos_ in ("PROPN", "PRON") for s in c.children)]
    return named[0] if named else None


def _present(verb: Token) -> bool:
    """Whether a finite verb is in the present ("rejects", "is", "will send", "can join")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return auxiliaries[0].tag_ in ("VBZ", "VBP") or auxiliaries[0].lower_ in PRESENT_MODALS
    return verb.tag_ in ("VBZ", "VBP")


def _subjects_on_auxiliary(word: Token) -> list[Token]:
    """ "Britain and France are leading ...": a subject the parser hung on the auxiliary is the verb's."""
    return [g for c in word.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in SUBJECTS]


def _subject_in_fronted_phrase(verb: Token) -> list[Token]:
    """ "Despite their doubts about the offer to Ukraine, the UK and France remain hopeful", "Outside Europe, Canada
    and Australia have signalled ...": a verb left without a subject whose opening phrase ends, after a comma, in an
    "apposition" or "conjunct" right before it (or its auxiliaries); that is the subject."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i])
    for phrase in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        tail = [
            t for t in phrase.subtree if t.dep_ in ("appos", "conj") and t.right_edge.i == start - 1 and _after_comma(t)
        ]
        if tail and phrase.i == phrase.left_edge.i == 0:
            return tail[:1]
    return []


def _subject_set_off(verb: Token) -> list[Token]:
    """ "Washington, meanwhile, has refused to say": a name the parser took for an adverbial noun, opening the
    sentence before a verb left without a subject and set off from it by an adverb between commas, is that
    subject (not "Last week, ...": a time)."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    opening = [
        c for c in verb.children if c.dep_ == "npadvmod" and c.left_edge.i == 0 and c.pos_ == "PROPN" and c.i < verb.i
    ]
    if not opening or opening[0].ent_type_ in TIMES:
        return []
    between = verb.doc[opening[0].right_edge.i + 1 : verb.i]
    set_off = any(t.dep_ == "advmod" for t in between) and between[:1].text == ","
    return opening[:1] if set_off else []


def _subject_taken_for_a_conjunct(verb: Token) -> list[Token]:
    """ "Germany will host talks and Poland will send troops": a coordinated verb with auxiliaries of its own but
    no subject, right after a name the parser coordinated with a word before it; that name is its subject."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    before = verb.doc[auxiliaries[0].i - 1] if auxiliaries and auxiliaries[0].i > 0 else None
    if before is None or before.dep_ != "conj" or before.pos_ not in ("PROPN", "NOUN") or before.head.i > before.i:
        return []
    return [before]


def _after_comma(word: Token) -> bool:
    return word.doc[max(0, word.left_edge.i - 1)].text == ","


def _relative_det(word: Token) -> bool:
    """ "a coalition, which envisions deploying ...": a relative pronoun the parser took for a determiner of the
    verb is its subject."""
    relative = word.lower_ in RELATIVE_PRONOUNS and word.head.dep_ == "relcl"
    return word.dep_ == "det" and relative and word.i < word.head.i


def permitter_of(token: Token) -> Token | None:
    """ "agreed to allow the US to offer a guarantee": the one allowing holds the stance, not the one allowed."""
    clause = list(governors(token))[-1]
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in PERMITTING:
        return subject_of(clause.head)
    return None


def passive_request(token: Token) -> Token | None:
    """ "France was urged to send troops", "Washington has been asked to back the force": a passive verb of asking
    over the word, whose subject is the one asked; the stance is the asker's, named after "by" or not at all."""
    below = token
    for word in governors(token):
        if below.dep_ == "conj" and any(c.dep_ == "aux" for c in below.children):
            return None  # "had not been asked to contribute troops and would consider any request": its own
        if _asked_in_passive(word) and below.dep_ != "conj":  # "was asked to send troops but refused": its own
            return word
        below = word
    return None


def urged_to(token: Token) -> bool:
    """ "urged the administration to go further and commit to ...": a verb coordinated under what someone is urged
    to do, which is the urger's wish, not the stance of the one urged."""
    word = token
    while word.dep_ == "conj":
        word = word.head
    urging = word.dep_ == "xcomp" and word.head.lemma_.lower() in URGING
    return urging and word != token and any(c.dep_ == "dobj" for c in word.head.children)


def request_answered(reply: Token) -> Token | None:
    """The request a reply with no object of its own answers: the infinitive of the passive verb of asking it is
    coordinated with ("was asked to send troops but refused", "has been invited to join and agreed")."""
    if reply.dep_ != "conj" or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in reply.children):
        return None
    if not _asked_in_passive(reply.head):
        return None
    return next((c for c in reply.head.children if c.dep_ == "xcomp"), None)


def _asked_in_passive(word: Token) -> bool:
    """ "was urged", "has been asked": a passive verb of asking someone to act."""
    return word.lemma_.lower() in URGING and any(c.dep_ == "auxpass" for c in word.children)


def _split_perfect(word: Token) -> bool:
    """ "Merz has for the first time opened the door": a perfect the parser split at a phrase inside it, taking "has"
    for the main verb and the participle for a clause of its own."""
    return word.head.lemma_ == "have" and word.head.i < word.i and word.tag_ in ("VBD", "VBN")


def _participle(word: Token) -> bool:
    return word.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in word.children)


def marked_participle(word: Token) -> bool:
    """ "while repeating its rejection", "after saying": a participle after a conjunction, with no subject of its
    own (its subject is that of the clause it hangs on, where the parser hangs it right)."""
    marks = [c for c in word.children if c.dep_ == "mark"]
    own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.children)
    return word.tag_ == "VBG" and bool(marks) and all(m.lower_ in PARTICIPLE_MARKS for m in marks) and not own


def group_of_possessor(noun: Token) -> list[Token]:
    """ "London and Paris's statements": the possessor and those coordinated with it."""
    possessor = possessor_of(noun)
    return group(possessor) if possessor is not None else []


def agent_of(token: Token) -> list[Token]:
    """ "backed by the US", "the proposal by Paris and London", "won backing from Denmark": the nouns after a
    passive's "by", a noun cue's "by" or "from", or the "from" of a verb that receives the noun cue."""
    for word in governors(token):
        if word.lemma_.lower() in EXPERIENCING:
            break  # "Warsaw was disappointed by Washington's refusal": the "by" names the cause, Warsaw feels it
        for child in word.children:
            if child.dep_ == "agent":  # "backed by Britain and France", "by twenty countries, including Sweden"
                return [n for g in child.children if g.dep_ == "pobj" for n in group(g)]
    if token.pos_ != "NOUN":
        return []
    sources = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
    if token.lemma_.lower() in AUTHORED:  # "the initiative of London and Paris": its authors, when named
        sources += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and _names_someone(c)]
    if token.dep_ == "dobj" and token.head.lemma_.lower() in RECEIVING:  # "gained support in Paris and London"
        sources += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ in ("from", "in", "among")]
    return [n for source in sources for g in source.children if g.dep_ == "pobj" for n in (g, *g.conjuncts)]


def bound_party(verb: Token) -> Token | None:
    """ "the declaration commits Britain and France to deploying troops": the named party a verb of binding binds,
    who holds what it is bound to; "commits the coalition to a force" too ("has not committed troops" binds no
    one)."""
    # "a document committing Ukraine to non-membership" names what it says, not who holds it (but "the declaration,
    # which commits them to a force" says what it binds its signatories to)
    added = verb.dep_ == "relcl" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ","
    if verb.lemma_.lower() not in BINDING or (verb.dep_ in ("acl", "amod", "relcl") and not added):
        return None
    objects = (o for o in verb.children if o.dep_ == "dobj")
    bound = (o for o in objects if o.pos_ == "PROPN" or o.lemma_.lower() in BOUND_GROUPS or o.lower_ in BOUND_PRONOUNS)
    return next(bound, None)


def reason_about(verb: Token, subject: Token | None) -> list[Token]:
    """ "the plan is unacceptable because [it provides for foreign troops]": the reason given for a judgement of a
    thing, in a clause that names the thing again as "it" or "they"; what the judgement is about."""
    if subject is None or subject.pos_ != "NOUN":
        return []
    reasons = (c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ in REASONS for m in c.children))
    clause = next(
        (c for c in reasons if any(s.lower_ in ("it", "they") for s in c.children if s.dep_ in SUBJECTS)), None
    )
    return [t for t in clause.subtree if t.dep_ not in SUBJECTS] if clause is not None else []


def restrained_party(verb: Token) -> Token | None:
    """ "threats will not deter France from deploying troops", "nothing will stop us from sending troops": the
    one a verb of restraint holds back from doing something; restraint denied, that one goes ahead and holds
    what it does ("Hungary stopped Kyiv from joining NATO" is Hungary's own stance)."""
    party = next((o for o in verb.children if o.dep_ == "dobj"), None)
    if party is None or verb.lemma_.lower() not in RESTRAINING or restraint_denier(verb) is None:
        return None
    return party


def restrained_doing(verb: Token) -> Token | None:
    """What a verb of restraint holds someone back from doing ("stop Britain from [sending troops]"), the only way
    it is a stance ("stop the war" is none), and all it is a stance on ("deter Russia from attacking the force"
    is no stance on the force)."""
    if verb.lemma_.lower() not in RESTRAINING or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    doings = (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children)
    doing = next((g for g in doings if g.dep_ == "pcomp"), None)
    return None if doing is None or doing.lemma_.lower() in ASSAILING else doing  # not "from testing the force"


def restraint_denier(verb: Token) -> Token | None:
    """The word denying a restraint: "not", "never", or a subject that is no one ("nothing will stop us")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.lower_ == "nothing" or nobody(subject)):
        return subject
    return next((c for c in verb.children if c.dep_ == "neg"), None)


def authors_of(noun: Token) -> list[Token]:
    """ "the plan drawn up by Witkoff", "the declaration signed by Britain and France": those a document or plan
    is credited to by the participle describing it."""
    if noun.lemma_.lower() not in AUTHORED | DOCUMENT_NOUNS:
        return []
    described = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [n for verb in described for n in agent_of(verb)]


def credited_for(noun: Token) -> Token | None:
    """ "praised Britain for its willingness", "thanked Norway for its offer": the one the verb credits or blames
    for the noun."""
    return _credited(noun.head) if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None


def credited(noun: Token) -> bool:
    """Whether a noun is the one a verb of credit or blame names ("praised Britain for ...")."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in CREDITING


def _credited(reason: Token) -> Token | None:
    """The one a verb of credit or blame names for what its "for" or "of" gives: its object, or its subject when
    passive ("Poland was criticised for refusing", "accused Britain of planning")."""
    verb = reason.head
    if reason.lower_ not in ("for", "of") or verb.lemma_.lower() not in CREDITING:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _restrained(doing: Token) -> Token | None:
    """The one a verb of restraint holds back from `doing` ("stopped Kyiv from [joining]")."""
    verb = doing.head.head
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if restrained_doing(verb) == doing else None


def maker_of(noun: Token) -> Token | None:
    """ "the US offer", "the American offer", "the British refusal": a name, or a people's adjective, before a noun
    that could say whose it is."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("amod", "compound")
            and (c.pos_ == "PROPN" or (c.pos_ == "ADJ" and c.is_title and c.i > c.sent.start))
        ),
        None,
    )


def offered_from(noun: Token) -> list[Token]:
    """ "pledges of troops from France and Britain", "an offer from Spain": the names an offer comes from, on the
    offer or on what it offers (not "the withdrawal of troops from Ukraine": no offer)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in OFFERS:
        return []
    offered = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    froms = [p for w in (noun, *offered) for p in w.children if p.dep_ == "prep" and p.lower_ == "from"]
    return [n for p in froms for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN" for n in group(g)]


def determined(word: Token) -> bool:
    """ "a foreign contingent": a word with a determiner or modifier before it is a noun, whatever its tag."""
    return any(c.dep_ in ("det", "amod", "poss", "compound", "nummod") and c.i < word.i for c in word.children)


def owner_of(noun: Token) -> Token | None:
    """ "Britain's offer", "the British offer": whose the thing is, by a possessive or by a name before it."""
    return possessor_of(noun) or maker_of(noun)


def _names_someone(preposition: Token) -> bool:
    return any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in preposition.children)


def judge_of(token: Token) -> Token | None:
    """ "consider the idea premature", "described the move as an occupation", "called the deployment of troops in
    Ukraine a red line" (which the parser may hang on the object): the verb that passes the judgement, whose subject
    holds it; "described the plans to deploy troops as a threat", the "as" hung on the plan's verb, too."""
    edges = frozenset({"ccomp", "oprd", "pobj", "prep", "pcomp", "dobj", "appos", "acl", "advcl"})
    for word in governors(token, SHARED_SUBJECT | edges):
        if paratactic(word):
            return None  # "Britain says it is ready; Germany calls the debate premature": a clause beside the judgement
        if word != token and word.lemma_.lower() in SPEAKING_VERBS:
            return None  # "Moscow had not seen the text, adding that it would never accept troops": said, not judged
        reason = any(c.dep_ == "mark" and c.lower_ in REASONS for c in word.children)
        if (
            (word.dep_ == "conj" or (word.dep_ == "advcl" and reason))
            and word.pos_ in ("VERB", "AUX")
            and has_subject(word)
        ):
            return None  # "regards the plan as premature, and Rome will not send troops", "sees no reason for
            # optimism, since troops would be deployed": a clause with a subject of its own, beside the judgement
        demand = any(c.dep_ == "prep" and c.lower_ in CALLED_FOR and c.i == word.i + 1 for c in word.children)
        judging = word.lemma_.lower() in JUDGING and word.pos_ != "NOUN"  # not "its view that ...", a view stated
        if word != token and judging and not (word.lemma_.lower() == "call" and demand):
            return word  # not "called for a backstop, saying ...": a demand, not a name given
    return None


def pointer_of(subject: Token, pointers: frozenset[str]) -> Token | None:
    """The word a subject points back with: the subject itself ("this"), or the "this" of "all of this"."""
    if subject.lower_ in pointers:
        return subject
    if subject.lower_ != "all":
        return None
    return next((g for p in subject.children if p.lower_ == "of" for g in p.children if g.lower_ in pointers), None)


def possessor_of(token: Token) -> Token | None:
    """ "Moscow's rejection": the possessor of a noun cue."""
    return next((child for child in token.children if child.dep_ == "poss"), None)


def holder_after_of(token: Token) -> Token | None:
    """ "has won the backing of Canada", "with the support of Germany": the one whose stance a noun cue had, named after
    "of" where the cue is something gained or held (not "the rejection of the plan": its object)."""
    gained = token.dep_ == "dobj" and token.head.lemma_.lower() in GAINING
    held = token.dep_ == "pobj" and token.head.lower_ == "with"
    if token.pos_ != "NOUN" or not (gained or held) or possessor_of(token) is not None:
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of is not None else None


def experiencer_of(token: Token, own: Span) -> Token | None:
    """ "unacceptable to Moscow", "a red line for Kyiv": whom a judgement belongs to (in its own clause: not the "to"
    of "has never objected to Kyiv joining the EU, but NATO membership is a red line"; nor a "to" or "for" among the
    cue's `own` words, which names its object: "there is no place for Ukraine's membership")."""
    for word in governors(token):
        for child in word.children:
            if child.dep_ == "prep" and own.start <= child.i < own.end:
                continue
            if child.dep_ == "prep" and child.lower_ == "to" and word.lemma_.lower() in TAKING_TO:
                continue  # "remains opposed to Ukraine's accession": what it is opposed to, not who judges
            if child.dep_ == "prep" and child.lower_ == "for" and word.lemma_.lower() in PROTECTING:
                continue  # "the best guarantee for Ukraine": whom it protects, not who judges
            if child.dep_ == "prep" and child.lower_ in ("to", "for"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if word.dep_ == "conj" and has_subject(word):
            break
    return None


def counted_out(noun: Token) -> Token:
    """ "none of our soldiers", "thousands of French troops": the ones counted; any other noun itself."""
    counting = noun.lower_ == "none" or noun.lemma_.lower() in QUANTITIES or noun.like_num
    of = next((p for p in noun.children if p.lower_ == "of"), None) if counting else None
    return next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun


def named_in_condition(pronoun: Token) -> Token | None:
    """ "if Western troops appear in Ukraine, they will be targets": the subject of the condition before a clause
    that "they" or "it" takes up."""
    if pronoun.lower_ not in ("they", "it") or pronoun.dep_ not in SUBJECTS:
        return None
    for clause in pronoun.head.children:
        opened = any(m.dep_ == "mark" and m.lower_ in ("if", "when", "once") for m in clause.children)
        if clause.dep_ == "advcl" and clause.i < pronoun.i and opened:
            return next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return None


def antecedent_of(pronoun: Token) -> Token | None:
    """ "countries which refused ...": the noun a relative pronoun stands for."""
    if pronoun.lower_ not in RELATIVE_PRONOUNS:
        return None
    clause = pronoun.head
    copula = clause.head
    if clause.dep_ == "ccomp" and copula.lemma_ == "be" and any(c.lower_ == "it" for c in copula.children):
        return next((c for c in copula.children if c.dep_ == "attr"), None)  # "It is Russia that rejects ..."
    return _member(clause.head) if clause.dep_ == "relcl" else None


def described_member(cue: Token) -> Token | None:
    """ "The countries willing to send troops include Britain and France": the member named for a group that a
    cue describes (the cue modifies the group's noun: "Hungary is the only country not to back ..." too), or None."""
    # "the countries willing to ...", "the countries that have offered troops" (its subject only the relative pronoun)
    subjects = [c for c in cue.children if c.dep_ in SUBJECTS]
    bare_relative = cue.dep_ == "relcl" and all(c.lower_ in RELATIVE_PRONOUNS for c in subjects)
    before = cue.doc[cue.i - 1] if cue.i > 0 else cue
    # "Britain is among the countries prepared to send troops", where the parser hangs "prepared" on "is"
    group = before if cue.dep_ == "advcl" and before.dep_ == "pobj" and before.pos_ == "NOUN" else cue.head
    if cue.dep_ not in ("amod", "acl") and not bare_relative and group == cue.head:
        return None
    # "Britain was the first to offer troops", "Among those ready to send troops are Finland and Sweden"
    if group.pos_ != "NOUN" and group.lower_ not in RANKS and group.lower_ != "those":
        return None
    if group.pos_ == "NOUN" and group.lemma_.lower() not in GROUPS_OF_SIDES | RANKS:
        return None  # "the declaration is a militaristic document": a thing described, no side of a group
    member = _member(group)
    return None if member == group else member


def advocates_named(noun: Token) -> list[Token]:
    """ "Opponents of sending troops include Slovakia", "critics of the force, including Hungary, say": the sides a
    noun for the people who hold a stance names as its members."""
    member = _member(noun)
    listed = group(member) if member != noun else []
    return listed + [m for m in group(noun) if m != noun and m.head.lower_ != "of"]


def _member(noun: Token) -> Token:
    """ "Japan is among 30 nations that ...", "Canada is one of the countries that ...", "the countries that ...
    include Britain", "Hungary is the only member that ...": the member named, for what the group does."""
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":
        listed = next((c for c in noun.head.children if c.dep_ == "dobj"), None)
        return listed if listed is not None else noun
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":  # "Hungary is the only EU member that opposes ...": Hungary
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.lower_ != "it"), noun)
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "the countries that have offered troops are France, ..."
        return next((c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"), noun)
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("among", "of"):
        return noun
    one_of = preposition.lower_ == "of" and preposition.head.lower_ == "one"
    verb = preposition.head.head if one_of else preposition.head
    # "Among the countries that refused are Hungary and Slovakia": the subject, or the attribute when inverted
    member = next((c for c in verb.children if c.dep_ in ("nsubj", "attr")), None) if verb.lemma_ == "be" else None
    return member if member is not None else noun


def partners_of(head: Token, subject: Token | None) -> list[Token]:
    """ "France, together with Britain, proposed ...", "Italy backs the force alongside Spain", "Paris is working
    on plans for a force with London", "Italy joined Germany in rejecting ...": the names acting with the holder.
    Only names: "alongside American forces" says whose forces, not who else holds the stance."""
    anchors = [*governors(head), *([subject] if subject is not None else [])]
    preps = [c for a in anchors for c in a.children if c.dep_ == "prep"]
    preps += [g for p in preps if p.lower_ == "along" for g in p.children if g.dep_ == "prep"]  # "along with"
    if head.lemma_.lower() in JOINT_VERBS:  # "working on a force with London": the parser may hang it anywhere
        preps += [w for w in scope(head) if w.dep_ == "prep" and w.lower_ == "with"]
    deals = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in DEALS]
    preps += [p for deal in deals for p in deal.children if p.dep_ == "prep" and p.lower_ == "with"]
    partners: list[Token] = []
    joined = head.head.head if head.dep_ == "pcomp" and head.head.lower_ == "in" else None
    if joined is not None and joined.lemma_.lower() in ("join", "follow"):  # "Italy joined Germany in rejecting"
        partners += [n for o in joined.children if o.dep_ == "dobj" for n in (o, *o.conjuncts) if n.pos_ == "PROPN"]
    for prep in dict.fromkeys(preps):
        fronted_like = prep.lower_ == "like" and prep.head in anchors and prep.i < head.i  # "Like Italy, Spain ..."
        together = (
            prep.lower_ == "alongside"
            or fronted_like
            or (
                prep.lower_ == "with"
                and (
                    head.lemma_.lower() in JOINT_VERBS
                    or prep.head in deals  # "reached agreements with Russia and Ukraine to ensure ..."
                    or (prep.head == head and head.lemma_.lower() == "agree")  # "agreed with Romania to clear mines"
                    or prep.head.lower_ == "along"
                    or any(c.dep_ == "advmod" and c.lower_ == "together" for c in prep.children)
                )
            )
        )
        if together:
            names = [n for g in prep.children if g.dep_ == "pobj" for n in (g, *g.conjuncts)]
            # names, or a group's noun ("along with the Baltic states"); "alongside American forces" says whose forces
            partners.extend(n for n in names if n.pos_ == "PROPN" or (n.pos_ == "NOUN" and n.lemma_ not in TROOP_NOUNS))
    return partners + cooperating_with(head, subject) + _elliptical_partners(head) + _sharing_the_position(head)


def closing_apposition(noun: Token) -> bool:
    """ "..., a position echoed by Latvia", "..., a move welcomed by Kyiv": a noun after a comma that names what the
    clause it hangs on says (the parser may read it as a second object)."""
    after_comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    return noun.dep_ in ("npadvmod", "appos", "dobj") and after_comma and noun.i > noun.head.i


def _sharing_the_position(head: Token) -> list[Token]:
    """ "Estonia is ready to send troops, a position echoed by Latvia", "..., a view shared by Hungary": the names
    a closing apposition says hold the same position."""
    closing = (c for w in (head, *head.ancestors) for c in w.children if c.i > head.i)
    positions = [c for c in closing if closing_apposition(c)]
    echoes = [a for p in positions if p.lemma_.lower() in POSITIONS for a in p.children if a.dep_ == "acl"]
    agents = [
        g for e in echoes if e.lemma_.lower() in ECHOING for a in e.children if a.dep_ == "agent" for g in a.children
    ]
    return [n for g in agents if g.dep_ == "pobj" for n in (g, *g.conjuncts) if n.pos_ == "PROPN"]


def cooperating_with(head: Token, subject: Token | None) -> list[Token]:
    """ "European countries would provide guarantees in cooperation with the USA", "with coordination with the United
    States": the names the doers act jointly with, who share what they do even where the doers are not named."""
    anchors = [*governors(head), *([subject] if subject is not None else []), *agent_of(head)]
    joint = [
        n
        for a in anchors
        for p in a.children
        if p.dep_ == "prep" and p.lower_ in ("in", "with")
        for n in p.children
        if n.dep_ == "pobj" and n.lemma_.lower() in COOPERATION
    ]
    withs = [w for n in joint for w in n.children if w.dep_ == "prep" and w.lower_ == "with"]
    return [g for w in withs for o in w.children if o.dep_ == "pobj" for g in (o, *o.conjuncts) if g.pos_ == "PROPN"]


def _elliptical_partners(head: Token) -> list[Token]:
    """ "Britain will send troops, as will France", "...; so will France", "Poland will not send troops, and nor
    will Hungary", "Italy rejects the force, as does Hungary": the names of a clause that repeats the cue's
    verb as a bare auxiliary, with "as", "so", "neither", "nor" or "too"."""
    clause = list(governors(head, SHARED_SUBJECT | {"xcomp", "ccomp"}))
    # "Britain is ready to send troops, as is France": the parser may hang the repeat on the cue's infinitive
    below = [c for w in clause for c in w.children if c.dep_ == "xcomp"]
    candidates = [c for w in clause for c in w.children if c.dep_ in ("advcl", "conj")]
    candidates += [c for w in below for c in w.children if c.dep_ == "advcl"]
    # "Britain will send troops; so will France": parsed with "so will" on top
    candidates += [above for below, above in pairwise(clause) if below.dep_ == "ccomp"]
    names: list[Token] = []
    for verb in candidates:
        if not _repeats_as_auxiliary(verb, clause):
            continue
        marked = any(c.lower_ in ELLIPSIS_MARKS for c in verb.children) or any(
            c.lower_ in NEITHER_NOR for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i
        )
        named = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.pos_ == "PROPN"]
        if marked:
            names += [n for name in named for n in (name, *name.conjuncts)]
    return names


def contrasted_partners(head: Token) -> list[Token]:
    """ "Copenhagen is ready to send troops, but Stockholm is not", "Britain will send troops; Germany will not",
    "Rome is not ready to, but Madrid is": the names of a clause that repeats the cue's verb as a bare auxiliary,
    against it, with the opposite polarity."""
    clause = list(governors(head, SHARED_SUBJECT | {"xcomp"}))  # not "has said it will ..., but Germany has not"
    candidates = [c for w in clause for c in w.children if c.dep_ == "conj"]
    candidates += [clause[-1].head] if paratactic(clause[-1]) else []
    candidates += [  # "France will send troops, while Germany will not"
        c
        for w in clause
        for c in w.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children)
    ]
    conceded = clause[-1].dep_ == "advcl" and any(  # "While France will send troops, Germany will not"
        m.dep_ == "mark" and m.lower_ in ("while", "whereas", "although", "though") for m in clause[-1].children
    )
    candidates += [clause[-1].head] if conceded else []
    denied_here = any(c.dep_ == "neg" for w in clause for c in w.children)
    names: list[Token] = []
    for verb in candidates:
        repeated = _reported_auxiliary(verb) or verb  # "but Germany said it would not": what it said, repeated
        if not _repeats_as_auxiliary(repeated, clause) or any(c.lower_ in ELLIPSIS_MARKS for c in repeated.children):
            continue
        denied_there = any(c.dep_ == "neg" for c in repeated.children)
        contrasted = verb.dep_ != "conj" or any(c.dep_ == "cc" and c.lower_ in CONTRASTS for c in verb.head.children)
        if contrasted and denied_here != denied_there:
            names += [n for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" for n in (c, *c.conjuncts)]
    return names


def _reported_auxiliary(verb: Token) -> Token | None:
    """ "..., but Germany said it would not": the bare auxiliary a speech verb reports, whose pronoun subject is the
    speech verb's own."""
    if verb.lemma_.lower() not in ("say", "tell", "indicate", "signal", "insist"):
        return None
    said = (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in ELLIPTICAL_VERBS)
    bare = (c for c in said if not any(g.dep_ not in ("nsubj", "neg", "punct", "advmod") for g in c.children))
    return next((c for c in bare if any(g.dep_ == "nsubj" and g.pos_ == "PRON" for g in c.children)), None)


def _repeats_as_auxiliary(verb: Token, clause: list[Token]) -> bool:
    """ "..., as will France", "..., but Germany will not": a bare auxiliary with no verb of its own outside the clause
    it repeats."""
    blocked = any(c.dep_ in ELLIPSIS_BLOCKERS and c not in clause for c in verb.children)
    return verb.lemma_.lower() in ELLIPTICAL_VERBS and not blocked


def bare_auxiliary(verb: Token) -> bool:
    """ "Germany is not.", "Spain, however, has not.": an auxiliary that is the whole clause, with a subject and no
    verb or complement of its own."""
    kept = {"nsubj", "neg", "punct", "advmod", "cc", "prep"}  # "Germany, by contrast, will not."
    return (
        verb.dep_ == "ROOT" and verb.lemma_.lower() in ELLIPTICAL_VERBS and all(c.dep_ in kept for c in verb.children)
    )


def paratactic(clause: Token) -> bool:
    """ "Britain will send troops; Germany will not": a clause the parser hangs as the complement of the one after a
    semicolon, which stands beside it."""
    if clause.dep_ != "ccomp" or clause.i > clause.head.i:
        return False
    return any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1 : clause.head.i])


def quoted_by_another(word: Token) -> bool:
    """ "'He told me, 'I'll accept that,'' Trump said": a word of a quotation inside the quotation, after an opening
    single mark that follows a comma or colon (and before its closing mark), introduced by someone other than the
    speaker ("As I said, 'we will send troops'" are the speaker's own words)."""
    for k in range(word.i - 1, 0, -1):
        mark, before = word.doc[k].text, word.doc[k - 1].text
        if mark in ('"', "“", "”"):
            return False  # the outer quotation's own mark: no inner one opened after it
        if mark in ("'", "‘", "’"):
            if mark == "’" or before not in (",", ":"):
                return False  # an earlier inner one closed
            introducer = word.doc[max(0, k - INTRODUCER_WORDS) : k]
            return not any(t.lower_ in ("i", "we") for t in introducer)
    return False


def alternatives(noun: Token) -> bool:
    """ "Turkey or Romania will lead the naval mission", "Either Britain or France would command it": one of them
    may, neither is said to ("neither ... nor" denies them all, and is read as a denial)."""
    members = [noun, *noun.conjuncts]
    joining = [c.lower_ for w in members for c in w.children if c.dep_ in ("cc", "preconj")]
    return len(members) > 1 and "or" in joining and not NEITHER_NOR & set(joining)


def group(noun: Token) -> list[Token]:
    """A noun and those coordinated with it or listed under it ("Germany, Poland and Spain",
    "countries including Germany and Poland", "a coalition led by the UK and France")."""
    # "Estonia and Latvia, but not Lithuania", "Moscow, not Kyiv, rejected": a conjunct denied is no member
    # "Not Germany but France will send troops": the first one, denied and corrected, is no member either
    corrected = any(d.dep_ == "neg" and d.i < noun.i for d in noun.children) and any(
        d.dep_ == "cc" and d.lower_ == "but" for d in noun.children
    )
    members = [
        *([] if corrected else [noun]),
        *(
            c
            for c in noun.conjuncts
            if not any(d.dep_ == "neg" for d in c.children) and not contrasted_away(c) and not _excepting(noun)
        ),
        *_coordinated_subjects(noun),
    ]
    for member in list(members):
        people = member.lemma_.lower() in CITIZENS  # "citizens of Poland": its people, who do not speak for it
        for child in member.children:
            if child.dep_ == "prep" and child.lower_ in GROUP_PREPOSITIONS and not people:
                objects = [g for g in child.children if g.dep_ == "pobj"]
                for obj in objects:  # "all of the members but Hungary": not Hungary
                    members.extend([obj, *([] if _excepting(obj) else obj.conjuncts)])
            if child.dep_ == "acl" and child.lower_ == "led":
                for by in (g for g in child.children if g.dep_ == "agent"):
                    for obj in (g for g in by.children if g.dep_ == "pobj"):
                        members.extend([obj, *obj.conjuncts])
    return members


def _excepting(noun: Token) -> bool:
    """ "All EU members but Hungary", "every member but Slovakia", "all of the members but Hungary": a universal group
    with a "but" after it, which excepts the name that follows (that name holds nothing the group does)."""
    if not any(d.dep_ == "cc" and d.lower_ == "but" for d in noun.children):
        return False
    over = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None  # "all of the members"
    return (
        any(d.lower_ in UNIVERSAL for d in noun.children)
        or noun.lower_ in UNIVERSAL
        or (over is not None and over.lower_ in UNIVERSAL)
    )


def _coordinated_subjects(noun: Token) -> list[Token]:
    """ "Britain as well as France has pledged troops": a second subject the parser hangs on the verb beside the
    first, joined by the first one's "as well as"."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    others = [c for c in noun.head.children if c.dep_ == noun.dep_ and c != noun]
    first = min([noun, *others], key=lambda t: t.i)
    if not any(c.dep_ == "cc" for c in first.children) or _excepting(first):
        return []
    return [member for other in others for member in (other, *other.conjuncts)]


def listed_after(verb: Token, subject: Token) -> list[Token]:
    """ "Many countries have offered troops for the force, including Sweden and Denmark", "Few countries, namely
    Britain and France, are ready", "Two countries are ready to send troops: Britain and France": the members a
    clause lists for its unnamed subject, wherever the parser hung the list."""
    return [
        member
        for word in verb.subtree
        if word.i > subject.i
        for listed in _listed_names(word)
        for member in (listed, *listed.conjuncts)
    ]


def _listed_names(word: Token) -> list[Token]:
    """The names a list word introduces: the objects of "including", or a name set in apposition after "namely"
    or a colon."""
    if word.dep_ == "prep" and word.lower_ == "including":
        return [listed for listed in word.children if listed.dep_ == "pobj"]
    if word.dep_ == "conj" and word.lemma_ == "include":  # "the countries ready to send troops include", misparsed
        return [listed for listed in word.children if listed.dep_ == "dobj"]
    if word.dep_ != "appos" or word.pos_ != "PROPN":
        return []
    introduced = any(c.lower_ == "namely" for c in word.children) or word.nbor(-1).text == ":"
    return [word] if introduced else []


def noun_phrase(noun: Token) -> Span:
    """A noun with its modifiers on the left and its apposition ("Dmitry Peskov, the Kremlin spokesman"); an
    "apposition" the parser hangs beyond the noun's own verb is none, nor is a relative clause it reads as one."""
    start = min((t.i for t in noun.lefts if t.dep_ not in ("punct", "cc", "prep") and not t.is_space), default=noun.i)
    start = min(start, noun.i)
    # "BRUSSELS (AP) - A draft statement ...": a dash set apart by spaces closes a dateline, no part of the noun's
    # phrase (not the hyphen of "a US-drafted plan")
    dashes = [t.i for t in noun.doc[start : noun.i] if t.text in DASHES and t.i > 0 and noun.doc[t.i - 1].whitespace_]
    start = max([start, *(i + 1 for i in dashes if noun.doc[i].whitespace_)])
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ in ("appos", "compound", "flat") and not noun.i < noun.head.i < child.i:
            if child.lower_ in RELATIVE_PRONOUNS:
                break  # "Poland, which borders Russia's allies, ...": a clause misread as an apposition
            end = max(end, _without_clauses(child) + 1)
    return noun.doc[start:end]


def _without_clauses(noun: Token) -> int:
    """The last word of a noun's phrase before a clause that describes it: "the first leader [to visit Trump]"."""
    clauses = [c for c in noun.rights if c.dep_ in ("relcl", "acl")]
    if not clauses:
        return noun.right_edge.i
    return max([noun.i, *(t.i for t in noun.subtree if t.i < clauses[0].left_edge.i)])


def scope(head: Token, excluded: Iterable[Token] = (), *, descriptions: bool = False) -> list[Token]:
    """The words a cue governs: its subtree, without its subject, its conditions or other clauses; with
    `descriptions`, relative clauses that describe its object count too ("a guarantee that mirrors
    Article 5")."""
    skip = {t.i for t in excluded}
    out: list[Token] = []
    stack = [head, *_delayed_complement(head), *_what_it_is(head)]
    while stack:
        word = stack.pop()
        out.append(word)
        # "wants [the force] to be deployed", "declined to say whether [troops] would be sent", "rejected suggestions
        # that [peacekeepers] be deployed": what is wanted, asked or said includes its subject
        with_subject = _demanded(word) or (
            word != head
            and (
                _indirect_question(word)
                or content_clause(word)
                or _ruled_out_that(word)
                or _gerund_after_preposition(word)
                or _small_clause(word)  # "called for [a European force] to be deployed"
            )
        )
        for child in word.children:
            if child.i in skip or (child.dep_ in SUBJECTS and not with_subject):
                continue
            describes = (
                descriptions
                and word != head
                and (
                    (child.dep_ == "relcl" and describing(child))
                    or (child.dep_ in ("acl", "ccomp") and word.pos_ == "NOUN")
                )
            )  # "a guarantee that mirrors Article 5", "the notion that the West could provide ..."
            complement = (
                _small_clause(child)
                or _ruled_out_that(child)
                or _indirect_question(child)
                or _demanded(child)
                or _gerund_object(child)
                or _stage_reached(child)
                or content_clause(child)
            )
            if _when_it_comes_to(child):  # what the cue is about: the words after "to", not the idiom's own "it"
                stack.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ == "to")
                continue
            if child.dep_ in OWN_CLAUSES and has_subject(child) and not describes and not complement:
                continue
            kept = _bare_gerund(child) or _intended(child) or _backing(child) or _planned(child) or _extraposed(child)
            kept = kept or _judged_as(child)
            coordinated = child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and not _same_infinitive(child)
            # "not only willing to send troops but also ready to lead the force": a predicate of its own
            coordinated = coordinated or (child.dep_ == "conj" and child.pos_ == "ADJ" and _own_complement(child))
            if (child.dep_ == "advcl" and not (kept or complement)) or (coordinated and not complement):
                continue  # a purpose or a circumstance, or a coordinated verb with an object of its own
            if child.dep_ == "prep" and (child.lower_ in CIRCUMSTANCES or left_unsaid(child) or _absolute(child)):
                continue
            if child.lower_ in DISREGARDING:  # "will deploy troops regardless of whether the US provides a backstop"
                continue
            if child.dep_ == "conj" and _contrasted(word, child) and not affirmed_instead(child):
                continue  # "ruled out ground troops but backed air support": the support is not ruled out (but "does
                # not need peacekeepers but guarantees" needs the guarantees: `affirmed_instead`)
            if child.dep_ == "advcl" and _past_a_contrast(word, child):
                continue  # "would not send troops but backs extending ...", misparsed: the backing is not refused
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _when_it_comes_to(clause: Token) -> bool:
    """ "Nothing is ruled out when it comes to sending troops": the idiom names what a cue is about, where another
    clause with a subject of its own would be a circumstance."""
    return (
        clause.dep_ == "advcl"
        and clause.lemma_ == "come"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in clause.children)
    )


def _judged_as(clause: Token) -> bool:
    """ "dismissed talk of a force as premature": the judgement after "as", which the parser may hang on the verb as
    a clause of its own."""
    judged = clause.dep_ == "advcl" and clause.pos_ in ("ADJ", "NOUN")
    return judged and any(c.lower_ == "as" and c.i < clause.i for c in clause.children)


def _what_it_is(verb: Token) -> list[Token]:
    """ "What Italy wants is an Article 5-style guarantee": what a "what" clause wants or needs is the thing the
    sentence then names."""
    return [c for c in verb.head.children if c.dep_ == "attr"] if pseudo_cleft(verb) else []


def pseudo_cleft(clause: Token) -> bool:
    """ "What Italy wants is an Article 5-style guarantee": a "what" clause the sentence then names, no question."""
    named = (
        clause.dep_ == "csubj" and clause.head.lemma_ == "be" and any(c.dep_ == "attr" for c in clause.head.children)
    )
    return named and any(c.lower_ == "what" for c in clause.children)


def _delayed_complement(noun: Token) -> list[Token]:
    """ "signed a pledge on Tuesday to send troops": a noun cue's infinitive that a phrase of time or place pushed
    away from it, so that the parser hung it on the verb as a purpose."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return []
    return [
        clause
        for clause in noun.head.children
        if clause.dep_ in ("advcl", "xcomp")
        and clause.left_edge.i > noun.right_edge.i
        and infinitive(clause)
        and not has_subject(clause)
        and all(w.dep_ == "prep" and w.head == noun.head for w in noun.head.children if noun.i < w.i < clause.i)
    ]


def describing(clause: Token) -> bool:
    """A relative clause that says what its noun is ("a guarantee that mirrors Article 5"), not one in which someone
    else states something of their own about it ("a compromise, which they conditioned on a US safety net")."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    return all(s.lower_ in RELATIVE_PRONOUNS for s in subjects)


def withheld_troops(verb: Token) -> Token | None:
    """ "will send weapons but no troops", "will offer its airports, but not soldiers", "backs the guarantees but not
    troops", "would rather provide logistics than troops": troops that a backing verb's object sets apart with "no",
    "not" or "rather ... than" (the parser hangs them on the verb or on its object)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "advmod" and c.lower_ == "rather" for c in verb.children):  # "would rather give X than troops"
        return _rather_than([verb, *objects])
    sending = verb.lemma_.lower() in SENDING_VERBS  # "backs a US backstop, not a European force" withholds no troops
    return next(
        (
            n
            for n in denied_conjuncts(verb)
            if n.pos_ == "NOUN" and n.lemma_.lower() in TROOP_NOUNS and (sending or n.lemma_.lower() not in FORMATIONS)
        ),
        None,
    )


def denied_conjuncts(verb: Token) -> list[Token]:
    """ "backs guarantees but not NATO membership", "will send weapons but no troops", "will send equipment, not
    troops": what is coordinated with a verb's object (or hung on the verb itself) and denied."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    coordinated = [*(c for c in verb.children if c.dep_ == "conj"), *(g for o in objects for g in o.conjuncts)]
    coordinated += [a for o in objects for a in o.children if a.dep_ == "appos"]
    # not a clause of its own ("offered planes, but that was not feasible")
    return [noun for noun in coordinated if noun.pos_ in ("NOUN", "PROPN") and denied(noun)]


def denied(noun: Token) -> bool:
    """ "not troops", "no troops", "..., not a European force": a noun marked as not meant ("not ground troops",
    where the parser hangs "not" on the word before the noun, too)."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    return contrasted_away(noun) or any(
        (c.dep_ == "neg" and c.lower_ in ("not", "n't")) or (c.dep_ == "det" and c.lower_ == "no")
        for c in [*noun.children, *(g for m in modifiers for g in m.children)]
    )


def affirmed_instead(word: Token) -> bool:
    """ "would not need American soldiers, only American support", "will send not troops but equipment", "was not
    asking for soldiers, only for support": after a denied object, the apposition, conjunct or second preposition
    marked by "only" or "but" is what is meant."""
    if word.dep_ == "prep" and any(c.dep_ == "advmod" and c.lower_ in ONLY for c in word.children):
        # "was not asking for American soldiers, only for American support": the second "for", after a denied first
        verb = word.head
        first = any(c.dep_ == "prep" and c.lower_ == word.lower_ and c.i < word.i for c in verb.children)
        return first and any(c.dep_ == "neg" for c in verb.children)
    if word.dep_ not in ("appos", "conj") or word.head.dep_ not in ("dobj", "pobj", "attr"):
        return False
    denied_object, verb = word.head, word.head.head
    negated = any(c.dep_ == "neg" for c in verb.children) or denied(denied_object)
    marked = any(c.dep_ == "advmod" and c.lower_ in ONLY for c in word.children) or any(
        c.dep_ == "cc" and c.lower_ == "but" for c in denied_object.children
    )
    return negated and marked and word.i > denied_object.i


def cataphoric_subject(pronoun: Token) -> Token | None:
    """ "Though it will not send troops, Poland will ...": the subject a pronoun in a clause set before it points
    ahead to (not "If it sends troops, France will follow": a condition may speak of someone else)."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" or clause.i > clause.head.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in CONCEDING for c in clause.children):
        return None
    later = next((c for c in clause.head.children if c.dep_ in SUBJECTS and c.i > clause.i), None)
    return later if later is not None and later.pos_ in ("NOUN", "PROPN") else None


def _own_complement(adjective: Token) -> bool:
    """ "ready to lead the force", coordinated after "willing to send troops": an adjective with an infinitive of its
    own (not "ready and willing to send", whose infinitive both share)."""
    return any(c.dep_ == "xcomp" for c in adjective.children)


def _same_infinitive(verb: Token) -> bool:
    """ "ready to host aircraft and help secure the Black Sea": a verb coordinated inside an infinitive, which the
    word governing the infinitive governs as well."""
    first = verb.head
    # "offered to help train soldiers and to provide aircraft": a bare infinitive under a "to" one counts too
    marked = [first, first.head] if first.head.dep_ == "xcomp" else [first]
    infinitive = first.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for w in marked for c in w.children)
    # "ready to host aircraft and [to] protect the airspace": a "to" of its own is still the same infinitive
    own = any(c.dep_ in SUBJECTS or (c.dep_ in ("aux", "auxpass", "neg") and c.lower_ != "to") for c in verb.children)
    return infinitive and not own


def set_apart(words: Iterable[Token]) -> list[Token]:
    """ "rather than sending troops": the words an exclusion governs, and where the parser makes "than" a
    coordinator or a clause's mark ("will provide training rather than send troops"), the verb it sets apart."""
    governed = [t for w in words for t in w.subtree]
    for word in words:
        if word.dep_ == "cc" and word.lower_ == "than":
            governed += [t for c in word.head.children if c.dep_ == "conj" and c.i > word.i for t in c.subtree]
        elif word.dep_ == "mark" and word.lower_ == "than":  # "Rather than send troops, Italy will ..."
            governed += list(word.head.subtree)
        elif word.dep_ == "neg" and word.head.dep_ == "conj" and word.head.pos_ == "ADP" and word.head.i > word.i:
            governed += list(word.head.subtree)  # "in favour of the force but not of sending its own troops"
    return governed


def dispreferred(preposition: Token) -> bool:
    """ "prefers a UN mission to a European force", "would prefer neutral peacekeepers over NATO troops": the "to" or
    "over" that names what is preferred less, hung on the verb of preferring or on its object."""
    if preposition.dep_ == "prep" and preposition.lower_ == "than":
        return _compared(preposition.head)
    if preposition.dep_ != "prep" or preposition.lower_ not in ("to", "over"):
        return False
    chooser = preposition.head.head if preposition.head.dep_ in ("dobj", "xcomp") else preposition.head
    chooser = chooser.head if chooser.dep_ == "xcomp" else chooser  # "prefers sending trainers to sending troops"
    return chooser.lemma_.lower() in PREFERRING


def _compared(word: Token) -> bool:
    """ "would be more effective than sending troops", "safer than a force": a comparison, whose "than" names what
    is judged the other way (the parser may hang the "than" on the "be" of the comparative)."""
    if word.lower_ in ("less", "more", "fewer"):
        return False  # "nothing less than neutrality", "more than 5,000 troops": an amount, not a judgement
    judged = [word, *(c for c in word.children if c.dep_ == "acomp")] if word.lemma_ == "be" else [word]
    judged += [c for w in judged for c in w.children if c.dep_ == "conj"]  # "more effective and less risky than"
    return any(
        w.tag_ in ("JJR", "RBR") or any(c.dep_ == "advmod" and c.lower_ in ("more", "less") for c in w.children)
        for w in judged
    )


def contrasted_away(word: Token) -> bool:
    """ "wants a US backstop, not a European force": the apposition or conjunct a contrasting "not" denies (also
    where the parser hangs the "not" on the conjunct's modifier: "unarmed observers, but not armed peacekeepers")."""
    if word.dep_ not in ("appos", "conj"):
        return False
    if any(c.dep_ == "neg" and contrasting_not(c) and word.head.i < c.i < word.i for c in word.head.children):
        return True
    return any(t.dep_ == "neg" and t.i < word.i and t.doc[t.i - 1].lower_ in ("but", ",") for t in word.subtree)


def contrasting_not(negation: Token) -> bool:
    """ "wants a US backstop, not a European force": a "not" the parser hangs on the noun before it, which denies
    the apposition or conjunct that follows."""
    noun = negation.head
    after_comma = negation.i > 0 and negation.doc[negation.i - 1].text == ","  # "guarantees, not promises"
    following = any(c.dep_ in ("appos", "conj") and c.i > negation.i for c in noun.children)
    return negation.i > noun.i and (after_comma or following)


def _rather_than(words: list[Token]) -> Token | None:
    """The troops after "than" in "would rather provide logistics than (send) troops", hung on the verb or its
    object."""
    for child in (c for w in words for c in w.children):
        if child.lower_ != "than" and not any(m.dep_ == "mark" and m.lower_ == "than" for m in child.children):
            continue
        sent = [g for g in child.children if g.dep_ in ("pobj", "dobj")]
        troops = next((g for g in sent if g.lemma_.lower() in TROOP_NOUNS), None)
        if troops is not None:
            return troops
    return None


def gives_up(word: Token) -> bool:
    """ "abandon", "renounce", "give up", "set aside": a verb that takes its object away from the one who had it."""
    lemma = word.lemma_.lower()
    particles = {c.lower_ for c in word.children if c.dep_ in ("prt", "advmod")}
    return lemma in ABANDONING or (lemma == "give" and "up" in particles) or (lemma in PUTTING and "aside" in particles)


def barred_from(prep: Token, barring: frozenset[str]) -> Token | None:
    """ "rejected the provision barring Ukraine from joining NATO", which the parser may read with "from joining
    NATO" hung on "rejected": the barring verb that ends right before the "from" phrase, whose phrase it is."""
    if prep.lower_ != "from" or prep.dep_ != "prep" or prep.i == 0:
        return None
    before = prep.doc[prep.i - 1]
    verbs = (w for w in [before, *before.ancestors] if w.i < prep.i and w != prep.head and prep.head in w.ancestors)
    verb = next((w for w in verbs if w.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in barring or verb.right_edge.i != prep.i - 1:
        return None
    return verb if not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children) else None


def price_asked(scope: Iterable[Token]) -> Token | None:
    """ "would drop its NATO bid in exchange for guarantees", "offered troops in return for a backstop": the "for"
    phrase naming what a side asks in return for what it gives."""
    for word in scope:
        if word.dep_ == "prep" and word.lower_ == "for" and word.head.lower_ in BARGAINS:
            bargain = word.head
            if bargain.dep_ == "pobj" and bargain.head.lower_ == "in":
                return word
    return None


def left_unsaid(preposition: Token) -> bool:
    """ "opposed bloc confrontation, without commenting on the proposed force": what is left unsaid is no object."""
    return preposition.lower_ == "without" and any(
        g.dep_ == "pcomp" and g.lemma_.lower() in UNSAYING for g in preposition.children
    )


def _past_a_contrast(word: Token, clause: Token) -> bool:
    """A clause hung on the word that opens after a "but" of the word's own phrase, between the two."""
    return any(t.dep_ == "cc" and t.lower_ in CONTRASTS for t in word.doc[word.i + 1 : clause.left_edge.i])


def _contrasted(word: Token, conjunct: Token) -> bool:
    """Whether a conjunct is set against the word it is coordinated with ("X but Y", "X yet Y"; not "not only X but
    also Y")."""
    return any(
        c.dep_ == "cc"
        and c.lower_ in CONTRASTS
        and c.i < conjunct.i
        and not any(a.lower_ == "also" for a in c.children)
        for c in word.children
    )


def relative_antecedent(token: Token) -> Token | None:
    """ "the backstop, which Trump has not committed to": the noun a relative clause's object stands for; a noun
    cue counts from the verb it is the object of ("which Trump has expressed openness towards")."""
    start = token.head if token.dep_ == "dobj" and token.pos_ == "NOUN" else token
    for word in governors(start, SHARED_SUBJECT | frozenset({"xcomp", "pcomp", "pobj", "prep", "ccomp"})):
        if word.dep_ == "relcl":
            pronouns = [t for t in word.subtree if t.lower_ in RELATIVE_PRONOUNS and t.dep_ not in SUBJECTS]
            # "a move Russia condemned": no pronoun, but a subject and no object of its own; the noun is the object
            # (also of a clause the relative one reports: "a move Moscow said it would veto")
            return word.head if pronouns or (_gapped(word) and (word == start or _gapped(start))) else None
    return None


def _gapped(verb: Token) -> bool:
    """A verb with a subject but no object, which a relative clause's noun stands in for."""
    return any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children)


def sends_troops(verb: Token) -> bool:
    """ "sending Italian soldiers", "deploy troops": a sending verb whose object is troops."""
    return verb.lemma_.lower() in SENDING_VERBS and any(
        c.dep_ == "dobj" and _troops(c, TROOP_NOUNS) is not None for c in verb.children
    )


def up_to(verb: Token) -> Token | None:
    """ "send up to 6,000 soldiers", which the parser reads as the verb "send up" and a "to" phrase: the noun
    counted."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    counted = [g for g in to.children if g.dep_ == "pobj"] if to is not None else []
    return next((g for g in counted if any(c.dep_ == "nummod" for c in g.children)), None)


def _troops(noun: Token, troops: frozenset[str]) -> Token | None:
    """ "troops", "a company of soldiers", "thousands of troops": the troop noun, of the object itself or of what
    it numbers."""
    if noun.lemma_.lower() in troops:
        return noun
    units = (g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
    return next((g for g in units if g.lemma_.lower() in troops), None)


def troop_sendings(doc: Doc | Span, sending: frozenset[str], troops: frozenset[str]) -> list[Span]:
    """ "send Italian troops", "deploying its military", "whether Swedish soldiers would be deployed" (or "would
    go"), "an offer of troops": a sending verb (or its noun) and the troops it sends, whatever words stand between (a
    passive one only where it is asked about: "German troops are stationed in Lithuania" is a fact, not a sending to
    weigh)."""
    found = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        noun = verb.pos_ == "NOUN" and lemma in SENDING_NOUNS
        if lemma not in sending and lemma not in GOING and not noun:
            continue
        asked = any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)
        going = asked and lemma in GOING  # "whether Canadian troops would go to Ukraine"
        if lemma not in sending and not going and not noun:
            continue
        counted = up_to(verb)
        given = _given_with(verb)
        # objects coordinated with the first: "will provide the headquarters and a battalion"
        joined = [j for c in verb.children if c.dep_ == "dobj" for j in c.conjuncts]
        for obj in [*verb.children, *([counted] if counted is not None else []), *given, *joined]:
            sent = obj.dep_ == "dobj" or obj in (counted, *given, *joined) or (asked and obj.dep_ == "nsubjpass")
            sent = sent or (going and obj.dep_ == "nsubj")
            named = _troops(obj, troops) if sent else None
            if named is not None:
                found.append(verb.doc[min(verb.i, obj.left_edge.i) : named.i + 1])
        if verb.pos_ == "NOUN":  # "Britain's offer of troops", "a pledge of 1,000 soldiers", "the deployment of troops"
            offered = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
            named_troops = [_troops(g, troops) for g in offered if g.dep_ == "pobj"]
            found += [verb.doc[verb.i : n.i + 1] for n in named_troops if n is not None]
    return found


def _given_with(verb: Token) -> list[Token]:
    """ "contribute with personnel", "contribute, including with troops": what a verb gives "with"."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for p in preps if p.lower_ == "including" for g in p.children if g.dep_ == "prep"]
    return [g for p in preps if p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]


def mentions_span(noun: Token) -> Span:
    """A noun's whole phrase, with what follows it ("the head of the Polish Ministry of Defense")."""
    return noun.doc[noun.left_edge.i : noun.right_edge.i + 1]


def infinitive(word: Token) -> bool:
    """ "to send": a verb with its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)


def extraposing(verb: Token) -> bool:
    """ "it is too early [to say]", "it was premature [to discuss troops]": "it ... is" plus a judgement, where the
    "it" stands for the clause that follows."""
    return (
        verb.lemma_ == "be"
        and any(c.dep_ in ("acomp", "attr") for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    )


def _extraposed(word: Token) -> bool:
    """The infinitive an extraposing "it" stands for, which the parser may hang as a purpose."""
    return infinitive(word) and extraposing(word.head)


def _intended(word: Token) -> bool:
    """ "agreed at the summit to allow ...": an infinitive the parser hangs as a purpose is what was agreed."""
    return word.head.lemma_.lower() in INTENTIONS and infinitive(word)


def _planned(word: Token) -> bool:
    """ "working on a framework to strengthen Ukraine's security", "resisted pressure to send troops": what a plan
    or a call is for, which the parser hangs on the verb as a purpose."""
    if not infinitive(word):
        return False
    objects = [c for c in word.head.children if c.dep_ == "dobj"]
    objects += [g for p in word.head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    # "reached deals with Kyiv to secure shipping", "rejected calls to send soldiers"
    return any(o.lemma_.lower() in PLANS | DEALS | BODIES or o.lower_ in CALLS for o in objects)


def _backing(word: Token) -> bool:
    """ "refusing to provide air defences to back the force": the purpose of a provision is what it backs;
    "offered to contribute minesweepers to clear the Black Sea": the purpose of equipment given is what it
    is for (troops sent "to monitor the ceasefire" are a contribution of troops, whatever they do)."""
    if not infinitive(word):
        return False
    if word.lemma_.lower() in ("back", "support", "reinforce", "bolster"):
        return True
    given = [c for c in word.head.children if c.dep_ == "dobj"]
    return (
        word.head.lemma_.lower() in SENDING_VERBS
        and bool(given)
        and not any(c.lemma_.lower() in TROOP_NOUNS for c in given)
    )


def _bare_gerund(word: Token) -> bool:
    """ "ruled out sending soldiers": a gerund the parser hangs as an adverbial is the cue's object; after a comma
    it is a clause of its own ("ruled out Italian participation, favouring instead ...")."""
    after_comma = word.left_edge.i > 0 and word.doc[word.left_edge.i - 1].text == ","
    return (
        word.tag_ == "VBG"
        and word.i > word.head.i
        and not after_comma
        and not any(c.dep_ in ("mark", "aux") for c in word.children)
    )


def excepted(subject: Token) -> list[Token]:
    """ "Apart from Britain and France, no country has offered troops", "No European country except Hungary opposes
    the guarantees", "nobody but Hungary": the names excepted from a subject that names no one, who do what the
    verb says."""
    denied = nobody(subject) or subject.lower_ == "none" or any(d.lower_ == "no" for d in subject.children)
    if not denied:
        return []
    verb = subject.head
    preps = [c for c in (*subject.children, *verb.children) if c.dep_ == "prep" and c.lower_ in EXCEPTING_WORDS]
    preps += [
        p
        for w in (*subject.children, *verb.children)
        if (w.lower_ in ("apart", "aside") and w.dep_ == "advmod") or (w.lower_ == "other" and w.dep_ == "amod")
        for p in w.children
        if p.dep_ == "prep" and p.lower_ in ("from", "than")
    ]
    names = [n for p in preps for g in p.children if g.dep_ == "pobj" for n in (g, *g.conjuncts)]
    if any(c.dep_ == "cc" and c.lower_ == "but" for c in subject.children):
        names += subject.conjuncts  # "nobody but Hungary", parsed as a conjunct
    return names


def pointed_at(noun: Token) -> bool:
    """ "such units", "these troops": a noun pointing back to what was just named."""
    return any(d.dep_ in ("det", "predet", "amod") and d.lower_ in DEMONSTRATIVES for d in noun.children)


def nobody(word: Token) -> bool:
    """ "nobody", "no one": a subject that names no one in particular."""
    return word.lower_ == "nobody" or (word.lower_ == "one" and any(d.lower_ == "no" for d in word.children))


def _counted_question(noun: Token) -> bool:
    """ "how many troops", "how much money": a noun a question asks the number of."""
    return any(w.lower_ in ("many", "much") and any(h.lower_ == "how" for h in w.children) for w in noun.children)


def _indirect_question(clause: Token) -> bool:
    """ "cannot say [what it will contribute]", "will consider [what role it will play]", "declined to say
    [whether it would join]": a yes-or-no question, or a question about the holder's own part, is what the cue
    is about ("declined to say [which countries] pledged" is not)."""
    if clause.dep_ not in ("ccomp", "pcomp"):  # checked first: scope() asks this of every word it walks
        return False
    if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in clause.children):
        return True  # "declined to say whether Washington would back the force", "to comment on whether ..."
    if clause.dep_ == "pcomp":
        return False
    own = any(c.dep_ in SUBJECTS and c.lower_ in ("it", "we", "they", "i", "he", "she") for c in clause.children)
    if any(c.dep_ in ("dobj", "attr") and (c.tag_ in WH_WORDS or _counted_question(c)) for c in clause.children):
        # "too early to say [what Norway will contribute]", "[what Sweden's contribution would be]", "[how many
        # troops Norway would send]": what it gives
        return True
    return own and any(t.i < clause.i and t.tag_ in WH_WORDS | {"WRB"} for t in clause.subtree)


def _stage_reached(clause: Token) -> bool:
    """ "not yet at a stage [where we can commit troops]": what a stage or point would allow is what the cue about
    the stage is about."""
    return (
        clause.dep_ == "relcl"
        and clause.head.lemma_.lower() in STAGES
        and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in clause.children)
    )


def content_clause(clause: Token) -> bool:
    """ "suggestions [that European peacekeepers could be deployed]": what a noun says, subject and all; the parser
    may hang it as a relative clause ("a demand that Ukraine renounce ..."), whose "that" is then no pronoun."""
    return (
        clause.dep_ in ("acl", "ccomp", "relcl")
        and clause.head.pos_ == "NOUN"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _ruled_out_that(clause: Token) -> bool:
    """ "does not rule out that Western troops could be deployed": what is ruled out (or not), subject and all."""
    return (
        clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in ("rule", "exclude")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _demanded(clause: Token) -> bool:
    """ "demands that Ukraine abandon its NATO bid": what is demanded is the cue's object, subject and all; so is a
    second "that" clause coordinated with it ("... and that no Western troops be deployed"), or a second verb of
    its subject ("that Ukraine remain neutral and never join NATO")."""
    if clause.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        clause = next((w for w in clause.ancestors if w.dep_ == "ccomp"), clause.head)
    elif clause.dep_ == "conj" and clause.head.dep_ == "ccomp" and not has_subject(clause):
        clause = clause.head
    return (
        clause.dep_ == "ccomp"
        and clause.i > clause.head.i  # what is demanded follows the verb; a clause before it is quoted speech
        and (
            clause.head.lemma_.lower() in DEMANDING
            or clause.head.lower_ in DEMANDING
            or (clause.head.lemma_.lower() in INSISTING and mandative(clause, modal=True))
        )
    )


def mandative(verb: Token, modal: bool = False) -> bool:
    """ "insists that Ukraine renounce NATO", "that no troops be sent", and with `modal` "that Ukraine must stay out
    of NATO": a bare verb (or "must") in a "that" clause makes the clause a demand; "insists that Ukraine will ..."
    reports."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return all(a.lower_ == "be" or (modal and a.lower_ in ("must", "should")) for a in auxiliaries)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    singular = subject is not None and subject.tag_ in ("NN", "NNP")  # "Ukraine renounce": no agreement, a demand
    # "suggested that allies extend the clause": a present form after a past verb, no tense agreement either
    after_past = verb.head.tag_ == "VBD" and verb.lemma_ != "be"
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and (singular or after_past))


def _gerund_object(clause: Token) -> bool:
    """ "opposes [Ukraine joining NATO]": a gerund with its own subject is the cue's object."""
    bare = not any(c.dep_ in ("mark", "aux") for c in clause.children)
    return clause.dep_ == "ccomp" and clause.tag_ == "VBG" and bare


def _gerund_after_preposition(clause: Token) -> bool:
    """ "no question of [US soldiers going to Ukraine]", "no sense in [foreign forces being stationed there]": a
    gerund's own subject is part of what it names."""
    passive = clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in clause.children)
    return clause.dep_ == "pcomp" and (clause.tag_ == "VBG" or passive)


def _small_clause(clause: Token) -> bool:
    """ "considers [it important] [for Kyiv to receive guarantees]": a complement, not a clause of its own."""
    return any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children) or (
        clause.pos_ == "ADJ" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children)
    )


def has_subject(word: Token) -> bool:
    return any(child.dep_ in SUBJECTS for child in word.children)


def ancestors_and_self(token: Token) -> Iterator[Token]:
    yield token
    yield from token.ancestors


def below_a_word_of(token: Token, top: Token, lemmas: frozenset[str]) -> bool:
    """Whether the token, or a word between it and `top` above it, is one of these lemmas ("rejected criticism of
    its refusal": the criticism between the rejection and the refusal)."""
    for word in ancestors_and_self(token):
        if word == top:
            return False
        if word.lemma_.lower() in lemmas:
            return True
    return False


def opening_after(head: Token, prepositions: frozenset[str], marks: frozenset[str]) -> Token | None:
    """The word opening what a verb is qualified by after it: one of `prepositions` on it ("deploy after a
    ceasefire"), or one of `marks` opening a clause on it ("deploy once a deal is signed")."""
    for child in head.children:
        if child.i < head.i:
            continue
        if child.dep_ == "prep" and child.lower_ in prepositions:
            return child
        mark = next((m for m in child.children if m.dep_ == "mark" and m.lower_ in marks), None)
        if child.dep_ == "advcl" and mark is not None:
            return mark
        first = child.left_edge  # "until the root causes had been addressed", "until" hung on the clause's subject
        if child.dep_ in ("advcl", "ccomp") and first.dep_ == "mark" and first.lower_ in marks:
            return first
    return None
