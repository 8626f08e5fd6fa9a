"""Claims: for each stance cue, who holds the stance, on which topics, and which stance once negation,
conditions and reporting are taken into account.

The holder is the subject of the cue's clause ("Polish Prime Minister Donald Tusk ... ruled out"),
the agent of a passive ("the guarantee sought by Zelenskyy"), the group a relative clause is about
(", which envisions ..."), the leaders of a group ("led by the UK and France"), or, when the subject
is a topic, a pronoun or nothing, the speaker who frames the clause ("Trump said that a deal ... would
be enough"), the speaker of the quotation it sits in, or the outlet whose opinion the article relays.
A claim about someone else's stance inside a frame is marked as reported by the framing speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.analysis.clauses import AUXILIARIES, BOUNDARIES, OTHER_PARTIES, Clause, Grammar
from bot.analysis.context import ArticleContext, Speaker, speaker_of_frame
from bot.analysis.mentions import Mention
from bot.analysis.phrases import Hit
from bot.analysis.sentence import SentenceParse, topics_for
from bot.analysis.tokens import is_adverb, word_set
from bot.model import Claim, Stance

OTHERS_TROOPS = {"troop-contribution": "reassurance-force"}
OTHERS = OTHER_PARTIES | word_set("countries nations governments europeans others europe west")
PRIORITY = {"conditional": 0, "noncommittal": 1, "opposes": 2, "supports": 3}
OPPOSITE = {"supports": "opposes", "opposes": "supports"}
PRONOUNS = frozenset(
    {"it", "they", "he", "she", "we", "i", "our", "this", "these", "those", "them", "its", "their", "there"}
)
# "his country would not send troops": the speaker's own side, like a pronoun
OWN_SIDE = frozenset({"his", "her", "its", "their", "our", "country", "government", "nation", "administration"})
FIRST_PERSON = frozenset({"we", "i", "our", "us"})
NOUN_SUBJECT_PREPOSITIONS = frozenset({"within", "among", "amongst", "inside", "in", "from"})
BACK_SCAN = AUXILIARIES | frozenset({"not", "never", "no", "so", "far", "yet", "also", "still", "even", "only", "just"})
JUDGEMENTS = word_set("unacceptable essential vital indispensable crucial necessary line non starter question table")
YEAR = re.compile(r"^(19|20)\d\d$")
YEAR_LEADS = frozenset({"in", "since", "until", "during", "back", "by", "of"})
# Verbs of doing that need an agent: "the deployment would not provide Ukraine with ..." is no one's stance.
AGENT_VERBS = word_set("send deploy provide supply contribute commit join station offer help back support participate")
# Anaphors that are verbs or pronouns point back only when nothing follows them ("to play a role.",
# "ruled it out"), not when they have an object of their own ("participate in a military mission").
VERBAL_ANAPHORS = frozenset(
    {"this", "it", "them", "that", "play a role", "play a part", "take part", "participate", "join"}
)


@dataclass(frozen=True)
class Holder:
    """Who holds a stance: an actor, the person speaking for it when named, and who reported it."""

    actor: str
    speaker: str | None = None
    reported_by: str | None = None


def sentence_claims(context: ArticleContext, index: int, grammar: Grammar) -> list[Claim]:
    """Every claim one sentence makes, at most one stance per (actor, topic)."""
    parse = context.parses[index]
    if parse.is_question:
        return []
    found: list[Claim] = []
    previous: list[Holder] = []
    for cue in _cues(parse, grammar):
        clause = grammar.clause_of(cue.start)
        if _speculative_or_past(context, parse, grammar, cue, clause):
            continue
        holders = _holders(context, index, grammar, cue, clause, previous)
        if not holders:
            continue
        previous = holders
        earlier = list(found)
        for holder in holders:
            claims = _claims_for(context, index, grammar, cue, clause, holder)
            if not claims and clause.opener == "coordination" and earlier:
                claims = _elliptic(parse, grammar, cue, clause, holder, earlier)
            found.extend(claims)
    return _strongest(found)


def _elliptic(
    parse: SentenceParse, grammar: Grammar, cue: Hit, clause: Clause, holder: Holder, earlier: list[Claim]
) -> list[Claim]:
    """ "Italy's Constitution limits its ability to deploy forces abroad, and the Netherlands would require
    parliamentary approval": a coordinated clause without a topic of its own shares the one before it."""
    stance = _stance(parse, grammar, cue, clause)
    if stance is None:
        return []
    topics = list(dict.fromkeys(c.topic for c in earlier))
    words = parse.words(cue.start, cue.end)
    return [Claim(parse.position, holder.actor, t, stance, holder.speaker, holder.reported_by, words) for t in topics]


