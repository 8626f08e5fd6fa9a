"""Who speaks a clause: the subject of the speech verb that frames it, "according to X" inside or around it,
or the phrase before a closing speech verb the parser left without a subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.analysis import assertion, syntax
from bot.analysis.context import ROLE_NOUNS, ArticleContext, Speaker, speaker_before, speaker_of
from bot.analysis.tokens import DISSENTERS, FORMER, INDEPENDENT, MOST, PUBLIC, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from bot.analysis.sentence import SentenceParse

LABEL_WORDS = 3  # "Russian Foreign Ministry:": at most this many words of office between a side's name and the colon
VIEWS = word_set(
    "position view stance belief argument insistence assessment line conviction assertion message answer response"
)
OTHER_PARTIES = word_set(
    "ally partner neighbour neighbor critic opponent enemy rival adversary backer supporter counterpart "
    "friend detractor"
)

AT_STAKE = word_set("security safety future sovereignty independence survival territory economy interest interests")


def not_speaking_for(noun: Token) -> bool:
    """ "a former NATO official" no longer speaks for NATO, "an analyst at a Warsaw think tank" never did;
    "Washington's European allies" are not Washington."""
    titled = any(c.dep_ == "compound" and c.lemma_.lower() in ROLE_NOUNS for c in _modifiers(noun))
    # "Czech President Petr Pavel, a former NATO general": a past career beside an office held now
    described = [noun, *(c for c in noun.children if c.dep_ == "appos" and not titled)]
    if any(c.lower_ in FORMER for word in described for c in _modifiers(word)):
        return True  # also "Opposition Leader Peter Dutton": the opposition does not speak for the state
    if any(c.lemma_.lower() in INDEPENDENT for word in described for c in _modifiers(word)):
        return True  # "analyst Ken Tanaka said"
    if any(word.lemma_.lower() in INDEPENDENT | PUBLIC for word in described):
        return True
    if noun.tag_ == "NNPS" and any(c.dep_ in ("amod", "det", "compound") and c.lower_ in MOST for c in noun.children):
        return True  # "most Ukrainians", "many Germans": a public
    placed = any(c.dep_ == "prep" and c.lower_ in ("in", "within") for c in noun.children)
    if noun.tag_ == "NNS" and noun.lemma_.lower() in DISSENTERS and placed:
        return True  # "critics in Berlin argue ...": people there, not the government
    # "Washington's allies", and "Ukraine's security" or "Europe's future": a thing at stake, which holds no view
    return noun.lemma_.lower() in OTHER_PARTIES | AT_STAKE and any(c.dep_ == "poss" for c in noun.children)


def _modifiers(word: Token) -> list[Token]:
    """The words before a noun that describe it, through chains of compounds ("Opposition leader Kemi Badenoch")."""
    out = []
    stack = [c for c in word.children if c.i < word.i]
    while stack:
        child = stack.pop()
        out.append(child)
        if child.dep_ in ("compound", "amod"):
            stack.extend(c for c in child.children if c.i < child.i)
    return out


def voiced_by_no_side(context: ArticleContext, head: Token) -> bool:
    """Whether the clause is reported by someone who speaks for no side ("an analyst said Poland would never send
    troops", "a former general said ..."): a view or a forecast, not a side's stance."""
    verb = next(assertion.speech_frames(head, context.lexicon.is_speech), None)
    subject = _whose_owner(syntax.subject_of(verb), verb) if verb is not None else None
    if subject is None and verb is not None and verb.i > 0 and verb.doc[verb.i - 1].pos_ == "PROPN":
        subject = verb.doc[verb.i - 1]  # "..., Former Prime Minister Luis Marin said", the name hung elsewhere
    return subject is not None and not_speaking_for(subject) and subject.lemma_.lower() not in OTHER_PARTIES


def frame_of(context: ArticleContext, index: int, head: Token) -> Speaker | None:
    """Who speaks the clause: "according to X" inside the reported clause, the subject of the speech verb
    that frames it, or "according to X" around it."""
    verbs = list(assertion.speech_frames(head, context.lexicon.is_speech)) or _said_aside(context, head)
    source = assertion.according_to(head)
    if source is not None and verbs and _inside(source, verbs[0]):  # "X wrote: according to Y's plan, ..."
        return according_speaker(context, index, source)
    for k, verb in enumerate(verbs):
        subject = _whose_owner(syntax.subject_of(verb), verb)
        if subject is not None and not_speaking_for(subject):
            return None
        if subject is None and verb.i > head.i:
            return speaker_before(context, index, local_token(context, index, verb.idx))
        if subject is not None:
            speaker = _phrase_speaker(context, index, subject, subject)
            if speaker:
                # "Trump said Putin had told him Russia would accept ...": the outer speaker passes it on
                return _passed_on_by(context, index, verbs[k + 1 :], speaker) or speaker
    if source is not None:
        return according_speaker(context, index, source)
    return (
        _view_holder(context, index, head) or _view_spelled_out(context, index, head) or _labelled(context, index, head)
    )


def _passed_on_by(context: ArticleContext, index: int, outer: list[Token], inner: Speaker) -> Speaker | None:
    """The speaker of a frame around another ("Trump said Putin had told him ..."), when of another side (not a
    verb reporting a clause of its own besides: "Copenhagen said it was ready, Oslo said it needed time")."""
    for verb in outer:
        if sum(c.dep_ == "ccomp" for c in verb.children) > 1:
            return None
        subject = syntax.subject_of(verb)
        speaker = _phrase_speaker(context, index, subject, subject) if subject is not None else None
        if speaker and speaker.actor:  # (an outlet reporting is the article's own frame)
            passes_on = inner.actor and speaker.actor != inner.actor and not speaker.actor.startswith("outlet:")
            return speaker if passes_on else None
    return None


def _labelled(context: ArticleContext, index: int, head: Token) -> Speaker | None:
    """ "Turkey: ready to lead the naval component", "Russian Foreign Ministry: any foreign contingent will be a
    target": a line that opens with a side's name (and the office after it) and a colon speaks for that side, in
    the words after the colon."""
    parse = context.parses[index]
    label = next((m for m in parse.mentions if m.actor), None)
    if label is None or any(t.norm.isalnum() for t in parse.tokens[: label.start]):
        return None  # "Merz said Germany: ..." opens with other words
    colon = next(
        (k for k in range(label.end, min(label.end + LABEL_WORDS + 1, len(parse.norms))) if parse.norms[k] == ":"), None
    )
    if colon is None and _dash_after(parse, label.end) and not parse.tokens[label.start].text.isupper():
        # "Turkey - Offers to lead ...": a dash right after a name in its own case (not a dateline's "KYIV -")
        after = head.idx >= parse.tokens[label.end].start
        return Speaker(parse.words(label.start, label.end), label.actor) if after else None
    office = colon is not None and all(t.text[:1].isupper() for t in parse.tokens[label.end : colon])
    if colon is None or not office or head.idx < parse.tokens[colon].start:
        return None
    return Speaker(parse.words(label.start, colon), label.actor)


def _dash_after(parse: SentenceParse, end: int) -> bool:
    """Whether a dash stands between the token before `end` and the one at it (tokens leave dashes out)."""
    if end >= len(parse.tokens):
        return False
    gap = parse.text[parse.tokens[end - 1].end : parse.tokens[end].start]
    return any(dash in gap for dash in ("-", "–", "—"))


def _said_aside(context: ArticleContext, head: Token) -> list[Token]:
    """ "Estonia could send troops, its minister said, and Latvia ...", "Sending troops, Tusk said, was not on the
    agenda": a speech verb the parser hung beside the clause it reports, after the cue or set inside the clause
    between commas."""
    return [
        c
        for w in assertion.ancestors_and_self(head)
        for c in w.children
        if c.dep_ == "parataxis" and (c.i > head.i or _set_between_commas(c)) and context.lexicon.is_speech(c)
    ][:1]


def _set_between_commas(verb: Token) -> bool:
    """ "The force, Macron said, would be ready": a speech verb set inside the clause it reports."""
    doc, first, last = verb.doc, verb.left_edge.i, verb.right_edge.i
    opened = doc[first].lower_ == "," or (first > verb.sent.start and doc[first - 1].lower_ == ",")
    closed = doc[last].lower_ == "," or (last + 1 < verb.sent.end and doc[last + 1].lower_ == ",")
    return opened and closed


def _view_holder(context: ArticleContext, index: int, head: Token) -> Speaker | None:
    """ "Moscow's position that NATO troops are unacceptable", "reiterated the view that ...": whose position the
    clause states (its owner, else whoever holds or states it)."""
    for word in assertion.ancestors_and_self(head):
        view = word.head
        if word.dep_ != "acl" or view.lemma_.lower() not in VIEWS:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in word.children):
            return None
        owner = _view_owner(view) or syntax.subject_of(view)
        return speaker_at(context, index, syntax.noun_phrase(owner)) if owner is not None else None
    return None


