"""Claims: for each stance cue, who holds the stance, on which topics, and which stance, read from the parse.

The holder is the subject of the cue's clause, reached through `xcomp`/`aux`/`conj` chains ("is ready to
send", "has refused and will refuse"), the agent of a passive ("backed by the US"), the possessor of a
noun cue ("Moscow's rejection") or whom a judgement belongs to ("unacceptable to Moscow"); each of a
coordinated group holds it ("Germany, Poland and Spain refused"). A pronoun, "this country" or a
subject that is itself a topic hands the claim to whoever speaks: the quotation's speaker, the subject
of the speech verb that frames the clause ("X said (that) ..."), "according to X", else the outlet
whose opinion the article relays. A claim about another actor inside someone's speech is reported.

Each cue is read once into a `Reading`, which says what the decision rests on, or why there is none:
`explain` shows them, `claims` keeps the claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.analysis import syntax
from bot.analysis.context import ArticleContext, Speaker, speaker_of
from bot.analysis.phrases import Hit
from bot.analysis.sentence import SentenceParse, topics_for
from bot.analysis.syntax import Alignment
from bot.model import Claim, Confidence, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

OTHERS_TROOPS = {"troop-contribution": "reassurance-force"}
PRIORITY = {"conditional": 0, "noncommittal": 1, "opposes": 2, "supports": 3}
OPPOSITE: dict[str, Stance] = {"supports": "opposes", "opposes": "supports"}
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})
PERSONAL = frozenset({"he", "she", "his", "her"})
GROUP_PRONOUNS = frozenset({"they", "it", "its", "their"})
POINTERS = frozenset({"this", "that", "these", "those", "it", "which"})
OWN_SIDE = frozenset({"country", "government", "nation", "administration", "side", "capital", "leadership"})
ANAPHORA = frozenset(
    {
        "role",
        "part",
        "idea",
        "plan",
        "plans",
        "proposal",
        "proposals",
        "move",
        "measure",
        "measures",
        "step",
        "steps",
        "initiative",
        "scheme",
        "concept",
        "option",
        "arrangement",
        "scenario",
        "scenarios",
        "deployment",
        "force",
        "mission",
    }
)
DEMONSTRATIVES = frozenset({"the", "this", "that", "these", "those", "such"})
OWN_WORDS = frozenset({"we", "i", "us", "our", "its", "their", "it", "they", "he", "she", "his", "her", "own"})
TROOP_NOUNS = frozenset(
    {
        "troop",
        "soldier",
        "force",
        "peacekeeper",
        "personnel",
        "military",
        "contingent",
        "boot",
        "serviceman",
        "unit",
        "servicemember",
        "army",
        "battalion",
        "brigade",
    }
)
SENDING_VERBS = frozenset(
    {"send", "deploy", "commit", "contribute", "provide", "station", "dispatch", "put", "offer", "pledge", "supply"}
)
OWN_DETERMINERS = frozenset({"the", "his", "her", "its", "our", "their", "this", "my"})
PEACE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "deal", "settlement", "armistice", "hostility", "war"})
BACKING_VERBS = frozenset({"provide", "help", "assist", "enable", "refuse", "supply"})
CONNECTORS = frozenset({"if", "only", "provided", "providing", "on", "as", "so", "unless", "once"})
CLAUSE_BREAKS = frozenset({";", "but", "while", "whereas", "which", "who", ":"})
INSIDE = frozenset({"within", "among", "amongst", "inside", "in"})
FOREIGN = frozenset(
    {
        "nato",
        "western",
        "foreign",
        "european",
        "allied",
        "international",
        "multinational",
        "coalition",
        "eu",
        "alliance",
    }
)
FORMER = frozenset({"former", "ex", "ex-", "retired", "onetime", "erstwhile"})
OTHER_PARTIES = frozenset(
    {
        "ally",
        "partner",
        "neighbour",
        "neighbor",
        "critic",
        "opponent",
        "enemy",
        "rival",
        "adversary",
        "backer",
        "supporter",
        "counterpart",
        "friend",
        "detractor",
    }
)
AGENT_VERBS = frozenset(
    {
        "send",
        "deploy",
        "provide",
        "supply",
        "contribute",
        "commit",
        "join",
        "station",
        "offer",
        "back",
        "support",
        "help",
        "participate",
        "give",
    }
)
PART_NOUNS = frozenset({"role", "part", "involvement", "presence", "participation", "contribution"})
MINIMAL = frozenset({"minimal", "marginal", "negligible", "minor", "token"})
CONSENT = frozenset({"consent", "participation", "approval", "agreement", "involvement", "say", "input"})
VERBAL_ANAPHORS = frozenset({"join", "participate", "contribute", "involve", "help"})
JUDGING = frozenset({"consider", "deem", "call", "see", "view", "regard", "describe", "brand", "label", "find", "term"})
YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True)
class Holder:
    """Who holds a stance, the person speaking for it when named, who reported it, and how it was found."""

    actor: str
    speaker: str | None = None
    reported_by: str | None = None
    confidence: Confidence = "stated"
    words: str = ""


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


@dataclass(frozen=True)
class Cue:
    """A stance cue placed in the parse: its list label, its words and the word that governs them."""

    hit: Hit
    head: Token
    label: str
    words: str
    span: Span


def sentence_readings(context: ArticleContext, index: int, doc: Doc | None) -> list[Reading]:
    """Every cue of one sentence, read."""
    parse = context.parses[index]
    if doc is None or not parse.cues:
        return []
    if parse.is_question:
        return [Reading(parse.words(c.start, c.end), why_not="the sentence is a question") for c in parse.cues]
    alignment = Alignment.of(doc)
    placed = _placed_cues(parse, alignment)
    connectors = [c for c in placed if c.label == "conditional" and c.words.split()[0].lower() in CONNECTORS]
    cues = [_conditioned(c, connectors) for c in placed if c not in connectors]
    cues += _conditions_of_their_own(cues, connectors)
    readings: list[Reading] = []
    exclusions = [c for c in cues if c.label == "exclusion"]
    for cue in _outermost(cues):
        reading = _read(context, index, alignment, cue, [e for e in exclusions if e.head != cue.head])
        if reading.holders and not reading.claims and cue.label in ("agree", "disagree"):
            _echo(context, index, cue, reading)
        elif reading.holders and reading.stance and not reading.claims:
            _share_coordinated(parse, cue, reading, readings)
        readings.append(reading)
    return readings


def _participle_with_agent(cue: Cue) -> bool:
    """ "the Article 5 guarantee sought by Zelenskyy": the agent's own claim, inside another cue's object."""
    return cue.head.dep_ == "acl" and bool(syntax.agent_of(cue.head))


def _conditioned(cue: Cue, connectors: list[Cue]) -> Cue:
    """ "is prepared to send peacekeepers provided that parliament approves": a condition right after a
    supporting cue, in the same clause, makes it conditional."""
    if cue.label != "supports":
        return cue
    doc = cue.head.doc
    for connector in connectors:
        between = doc[cue.span.end : connector.span.start]
        if connector.span.start >= cue.span.end and not any(t.lower_ in CLAUSE_BREAKS for t in between):
            return Cue(cue.hit, cue.head, "conditional", f"{cue.words} … {connector.words}", cue.span)
    return cue


def _conditions_of_their_own(cues: list[Cue], connectors: list[Cue]) -> list[Cue]:
    """ "such a deployment would only materialize if the U.S. provides support": a condition that qualifies
    no stance cue is a conditional stance on the clause it hangs on."""
    out = [c for c in _only_if(cues) if not any(o.head == c.head for o in cues)]
    for connector in connectors:
        if any(c.label == "conditional" and connector.words in c.words for c in cues):
            continue
        condition = next((t for t in connector.span if t.dep_ == "mark"), connector.head)
        clause = condition.head.head if condition.head.dep_ == "advcl" else None
        if clause is None or any(c.head == clause for c in cues):
            continue
        out.append(Cue(connector.hit, clause, "conditional", connector.words, connector.span))
    return out


def _only_if(cues: list[Cue]) -> list[Cue]:
    """ "would only materialize if ...": "only" on a clause and "if" on its condition, apart."""
    if not cues:
        return []
    found = []
    for mark in cues[0].head.doc:
        clause = mark.head
        if mark.dep_ == "mark" and mark.lower_ in ("if", "unless") and clause.dep_ == "advcl":
            governing = clause.head
            if any(c.dep_ == "advmod" and c.lower_ == "only" for c in governing.children):
                span = governing.doc[mark.i : mark.i + 1]
                found.append(Cue(cues[0].hit, governing, "conditional", f"only … {mark.text}", span))
    return found


def _echo(context: ArticleContext, index: int, cue: Cue, reading: Reading) -> None:
    """ "Kyiv disagrees.": the reverse (or the same) of what the sentence before claimed, for other actors."""
    for claim in context.claims.get(index - 1, []):
        stance = claim.stance if cue.label == "agree" else OPPOSITE.get(claim.stance)
        for holder in reading.holders:
            if stance and holder.actor != claim.actor:
                reading.stance = stance
                reading.claims.append(
                    Claim(
                        context.parses[index].position,
                        holder.actor,
                        claim.topic,
                        stance,
                        holder.speaker,
                        holder.reported_by,
                        cue.words,
                        "inferred",
                    )
                )
    reading.why_not = None if reading.claims else "nothing in the sentence before to agree or disagree with"


def _share_coordinated(parse: SentenceParse, cue: Cue, reading: Reading, earlier: list[Reading]) -> None:
    """ "Spain's law restricts its ability to send troops abroad, and Belgium would require a vote": a
    coordinated clause without a topic of its own shares the one before it."""
    if cue.head.dep_ != "conj":
        return
    before = next((r for r in reversed(earlier) if r.claims), None)
    if before is None or reading.stance is None:
        return
    for holder in reading.holders:
        for topic in dict.fromkeys(c.topic for c in before.claims):
            reading.claims.append(
                Claim(
                    parse.position,
                    holder.actor,
                    topic,
                    reading.stance,
                    holder.speaker,
                    holder.reported_by,
                    cue.words,
                    "inferred",
                )
            )
    reading.topics = list(dict.fromkeys(c.topic for c in reading.claims))
    reading.why_not = None


def sentence_claims(readings: list[Reading]) -> list[Claim]:
    """At most one stance per (actor, topic) in a sentence: the most qualified ("premature" over "dismissed")."""
    best: dict[tuple[str, str], Claim] = {}
    for reading in readings:
        for claim in reading.claims:
            key = (claim.actor, claim.topic)
            if key not in best or PRIORITY[claim.stance] < PRIORITY[best[key].stance]:
                best[key] = claim
    return list(best.values())


# --- where ----------------------------------------------------------------------------------------------


def _placed_cues(parse: SentenceParse, alignment: Alignment) -> list[Cue]:
    placed = []
    names = [m for m in parse.mentions if m.actor]
    for hit in parse.cues:
        if any(m.start < hit.end and hit.start < m.end for m in names):  # "the Coalition of the Willing to ..."
            continue
        span = _span(parse, alignment, hit.start, hit.end)
        if span is None:
            continue
        placed.append(Cue(hit, span.root, hit.label, parse.words(hit.start, hit.end), span))
    return placed


def _span(parse: SentenceParse, alignment: Alignment, start: int, end: int) -> Span | None:
    return alignment.span(parse.tokens[start].start, parse.tokens[end - 1].end)


def _outermost(cues: list[Cue]) -> list[Cue]:
    """A cue inside another cue's object is part of it: "rejects any scenarios envisaging the deployment of
    troops" is one opposition. A supporting frame takes the stance it introduces ("agreed to reject")."""
    out = []
    for cue in cues:
        outer = [
            o
            for o in cues
            if o is not cue
            and o.head != cue.head
            and cue.label != "exclusion"
            and not _participle_with_agent(cue)
            and cue.head in syntax.scope(o.head)
        ]
        if outer:
            continue
        inner = [
            i
            for i in cues
            if i is not cue and i.head != cue.head and i.label != "exclusion" and i.head in syntax.scope(cue.head)
        ]
        qualified = [i for i in inner if i.label in ("noncommittal", "conditional")]
        if qualified or (cue.label == "supports" and inner and inner[0].label == "opposes"):
            taken = (qualified or inner)[0]  # "dismissed talk of a force as premature": the qualified one
            cue = Cue(cue.hit, cue.head, taken.label, f"{cue.words} … {taken.words}", cue.span)
        out.append(cue)
    return out


