"""What a cue is about: the topics in its object, its subject, the noun it describes, or what "this" and
"the idea" point back to; and whose troops those are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.analysis import assertion, syntax
from bot.analysis.context import ROLE_NOUNS, ArticleContext, looking_back
from bot.analysis.cues import (
    REFUSING,
    RULING_OUT,
    Cue,
    Holder,
    cue_negation,
    cue_span,
    negating_word,
    owned_noun,
    verb_taken_for_a_noun,
)
from bot.analysis.frames import OTHER_PARTIES, actors_in, actors_named_by, actors_owning, owning_words
from bot.analysis.holders import (
    FIRST_PERSON,
    GROUP_PRONOUNS,
    OWN_SIDE,
    PERSONAL,
    POINTERS,
    SPOKEN_ABOUT,
    own_side,
    possessive_antecedent,
    quoted_troops,
    sides_of,
    topic_within,
)
from bot.analysis.phrases import Hit
from bot.analysis.sentence import topics_for
from bot.analysis.stance import OPPOSITE
from bot.analysis.tokens import (
    ANAPHORA,
    GOING,
    OWN_PARTS,
    PARTIES,
    PARTS,
    REQUIRING_VERBS,
    SENDING_NOUNS,
    SENDING_VERBS,
    SPEAKING_VERBS,
    THWARTING,
    TROOP_NOUNS,
    word_set,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DEMONSTRATIVES = syntax.DEMONSTRATIVES | {"the"}  # "the idea", "such a plan": a noun named before
OWN_WORDS = FIRST_PERSON | PERSONAL | GROUP_PRONOUNS | {"own"}  # the holder's own ("its troops", "our own")
PARTICIPATING = word_set("participate join take sign stay opt pull")  # "signed up to the force", "stay out of"
BACKING_VERBS = word_set("provide help assist enable refuse supply backstop commit contribute")
EXCEPTING = word_set("exclusion exception")  # "with the exclusion of US soldiers" is no means of backing
THEIR = word_set("their its his her")  # whose troops these are is the sender's, not always the holder's
FOREIGN = word_set("nato western foreign european allied international multinational coalition eu alliance")
ORIGINS = word_set("country state nation member ally partner government")  # "troops from NATO countries"
DEGREES = word_set("far long much many")  # "so far", "so long": no verb phrase repeated
# subjects a condition may be set on ("parliament will have the final say": the side's own)
SIDES_AND_PARTS = OWN_PARTS | ANAPHORA | TROOP_NOUNS | OWN_SIDE | syntax.LEGISLATURES
VERBAL_ANAPHORS = word_set("join participate participation contribute contribution contributor involve help")
# words that, with no object, are about what was just named ("other nations will join.", "Trump has refused.")
OBJECTLESS = VERBAL_ANAPHORS | word_set("refuse decline oppose opposed")
FINANCING = word_set("finance fund bankroll pay")  # "will finance part of the force": its money, not its troops
WHEN_WORDS = word_set("once when after until unless if before")
CONDITION_WORDS = word_set("with if unless provided providing")  # "only with a US backstop"
# "welcomed the pledges": what was made earlier, named again
OFFERED = word_set("pledge commitment promise offer announcement")  # what was offered is what some side backed
NAMED_BACK = OFFERED | word_set("proposal assurance request idea declaration")
STEM_LETTERS = 5  # a named-back noun is found again by its first letters ("pledged" for "the pledges")
OFFERED_STEMS = frozenset(word[:STEM_LETTERS] for word in OFFERED)
UNDER_WAY = word_set("current ongoing")  # "current discussions": those just named
INSTEAD = frozenset({"rather than", "instead of"})  # an exclusion that prefers one thing to another
NEUTRAL_ANAPHORA = word_set("issue matter question debate")  # what was discussed, with no side taken on it
# what a proposal or a request was must be named: there are proposals and requests for everything
PROPOSAL_STEMS = frozenset({"propo", "reque"})
SAID_AS = {
    "reque": ("reque", "ask"),  # "Britain asked Vilnius to send troops. ... considering the request"
    "idea": ("idea", "propos", "plan"),  # "Meloni renewed her proposal for ... Kyiv is open to the idea"
}
SENDING = "troop-contribution"
TOPIC_OPENERS = word_set("ask comment speak talk refer turn respond react answer")  # "Asked about X, ..."
READY = word_set("ready prepared poised set")  # "ready to go"
KNOWING = word_set("know understand realise realize learn")
BASES = word_set("hub base")
DECIDING = word_set("decide decision")
DEPLOYMENTS = word_set("deployment deploy dispatch")
ASSISTING = word_set("help assist support aid")
SHIELDING = word_set("support back guarantee protect defend")  # "will back the force", "would protect it"
SAFETY = word_set("security safety")  # "guarantee the security of the force"
BACKED_FORCES = word_set("force mission peacekeeper contingent operation")  # "will back the force": provide for it
FORCE_TOPICS = frozenset({SENDING, "reassurance-force"})
FORCE_NOUNS = word_set("force mission contingent deployment peacekeeping")  # "a role in the force"
MISSIONS = frozenset({"maritime-security", "air-defence"})  # missions a side takes part in, besides the force
MOVES = word_set("move step decision offer announcement pledge position stance")  # a clause named as a move
LEADING = word_set("lead spearhead drive steer coordinate")
BARE = frozenset(
    {"punct", "advmod", "aux", "neg", "nsubj", "det", "mark"}
)  # what an undecided cue may have with no object
NECESSARY = word_set(
    "essential vital indispensable crucial necessary precondition prerequisite condition"
)  # "is a key condition for"
ESTABLISHING = word_set("establish build create set open")
ABOUT = SPOKEN_ABOUT | {"of"}
BARGAINING = word_set("compromise concession concessions")  # what is given up in a deal
COALITIONS = word_set("coalition alliance partner ally")  # groups whose troops deploy
NEEDING = REQUIRING_VERBS | word_set("want")  # "we need the Americans in this": another side wanted in it
FEARING = word_set("fear dread")  # fearing a thing is taking it as a threat
PREDICATING = word_set("serve act")  # "X serves as a guarantee": X is what is backed
ELEMENTS = word_set("part element component pillar")  # "X would be a key part of the guarantees": X is backed
RESTATING = word_set("something move step idea")  # ", a move Moscow condemned": what was just named, again
MISSION_NOUNS = word_set("mission operation force")  # a body others join ("such a mission"), not one's deployment
INCLUDING = word_set("include involve")  # "any mission must include a US backstop": what it must have, wanted
DEPENDING = INCLUDING | word_set(  # "X depends on Y", "any mission must include a backstop": X is what is conditional
    "depend dependent contingent conditional condition hinge subject require need"
)
LEGISLATIVE = word_set("parliamentary congressional legislative")  # "would require parliamentary approval"
RELYING = word_set("count rely bank depend call")  # "counting on partners to send troops": the partners send
PLACING = word_set("in on to at along near into across inside")
ELSEWHERE = word_set("border borders flank europe")  # places troops are sent to that are not Ukraine
NEIGHBOURING = word_set("neighbouring neighboring allied nato member")
BESIDE = word_set("neighbouring neighboring bordering adjacent")  # next to Ukraine, not in it
ASKED = word_set("ask answer respond reply refer")  # "said when asked about", "said, referring to"
REACTIONS = syntax.CREDITING | word_set("regret lament deplore decry")  # what one says of a thing done or left undone
BINDING = word_set("commit bind oblige obligate")  # "a text that commits them to ..."
DONE_TO_PEOPLE = word_set("abandon desert betray protect defend reassure help assist leave")  # "not abandon them"
LACKING = word_set("lack absence exclude exclusion omit omission")  # "welcomed the absence of Western troops"
HITTING = word_set("strike hit")
MEANS = word_set("with by through via")  # what something is done with is not what is thwarted
ABSENT_WITH = word_set("without excluding")  # "a deal without security guarantees"
# "the training of ground forces", "the equipment of its army": what is given to the troops, not troops sent
SERVICE_NOUNS = word_set(
    "training equipment equipping arming reinforcement strengthening funding financing supply supplies "
    "modernisation modernization rebuilding needs salaries"
)


def topics_of(
    context: ArticleContext,
    index: int,
    doc: Doc,
    cue: Cue,
    holder: Holder,
    subject: Token | None,
    scope: list[Token],
    exclusions: list[Cue],
    without_say: bool = False,
    stance: str | None = None,
) -> list[tuple[str, bool]]:
    """The topics in the cue's object; else in its subject when that is no actor ("the deployment would be
    unacceptable"); else what "this", "it" or "the idea" points back to. Each comes with whether it is
    named in the negative ("non-membership in NATO"). `without_say`: the cue is "without <the holder's say>",
    whose topic is what is done without it; an exclusion that `stance` reads as support names what is needed,
    whoever would give it ("cannot work without a US backstop")."""
    in_scope = {t.i for t in scope}
    placed = placed_topics(context, index, doc, holder.actor)
    for span in syntax.troop_sendings(doc, SENDING_VERBS, TROOP_NOUNS):
        overlapping = [(h, s) for h, s in placed if s.start <= span.end - 1 < s.end]
        # "send thousands of troops to Ukraine": the troops the lists read as "troops to Ukraine" are sent
        counted = span[-1].dep_ == "pobj"  # "thousands of troops", "a battalion of soldiers"
        sent_on = counted and all(h.label == "reassurance-force" and s.start == span.end - 1 for h, s in overlapping)
        if overlapping and sent_on:
            placed = [(h, s) for h, s in placed if (h, s) not in overlapping]
            span = doc[span.start : max(s.end for _, s in overlapping)]
        placing = bool(overlapping) and all(h.label == "tripwire" for h, _ in overlapping)  # "troops to the front"
        if not overlapping or sent_on or placing:
            placed.append((Hit(SENDING, -1, -1, span.text), span))
    for verb in (t for t in scope if _deploys_itself(t)):  # "Britain is prepared to deploy": its own troops
        if not any(s.start <= verb.i < s.end for _, s in placed):
            placed.append((Hit(SENDING, -1, -1, verb.text), doc[verb.i : verb.i + 1]))
    # "premature to discuss Danish troops", "ruled out Italian participation": the holder's own, named by its people
    # and under the subject of a judgement of undecidedness ("talk of German troops is premature")
    judged = list(subject.subtree) if subject is not None and cue.label == "noncommittal" else []
    # "declined to say whether Italian troops would take part", "to say what Sweden's contribution would be": its own
    # troops or part, asked about
    asked = [t for t in scope if cue.label == "noncommittal" and t.dep_ == "nsubj" and _asked_of(t.head)]
    # "the units it would send": troops a relative clause's sending verb stands for
    relative = syntax.relative_antecedent(cue.head) if cue.head.lemma_.lower() in SENDING_VERBS else None
    sent_back = [relative] if relative is not None and relative.lemma_.lower() in TROOP_NOUNS else []
    mines = (t for t in scope + judged + asked + sent_back if t.dep_ in ("dobj", "pobj") or t in asked or _going(t))
    for mine in (t for t in mines if t.lemma_.lower() in TROOP_NOUNS or _a_part(context, index, t)):
        span = doc[mine.left_edge.i : mine.i + 1]
        named = actors_owning(context, index, mine)
        # "no decision on troops has been taken": undecided about troops, its own unless another's are named
        undecided = cue.label == "noncommittal" and named <= {holder.actor} and mine.dep_ == "pobj"
        undecided = undecided and mine.head.lower_ in ABOUT
        taken_by_cue = mine.head in cue.span and cue.label in ("supports", "opposes", "noncommittal")
        if mine.dep_ == "pobj" and not undecided and not taken_by_cue:
            continue  # (not "open to an Italian role": the cue's own object; "only with Russia's participation" is
            # a condition)
        # "cannot say what its contribution will be": the holder's own
        taken = mine.head == cue.head and not named and cue.label == "opposes"
        own = (mine in asked or taken) and any(
            c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in mine.children
        )  # "will keep its own troops at home": the holder's own, taken by the cue
        sent = mine in sent_back and named <= {holder.actor}
        if (named == {holder.actor} or own or undecided or sent or _ruled_out_bare(cue, mine, named)) and not any(
            s.start <= mine.i < s.end for _, s in placed
        ):
            placed.append((Hit(SENDING, -1, -1, span.text), span))
    for side in (t for t in asked if t.pos_ == "PROPN" and actors_named_by(context, index, [t]) == {holder.actor}):
        # "asked whether Spain would take part, Sanchez declined to comment": the holder's own part, asked about
        placed.append((Hit(SENDING, -1, -1, side.head.text), doc[side.head.i : side.head.i + 1]))
    placed = [(h, s) for h, s in placed if not _another_army(context, index, h, s, holder) and not _bargained(s, cue)]
    war = [(h, s) for h, s in placed if _war_effort(context, index, h, s, holder, cue)]
    placed = [(h, s) for h, s in placed if (h, s) not in war]
    placed = [(h, s) for h, s in placed if not (h.label == SENDING and _sent_elsewhere(context, index, s))]
    if stance == "opposes":  # "will not send troops to the front line": troops, but not there
        placed = [(h, s) for h, s in placed if not (h.label == SENDING and _not_there(s, placed))]
    if cue.label == "exclusion" and without_say:
        done = cue.head.head  # "resolving security issues without Moscow's participation": what is done without it
        below = {t.i for t in done.subtree} - {t.i for t in cue.head.subtree}
        after = [(h, s) for h, s in placed if any(t.i in below for t in s)] or placed
    elif cue.label == "exclusion":
        # what one backs "without" must be one's own: "without American boots", for the US; what one wants "rather
        # than" another thing is any side's ("guarantees from the Security Council rather than a Western presence")
        preferred = stance != "supports" and cue.words.lower() in INSTEAD
        below = {t.i for t in syntax.set_apart(cue.span)}  # "without sending troops", not "send troops even without"
        holders_own = [
            (h, s)
            for h, s in placed
            if h.actor == holder.actor
            or (h.label == SENDING and s.root.i in below and _whose(context, index, h.label, s, holder, cue) == SENDING)
            or (preferred and all(t.i in below for t in s))
        ]
        candidates = placed if stance == "supports" else holders_own
        after = [(h, s) for h, s in candidates if any(t.i in in_scope for t in s)]
        if not after and stance == "supports":  # "Without America, there are no real guarantees": its backing
            after = _backer_set_apart(context, index, cue)
    else:
        excluded = {t.i for e in exclusions for t in syntax.set_apart(e.span)}  # "rather than [sending troops]"
        excluded |= _compared_with(cue, scope)
        kept = [(h, s) for h, s in placed if not any(t.i in excluded for t in s)]
        # what is refused for lacking something backs it ("rejected any deal without guarantees": `_negative`)
        objects = placed if stance == "opposes" else kept
        placed = kept
        after = [
            (h, s)
            for h, s in objects
            if any(t.i in in_scope for t in s) and not _is_cue_words(cue, s) and not _past_a_semicolon(cue, s)
        ]
        if not after:  # "a rare earths deal is a security guarantee": the cue's own words name no topic
            placed = [(h, s) for h, s in placed if not _is_cue_words(cue, s)]
    if subject is not None and cue.label == "conditional" and asks_for(cue):
        after = _conditioned_subject(context, subject, holder, placed) or after
    own_part = next((t for t in cue.span if t.lemma_.lower() in OWN_PARTS), None)
    # "conditioned its participation on", "made any deployment conditional on": the holder's own part
    owned = any(t.dep_ == "poss" for t in cue.span) or (
        own_part is not None and any(d.dep_ == "det" for d in own_part.children)
    )
    if not after and cue.label == "conditional" and own_part is not None and owned:
        after = _conditioned_subject(context, own_part, holder, [])
    if subject is not None and _predicated(context, cue, after):  # "the minerals deal would serve as a guarantee"
        below = {t.i for t in subject.subtree}
        after = [(h, s) for h, s in placed if any(t.i in below for t in s)] or after
    passive = subject is not None and subject.dep_ == "nsubjpass" and subject.head in cue.span  # not "and exclude"
    if after and subject is not None and passive and cue.label != "exclusion":
        below = {t.i for t in subject.subtree}  # "no US troops would be deployed as part of ...": what is deployed
        after += [(h, s) for h, s in placed if any(t.i in below for t in s) and (h, s) not in after]
    move_denied = False
    if not after and cue.head.dep_ in ("acl", "amod"):  # "a tripwire deployment championed by Estonia"
        phrase = syntax.noun_phrase(cue.head.head)
        after = [(h, s) for h, s in placed if s.start < phrase.end and phrase.start < s.end]
        if not after:  # "Britain will send troops, a move welcomed by Kyiv": the move is the clause's
            after, move_denied = _move_of_the_clause(cue.head.head, placed)
    chosen = after
    clause = _clause_pointed_at(cue, subject) if not chosen else None
    if clause is not None:  # "We will not send our soldiers, that is out of the question": the clause before
        below = {t.i for t in clause.subtree}
        chosen = [(h, s) for h, s in placed if any(t.i in below for t in s)]
    # (the side may be the subject, or a name the parser hung on the verb it read as a noun: "an idea Russia rejects")
    doer = cue.head.doc[cue.head.i - 1] if verb_taken_for_a_noun(cue.head) else subject
    thing = _thing_named_before(doer) if not chosen and doer is not None else None
    if thing is not None:
        # "an American security guarantee, something Trump has been unwilling to say he would provide": that guarantee
        chosen = sorted(((h, s) for h, s in placed if s.end <= thing.i), key=lambda p: p[1].end)[-1:]
    if not chosen and subject is not None and cue.label != "exclusion":
        below = {t.i for t in subject.subtree} - _described_sides(subject)
        chosen = [(h, s) for h, s in placed if any(t.i in below for t in s)]
    conditioned = syntax.named_in_condition(subject) if not chosen and subject is not None else None
    if conditioned is not None and cue.label == "opposes":  # "if Western troops appear, they will be targets"
        below = {t.i for t in conditioned.subtree}
        chosen = [(h, s) for h, s in placed if any(t.i in below for t in s)]
    if (
        (not chosen or _only_in_condition(cue, chosen) or all(_kept_away(s) for _, s in chosen))
        and subject is not None
        and subject.lemma_.lower() in TROOP_NOUNS
        and not syntax.pointed_at(subject)  # "such units would become targets": the ones just named
        and cue.label != "exclusion"
        and not assertion.deontic(cue.head)  # "any force must be backed by Washington": not the speaker's troops
        and not _placed_elsewhere(context, index, cue.head)
        and not _war_effort(
            context, index, Hit(SENDING, -1, -1, subject.text), subject.doc[subject.i : subject.i + 1], holder, cue
        )
    ):
        # "the French and British contingents are ready to act": the holders' own troops; "Polish troops will only be
        # deployed with a US backstop": theirs too, besides the backstop wanted
        chosen = [*chosen, (Hit(SENDING, -1, -1, subject.text), subject.doc[subject.i : subject.i + 1])]
    # "a German contribution cannot be ruled out", "Italian participation is out of the question": the part judged
    part_judged = subject is not None and subject.dep_ == "nsubj" and cue.head.pos_ != "VERB"
    # "any German contribution would have to be approved by the Bundestag": the subject of a passive below the cue
    passive_below = any(c.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in c.children) for c in cue.head.children)
    undergoes = subject is not None and (subject.dep_ == "nsubjpass" or passive_below)
    part = subject if subject is not None and (undergoes or part_judged) else None
    # "any German deployment would be limited to a NATO member neighbouring Ukraine": no part in Ukraine
    a_part = part is not None and _a_part(context, index, part) and not _placed_elsewhere(context, index, cue.head)
    own = part is not None and a_part and actors_owning(context, index, part) <= {holder.actor}
    if not chosen and part is not None and own:  # "a German contribution cannot be ruled out": the holder's own part
        # ("Poland's role will be limited to logistics": a part in the force, without troops)
        kept_to_other = part.lemma_.lower() not in SENDING_NOUNS and _limited_to_other_than_troops(cue)
        kind = "reassurance-force" if kept_to_other else SENDING  # (a deployment limited to training is troops)
        chosen = [(Hit(kind, -1, -1, part.text), part.doc[part.i : part.i + 1])]
    elif not chosen and part is not None and part_judged and a_part:
        # "Peskov said Polish participation would be unacceptable": another side's part, in the force
        chosen = [(Hit("reassurance-force", -1, -1, part.text), part.doc[part.i : part.i + 1])]
    # "the backstop, which Trump has not committed to"; "guarantees for Kyiv, which Trump is open to": the
    # parser's antecedent ("Kyiv"), then the noun it qualifies
    antecedent = syntax.relative_antecedent(cue.head) if not chosen else None
    left_out = move_denied  # "the plan does not include Western troops, which Moscow welcomed": their absence welcomed
    while antecedent is not None and not chosen:
        phrase = syntax.noun_phrase(antecedent)
        chosen = [(h, s) for h, s in placed if s.start < phrase.end and phrase.start < s.end]
        left_out = bool(chosen) and cue.head.lemma_.lower() in REACTIONS and _left_out(antecedent)
        above = antecedent.head.head if antecedent.dep_ == "pobj" else None
        above = antecedent.head if antecedent.dep_ == "appos" else above  # "the force, a move Russia condemned"
        if antecedent.dep_ == "attr":  # "a European force is something France would support"
            above = next((c for c in antecedent.head.children if c.dep_ == "nsubj"), None)
        antecedent = above if above is not None and above.pos_ in ("NOUN", "PROPN") else None
    chosen = _narrowest(context, chosen)
    # "backs a deterrence force, not peacekeepers": two kinds of one topic, backed as the first
    set_apart = {s.start for _, s in chosen if syntax.contrasted_away(s.root)}
    backed = {h.label for h, s in chosen if s.start not in set_apart}
    chosen = [(h, s) for h, s in chosen if not (s.start in set_apart and h.label in backed)]
    said = [
        (_whose(context, index, h.label, s, holder, cue), (_negative(s, cue) != h.absent) != left_out)
        for h, s in chosen
    ]
    ids = list(dict.fromkeys(said))  # a phrase naming the topic's absence ("neutrality") turns the stance round
    pointing = chosen and chosen[0][1][0].lower_ in ("this", "that", "such")
    # ("such a mission" stays the mission, which others join too)
    deploying = chosen and chosen[0][1].root.lemma_.lower() not in MISSION_NOUNS
    own_before = ids == [("reassurance-force", False)] and pointing and deploying
    if own_before and _last_own_topic(context, index, holder) == SENDING:
        ids = [(SENDING, False)]  # "such a deployment", after the holder's own troops: its own
    nobody = subject is not None and syntax.nobody(subject) and not owned_noun(cue)  # not "Britain's readiness"
    if nobody and not _own_troops_named(context, index, chosen, holder):
        # "no one is talking about ground troops": anyone's (not "nobody in Berlin wants to send German troops")
        ids = [("reassurance-force" if topic == SENDING else topic, negative) for topic, negative in ids]
    spoken_of = _narrowest(context, _spoken_of(cue, placed)) if not ids else []  # "'...,' X said of the plan"
    if spoken_of:
        topic = _own_part(
            context, _whose(context, index, spoken_of[0][0].label, spoken_of[0][1], holder, cue), cue, holder
        )
        if topic == "reassurance-force" and any(_asked_of_all(context, index, s) for _, s in spoken_of):
            topic = SENDING  # asked whether European countries would send troops, Berlin answers for its own
        ids = [(topic, False)]
    elif (
        not ids
        and not war
        and (  # "Russia has offered troops": its own army, nothing said before
            (
                _points_back(cue, subject, scope, _another_side(context, index, subject, holder))
                and not _relative_to_another_thing(context, index, subject)
            )
            or (subject is not None and quoted_troops(context, index, subject))
            or _them_after_topic(cue, scope, placed)
        )
    ):
        stem = _named_back(cue, scope)
        offered = context.offered_topic(index, stem) if stem in OFFERED_STEMS else None
        recent = offered or (context.topic_where_named(index, SAID_AS.get(stem, stem)) if stem else None)
        # "promised to work on the proposals": proposals never named just before are not whatever topic came last
        # (a peace plan's, say); "welcomed the pledges" after offers of troops are those offers
        if recent is None and stem not in PROPOSAL_STEMS:
            turned = _anothers_plan_named(context, index, scope, holder) and cue_negation(cue) is None
            unlike = OPPOSITE.get(cue.label) if turned else None
            recent = context.recent_topic(index, holder.actor, before=cue.head.idx, unlike=unlike)
        if recent is None and joins_unnamed(cue) and not _helps(cue):
            # "the Dutch are willing to contribute", paragraphs after the force was last named
            recent = context.recent_among(index, FORCE_TOPICS, anywhere=True)
        if recent is None and cue.label == "conditional":  # "German troops could take part. ... the Bundestag will
            recent = _last_own_topic(context, index, holder)  # have the final word": a condition on its own part
        own_troops = {SENDING} | context.lexicon.own_troops
        repeated = _does_so(cue, scope)
        if repeated and _sends_before(cue):
            recent = SENDING  # "Estonia could send a company, and Latvia said it would do so": its own troops
        elif recent in own_troops and _helps(cue):
            recent = "reassurance-force"  # "no American boots on the ground. But we will help": not with troops
        elif recent in FORCE_TOPICS and _undecided_alone(cue, scope):
            recent = SENDING  # "Sweden will send soldiers, while Norway has not yet decided": whether to take part
        # (not "is considering the request": its own; nor "Britain will send troops, while Italy declined": to send
        # its own)
        elif (
            recent == SENDING
            and cue.label != "noncommittal"
            and not (cue.label == "opposes" and _alone(cue, scope))
            and (
                _gives_other_than_troops(cue)
                or _leads(cue)
                or (
                    _last_own_topic(context, index, holder) != recent
                    and not _joins_by_verb(cue)
                    and not repeated  # "Britain will send troops; France said it would do so too"
                )  # "ready to contribute"
            )
        ):  # "will provide logistical support in this matter", "hailed the pledges", "leading these discussions"
            recent = "reassurance-force"
        elif (
            recent == "reassurance-force"
            and not _not_with_troops(cue)
            and (_joins_itself(context, index, scope, holder) or _what_to_do(scope))
        ):
            recent = SENDING  # "too early to say what Norway will contribute", for Norway; "what we will do"
        elif (
            recent == "reassurance-force"
            and cue.label == "conditional"
            and _last_own_topic(context, index, holder) == SENDING
        ):
            recent = SENDING  # "Sweden may send troops. Before any deployment there must first be peace": its own
        elif recent is not None:
            itself = _joins_itself(context, index, scope, holder)  # "not decided whether its units would take part"
            # a mission of its own ("the naval mission": whether Bulgaria will take part in it) stays that mission
            joined = recent not in FORCE_TOPICS | MISSIONS and (_joins(cue) or itself)
            # its own units, whatever they would join; else the force named last
            force = (SENDING if itself else context.recent_among(index, FORCE_TOPICS)) if joined else None
            recent = _own_part(context, force or recent, cue, holder, itself)  # "ready to do its part": in the force
            fallback = context.lexicon.lexicon.topics.get(recent) if joined and force is None else None
            if fallback is not None and fallback.general and stance == "opposes":
                recent = None  # "will not stand in the way of the guarantees, but will not contribute": no refusal
        ids = [(recent, _refused_below(cue, scope))] if recent else []
        if any(_there_for_it(t) for t in cue.span) and (holder.actor, SENDING) in context.lexicon.replacements:
            ids = []  # "the United States will not be there", "Russia will be there": no part of theirs in the force
    if not ids and cue.head.dep_ == "amod":  # "the British-French-backed plan envisions ... European troops"
        later = [(h, s) for h, s in placed if s.start > cue.head.head.i]
        ids = list(dict.fromkeys((h.label, _negative(s, cue) != h.absent) for h, s in _narrowest(context, later)[:1]))
    if holder.region:  # "Europe is ready to send troops," said by Macron: Europe's troops, the force
        ids = [("reassurance-force" if topic == SENDING else topic, negative) for topic, negative in ids]
    if _not_with_troops(cue) and (SENDING, True) not in ids:
        ids.append((SENDING, True))  # "will contribute, but not with troops": its own soldiers, refused
    return ids


def _move_of_the_clause(move: Token, placed: list[tuple[Hit, Span]]) -> tuple[list[tuple[Hit, Span]], bool]:
    """The topics of the clause a closing apposition names as a move ("Britain will send troops, a move welcomed by
    Kyiv"), and whether that clause denies them ("Italy will not send troops, a decision welcomed by Moscow": their
    absence welcomed)."""
    if not syntax.closing_apposition(move) or move.lemma_.lower() not in MOVES:
        return [], False
    clause = {t.i for t in move.head.subtree} - {t.i for t in move.subtree}
    named = [(h, s) for h, s in placed if all(t.i in clause for t in s)]
    return named, bool(named) and assertion.negation_of(move.head) is not None


def _past_a_semicolon(cue: Cue, span: Span) -> bool:
    """ "Estonia has pledged a special forces unit; Belgium, de-mining teams": what follows a semicolon after the cue
    is another side's, with the verb left out (the parser may still hang it on the cue)."""
    return any(t.text == ";" for t in span.doc[cue.head.i : span.start])


