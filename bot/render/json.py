"""Answers as JSON for `ask --json`: the shapes of DESIGN.md §4, with a few more keys."""

from __future__ import annotations

from typing import Any

from bot.answering.values import (
    ActorAnswer,
    AlertsAnswer,
    Answer,
    ArticlesAnswer,
    Evidence,
    HelpAnswer,
    ListAnswer,
    Muted,
    MutesAnswer,
    Position,
    QuoteAnswer,
    Source,
    StanceAnswer,
    TopicAnswer,
    Track,
)
from bot.model import STANCES


def answer_json(answer: Answer) -> dict[str, Any]:
    """The answer as a JSON-ready dict; "command" and "question" are always there."""
    head = {"command": answer.question.command, "question": answer.question.text}
    match answer:
        case StanceAnswer():
            groups = dict(answer.groups)
            return {
                **head,
                "topic": answer.topic.id,
                "topic_label": answer.topic.label,
                "groups": {s: [_held(track, position) for track, position in groups[s]] for s in STANCES},
            }
        case ActorAnswer():
            return {**head, "actor": answer.actor.id, "label": answer.actor.label, "topics": _tracks(answer.tracks)}
        case TopicAnswer():
            return {**head, "topic": answer.topic.id, "label": answer.topic.label, "actors": _tracks(answer.tracks)}
        case QuoteAnswer():
            results = [
                {
                    "text": r.text,
                    "speaker": r.speaker,
                    **_source(r.source),
                    "score": r.score,
                    "quotation": r.quotation,
                }
                for r in answer.results
            ]
            return {**head, "words": answer.words, "articles": answer.articles, "results": results}
        case ArticlesAnswer():
            articles = [{"id": s.article_id, **_source(s)} for s in answer.articles]
            return {**head, "words": answer.words, "total": answer.total, "articles": articles}
        case AlertsAnswer():
            return {**head, "total": answer.total, "alerts": [a.as_json() for a in answer.alerts]}
        case ListAnswer():
            return {**head, "kind": answer.kind, "entries": [{"id": e.id, "label": e.label} for e in answer.entries]}
        case HelpAnswer():
            commands = [
                {"name": c.name, "usage": c.usage, "summary": c.summary, "example": c.example, "admin": c.admin}
                for c in answer.commands
            ]
            return {**head, "commands": commands, "mutes": [_muted(m) for m in answer.mutes]}
        case MutesAnswer():
            target = _muted(answer.target) if answer.target else None
            mutes = [_muted(m) for m in answer.mutes]
            return {**head, "change": answer.change or None, "target": target, "held": answer.held, "mutes": mutes}


def _muted(muted: Muted) -> dict[str, Any]:
    return {"kind": muted.kind, "name": muted.label.id, "label": muted.label.label, "until": muted.until}


def _held(track: Track, position: Position) -> dict[str, Any]:
    """One actor under one stance of who-supports, with every stance it took if it changed."""
    held = {"actor": track.actor.id, "label": track.actor.label, **_position(position), "shifted": track.shifted}
    if track.shifted:
        held["history"] = [
            {"stance": p.stance, **_reports(p), "first": p.first, "last": p.last} for p in track.positions
        ]
    return held


def _tracks(tracks: tuple[Track, ...]) -> list[dict[str, Any]]:
    return [
        {
            "actor": t.actor.id,
            "topic": t.topic.id,
            "label": t.actor.label,
            "topic_label": t.topic.label,
            "latest": t.latest.stance,
            "shifted": t.shifted,
            "positions": [_position(p) for p in t.positions],
        }
        for t in tracks
    ]


def _position(position: Position) -> dict[str, Any]:
    return {
        "stance": position.stance,
        **_reports(position),
        "first": position.first,
        "last": position.last,
        "quotes": [_evidence(e) for e in position.quotes],
    }


def _reports(position: Position) -> dict[str, int]:
    """How many articles hold a position (`articles`, and `reports`, the same), and how many stories (`independent`)."""
    return {"articles": position.count, "reports": position.count, "independent": position.independent}


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {
        "text": evidence.text,
        "speaker": evidence.speaker,
        "reported_by": evidence.reported_by,
        "cue": evidence.cue,
        "confidence": evidence.confidence,
        "stated": evidence.stated or (evidence.source.published or "")[:10] or None,
        "stated_from": "text" if evidence.stated else "published",
        **_source(evidence.source),
    }


def _source(source: Source) -> dict[str, Any]:
    return {
        "source": source.source,
        "outlet": source.outlet,
        "published": source.published,
        "url": source.url,
        "title": source.title,
        "author": source.author,
        "article_id": source.article_id,
    }