# --- reading one cue --------------------------------------------------------------------------------------


def _read(context: ArticleContext, index: int, alignment: Alignment, cue: Cue, exclusions: list[Cue]) -> Reading:
    parse = context.parses[index]
    reading = Reading(cue.words)
    head = cue.head
    if syntax.inside_hypothesis(head) and cue.label != "noncommittal":
        reading.why_not = "the cue sits in an “if” or “whether” clause: it asserts nothing"
        return reading
    if syntax.hedged(head):
        reading.why_not = "speculation (“could”, “might”, “may”)"
        return reading
    judge = syntax.judge_of(head, JUDGING)
    governing = judge if judge is not None else head  # "called the talk of a force premature"
    subject = syntax.subject_of(governing)
    scope = syntax.scope(governing, [subject] if subject is not None else [], descriptions=True)
    if judge is not None:  # the judged thing is the small clause's subject: "consider [this idea premature]"
        scope = sorted({*scope, *head.subtree}, key=lambda t: t.i)
    if head.dep_ == "nsubj" and head.pos_ == "NOUN":  # "Support is mounting ... for a European-led mission"
        subject = None
        scope = sorted({*scope, *syntax.scope(head.head, [head], descriptions=True)}, key=lambda t: t.i)
    if _historical(context, parse, alignment, head, scope):
        reading.why_not = "a past statement (“previously”, an earlier year)"
        return reading
    reading.holders = _holders(context, index, alignment, cue, subject)
    if not reading.holders:
        reading.why_not = "no actor holds it (no named subject, speaker or outlet)"
        return reading
    stance = _stance(context, index, cue, reading, scope, reading.holders)
    if stance is None:
        reading.why_not = f"a negated {cue.label} cue says nothing clear"
        return reading
    reading.stance = stance
    for holder in reading.holders:
        topics = _topics(context, index, alignment, cue, holder, subject, scope, exclusions)
        reading.topics.extend(t for t in topics if t not in reading.topics)
        confidence = holder.confidence
        reading.claims.extend(
            Claim(
                sentence=parse.position,
                actor=holder.actor,
                topic=_topic_for(context, holder.actor, topic, cue),
                stance=stance,
                speaker=holder.speaker,
                reported_by=holder.reported_by,
                cue=cue.words,
                confidence=confidence,
            )
            for topic in topics
        )
    if not reading.claims:
        reading.why_not = "no topic in the cue's object, nor one that “this” or “the idea” points back to"
    return reading