def _compared_with(cue: Cue, scope: list[Token]) -> set[int]:
    """ "a pledge would be more effective than sending troops": what a noun cue's thing is compared with, outside
    the cue's own words (a comparison below a cue's verb is read by `_denied_below`)."""
    below_cue = {t.i for t in cue.head.subtree} if cue.head.pos_ != "NOUN" else set()
    than = [t for t in scope if t.lower_ == "than" and syntax.dispreferred(t) and t.i not in below_cue]
    return {w.i for t in than for w in t.subtree}


def _not_there(sending: Span, placed: list[tuple[Hit, Span]]) -> bool:
    """Whether a tripwire place ("to the front line", "along the contact line") is where the sending goes."""
    verb = next((t for t in sending if t.lemma_.lower() in SENDING_VERBS), sending.root)
    places = [s for h, s in placed if h.label == "tripwire"]
    return any(place.start <= verb.i < place.end or place.root.head == verb for place in places)


def _deploys_itself(word: Token) -> bool:
    """ "is prepared to deploy", "could deploy within days": "deploy" with no object and no one deployed, the
    subject's own troops going in."""
    if word.lemma_.lower() != "deploy" or word.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in word.children):
        return False
    deployer = syntax.subject_of(word)
    if deployer is None:  # "described the force as ready to deploy": the thing described deploys
        judged = (c for w in syntax.ancestors_and_self(word) for c in w.children if c.dep_ == "dobj")
        deployer = next(judged, None)
    # "counting on the coalition to deploy quickly": a group of sides, its troops
    return deployer is None or deployer.pos_ in ("PRON", "PROPN") or deployer.lemma_.lower() in OWN_SIDE | COALITIONS


