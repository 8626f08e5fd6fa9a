"""`explain` as terminal text and as JSON: each sentence's cues, what they rest on, and what came of them."""

from __future__ import annotations

from typing import Any

from bot.analysis.claims import Reading
from bot.explanation import Explanation, SentenceExplanation
from bot.model import Claim
from bot.render.wording import clip

SENTENCE_LIMIT = 300


def explanation_text(explanation: Explanation) -> str:
    """One block per sentence that holds a cue or a topic: the sentence, then one line per cue read."""
    name = f"“{explanation.title}” ({explanation.source})" if explanation.title else explanation.source
    lines = [
        f"How {name} was read: {len(explanation.sentences)} sentences with a stance cue or a topic, "
        f"{explanation.silent} with neither."
    ]
    for sentence in explanation.sentences:
        lines.append("")
        lines.append(f"[{sentence.position}] {clip(sentence.text, SENTENCE_LIMIT)}")
        if sentence.why_none:
            lines.append(f"    no claim: {sentence.why_none}")
        lines += [line for reading in sentence.readings for line in _reading_lines(reading, sentence.kept)]
    return "\n".join(lines)


def _reading_lines(reading: Reading, kept: tuple[Claim, ...]) -> list[str]:
    found = [f"cue “{reading.cue}”"]
    if reading.holders:
        holders = (f"{h.words or h.actor} → {h.actor} ({h.confidence})" for h in reading.holders)
        found.append("holder " + ", ".join(holders))
    if reading.negation:
        found.append(f"negation “{reading.negation}”")
    if reading.condition:
        found.append(f"condition “{clip(reading.condition, 80)}”")
    if reading.topics:
        found.append("topic " + ", ".join(reading.topics))
    if reading.stated:
        found.append(f"stated {reading.stated}")
    lines = ["    " + " · ".join(found)]
    if reading.claims:
        lines += [
            f"      → {c.actor} {c.stance} {c.topic} ({c.confidence}){_set_aside(c, kept)}" for c in reading.claims
        ]
    else:
        lines.append(f"      → no claim: {reading.why_not}")
    return lines


def _set_aside(claim: Claim, kept: tuple[Claim, ...]) -> str:
    """Why a claim a cue gave is not stored: another cue of the sentence gave the same actor and topic a more
    qualified stance ("no decision ... on air support" over the bare "support")."""
    if claim in kept:
        return ""
    other = next((k for k in kept if (k.actor, k.topic) == (claim.actor, claim.topic)), None)
    return f" · set aside: the sentence's “{other.cue}” gives {other.stance}" if other else " · set aside"


def explanation_json(explanation: Explanation) -> dict[str, Any]:
    return {
        "source": explanation.source,
        "title": explanation.title,
        "silent_sentences": explanation.silent,
        "sentences": [_sentence(s) for s in explanation.sentences],
    }


def _sentence(sentence: SentenceExplanation) -> dict[str, Any]:
    return {
        "position": sentence.position,
        "text": sentence.text,
        "no_claim": sentence.why_none,
        "cues": [
            {
                "cue": r.cue,
                "holders": [{"words": h.words, "actor": h.actor, "confidence": h.confidence} for h in r.holders],
                "negation": r.negation,
                "condition": r.condition,
                "topics": r.topics,
                "stance": r.stance,
                "stated": r.stated,
                "claims": [
                    {
                        "actor": c.actor,
                        "topic": c.topic,
                        "stance": c.stance,
                        "confidence": c.confidence,
                        "kept": c in sentence.kept,
                    }
                    for c in r.claims
                ],
                "no_claim": None if r.claims else r.why_not,
            }
            for r in sentence.readings
        ],
    }