def _topic_for(context: ArticleContext, actor: str, topic: str, cue: Cue) -> str:
    """The topic as the holder means it: the US sending troops is "US ground troops", the US supporting the
    force is the US backstop."""
    lexicon = context.lexicon
    backing = lexicon.backings.get((actor, topic))
    providing = any(t.lemma_.lower() in BACKING_VERBS for t in cue.span) or (
        cue.head.dep_ in ("advcl", "xcomp") and cue.head.head.lemma_.lower() in BACKING_VERBS
    )  # "prepared to provide strategic assets to support any European-led mission"
    if backing and (cue.label == "conditional" or providing):
        return backing
    return lexicon.replacements.get((actor, topic), topic)


# --- who -------------------------------------------------------------------------------------------------


def _holders(
    context: ArticleContext, index: int, alignment: Alignment, cue: Cue, subject: Token | None
) -> list[Holder]:
    head = cue.head
    frame = _frame(context, index, alignment, head)
    judge = syntax.judge_of(head, JUDGING)
    if judge is not None:  # "the German authorities consider this idea premature"
        head = judge
    for nouns in (syntax.agent_of(head), [syntax.possessor_of(head)], _compound_holders(head)):
        named = _named(context, index, alignment, [n for n in nouns if n is not None], frame)
        if named:
            return named
    if head.dep_ == "nsubj" and head.pos_ == "NOUN":  # "Support is mounting within the White House for ..."
        places = [g for p in head.head.children if p.lower_ in INSIDE for g in p.children if g.dep_ == "pobj"]
        named = _named(context, index, alignment, [m for place in places for m in syntax.group(place)], frame)
        if named:
            return named
    possessor = syntax.possessor_of(head)
    if possessor is not None and possessor.pos_ == "PRON":  # "his call for", "our willingness to"
        found = _pronoun(context, index, alignment, possessor, frame)
        if found:
            return found
    if cue.label == "opposes" and head.pos_ in ("ADJ", "NOUN"):  # "unacceptable to Moscow", "a red line for Kyiv"
        experiencer = syntax.experiencer_of(head)
        if experiencer is not None:
            found = _named(context, index, alignment, [experiencer], frame) or _pronoun(
                context, index, alignment, experiencer, frame
            )
            if found:
                return found
    if subject is not None:
        antecedent = syntax.antecedent_of(subject)
        subject = antecedent if antecedent is not None else subject
        if _topic_head(context, index, subject):  # "a US backstop is essential": the US is part of the topic
            return _speaker_holders(context, index, alignment, head, frame, opinion=True)
        named = _named(context, index, alignment, syntax.group(subject), frame)
        if named:
            return named
        if subject.pos_ == "PRON" or subject.lower_ in POINTERS:
            return _pronoun(context, index, alignment, subject, frame)
        if _own_side(subject):
            return _speaker_holders(context, index, alignment, head, frame)
        if not _is_topic(context, index, alignment, subject):
            return []
        if head.lemma_.lower() in AGENT_VERBS:  # "the deployment would not provide Ukraine with ...": no one's
            return []
        return _speaker_holders(context, index, alignment, head, frame, opinion=True)
    return _speaker_holders(context, index, alignment, head, frame)