def _cues(parse: SentenceParse, grammar: Grammar) -> list[Hit]:
    """The sentence's cues outside conditions and hypotheticals, plus "only ... if" as a conditional cue."""
    opening = grammar.leading_adverbial_end()
    cues = [c for c in parse.cues if c.start not in grammar.masked and c.start >= opening]
    for condition in parse.markers["conditions"]:
        window = parse.norms[max(0, condition.start - 8) : condition.start]
        if "only" in window and not any(condition.start - 8 <= c.start < condition.start for c in cues):
            cues.append(Hit("conditional", condition.start, condition.end, "only ... if"))
    return sorted(cues, key=lambda c: c.start)


# --- who -------------------------------------------------------------------------------------------------


def _holders(
    context: ArticleContext, index: int, grammar: Grammar, cue: Hit, clause: Clause, previous: list[Holder]
) -> list[Holder]:
    """Who holds the cue's stance, from the surest sign to the weakest (see the module's docstring)."""
    parse = grammar.parse
    frame = _frame_speaker(context, index, grammar, cue, clause)
    agents = _passive_agents(grammar, cue) or _experiencers(grammar, cue)
    if agents:
        return _from_mentions(context, index, grammar, agents, frame)
    if clause.opener == "relative" and clause.relative_at is not None and clause.zone_start >= clause.zone_end:
        return _from_mentions(context, index, grammar, grammar.antecedent(clause.relative_at), frame)
    subjects = grammar.subjects(clause)
    named = [m for m in subjects if not _in_slot_topic(parse, m)]
    if named or (subjects and not (frame and frame.actor)):
        return _from_mentions(context, index, grammar, named or subjects, frame)
    zone = parse.norms[clause.zone_start : clause.zone_end]
    if not zone:
        if clause.opener == "coordination" and previous:
            return previous
        inside = _noun_subject_holders(grammar, cue, clause)
        if inside:
            return _from_mentions(context, index, grammar, inside, frame)
    kind = _zone_kind(parse, grammar, clause, cue)
    if kind == "other" or (kind == "topic" and parse.norms[cue.end - 1] in AGENT_VERBS):
        return []
    quoted = context.quote_speaker(index, parse.tokens[cue.start].start)
    if kind == "first-person" and quoted and quoted.actor:
        return [Holder(quoted.actor, quoted.name)]
    if frame and frame.actor:
        group = _frame_group(grammar, clause)
        if len(group) > 1:  # "Poland, Lithuania and Latvia have all said they will not ..."
            return _from_mentions(context, index, grammar, group, None)
        return [Holder(frame.actor, frame.name)]
    if quoted and quoted.actor:
        return [Holder(quoted.actor, quoted.name)]
    if kind == "topic":
        slot = next((t.actor for t in _zone_topics(parse, clause) if t.actor), None)
        if slot:
            return [Holder(slot)]
        if context.opinion_outlet:
            return [Holder(context.opinion_outlet)]
    return []


def _frame_group(grammar: Grammar, clause: Clause) -> list[Mention]:
    """Every name in the subject of the speech verb that frames the clause."""
    if clause.frame is None or clause.frame.text in ("according to", "as reported by"):
        return []
    return grammar.subjects(grammar.clause_of(clause.frame.start))


def _from_mentions(
    context: ArticleContext, index: int, grammar: Grammar, mentions: list[Mention], frame: Speaker | None
) -> list[Holder]:
    """Holders named by these mentions, with the leaders of any group among them."""
    everyone: list[Mention] = []
    for mention in mentions:
        everyone.append(mention)
        everyone.extend(grammar.leaders(mention, len(grammar.norms)))
    holders: dict[str, Holder] = {}
    for mention in everyone:
        known = holders.get(mention.actor)
        if not mention.actor or (known and (known.speaker or mention.kind != "person")):
            continue
        speaker = _person_name(context, index, mention) if mention.kind == "person" else None
        reported = frame.actor if frame and frame.actor and frame.actor != mention.actor else None
        holders[mention.actor] = Holder(mention.actor, speaker, reported)
    return list(holders.values())


def _person_name(context: ArticleContext, index: int, mention: Mention) -> str:
    named = next((n for n in context.people if n.sentence == index and n.token == mention.start), None)
    return named.name if named else mention.text


def _passive_agents(grammar: Grammar, cue: Hit) -> list[Mention]:
    """ "sought by President Zelenskyy", "backed by U.S. intelligence": the agents after "by"."""
    norms = grammar.norms
    if cue.end < len(norms) and norms[cue.end] == "by" and norms[cue.end - 1].endswith(("ed", "ught")):
        return grammar.group_after(cue.end + 1, _agent_end(grammar, cue))
    return []


