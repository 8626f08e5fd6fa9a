"""Direct quotations and who said them.

A quotation is found across the sentences of its paragraph (the parser may split it), and is kept
once for each sentence it touches, so that a search hit on any of them finds the speaker. The
speaker comes from the attribution after the quote ("...,” Trump stated", "..., said Camille Grand"),
else from the speech verb before it ("the top diplomat said the guarantees “must ..."), else from
the quotation just before in the same paragraph; "he", "she" and "the minister" are the last person named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import groupby

from bot.analysis.clauses import Grammar
from bot.analysis.context import ArticleContext, Speaker, speaker_of, speaker_of_frame
from bot.analysis.cues import cue_span
from bot.analysis.frames import frame_of
from bot.analysis.holders import POINTERS
from bot.model import Quote

CLOSERS = {"“": "”", "«": "»", "„": "“”", '"': '"”'}  # mixed typing: "...” closes too
OPENERS = re.compile('[“«„"‘]')
SINGLE_CLOSER = re.compile(r"’(?![A-Za-z])")  # a closing single quote, not the apostrophe of "Ukraine’s"
MIN_WORDS = 3
MAX_NAME_WORDS = 6  # words before a colon that can name the speaker of the quotation after it
QUOTE_NORMS = frozenset('"“”„«»ʺ')
NEAR_COLON = 12  # the same when a colon opens the quotation
OPENING_WORDS = 4  # a person named within these first words of a sentence is what it is about
NEAR_VERB = 6  # words allowed between a speech verb and its quotation ("said the reported measures “are...")
NEAR_APPOSITION = 12  # the same when a name and its apposition stand between them
REPEAT_OPENING_WORDS = 6  # words that must open both printings of a quotation
QUESTION = re.compile(r"(?:Q|Question)\s*:\s|Q\.\s")  # an interview's question, and its answer ("Q:", "Q.")
ANSWER = re.compile(r"(?:A|Answer)\s*:\s+|A\.\s+")
MIN_QUESTIONS = 2  # an unlabelled interview asks at least this many questions
INTERVIEW_WORDS = ("interview", "spoke to us", "talked to us", "sat down with", "spoke with us", "talked with us")
NEW_CLAUSE = frozenset({"as", "while", "when", "whereas", "because", "since", "although", "though", "after", "but"})


def find_quotes(context: ArticleContext, grammars: list[Grammar]) -> list[Quote]:
    """Every quotation of at least three words, once per sentence it touches; records spans on the context. In an
    interview printed as questions and answers, each answer is a quotation of the one interviewed."""
    quotes: list[Quote] = []
    indexes = range(len(context.parses))
    ended_quoting: Speaker | None = None  # who spoke the last quotation of the paragraph before
    interviewee = _interviewee(context)
    unlabelled, answering = _unlabelled_answers(context) if interviewee is None else (set(), None)
    for paragraph, group in groupby(indexes, key=lambda i: context.parses[i].paragraph):
        members = list(group)
        text, offsets = _join(context, members)
        previous: Speaker | None = None
        answer = ANSWER.match(text) if interviewee is not None else None
        # where an answer starts: after its "A:", or at its paragraph's start when the interview prints no labels
        opening = answer.end() if answer else 0 if paragraph in unlabelled else None
        labelled = _labelled_answer(context, members[0], len(text)) if opening is None else None
        spans = [(opening, len(text))] if opening is not None else [labelled[0]] if labelled else _quotations(text)
        spans = [(s, e) for s, e in spans if _quotable(context, text[s:e])]
        for start, end in spans:
            speaker = (interviewee or answering) if opening is not None else labelled[1] if labelled else None
            speaker = speaker or _attribution(context, grammars, offsets, start, end) or previous
            if speaker is None and start <= 1:  # a paragraph that opens a quotation goes on with the last speaker
                speaker = ended_quoting
            if speaker is None:
                speaker = _introduced(context, text, offsets, start)
            previous = speaker
            for index, offset in offsets:
                sentence = context.parses[index]
                lo, hi = max(start, offset), min(end, offset + len(sentence.text))
                piece = text[lo:hi].strip(" ,")
                if lo >= hi or not piece.strip(" .,;:!?"):
                    continue
                context.quotes.setdefault(index, []).append((lo - offset, hi - offset, speaker or Speaker(None, None)))
                quotes.append(
                    Quote(
                        sentence=sentence.position,
                        text=piece,
                        speaker=speaker.name if speaker else None,
                        actor=speaker.actor if speaker else None,
                        speaker_is_person=speaker.person if speaker else False,
                    )
                )
        ended_quoting = previous if spans else None
    return _with_speakers_of_repeats(quotes)


def _interviewee(context: ArticleContext) -> Speaker | None:
    """The one interviewed, when the article prints questions and answers ("Q: ..." / "A: ..."): the first person
    named before the first question, else an office opening a sentence there ("The Finnish foreign minister spoke
    to ...")."""
    parses = context.parses
    first_question = next((i for i, p in enumerate(parses) if QUESTION.match(p.text)), None)
    if first_question is None or not any(ANSWER.match(p.text) for p in parses[first_question:]):
        return None
    named = next((n for n in context.people if n.sentence < first_question), None)
    if named is not None:
        return named.speaker
    offices = (context.opening_office(i) for i in range(first_question))
    return next((office for office in offices if office is not None), None)


def _unlabelled_answers(context: ArticleContext) -> tuple[set[int], Speaker | None]:
    """An interview printed as questions and answers with no "Q:" or "A:" ("Radoslaw Sikorski spoke to us. / You
    have ruled out troops. Why? / Poland has the longest border ..."): the paragraphs after its first question that
    ask nothing and quote no one, each the interviewee's words, and who that is. An article says it is an interview
    before its first question, and asks at least two."""
    parses = context.parses
    last = {p.paragraph: p for p in parses}  # a paragraph asks when its last sentence does ("... troops. Why?")
    asking = {paragraph for paragraph, p in last.items() if p.text.rstrip(' "”’').endswith("?")}
    first = next((i for i, p in enumerate(parses) if p.paragraph in asking), None)
    if first is None or len(asking) < MIN_QUESTIONS:
        return set(), None
    intro = " ".join(p.text.lower() for p in parses[:first])
    named = next((n for n in context.people if n.sentence < first and n.actor), None)
    if named is None or not any(words in intro for words in INTERVIEW_WORDS):
        return set(), None
    quoting = {p.paragraph for p in parses if QUOTE_NORMS & set(p.text)}
    answers = {p.paragraph for p in parses[first:]} - asking - quoting
    return answers, named.speaker


def _labelled_answer(context: ArticleContext, index: int, end: int) -> tuple[tuple[int, int], Speaker] | None:
    """A transcript's answer: a paragraph that opens with a person's name and a colon, no quotation mark after it
    ("Peskov: We have said ..."), is that person's words to the paragraph's end. A country before a colon
    ("Poland: Warsaw has ruled out ...") heads an explainer's entry, not a quotation."""
    parse = context.parses[index]
    colon = next((k for k, n in enumerate(parse.norms[: MAX_NAME_WORDS + 1]) if n == ":"), None)
    if colon is None or colon + 1 >= len(parse.tokens) or parse.tokens[colon + 1].quote_before:
        return None
    if not any(p.start < colon for p in parse.people):
        return None
    speaker = speaker_of(context, index, 0, colon)
    if speaker is None or not speaker.person:
        return None
    return (parse.tokens[colon + 1].start, end), speaker


def _with_speakers_of_repeats(quotes: list[Quote]) -> list[Quote]:
    """A quotation printed without its speaker (a standfirst, a pull quote) that the story quotes again with one
    is that speaker's."""
    spoken = [q for q in quotes if q.speaker]
    out = []
    for quote in quotes:
        again = None if quote.speaker else next((q for q in spoken if _same_words(quote.text, q.text)), None)
        out.append(
            quote
            if again is None
            else replace(quote, speaker=again.speaker, actor=again.actor, speaker_is_person=again.speaker_is_person)
        )
    return out


def _same_words(a: str, b: str) -> bool:
    """Two printings of one quotation: the shorter's opening words open the longer (an editor may shorten
    it or change a word further on)."""
    first, second = (a.split(), b.split()) if len(a) <= len(b) else (b.split(), a.split())
    opening = min(len(first), REPEAT_OPENING_WORDS)
    return opening >= MIN_WORDS and [w.lower() for w in first[:opening]] == [w.lower() for w in second[:opening]]


def _introduced(context: ArticleContext, text: str, offsets: list[tuple[int, int]], start: int) -> Speaker | None:
    """ "X voiced the need for clarity. “What is the mission ...”": a quotation that opens a sentence with no
    speech verb anywhere near is spoken by the person the sentence before was about."""
    before = text[: max(0, start - 1)].rstrip()
    if before and not before.endswith((".", "!", "?")):
        return None
    located = _locate(context, offsets, len(before) - 1) if before else None
    index = located[0] if located is not None else offsets[0][0] - 1  # else the paragraph before's last
    if index < 0:
        return None
    subject = context.previous_subject(index + 1)
    if subject is not None:
        return subject
    opening = next((n for n in context.people if n.sentence == index and n.token <= OPENING_WORDS), None)
    return opening.speaker if opening else None  # the unparsed sentence's opening name


def _quotable(context: ArticleContext, inner: str) -> bool:
    """A quotation of at least three words that is not just a name in quotation marks."""
    inner = inner.strip()
    return len(inner.split()) >= MIN_WORDS and not context.lexicon.names.lookup(inner.strip(" ,."))


def _join(context: ArticleContext, members: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """A paragraph's sentences as one text, with each sentence's offset in it."""
    parts, offsets, at = [], [], 0
    for index in members:
        offsets.append((index, at))
        parts.append(context.parses[index].text)
        at += len(context.parses[index].text) + 1
    return " ".join(parts), offsets


def _quotations(text: str) -> list[tuple[int, int]]:
    """Inner spans of quotations: curly or guillemet pairs, and straight pairs that open after a space."""
    spans: list[tuple[int, int]] = []
    resume = 0
    for opening in OPENERS.finditer(text):
        i, char = opening.start(), opening.group()
        after_space = i == 0 or text[i - 1].isspace() or text[i - 1] in "([:"
        if i < resume or (char in '"‘' and not after_space):
            continue
        if char == "‘":  # single quotes quote only where they open after a space and close before a non-letter
            closing = SINGLE_CLOSER.search(text, i + 1)
            ends = [closing.start()] if closing else []
        else:
            ends = [k for k in (text.find(closer, i + 1) for closer in CLOSERS[char]) if k >= 0]
        if not ends:  # a quotation left open at the end of a paragraph goes on in the next one
            # straight: only one opening the paragraph, or one opening a sentence after balanced ones
            opens_sentence = (
                char == '"' and text[:i].rstrip().endswith((".", "!", "?")) and text[:i].count('"') % 2 == 0
            )
            if (char not in '"‘' or i == 0 or opens_sentence) and len(text) - i > MIN_WORDS:
                spans.append((i + 1, len(text)))
            break
        spans.append((i + 1, min(ends)))
        resume = min(ends) + 1
    return spans


def _attribution(
    context: ArticleContext, grammars: list[Grammar], offsets: list[tuple[int, int]], start: int, end: int
) -> Speaker | None:
    after = _locate(context, offsets, end + 1)
    if after is not None:
        speaker = _speaker_after(context, grammars, *after)
        if speaker:
            return speaker
    before = _locate(context, offsets, start)
    if before is not None:
        return _speaker_before(context, grammars, *before)
    return None


def _locate(context: ArticleContext, offsets: list[tuple[int, int]], char: int) -> tuple[int, int] | None:
    """(sentence index, first token at or after this paragraph character), or None past the paragraph; a
    character past a sentence's last token is the next sentence's first (".” Starmer said.")."""
    for n in range(len(offsets) - 1, -1, -1):
        index, offset = offsets[n]
        if char >= offset:
            tokens = context.parses[index].tokens
            local = char - offset
            token = next((k for k, t in enumerate(tokens) if t.start >= local), len(tokens))
            if token == len(tokens) and n + 1 < len(offsets):
                return offsets[n + 1][0], 0
            return index, token
    return None


def _speaker_after(context: ArticleContext, grammars: list[Grammar], index: int, k: int) -> Speaker | None:
    """ ",” Trump stated", ",” he said", ", said Camille Grand", ", according to the report"."""
    parse = context.parses[index]
    norms = parse.norms
    while k < len(norms) and norms[k] == ",":
        k += 1
    for hit in parse.markers["reporting"]:
        if hit.start == k:
            stop = next((i for i in range(hit.end, len(norms)) if norms[i] in (",", ".", ";", ":")), len(norms))
            return speaker_of(context, index, hit.end, stop)
        near = NEAR_APPOSITION if "," in norms[k : hit.start] else NEAR_VERB  # ",” Lars Holm, Denmark's minister, said"
        if k < hit.start <= k + near and not {".", "?", "!", ";"} & set(norms[k : hit.start]):
            if parse.tokens[hit.start].quote_before or norms[k] in NEW_CLAUSE:
                return None  # ",” as countries like the UK say they are ready": a clause of its own
            if norms[k] in POINTERS:  # "This was posted on X by Admiral Y": the agent, or no one
                by = next((i for i in range(hit.end, min(len(norms), hit.end + NEAR_VERB)) if norms[i] == "by"), None)
                stop = next((i for i in range((by or 0) + 1, len(norms)) if norms[i] in (",", ".", ";")), len(norms))
                return speaker_of(context, index, by + 1, stop) if by is not None else None
            return speaker_of(context, index, k, hit.start)
    return None


def _speaker_before(context: ArticleContext, grammars: list[Grammar], index: int, k: int) -> Speaker | None:
    """ "A White House spokesperson, addressing the situation, said:" just before the quotation."""
    parse = context.parses[index]
    earlier = [
        h for h in parse.markers["reporting"] if h.end <= k and not {"?", "!", ";"} & set(parse.norms[h.end : k])
    ]
    for hit in reversed(earlier):
        near = NEAR_COLON if k > 0 and parse.norms[k - 1] == ":" else NEAR_VERB  # "told reporters in X: “...”"
        if k - hit.end <= near and "." not in parse.norms[hit.end : k]:
            return _framed_in_parse(context, index, k) or speaker_of_frame(context, index, grammars[index], hit)
    heading = _speaker_of_heading(context, index, k)
    if heading is None and earlier:  # "X said last week that Canada was interested in “more ...”": X's words
        return _framed_in_parse(context, index, k) or speaker_of_frame(context, index, grammars[index], earlier[-1])
    return heading


def _framed_in_parse(context: ArticleContext, index: int, k: int) -> Speaker | None:
    """The speaker the parse gives the words at token k ("Germany kept its distance, and Italy's Meloni argued that
    it would be “complex and risky”": Meloni, whose clause the surface reading may take for a list)."""
    doc = context.docs.get(index)
    parse = context.parses[index]
    if doc is None or k >= len(parse.tokens):
        return None
    words = cue_span(parse, doc, k, k + 1)
    speaker = frame_of(context, index, words[0]) if words else None
    return speaker if speaker is not None and speaker.actor else None


def _speaker_of_heading(context: ArticleContext, index: int, k: int) -> Speaker | None:
    """ "Nicusor Dan: “Like we have done so far ...”": a person named just before a colon that opens the quotation."""
    parse = context.parses[index]
    colon = k - 1
    while colon >= 0 and parse.norms[colon] in QUOTE_NORMS:
        colon -= 1
    if colon < 1 or parse.norms[colon] != ":":
        return None
    start = colon
    while start > 0 and parse.norms[start - 1] not in (".", ";", ":", "?", "!") and colon - start < MAX_NAME_WORDS:
        start -= 1
    if not any(start <= p.start < colon for p in parse.people):
        return None
    return speaker_of(context, index, start, colon)