def _compound_holders(head: Token) -> list[Token]:
    """ "British opposition to", "U.S. support for": an actor word modifying a noun cue."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [child for child in head.children if child.dep_ in ("compound", "amod", "nmod")]


def _named(
    context: ArticleContext, index: int, alignment: Alignment, nouns: list[Token], frame: Speaker | None
) -> list[Holder]:
    """The actors named by these nouns (their modifiers included), not those inside a topic phrase."""
    parse = context.parses[index]
    topics = [t for t in parse.topics if t.actor]
    holders: dict[str, Holder] = {}
    for noun in nouns:
        group = _counted_group(context, noun)
        if group:
            holders[group] = Holder(group, None, None, "stated", noun.text)
        if _not_speaking_for(noun):
            continue
        phrase = syntax.noun_phrase(noun)
        for mention in parse.mentions:
            if not mention.actor:
                continue
            char = parse.tokens[mention.start].start
            if not phrase.start_char <= char < phrase.end_char:
                continue
            if any(t.start <= mention.start < t.end for t in topics):
                continue
            known = holders.get(mention.actor)
            if known and known.speaker:
                continue
            speaker = _person_name(context, index, mention.start) if mention.kind == "person" else None
            reported = frame.actor if frame and frame.actor and frame.actor != mention.actor else None
            holders[mention.actor] = Holder(
                mention.actor, speaker, reported, "reported" if reported else "stated", phrase.text
            )
    return list(holders.values())


def _not_speaking_for(noun: Token) -> bool:
    """ "a former NATO official" no longer speaks for NATO; "Washington's European allies" are not Washington."""
    described = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    if any(c.lower_ in FORMER for word in described for c in word.children):
        return True
    return noun.lemma_.lower() in OTHER_PARTIES and any(c.dep_ == "poss" for c in noun.children)


def _counted_group(context: ArticleContext, noun: Token) -> str | None:
    """ "26 countries have pledged": the group a counted member noun stands for, where the article names it."""
    actor = context.lexicon.counted.get(noun.lower_)
    if actor is None or not any(c.dep_ == "nummod" for c in noun.children):
        return None
    named = any(m.actor == actor for p in context.parses for m in p.mentions)
    return actor if named else None


def _person_name(context: ArticleContext, index: int, token: int) -> str:
    named = next((n for n in context.people if n.sentence == index and n.token == token), None)
    if named:
        return named.name
    mention = next(m for m in context.parses[index].mentions if m.start == token)
    return mention.text


def _pronoun(
    context: ArticleContext, index: int, alignment: Alignment, pronoun: Token, frame: Speaker | None
) -> list[Holder]:
    """ "we" is the quotation's speaker, "he" the framing speaker or the last person named, "it" and "they"
    the actor of the framing speaker."""
    word = pronoun.lower_
    quoted = context.quote_speaker(index, pronoun.idx)
    if word in FIRST_PERSON:
        speaker = quoted or frame
        return _from_speaker(speaker, "stated")
    if quoted and (word in PERSONAL or word in GROUP_PRONOUNS):  # "he", "they" in a quotation are others
        return []
    if word in PERSONAL:
        if frame and frame.actor:
            return _from_speaker(frame, "stated")
        clause_subject = syntax.subject_of(pronoun.head) if pronoun.dep_ == "poss" else None
        if clause_subject is not None and clause_subject.pos_ == "PROPN":
            holders = _named(context, index, alignment, [clause_subject], frame)
            if holders:
                return holders
        speaker = context.previous_subject(index)
        if speaker is None:
            person = context.last_person(index, _local_token(context, index, pronoun.idx))
            speaker = Speaker(person.name, person.actor) if person else None
        return _from_speaker(speaker, "inferred")
    if word in GROUP_PRONOUNS and frame and frame.actor:
        framing = _frame_subject(context, pronoun)
        group = _named(context, index, alignment, syntax.group(framing), None) if framing is not None else []
        return group if len(group) > 1 else _from_speaker(Speaker(None, frame.actor), "stated")
    if word in POINTERS:  # "This is unacceptable to us": "this" is the topic, the speaker holds it
        return _speaker_holders(context, index, alignment, pronoun.head, frame)
    return []


def _speaker_holders(
    context: ArticleContext,
    index: int,
    alignment: Alignment,
    head: Token,
    frame: Speaker | None,
    *,
    opinion: bool = False,
) -> list[Holder]:
    """Whoever speaks the clause; the outlet whose opinion the article relays only where a topic is the subject."""
    quoted = context.quote_speaker(index, head.idx)
    if quoted and quoted.actor:
        return _from_speaker(quoted, "stated")
    if frame and frame.actor:
        return _from_speaker(frame, "stated")
    if opinion and context.opinion_outlet and not quoted:
        return [Holder(context.opinion_outlet, confidence="opinion", words=context.opinion_outlet)]
    return []


def _from_speaker(speaker: Speaker | None, confidence: Confidence) -> list[Holder]:
    if speaker is None or not speaker.actor:
        return []
    return [Holder(speaker.actor, speaker.name, None, confidence, speaker.name or speaker.actor)]


def _frame(context: ArticleContext, index: int, alignment: Alignment, head: Token) -> Speaker | None:
    """Who speaks the clause: the subject of the speech verb that frames it, or "according to X"."""
    for verb in syntax.speech_frames(head, context.lexicon.is_speech):
        subject = syntax.subject_of(verb)
        if subject is not None and _not_speaking_for(subject):
            return None
        if subject is not None:
            speaker = _speaker_at(context, index, syntax.noun_phrase(subject))
            if speaker and speaker.actor:
                return speaker
            actors = _actors_in(context, index, syntax.mentions_span(subject))
            if len(actors) == 1:
                return Speaker(speaker.name if speaker else None, actors[0])
            if speaker:
                return speaker
    source = syntax.according_to(head)
    if source is not None:
        return _speaker_at(context, index, syntax.noun_phrase(source))
    return None


def _frame_subject(context: ArticleContext, word: Token) -> Token | None:
    """The subject of the speech verb nearest above a word ("Poland and Latvia said they ...")."""
    verb = next(syntax.speech_frames(word, context.lexicon.is_speech), None)
    return syntax.subject_of(verb) if verb is not None else None


def _speaker_at(context: ArticleContext, index: int, phrase: Span) -> Speaker | None:
    parse = context.parses[index]
    tokens = [k for k, t in enumerate(parse.tokens) if phrase.start_char <= t.start < phrase.end_char]
    if not tokens:
        return None
    return speaker_of(context, index, tokens[0], tokens[-1] + 1)


def _actors_in(context: ArticleContext, index: int, span: Span) -> list[str]:
    parse = context.parses[index]
    found = [
        m.actor
        for m in parse.mentions
        if m.actor
        and not m.actor.startswith("outlet:")
        and span.start_char <= parse.tokens[m.start].start < span.end_char
    ]
    return list(dict.fromkeys(found))


def _local_token(context: ArticleContext, index: int, char: int) -> int:
    tokens = context.parses[index].tokens
    return next((k for k, t in enumerate(tokens) if t.start >= char), len(tokens))


def _own_side(noun: Token) -> bool:
    """ "his country", "the government": the side of whoever speaks (not "26 nations")."""
    return (
        noun.lemma_.lower() in OWN_SIDE
        and noun.tag_ == "NN"
        and any(d.lower_ in OWN_DETERMINERS for d in noun.children if d.dep_ in ("det", "poss"))
    )


def _topic_head(context: ArticleContext, index: int, noun: Token) -> bool:
    """Whether a noun is the head word of a topic phrase ("backstop" in "a US so-called backstop")."""
    parse = context.parses[index]
    return any(
        parse.tokens[t.start].start <= noun.idx < parse.tokens[t.end - 1].end for t in parse.topics
    ) and noun.pos_ in ("NOUN", "PROPN")


def _is_topic(context: ArticleContext, index: int, alignment: Alignment, noun: Token) -> bool:
    """Whether a subject is itself a topic ("European troops would be unacceptable") or points to one."""
    parse = context.parses[index]
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    if any(start <= parse.tokens[t.start].start < end for t in parse.topics):
        return True
    return noun.lemma_.lower() in ANAPHORA or noun.lower_ in POINTERS


# --- what ------------------------------------------------------------------------------------------------


def _topics(
    context: ArticleContext,
    index: int,
    alignment: Alignment,
    cue: Cue,
    holder: Holder,
    subject: Token | None,
    scope: list[Token],
    exclusions: list[Cue],
) -> list[str]:
    """The topics in the cue's object; else in its subject when that is no actor ("the deployment would be
    unacceptable"); else what "this", "it" or "the idea" points back to."""
    parse = context.parses[index]
    lexicon = context.lexicon
    in_scope = {t.i for t in scope}
    placed = []
    for hit in topics_for(parse, holder.actor, lexicon):
        span = _span(parse, alignment, hit.start, hit.end)
        if span is not None:
            placed.append((hit, span))
    for span in syntax.troop_sendings(alignment.doc, SENDING_VERBS, TROOP_NOUNS):
        if not any(s.start <= span.end - 1 < s.end for _, s in placed):
            placed.append((Hit("troop-contribution", -1, -1, span.text), span))
    placed = [(h, s) for h, s in placed if not _another_army(context, index, h, s, holder)]
    if cue.label == "exclusion":
        after = [(h, s) for h, s in placed if any(t.i in in_scope for t in s) and h.actor == holder.actor]
    else:
        excluded = {t.i for e in exclusions for t in e.head.subtree}
        placed = [(h, s) for h, s in placed if not any(t.i in excluded for t in s)]
        after = [(h, s) for h, s in placed if any(t.i in in_scope for t in s) and not _is_cue_words(cue, s)]
        if not after:  # "a rare earths deal is a security guarantee": the cue's own words name no topic
            placed = [(h, s) for h, s in placed if not _is_cue_words(cue, s)]
    if not after and cue.head.dep_ == "acl":  # "a tripwire deployment championed by Estonia"
        phrase = syntax.noun_phrase(cue.head.head)
        after = [(h, s) for h, s in placed if s.start < phrase.end and phrase.start < s.end]
    chosen = after
    if not chosen and subject is not None and cue.label != "exclusion":
        below = {t.i for t in subject.subtree}
        chosen = [(h, s) for h, s in placed if any(t.i in below for t in s)]
    if not chosen and subject is not None and subject.lemma_.lower() in TROOP_NOUNS and cue.label != "exclusion":
        chosen = [(Hit("troop-contribution", -1, -1, subject.text), subject.doc[subject.i : subject.i + 1])]
        # "the French and British contingents are ready to act": the holders' own troops
    if not chosen:  # "the backstop, which Trump has not committed to"
        antecedent = syntax.relative_antecedent(cue.head)
        if antecedent is not None:
            phrase = syntax.noun_phrase(antecedent)
            chosen = [(h, s) for h, s in placed if s.start < phrase.end and phrase.start < s.end]
    chosen = _narrowest(context, chosen)
    ids = list(dict.fromkeys(_whose(h.label, s, holder, cue) for h, s in chosen))
    if not ids and _points_back(cue, subject, scope):
        recent = context.recent_topic(index, holder.actor, before=cue.head.idx)
        ids = [recent] if recent else []
    return ids


