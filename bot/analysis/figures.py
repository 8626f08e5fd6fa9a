"""Figures: numbers about a known quantity (the force's size, Russian troops in Ukraine...) as ranges.

"10,000 to 30,000 troops" is (10000, 30000); "fewer than 30,000" is (None, 30000); "several thousand"
is (2000, 9999); an exact number is (n, n). Only numbers of troops or committed countries are kept;
years, percentages, money, distances and durations never are. A number counts troops only when a troop
noun follows it (adjectives and names may stand between: "30,000 European troops", not "26 would send
troops"); Russia's, Ukraine's and America's own troops are quantities of their own, and countries count
as committed only to sending troops ("26 nations pledged guarantees" is not).
"""

from __future__ import annotations

import re

from bot.model import Figure

NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
SCALE = r"(?:\s+(?:thousand|million))?"
BOUND_BELOW = r"fewer than|less than|up to|no more than|at most|under|below|as many as|a maximum of"
BOUND_ABOVE = r"more than|over|at least|upwards of|in excess of|a minimum of"
WORD_AMOUNTS = {
    "several thousand": (2000, 9999),
    "a few thousand": (2000, 5000),
    "tens of thousands": (10000, 99999),
    "thousands of": (1000, 9999),
    "several hundred": (200, 999),
    "a few hundred": (200, 500),
    "hundreds of": (200, 999),
}
AMOUNT = re.compile(
    rf"(?i)\b(?:between\s+(?P<b_low>{NUMBER}){SCALE}\s+and\s+(?P<b_high>{NUMBER})(?P<b_scale>{SCALE})"
    rf"|(?P<r_low>{NUMBER})(?P<r_low_scale>{SCALE})\s*(?:to|-|–|and)\s*(?P<r_high>{NUMBER})(?P<r_scale>{SCALE})"
    rf"|(?P<below>{BOUND_BELOW})\s+(?P<below_n>{NUMBER})(?P<below_scale>{SCALE})"
    rf"|(?P<above>{BOUND_ABOVE})\s+(?P<above_n>{NUMBER})(?P<above_scale>{SCALE})"
    rf"|(?P<words>{'|'.join(WORD_AMOUNTS)})"
    rf"|(?P<n>{NUMBER})(?P<n_scale>{SCALE}))"
    r"(?P<unit>[-\s%$€£]|\b)"
)
MAYBE_AMOUNT = re.compile(r"\d|thousand|hundred", re.IGNORECASE)  # most sentences hold no number at all
TROOP_ADJECTIVES = (
    r"(?:[A-Z][\w.'’-]*|additional|more|extra|foreign|ground|combat|peacekeeping|international|allied|military"
    r"|armed|active|multinational|western|european|troops?-strong)"
)
TROOPS = re.compile(
    rf"^[-\s]+(?:{TROOP_ADJECTIVES}\s+){{0,2}}?(?i:(?P<noun>troops|soldiers|personnel|servicemen|service members"
    r"|peacekeepers|boots|strong))\b"
)

COUNTRIES = re.compile(r"(?i)^\s+(?:\w+\s+)?(?:countries|nations|states)\b")
COMMITTED = re.compile(
    r"(?i)\b(committed|pledged|signed up|joined|ready|willing|agreed|taking part|participat|coalition)"
)
SENDING_TROOPS = re.compile(
    r"(?i)\b(?:(?:send|deploy|contribut|commit)\w*\s+(?:\w+\s+){0,2}?(?:troops|soldiers|forces|peacekeepers|contingents?)"
    r"|take part|taking part)\b"
)
RUSSIAN = re.compile(r"(?i)\b(russian|russia|russia's|north korean)\b")
UKRAINIAN = re.compile(r"(?i)\b(ukrainian|ukraine's|kyiv's|armed forces of ukraine)\b")
AMERICAN = re.compile(r"(?i)\b(american|u\.s\.|us|america's)\b")
IN_UKRAINE = re.compile(r"(?i)\b(in|inside)\s+ukraine\b")


def find_figures(sentence: int, text: str) -> list[Figure]:
    """Figures in one sentence, each with the quantity it measures."""
    figures: list[Figure] = []
    if not MAYBE_AMOUNT.search(text):
        return figures
    for match in AMOUNT.finditer(text):
        if match.group("unit") in ("%", "$", "€", "£") or _is_year(match):
            continue
        bounds = _bounds(match)
        if bounds is None:
            continue
        quantity = _quantity(text, match)
        if quantity:
            written = match.group().rstrip(" -%$€£")
            figures.append(Figure(sentence, quantity, bounds[0], bounds[1], written))
    return figures


def _bounds(match: re.Match[str]) -> tuple[float | None, float | None] | None:
    g = match.group
    if g("b_low"):
        scale = _scale(g("b_scale"))
        return _number(g("b_low")) * scale, _number(g("b_high")) * scale
    if g("r_low"):
        scale = _scale(g("r_scale"))
        return _number(g("r_low")) * _scale(g("r_low_scale") or g("r_scale")), _number(g("r_high")) * scale
    if g("below"):
        return None, _number(g("below_n")) * _scale(g("below_scale"))
    if g("above"):
        return _number(g("above_n")) * _scale(g("above_scale")), None
    if g("words"):
        low, high = WORD_AMOUNTS[g("words").lower()]
        return float(low), float(high)
    if g("n"):
        value = _number(g("n")) * _scale(g("n_scale"))
        return value, value
    return None


def _quantity(text: str, match: re.Match[str]) -> str | None:
    """What the number counts, from the words right after it and around it."""
    after = text[match.end() - len(match.group("unit") or "") :]
    around = text[max(0, match.start() - 40) : match.end() + 60]
    troops = TROOPS.match(after)
    if troops:
        qualifier = text[max(0, match.start() - 25) : match.end() + troops.end()]
        if RUSSIAN.search(qualifier):
            return "russian-troops-in-ukraine" if IN_UKRAINE.search(text[match.end() :]) else "russian-troops"
        if AMERICAN.search(qualifier):
            return "us-troops"
        if UKRAINIAN.search(qualifier) or UKRAINIAN.search(after[troops.end() : troops.end() + 20]):
            return "ukrainian-troops"
        return "force-size"
    if COUNTRIES.match(after) and COMMITTED.search(around) and SENDING_TROOPS.search(text):
        return "countries-committed"
    return None


def _is_year(match: re.Match[str]) -> bool:
    n = match.group("n")
    return bool(n) and len(n) == 4 and n.isdigit() and 1900 <= int(n) <= 2100


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _scale(text: str | None) -> float:
    word = (text or "").strip().lower()
    return 1000.0 if word == "thousand" else 1_000_000.0 if word == "million" else 1.0