def _view_spelled_out(context: ArticleContext, index: int, head: Token) -> Speaker | None:
    """ "Moscow's position is well known: it rejects any Western troops": a colon spells out the view named before
    it, which is its owner's (the parser hangs the clause naming the view below the one after the colon)."""
    top = next(w for w in assertion.ancestors_and_self(head) if w.head == w)
    for clause in top.children:
        if clause.dep_ != "ccomp" or not any(t.lower_ == ":" for t in head.doc[clause.i : head.i]):
            continue
        view = syntax.subject_of(clause)
        owner = _view_owner(view) if view is not None and view.lemma_.lower() in VIEWS else None
        return speaker_at(context, index, syntax.noun_phrase(owner)) if owner is not None else None
    return None


def _view_owner(view: Token) -> Token | None:
    """ "Moscow's position", "the position of Moscow": whose view it is."""
    return syntax.possessor_of(view) or next(
        (g for p in view.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None
    )


def _whose_owner(subject: Token | None, verb: Token) -> Token | None:
    """ "Frederiksen, whose government has said ...": the government of the one the clause describes; "Canada, which
    has said ...": the one the clause describes."""
    antecedent = syntax.antecedent_of(subject) if subject is not None and verb.dep_ == "relcl" else None
    if antecedent is not None:
        return antecedent
    if subject is None or verb.dep_ != "relcl" or not any(c.lower_ == "whose" for c in subject.children):
        return subject
    return verb.head


def _inside(source: Token, verb: Token) -> bool:
    """Whether "according to X" qualifies a clause below the speech verb, not the verb itself."""
    according = source.head.head
    return according.head != verb and verb.is_ancestor(according) and not _closing(according)


def _closing(according: Token) -> bool:
    """ "X warned that ..., according to a statement": "according to" set off at the sentence's end says who
    reports the whole sentence, wherever the parser hung it."""
    doc, first, last = according.doc, according.left_edge.i, according.right_edge.i
    ends = all(t.is_punct for t in doc[last + 1 : according.sent.end])
    return ends and first > according.sent.start and doc[first - 1].lower_ == ","


def according_speaker(context: ArticleContext, index: int, source: Token) -> Speaker | None:
    """ "according to Reuters"; "according to Starmer's plan": Starmer."""
    owner = next((c for c in source.children if c.dep_ == "poss" and c.pos_ == "PROPN"), source)
    if source.lemma_.lower() in syntax.PROVISIONS:  # "under the plan drafted by Washington"
        return _phrase_speaker(context, index, owner, source)
    return _phrase_speaker(context, index, owner, None)  # not "a report in a Madrid newspaper": Spain's


def _phrase_speaker(context: ArticleContext, index: int, noun: Token, whole: Token | None) -> Speaker | None:
    """Who a noun names as speaker: its own phrase's, else the one actor the whole phrase around `whole` names ("the
    plan drafted by Washington", "a spokesman for the Kremlin"), else the side "its" or "the country's" points to."""
    own = _own_name(context, index, noun) if noun.pos_ == "PROPN" else None
    if own is not None and own.actor and any(c.dep_ == "appos" for c in noun.children):
        return own  # "The Netherlands, Belgium's neighbour, said": not the side its apposition names
    speaker = speaker_at(context, index, syntax.noun_phrase(noun))
    offices = [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("of", "for")
        for g in p.children
        if g.dep_ == "pobj"
    ]  # "the head of the Verkhovna Rada committee", "a spokesman for the Kremlin": not the last person named
    of_sides = {a for g in offices for a in actors_in(context, index, syntax.mentions_span(g))}
    if noun.lemma_.lower() in ROLE_NOUNS and len(of_sides) == 1 and (speaker is None or speaker.actor not in of_sides):
        return Speaker(None, next(iter(of_sides)))
    if speaker and speaker.actor:
        return speaker
    if _named_apart_from_its_clause(context, index, noun):
        return speaker  # "Cyprus, which is not a NATO member, said": not NATO, whoever Cyprus is
    around = actors_in(context, index, syntax.mentions_span(whole)) if whole is not None else []
    # "countries supporting Ukraine said", "the states that back Kyiv said": whom a group backs is not who it is
    groups = [t for t in noun.subtree if t.lemma_.lower() in syntax.GROUPS_OF_SIDES]
    backing = [c for t in groups for c in t.children if c.dep_ in ("acl", "relcl") and not syntax.agent_of(c)]
    backed = {a for c in backing for a in actors_in(context, index, c.doc[c.left_edge.i : c.right_edge.i + 1])}
    around = [a for a in around if a not in backed]
    actors = around or _clause_side(context, index, noun)
    return Speaker(speaker.name if speaker else None, actors[0]) if len(actors) == 1 else speaker


def _named_apart_from_its_clause(context: ArticleContext, index: int, noun: Token) -> bool:
    """A name the lists do not know, of a thing or place ("which", not "who": a person's clause may name the side
    they serve), whose relative clause names a side it is only described by."""
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    which = any(t.lower_ in ("which", "that") and t.i < c.i for c in clauses for t in c.lefts)
    if noun.pos_ != "PROPN" or not which:
        return False
    own = _own_name(context, index, noun)
    return own is None or own.actor is None


def _own_name(context: ArticleContext, index: int, noun: Token) -> Speaker | None:
    """The speaker a name alone gives, without what its phrase adds (an apposition, a clause)."""
    start = min([noun.i, *(c.i for c in noun.lefts if c.dep_ in ("compound", "det", "amod"))])
    return speaker_at(context, index, noun.doc[start : noun.i + 1])


def _clause_side(context: ArticleContext, index: int, office: Token) -> list[str]:
    """ "Belgium could send troops, its defence minister said", "..., according to the country's president": an
    office of the side the reported clause is about, its subject."""
    owner = next((c for c in office.children if c.dep_ == "poss"), None)
    if owner is None or (owner.lower_ not in ("its", "their") and owner.lemma_.lower() not in ("country", "nation")):
        return []
    verb = next((w for w in office.ancestors if w.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.dep_ == "parataxis":  # "Estonia could send troops, its minister said, and ..."
        verb = verb.head
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), verb) if verb is not None else None
    subject = syntax.subject_of(clause) if clause is not None else None
    return actors_in(context, index, syntax.mentions_span(subject)) if subject is not None else []


def frame_subject(context: ArticleContext, word: Token) -> Token | None:
    """The subject of the speech verb nearest above a word ("Poland and Latvia said they ...")."""
    verb = next(assertion.speech_frames(word, context.lexicon.is_speech), None)
    return syntax.subject_of(verb) if verb is not None else None


def speaker_at(context: ArticleContext, index: int, phrase: Span) -> Speaker | None:
    parse = context.parses[index]
    tokens = [k for k, t in enumerate(parse.tokens) if phrase.start_char <= t.start < phrase.end_char]
    if not tokens:
        return None
    return speaker_of(context, index, tokens[0], tokens[-1] + 1)


def actors_in(context: ArticleContext, index: int, span: Span) -> list[str]:
    parse = context.parses[index]
    found = [
        m.actor
        for m in parse.mentions
        if m.actor
        and not m.actor.startswith("outlet:")
        and span.start_char <= parse.tokens[m.start].start < span.end_char
    ]
    return list(dict.fromkeys(found))


def owning_words(noun: Token) -> list[Token]:
    """The words before a noun that may say whose it is ("Danish", "Italy's", "NATO")."""
    return [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]


def actors_owning(context: ArticleContext, index: int, noun: Token) -> set[str]:
    """The actors the words before a noun say it belongs to ("Danish troops", "Italian participation")."""
    return actors_named_by(context, index, owning_words(noun))


def actors_named_by(context: ArticleContext, index: int, words: list[Token]) -> set[str]:
    """The actors these words name, each read alone."""
    return {a for word in words for a in actors_in(context, index, word.doc[word.i : word.i + 1])}


def local_token(context: ArticleContext, index: int, char: int) -> int:
    tokens = context.parses[index].tokens
    return next((k for k, t in enumerate(tokens) if t.start >= char), len(tokens))