def _another_army(context: ArticleContext, index: int, hit: Hit, span: Span, holder: Holder) -> bool:
    """ "the equipment of Ukraine's ground forces": another actor's own army is no troop contribution."""
    if hit.label != "troop-contribution":
        return False
    owners = [c for t in span for c in t.children if c.dep_ == "poss"]
    named = {a for owner in owners for a in _actors_in(context, index, owner.doc[owner.i : owner.i + 1])}
    return bool(named) and holder.actor not in named


def _is_cue_words(cue: Cue, span: Span) -> bool:
    """A topic named inside the cue itself ("is a security guarantee") is not what the cue is about."""
    return cue.span.start <= span.start and span.end <= cue.span.end


def _whose(topic: str, span: Span, holder: Holder, cue: Cue) -> str:
    """Troops sent by the holder are its own contribution ("did not rule out sending Canadian troops");
    troops of others, or sent by someone else, back the force ("rejected deploying NATO troops", "urged
    Germany to send troops", "the readiness of partners to send troops"). Where the parse does not say
    who sends them, the lists' reading of the phrase stands."""
    if topic not in ("troop-contribution", "reassurance-force"):
        return topic
    verb = _sending_verb(span)
    if verb is None:
        return topic
    troops = next((t for t in span if t.lemma_.lower() in TROOP_NOUNS), None)
    owners = [c for c in troops.children if c.dep_ in ("amod", "compound", "poss", "nmod")] if troops else []
    if any(o.lower_ in FOREIGN for o in owners):
        return "reassurance-force"
    if any(o.lower_ in OWN_WORDS for o in owners):
        return "troop-contribution"
    doer = syntax.subject_of(verb) if verb != cue.head else syntax.subject_of(cue.head)
    if doer is None and verb.dep_ in ("xcomp", "ccomp"):
        doer = next((c for c in verb.head.children if c.dep_ in ("dobj", "iobj")), None)
    if doer is None and verb.dep_ == "acl" and verb.head != cue.head:  # "the readiness of partners to send"
        noun = verb.head
        doer = syntax.possessor_of(noun) or next(
            (g for p in noun.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None
        )
    if doer is None:
        return topic
    own = doer.lower_ in OWN_WORDS or doer == syntax.subject_of(cue.head)
    own = own or bool(holder.words and doer.text in holder.words)
    return "troop-contribution" if own else "reassurance-force"


def _sending_verb(span: Span) -> Token | None:
    """The verb that sends the troops a topic phrase names ("send troops", "deploying its military", "send
    its military as a peacekeeping contingent")."""
    above = span.root
    while above.dep_ in ("pobj", "prep") and above.head != above:
        above = above.head
    if above != span.root and above.lemma_.lower() in SENDING_VERBS:
        return above
    for token in span:
        if token.lemma_.lower() in TROOP_NOUNS and token.dep_ in ("dobj", "conj"):
            verb = token.head if token.dep_ == "dobj" else token.head.head
            if verb.lemma_.lower() in SENDING_VERBS:
                return verb
        if token.lemma_.lower() in SENDING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in TROOP_NOUNS for c in token.children
        ):
            return token
    return None