def _experiencers(grammar: Grammar, cue: Hit) -> list[Mention]:
    """ "unacceptable to Moscow", "a red line for Kyiv": the actor the judgement belongs to."""
    norms = grammar.norms
    if norms[cue.end - 1] in JUDGEMENTS and cue.end < len(norms) and norms[cue.end] in ("to", "for"):
        return grammar.group_after(cue.end + 1, _agent_end(grammar, cue))
    return []


def _agent_end(grammar: Grammar, cue: Hit) -> int:
    norms = grammar.norms
    for i in range(cue.end + 1, len(norms)):
        if norms[i] in BOUNDARIES or norms[i] in (";", "."):
            return i
    return len(norms)


def _noun_subject_holders(grammar: Grammar, cue: Hit, clause: Clause) -> list[Mention]:
    """ "Support is mounting within the White House and the Pentagon for ...": the holders after the noun."""
    end = _scope_end(grammar, cue)
    for i in range(cue.end, end):
        if grammar.norms[i] in NOUN_SUBJECT_PREPOSITIONS:
            group = grammar.group_after(i + 1, end)
            if group:
                return group
    return []


def _zone_kind(parse: SentenceParse, grammar: Grammar, clause: Clause, cue: Hit) -> str:
    """What stands before the verb when no actor does: nothing, a pronoun, a topic, or something else."""
    words = [
        parse.norms[i]
        for i in range(clause.zone_start, clause.zone_end)
        if i not in grammar.hidden and parse.norms[i] not in (",", "and", "but", "the", "a", "an")
    ]
    if not words:
        return "empty"
    if FIRST_PERSON & set(words):
        return "first-person"
    if all(w in PRONOUNS for w in words) or (words[0] in OWN_SIDE and all(w in OWN_SIDE for w in words)):
        return "pronoun"
    end = grammar.subject_phrase_end(clause, cue.start)
    if any(clause.zone_start <= t.start < end for t in parse.topics) or any(
        clause.zone_start <= h.start < end for h in parse.markers["anaphors"]
    ):
        return "topic"
    return "other"


def _zone_topics(parse: SentenceParse, clause: Clause) -> list[Hit]:
    return [t for t in parse.topics if clause.zone_start <= t.start < clause.zone_end]


def _in_slot_topic(parse: SentenceParse, mention: Mention) -> bool:
    """A name that is part of a topic phrase ("U.S. aircraft", "American boots on the ground")."""
    return any(t.actor and t.start <= mention.start < t.end for t in parse.topics)


def _frame_speaker(context: ArticleContext, index: int, grammar: Grammar, cue: Hit, clause: Clause) -> Speaker | None:
    """Who frames the cue's clause as speech: "X said (that) ...", "..., X said", "according to X"."""
    parse = grammar.parse
    if clause.frame is not None:
        return speaker_of_frame(context, index, grammar, clause.frame)
    for hit in parse.markers["reporting"]:
        if hit.start < cue.end:
            continue
        if hit.text in ("according to", "as reported by") or grammar.is_postposed(hit):
            return speaker_of_frame(context, index, grammar, hit)
    return None


# --- what ------------------------------------------------------------------------------------------------


def _claims_for(
    context: ArticleContext, index: int, grammar: Grammar, cue: Hit, clause: Clause, holder: Holder
) -> list[Claim]:
    parse = grammar.parse
    words = parse.words(cue.start, cue.end)
    if cue.label in ("agree", "disagree"):
        topics = _topics_after(context, parse, grammar, cue, holder.actor)
        if not topics:
            return _echo(context, index, cue, holder, words)
        stance: Stance = "supports" if cue.label == "agree" else "opposes"
    else:
        topics = _topics(context, index, parse, grammar, cue, clause, holder.actor)
        resolved = _stance(parse, grammar, cue, clause)
        if resolved is None:
            return []
        stance = resolved
    replacements = context.lexicon.replacements
    return [
        Claim(
            sentence=parse.position,
            actor=holder.actor,
            topic=replacements.get((holder.actor, topic), topic),
            stance=stance,
            speaker=holder.speaker,
            reported_by=holder.reported_by,
            cue=words,
        )
        for topic in topics
    ]


