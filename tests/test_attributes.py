"""The model's attribute rules applied by lookup give every token exactly what spaCy's own component gives."""

from __future__ import annotations

import pytest

from bot.analysis import nlp
from bot.analysis.attributes import AttributeRules
from bot.config import DATA_DIR
from bot.parsing import parse_article
from tests.conftest import SEEDS

OWN_SENTENCES = [
    "We ain't gonna send troops, and I'm not sure they'd wanna go either.",
    "Y'all know it's nothin' but talk: Norway's ministers haven't decided.",
    "The coalition's 26 members—France, the U.K. and others—are ready to deploy.",
    "  Is it, or isn't it, a guarantee?  ",
]


def seed_sentences() -> list[str]:
    return [
        s.text
        for path in sorted(SEEDS.iterdir())
        for s in parse_article(path.read_bytes(), path.name, lists=DATA_DIR).sentences
    ]


def test_every_token_gets_what_the_models_own_attribute_ruler_gives() -> None:
    original = nlp.require_model().load(exclude=list(nlp.UNUSED))
    ours = nlp.pipeline()
    assert "attribute_rules" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    texts = OWN_SENTENCES + seed_sentences()
    for theirs, mine in zip(original.pipe(texts), ours.pipe(texts), strict=True):
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in theirs] == [
            (t.pos_, t.tag_, str(t.morph), t.lemma_) for t in mine
        ], theirs.text


def test_a_rule_with_an_operator_it_does_not_know_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown operator"):
        AttributeRules([{"patterns": [[{"LOWER": {"FUZZY": "gonna"}}]]}], [{}], [0])
