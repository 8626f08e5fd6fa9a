"""Splitting paragraphs into sentences without breaking "U.S.", "Feb. 19", initials or a quotation."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from bot.model import Sentence

# A candidate end: sentence punctuation, any closing quotes or brackets, then a space. Taken only from the start
# of a run of punctuation: started anywhere in a long run ("!!!…x"), the search was quadratic (minutes for 100 KB).
CANDIDATE = re.compile(r"(?<![.!?…])[.!?…]+[”\"’'»)\]]*(?= )")
OPENERS = "“\"‘'«(["
PAIRS = {"“": "”", "«": "»"}
STRAIGHT = '"'
QUOTE_MARKS = re.compile('[“”«»"]')
MAX_QUOTE_CHARS = 1200  # a "quotation" longer than this is an unclosed mark, not a speech
MAX_SENTENCE_CHARS = 1500  # longer runs (lists, hostile text) are cut at a space so answers stay readable


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, so that long lists stay readable."""
    return frozenset(text.split())


# Words that never end a sentence when followed by a full stop: titles before a name.
TITLES = _words(
    "mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev hon pres st mt ft messrs mme "
    "mlle supt insp amb"
)
# Abbreviations followed by a number: "No. 10", "Feb. 19, 2025", "Art. 5" (before a word, a sentence ends).
BEFORE_NUMBER = _words("no nos art arts vol p pp fig ch sec para jan feb mar apr jun jul aug sep sept oct nov dec")
# Abbreviations that may end a sentence: a boundary only when the next word plainly starts one.
MAY_END = _words("etc inc ltd corp co jr sr vs approx cf al") | BEFORE_NUMBER
SENTENCE_STARTERS = _words(
    "a an and as at but by during for from he her his however i if in it its meanwhile moreover "
    "nevertheless on one our she since so some that the their there these they this those to under we "
    "what when while with yet"
)
# A link to another story glued to the paragraph's last sentence by a scrape ("... guarantees.Read also: Ten
# countries ready to send troops"): that story's headline is no text of this article.
TEASER = re.compile(r"(?<=[.!?”\"])\s*(?:read|see) (?:also|more)\s?:", re.IGNORECASE)
DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")  # "U.S", "e.g", "J.D" (the final full stop is the candidate)


def split_sentences(paragraphs: Iterable[str]) -> tuple[Sentence, ...]:
    """Sentences of the body in reading order, numbered across the article and by paragraph."""
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(paragraphs):
        for text in split_paragraph(paragraph):
            sentences.append(Sentence(len(sentences), paragraph_index, text))
    return tuple(sentences)


def split_paragraph(paragraph: str) -> Iterator[str]:
    """The sentences of one paragraph (single-spaced text)."""
    teaser = TEASER.search(paragraph)
    paragraph = paragraph[: teaser.start()] if teaser else paragraph
    quotes = _quote_spans(paragraph)
    starts = [start for start, _ in quotes]
    begin = 0
    for match in CANDIDATE.finditer(paragraph):
        end = match.end()
        if _inside_quote(quotes, starts, end) or not _is_boundary(paragraph, match):
            continue
        yield from _cut(paragraph[begin:end].strip())
        begin = end + 1
    yield from _cut(paragraph[begin:].strip())


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    """Whether a candidate end (punctuation, then a space) really ends a sentence."""
    following = text[match.end() + 1 : match.end() + 40]
    first = following.lstrip(OPENERS)[:1]
    if not (first.isupper() or first.isdigit() or (first and following[:1] in OPENERS)):
        return False  # a sentence starts with a capital, a number or a quotation
    if match.group().rstrip("”\"’'»)]") != ".":
        return True  # "?", "!", "…" and "..." end a sentence before a capital
    word = text[text.rfind(" ", 0, match.start()) + 1 : match.start()].lstrip(OPENERS)
    key = word.lower()
    next_word = following.split(" ", 1)[0].strip(OPENERS).lower()
    if match.group() != "." and key not in MAY_END:
        return True  # a closing quote or bracket after the full stop: "… unacceptable.” With"
    if key in TITLES or (len(word) == 1 and word.isupper()):
        return False  # "Gen. Smith", "J. D. Vance"
    if key in BEFORE_NUMBER:
        return not first.isdigit()  # "Feb. 19", "No. 10" run on; "... mean sending troops? No. Germany signed" ends
    if key in MAY_END or DOTTED.match(word):
        return next_word in SENTENCE_STARTERS  # "U.S. forces" runs on; "… the U.S. The plan" ends
    return True


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each closed quotation; an unclosed mark quotes nothing."""
    spans: list[tuple[int, int]] = []
    opened_at, closer = -1, ""
    for mark in QUOTE_MARKS.finditer(text):
        index, char = mark.start(), mark.group()
        if opened_at < 0 and (char in PAIRS or char == STRAIGHT):
            opened_at, closer = index, PAIRS.get(char, STRAIGHT)
        elif opened_at >= 0 and char == closer:
            if index - opened_at <= MAX_QUOTE_CHARS:
                spans.append((opened_at, index + 1))
            opened_at = -1
    return spans


def _inside_quote(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    at = bisect_right(starts, position) - 1
    return at >= 0 and spans[at][0] < position < spans[at][1]


def _cut(sentence: str) -> Iterator[str]:
    """A sentence as it is, or cut at spaces into readable pieces when it is abnormally long."""
    while len(sentence) > MAX_SENTENCE_CHARS:
        cut = sentence.rfind(" ", 0, MAX_SENTENCE_CHARS)
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS
        yield sentence[:cut].strip()
        sentence = sentence[cut:].strip()
    if sentence:
        yield sentence