def _echo(context: ArticleContext, index: int, cue: Hit, holder: Holder, words: str) -> list[Claim]:
    """ "Kyiv and European capitals disagree.": the reverse (or the same) of the last sentence's claims."""
    earlier = context.claims.get(index - 1, [])
    out = []
    for claim in earlier:
        stance = claim.stance if cue.label == "agree" else OPPOSITE.get(claim.stance)
        if stance and claim.actor != holder.actor:
            position = context.parses[index].position
            out.append(Claim(position, holder.actor, claim.topic, stance, holder.speaker, holder.reported_by, words))  # type: ignore[arg-type]
    return out


def _topics(
    context: ArticleContext,
    index: int,
    parse: SentenceParse,
    grammar: Grammar,
    cue: Hit,
    clause: Clause,
    actor: str,
) -> list[str]:
    """The topics a cue is about: after it (before it for conditions and passives), else what "this" points to."""
    lexicon = context.lexicon
    undecided = cue.label == "noncommittal"  # "has not decided whether to send troops": the topic is hypothetical
    available = [t for t in topics_for(parse, actor, lexicon) if undecided or t.start not in grammar.masked]
    if cue.label != "exclusion":  # "a European force without American backing" is judged as a force
        excluded = [e.end for e in parse.cues if e.label == "exclusion"]
        available = [t for t in available if not any(end <= t.start <= end + 2 for end in excluded)]
    end = _scope_end(grammar, cue, through_hypotheticals=undecided)
    after = [t for t in available if cue.start <= t.start < end and t.end > cue.end]
    before = [t for t in available if clause.start <= t.start and t.end <= cue.start and t.start not in grammar.hidden]
    if cue.label == "exclusion":
        chosen = [t for t in after if t.actor == actor]
    elif _passive_agents(grammar, cue):
        agent_end = _agent_end(grammar, cue)
        chosen = before + [t for t in available if cue.end < t.start < agent_end and t.actor is None]
        chosen = chosen if any(t.actor is None for t in chosen) else before
    elif cue.label == "conditional":
        chosen = before or after
    else:
        chosen = after or before
    ids = list(
        dict.fromkeys(OTHERS_TROOPS.get(t.label, t.label) if _someone_elses(parse, cue, t) else t.label for t in chosen)
    )
    if _asks_another(parse, cue):  # "urged Germany to send troops": backs the force, not its own troops
        ids = [OTHERS_TROOPS.get(i, i) for i in ids]
    if not ids and _points_back(parse, clause, cue, end):
        recent = context.recent_topic(index, actor)
        ids = [recent] if recent else []
    return _narrowest(context, ids)


def _someone_elses(parse: SentenceParse, cue: Hit, topic: Hit) -> bool:
    """ "welcomed the readiness of partners to send troops": the troops are sent by others named in between."""
    for k in range(cue.end + 1, topic.start):
        if parse.norms[k] == "to" and (
            parse.norms[k - 1] in OTHERS or any(m.end == k and m.actor for m in parse.mentions)
        ):
            return True
    return False


def _asks_another(parse: SentenceParse, cue: Hit) -> bool:
    """ "urged Germany to ...", "wants the United States to ...": the action asked for is another actor's."""
    j = cue.end + (cue.end < len(parse.norms) and parse.norms[cue.end] == "the")
    mention = next((m for m in parse.mentions if m.start == j and m.actor), None)
    return mention is not None and mention.end < len(parse.norms) and parse.norms[mention.end] == "to"


def _topics_after(context: ArticleContext, parse: SentenceParse, grammar: Grammar, cue: Hit, actor: str) -> list[str]:
    end = _scope_end(grammar, cue)
    hits = [t for t in topics_for(parse, actor, context.lexicon) if cue.end <= t.start < end]
    return _narrowest(context, list(dict.fromkeys(t.label for t in hits)))


def _narrowest(context: ArticleContext, ids: list[str]) -> list[str]:
    """Umbrella topics give way to a narrower one named with them ("ruled out a tripwire force")."""
    topics = context.lexicon.lexicon.topics
    narrow = [i for i in ids if not topics[i].general]
    return narrow or ids


def _points_back(parse: SentenceParse, clause: Clause, cue: Hit, end: int) -> bool:
    """A word pointing back to earlier topics: "the idea", "this." (a bare pronoun, not "this change")."""
    for hit in parse.markers["anaphors"]:
        if not clause.zone_start <= hit.start < end:
            continue
        following = parse.norms[hit.end] if hit.end < len(parse.norms) else "."
        if hit.text not in VERBAL_ANAPHORS or not following[:1].isalnum() or following in ("out", "too"):
            return True
    return False


