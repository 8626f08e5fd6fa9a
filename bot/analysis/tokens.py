"""Words of a sentence with their character offsets, normalised so that lists and text meet halfway."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Abbreviations with inner dots stay whole ("U.S."); contractions split off ("has" + "n't", "Russia" + "'s").
TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|[nN]['’][tT]\b"
    r"|['’](?:s|S|ll|re|ve|d|m)\b"
    r"|[^\W_]+?(?=[nN]['’][tT]\b)"
    r"|[^\W_]+"
    r"|[^\w\s]"
)
QUOTE_MARKS = frozenset('"“”„‘’«»‹›')
HYPHENS = frozenset("-‐‑")
DASHES = frozenset("–—―")
CONTRACTIONS = {"n't": "not", "'ll": "will", "'re": "are", "'ve": "have", "'m": "am", "'d": "would"}
STEMS = {"ca": "can", "wo": "will", "sha": "shall"}  # "can't", "won't", "shan't"
SPELLING = (
    (re.compile(r"^(defen|offen)se(s?)$"), r"\1ce\2"),
    (re.compile(r"^(\w{2,})iz(e|es|ed|ing|ation|ations)$"), r"\1is\2"),
    (re.compile(r"^(\w{3,})yz(e|es|ed|ing)$"), r"\1ys\2"),
)


class Token(NamedTuple):
    """One word or punctuation mark; `norm` is what lists are matched against."""

    text: str
    norm: str
    start: int
    end: int
    joined: bool = False  # attached to the previous word by a hyphen ("British-French-backed")
    quote_before: bool = False  # a quotation mark opens right before it

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string, for the grammar word lists."""
    return frozenset(text.split())


FORMER = word_set("former ex ex- retired onetime erstwhile opposition")  # no longer (or never) speaks for the state
INDEPENDENT = word_set("analyst expert researcher scholar academic professor commentator observer historian economist")
# a country's people, not its government: "residents of Kyiv", "most Ukrainians", "German voters"
PUBLIC = word_set("resident citizen inhabitant population public voter civilian local taxpayer")
MOST = word_set("most many few some several")  # "most Ukrainians want ...": a public, as a poll would count it


NOT_ADVERBS = word_set(
    "italy family july supply reply apply rally ally assembly anomaly monopoly bully holy jelly belly fly "
    "likely unlikely hardly scarcely"  # the last two negate: "is hardly ready to send troops"
)


def is_adverb(norm: str) -> bool:
    """An -ly adverb ("flatly", "privately"), which may sit inside a cue without changing it."""
    return len(norm) > 4 and norm.endswith("ly") and norm not in NOT_ADVERBS


@lru_cache(maxsize=1 << 16)
def normalise_word(word: str) -> str:
    """Lower case, one apostrophe, contractions spelled out, British spelling (defense -> defence)."""
    word = word.lower().replace("’", "'")
    if word in CONTRACTIONS:
        return CONTRACTIONS[word]
    for pattern, replacement in SPELLING:
        word = pattern.sub(replacement, word)
    return word


def tokenize(text: str) -> list[Token]:
    """Words and punctuation, without quotation marks and hyphens (both recorded on the next token)."""
    tokens: list[Token] = []
    joined = quote_before = False
    for match in TOKEN.finditer(text):
        raw = match.group()
        start, end = match.span()
        opening = _opens(text, start, raw)
        if raw in QUOTE_MARKS or (raw == "'" and opening and text[end : end + 1].isalpha()):
            quote_before = quote_before or opening  # (a straight "'" opening a word is a quotation mark)
            continue
        if raw in HYPHENS:
            joined = bool(tokens) and tokens[-1].end == start and end < len(text) and not text[end].isspace()
            continue
        norm = normalise_word(raw)
        if norm == "not" and tokens and tokens[-1].norm in STEMS:
            tokens[-1] = tokens[-1]._replace(norm=STEMS[tokens[-1].norm])
        if norm == "cannot":  # "cannot send" is "can not send", as the parser reads it
            tokens.append(Token(raw[:3], "can", start, start + 3, joined, quote_before))
            raw, norm, start, joined, quote_before = raw[3:], "not", start + 3, False, False
        tokens.append(Token(raw, "-" if raw in DASHES else norm, start, end, joined, quote_before))
        joined = quote_before = False
    return tokens


def _opens(text: str, at: int, mark: str) -> bool:
    """Whether a quotation mark opens a quotation (a straight one opens after a space or at the start)."""
    if mark in "”’»›":
        return False
    return mark not in "\"'" or at == 0 or text[at - 1].isspace() or text[at - 1] in "([{—–-"


