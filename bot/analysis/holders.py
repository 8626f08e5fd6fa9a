"""Who holds a cue's stance, read from the parse.

The subject of the cue's clause (through xcomp/aux/conj chains), the agent of a passive, the possessor of a
noun cue, whom a judgement belongs to, each member of a coordinated or counted group; a pronoun, "his
country" or a topic as subject hands the claim to whoever speaks: the quotation's speaker, the subject of
the speech verb that frames the clause, "according to X", else the outlet whose opinion the article relays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.analysis import assertion, syntax
from bot.analysis.context import ROLE_NOUNS, ArticleContext, Speaker, dateline, looking_back
from bot.analysis.cues import REFUSING, Cue, Holder, disguise, needed, negating_word, war_resumed_without
from bot.analysis.frames import (
    AT_STAKE,
    actors_named_by,
    actors_owning,
    frame_of,
    frame_subject,
    local_token,
    not_speaking_for,
)
from bot.analysis.tokens import (
    ANAPHORA,
    DISSENTERS,
    INSIDE,
    OWN_PARTS,
    PARTIES,
    REQUIRING_VERBS,
    SENDING_VERBS,
    SPEAKING_VERBS,
    TROOP_NOUNS,
    word_set,
)
from bot.model import Confidence

if TYPE_CHECKING:
    from spacy.tokens import Token

    from bot.analysis.sentence import SentenceParse
    from bot.lexicon import Group


FIRST_PERSON = word_set("we i us our my")
PERSONAL = word_set("he she his her")
GROUP_PRONOUNS = word_set("they it its their")
SIDES = word_set("country leader government nation side capital ally partner man woman president minister")
OWN_TRAITS = word_set("neutrality constitution law laws position policy stance doctrine")  # a side's own, acting
BIDS = word_set("bid aspiration aspirations ambition ambitions push call calls demand demands request")
EFFECTS = word_set(  # what a plan would do
    "prolong escalate provoke inflame jeopardise jeopardize endanger derail damage harm hurt poison sour strain"
)
POINTERS = word_set("this that these those it which")
OWN_SIDE = word_set(
    "country government nation administration side capital leadership bloc army navy military department ministry "
    "state republic kingdom"
)
# who drew up a plan: "Britain has drawn up a plan", "Russia put forward a proposal"
DRAFTING = word_set(
    "draft present unveil propose put table submit prepare develop offer write produce craft design devise float"
)
# verbs whose subject has, makes or takes up what its object is: "presented a plan that", "will not sign a deal that"
OWNING = DRAFTING | word_set(
    "have hold make back support endorse sign agree announce outline adopt approve issue lay circulate want seek need "
    "favour favor prefer pursue accept ratify join enter conclude reach forge finalise finalize"
)
OWN_DETERMINERS = word_set("the his her its our their this my")
ACCORD = word_set("consensus unanimity")  # a state of a group, never of whoever reports it
AGENT_VERBS = word_set(
    "send deploy provide supply contribute commit join station offer back support help participate give"
)
WILLING = word_set("prepared ready willing able eager keen determined open happy set poised unwilling reluctant")
VALUED = word_set("priority question matter")  # "a priority for Berlin", "a question of principle for Kyiv"
DECLINING = REFUSING | word_set("decline")  # "20 countries have declined to join": no coalition
TENS = word_set(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty"
)  # counts a coalition reaches
SPOKEN_ABOUT = word_set("about on regarding concerning")  # "asked about European plans"
PERCEIVING = word_set("aware informed know hear learn notice")  # "aware of plans to send troops": not its plans
STATEMENTS = word_set("statement remark comment announcement declaration speech claim assurance talk")
UNNAMED_SIDES = word_set("european western allied nordic baltic scandinavian asian")  # "European plans"
SHARES = word_set("majority minority percent per cent half third quarter share proportion")
MEMBERS = word_set("country nation state member ally")  # "NATO countries", "EU member states"
LINKING = word_set("be remain seem become stay")  # a verb that links a thing to a judgement of it
ADVOCATES = DISSENTERS | word_set("supporter proponent advocate backer champion")
# "everything is on the table", "parliamentary approval would be required": the speaker's view
IMPERSONAL = word_set("everything anything nothing option approval consent authorisation authorization")
COUNTED_GROUPS = word_set("number handful group majority minority few some several many")  # "a number of countries"
AUTHORING = DRAFTING | word_set("draw")
QUOTED_PERSON_SENTENCES = 1  # how far back "he" in a quotation looks for the person it is
DOCUMENT_SENTENCES = 3  # how far back "the draft" looks for who drew it up
LIST_ITEM = re.compile(r"[-•*–—·]\s|\(?\d{1,2}[.)]\s")  # "- Ukraine will ...", "3) NATO agrees ..."
NAMED_AGAIN = syntax.AUTHORED | syntax.DOCUMENT_NOUNS  # "the plan", "the draft": words for one named before
DECIDING = word_set("want wish hope intend plan decide agree accept reject refuse insist prefer choose")  # not troops
AIMED = word_set("aim design")  # what a plan "is aimed at" judges it
THINGS_THAT_ACT = OWN_SIDE | SIDES | PARTIES | MEMBERS  # "the government is cautious, but it will send troops"
PROMISING = word_set("promise pledge vow")  # "Poland has promised that it will send troops": Poland


def holders_of(context: ArticleContext, index: int, cue: Cue, subject: Token | None) -> list[Holder]:
    """Who holds the cue's stance, and those named as acting with them ("France, together with Britain")."""
    holders = _holders(context, index, cue, subject)
    names = syntax.partners_of(cue.head, subject) if holders else syntax.cooperating_with(cue.head, subject)
    if not names:
        return holders
    known = {h.actor for h in holders}
    partners = named_holders(context, index, names, frame_of(context, index, cue.head))
    return holders + [p for p in partners if p.actor not in known]