def _left_out(noun: Token) -> bool:
    """ "does not include Western troops", "rules out NATO membership", "contains no provision for troops": a noun
    a clause denies or leaves out, whose absence a reaction after it judges ("..., which Moscow welcomed"; not "...,
    which Kyiv had demanded": the troops)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    provision = noun.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" else noun  # "no provision for"
    denied = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in [*provision.children, *provision.head.children]
    )
    return denied or verb.lemma_.lower() in RULING_OUT | REFUSING


def _a_part(context: ArticleContext, index: int, noun: Token) -> bool:
    """ "a German contribution", "Italian participation", "any Czech deployment": a side's part in the force (a
    deployment only with its side named: "the deployment" alone is the force's)."""
    lemma = noun.lemma_.lower()
    if lemma == "role" and any(p.dep_ == "prep" and not _in_time(p) and not _in_the_force(p) for p in noun.children):
        return False  # "a German role in the talks" is no part in the force; "in the future", "in the force" is
    return lemma in PARTS or (lemma in ("deployment", "role") and bool(actors_owning(context, index, noun)))


def _in_the_force(preposition: Token) -> bool:
    """ "a German role in the force", "in any mission": a part in the force itself."""
    return preposition.lower_ == "in" and any(o.lemma_.lower() in FORCE_NOUNS for o in preposition.children)


def _in_time(preposition: Token) -> bool:
    """ "in the future", "at a later stage": when, not in what."""
    return any(o.lemma_.lower() in ("future", "stage", "point", "time") for o in preposition.children)


def _clause_pointed_at(cue: Cue, subject: Token | None) -> Token | None:
    """ "We will not send troops, that is out of the question": a clause set before a "that" or "this" subject, in
    the same sentence, which the pointing word names."""
    verb = subject.head if subject is not None else None
    if subject is None or verb is None or subject.lower_ not in ("that", "this") or cue.head not in verb.subtree:
        return None
    before = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < subject.i]
    return before[-1] if before else None


def _backer_set_apart(context: ArticleContext, index: int, cue: Cue) -> list[tuple[Hit, Span]]:
    """ "Without America, there are no real guarantees": a side whose backing the lists name (the US backstop), set
    apart by "without" in a cue read as need, is that backing."""
    for word in (w for w in syntax.set_apart(cue.span) if w.pos_ == "PROPN"):
        for actor in actors_named_by(context, index, [word]):
            backing = next((topic for (backer, _), topic in context.lexicon.backings.items() if backer == actor), None)
            if backing is not None:
                return [(Hit(backing, -1, -1, word.text), word.doc[word.i : word.i + 1])]
    return []


def _going(troops: Token) -> bool:
    """ "no question of Spanish soldiers going to Ukraine": troops, the subject of a gerund of going there."""
    verb = troops.head
    return troops.dep_ == "nsubj" and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.lemma_.lower() in GOING


def _thing_named_before(subject: Token) -> Token | None:
    """ "..., something Trump has refused to provide", "..., a move Moscow condemned": the word right before the
    subject, after a comma, that names again what was just named (however the parser hangs it)."""
    doc, start = subject.doc, subject.left_edge.i
    thing = doc[start - 1] if start > 0 else None
    if thing is None or thing.lower_ not in RESTATING:
        return None
    opening = thing.i - 1 if thing.lower_ == "something" else thing.i - 2  # "a move", "an idea"
    if opening < 0 or (thing.lower_ != "something" and doc[opening + 1].lower_ not in ("a", "an")):
        return None
    return thing if doc[opening].lower_ == "," else None


def placed_topics(context: ArticleContext, index: int, doc: Doc, actor: str | None) -> list[tuple[Hit, Span]]:
    """The sentence's topic phrases as `actor` means them (all actors alike for None), each with its words in the
    parse (a phrase the parse window cut off is left out)."""
    parse = context.parses[index]
    hits = topics_for(parse, actor, context.lexicon) if actor is not None else parse.topics
    placed = []
    for hit in hits:
        span = cue_span(parse, doc, hit.start, hit.end)
        if span is not None:
            placed.append((hit, span))
    return [(h, s) for h, s in placed if not _guarantee_of_another_topic(h, s, placed)]


def _guarantee_of_another_topic(hit: Hit, span: Span, placed: list[tuple[Hit, Span]]) -> bool:
    """ "demanded guarantees that Ukraine will not join NATO": a guarantee whose "that" clause names another topic
    is about that topic, not the security guarantees for Ukraine ("guarantees that Russia will not attack again"
    are)."""
    if hit.label != "security-guarantees":
        return False
    clauses = [c for c in span.root.children if syntax.content_clause(c)]
    below = {t.i for c in clauses for t in c.subtree}
    return any(h.label != hit.label and any(t.i in below for t in s) for h, s in placed)


def asks_for(cue: Cue) -> bool:
    """ "would depend on a US guarantee", "can only work with US backing": a cue naming what its subject needs."""
    return cue.head.lemma_.lower() in DEPENDING or cue.span[0].lower_ == "with"


def _conditioned_subject(
    context: ArticleContext, subject: Token, holder: Holder, placed: list[tuple[Hit, Span]]
) -> list[tuple[Hit, Span]]:
    """ "Any European deployment would depend on American support": what depends is the subject, not the
    condition; the holder's own participation or deployment is its part in the force (for an actor whose
    backing of the force is a topic of its own, that backing: "U.S. participation will depend on ...")."""
    below = {t.i for t in subject.subtree}
    named = [(h, s) for h, s in placed if any(t.i in below for t in s)]
    if named or subject.lemma_.lower() not in OWN_PARTS:
        return named
    backed = (holder.actor, "reassurance-force") in context.lexicon.backings
    part = Hit("reassurance-force" if backed else SENDING, -1, -1, subject.text)
    return [(part, subject.doc[subject.i : subject.i + 1])]


def _sent_elsewhere(context: ArticleContext, index: int, sending: Span) -> bool:
    """ "to station troops in Lithuania", "in neighbouring countries", "the deployment of troops to Lithuania": troops
    sent, but not to Ukraine."""
    placing = SENDING_VERBS | SENDING_NOUNS | TROOP_NOUNS
    words = [t for t in sending if t.lemma_.lower() in placing]
    noun = sending[0]
    if noun.pos_ == "NOUN" and noun.dep_ == "dobj":  # "backs the deployment of troops to Lithuania": on the verb
        words.append(noun.head)
    return any(_placed_elsewhere(context, index, t) for t in words)


def _placed_elsewhere(context: ArticleContext, index: int, verb: Token) -> bool:
    """ "German troops are stationed in Lithuania", "on the border with Belarus": troops placed in another country
    or on NATO's own borders are not sent to Ukraine."""
    for preposition in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACING and not _scene(c)):
        # not "in exchange for", nor "on condition that Washington provides air cover" (a noun with a clause)
        places = [c for c in preposition.children if c.dep_ == "pobj" and c.lower_ not in syntax.BARGAINS]
        misread = [c for c in preposition.children if c.dep_ == "pcomp" and c.lower_ in NEIGHBOURING]
        if misread:  # "to neighbouring NATO territory", the adjective read as a verb
            return True
        if any(t.lower_ in BESIDE for p in places for t in p.subtree):
            return True  # "a NATO member neighbouring Ukraine", "countries bordering Ukraine": next to it
        for place in (p for p in places if not any(g.dep_ == "acl" for g in p.children)):
            named = actors_in(context, index, syntax.mentions_span(place))
            if "ukraine" in named:
                return False
            # "has contributed troops to many UN missions": missions of other times and places
            other_missions = place.lemma_.lower() in ("mission", "operation") and place.tag_ == "NNS"
            if preposition.lower_ == "across" and place.lemma_.lower() in ("border", "frontier"):
                continue  # "would not send combat units across the border": over it, into the country beyond
            if named or place.lemma_.lower() in ELSEWHERE or other_missions:
                return True
            if any(m.lower_ in NEIGHBOURING for m in place.children):
                return True  # "in neighbouring countries"
    return False


def kept_out_of_ukraine(context: ArticleContext, index: int, verb: Token) -> bool:
    """ "could contribute forces to neighbouring NATO countries rather than to Ukraine itself", "will station troops
    in Poland, not in Ukraine": a sending placed elsewhere and set apart from Ukraine, which refuses troops there."""
    if verb.lemma_.lower() not in SENDING_VERBS or not _placed_elsewhere(context, index, verb):
        return False
    for preposition in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACING):
        before = {t.lower_ for t in verb.doc[max(preposition.i - 2, 0) : preposition.i]}
        places = [c for c in preposition.children if c.dep_ == "pobj"]
        if before & {"than", "not"} and any(
            "ukraine" in actors_in(context, index, syntax.mentions_span(p)) for p in places
        ):
            return True
    return False