def _points_back(cue: Cue, subject: Token | None, scope: list[Token]) -> bool:
    """ "rejected the idea", "ruled it out", "This is unacceptable": a word standing for an earlier topic."""
    objects = [
        t for t in scope if t != cue.head and t.dep_ in ("dobj", "pobj", "nsubjpass", "attr", "ccomp", "xcomp", "acl")
    ]
    for word in [*objects, *(t for t in cue.span if t.lemma_.lower() in VERBAL_ANAPHORS)]:
        if word.lower_ in POINTERS or _anaphoric_noun(word):
            return True
    return subject is not None and (subject.lower_ in POINTERS - {"it", "which"} or _anaphoric_noun(subject))


def _anaphoric_noun(word: Token) -> bool:
    """ "the idea", "such a plan", "this move"."""
    if word.lemma_.lower() in ("role", "part"):  # "to play a role", "to take part"
        return word.head.lemma_.lower() in ("play", "take")
    if word.lemma_.lower() in VERBAL_ANAPHORS and not any(c.dep_ in ("dobj", "prep") for c in word.children):
        return True  # "other nations will join.", "Canada will be involved", "our willingness to contribute"
    return word.lemma_.lower() in ANAPHORA and any(d.lower_ in DEMONSTRATIVES for d in word.lefts)