def _holders(context: ArticleContext, index: int, cue: Cue, subject: Token | None) -> list[Holder]:
    head = cue.head
    frame = frame_of(context, index, head)
    if cue.label == "exclusion" and war_resumed_without(cue):  # "without troops, Russia will come back," X said
        return _speaker_holders(context, index, head, frame, opinion=True)
    if assertion.deontic(head) and next(assertion.speech_frames(head, context.lexicon.is_speech), None) is not None:
        # "X says Australia should not be involved": X's view, not Australia's; each of "Britain and France"
        return _framing_group(context, index, head) or _from_speaker(frame, "stated")
    if cue.label != "conditional" and _writers_demand(context, index, head, subject, frame):
        # "Germany must send troops." in no one's words but the writer's: the outlet's opinion, not Germany's stance
        return _speaker_holders(context, index, head, frame, opinion=True)
    asked = syntax.passive_request(head)
    if asked is not None:  # "France was urged (by Kyiv) to send troops": the asker's view, not France's
        return named_holders(context, index, syntax.agent_of(asked), frame)
    bound = syntax.bound_party(head)
    named = named_holders(context, index, syntax.group(bound), frame) if bound is not None else []
    document = syntax.subject_of(head) if bound is not None and not named else None
    if document is not None:  # "the declaration, signed by 26 countries, commits signatories to ...": its signers
        named = named_holders(context, index, syntax.authors_of(document), frame)
    if named:  # "the declaration commits Britain and France to deploying troops": those it binds
        return named
    person = head.dep_ == "appos" and (head.head.pos_ == "PROPN" or head.head.lemma_.lower() in ROLE_NOUNS)
    apposed = named_holders(context, index, [head.head], frame) if person else []
    if apposed:  # "Rutte, a strong supporter of the force, said ...": the one the apposition describes
        return apposed
    excepted = syntax.excepted(subject) if subject is not None else []
    if excepted:  # "no country except Hungary opposes": Hungary does
        return named_holders(context, index, excepted, frame)
    judge = syntax.judge_of(head)
    owned = head.pos_ == "NOUN" and syntax.possessor_of(head) is not None  # "called France's proposal for ... a"
    if judge is not None and not owned:  # "the German authorities consider this idea premature"
        head = judge
    possessor = syntax.possessor_of(head)
    agents = syntax.agent_of(head)
    gainer = syntax.holder_after_of(head)
    gainers = syntax.group(gainer) if gainer is not None else []
    if agents and assertion.deontic(head) and context.quote_speaker(index, head.idx):
        # "'The document must be ratified by the US Congress,' Zelensky said": who must act is not who asks it
        return _speaker_holders(context, index, head, frame)
    for nouns in (agents, [possessor], gainers, _compound_holders(head), _sources(head)):
        named = named_holders(context, index, [n for n in nouns if n is not None], frame)
        if named:
            return named
    spoken_about = head.dep_ == "pobj" and head.head.lower_ in SPOKEN_ABOUT
    statement = head.head.head if spoken_about and head.head.head.lemma_.lower() in STATEMENTS else None
    if head.pos_ == "NOUN" and possessor is None and statement is not None:
        # "the statements by London and Paris about readiness to send troops": theirs, not whoever judges them
        makers = [*syntax.agent_of(statement), *syntax.group_of_possessor(statement)]
        return named_holders(context, index, makers, frame)
    if possessor is None and head.pos_ == "NOUN" and _perceived(head):
        return []  # "Russia is aware of plans to send troops": plans someone unnamed has, known to the subject
    origin = _unnamed_origin(head) if possessor is None else []
    if origin and spoken_about:
        return []  # "was asked about European plans to deploy troops": plans of sides left unnamed, not the subject's
    if origin:  # "Lavrov discussed the European plans to send troops": not Lavrov's either
        return _member_of_origin(context, index, origin, subject, frame)  # ("Macron defended European plans": his)
    named_agents = [a for a in agents if a.pos_ == "PROPN"]  # not a cause: "puzzled by this proposal"
    if named_agents:  # "the guarantees proposed by Europe", said by Putin: someone named acts, not the speaker
        return [h for a in named_agents for h in _region_of_speaker(context, index, a, head, frame)]
    if head.lemma_.lower() in ADVOCATES and head.pos_ == "NOUN":  # "critics of the force, such as Hungary": those
        return named_holders(context, index, syntax.advocates_named(head), frame)  # named, not where they met
    member = syntax.described_member(head)  # "the countries willing to send troops include Britain and France"
    if member is not None:
        named = named_holders(context, index, syntax.group(member), frame)
        if named:
            return named
    if head.dep_ in ("amod", "acl") and head.head.lower_ in ("those", "anyone", "everyone"):
        return []  # "Macron thanked those ready to send troops": people described, named by no one
    if head.dep_ == "nsubj" and head.pos_ == "NOUN":  # "Support is mounting within the White House for ..."
        named = named_holders(context, index, _places(head.head), frame)
        if named:
            return named
    if head.lemma_.lower() == "decision" and possessor is None:
        deciding = _deciding_side(context, index, head, frame)
        if deciding:  # "no decision has been made on whether Canada will send troops": Canada's decision
            return deciding
        if any(t.lower_ == "not" for t in cue.span):  # "Tusk said the decision not to send troops was
            return _speaker_holders(context, index, head, frame)  # final": a decision taken, by the speaker's side
        if cue.label == "supports" and head.dep_ not in ("dobj", "attr"):
            return []  # "the decision to send troops rests with parliament": no one's yet ("made the decision to")
    if head.lemma_.lower() in ACCORD and (subject is None or subject.pos_ == "PRON"):
        # "no consensus within the coalition on ...", or, naming no group, the one the article has been about
        return named_holders(context, index, _places(head), frame) or _group_discussed(context, index)
    if possessor is not None and possessor.pos_ == "PRON":  # "his call for", "our willingness to"
        found = _pronoun(context, index, possessor, frame)
        if found:
            return found
    elif possessor is not None and possessor.pos_ in ("NOUN", "PROPN"):
        if not own_side(possessor):
            return []  # "European countries' commitment": held by someone unnamed, not by whoever reports it
        owner = syntax.subject_of(head)  # "Tusk outlined his country's role in ...": Tusk's side
        named = named_holders(context, index, syntax.group(owner), frame) if owner is not None else []
        whose = next((c for c in possessor.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        return (
            named
            or (_pronoun(context, index, whose, frame) if whose is not None else [])
            or (_speaker_holders(context, index, head, frame))
        )
    judged = head.pos_ in ("ADJ", "NOUN") if cue.label == "opposes" else head.lemma_.lower() in VALUED
    if judged:  # "unacceptable to Moscow", "a red line for Kyiv", "a priority for Berlin" ("support for" is its object)
        experiencer = syntax.experiencer_of(head, cue.span)
        if experiencer is not None:
            found = named_holders(context, index, [experiencer], frame) or _pronoun(context, index, experiencer, frame)
            if found:
                return found
    if head.lemma_.lower() == "welcome" and head.pos_ == "ADJ" and subject is not None and subject.pos_ == "PROPN":
        # "Stubb said Canada and Japan would be welcome": the speaker's welcome of their part, not their own offer
        return _speaker_holders(context, index, head, frame, opinion=True)
    if disguise(cue) and frame is not None and syntax.judge_of(head) is None:
        # "Zakharova said London was sending troops under the guise of peacekeepers": hers
        return _speaker_holders(context, index, head, frame, opinion=True)
    if head.lemma_.lower() in EFFECTS | AIMED and head.pos_ == "VERB":
        # "Lavrov said Britain's plan would only prolong the war", "... that Britain would prolong the war by sending
        # troops", "the West's plans are aimed at escalating the war": what a plan or a side would bring about, or is
        # meant to, is its judge's view, never the doer's own stance
        return _speaker_holders(context, index, head, frame, opinion=True)
    if subject is not None and subject.dep_ == "csubj":  # "Ukraine joining NATO is out of the question": an event,
        judges = _judged_for(context, index, cue, subject, frame)
        if judges:
            return judges
        coordinated = _coordinated_judge(context, index, head) if frame is None else []
        return coordinated or _speaker_holders(context, index, head, frame, opinion=True)  # judged by its speaker
    if subject is not None and _owned_thing_acted_on(subject):
        return []  # "Washington's refusal was welcomed": by someone unnamed, not by Washington
    if subject is not None:
        antecedent = syntax.antecedent_of(subject)
        if antecedent is not None and subject.head.head.pos_ == "PRON":
            return []  # "those who want to send troops", "anyone who plans to": people described, named by no one
        subject = antecedent if antecedent is not None else subject
        # "a mission that would put their soldiers at risk", "where 6,000 troops are deployed": what it is
        described = antecedent is not None or any(
            w.dep_ == "relcl" and not syntax.content_clause(w) for w in syntax.governors(head)
        )
        if _topic_head(context, index, subject) and not described:
            passive = any(c.dep_ == "auxpass" for w in syntax.governors(head) for c in w.children)
            acts = head.lemma_.lower() in AGENT_VERBS and not _deploys_on_condition(head, cue)
            if acts and not passive:  # "such a deployment would not provide ..."
                return []  # does something, as a thing: no one's view ("troops would not be deployed" is one)
            if passive and head.lemma_.lower() in AUTHORING:
                return []  # "the guarantees were being drafted without Russia": by someone unnamed, not the speaker
            owners = _own_troops_sent(context, index, head, subject, frame) if passive else []
            if owners:  # "American troops will not be deployed in Ukraine": the US, as "German troops ..." is Germany
                return owners
            forecast = passive and cue.label == "supports" and not _sending_denied(cue, subject)
            if forecast and _others_troops(context, index, subject, head, frame):
                return []  # "Peskov said Western troops would be deployed under the plan": a forecast, not Moscow's
            judges = _judged_for(context, index, cue, subject, frame)
            coordinated = _coordinated_judge(context, index, head) if frame is None else []
            return judges or coordinated or _speaker_holders(context, index, head, frame, opinion=True)  # "is key"
        predicate = head.pos_ in ("ADJ", "NOUN", "ADP") or head.lemma_.lower() in LINKING  # "is out of the question"
        # "Peskov said Japanese involvement would be a provocation", "... British troops would be targets" (not
        # "would not be part of it": a part taken or not)
        taken = any(t.lemma_.lower() in OWN_PARTS for t in cue.span)
        named_as = [head, *(c for c in head.children if c.dep_ in ("attr", "acomp"))]  # "would be a target"
        troops_judged = any(w.pos_ in ("ADJ", "NOUN") for w in named_as) and not taken
        troops_judged = troops_judged and subject.lemma_.lower() in TROOP_NOUNS
        judged = subject.lemma_.lower() in OWN_PARTS or troops_judged
        judged_part = judged and _judged_by_another(context, index, subject, frame)
        judged_plan = subject.lemma_.lower() in syntax.AUTHORED | syntax.DOCUMENT_NOUNS | BIDS | STATEMENTS
        if predicate and (judged_plan or judged_part):
            # "Zakharova said the plans of the West and Ukraine are dangerous", "Lavrov said Britain's plan was a
            # mistake", "Peskov said Japanese involvement would be a provocation": the judge's view of someone's
            # plan, bid or part, not its owners' ("Meloni said Italian participation was out of the question")
            return _speaker_holders(context, index, head, frame, opinion=True)
        authors = syntax.authors_of(subject)
        if authors:  # "the plan drawn up by Witkoff rules out ...": its authors'
            return named_holders(context, index, authors, frame)
        if _named_again(subject) and head.pos_ in ("VERB", "AUX") and subject.dep_ == "nsubj":
            earlier = _authors_before(context, index, subject)
            if earlier:  # "A draft drawn up by US envoys ... In return, the draft promises Kyiv guarantees"
                return earlier
        # "the presence of NATO troops is a red line": troops named under the subject are whose troops, not who holds it
        nouns = [n for n in syntax.group(subject) if n == subject or n.lemma_.lower() not in TROOP_NOUNS]
        if antecedent is not None:  # "Hungary, which objected, and Slovakia, which said ...": each clause its own
            nouns = [n for n in nouns if n == subject or not any(c.dep_ == "relcl" for c in n.children)]
        if subject.lemma_.lower() in TROOP_NOUNS:  # "troops from France and the UK would be placed in Ukraine"
            nouns += [g for p in subject.children if p.lower_ == "from" for g in syntax.group(_object(p))]
        if _counted_sides(subject):  # "Macron and Starmer met. The two leaders agreed to ...", "Both rejected ..."
            group = _sides_counted(context, index, subject)  # (not the coalition that "the countries" may stand for)
            if group:
                return group
        if syntax.alternatives(subject):
            return []  # "Turkey or Romania would lead the naval mission": neither is said to
        member_of_group = _side_named_before(context, index, subject) if _one_member(subject) else []
        if member_of_group:  # "Turkey ... The NATO member has offered to": Turkey
            return member_of_group
        named = named_holders(context, index, nouns, frame)
        if named:
            return named
        # "their troops", and "Tusk, whose government has ruled out ..." (the parser's "whose" is no pronoun)
        whose = next(
            (c for c in subject.children if c.dep_ == "poss" and (c.pos_ == "PRON" or c.lower_ == "whose")), None
        )
        troops = next((c for c in subject.children if c.dep_ == "poss" and c.lemma_.lower() in TROOP_NOUNS), None)
        if whose is None and troops is not None:  # "our soldiers' boots": whose the soldiers are
            whose = next((c for c in troops.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        country = next((c for c in subject.children if c.dep_ == "poss" and c.lemma_.lower() in OWN_SIDE), None)
        if whose is None and country is not None:  # "his country's troops": whose the country is
            whose = next((c for c in country.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            if whose is None and frame is not None and any(d.lower_ == "the" for d in country.children):
                return _speaker_holders(context, index, head, frame)  # "Merz said the country's troops ...": his
        relative = whose is not None and whose.lower_ == "whose"
        sides = subject.lemma_.lower() in OWN_SIDE and (subject.tag_ == "NNS" or relative)  # "their countries would"
        # "The coalition met in Paris. Its members agreed to ...": the group's members, the group
        sides = sides or (subject.lemma_.lower() in MEMBERS and whose is not None and whose.lower_ == "its")
        sides = sides or (relative and subject.lemma_.lower() in ROLE_NOUNS)  # "Poland, whose leaders oppose ..."
        own_part = subject.lemma_.lower() in OWN_PARTS  # "its decision would depend on the size of the force"
        # "its parliament would need to approve" (not "Sweden, whose parliament must approve ..., has not decided":
        # an aside on the way it decides, whose main clause says where it stands)
        legislature = subject.lemma_.lower() in syntax.LEGISLATURES and not relative
        trait = subject.lemma_.lower() in OWN_TRAITS  # "their neutrality rules out ...", "its constitution forbids"
        if whose is not None and (subject.lemma_.lower() in TROOP_NOUNS or sides or own_part or legislature or trait):
            return _pronoun(context, index, whose, frame)  # "our soldiers will not go": the speaker's side
        if own_part and whose is None and frame is not None:  # "any contribution would be conditional on ...,"
            return _speaker_holders(context, index, head, frame)  # Canberra said: the speaker's side's own part
        unnamed = not any(c.dep_ in ("poss", "compound", "amod") for c in subject.children) and subject.pos_ != "PROPN"
        if legislature and unnamed and whose is None and frame is not None:  # "Zelensky said parliament would
            return _speaker_holders(context, index, head, frame)  # ratify it only after ...": his side's parliament
        no_thing = subject.pos_ == "NOUN" and subject.lemma_.lower() not in PARTIES and not syntax.nobody(subject)
        if no_thing and any(d.dep_ == "det" and d.lower_ == "no" for d in subject.children):
            return _speaker_holders(context, index, head, frame)  # "no guarantee will work without US support"
        if syntax.nobody(subject) and head.lemma_.lower() in syntax.URGING:
            return []  # "nobody is asking us to send troops": a request no one makes, held by no one
        if syntax.nobody(subject):  # "nobody in Moscow supports the idea": Moscow, denying it
            named = named_holders(context, index, _places(subject), frame)
            return named or _speaker_holders(context, index, head, frame)  # "no one is talking about troops," Merz said
        if subject.lemma_.lower() in IMPERSONAL or _extraposed(subject):  # "everything is on the table", "it is too
            return _speaker_holders(context, index, head, frame)  # early to say": the speaker's view
        if subject.lemma_.lower() in AT_STAKE:  # "Ukraine's security depends on a backstop," Zelensky said: his view
            return _speaker_holders(context, index, head, frame)
        pointed = syntax.pointer_of(subject, POINTERS)  # "this", "all of this is disguised as ...": "this"
        if pointed is not None or subject.pos_ == "PRON":
            return _pronoun(context, index, pointed or subject, frame)
        if _role(subject):  # "the prime minister remains open to ...": the office-holder named before
            quoted = context.quote_speaker(index, subject.idx)  # "'The president has ruled out ...,' Leavitt said"
            # "The White House said the president had not committed to ...": with no holder named, the speaker's own
            return _office_holder(context, index, subject) or _from_speaker(quoted or frame, "stated")
        if own_side(subject):
            # "In neighbouring Latvia, the government has ...", "the government in Latvia": Latvia's
            fronted = [p for p in subject.head.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < subject.i]
            places = [*fronted, *(p for p in subject.children if p.dep_ == "prep" and p.lower_ in ("in", "of"))]
            placed = [g for p in places for g in p.children if g.dep_ == "pobj"]
            return (
                named_holders(context, index, placed, frame)
                or _speaker_holders(context, index, head, frame)
                or _side_named_before(context, index, subject)
            )
        region = _region_of_speaker(context, index, subject, head, frame)
        if region:  # "Macron said Europe has a role to play in providing guarantees": France's part in it
            return region
        if _unnamed_members(subject) and not described:  # "Several countries refused ... These include Hungary."
            listed = syntax.listed_after(head, subject)  # "Many countries offered troops, including Sweden"
            return named_holders(context, index, listed, frame) or _members_after(context, index)
        if subject.lemma_.lower() in PARTIES and subject.tag_ == "NNS" and not described:
            listed = syntax.listed_after(head, subject)  # "the countries ready to send troops include France"
            named = named_holders(context, index, listed, frame)
            if named:
                return named
        if described and subject.lemma_.lower() in PARTIES:  # "thanked the partners who are ready to send troops"
            return []  # their readiness, not the thanker's
        if described:  # a relative clause describing a thing: the view of whoever has it ("we have a plan that")
            return _owner(context, index, subject, frame)
        predicated = head.pos_ in ("ADJ", "NOUN") or any(c.dep_ in ("attr", "acomp", "oprd") for c in head.children)
        if syntax.pointed_at(subject) and predicated and cue.label == "opposes":
            # "such units would become (legitimate) targets", "such units will be considered targets"
            return _speaker_holders(context, index, head, frame)
        # "peace is impossible without a foreign contingent", "the war will not end without guarantees": the
        # speaker's judgement of a thing (not "no country will send troops without a backstop": theirs)
        thing = subject.pos_ == "NOUN" and subject.lemma_.lower() not in PARTIES | OWN_SIDE | MEMBERS
        if cue.label == "exclusion" and thing and needed(cue):
            return _speaker_holders(context, index, head, frame, opinion=True)
        # "a peace deal would need guarantees," Rutte said: his view of what it needs
        needs = cue.label in ("supports", "conditional") and head.lemma_.lower() in REQUIRING_VERBS
        if needs and thing and frame is not None:
            return _speaker_holders(context, index, head, frame)
        if not names_a_topic(context, index, subject):
            return []
        if head.lemma_.lower() in AGENT_VERBS and not _deploys_on_condition(head, cue):
            return []  # "the deployment would not provide Ukraine with ...": no one's
        return _speaker_holders(context, index, head, frame, opinion=True)
    return _speaker_holders(context, index, head, frame)


def _writers_demand(
    context: ArticleContext, index: int, head: Token, subject: Token | None, frame: Speaker | None
) -> bool:
    """ "The coalition must deploy a credible force.", "Washington should provide the backstop.": what a named side
    "must" or "should" do, said by no one the article names and in no quotation, is the writer's demand; so is what
    it "must make clear" it will do."""
    if frame is not None or subject is None or context.quote_speaker(index, head.idx):
        return False
    verbs = list(syntax.governors(head))
    demanding = _main_subject(context, subject) if subject.pos_ == "PRON" else None
    if demanding is not None:  # "Washington must make clear that it will back the mission"
        subject = demanding
        verbs += syntax.governors(verbs[-1].head)
    if not actors_named_by(context, index, [subject]):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for w in verbs for c in w.children)


def _judged_for(context: ArticleContext, index: int, cue: Cue, subject: Token, frame: Speaker | None) -> list[Holder]:
    """ "sending troops is off the table for Warsaw", "for Paris, a European force is the best guarantee": the side a
    judgement of a thing is made for holds it."""
    head, verb = cue.head, subject.head
    if verb.lemma_.lower() not in LINKING or head.pos_ == "VERB":
        return []  # "no US troops would go to Ukraine": where they go, not whom a judgement is for
    judged_words = [head, verb, *(c for c in verb.children if c.dep_ in ("attr", "acomp"))]
    experiencer = next((e for w in judged_words if (e := syntax.experiencer_of(w, cue.span)) is not None), None)
    if experiencer is None or experiencer.pos_ != "PROPN":  # a name ("are no substitute for NATO membership": no)
        return []
    return named_holders(context, index, [experiencer], frame)


def _deploys_on_condition(head: Token, cue: Cue) -> bool:
    """ "The force would only deploy after a ceasefire": a condition on the topic's own coming about, which whoever
    says it sets (a topic that does something else, "the force would only provide security if", is no one's view)."""
    return cue.label == "conditional" and head.lemma_.lower() == "deploy"


def _owner(context: ArticleContext, index: int, thing: Token, frame: Speaker | None) -> list[Holder]:
    """Who has, makes or backs the thing a relative clause describes: the subject of the verb it is the object of
    ("we have a plan that is ready", "Britain presented a plan that envisages ..."), or no one ("to back a mission
    that would put soldiers at risk"; "Moscow has received a proposal that envisages ..." is another's proposal)."""
    owns = thing.dep_ == "dobj" and thing.head.lemma_.lower() in OWNING
    owner = syntax.subject_of(thing.head) if owns else None
    if owner is None:
        return []
    if owner.pos_ == "PRON":
        return _pronoun(context, index, owner, frame)
    return named_holders(context, index, syntax.group(owner), frame)


def _places(word: Token) -> list[Token]:
    """The groups a word is placed inside: "within the coalition", "among EU members", "in Moscow"."""
    return [
        m for p in word.children if p.lower_ in INSIDE for g in p.children if g.dep_ == "pobj" for m in syntax.group(g)
    ]


def _sources(noun: Token) -> list[Token]:
    """ "little enthusiasm in Rome for", "support within the Kremlin for": the side a noun cue is of, named by a
    place ("from" and "by" are its agents), or where it came from ("support for the force came from Britain")."""
    if noun.pos_ not in ("NOUN", "PROPN"):  # a cue word opening the sentence may be tagged as a name
        return []
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in ("come", "emerge"):  # "opposition came from Hungary"
        origins = [_object(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
        return [n for o in origins for n in syntax.group(o)]
    return [m for m in _places(noun) if m.pos_ == "PROPN"] or syntax.offered_from(noun)


def _object(preposition: Token) -> Token:
    return next((c for c in preposition.children if c.dep_ == "pobj"), preposition)


def _perceived(noun: Token) -> bool:
    """ "aware of plans to", "has heard of proposals for", "knows about plans": a noun cue that is what its subject
    perceives, not what it holds."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in PERCEIVING


def _unnamed_origin(head: Token) -> list[Token]:
    """ "the European plans", "Western support for", "allied plans": the words before a noun cue that give its
    origin, a side or group that no listed name is (the names it could be were looked up first)."""
    if head.pos_ != "NOUN":
        return []
    before = [c for c in _compound_holders(head) if c.dep_ in ("amod", "compound") and c.sent.start < c.i < head.i]
    return [c for c in before if c.text[:1].isupper() or c.lower_ in UNNAMED_SIDES]


def _sending_denied(cue: Cue, troops: Token) -> bool:
    """ "no NATO troops will be deployed", "troops will not be sent": a sending denied, on the cue or its troops."""
    return any(c.lower_ in ("no", "neither") for c in troops.children) or negating_word(cue) is not None


def _others_troops(context: ArticleContext, index: int, troops: Token, head: Token, frame: Speaker | None) -> bool:
    """Whether troops named by their origin ("Western troops", "NATO troops") are of sides other than the speaker's
    ("European troops would be deployed," Macron said; "no American soldiers will be sent," Trump said: his own)."""
    if troops.lemma_.lower() not in TROOP_NOUNS:
        return False
    owners = actors_owning(context, index, troops)
    origin = _unnamed_origin(troops)
    if not owners and not origin:
        return False
    speakers = {h.actor for h in _speaker_holders(context, index, head, frame)}
    if owners:
        return not owners & speakers
    # "Western troops would be based far from the front," Starmer said: a side of a region speaks of its own
    regions = _regions_of_origin(context, origin) or list(context.lexicon.lexicon.regions)
    return not any(a in r.members for a in speakers for r in regions)


def _regions_of_origin(context: ArticleContext, origin: list[Token]) -> list[Group]:
    """The regions origin words name ("European": Europe)."""
    return [r for r in context.lexicon.lexicon.regions if any(o.text.startswith(tuple(r.names)) for o in origin)]


def _member_of_origin(
    context: ArticleContext, index: int, origin: list[Token], subject: Token | None, frame: Speaker | None
) -> list[Holder]:
    """The subject's side, when it belongs to the region the origin words name ("Macron defended European plans"),
    else no one ("Lavrov discussed the European plans")."""
    regions = _regions_of_origin(context, origin)
    own = named_holders(context, index, syntax.group(subject), frame) if subject is not None and regions else []
    return [h for h in own if any(h.actor in r.members for r in regions)]


def _compound_holders(head: Token) -> list[Token]:
    """ "British opposition to", "U.S. support for": an actor word modifying a noun cue; "the British-French-
    backed plan": the names a hyphenated participle is built on."""
    if head.dep_ == "amod" and head.tag_ == "VBN":
        return [child for child in head.children if child.dep_ in ("npadvmod", "compound", "amod", "nmod")]
    if head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [child for child in head.children if child.dep_ in ("compound", "amod", "nmod")]


def named_holders(context: ArticleContext, index: int, nouns: list[Token], frame: Speaker | None) -> list[Holder]:
    """The actors named by these nouns (their modifiers included), not those inside a topic phrase."""
    parse = context.parses[index]
    # "US troops", and "NATO" in "the question of NATO membership": a name inside what is at stake holds nothing
    topics = [t for t in parse.topics if t.actor or t.label in context.lexicon.outcomes]
    holders: dict[str, Holder] = {}
    for noun in nouns:
        group = _counted_group(context, index, noun)
        if group:
            holders[group] = Holder(group, None, None, "stated", noun.text)
        if not_speaking_for(noun) or _a_share(noun):
            continue
        phrase = syntax.noun_phrase(noun)
        # "Poland, Ukraine's largest neighbour": a named holder's apposition describes it, it names no one else; so
        # does one set after a second name ("POLAND: Warsaw, Ukraine's neighbour")
        renamed = [noun, *(c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN")]
        named = any(m.actor and _covers(parse, m.start, m.end, n.idx) for m in parse.mentions for n in renamed)
        appositions = [c for n in renamed for c in n.children if c.dep_ == "appos" and c.pos_ == "NOUN"]  # not "the UK"
        described = {t.idx for c in appositions for t in c.subtree} if named else set()
        # "Moscow, not Kyiv, rejected the force": a name set apart by "not" holds nothing
        denied = [c for c in noun.children if c.dep_ in ("appos", "conj") and syntax.denied(c)]
        described |= {t.idx for c in denied for t in c.subtree}
        # "Russia's ambassador to the UK": where an envoy serves is not the side it speaks for
        posted = [
            p
            for n in renamed
            if n.lemma_.lower() in ROLE_NOUNS
            for p in n.children
            if p.dep_ == "prep" and p.lower_ == "to"
        ]
        described |= {t.idx for p in posted for t in p.subtree}
        members = _members_of_a_name(noun)
        for mention in parse.mentions:
            if not mention.actor or dateline(parse, mention):  # "PARIS - Members of ...": where it was filed
                continue
            char = parse.tokens[mention.start].start
            if char in described:
                continue
            if members and phrase.start_char <= char and parse.tokens[mention.end - 1].end <= noun.idx:
                continue  # "NATO countries' plans": its members', not NATO's
            around = char <= noun.idx < parse.tokens[mention.end - 1].end  # "willing" in "coalition of the willing"
            # (or a name the phrase takes only the end of: "Donald Tusk's government" as "Tusk's government")
            overlapping = char < phrase.start_char < parse.tokens[mention.end - 1].end
            if not (phrase.start_char <= char < phrase.end_char or around or overlapping):
                continue
            if any(t.start <= mention.start < t.end for t in topics):
                continue
            known = holders.get(mention.actor)
            if known and known.speaker:
                continue
            speaker = _person_name(context, index, mention.start) if mention.kind == "person" else None
            reported = frame.actor if frame and frame.actor and frame.actor != mention.actor else None
            if speaker is None and frame is not None and frame.actor == mention.actor:
                speaker = frame.name  # "Meloni said Italy would not send soldiers": Meloni speaks for Italy
            holders[mention.actor] = Holder(
                mention.actor, speaker, reported, "reported" if reported else "stated", phrase.text
            )
    return list(holders.values())


def _a_share(noun: Token) -> bool:
    """ "a majority of Britons", "half of NATO's members": part of a public or of a group, which speaks for no one."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.lemma_.lower() in SHARES


def _members_of_a_name(noun: Token) -> bool:
    """ "NATO countries have pledged", "EU member states' plans": members or partners of the one named before the
    noun, acting, which are not that one ("no consensus among EU members" is within the EU; a listed group is one
    name: "the Baltic states")."""
    acting = noun.dep_ in ("nsubj", "nsubjpass", "poss") or (noun.dep_ == "conj" and noun.head.dep_ in syntax.SUBJECTS)
    return acting and noun.tag_ == "NNS" and noun.lemma_.lower() in MEMBERS


def sides_of(context: ArticleContext, index: int, noun: Token) -> set[str]:
    """The actors a subject stands for: named ("Berlin", "Germany's chancellor") or a pronoun ("he")."""
    frame = frame_of(context, index, noun)
    found = named_holders(context, index, syntax.group(noun), frame)
    if not found and noun.pos_ == "PRON":
        found = _pronoun(context, index, noun, frame)
    return {h.actor for h in found}


def _counted_group(context: ArticleContext, index: int, noun: Token) -> str | None:
    """ "26 countries have pledged": the group a counted member noun stands for, where the article names it, or
    where the sentence names the force such a group is forming ("26 countries who have formally committed to deploy
    as reassurance force troops": no handful of them, a coalition's worth)."""
    actor = context.lexicon.counted.get(noun.lower_)
    # "26 countries", and "Thirty countries" at the head of a sentence, which the parser may take for a compound
    numbers = [c for c in noun.children if c.dep_ == "nummod" or (c.like_num and c.dep_ == "compound")]
    if actor is None or not numbers:
        return None
    if any(m.actor == actor for p in context.parses for m in p.mentions):
        return actor
    if not _many(numbers[0]) or not any(t.label == "reassurance-force" for t in context.parses[index].topics):
        return None
    # (not those refusing it: "some 20 countries have refused to join" are no coalition)
    refusing = noun.head.lemma_.lower() in DECLINING or assertion.negation_of(noun.head) is not None
    return None if refusing else actor


def _many(number: Token) -> bool:
    """Whether a count is a coalition's worth (ten or more): "26", "thirty", "twenty-six"."""
    text = number.lower_.replace(",", "")
    return int(text) >= 10 if text.isdigit() else text.split("-")[0] in TENS


def _person_name(context: ArticleContext, index: int, token: int) -> str:
    named = next((n for n in context.people if n.sentence == index and n.token == token), None)
    if named:
        return named.name
    mention = next(m for m in context.parses[index].mentions if m.start == token)
    return mention.text


def _pronoun(context: ArticleContext, index: int, pronoun: Token, frame: Speaker | None) -> list[Holder]:
    """ "we" is the quotation's speaker, "he" the framing speaker or the last person named, "it" and "they"
    the actor of the framing speaker."""
    word = pronoun.lower_
    quoted = context.quote_speaker(index, pronoun.idx)
    if word in FIRST_PERSON:
        if quoted and syntax.quoted_by_another(pronoun):
            return []  # "'He told me, 'I'll accept that,'' Trump said": someone else's words, quoted by the speaker
        speaker = quoted or frame
        if (speaker is None or not speaker.actor) and word == "we" and pronoun.dep_ == "nsubj":
            own = _own_troops_sent_by_us(context, index, pronoun)  # "'We will not put American boots on the
            if own is not None:  # ground,' an official said": the side whose troops "we" would send
                return [Holder(own, speaker.name if speaker else None, None, "stated", own)]
        return _from_speaker(speaker, "stated")
    if quoted and word in PERSONAL:  # "he" in a quotation is someone else, just named
        return _other_person(context, index, pronoun, quoted)
    if quoted and word == "it" and _judged_thing(pronoun):  # "'It is unacceptable,' Lavrov said": his judgement
        return _from_speaker(quoted, "stated")
    if quoted and word in GROUP_PRONOUNS:  # "they" in a quotation are others
        if quoted_troops(context, index, pronoun):  # "'They would not be on the front line,' Macron said"
            return _speaker_holders(context, index, pronoun.head, frame)  # of the troops
        return []
    if word == "whose":  # "Tusk, whose government has ruled out sending soldiers, ...": Tusk's
        clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
        return named_holders(context, index, syntax.group(clause.head), frame) if clause is not None else []
    later = syntax.cataphoric_subject(pronoun) if word in PERSONAL | GROUP_PRONOUNS else None
    named_later = named_holders(context, index, syntax.group(later), frame) if later is not None else []
    if named_later:  # "Though it will not send troops, Poland will ...": the subject named after it
        return named_later
    if word in PERSONAL:
        teller = frame_subject(context, pronoun) if frame and pronoun.dep_ in ("nsubj", "nsubjpass") else None
        told = named_holders(context, index, [teller], frame) if teller is not None and teller.pos_ == "PROPN" else []
        if told:  # "Trump said Putin had told him he would accept ...": the one telling, passed on by the frame
            return told
        if frame and frame.actor:
            return _from_speaker(frame, "stated")
        if teller is not None and teller.pos_ == "PROPN" and word in ("he", "she"):
            return []  # "Senator Lindsey Graham said he would ...": the one named, who speaks for no side known
        earlier = _conjoined_subject(pronoun)  # "Trump said ..., but he again ruled out sending troops"
        named = named_holders(context, index, [earlier], frame) if earlier is not None else []
        if named:
            return named
        clause_subject = syntax.subject_of(pronoun.head) if pronoun.dep_ == "poss" else None
        if clause_subject is not None and clause_subject.pos_ == "PROPN":
            holders = named_holders(context, index, [clause_subject], frame)
            if holders:
                return holders
        speaker = context.previous_subject(index)
        if speaker is None or not context.fits(speaker, word):  # "Macron met Meloni. She said ...": Meloni
            person = context.last_person(index, local_token(context, index, pronoun.idx), pronoun=word)
            speaker = person.speaker if person else speaker
        return _from_speaker(speaker, "inferred")
    if word == "it" and _stands_for_a_thing(context, index, pronoun):
        return []  # "the plan was unacceptable because it provided for foreign troops": the plan
    owner = possessive_antecedent(context, index, pronoun)
    if owner is not None:  # "Zelensky thanked France for its readiness to send troops": France's readiness
        holders = named_holders(context, index, syntax.group(owner), frame)
        if holders:
            return holders
    owning_subject = syntax.subject_of(pronoun.head) if pronoun.dep_ == "poss" else None
    if owning_subject == pronoun.head:  # "Its members agreed": the subject is what "its" owns, not its owner
        owning_subject = None
    if word in GROUP_PRONOUNS and owning_subject is not None and owning_subject.pos_ in ("NOUN", "PROPN"):
        # "European partners confirmed their readiness": the subject's own, whoever reports it (no one named here);
        # "the two leaders reaffirmed their determination": the sides just named
        if _counted_sides(owning_subject):
            return _sides_counted(context, index, owning_subject)
        return named_holders(context, index, syntax.group(owning_subject), frame)
    earlier = _conjoined_subject(pronoun)
    if word in GROUP_PRONOUNS and earlier is not None:
        holders = (
            _sides_counted(context, index, earlier)
            if _counted_sides(earlier)
            else named_holders(context, index, syntax.group(earlier), frame)
        )
        if holders:  # "Washington will not join the force, but it will provide air support"
            return holders
        if _regions_named(context, earlier):
            return []  # "If Europe is serious, it should send troops": the region, no side of its own
        if earlier.pos_ != "PROPN" and not _counted_sides(earlier):
            return []  # "pressing partners to name the troops they would commit": the partners, left unnamed
    # with no frame: "Berlin denied that it would send troops", "dismissed reports that it would": Berlin; "Washington
    # must make clear that it will back the mission": Washington (a demand, not a frame)
    denier = assertion.denying_verb(pronoun.head) if pronoun.dep_ in ("nsubj", "nsubjpass") else None
    denying = syntax.subject_of(denier) if denier is not None else None
    declaring = _main_subject(context, pronoun)
    candidates = [
        *([denying] if denying is not None and denying.pos_ in ("NOUN", "PROPN") else []),
        *([declaring] if declaring is not None and declaring.pos_ == "PROPN" else []),
    ]
    for above in candidates if frame is None and word in GROUP_PRONOUNS else []:
        holders = named_holders(context, index, syntax.group(above), None)
        if holders:
            return holders
    if word in GROUP_PRONOUNS and frame and frame.actor:
        group = _framing_group(context, index, pronoun) or _nearer_speaker(context, index, pronoun, frame)
        return group or _from_speaker(Speaker(None, frame.actor), "stated")
    spoken = _speaker_holders(context, index, pronoun.head, frame) if word in POINTERS else []
    if spoken:  # "This is unacceptable to us": "this" is the topic, the speaker holds it
        return spoken
    framing = frame_subject(context, pronoun) if frame is not None and not frame.actor else None
    group = _framing_group(context, index, pronoun) if word == "they" and framing is not None else []
    if group:  # "The leaders of Denmark and Sweden said they ...": each of them
        return group
    if word == "it" and framing is not None and own_side(framing):  # "Finland ... The country said it would not"
        side = _side_named_before(context, index, framing)
        if side:
            return side
    if word == "they" and framing is not None and _unnamed_members(framing):  # "Several countries said they"
        listed = syntax.listed_after(framing.head, framing)  # "..., including France and Britain, have said they"
        return named_holders(context, index, listed, None) or _members_after(context, index)
    sides_before = frame is None or (framing is not None and _counted_sides(framing))  # "Both countries said they"
    subject = pronoun.head if word == "their" and pronoun.dep_ == "poss" else pronoun  # "their countries were ready"
    if word in ("they", "their") and subject.dep_ in ("nsubj", "nsubjpass") and sides_before:
        counted = framing is not None and _counted_sides(framing)  # "Starmer met Macron. The two leaders said they"
        group = (
            _sides_counted(context, index, framing)
            if framing is not None and counted
            else _group_before(context, index)
        )
        if group:  # "Italy and Spain were cautious. They would not send troops"
            return group
    owns_subject = word == "its" and pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass")
    if word in GROUP_PRONOUNS and frame is None and (pronoun.dep_ in ("nsubj", "nsubjpass") or owns_subject):
        before = _from_speaker(context.previous_side(index), "inferred")  # "Britain ... It is prepared to"
        return before or _subject_just_before(context, index, pronoun)
    return []


def _subject_just_before(context: ArticleContext, index: int, pronoun: Token) -> list[Holder]:
    """ "..., with Russia signalling it would veto ...": the side named as a subject just before the pronoun in its
    own sentence, when nothing else is (the parser may hang the pronoun's clause elsewhere)."""
    subjects = [t for t in pronoun.doc[: pronoun.i] if t.dep_ == "nsubj" and t.pos_ == "PROPN"]
    return named_holders(context, index, syntax.group(subjects[-1]), None) if subjects else []


def _judged_thing(pronoun: Token) -> bool:
    """ "it is unacceptable", "it is too early", "it is a mistake": "it" as the subject of a judgement."""
    head = pronoun.head
    predicate = head.pos_ in ("ADJ", "NOUN") or any(c.dep_ in ("acomp", "attr") for c in head.children)
    return pronoun.dep_ == "nsubj" and predicate


def quoted_troops(context: ArticleContext, index: int, pronoun: Token) -> bool:
    """Whether "they" in a quotation stands for troops: the nearest plural quoted before it that could be its
    antecedent names troops, not sides ("'... could include troops.' 'They would not be on the front line'",
    not "'Britain and France are ready. They will send troops'")."""
    if pronoun.lower_ != "they" or context.quote_speaker(index, pronoun.idx) is None:
        return False
    if pronoun.head.lemma_.lower() in DECIDING:
        return False  # "'They want to do it,' Trump said": sides want, agree or decide; troops do not
    for before in looking_back(index):
        parse = context.parses[before]
        named = {k: m.actor for m in parse.mentions if m.actor for k in range(m.start, m.end)}
        # sides "they" can stand for are named together ("Britain and France"); one country is "it"
        listed = {
            k
            for m in parse.mentions
            if m.actor and _coordinated(parse.norms, m.start, m.end)
            for k in range(m.start, m.end)
        }
        last = len(parse.tokens) if before < index else local_token(context, index, pronoun.idx)
        quoting = before == index or bool(context.quotes.get(before))
        for k in range(last - 1, -1, -1):
            norm = parse.norms[k]
            if quoting and context.quote_speaker(before, parse.tokens[k].start) is None:
                continue  # the quoted words only: "'..., which could include troops, but ...,' Macron said"
            party = norm.removesuffix("ies") + "y" in PARTIES or norm.removesuffix("s") in PARTIES
            if party and _troops_of(parse.norms, k):
                continue  # "troops from NATO countries": the troops are the antecedent
            if k in listed or party:
                return False
            if norm.endswith("s") and norm in TROOP_NOUNS:  # not the warring sides' own ("Ukrainian forces")
                owner = named.get(k - 2) if parse.norms[k - 1] == "'s" else named.get(k - 1)
                return owner not in ("russia", "ukraine")
    return False


def _troops_of(norms: list[str], party: int) -> bool:
    """Whether the sides named at token `party` say whose troops the words just before are ("troops from NATO
    countries", "soldiers of European states")."""
    return any(norms[j] in ("from", "of") and norms[j - 1] in TROOP_NOUNS for j in range(max(1, party - 3), party))


def _coordinated(norms: list[str], start: int, end: int) -> bool:
    """Whether the name at tokens [start, end) is listed with another ("France and Britain", "Italy or Spain")."""
    return (start > 0 and norms[start - 1] in ("and", "or")) or (end < len(norms) and norms[end] in ("and", "or"))


def _framing_group(context: ArticleContext, index: int, word: Token) -> list[Holder]:
    """ "Britain and France have argued that ...", and "they" or "both countries" after them: the sides the speech
    verb's subject stands for, when more than one (one side is the frame's own speaker)."""
    framing = frame_subject(context, word)
    relative = framing is not None and framing.lower_ in syntax.RELATIVE_PRONOUNS
    member = syntax.described_member(framing.head) if framing is not None and relative else None
    if member is not None:  # "Belgium, Denmark and Estonia are among the countries that have said they would"
        framing = member
    if framing is not None and framing.lemma_.lower() in ROLE_NOUNS:  # "the leaders of Denmark and Sweden said"
        framing = next((_object(p) for p in framing.children if p.dep_ == "prep" and p.lower_ == "of"), framing)
    if framing is not None and (framing.lower_ == "they" or _counted_sides(framing)):
        group = _sides_counted(context, index, framing)  # "Britain and France ... Both have insisted that ..."
    else:
        group = named_holders(context, index, syntax.group(framing), None) if framing is not None else []
    return group if len(group) > 1 else []


def _main_subject(context: ArticleContext, pronoun: Token) -> Token | None:
    """ "Washington must make clear that it will back the mission": the subject of the speech verb whose complement
    or promise opens (not "would require Ukraine to enshrine that it ..."); the lists' speech verbs, and "make clear"
    in any form (the lists spell it "made clear")."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    declared = context.lexicon.is_speech(verb) or verb.lemma_.lower() in SPEAKING_VERBS | PROMISING
    declared = declared or (verb.lemma_ == "make" and any(c.lower_ == "clear" for c in verb.children))
    return syntax.subject_of(verb) if declared else None


def _nearer_speaker(context: ArticleContext, index: int, word: Token, frame: Speaker) -> list[Holder]:
    """ "Rubio said Russia had made clear it would never accept ...": the side named as the subject of the speech
    verb nearest above the pronoun, reported by the frame's speaker, when it is another side than the speaker's."""
    framing = frame_subject(context, word)
    if framing is None or framing.pos_ != "PROPN":
        return []
    holders = named_holders(context, index, syntax.group(framing), frame)
    return holders if len(holders) == 1 and holders[0].actor != frame.actor else []


def _named_again(document: Token) -> bool:
    """ "the draft", "this plan": a plan or document named again, with nothing naming its authors here."""
    if document.lemma_.lower() not in syntax.AUTHORED | syntax.DOCUMENT_NOUNS:
        return False
    determiners = [c.lower_ for c in document.children if c.dep_ in ("det", "poss", "compound", "amod", "nmod")]
    return determiners in (["the"], ["this"], ["that"])


def documents_named_before(parses: list[SentenceParse], index: int) -> list[int]:
    """The sentences just before this one that name, with an actor, a plan or document this one names again ("the
    plan"), read from the words alone: they are parsed too, so that `_authors_before` can read who drew it up."""
    norms = parses[index].norms
    again = {w for d, w in pairwise(norms) if d in ("the", "this", "that") and w in NAMED_AGAIN}
    if not again:
        return []
    return [
        before
        for before in range(index - 1, max(-1, index - 1 - DOCUMENT_SENTENCES), -1)
        if again & set(parses[before].norms) and any(m.actor for m in parses[before].mentions)
    ]


def listed_provision(parses: list[SentenceParse], index: int) -> bool:
    """Whether a sentence is an item of a list that a plan or document introduces ("The draft runs to 28 points.
    Among them:" then "- Ukraine will not join NATO"): the document's terms, not the stance of a side it names."""
    if not _list_item(parses[index].text):
        return False
    intro = next((k for k in range(index - 1, -1, -1) if not _list_item(parses[k].text)), None)
    if intro is None or not parses[intro].text.rstrip().endswith(":"):
        return False
    opening = [k for k in (intro - 1, intro) if k >= 0 and parses[k].paragraph == parses[intro].paragraph]
    return any(
        w in syntax.PROVISIONS or w.removesuffix("s") in syntax.PROVISIONS for k in opening for w in parses[k].norms
    )


def _list_item(text: str) -> bool:
    """A line that opens with a bullet or an item number ("- ", "• ", "3. ", "3) ")."""
    return bool(LIST_ITEM.match(text.lstrip()))


def _authors_before(context: ArticleContext, index: int, document: Token) -> list[Holder]:
    """Those the nearest earlier mention of the same plan or document credits it to, in the few sentences before:
    its participle's agent ("drawn up by US envoys"), its owner ("the US plan"), or who drew it up."""
    word = document.lemma_.lower()
    for before in range(index - 1, max(-1, index - 1 - DOCUMENT_SENTENCES), -1):
        doc = context.docs.get(before)
        mentions = [t for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() == word] if doc is not None else []
        for named_as in mentions:
            noun = named_as.head if named_as.dep_ == "compound" else named_as  # "a draft peace framework"
            makers = syntax.authors_of(noun) + [c for c in noun.children if c.dep_ in ("compound", "amod", "poss")]
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in AUTHORING:
                makers += syntax.group(syntax.subject_of(noun.head) or noun)  # "Britain has drawn up a plan"
            named = named_holders(context, before, [m for m in makers if m != noun], None)
            if named:
                return [replace(h, confidence="inferred") for h in named]
    return []


def _members_after(context: ArticleContext, index: int) -> list[Holder]:
    """The members of an unnamed group, named by the next sentence, as inferred holders placed there."""
    return [
        Holder(side.actor, confidence="inferred", words=side.name or "", named_in=context.parses[index + 1].position)
        for side in context.members_named_after(index)
        if side.actor
    ]


def _other_person(context: ArticleContext, index: int, pronoun: Token, quoted: Speaker) -> list[Holder]:
    """ "'He will accept that,' Trump said about Putin": a person of another side the sentence names outside the
    quotation, else the one named last, in this sentence or the one before ("'I asked him. He has no problem with
    it.'"), whose stance the speaker reports."""
    tokens = context.parses[index].tokens
    outside = [
        n
        for n in context.people
        if n.sentence == index
        and context.quote_speaker(index, tokens[n.token].start) is None
        and n.actor not in (None, quoted.actor)
    ]
    named = outside[0] if outside else context.last_person(index, local_token(context, index, pronoun.idx))
    if named is None or index - named.sentence > QUOTED_PERSON_SENTENCES or named.actor in (None, quoted.actor):
        return []
    return [Holder(named.actor or "", named.name, quoted.actor, "inferred", pronoun.text)]


def _unnamed_members(subject: Token) -> bool:
    """ "Several countries", "some members of the coalition", "a number of governments": parties left unnamed."""
    of = next((p for p in subject.children if p.lower_ == "of"), None)
    if of is not None and subject.lemma_.lower() in COUNTED_GROUPS:
        subject = _object(of)
    determiners = [c for c in subject.children if c.dep_ in ("det", "predet", "nummod", "poss")]
    definite = any(c.lower_ not in COUNTED_GROUPS for c in determiners)
    # "the countries", "both countries", "these two governments" point back to sides named before
    return subject.lemma_.lower() in PARTIES and subject.tag_ == "NNS" and not definite


def _owned_thing_acted_on(subject: Token) -> bool:
    """ "Britain's offer was welcomed", "Hungary's veto was criticised": the passive subject is a named side's thing,
    which others act on; the side holds nothing of the verb's."""
    return (
        subject.dep_ == "nsubjpass"
        and subject.pos_ == "NOUN"
        and subject.lemma_.lower() not in OWN_PARTS | TROOP_NOUNS  # "Washington's role would be confined to"
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children)
    )


def _group_discussed(context: ArticleContext, index: int) -> list[Holder]:
    """The last group of countries the article named (an actor whose members it counts, as the coalition), up to
    this sentence: whose consensus "there is no unanimity on sending troops" speaks of."""
    groups = set(context.lexicon.counted.values())
    for earlier in range(index, -1, -1):
        found = [m.actor for m in reversed(context.parses[earlier].mentions) if m.actor in groups]
        if found:
            return [Holder(found[0], confidence="inferred", words=found[0])]
    return []


def _group_before(context: ArticleContext, index: int) -> list[Holder]:
    """Each of the sides the sentence before named together, as inferred holders."""
    return [h for side in context.previous_group(index) for h in _from_speaker(side, "inferred")]


def _sides_counted(context: ArticleContext, index: int, noun: Token) -> list[Holder]:
    """ "the two leaders", "these three countries": the sides listed as many earlier in the same sentence, else the
    sides the sentence before named together, at its head or listed as many as counted anywhere in it."""
    earlier = context.listed_earlier_in(index, local_token(context, index, noun.idx), _count(noun))
    if earlier:  # "Neither Germany nor Italy has agreed, though both have offered": those two
        return [h for side in earlier for h in _from_speaker(side, "inferred")]
    group = _group_before(context, index)
    if group and len(group) == _count(noun):  # (a group of another size is not the one counted)
        return group
    people = noun.lemma_.lower() in ROLE_NOUNS  # "the two leaders", "both ministers": people named before
    return [
        h
        for side in context.counted_before(index, _count(noun), people=people)
        for h in _from_speaker(side, "inferred")
    ]


def _count(noun: Token) -> int:
    """How many sides "both countries", "the three governments" stand for."""
    three = noun.lower_ == "three" or any(c.dep_ == "nummod" and c.lower_ == "three" for c in noun.children)
    return 3 if three else 2


def _counted_sides(noun: Token) -> bool:
    """ "both countries", "the two leaders", "the three governments", "both", "the two": the sides just named."""
    if noun.lower_ == "both":
        return True
    if noun.lower_ in ("two", "three") and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return True  # "The three said they were ready": the sides just named
    counted = any(
        (c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both")
        or (c.dep_ == "nummod" and c.lower_ in ("two", "three"))
        for c in noun.children
    )
    return counted and noun.lemma_.lower() in SIDES


def possessive_antecedent(context: ArticleContext, index: int, pronoun: Token) -> Token | None:
    """ "its" or "their": the subject of its clause when that is a country or body ("Turkey, in talks with Ukraine
    and Russia, indicated its openness"), else the nearest one named before it ("Zelensky thanked France for its
    readiness"); a person is "his" or "her"."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "their"):
        return None
    parse = context.parses[index]

    def body(word: Token) -> bool:
        if _posting(word):  # "Rome's envoy to NATO said its troops ...": where the office is, not whose it is
            return False
        named = [m for m in parse.mentions if m.actor and _covers(parse, m.start, m.end, word.idx)]
        # "the coalition of the willing, saying its plans": a body named by common nouns is one too
        return word.pos_ in ("PROPN", "NOUN") and bool(named) and all(m.kind != "person" for m in named)

    credited = syntax.credited_for(pronoun.head)  # "Kyiv thanked Norway for its offer": Norway's
    if credited is not None and body(credited):
        return credited
    subject = syntax.subject_of(pronoun.head)
    clause = next((w for w in pronoun.ancestors if w.pos_ in ("VERB", "AUX")), None)
    if subject is None and clause is not None and syntax.marked_participle(clause):
        subject = syntax.subject_of(clause.head)  # "..., while repeating its rejection": the one repeating it
    if subject is None or subject.i > pronoun.i:
        # "Italy told France that its troops would not go", "Spain, a close ally of Germany, said its soldiers ...":
        # the side speaking, not the one named last before "its"
        speaking = _speaking_side(context, pronoun)
        return (
            speaking
            if speaking is not None and body(speaking)
            else next((w for w in reversed(pronoun.doc[: pronoun.i]) if body(w)), None)
        )
    if body(subject):
        return subject
    # "The Kremlin signalled that it could ..., while repeating its ...": the one "it" stands for
    reported = subject.lower_ in ("it", "they") and subject.head.dep_ == "ccomp"
    framing = syntax.subject_of(subject.head.head) if reported else None
    if framing is not None and body(framing):
        return framing
    return next((w for w in reversed(pronoun.doc[subject.i : pronoun.i]) if body(w)), None)


def _speaking_side(context: ArticleContext, pronoun: Token) -> Token | None:
    """The side whose speech verb reports the clause a pronoun stands in: the verb's subject, or the side owning it
    ("Italy's prime minister ... said its troops")."""
    speaker = frame_subject(context, pronoun.head)
    if speaker is None or speaker.i > pronoun.i:
        return None
    if speaker.lemma_.lower() in ROLE_NOUNS:
        return syntax.possessor_of(speaker) or speaker
    return speaker


def _posting(word: Token) -> bool:
    """ "the envoy to NATO", "the ambassador in Tokyo": the place an office is posted to."""
    preposition = word.head if word.dep_ == "pobj" else None
    return (
        preposition is not None
        and preposition.lower_ in ("to", "in", "at")
        and preposition.head.lemma_.lower() in ROLE_NOUNS
    )


def _covers(parse: SentenceParse, start: int, end: int, char: int) -> bool:
    return parse.tokens[start].start <= char < parse.tokens[end - 1].end


def _extraposed(subject: Token) -> bool:
    """ "It is too early to say", "it was premature to discuss": an "it" standing for the clause that follows."""
    verb = subject.head
    said = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    return (
        subject.lower_ == "it"
        and syntax.extraposing(verb)
        and not any(w.lemma_.lower() in WILLING for w in said)  # "it is prepared to send troops": "it" is a side
        and any(c.dep_ in ("xcomp", "ccomp") for w in (verb, *said) for c in w.children)
    )


def _clause_before_colon(verb: Token, pronoun: Token) -> Token | None:
    """The clause the parser hung under a verb, before a colon that comes before the verb's subject."""
    colons = [t for t in verb.doc[: pronoun.i] if t.text == ":" and t.head == verb]
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and colons and c.i < colons[-1].i]
    return clauses[-1] if clauses else None


def _conjoined_subject(pronoun: Token) -> Token | None:
    """The named subject of the clause a pronoun's clause is coordinated with, describes a word of, or follows as
    its main clause: the nearest antecedent there is."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj":
        return None
    opening = next((c for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i), None)
    if verb.dep_ in ("relcl", "acl"):  # "Italy had doubts about a deal, which it conditioned on ...": the main
        # clause's ("Britain has named the brigade that it will deploy": the subject of the verb taking the noun)
        earlier = syntax.subject_of(verb.head.head if verb.head.dep_ == "dobj" else verb.head)
    elif verb.dep_ == "conj":
        earlier = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    elif opening is not None:  # "Although Germany backs the guarantees, it will not send troops"
        earlier = next((c for c in opening.children if c.dep_ == "nsubj"), None)
    elif verb.dep_ == "advcl" and verb.i > verb.head.i:  # "Poland backs the force although it will not send troops"
        earlier = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    elif (before_colon := _clause_before_colon(verb, pronoun)) is not None:
        # "Britain's commitment is the clearest: it has earmarked a brigade": the side the clause before is about
        earlier = next((c for c in before_colon.children if c.dep_ == "nsubj"), None)
        owner = next((c for c in earlier.children if c.dep_ == "poss"), None) if earlier is not None else None
        earlier = owner if owner is not None and owner.pos_ == "PROPN" else earlier
    elif (
        verb.dep_ == "ccomp" and (outer := syntax.subject_of(verb.head)) is not None and outer.lower_ == pronoun.lower_
    ):
        return _conjoined_subject(outer)  # "If Europe is serious, it should say what it will send": the same "it"
    else:
        return None
    if earlier is None:
        return None
    unnamed = earlier.lemma_.lower() in PARTIES and earlier.tag_ == "NNS"  # "partners"
    # "The German government is cautious, but it will contribute": a side's own government, named by its people
    governing = earlier.lemma_.lower() in OWN_SIDE
    governing = governing and any(c.dep_ in ("amod", "compound", "poss") for c in earlier.children)
    if not (earlier.pos_ == "PROPN" or _counted_sides(earlier) or unnamed or governing):
        return None
    several = bool(earlier.conjuncts) or _counted_sides(earlier) or earlier.tag_ in ("NNPS", "NNS")
    plural = pronoun.lower_ in ("they", "their", "them")
    return earlier if several == plural else None  # "Trump won't provide the guarantees they sought": not Trump


def _stands_for_a_thing(context: ArticleContext, index: int, pronoun: Token) -> bool:
    """Whether "it" opens a clause giving a reason about a thing the main clause is about ("the plan was
    unacceptable because it provided for ..."), or one coordinated with a clause about a thing, which it then
    stands for."""
    verb = pronoun.head
    linked = verb.lemma_.lower() in LINKING  # (not "Moscow's position had not changed and it opposed ...": Moscow)
    if pronoun.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "conj" and verb.head.i < pronoun.i and linked:
        # "Germany's hesitation is understandable, but it is a mistake": the hesitation, whoever's it is
        earlier = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return earlier is not None and earlier.tag_ == "NN" and earlier.lemma_.lower() not in THINGS_THAT_ACT
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or pronoun.i > verb.i:
        return False
    earlier = syntax.subject_of(verb.head)
    return earlier is not None and earlier.tag_ == "NN" and not named_holders(context, index, [earlier], None)


def _deciding_side(context: ArticleContext, index: int, decision: Token, frame: Speaker | None) -> list[Holder]:
    """The side named in the "whether" clause a decision is about: whose decision it is."""
    for word in decision.head.subtree if decision.dep_ == "nsubjpass" else decision.subtree:
        if word.dep_ == "mark" and word.lower_ in ("whether", "if"):
            subject = syntax.subject_of(word.head)
            return named_holders(context, index, syntax.group(subject), frame) if subject is not None else []
    return []


def _coordinated_judge(context: ArticleContext, index: int, head: Token) -> list[Holder]:
    """ "Russia has no objection to the EU, but NATO membership is a red line": a judgement of a thing in a clause
    coordinated with one whose subject is a side is that side's."""
    clause = head.head if head.dep_ in ("acomp", "attr", "prep") else head  # "is out of the question"
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in clause.children)
    if clause.dep_ != "conj" or not own_subject:
        return []
    subject = syntax.subject_of(clause.head)
    if subject is None or subject.lemma_.lower() in TROOP_NOUNS:
        return []
    return named_holders(context, index, syntax.group(subject), None)


def _speaker_holders(
    context: ArticleContext,
    index: int,
    head: Token,
    frame: Speaker | None,
    *,
    opinion: bool = False,
) -> list[Holder]:
    """Whoever speaks the clause; the outlet whose opinion the article relays only where a topic is the subject."""
    quoted = context.quote_speaker(index, head.idx)
    if quoted and quoted.actor:
        return _from_speaker(quoted, "stated")
    group = _framing_group(context, index, head)  # "they said": no one speaker, the sides named before
    if group:  # "Paris and London say the force is essential", "Both countries say ...": each of them
        return group
    if frame and frame.actor:
        return _from_speaker(frame, "stated")
    if opinion and context.opinion_outlet and not quoted:
        return [Holder(context.opinion_outlet, confidence="opinion", words=context.opinion_outlet)]
    return []


def _own_troops_sent_by_us(context: ArticleContext, index: int, we: Token) -> str | None:
    """The one side that the troops "we" send or keep back belong to, named by their nationality."""
    verbs = [we.head]  # "we are not going to put", "we will send": the verb and those it takes as its own
    while (following := next((c for c in verbs[-1].children if c.dep_ == "xcomp"), None)) is not None:
        verbs.append(following)
    sending = [v for v in verbs if v.lemma_.lower() in SENDING_VERBS]
    troops = [t for v in sending for t in v.children if t.lemma_.lower() in TROOP_NOUNS and t.dep_ == "dobj"]
    owners = {a for t in troops for a in actors_owning(context, index, t)}
    return next(iter(owners)) if len(owners) == 1 else None


def _from_speaker(speaker: Speaker | None, confidence: Confidence) -> list[Holder]:
    if speaker is None or not speaker.actor:
        return []
    return [Holder(speaker.actor, speaker.name, None, confidence, speaker.name or speaker.actor)]


def _role(noun: Token) -> bool:
    """ "the prime minister", "the chancellor": an office named without its holder's name."""
    return (
        noun.lemma_.lower() in ROLE_NOUNS
        and any(d.lower_ == "the" for d in noun.children if d.dep_ == "det")
        and not any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in noun.children)
    )


def _office_holder(context: ArticleContext, index: int, office: Token) -> list[Holder]:
    """The last person named with this title before ("Prime Minister Anthony Albanese ... the prime minister")."""
    title = [t.lower_ for t in office.subtree if t.dep_ == "compound"] + [office.lower_]
    named = context.last_titled(index, local_token(context, index, office.idx), title)
    return [Holder(named.actor, named.name, None, "inferred", office.text)] if named and named.actor else []


def _side_named_before(context: ArticleContext, index: int, noun: Token) -> list[Holder]:
    """ "Norway discussed the force. The country is ready to ...": with nobody speaking the clause, "the country" is
    the side the sentence before was about, else the side of the last person named before it ("This was stated by
    Foreign Minister X. However, the country intends to ...")."""
    if not any(d.lower_ == "the" for d in noun.children if d.dep_ == "det"):
        return []
    side = context.previous_side(index)  # ("Merz spoke. Washington's position has shifted. The administration ...")
    if side and side.actor:
        return [Holder(side.actor, None, None, "inferred", noun.text)]
    named = context.last_person(index, local_token(context, index, noun.idx))
    return [Holder(named.actor, named.name, None, "inferred", noun.text)] if named and named.actor else []


def _one_member(noun: Token) -> bool:
    """ "Turkey ... The NATO member has offered to": one member of the group named, a side named before (not the
    group, nor "the NATO members", all of them)."""
    named = any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in noun.children)
    the = any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)
    return noun.lemma_.lower() in ("member", "ally") and noun.tag_ == "NN" and named and the


def own_side(noun: Token) -> bool:
    """ "his country", "the government": the side of whoever speaks (not "26 nations")."""
    return (
        noun.lemma_.lower() in OWN_SIDE
        and noun.tag_ in ("NN", "NNP")  # not "26 nations"; "the Government" too
        and any(d.lower_ in OWN_DETERMINERS for d in noun.children if d.dep_ in ("det", "poss"))
    )


def _regions_named(context: ArticleContext, noun: Token) -> list[Group]:
    """The regions a word names ("Europe")."""
    return [r for r in context.lexicon.lexicon.regions if noun.text in r.names]


def _region_of_speaker(
    context: ArticleContext, index: int, subject: Token, head: Token, frame: Speaker | None
) -> list[Holder]:
    """The speaker, when the subject names a region the speaker's side belongs to ("Europe", said by Macron)."""
    named = _regions_named(context, subject)
    speakers = _speaker_holders(context, index, head, frame) if named else []
    return [replace(h, region=True) for h in speakers if any(h.actor in r.members for r in named)]


def _judged_by_another(context: ArticleContext, index: int, part: Token, frame: Speaker | None) -> bool:
    """Whether a side's part ("Japanese involvement") is spoken of by a speaker of another side."""
    return frame is not None and frame.actor is not None and frame.actor not in actors_owning(context, index, part)


def _own_troops_sent(
    context: ArticleContext, index: int, head: Token, subject: Token, frame: Speaker | None
) -> list[Holder]:
    """The side whose own troops a passive sending verb sends, named by its people ("American troops will not be
    deployed"), where no side frames the clause (an unnamed official may)."""
    if (
        (frame is not None and frame.actor is not None)
        or head.lemma_.lower() not in SENDING_VERBS
        or subject.lemma_.lower() not in TROOP_NOUNS
    ):
        return []
    parse = context.parses[index]
    phrase = syntax.noun_phrase(subject)
    owners = {
        t.actor for t in parse.topics if t.actor and phrase.start_char <= parse.tokens[t.start].start < phrase.end_char
    }
    return [Holder(actor, None, None, "stated", phrase.text) for actor in sorted(owners)]


def _topic_head(context: ArticleContext, index: int, noun: Token) -> bool:
    """Whether a noun is the head word of a topic phrase ("backstop" in "a US so-called backstop"); the members of a
    group named in one ("members of the coalition of the willing") are sides, not a thing."""
    parse = context.parses[index]
    lemma = noun.lemma_.lower()
    if lemma in PARTIES or (noun.tag_ == "NNPS" and lemma.removesuffix("s") in PARTIES):  # "Members of", capitalised
        return False
    return any(_covers(parse, t.start, t.end, noun.idx) for t in parse.topics) and noun.pos_ in ("NOUN", "PROPN")


def topic_within(context: ArticleContext, index: int, start: int, end: int) -> bool:
    """Whether a topic phrase starts between the characters `start` and `end` of the sentence."""
    parse = context.parses[index]
    return any(start <= parse.tokens[t.start].start < end for t in parse.topics)


def topic_in(context: ArticleContext, index: int, noun: Token) -> bool:
    """Whether a topic phrase starts within a word's phrase (its whole subtree)."""
    return topic_within(context, index, noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge))


def names_a_topic(context: ArticleContext, index: int, noun: Token) -> bool:
    """Whether a subject is itself a topic ("European troops would be unacceptable") or points to one."""
    if topic_in(context, index, noun):
        return True
    if syntax.sends_troops(noun):  # "sending Italian soldiers is not on the table"
        return True
    if any(t.dep_ == "pobj" and t.lemma_.lower() in TROOP_NOUNS for t in noun.subtree):
        return True  # "talk of German troops is premature"
    return noun.lemma_.lower() in ANAPHORA or noun.lower_ in POINTERS