def _scene(preposition: Token) -> bool:
    """ "In Paris on Monday, Poland said ...": a place set off before the clause is where the news was made, not
    where troops go."""
    verb = preposition.head
    return preposition.i < verb.i and any(t.is_punct for t in preposition.doc[preposition.right_edge.i + 1 : verb.i])


def _predicated(context: ArticleContext, cue: Cue, after: list[tuple[Hit, Span]]) -> bool:
    """ "X serves as a security guarantee", "X would be a key part of the guarantees": what is backed is X, when the
    role it serves in is a general one (troops that "serve as a tripwire force" back the tripwire)."""
    topics = context.lexicon.lexicon.topics
    if any(t.lemma_.lower() in NECESSARY and t.dep_ in ("acomp", "attr") for t in cue.span):
        return True  # "a US backstop would be essential for any European force": the backstop is what is needed
    element = any(t.dep_ == "attr" and t.lemma_.lower() in ELEMENTS for t in cue.span)
    return (cue.head.lemma_.lower() in PREDICATING or element) and all(topics[h.label].general for h, _ in after)


def _own_part(context: ArticleContext, topic: str, cue: Cue, holder: Holder, joins: bool = False) -> str:
    """ "willing to contribute", "will be involved", "will not take part", "ready to do its part" (or `joins`, a
    clause below saying the holder takes part): the force, joined by the holder, is its own troops; not for a
    side whose troops are a topic of their own (the US "will be involved" names no ground troops)."""
    # "were important contributors": to the force, in troops or in other ways
    contributor = any(t.lemma_.lower() == "contributor" for t in cue.span) and not _joins_by_verb(cue)
    if topic not in FORCE_TOPICS or not (joins or _joins(cue)) or contributor or _not_with_troops(cue):
        return topic
    own_topic = (holder.actor, SENDING) in context.lexicon.replacements
    return "reassurance-force" if own_topic else SENDING


def _limited_to_other_than_troops(cue: Cue) -> bool:
    """ "will be limited to logistics", "confined to training": a part kept to something other than troops."""
    if not any(t.lemma_.lower() in ("limit", "confine", "restrict") for t in cue.span):
        return False
    kept_to = [g for t in cue.span if t.lower_ == "to" for g in t.children if g.dep_ == "pobj"]
    return bool(kept_to) and not any(g.lemma_.lower() in TROOP_NOUNS for g in kept_to)


def _not_with_troops(cue: Cue) -> bool:
    """ "will contribute, but not with troops", "but not with boots on the ground": a part in the force, without
    its own soldiers."""
    return any(
        w.dep_ in ("conj", "prep")
        and w.lower_ == "with"
        and any(n.dep_ == "neg" for n in w.children)
        and any(g.dep_ == "pobj" and g.lemma_.lower() in TROOP_NOUNS for g in w.children)
        for w in cue.head.children
    )


def _joins(cue: Cue) -> bool:
    """Whether the cue's words, or the verb it introduces and its object, are a word for taking part."""
    words = _cue_and_verb(cue)
    words += [c for word in words for c in word.children if c.dep_ == "dobj"]  # "ready to do its part"
    return any(_joining(t) for t in words)


def joins_unnamed(cue: Cue) -> bool:
    """ "is prepared to contribute, provided there is a US commitment", "would take part only with American
    backing": taking part with nothing named to take part in, the force under discussion."""
    words = _cue_and_verb(cue)
    words += [c for word in words for c in word.children if c.dep_ == "dobj" and c.lower_ == "part"]  # "willing to"
    verbs = [t if t.pos_ == "VERB" else t.head for t in words if _joining(t)]  # "contribute", "take part"
    return any(v.pos_ == "VERB" for v in verbs) and not any(
        (c.dep_ == "dobj" and c.lower_ != "part")
        or c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "prep" and c.lower_ in ("in", "to"))
        for v in verbs
        for c in v.children
    )  # not "will contribute money", "will take part in the talks"


def _joins_by_verb(cue: Cue) -> bool:
    """ "are ready to contribute", "open to taking part": the holder's own doing ("were important contributors"
    names the force it joined)."""
    words = _cue_and_verb(cue)
    # "no plans to take part", "has not ruled out a role"
    words += [c for t in words for c in t.children if c.dep_ == "dobj" and c.lower_ in ("part", "role")]
    return any(_joining(t) and (t.pos_ == "VERB" or t.head.pos_ == "VERB") for t in words)  # "take part"


def _asked_of(verb: Token) -> bool:
    """ "whether its troops would join / take part", "what its contribution would be": a verb of taking part, or one
    taking "part" as its object, in nothing named; or a "be" asking what its subject is."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "prep")]  # not "join the talks", "take part in talks"
    part = len(objects) == 1 and _joining(objects[0]) and not any(c.dep_ == "prep" for c in objects[0].children)
    taking = (_joining(verb) and not objects) or part
    asked_what = any(c.dep_ == "attr" and c.tag_ in syntax.WH_WORDS for c in verb.children)
    return taking or (verb.lemma_ == "be" and asked_what)


def _joining(word: Token) -> bool:
    """ "join", "contribute", "take part", "do its part", "Spain will be there": a word for taking part in something
    named before."""
    lemma = word.lemma_.lower()
    taken_part = lemma == "part" and word.head.lemma_.lower() in ("take", "do", "play")
    there = _there_for_it(word) and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in word.head.children)
    return lemma in VERBAL_ANAPHORS or taken_part or there or _a_role_ruled_on(word)


def _refused_below(cue: Cue, scope: list[Token]) -> bool:
    """ "hoped it would not join", "urged Berlin not to take part", "wants to stop Britain from taking part": a taking
    part the cue's clause denies or holds back, in a verb below the cue (the cue's own words are read by its stance,
    as "would block Poland from taking part" is)."""
    for word in scope:
        if word.pos_ != "VERB" or word in cue.span or not _takes_part(word):
            continue
        if any(c.dep_ == "neg" and not syntax.contrasting_not(c) for c in word.children):
            return True
        held_back = assertion.held_back_by(word)
        if held_back is not None and held_back not in cue.span and assertion.negation_of(held_back) is None:
            return True  # (not "would not stop Britain from taking part")
    return False


def _takes_part(word: Token) -> bool:
    """A word for taking part, or a verb taking one as its object ("take part", "do its part")."""
    return _joining(word) or any(c.dep_ == "dobj" and _joining(c) for c in word.children)


def _there_for_it(word: Token) -> bool:
    """ "will be there": present where what was just named will be (not "would be there for Europe", standing by
    someone)."""
    verb = word.head
    standing_by = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    return word.lower_ == "there" and word.dep_ == "advmod" and verb.lemma_ == "be" and not standing_by


def _joins_itself(context: ArticleContext, index: int, scope: list[Token], holder: Holder) -> bool:
    """A word for taking part in the cue's object, done by the holder itself ("what Norway will contribute"), or
    decided on by it ("would decide on a contribution only after a ceasefire")."""
    for word in scope:
        decided = (
            word.dep_ == "pobj" and word.head.lower_ in ("on", "about") and word.head.head.lemma_.lower() in DECIDING
        )
        owners = [c for c in word.children if c.dep_ == "poss"]
        if decided and _joining(word) and all(c.lower_ in OWN_WORDS for c in owners):
            return True
        if word.dep_ == "ccomp" and _takes_part(word):
            doer = syntax.subject_of(word)
            named = actors_in(context, index, syntax.noun_phrase(doer)) if doer is not None else []
            if doer is None or doer.lower_ in OWN_WORDS or named == [holder.actor]:
                return True
    return False


def _spoken_of(cue: Cue, placed: list[tuple[Hit, Span]]) -> list[tuple[Hit, Span]]:
    """The topics a speech verb above the cue says its words are about ("said of the plan", "said when asked
    about troops"), unless the cue names a thing of its own ("supports all efforts for peace, she said when asked
    about the force": an answer about something else; "talks are the only way, he said of the plan": what is said of
    a thing of its own)."""
    subject = syntax.subject_of(cue.head)
    things = [*(c for c in cue.head.children if c.dep_ == "dobj"), *([subject] if subject is not None else [])]
    if any(c.pos_ == "NOUN" and c.lemma_.lower() not in ANAPHORA for c in things):
        return []
    for word in cue.head.ancestors:
        if word.lemma_.lower() not in SPEAKING_VERBS:
            continue
        about = {t.i for p in word.children if p.dep_ == "prep" and p.lower_ in ABOUT for t in p.subtree}
        asked = (c for c in word.children if c.dep_ == "advcl" and c.lemma_.lower() in ASKED)
        about |= {t.i for clause in asked for t in clause.subtree}  # "..., he said when asked about troops",
        # "..., he said, answering a question about troops"
        named = [(h, s) for h, s in placed if about and all(t.i in about for t in s)]
        troops = [t for t in cue.head.doc if t.i in about and t.lemma_.lower() in TROOP_NOUNS]
        if not named and troops:  # "asked about troops": troops, whose the holder's reading says
            return [(Hit(SENDING, -1, -1, troops[0].text), cue.head.doc[troops[0].i : troops[0].i + 1])]
        return named
    return []


def _asked_of_all(context: ArticleContext, index: int, span: Span) -> bool:
    """ "on whether European countries could contribute troops": a sending asked of countries in general."""
    for verb in (t for t in span if t.lemma_.lower() in SENDING_VERBS):
        doer = syntax.subject_of(verb)
        if doer is not None and doer.lemma_.lower() in PARTIES and doer.tag_ == "NNS":
            return not actors_in(context, index, syntax.noun_phrase(doer))
    return False


def _last_own_topic(context: ArticleContext, index: int, holder: Holder) -> str | None:
    """The topic of the holder's last claim in the sentences just before: "this", "such a deployment" and "the
    pledges" are the holder's own troops only when that is what it last spoke of (others' troops back the force)."""
    for earlier in looking_back(index)[1:]:
        own = [c.topic for c in context.claims.get(earlier, []) if c.actor == holder.actor]
        if own:
            return own[-1]
    return None


def _gives_other_than_troops(cue: Cue) -> bool:
    """ "intends to provide logistical support": the cue's verb sends something, and it is not troops."""
    return any(
        word.lemma_.lower() in SENDING_VERBS and c.dep_ == "dobj" and c.lemma_.lower() not in TROOP_NOUNS
        for word in _cue_and_verb(cue)
        for c in word.children
    )


def _leads(cue: Cue) -> bool:
    """ "leading these discussions", "spearheading the effort": an effort of many, not the holder's own troops."""
    return any(t.lemma_.lower() in LEADING for t in cue.span)


def _helps(cue: Cue) -> bool:
    """ "will help", "will assist": support of some kind, which sending troops is not."""
    return any(word.lemma_.lower() in ASSISTING for word in _cue_and_verb(cue))


def _cue_and_verb(cue: Cue) -> list[Token]:
    """The cue's words and the verb it introduces ("willingness to contribute", "open to taking part", "barred it
    from joining")."""
    verbs = [c for t in cue.span for c in t.children if c.dep_ in ("xcomp", "acl", "pcomp")]
    kept_from = [g for t in cue.span for c in t.children if c.lower_ == "from" for g in c.children if g.dep_ == "pcomp"]
    return [*cue.span, *verbs, *kept_from]


def _negative(span: Span, cue: Cue) -> bool:
    """ "non-membership", "far away from the front lines", "a deal that would make it give up its bid to join
    NATO", "a deal without security guarantees": a topic named by its absence, kept at a distance, or given up
    or denied below the cue."""
    if _denied_below(span, cue):
        return True
    if any(syntax.affirmed_instead(w) for w in _below(span.root, cue.head)) and _negated(cue):
        return True  # "would not need American soldiers, only American support": the support is needed
    doc = span.doc
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    prefixed = before[-2:] == ["non", "-"] or before[-1:] == ["non"] or span[0].lower_.startswith("non-")
    if prefixed and span[0].pos_ == "NOUN":  # "non-membership", not "non-European troops"
        return True
    if _preposition(span) in cue.span:  # "shies away from sending troops": the cue's own words, read by its stance
        return False
    return _kept_away(span)


def _denies_a_thing(verb: Token) -> bool:
    """ "would deny Ukraine membership": a thing withheld, not a report denied ("denied that it would ...")."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"dative", "dobj"}) and "ccomp" not in deps


def _below(word: Token, head: Token) -> list[Token]:
    """The word and those above it, up to the cue's head (empty when the word is not below it)."""
    path = [word, *word.ancestors]
    return path[: path.index(head)] if head in path else []


def _preposition(span: Span) -> Token:
    """The preposition inside a topic phrase ("from" in "away from the front lines"), else the word it hangs on."""
    return next((t for t in span if t.dep_ == "prep"), None) or span.root.head


