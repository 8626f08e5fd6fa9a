"""Answers as Slack Block Kit: an ephemeral reply with a "share in channel" button, within Slack's limits.

Slack refuses a message with more than 50 blocks or a section over 3,000 characters, so entries are
packed into sections and what does not fit is counted ("and 12 more"). Every piece of article or
user text is escaped for mrkdwn before it is placed, so nothing in an article can ping the channel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answering.values import (
    ActorAnswer,
    AlertsAnswer,
    Answer,
    ArticlesAnswer,
    Evidence,
    HelpAnswer,
    ListAnswer,
    MutesAnswer,
    Position,
    QuoteAnswer,
    QuoteResult,
    Source,
    StanceAnswer,
    TopicAnswer,
    Track,
)
from bot.model import STANCES
from bot.questions.reading import PREFIX, Question
from bot.render.alerts import alert_headline
from bot.render.mrkdwn import escape, link
from bot.render.wording import (
    HOW_FOUND,
    STANCE_HEADINGS,
    clip,
    count,
    credit,
    cue_parts,
    day,
    earlier,
    mute_change,
    muted_phrase,
    muted_summary,
    nothing_found,
    period,
    reports,
    shift,
    shown_of,
    tally,
    title,
)

MAX_BLOCKS = 50
SPARE_BLOCKS = 2  # room for what a caller adds on top: a chart's image, and "shared by" when shared
SECTION_CHARS = 3_000
HEADER_CHARS = 150
BUTTON_VALUE_CHARS = 2_000
SENTENCE_CHARS = 500  # of an article sentence shown (before escaping)
NAME_CHARS = 120  # of an outlet, title, author or label shown
SHARE_ACTION = "share_answer"

_PARTIAL_ENTITY = re.compile(r"&[#\w]*$")


@dataclass(frozen=True)
class _Part:
    """A piece of an answer in mrkdwn, escaped: a heading starts a new section, an entry is counted if cut."""

    text: str
    heading: bool = False


def answer_blocks(answer: Answer) -> dict:
    """The reply for Slack, {"blocks": [...], "text": "..."}: at most 50 blocks, no section over 3,000 characters."""
    heading = title(answer)
    header = {"type": "header", "text": {"type": "plain_text", "text": fit(escape(heading), HEADER_CHARS)}}
    room = MAX_BLOCKS - SPARE_BLOCKS - 2  # the header and the share button
    gap = "\n\n" if isinstance(answer, StanceAnswer | ActorAnswer | QuoteAnswer) else "\n"  # quotes need air
    blocks = [header, *_sections(_parts(answer), room, gap), _share(answer.question)]
    return {"blocks": blocks, "text": fit(escape(heading), SECTION_CHARS)}


def error_blocks(message: str, hint: str | None = None) -> dict:
    """A UserError as a reply: what happened, then what to type instead."""
    text = escape(message) + (f"\n{escape(hint)}" if hint else "")
    return {"blocks": [_section(fit(text, SECTION_CHARS))], "text": fit(escape(message), SECTION_CHARS)}


def fit(mrkdwn: str, limit: int) -> str:
    """Escaped mrkdwn cut to `limit` characters without breaking an entity (&amp;) or a link (<...|...>)."""
    if len(mrkdwn) <= limit:
        return mrkdwn
    cut = _PARTIAL_ENTITY.sub("", mrkdwn[: limit - 1])
    if cut.rfind("<") > cut.rfind(">"):
        cut = cut[: cut.rfind("<")]
    return cut + "…"


def _parts(answer: Answer) -> list[_Part]:
    empty = nothing_found(answer)
    if empty:
        return [_Part(escape(empty))]
    match answer:
        case StanceAnswer():
            parts = []
            for stance, held in answer.groups:
                if not held and stance != answer.first:
                    continue
                parts.append(_Part(f"*{STANCE_HEADINGS[stance]}* · {count(len(held), 'actor')}", heading=True))
                parts += [
                    _Part(_held(track.actor.label, p, answer.question, track if track.latest is p else None))
                    for track, p in held
                ]
                if not held:
                    parts.append(_Part("_Nobody on record._"))
            return parts
        case ActorAnswer():
            parts = []
            for track in answer.tracks:
                changed = f" · _changed: {escape(shift(track))}_" if track.shifted else ""
                parts.append(_Part(f"*{escape(clip(track.topic.label, NAME_CHARS))}*{changed}", heading=True))
                parts += [_Part(_held(p.stance, p, answer.question)) for p in track.positions]
            return parts
        case TopicAnswer():
            return [_Part(_row(track)) for track in answer.tracks]
        case QuoteAnswer():
            return [_Part(_result(rank, r)) for rank, r in enumerate(answer.results, 1)]
        case ArticlesAnswer():
            return [_Part(_article(source)) for source in answer.articles] + _shown_of(
                len(answer.articles), answer.total, "article"
            )
        case AlertsAnswer():
            parts = [_Part(f"• {alert_headline(a, answer.lexicon)} · alert {a.id}") for a in answer.alerts]
            return parts + _shown_of(len(answer.alerts), answer.total, "open alert")
        case ListAnswer():
            return [_Part(f"`{escape(e.id)}` {escape(clip(e.label, NAME_CHARS))}") for e in answer.entries]
        case HelpAnswer():
            muted = muted_summary(answer.mutes)
            return [
                _Part(
                    f"`{PREFIX} {escape(spec.usage)}` {escape(spec.summary)}"
                    + (" _(desk admins)_" if spec.admin else "")
                )
                for spec in answer.commands
            ] + ([_Part(f"_{escape(muted)}_")] if muted else [])
        case MutesAnswer():
            done = mute_change(answer)
            listed = [_Part(f"• {escape(muted_phrase(m))}") for m in answer.mutes] or [_Part("Nothing is muted now.")]
            return ([_Part(escape(done))] if done else []) + listed


def _shown_of(shown: int, total: int, noun: str) -> list[_Part]:
    line = shown_of(shown, total, noun)
    return [_Part(f"_{line}_")] if line else []


def _held(name: str, position: Position, question: Question, track: Track | None = None) -> str:
    """An actor's (or a stance's) line: how many sentences over which dates, the newest quotes, what changed."""
    lines = [f"*{escape(clip(name, NAME_CHARS))}* · {reports(position)}, {period(position)}"]
    lines += [line for evidence in position.quotes for line in _evidence(evidence)]
    more = earlier(position, question)
    if more:
        lines.append(f"_{escape(more)}_")
    if track and track.shifted:  # said once, under where the actor stands now
        lines.append(f":arrows_counterclockwise: _Stance changed over time: {escape(shift(track))}_")
    return "\n".join(lines)


def _evidence(evidence: Evidence) -> list[str]:
    said = [f"said by {escape(clip(evidence.speaker, NAME_CHARS))}"] if evidence.speaker else []
    said += [f"reported by {escape(evidence.reported_by)}"] if evidence.reported_by else []
    said += [f"_{HOW_FOUND[evidence.confidence]}_"] if evidence.confidence in HOW_FOUND else []
    said += [f"stated {escape(day(evidence.stated))}"] if evidence.stated else []
    quoted = "".join(
        f"*{escape(piece.strip())}*" if bold else escape(piece)
        for piece, bold in cue_parts(clip(evidence.text, SENTENCE_CHARS), evidence.cue)
    )
    return [f">{quoted}", " · ".join([_credit(evidence.source), *said])]


def _credit(source: Source) -> str:
    """Outlet, date and author in italics, then a link to the article (or its file name)."""
    return f"_{escape(clip(credit(source), NAME_CHARS * 2))}_ · {link(source.url, clip(source.source, NAME_CHARS))}"


def _row(track: Track) -> str:
    cells = [f"{s} {tally(p)}" for s in STANCES if (p := track.position(s))]
    latest = f"latest: {track.latest.stance} ({day(track.latest.last)})"
    changed = " · :arrows_counterclockwise: shifted" if track.shifted else ""
    return f"*{escape(clip(track.actor.label, NAME_CHARS))}* · {' · '.join(cells)} · {latest}{changed}"


def _result(rank: int, result: QuoteResult) -> str:
    speaker = [f"said by {escape(clip(result.speaker, NAME_CHARS))}"] if result.speaker else []
    where = " · ".join([_credit(result.source), *speaker, f"score {result.score:.0f}"])
    return f"*{rank}.*\n>{escape(clip(result.text, SENTENCE_CHARS))}\n{where}"


def _article(source: Source) -> str:
    name = escape(clip(source.title or "(no title)", NAME_CHARS))
    outlet = escape(clip(source.outlet or "no outlet", NAME_CHARS))
    where = link(source.url, clip(source.source, NAME_CHARS))
    return f"`{source.article_id}` *{name}* · {outlet}, {day(source.published)} · {where}"


def _sections(parts: list[_Part], room: int, gap: str) -> list[dict]:
    """Parts packed into as few sections as fit, `gap` between them; past `room` blocks, the entries left
    are counted instead."""
    packed: list[list[_Part]] = []
    for part in parts:
        text = fit(part.text, SECTION_CHARS)
        last = packed[-1] if packed else None
        if last and not part.heading and len(gap.join([*(p.text for p in last), text])) <= SECTION_CHARS:
            last.append(_Part(text))
        else:
            packed.append([_Part(text, part.heading)])
    if len(packed) > room:
        left = sum(1 for section in packed[room - 1 :] for part in section if not part.heading)
        packed = [*packed[: room - 1], [_Part(f"_…and {left} more. Ask a narrower question to see them._")]]
    return [_section(gap.join(p.text for p in section)) for section in packed]


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _share(question: Question) -> dict:
    button = {
        "type": "button",
        "text": {"type": "plain_text", "text": "Share in channel"},
        "action_id": SHARE_ACTION,
        "value": question.text[:BUTTON_VALUE_CHARS],
    }
    return {"type": "actions", "elements": [button]}
