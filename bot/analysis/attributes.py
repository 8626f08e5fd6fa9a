"""The model's attribute rules (tag to part of speech and morphology, and word exceptions), applied by a
lookup instead of spaCy's general-purpose Matcher.

`en_core_web_sm`'s `attribute_ruler` holds 179 one- and two-token rules and took a third of the parse's
time, because the Matcher tries every rule at every token. Here each rule is filed under the word or tag
its first token needs, so a token meets only the few rules that can match it, and what a token's word, tag and
dependency match is remembered, since they recur from sentence to sentence. The result is the same:
rules are matched on the tokens as the tagger and parser left them, then applied in the model's order,
a later rule overriding an earlier one, with spaCy's own `set_token_attrs` (a test compares every token of
the seeds with the original component).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from spacy.language import Language
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

Row = tuple[str, str, bool, str]  # a token's LOWER, TAG, IS_SPACE and DEP, read once per token
Condition = Callable[[Row], bool]
INDEXED = ("LOWER", "TAG", "IS_SPACE", "DEP")  # the first of these a rule's first token names files the rule
ROWS_REMEMBERED = 50_000  # distinct (word, tag, space, dep) rows whose one-token rules are remembered
FIELD = {name: position for position, name in enumerate(INDEXED)}  # where each sits in a Row


class AttributeRules:
    """The rules of an `AttributeRuler`, filed for lookup; called on a Doc like the component it replaces."""

    def __init__(self, patterns: list[dict], attrs: list[dict], indices: list[int]) -> None:
        self.attrs, self.indices = attrs, indices
        self.filed: dict[tuple[str, Any], list[tuple[int, list[Condition]]]] = defaultdict(list)
        self.everywhere: list[tuple[int, list[Condition]]] = []
        self.by_row: dict[Row, tuple[tuple[int, ...], list[tuple[int, list[Condition]]]]] = {}
        for rule, pattern in enumerate(patterns):
            for alternative in pattern["patterns"]:
                conditions = [_token_condition(token) for token in alternative]
                keys = _keys(alternative[0])
                if keys is None:
                    self.everywhere.append((rule, conditions))
                for key in keys or ():
                    self.filed[key].append((rule, conditions))

    def __call__(self, doc: Doc) -> Doc:
        # Reading a token's attributes through spaCy costs more than the rules themselves: read each once.
        rows: list[Row] = [(t.lower_, t.tag_, t.is_space, t.dep_) for t in doc]
        found: set[tuple[int, int, int]] = set()
        for start, row in enumerate(rows):
            single, longer = self._for_row(row)
            found.update((rule, start, start + 1) for rule in single)
            for rule, conditions in longer:
                end = start + len(conditions)
                if end <= len(rows) and all(check(rows[start + k]) for k, check in enumerate(conditions)):
                    found.add((rule, start, end))
        for rule, start, end in sorted(found):  # a later rule overrides an earlier one
            set_token_attrs(doc[start:end][self.indices[rule]], self.attrs[rule])
        return doc

    def _for_row(self, row: Row) -> tuple[tuple[int, ...], list[tuple[int, list[Condition]]]]:
        """The one-token rules a token's row matches, and the longer rules that may start at it; both depend on
        the row alone, so they are remembered per row (the same word, tag and dependency recur)."""
        known = self.by_row.get(row)
        if known is None:
            candidates = [*self.everywhere]
            for position, name in enumerate(INDEXED):
                candidates.extend(self.filed.get((name, row[position]), ()))
            single = tuple(rule for rule, conditions in candidates if len(conditions) == 1 and conditions[0](row))
            known = (single, [(rule, conditions) for rule, conditions in candidates if len(conditions) > 1])
            if len(self.by_row) < ROWS_REMEMBERED:
                self.by_row[row] = known
        return known


def _keys(token: dict[str, Any]) -> list[tuple[str, Any]] | None:
    """Where a rule whose first token is `token` is filed: under each value its first indexed key allows."""
    for name in INDEXED:
        value = token.get(name)
        if isinstance(value, str | bool):
            return [(name, value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(name, v) for v in value["IN"]]
    return None


def _token_condition(token: dict[str, Any]) -> Condition:
    checks = [_check(FIELD[name], value) for name, value in token.items()]
    return lambda row: all(check(row) for check in checks)


def _check(field: int, wanted: Any) -> Condition:
    if not isinstance(wanted, dict):
        return lambda row: row[field] == wanted
    (operator, operand), *rest = wanted.items()
    if rest:
        raise ValueError(f"an attribute rule with several operators: {wanted}")
    if operator == "IN":
        allowed = frozenset(operand)
        return lambda row: row[field] in allowed
    if operator == "NOT_IN":
        banned = frozenset(operand)
        return lambda row: row[field] not in banned
    if operator == "REGEX":
        pattern = re.compile(operand)
        return lambda row: pattern.search(str(row[field])) is not None
    raise ValueError(f"an attribute rule with an unknown operator: {operator}")


def use_attribute_rules(nlp: Language) -> None:
    """Replace the pipeline's `attribute_ruler` with the same rules applied by lookup."""
    ruler = cast("AttributeRuler", nlp.get_pipe("attribute_ruler"))
    rules = AttributeRules(ruler.patterns, list(ruler.attrs), list(ruler.indices))
    position = nlp.pipe_names.index("attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    following = nlp.pipe_names[position] if position < len(nlp.pipe_names) else None
    nlp.add_pipe("guarantees_attribute_rules", name="attribute_rules", before=following)
    cast(_Component, nlp.get_pipe("attribute_rules")).rules = rules


class _Component:
    """The pipeline component holding the rules (filled in by `use_attribute_rules`)."""

    rules: AttributeRules | None = None

    def __call__(self, doc: Doc) -> Doc:
        return self.rules(doc) if self.rules is not None else doc


@Language.factory("guarantees_attribute_rules")
def _make_component(nlp: Language, name: str) -> _Component:
    return _Component()