def _narrowest(context: ArticleContext, chosen: list[tuple[Hit, Span]]) -> list[tuple[Hit, Span]]:
    """An umbrella topic gives way to a narrower one named with it ("ruled out a tripwire force", "no plans to
    send its troops as a peacekeeping contingent"), but not to one in a description of it ("a European-led
    mission, backed by U.S. air power": the force and the backstop)."""
    topics = context.lexicon.lexicon.topics
    narrow = [s for h, s in chosen if not topics[h.label].general]
    kept = []
    for hit, span in chosen:
        if topics[hit.label].general and any(not _describes(span.root, n) for n in narrow):
            continue
        kept.append((hit, span))
    return kept


def _describes(noun: Token, span: Span) -> bool:
    """Whether a topic is named in a participle describing this noun with someone else's contribution ("a
    mission, backed by U.S. air power"); a likeness ("a guarantee resembling Article 5") narrows it instead."""
    return any(
        child.dep_ == "acl"
        and syntax.agent_of(child)
        and child.left_edge.i <= span.start
        and span.end - 1 <= child.right_edge.i
        for child in noun.children
    )


# --- how -------------------------------------------------------------------------------------------------


def _stance(
    context: ArticleContext, index: int, cue: Cue, reading: Reading, scope: list[Token], holders: list[Holder]
) -> Stance | None:
    """The cue's stance after negation ("will not deploy"), aspect ("hasn't committed") and conditions."""
    head = cue.head
    if cue.label == "exclusion":
        return "opposes"
    if cue.label in ("agree", "disagree"):
        return "supports" if cue.label == "agree" else "opposes"  # replaced by what is agreed with (_echo)
    stance = cue.label
    negation = _negation(cue) or _minimised(scope)
    if _without_its_consent(
        context, index, cue, holders
    ):  # "guarantees offered without Moscow's consent are unacceptable"
        reading.condition = "without its consent"
        return "conditional"
    if negation:
        reading.negation = negation
        unless = syntax.condition_of(head)
        if stance == "supports" and unless is not None and any(m.lower_ == "unless" for m in unless.children):
            reading.condition = " ".join(t.text for t in unless.subtree)
            return "conditional"  # "would not take part unless it were consulted"
        if stance == "supports":
            stance = "noncommittal" if syntax.perfect(head) else "opposes"
        elif stance == "opposes":
            stance = "noncommittal"
        else:
            return None
    condition = syntax.condition_of(head)
    if condition is not None and "only" not in cue.words and _part_of_the_plan(condition):
        condition = None
    if stance == "supports" and condition is not None:
        reading.condition = (
            condition.text if condition.lower_ == "only" else " ".join(t.text for t in condition.subtree)
        )
        stance = "conditional"
    return stance  # type: ignore[return-value]