def _kept_away(span: Span) -> bool:
    """ "far away from the front lines": a place the topic is kept at a distance from."""
    preposition = _preposition(span)
    return preposition.lower_ == "from" and any(c.lower_ in ("away", "far") for c in preposition.head.subtree)


def _denied_below(span: Span, cue: Cue) -> bool:
    """Between the cue and the topic, a word that takes the topic away: giving it up or thwarting it ("rejected
    any deal that would require Kyiv to abandon its NATO bid" backs the bid; "a plan to undermine the force"
    opposes it), lacking it ("a ceasefire that lacks guarantees", "a deal without guarantees"), or a negation
    ("a force that would not include US troops", "wants no NATO troops"). The cue's own words are read by
    its stance, not here. Two thwartings cancel ("wants to stop Russia from blocking the force")."""
    path = []
    linking = cue.head.head if cue.head.dep_ in ("acomp", "attr") else None  # "would be pointless without a backstop"
    for word in [span.root, *span.root.ancestors]:
        if word in (cue.head, cue.taken_from, linking) or word in cue.span:
            break  # the inner cue whose stance was taken is read by that stance, not again here
        path.append(word)
    else:
        return False  # the topic is not below the cue ("the guarantee sought by Zelenskyy")
    barring = syntax.barred_from(path[-1], THWARTING) if path else None
    if barring is not None and barring not in (cue.taken_from, *cue.span):
        path.append(barring)  # "the provision barring Ukraine from joining NATO", read with "from" hung too high
    # a clause coordinated with another below the cue ("that Kyiv drop its bid and that no troops be stationed",
    # which the parser may hang on the first clause's verb) is not taken away by what the other does
    joined = next((k for k, w in enumerate(path) if w.dep_ == "conj" and w.pos_ in ("VERB", "AUX")), None)
    path = path[: joined + 1] if joined is not None else path
    thwarted = 0
    own_negation = negating_word(cue)  # "will send no troops to Ukraine": the cue's own denial, read once
    for below, word in zip([None, *path], path, strict=False):
        lemma = word.lemma_.lower()
        # "no troops will be sent" negates the cue itself; so does "there will be no troops" (a cue of its own); in
        # a clause below the cue it denies the topic ("demanded that no Western troops be deployed")
        existential = any(c.dep_ == "expl" for c in word.head.children)
        no = (word.dep_ not in ("nsubj", "nsubjpass") or word.head not in (cue.head, *cue.span)) and not existential
        negated = any(
            (
                (c.dep_ == "neg" and (no or c.i > word.i))
                or (no and c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither"))
            )
            and c not in cue.span
            and c != own_negation
            and not syntax.contrasting_not(c)
            and not (c.dep_ == "neg" and below is not None and below.dep_ == "conj" and c.i < below.i)  # "not X but Y"
            for c in word.children
        )  # "will send neither troops nor weapons"
        absent_with = word.lower_ in ABSENT_WITH and word != span.root
        absent_with = absent_with or (word.lower_ == "of" and word.head.lemma_.lower() == "free")  # "free of troops"
        # "keep NATO troops out" (the "out" of "keep Ukraine out of NATO" is the topic's own: its absence)
        kept_out = lemma == "keep" and any(
            c.lower_ == "out" and not span.start <= c.i < span.end for c in word.children
        )
        negated = negated or syntax.contrasted_away(word) or syntax.dispreferred(word)  # "backs the force, not a
        # tripwire", "prefers a UN mission to a European force"
        negated = negated or (
            word.pos_ == "ADP" and word.dep_ == "conj" and any(c.dep_ == "neg" for c in word.children)
        )
        # "will contribute, but not with boots on the ground"; a denial of a taking away cancels it ("any plan that
        # would not keep NATO troops out"), as two thwartings do
        taken_away = syntax.gives_up(word) or lemma in LACKING or absent_with or kept_out
        thwarted += taken_away + negated
        # "ready to strike any European troops": striking troops, not a deal ("strike a deal on guarantees")
        struck = lemma in HITTING and any(c.dep_ == "dobj" and c.lemma_.lower() in TROOP_NOUNS for c in word.children)
        # "accused Europe of sabotaging the talks with its plans for a force": the plans are not what is sabotaged
        means = below is not None and below.dep_ == "prep" and below.lower_ in MEANS
        feared = lemma in FEARING and word.pos_ == "VERB"  # "there is no need to fear the force": no threat in it
        # "rejects any deal that rules out NATO membership", "would deny it membership": the topic taken away
        ruled_out = word.pos_ == "VERB" and (lemma in RULING_OUT or (lemma == "deny" and _denies_a_thing(word)))
        thwarted += (lemma in THWARTING and not means) or struck or feared or ruled_out
    return thwarted % 2 == 1  # "wants to stop Russia from blocking the force": thwarting a thwarting backs it


def _bargained(span: Span, cue: Cue) -> bool:
    """ "no room for compromise on the force", "refused to make concessions on NATO membership": what is not
    bargained over is held firmly, which says nothing of which way (Kyiv firm on NATO wants it; Moscow does not)."""
    for word in span.root.ancestors:
        if word == cue.head or word in cue.span:
            return False
        if word.lemma_.lower() in BARGAINING:
            return True
    return False


def _war_effort(context: ArticleContext, index: int, hit: Hit, span: Span, holder: Holder, cue: Cue) -> bool:
    """ "Russia will send more troops to Ukraine", "Russian troops will not be deployed there": a side at war moving
    its own army is no part of any peace force (its stance on "sending troops", sender unnamed, is one on the
    force)."""
    if hit.label not in (SENDING, "reassurance-force"):
        return False
    verb = _sending_verb(span)
    moved = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is not None else None
    movers = (
        actors_owning(context, index, moved) if moved is not None and moved.lemma_.lower() in TROOP_NOUNS else set()
    )
    if movers and all(_at_war(context, actor) for actor in movers):
        return True  # "Russian troops will not be deployed in Ukraine", whoever says so
    if hit.label != SENDING or not _at_war(context, holder.actor):
        return False
    if _troop_owners(context, index, span) == {holder.actor} or any(o.lower_ in ("its", "our") for o in _owners(span)):
        return True  # "its troops", "Russian troops" (not "their troops": whose, the parse says no better)
    # "Russia will send more troops", "Moscow is ready to send troops": it sends them (not "supports sending troops",
    # the idea, nor "opposes sending troops")
    doing = verb is not None and (verb in cue.span or any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children))
    sender = syntax.subject_of(verb) if verb is not None and doing and cue.label == "supports" else None
    if sender is None and verb is not None and verb in cue.span and cue.label == "supports":
        sender = syntax.subject_of(cue.head)  # "Russia was the first to send troops": the cue's own subject
    return sender is not None and holder.actor in actors_in(context, index, syntax.noun_phrase(sender))


def _at_war(context: ArticleContext, actor: str) -> bool:
    """A side whose stance on sending troops is one on the force others would send (it sends none to it)."""
    replaced = context.lexicon.replacements.get((actor, SENDING))
    return replaced is not None and replaced not in context.lexicon.own_troops


def _another_army(context: ArticleContext, index: int, hit: Hit, span: Span, holder: Holder) -> bool:
    """ "Ukraine's ground forces": another actor's own army is no troop contribution, nor are troops that only
    receive something ("contribute to the training of ground forces")."""
    if hit.label != SENDING:
        return False
    served = span.root.head if span.root.dep_ == "pobj" and span.root.head.lower_ in ("of", "for") else None
    if served is not None and served.head.lemma_.lower() in SERVICE_NOUNS:
        return True
    # the troops' owner, not the offer's ("welcomed Britain's offer of troops": troops for the force)
    owners = [c for t in span if t.lemma_.lower() in TROOP_NOUNS for c in t.children if c.dep_ == "poss"]
    named = {a for owner in owners for a in actors_in(context, index, owner.doc[owner.i : owner.i + 1])}
    return bool(named) and holder.actor not in named


def _only_in_condition(cue: Cue, chosen: list[tuple[Hit, Span]]) -> bool:
    """ "will only be deployed with a US backstop": a conditional cue whose topics are all in what it asks for."""
    if cue.label != "conditional":
        return False
    return all(
        any(w.lower_ in CONDITION_WORDS and w.dep_ in ("prep", "mark") for w in _below(s.root, cue.head))
        for _, s in chosen
    )


def _offered_by_another(context: ArticleContext, index: int, span: Span, holder: Holder) -> bool:
    """ "France's offer of troops", "the British pledge of troops", for another holder: the offerer's troops."""
    if span.root.lemma_.lower() in TROOP_NOUNS:
        return False  # whose troops these are, `_troop_owners` reads ("the French and British contingents")
    owner = syntax.owner_of(span.root)
    if owner is None or owner.pos_ == "PRON":
        return False
    sides = actors_in(context, index, owner.doc[owner.i : owner.i + 1])
    return bool(sides) and holder.actor not in sides


def _is_cue_words(cue: Cue, span: Span) -> bool:
    """A topic named inside the cue itself ("is a security guarantee") is not what the cue is about; a side
    deploying itself is ("is prepared to deploy"), and so are troops the cue's verb takes ("keep its troops at
    home")."""
    inside = cue.span.start <= span.start and span.end <= cue.span.end
    taken = span.root.dep_ == "dobj" and span.root.head == cue.head and span.root.lemma_.lower() in TROOP_NOUNS
    return inside and not (len(span) == 1 and _deploys_itself(span[0])) and not taken


def _whose(context: ArticleContext, index: int, topic: str, span: Span, holder: Holder, cue: Cue) -> str:
    """Troops sent by the holder are its own contribution ("did not rule out sending Canadian troops");
    troops of others, or sent by someone else, back the force ("rejected deploying NATO troops", "urged
    Germany to send troops", "the readiness of partners to send troops"). Where the parse does not say
    who sends them, the lists' reading of the phrase stands."""
    if topic not in (SENDING, "reassurance-force"):
        return topic
    if _a_part_in(context, index, span, holder):
        return SENDING
    verb = _sending_verb(span)
    deployers = _deployers(verb) if verb is not None and verb == span.root else None
    if deployers is not None and holder.actor in actors_owning(context, index, deployers):
        return SENDING  # "Danish soldiers would be among the first to deploy to Ukraine", for Denmark
    if verb is None and span.root.lemma_.lower() in BASES and cue.head.lemma_.lower() in ESTABLISHING:
        return SENDING  # "will establish military hubs across Ukraine": its own forces, stationed there
    if verb is None and _own_decision(cue, span) and not _owners(span):
        return SENDING  # "we have not made a decision on any deployment", "its parliament would need to approve"
    if verb is None:  # "did not rule out the possibility of Swedish troops in Ukraine", for Sweden: its own
        if _troop_owners(context, index, span) == {holder.actor}:
            return SENDING
        if _offered_by_another(context, index, span, holder):
            return "reassurance-force"  # "Washington rejected France's offer of troops": France's troops
        owners = _owners(span)
        if owners and all(o.lower_ in OWN_WORDS for o in owners) and not _troop_owners(context, index, span):
            return SENDING  # "does not see a role for its soldiers in Ukraine": its own, wherever they would go
        if cue.head.lemma_.lower() not in syntax.CREDITING:
            return topic
        # "hailed the troop pledges", "criticised the troop offers": others' troops, praised or blamed (not
        # "welcomed Britain's troop pledge", for Britain)
        return SENDING if holder.actor in actors_owning(context, index, span.root) else "reassurance-force"
    # "will not participate in the multinational force", "weighing whether to join the force", "is open to
    # contributing to a reassurance force": taking part in it, with its own troops
    joining = _participating(verb) or (
        verb.lemma_.lower() == "contribute"
        and not any(c.dep_ == "dobj" and c.tag_ not in syntax.WH_WORDS for c in verb.children)
    )
    if joining:
        joiner = syntax.subject_of(verb)
        owner = syntax.possessor_of(verb.head) if joiner is None and verb.dep_ == "acl" else None
        if owner is not None and owner.pos_ != "PRON":  # "hailed Canada's pledge to join the force": Canada joins
            joiner = owner
        itself = joiner is not None and (
            actors_in(context, index, joiner.doc[joiner.i : joiner.i + 1]) == [holder.actor]
            or (joiner.lower_ in ("it", "we") and joiner.i > cue.head.i)  # "declined to say whether it would join"
        )
        holds = joiner == syntax.subject_of(cue.head) and not assertion.deontic(cue.head)  # not "Germany should join"
        return SENDING if joiner is None or holds or itself else topic
    owners = _owners(span)
    named = _troop_owners(context, index, span)
    if any(o.lower_ in FOREIGN for o in owners) or named - {holder.actor}:
        return "reassurance-force"  # "NATO troops"; "sending Swedish troops" when Hungary holds it
    # a country's plans to send troops are its own; a group's are its members' (the force), and a plan to deploy "a
    # force" names the force
    force = span.root.lower_ == "force"
    doer = _doer(verb, cue, owner_sends=holder.actor not in context.lexicon.counted.values() and not force)
    if any(o.lower_ in THEIR for o in owners) and _sent_by_others(context, index, verb, doer, holder):
        return "reassurance-force"  # "the Europeans dream of sending their troops", for Russia: theirs
    if any(o.lower_ in OWN_WORDS for o in owners) or holder.actor in named:
        return SENDING  # "its troops", "sending Swedish forces" when Sweden holds it
    bound = syntax.bound_party(cue.head)
    if bound is not None:  # "commits Britain and France to deploying troops": the troops of those it binds
        bound_sides = actors_in(context, index, bound.doc[bound.left_edge.i : bound.right_edge.i + 1])
        # "commits the signatories to deploying troops": the signers, each with its own
        return SENDING if holder.actor in bound_sides or not bound_sides else "reassurance-force"
    if doer is None and verb.dep_ == "acl" and verb.head != cue.head:
        noun = verb.head  # "the Franco-British plan to deploy troops", for Russia: the owners' troops, not its own
        planners = actors_in(context, index, noun.doc[noun.left_edge.i : noun.i])
        if planners and holder.actor not in planners:
            return "reassurance-force"
    if doer is None and verb.dep_ == "acl" and syntax.judge_of(verb.head) is not None:
        return "reassurance-force"  # "described the plans to deploy troops as dangerous": others' plans, judged
    if doer is None and verb.dep_ == "acl" and cue.head.lemma_.lower() in THWARTING:
        return "reassurance-force"  # "will not block the plans to send troops": others' plans, let pass
    if doer is None:
        return topic
    if _unnamed_partners_send(verb, doer):
        return "reassurance-force"  # "urged partners to say how many troops they would send": theirs, the force's
    theirs = doer.lower_ == "their"
    if doer.dep_ == "poss" and doer.pos_ == "PRON":  # "lambasted the coalition, saying its plans to station troops"
        doer = possessive_antecedent(context, index, doer) or doer
    doers = _senders(context, index, doer)
    if (
        doers
        and holder.actor not in doers
        and doer.lower_ not in OWN_WORDS
        and not _partner(context, index, holder, cue)
    ):
        return "reassurance-force"  # "Macron said Britain must send troops": someone else's troops, for France
    own = doer.lower_ in OWN_WORDS or (doer == syntax.subject_of(cue.head) and not assertion.deontic(cue.head))
    own = own or bool(holder.words and doer.text in holder.words)
    own = own or holder.actor in actors_in(context, index, doer.doc[doer.i : doer.i + 1])  # "Canada", for Canada
    own = own or (theirs and holder.actor in doers)  # "statements by London and Paris about their readiness", each
    # "signed a declaration committing them to deploy troops": the signers bound by what they signed
    own = own or (doer.lower_ in ("them", "themselves") and cue.head.lemma_.lower() in syntax.BINDING)
    return SENDING if own else "reassurance-force"