def _scope_end(grammar: Grammar, cue: Hit, *, through_hypotheticals: bool = False) -> int:
    """Where a cue's object ends: a clause boundary, a purpose, a condition, the next cue, a relative clause."""
    parse, norms = grammar.parse, grammar.norms
    kinds = ("purposes", "conditions") if through_hypotheticals else ("purposes", "conditions", "hypotheticals")
    stops = {h.start for kind in kinds for h in parse.markers[kind]}
    stops |= {c.start for c in parse.cues if c.start >= cue.end and c.start not in grammar.masked}
    stops |= {h.start for h in parse.markers["reporting"] if h.start >= cue.end and grammar.is_postposed(h)}
    inserted = _in_relative_clause(norms, cue.start)  # ", which has been reluctant to ..., said": ends at the comma
    for i in range(cue.end, len(norms)):
        word = norms[i]
        if i in stops or word in BOUNDARIES or word in (";", ".") or (inserted and word == ","):
            return i
        if word in ("which", "who") and norms[i - 1] == ",":
            return i
    return len(norms)


def _in_relative_clause(norms: list[str], i: int) -> bool:
    """Whether token i sits in a ", which/who/whose ..." clause that has not closed yet."""
    for k in range(i - 1, 0, -1):
        if norms[k] == ",":
            return False
        if norms[k] in ("which", "who", "whose") and norms[k - 1] == ",":
            return True
    return False


# --- how -------------------------------------------------------------------------------------------------


def _stance(parse: SentenceParse, grammar: Grammar, cue: Hit, clause: Clause) -> Stance | None:
    """The cue's stance after negation ("will not deploy"), aspect ("hasn't committed") and conditions."""
    if cue.label == "exclusion":
        return "opposes"
    if cue.label in ("agree", "disagree"):
        return None  # agreement takes its stance from what is agreed with (see _claims_for), never on its own
    back = _back_scan(parse.norms, cue.start, clause.start)
    negated = cue.negated or _negated(back)
    own = set(parse.norms[cue.start : cue.end])
    perfect = bool({"has", "have", "had"} & (set(back) | own)) or "yet" in own
    stance = cue.label
    if negated:
        if stance == "supports":
            stance = "noncommittal" if perfect else "opposes"
        elif stance == "opposes":
            stance = "noncommittal"
        else:
            return None
    if stance == "supports" and (clause.conditional or _conditioned(parse, cue)):
        stance = "conditional"
    return stance  # type: ignore[return-value]


def _negated(back: list[str]) -> bool:
    """A negation among the words just before a cue (nearest first); "not only backs" is no negation."""
    return any(w in ("never", "no") or (w == "not" and (k == 0 or back[k - 1] != "only")) for k, w in enumerate(back))


def _back_scan(norms: list[str], start: int, clause_start: int) -> list[str]:
    """Auxiliaries, negations and adverbs just before a cue ("has so far not", "will only")."""
    out: list[str] = []
    i = start - 1
    while i >= clause_start and len(out) < 5 and (norms[i] in BACK_SCAN or is_adverb(norms[i])):
        out.append(norms[i])
        i -= 1
    return out


def _conditioned(parse: SentenceParse, cue: Hit) -> bool:
    """ "will only send troops if ...", "would deploy if ...": a condition the cue's own clause depends on
    (not one inside a clause of its own: "wants a commitment that it will intervene if ...")."""
    for condition in parse.markers["conditions"]:
        if condition.start < cue.end:
            continue
        between = set(parse.norms[cue.end : condition.start])
        return not ({"that", "which", "who", ";", ","} & between or between & BOUNDARIES)
    return False


def _speculative_or_past(
    context: ArticleContext, parse: SentenceParse, grammar: Grammar, cue: Hit, clause: Clause
) -> bool:
    """Speculation ("could send") and history ("previously", "in 2014") make no claim."""
    if any(clause.zone_end <= h.start < cue.end for h in parse.markers["hedges"]):
        return True
    end = _scope_end(grammar, cue)
    if any(clause.start <= h.start < end for h in parse.markers["past"]):
        return True
    reference = context.year or context.lexicon.lexicon.stances.history_before
    for i in range(clause.start, end):
        word = parse.norms[i]
        if YEAR.match(word) and i > 0 and parse.norms[i - 1] in YEAR_LEADS and int(word) < reference:
            return True
    return False


def _strongest(claims: list[Claim]) -> list[Claim]:
    """One stance per (actor, topic) in a sentence: the most qualified one ("premature" over "dismissed")."""
    best: dict[tuple[str, str], Claim] = {}
    for claim in claims:
        key = (claim.actor, claim.topic)
        if key not in best or PRIORITY[claim.stance] < PRIORITY[best[key].stance]:
            best[key] = claim
    return list(best.values())