def phrase_tokens(text: str) -> tuple[str, ...]:
    """A list entry's words as tokens, normalised the way sentences are."""
    return tuple(t.norm for t in tokenize(text))


# Plurals too: a capitalised name ("its Self-Defense Forces") is a proper noun, which keeps its plural lemma.
TROOP_NOUNS = word_set(
    "troop soldier force peacekeeper personnel military contingent boot serviceman unit servicemember "
    "army battalion brigade troops soldiers forces peacekeepers contingents units trainer trainers instructor "
    "instructors company companies regiment regiments platoon platoons infantry officer officers"
)
PARTIES = word_set("partner ally country nation state member government leader")  # who hold views of their own
# what refusing is no refusal of the topic ("dismissed concerns about the backstop", "slammed Hungary's veto")
CRITICISMS = word_set(
    "concern doubt criticism objection fear worry scepticism skepticism reservation misgiving opposition rejection "
    "complaint warning claim allegation accusation refusal veto reluctance resistance hesitation hesitancy threat "
    "ultimatum attack pressure report speculation rumour rumor suggestion"
)
# what takes a topic away below a cue ("a plan to undermine the force", "vowed to target any foreign troops",
# "called for the withdrawal of foreign forces", "hailed the collapse of talks on a force"); two of them cancel
THWARTING = word_set(
    "undermine sabotage block derail thwart torpedo scupper obstruct prevent disrupt wreck veto bar ban prohibit "
    "forbid preclude stop target destroy eliminate annihilate counter expel oust evict remove removal withdraw "
    "withdrawal repel attack collapse failure fail demise"
)
# what a commitment can wait for besides peace ("once a deal includes a US backstop" is a condition)
EXTRA_CONDITIONS = word_set(
    "mandate approval authorisation authorization permission consent vote resolution backstop backing guarantee "
    "guarantees cover support"
)
PARTS = word_set("contribution participation involvement part")
# nouns that stand for what was just discussed: "rejected the idea", "is cool on the plan"
ANAPHORA = word_set(
    "role part idea plan plans proposal proposals move measure measures step steps initiative scheme "
    "concept option arrangement scenario scenarios deployment force mission operation pledge commitment promise offer "
    "announcement assurance matter issue question declaration discussion debate request"
)
# a side's stance: "backed the Estonian position", "..., a view shared by Hungary"
POSITIONS = word_set("position stance view line approach sentiment assessment")
OWN_PARTS = PARTS | word_set("deployment decision role")  # "any British deployment would depend on", "its decision"
SENDING_VERBS = word_set(
    "send deploy commit contribute provide station dispatch put offer pledge promise supply earmark volunteer"
)
INSIDE = word_set("within among amongst inside in")  # "within the coalition", "in Moscow": a place a side is in
# a side's people, who do not speak for it ("citizens of Poland oppose ...")
CITIZENS = word_set("citizen citizens resident residents people voter voters inhabitant inhabitants public population")
REQUIRING_VERBS = word_set("need require")  # what something needs or requires
SPEAKING_VERBS = word_set("say tell speak comment write ask add respond reply")  # a clause said, not judged
GOING = word_set("go deploy serve fight")  # what troops do in Ukraine, said of them as its subject
SENDING_NOUNS = word_set("deployment deployments dispatch stationing sending")  # "the deployment of Polish troops"
ABANDONING = word_set("abandon renounce forgo forego relinquish surrender waive drop shelve scrap")
WITHDRAWING = word_set("withdraw lift end reverse retract rescind revoke")  # "lifted its veto"
# a stance given up or eased ("softened its opposition"), which a denial of the change leaves standing
EASING = ABANDONING | WITHDRAWING | word_set("soften ease relax temper moderate")
# "critics in Berlin", "critics of the force, such as Hungary": people who hold a view, not a government
DISSENTERS = word_set("critic sceptic skeptic opponent detractor")
EFFECTIVE = word_set(  # "would not work without a backstop": what it would not do without is needed
    "work deter succeed function protect credible effective enough sufficient viable"
)
# a judgement that doing something is wrong ("a mistake to rule out"), or a thing lacking another ("would be a mistake
# without it", as "worthless without it")
MISTAKES = word_set("mistake error blunder folly wrong unwise reckless")
# "meaningless without a backstop", "would lack credibility without it": what a thing is or does without X needs X
WORTHLESS = word_set(
    "meaningless worthless useless pointless empty hollow impossible unthinkable weak toothless ineffective"
    " insufficient inadequate vulnerable exposed expose defenceless defenseless powerless doomed fail collapse risky"
    " dangerous unsafe bluff sham illusion lack crumble falter founder unravel"
)