def _deployers(verb: Token) -> Token | None:
    """The troops an intransitive sending verb moves ("soldiers would be among the first to deploy"): its subject,
    else the subject of the clause its infinitive hangs on."""
    above = verb
    while syntax.subject_of(above) is None and above.dep_ in ("acl", "relcl", "xcomp", "pobj", "prep", "acomp"):
        above = above.head
    subject = syntax.subject_of(above)
    return subject if subject is not None and subject.lemma_.lower() in TROOP_NOUNS else None


def _senders(context: ArticleContext, index: int, doer: Token) -> list[str]:
    """The sides the doer's words name, with the subjects coordinated with it ("Britain as well as France")."""
    return [
        actor
        for member in syntax.group(doer)
        for actor in actors_in(context, index, doer.doc[member.left_edge.i : member.right_edge.i + 1])
    ]


def _doer(verb: Token, cue: Cue, *, owner_sends: bool) -> Token | None:
    """Who does the sending the parse names: its subject, the one asked or warned ("urged Germany to send",
    "warned Britain against sending"), the one whose readiness it is ("the readiness of partners to send"); with
    `owner_sends`, the owner of a plan the cue names ("has no plans to send")."""
    doer = syntax.subject_of(verb) if verb != cue.head else syntax.subject_of(cue.head)
    if doer is None and verb.dep_ in ("xcomp", "ccomp"):
        doer = next((c for c in verb.head.children if c.dep_ in ("dobj", "iobj")), None)
    if doer is None and verb.dep_ == "advcl" and verb.head.lemma_.lower() in RELYING:
        # "counting on its partners to send troops", which the parser misreads
        doer = next((g for p in verb.head.children if p.lower_ in ("on", "upon") for g in p.children), None)
    if doer is None and verb.dep_ == "pcomp":  # "warned Britain against sending troops": Britain sends them
        doer = next((c for c in verb.head.head.children if c.dep_ in ("dobj", "iobj") and c.pos_ == "PROPN"), None)
    if doer is None and verb.dep_ == "acl" and verb.head != cue.head:  # "the readiness of partners to send"
        noun = verb.head
        doer = syntax.possessor_of(noun) or next(
            (g for p in noun.children if p.lower_ in ("of", "by") for g in p.children if g.dep_ == "pobj"), None
        )
        if doer is not None and doer.pos_ == "PRON":  # "criticised Poland for its readiness to send troops"
            doer = syntax.credited_for(noun) or doer
    own_noun = verb.head if verb.dep_ == "acl" else verb.head.head if verb.dep_ == "pcomp" else None
    if doer is None and owner_sends and own_noun == cue.head and own_noun.pos_ == "NOUN":
        # "has no plans to send peacekeepers", "has no intention of sending a contingent": the plan's owner sends
        doer = (
            syntax.owner_of(own_noun)  # "its plans", "the British pledge to send troops"
            or (syntax.subject_of(own_noun.head) if own_noun.dep_ == "dobj" else None)
        )
    return doer


def _unnamed_partners_send(verb: Token, doer: Token) -> bool:
    """ "they" sending, in a clause about unnamed partners others urge ("urged partners to say how many troops they
    would send")."""
    outer = syntax.subject_of(verb.head) if doer.lower_ == "they" and verb.dep_ in ("ccomp", "relcl") else None
    if outer is None or outer.dep_ not in ("dobj", "iobj"):  # those urged, not "leaders say they will send"
        return False
    return outer.lemma_.lower() in PARTIES and outer.tag_ == "NNS" and outer.pos_ == "NOUN"


def _sent_by_others(context: ArticleContext, index: int, verb: Token, doer: Token | None, holder: Holder) -> bool:
    """Whether the sender (`_doer`'s) is named, and is not the holder's side ("the Europeans dream of sending their
    troops", for Russia)."""
    if doer is None and verb.dep_ == "pcomp":  # "dreaming of sending": the dreamer sends
        doer = syntax.subject_of(verb.head.head)
    if doer is None or doer.pos_ == "PRON" or own_side(doer):  # "the country": the speaker's
        return False
    return not (holder.words and doer.text in holder.words) and holder.actor not in _senders(context, index, doer)


def _own_decision(cue: Cue, span: Span) -> bool:
    """ "has not decided on a deployment", "no decision on any deployment", "parliament must approve any
    deployment": a decision on a deployment owned by no one named, which a side takes on its own troops (a
    parliament decides on any deployment at all)."""
    if any(t.lemma_.lower() in syntax.LEGISLATURES | LEGISLATIVE for w in cue.span for t in w.subtree):
        return True  # "its parliament would need to approve", "would require parliamentary approval"
    deciding = any(t.lemma_.lower() in DECIDING for t in cue.span)
    return deciding and span.root.lemma_.lower() in DEPLOYMENTS


def _partner(context: ArticleContext, index: int, holder: Holder, cue: Cue) -> bool:
    """ "Like Italy, Spain has ruled out sending troops", for Italy: a partner of the cue's subject, whose sending
    is its own too."""
    partners = syntax.partners_of(cue.head, syntax.subject_of(cue.head))
    return any(holder.actor in actors_in(context, index, syntax.noun_phrase(p)) for p in partners)


def _owners(span: Span) -> list[Token]:
    """The words saying whose the troops of a topic phrase are ("Swedish", "its", "NATO"; "from NATO countries",
    "of European states": the countries and the words before them)."""
    troops = next((t for t in span if t.lemma_.lower() in TROOP_NOUNS), None)
    if troops is None:
        return []
    sending = troops.dep_ == "dobj" and troops.head.lemma_.lower() in SENDING_VERBS
    sent = [troops.head] if sending else []  # "deploy troops from NATO countries": the parser's "from"
    origins = [
        g
        for word in (troops, *sent)
        for p in word.children
        if p.dep_ == "prep" and (p.lower_ == "from" or (p.lower_ == "of" and word == troops))
        for g in p.children
        if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in ORIGINS)  # not "from NATO territory"
    ]
    return owning_words(troops) + [w for g in origins for w in (g, *owning_words(g))]


def _troop_owners(context: ArticleContext, index: int, span: Span) -> set[str]:
    """The actors those words name."""
    return actors_named_by(context, index, _owners(span))