def _minimised(scope: list[Token]) -> str | None:
    """ "plans to play a minimal role in any guarantees": a part made small is a refusal of the rest."""
    for word in scope:
        if word.lemma_.lower() in PART_NOUNS:
            small = next((c for c in word.children if c.dep_ == "amod" and c.lower_ in MINIMAL), None)
            if small is not None:
                return small.text
    return None


def _without_its_consent(context: ArticleContext, index: int, cue: Cue, holders: list[Holder]) -> bool:
    """ "without Moscow's consent", "without Russia's participation": the holder's own say is the condition."""
    actors = {h.actor for h in holders}
    for word in cue.head.doc:
        if word.lower_ != "without":
            continue
        for obj in (c for c in word.children if c.dep_ == "pobj" and c.lemma_.lower() in CONSENT):
            for owner in (c for c in obj.children if c.dep_ == "poss"):
                owners = _actors_in(context, index, owner.doc[owner.i : owner.i + 1])
                if owner.lower_ in ("its", "our", "my") or actors & set(owners):
                    return bool(actors)
    return False


def _part_of_the_plan(condition: Token) -> bool:
    """ "if a deal is struck", "once there is a ceasefire": the force is meant for after the war, so that is
    part of what is backed, not a condition on it."""
    return any(t.lemma_.lower() in PEACE_WORDS for t in condition.subtree)


def _negation(cue: Cue) -> str | None:
    if cue.hit.negated:
        return "not"
    negation = syntax.negation_of(cue.head, cue.span)
    return negation.text if negation is not None else None


def _historical(
    context: ArticleContext, parse: SentenceParse, alignment: Alignment, head: Token, scope: list[Token]
) -> bool:
    """History ("previously", "in 2014") makes no claim."""
    chars = {t.idx for t in scope} | {t.idx for w in syntax.governors(head) for t in w.children}
    past = parse.markers["past"]
    if any(parse.tokens[h.start].start in chars for h in past):
        return True
    reference = context.year or context.lexicon.lexicon.stances.history_before
    return any(
        YEAR.match(token.text)
        and token.head.lower_ in ("in", "since", "until", "during", "back", "by")
        and int(token.text) < reference
        for token in scope
    )