def _a_part_in(context: ArticleContext, index: int, span: Span, holder: Holder) -> bool:
    """ "is considering a contribution to the force", "will not be part of any mission": the holder's own part
    in it, its troops (not "Britain's contribution" or "the participation of NATO countries")."""
    root = span.root
    # "a contribution to peacekeeping in Ukraine": a phrase that starts with its preposition
    preposition = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" else None
    if preposition is None or preposition.lower_ not in ("in", "to", "of"):
        return False  # "any role for NATO troops"
    if preposition.lower_ == "of" and root.lemma_.lower() in TROOP_NOUNS and root.lower_ != "force":
        return False  # "a contribution of NATO troops": the troops' owner says whose they are
    part = preposition.head
    if part.pos_ == "VERB":  # "play its part in the force": the parser hangs "in" on the verb
        part = next((c for c in part.children if c.dep_ == "dobj" and c.lemma_.lower() in PARTS), part)
    if part.lemma_.lower() not in PARTS:
        return False
    if part.dep_ == "dobj" and part.head.lemma_.lower() in FINANCING:
        return False  # "will finance part of the force": money for it, not its own troops in it
    owners = [
        c
        for c in part.children
        if c.dep_ in ("poss", "amod", "compound") and c.lower_ not in OWN_WORDS and not _own_country(c)
    ]  # not "its", nor "his country's", "the country's": the holder's own
    owners += [g for p in part.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    named = {a for o in owners for a in actors_in(context, index, syntax.noun_phrase(o))}
    if named:
        return named <= {holder.actor}
    return not any(o.dep_ == "poss" or o.pos_ == "PROPN" for o in owners)  # "European countries' contribution"


def _own_country(word: Token) -> bool:
    """ "his country", "the government": the speaker's own side, named by no name."""
    return word.lemma_.lower() in OWN_SIDE and not any(c.pos_ == "PROPN" for c in word.subtree if c != word)


def _participating(verb: Token) -> bool:
    """ "joins", "signed up to", "will take part in"; "took issue with the deployment" takes no part in it."""
    lemma = verb.lemma_.lower()
    return lemma in PARTICIPATING and (lemma != "take" or any(c.lemma_.lower() == "part" for c in verb.children))


def _ruled_out_bare(cue: Cue, troops: Token, owners: set[str]) -> bool:
    """ "Germany has ruled out troops": troops no one owns, ruled out by a side, are its own to send."""
    bare = all(c.dep_ == "det" and c.lower_ in ("any", "all") for c in troops.children if c.i < troops.i)
    return cue.head.lemma_.lower() in RULING_OUT and troops.head == cue.head and not owners and bare


def _sending_verb(span: Span) -> Token | None:
    """The verb that sends the troops a topic phrase names ("send troops", "deploying its military", "send
    its military as a peacekeeping contingent")."""
    if span.root.dep_ == "dobj" and _participating(span.root.head):
        return span.root.head  # "open to joining a peacekeeping mission"
    if span.root.pos_ == "VERB" and span.root.lemma_.lower() in SENDING_VERBS:
        return span.root  # "would deploy to Ukraine": the verb itself, with no troops named
    above = span.root
    while above.dep_ in ("pobj", "prep") and above.head != above:
        if above.dep_ == "prep" and above.lower_ == "for" and above.head.lemma_.lower() == "provide":
            return None  # "the plan provides for a force": makes provision for it, sends nothing
        above = above.head
    if above != span.root and (above.lemma_.lower() in SENDING_VERBS or _participating(above)):
        sent = [c for c in above.children if c.dep_ == "dobj" and c.tag_ not in syntax.WH_WORDS]  # not "what"
        if not _participating(above) and any(c.lemma_.lower() not in TROOP_NOUNS for c in sent):
            return None  # "provide logistical support to the force": the force receives, it is not sent
        return above
    for token in span:
        if token.lemma_.lower() in TROOP_NOUNS and token.dep_ in ("dobj", "conj"):
            verb = token.head if token.dep_ == "dobj" else token.head.head
            if verb.lemma_.lower() in SENDING_VERBS or _participating(verb):  # "send troops", "join the force"
                return verb
        if syntax.sends_troops(token):
            return token
    return None


def _points_back(cue: Cue, subject: Token | None, scope: list[Token], other_side: bool) -> bool:
    """ "rejected the idea", "ruled it out", "This is unacceptable": a word standing for an earlier topic.
    `other_side`: the subject is a side other than the holder."""
    kinds = (
        "dobj",
        "pobj",
        "nsubjpass",
        "attr",
        "ccomp",
        "xcomp",
        "acl",
        "nsubj",
        "pcomp",
    )  # nsubj: "consider [this] premature"; pcomp: "is open to contributing"
    objects = [t for t in scope if t != cue.head and t != subject and t.dep_ in kinds]
    if cue.label == "exclusion":  # "without such a force" excludes it; "without US help in such a force" does not
        objects = [t for t in objects if t.head == cue.head]
    else:  # "would not deploy without it": what "without" excludes is read by the exclusion, not refused here
        objects = [t for t in objects if t.head.lower_ not in ABSENT_WITH]
    described = [cue.head.head] if cue.head.dep_ in ("acl", "amod") else []  # "the British-French-backed plan"
    for word in [*objects, *described, *(t for t in cue.span if t.lemma_.lower() in OBJECTLESS)]:
        # "will treat them as targets", "ruled them out": "them" as what a verb takes stands for what was named
        # (and "consider them dangerous": the judged small clause's subject)
        taken = word.dep_ == "dobj" or (word.dep_ == "nsubj" and word.head == cue.head and cue.head.pos_ == "ADJ")
        them = word.lower_ == "them" and taken and not _people_before(word, cue)
        them = them or (word.dep_ == "dobj" and _troops_named_before(word))  # "will treat the troops as occupiers"
        pointer = (word.lower_ in POINTERS or them) and not _object_of_another_verb(word, cue)
        pointer = pointer and not _object_just_named(word)
        pointer = pointer and not _known(word, cue)
        # "would not accept any settlement that limited ...": the settlement (not "the idea, which Spain backs")
        pointer = pointer and not (syntax.antecedent_of(word) is not None and word.head != cue.head)
        # "has not decided on the matter"; not "ready to discuss the issue" (talk of it backs nothing)
        neutral = word.lemma_.lower() in NEUTRAL_ANAPHORA and cue.label in ("supports", "opposes")
        neutral = neutral and not any(d.lower_ in ("this", "that") for d in word.lefts)  # "in this matter" points
        if pointer or (_anaphoric_noun(word) and not neutral) or (word.lower_ == "anything" and _negated(cue)):
            return True  # "has not ruled anything out", "is not committed to anything": on what was just discussed
    if _does_so(cue, scope):
        return True  # "Britain confirmed it would do so", "Italy is not ready to do so": what was just said
    if any(_there_for_it(t) for t in cue.span):
        return True  # "Spain will be there": where what was just named will be
    if any(_ready_to_go(t) for t in [*cue.span, *scope]):
        return True  # "described the coalition as ready to go once a ceasefire is agreed": the force just named
    if _undecided_alone(cue, scope) or (cue.label == "noncommittal" and _what_to_do(scope)):
        return True  # "Norway said it had not yet decided", "cannot say what we will do": on what was just discussed
    if cue.label == "conditional" and cue.head.dep_ != "conj":  # a coordinated one shares its clause's topic
        # "there must first be a lasting peace": a condition on what was just discussed; "the deal must include a
        # ceasefire", "Kyiv must take Russia's concerns into account" set one on another thing or side
        return subject is None or not (other_side or _something_else(subject))
    if subject is None:
        return False
    # "the presence of such contingents is a threat": the contingents just named
    of = [g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return (
        subject.lower_ in POINTERS - {"it", "which"}
        or any(_anaphoric_noun(w) for w in [subject, *of])
        or (subject.lower_ == "it" and _named_it(cue))
        or (subject.lower_ in ("it", "they") and _asked_about_first(subject))
    )


def _asked_about_first(pronoun: Token) -> bool:
    """ "Asked about an air mission, Grushko said it would mean a clash", "Speaking about guarantees, Zelensky said
    they must be binding": the pronoun stands for what the opening clause asked or spoke about."""
    root = pronoun.sent.root
    return any(
        c.dep_ == "advcl" and c.i < pronoun.i and c.lemma_.lower() in TOPIC_OPENERS and c.tag_ in ("VBG", "VBN")
        for c in root.children
    )


def _known(word: Token, cue: Cue) -> bool:
    """ "we want Ukrainians to know that it ends forever": what one is to know or understand, under the cue, is a
    message, not what was just named."""
    return syntax.below_a_word_of(word, cue.head, KNOWING)


def _ready_to_go(word: Token) -> bool:
    """ "ready to go": a bare "go" after a word of readiness, going nowhere named."""
    if word.lemma_.lower() != "go" or word.head.lemma_.lower() not in READY:
        return False
    return all(c.dep_ in ("aux", "advcl", "advmod") or c.pos_ in ("PUNCT", "SPACE") for c in word.children)


def _object_just_named(pronoun: Token) -> bool:
    """ "rejected the idea of a withdrawal, calling it unacceptable": "it" is the object the verb before just took,
    not a topic of earlier sentences."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.head.children)


def _named_it(cue: Cue) -> bool:
    """ "It remains our goal.", "It is a priority for us": "it" named by a noun after a copula, with no clause after
    that says what ("It is our goal to join NATO" names it there), stands for what was just discussed."""
    copula = cue.head.head
    named = cue.head.dep_ == "attr" and copula.lemma_ in ("be", "remain")
    clauses = [c for w in (cue.head, copula) for c in w.children if c.dep_ in ("xcomp", "ccomp", "relcl", "acl")]
    return named and not clauses


def _relative_to_another_thing(context: ArticleContext, index: int, subject: Token | None) -> bool:
    """ "refused to sign a text that commits them to ...": a relative pronoun standing for a thing that is no topic
    and points back to none (not "a plan that is ready": the plan discussed; nor "the guarantees that were
    approved": those guarantees)."""
    antecedent = syntax.antecedent_of(subject) if subject is not None else None
    if antecedent is None or antecedent.lemma_.lower() in ANAPHORA or _anaphoric_noun(antecedent):
        return False
    if sides_of(context, index, antecedent):
        return False  # "Hungary, which objected to the whole idea": a side, no thing
    return not topic_within(context, index, antecedent.left_edge.idx, antecedent.idx + len(antecedent))


def _people_before(pronoun: Token, cue: Cue) -> bool:
    """ "telling European counterparts that Washington would not abandon them": "them", taken by a verb done to people,
    are the people just named in the sentence (allies, counterparts, leaders), not a topic named before ("warned
    European leaders that Russia would reject them" rejects the troops)."""
    before = pronoun.doc[: pronoun.i]
    if pronoun.head.lemma_.lower() in BINDING and pronoun.head in cue.span:
        # "Hungary and Slovakia refused to sign a text that commits them to ...": the sides just named, when no
        # troops come between ("has troops ready and will commit them to the force": the troops)
        sides = [t for t in before if t.pos_ == "PROPN" and t.dep_ == "conj"]
        return bool(sides) and not any(t.lemma_.lower() in TROOP_NOUNS for t in before[sides[-1].i :])
    if pronoun.head.lemma_.lower() not in DONE_TO_PEOPLE or pronoun.head not in cue.span:
        return False
    return any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in OTHER_PARTIES | ROLE_NOUNS for t in before)


def _described_sides(subject: Token) -> set[int]:
    """ "Italy, which has refused to send troops, will help": what a clause describing a named side says is no
    part of what the side itself does."""
    if subject.pos_ != "PROPN":
        return set()
    return {t.i for c in subject.children if c.dep_ == "relcl" for t in c.subtree}


def _another_side(context: ArticleContext, index: int, subject: Token | None, holder: Holder) -> bool:
    """ "Kyiv must take Russia's concerns into account," said by Washington: a subject naming another side."""
    if subject is None or subject.pos_ != "PROPN":
        return False
    named = sides_of(context, index, subject)
    return bool(named) and holder.actor not in named


def _something_else(subject: Token) -> bool:
    """ "the deal", "the ceasefire": a thing of its own as a subject, neither a side nor a part in the force nor
    a word for what was discussed."""
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and lemma not in SIDES_AND_PARTS and not _anaphoric_noun(subject)


def _object_of_another_verb(pronoun: Token, cue: Cue) -> bool:
    """ "rejected any deal that would bar it from NATO": "it" as the object of a verb below the cue's (here Kyiv),
    not what the cue takes ("ruled it out", "is opposed to it", "wants to discuss it")."""
    verb = pronoun.head
    return (
        pronoun.dep_ == "dobj"
        and verb not in (cue.head, *cue.span)
        and verb.pos_ == "VERB"
        and any(w.dep_ == "relcl" for w in syntax.ancestors_and_self(verb) if cue.head.is_ancestor(w))
    )


def _them_after_topic(cue: Cue, scope: list[Token], placed: list[tuple[Hit, Span]]) -> bool:
    """ "was not consulted on the guarantees and will not accept them": "them" as what the cue takes, after the
    sentence named a topic (not "urged them to send troops", nor a "them" with no topic before it)."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in cue.head.children):
        return False
    taken = [t for t in scope if t.lower_ == "them" and t.dep_ in ("dobj", "pobj") and t.head in (cue.head, *cue.span)]
    return bool(taken) and any(s.end <= cue.span.start for _, s in placed)


def _anothers_plan_named(context: ArticleContext, index: int, scope: list[Token], holder: Holder) -> bool:
    """ "dismissed the European plans", said by Moscow: a plan that a people's adjective gives to a side other
    than the holder, so not the holder's own topic just before."""
    plans = [t for t in scope if t.lemma_.lower() in syntax.AUTHORED and t.dep_ in ("dobj", "pobj")]
    makers = [m for p in plans if (m := syntax.maker_of(p)) is not None]
    return any(holder.actor not in sides_of(context, index, m) for m in makers)


def _named_back(cue: Cue, scope: list[Token]) -> str | None:
    """The stem of a noun in the cue's object that names what was done before ("welcomed the pledges": "pledg"), to
    find the sentence that did it."""
    for word in scope:
        lemma = word.lemma_.lower()
        definite = any(d.lower_ in ("the", "these", "those") for d in word.children if d.dep_ == "det")
        if lemma in NAMED_BACK and definite and word.dep_ in ("dobj", "pobj"):
            return lemma[:STEM_LETTERS]
    return None


def _does_so(cue: Cue, scope: list[Token]) -> bool:
    """ "would do so", "would do the same", "and Latvia would too": the verb phrase just said, done again by the
    holder (not "as we have done so far")."""
    return any(
        (t.lower_ == "so" and t.i > 0 and t.nbor(-1).lemma_ == "do" and t.head.lower_ not in DEGREES)
        or (t.lower_ in ("same", "likewise") and t.head.lemma_ == "do")  # "would do the same"
        or _modal_alone(t)
        for t in [*cue.span, *scope]
    )


def _modal_alone(word: Token) -> bool:
    """ "and Britain would too", "Norway will as well": a modal whose verb phrase is left out, the one just said."""
    if word.lower_ == "too" and word.i > 0:
        modal = word.nbor(-1)
    elif word.lower_ == "well" and word.i > 1 and word.nbor(-1).lower_ == "as":
        modal = word.nbor(-2)
    else:
        return False
    return modal.tag_ == "MD"


def _sends_before(cue: Cue) -> bool:
    """Whether the sentence sends troops before the cue, which "do so" then repeats (not "deploy a frigate")."""
    return any(
        t.lemma_.lower() in TROOP_NOUNS and t.dep_ == "dobj" and t.head.lemma_.lower() in SENDING_VERBS
        for t in cue.head.doc[: cue.head.i]
    )


def _what_to_do(scope: list[Token]) -> bool:
    """ "what we are going to do", "what we can and should do": a question about the holder's own next step."""
    return any(
        t.lemma_ == "do" and t.pos_ in ("VERB", "AUX") and any(c.tag_ in syntax.WH_WORDS for c in t.children)
        for t in scope
    )


def _negated(cue: Cue) -> bool:
    """Whether the cue is denied, by its own words ("not fully committed") or by the words governing it."""
    return any(t.lower_ in assertion.NEGATORS for t in cue.span) or cue_negation(cue) is not None


def _undecided_alone(cue: Cue, scope: list[Token]) -> bool:
    """An undecided cue with nothing after it ("has not yet decided", "remains undecided")."""
    return cue.label == "noncommittal" and _alone(cue, scope)


def _alone(cue: Cue, scope: list[Token]) -> bool:
    """A cue with nothing after it ("has not yet decided", "while Italy declined"); "refused to specify which
    countries ..." has a clause of its own after it, even where the scope leaves it out."""
    below = [*scope, *(c for t in cue.span for c in t.children)]
    aside = {w.i for t in below if t.dep_ == "prep" and _capacity_or_place(t) for w in t.subtree}
    if cue.head.dep_ == "nsubj" and cue.head.head.lemma_ == "be":
        aside.add(cue.head.head.i)  # "no concrete plans are currently in place": the plans are the statement
    below = [t for t in below if t.i not in aside]  # "an open mind as a government", "no plans are in place"
    if any(t.lemma_.lower() == "comment" for t in cue.span):
        return False  # "the UK government declined to comment": on anything at all, not on what was discussed
    copula = cue.head.head if cue.head.head.lemma_ == "be" else None  # "we are prepared to consider any request"
    return all(t in cue.span or t == copula or t.dep_ in BARE for t in below)


def _capacity_or_place(preposition: Token) -> bool:
    """ "as a Danish government", "in place": what an undecided cue says of itself, not what it is about."""
    return preposition.lower_ == "as" or any(o.lemma_.lower() == "place" for o in preposition.children)


def _troops_named_before(noun: Token) -> bool:
    """ "the troops", "these soldiers": troops with nothing but a definite word before them, the ones just named."""
    determiners = [c for c in noun.children if c.dep_ == "det"]
    bare = len(list(noun.children)) == len(determiners) == 1
    return noun.lemma_.lower() in TROOP_NOUNS and bare and determiners[0].lower_ in DEMONSTRATIVES


def _anaphoric_noun(word: Token) -> bool:
    """ "the idea", "such a plan", "this move"."""
    if word.lemma_.lower() in ("role", "part"):  # "to play a role", "to take part", "to do its part"
        named = any(c.dep_ == "prep" and c.lower_ == "in" for c in [*word.children, *word.head.children])
        taken = word.head.lemma_.lower() in ("play", "take", "do") or _a_role_ruled_on(word)
        return taken and not named  # not "take part in the talks"
    objects = [
        c
        for c in word.children
        if c.dep_ in ("dobj", "prep", "xcomp", "ccomp")
        and c.tag_ not in syntax.WH_WORDS
        and c.lower_ != "among"
        and not _when_clause(c)
    ]
    # "what it will contribute" asks about the same; "will help train its army" names what it helps with ("important
    # contributors among the 26" names no thing they contribute to)
    if word.lemma_.lower() in OBJECTLESS and not objects:
        return True  # "other nations will join.", "Canada will be involved", "our willingness to contribute"
    if word.lemma_.lower() in TROOP_NOUNS and syntax.pointed_at(word):
        return True  # "such units", "these troops" (not "the US military"): those just named
    # "the idea", "such a plan", "current discussions": what is under way is what was just named (not "the idea of
    # Ukrainian forces withdrawing", "the plan to cede land": a noun saying what it is)
    spelled_out = any(
        (c.dep_ == "prep" and c.lower_ == "of")
        or (c.dep_ in ("acl", "relcl") and syntax.content_clause(c))
        or (c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in word.children
    )
    pointing = any(d.lower_ in DEMONSTRATIVES | UNDER_WAY for d in word.lefts)
    return word.lemma_.lower() in ANAPHORA and pointing and not spelled_out


def _a_role_ruled_on(word: Token) -> bool:
    """ "has not ruled out a role", "rejected any role": a role of the holder's own in what was just discussed (to
    "play a role" is to back the force, in any way, and no word for its own troops)."""
    determined = any(c.dep_ == "det" and c.lower_ in ("a", "any") for c in word.children)
    taken = word.head.lemma_.lower() in ("play", "take", "do")
    return word.lemma_.lower() == "role" and word.dep_ == "dobj" and determined and not taken


def _when_clause(clause: Token) -> bool:
    """ "ready to contribute once a peace deal is signed": a clause of time or condition the parser took for an
    object."""
    start = clause.left_edge.i
    return clause.dep_ == "ccomp" and start > 0 and clause.doc[start - 1].lower_ in WHEN_WORDS


def _set_apart(one: Token, other: Token) -> bool:
    """ "supports security guarantees, not NATO membership", "wants a European force and a US backstop": two topics
    named as two things, coordinated or set against each other by a contrasting "not"."""
    contrasted = (syntax.contrasted_away(other) and other.head == one) or (
        syntax.contrasted_away(one) and one.head == other
    )
    return contrasted or one in other.conjuncts


def _narrowest(context: ArticleContext, chosen: list[tuple[Hit, Span]]) -> list[tuple[Hit, Span]]:
    """An umbrella topic gives way to a narrower one named with it ("ruled out a tripwire force", "no plans to
    send its troops as a peacekeeping contingent"), but not to one in a description of it ("a European-led
    mission, backed by U.S. air power": the force and the backstop), nor to one it is kept away from ("troops
    deployed far away from the front lines": the force, and no tripwire), nor to those a colon spells out after it
    ("objectives for the force: safe skies, safe seas")."""
    topics = context.lexicon.lexicon.topics
    narrow = [s for h, s in chosen if not topics[h.label].general and not _kept_away(s)]
    kept = []
    for hit, span in chosen:
        if topics[hit.label].general and any(
            not _describes(span.root, n)
            and not _means(span.root, n)
            and _clause_of(span.root) == _clause_of(n.root)
            and _price_of(span.root) == _price_of(n.root)
            and not any(t.lower_ == ":" for t in span.doc[span.end : n.start])
            and not _set_apart(span.root, n.root)
            for n in narrow
        ):  # (not one in a clause of its own: "demanded that Kyiv drop its NATO bid and that no troops be sent",
            # nor one asked in return: "would drop its NATO bid in exchange for guarantees")
            continue
        if topics[hit.label].general and any(_restricts(span.root, s) for h, s in chosen if h.label != hit.label):
            continue
        kept.append((hit, span))
    return kept


def _own_troops_named(context: ArticleContext, index: int, chosen: list[tuple[Hit, Span]], holder: Holder) -> bool:
    """Whether the topics name the holder's own troops ("German troops", for Germany)."""
    return any(_troop_owners(context, index, s) == {holder.actor} for _, s in chosen)


def _price_of(word: Token) -> Token | None:
    """The "in exchange for" phrase a word stands in, if any."""
    return syntax.price_asked(syntax.ancestors_and_self(word))


def _clause_of(word: Token) -> Token:
    """The verb of the clause with a subject of its own that a word stands in ("resembling Article 5" describes a
    noun of the clause above; "that no troops be sent" is a clause)."""
    clauses = (
        w
        for w in syntax.ancestors_and_self(word)
        if w.pos_ in ("VERB", "AUX") and (w.dep_ == "ROOT" or syntax.has_subject(w))
    )
    return next(clauses, word.doc[word.i].sent.root)


def _restricts(noun: Token, span: Span) -> bool:
    """Whether a topic is named in a restrictive relative clause of this noun: "guarantees that involve Western
    troops" are only those guarantees, so the troops are the topic; after a comma ("guarantees, which would
    involve troops") the clause adds to the noun and both stay."""
    return any(
        child.dep_ == "relcl"
        and not syntax.agent_of(child)  # "a force that would be backed by US air power": `_describes`
        and child.left_edge.i > 0
        and noun.doc[child.left_edge.i - 1].text != ","
        and child.left_edge.i <= span.start
        and span.end - 1 <= child.right_edge.i
        for child in noun.children
    )


def _means(noun: Token, span: Span) -> bool:
    """Whether a topic is named as the means of backing this noun ("support the mission with air defence"):
    both stay, the thing backed and what it is backed with (also "contribute to the force, including with air
    surveillance")."""
    governors = {noun, noun.head, *([noun.head.head] if noun.dep_ == "pobj" else [])}
    withs = [w for w in syntax.ancestors_and_self(span.root) if w.lower_ == "with"]
    return any(w.head in governors or (w.head.lower_ == "including" and w.head.head in governors) for w in withs)


def _describes(noun: Token, span: Span) -> bool:
    """Whether a topic is named in a participle describing this noun with someone else's contribution ("a
    mission, backed by U.S. air power", "a force that would be backed by U.S. air power"); a likeness ("a
    guarantee resembling Article 5") narrows it instead."""
    return any(
        child.dep_ in ("acl", "relcl")
        and syntax.agent_of(child)
        and child.left_edge.i <= span.start
        and span.end - 1 <= child.right_edge.i
        for child in noun.children
    )


def topic_for(context: ArticleContext, index: int, actor: str, topic: str, cue: Cue) -> str:
    """The topic as the holder means it: the US sending troops is "US ground troops", the US supporting the
    force is the US backstop, and so is the US backing a speaker asks for ("Britain's view is that the force
    must be backed by the United States")."""
    lexicon = context.lexicon
    asked = _backer_asked(context, index, cue, actor)
    if asked is not None and (asked, topic) in lexicon.backings:
        return lexicon.backings[(asked, topic)]
    asked_part = topic in (SENDING, "security-guarantees") and _cue_takes_part(cue)
    if asked is not None and asked_part and (asked, "reassurance-force") in lexicon.backings:
        # "the Americans must take part in the force", "Washington should contribute to it": its backing, asked
        return lexicon.backings[(asked, "reassurance-force")]
    backing = lexicon.backings.get((actor, topic))
    providing = any(t.lemma_.lower() in BACKING_VERBS for t in cue.span) or (
        cue.head.dep_ in ("advcl", "xcomp") and cue.head.head.lemma_.lower() in BACKING_VERBS
    )  # "prepared to provide strategic assets to support any European-led mission"
    providing = providing and not _provided_by_others(context, index, cue, actor)
    if backing and (cue.label == "conditional" or providing or _backed_with(cue.head) or _will_back_a_force(cue)):
        return backing
    return lexicon.replacements.get((actor, topic), topic)


def _provided_by_others(context: ArticleContext, index: int, cue: Cue, actor: str) -> bool:
    """ "Rubio said Europe must provide the troops for any force": a named other provides, the holder only asks it
    to (the US backing the force it demands, not its own backstop)."""
    subject = syntax.subject_of(cue.head)
    if subject is None or subject.pos_ != "PROPN":
        return False
    named = {
        a for noun in syntax.group(subject) for a in actors_in(context, index, noun.doc[noun.left_edge.i : noun.i + 1])
    }
    return actor not in named


def _will_back_a_force(cue: Cue) -> bool:
    """ "Washington will support the European force", "commits the US to backing a European-led force": backing the
    force itself, as a promise of what one will do, is providing for it ("has supported the idea of a force", "backs
    the plan" are views of it)."""
    below = [g for c in cue.head.children if c.lower_ == "to" for g in c.children if g.dep_ == "pcomp"]
    asked = cue.head.lemma_.lower() in syntax.URGING or syntax.passive_request(cue.head) is not None
    own = [] if asked else [c for c in cue.head.children if c.dep_ == "xcomp"]  # not "urged Germany to back"
    for verb in [cue.head, *own, *below]:
        if verb.lemma_.lower() not in SHIELDING or verb.pos_ != "VERB":
            continue
        promised = verb.dep_ in ("xcomp", "pcomp") or any(
            c.dep_ == "aux" and c.lemma_.lower() in ("will", "would", "shall") for c in verb.children
        )
        backed_up = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)  # "would back them up"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "would guarantee the security of a European force": the force's
        objects += [
            g for o in objects if o.lemma_.lower() in SAFETY for p in o.children if p.lower_ == "of" for g in p.children
        ]
        if promised and (backed_up or any(o.lemma_.lower() in BACKED_FORCES for o in objects)):
            return True
    return False


def _backed_with(cue: Token) -> bool:
    """ "would support the mission with air defence", "prepared to back the force with air power": backing with
    means of one's own is providing them ("supported the idea, with Hegseth saying ..." is no means)."""
    verbs = [v for v in [cue, *(c for c in cue.children if c.dep_ == "xcomp")] if not syntax.agent_of(v)]
    things = verbs + [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    return any(
        w.lower_ == "with" and any(c.dep_ == "pobj" and c.lemma_.lower() not in EXCEPTING for c in w.children)
        for thing in things
        for w in thing.children
    )


def _cue_takes_part(cue: Cue) -> bool:
    """ "take part in", "participate in", "contribute to": a cue of taking part."""
    return any(_takes_part(t) for t in cue.span)


def _backer_asked(context: ArticleContext, index: int, cue: Cue, actor: str) -> str | None:
    """The one other actor whose backing a supporting cue says is owed ("must be backed by the United States") or
    wished for ("hopes the United States will provide air cover", "wants Washington to back the mission")."""
    if cue.label != "supports":
        return None
    backing = BACKING_VERBS | {"back", "support"}
    nouns = syntax.agent_of(cue.head) if assertion.deontic(cue.head) else []
    if assertion.deontic(cue.head) and (cue.head.lemma_.lower() in backing or _cue_takes_part(cue)):
        nouns += [c for c in cue.head.children if c.dep_ == "nsubj"]  # "the US should back any force"
    for verb in cue.head.children:
        if verb.dep_ in ("ccomp", "xcomp") and verb.lemma_.lower() in backing:
            nouns += [c for c in verb.children if c.dep_ == "nsubj"]
    if cue.head.lemma_.lower() in syntax.URGING and any(  # "called on Washington to commit to backing the mission"
        t.lemma_.lower() in backing for x in cue.head.children if x.dep_ == "xcomp" for t in x.subtree
    ):
        nouns += [c for c in cue.head.children if c.dep_ == "dobj"]
        nouns += [g for p in cue.head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for g in p.children]
    needing = cue.head.lemma_.lower() in NEEDING and not any(c.dep_ in ("xcomp", "ccomp") for c in cue.head.children)
    if needing:  # "we need the Americans in this": their backing (not "needs Germany to send troops")
        nouns += [c for c in cue.head.children if c.dep_ == "dobj"]
    agents = {a for noun in nouns for a in actors_in(context, index, syntax.noun_phrase(noun))}
    return next(iter(agents)) if len(agents) == 1 and actor not in agents else None
