"""Answers as terminal text: for `guarantees ask` and the console."""

from __future__ import annotations

import textwrap

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
    Source,
    StanceAnswer,
    TopicAnswer,
    Track,
)
from bot.model import STANCES
from bot.questions.reading import Question
from bot.render.wording import (
    HOW_FOUND,
    STANCE_HEADINGS,
    alert_line,
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

WIDTH = 100
HELP_COLUMN = 22  # where the help's descriptions start
SENTENCE_LIMIT = 1_000  # a sentence longer than this was probably not split well; the rest is cut


def answer_text(answer: Answer) -> str:
    """The answer as lines for a terminal: a title, then the findings, each quote with its source."""
    empty = nothing_found(answer)
    body = [empty] if empty else _body(answer)
    return "\n".join([title(answer), "", *body]).rstrip()


def _body(answer: Answer) -> list[str]:
    match answer:
        case StanceAnswer():
            return _stances(answer)
        case ActorAnswer():
            return [line for track in answer.tracks for line in _track(track, track.topic.label, answer.question)]
        case TopicAnswer():
            return _matrix(answer)
        case QuoteAnswer():
            return _quotes(answer)
        case ArticlesAnswer():
            lines = [
                f"{s.article_id:>5}  {day(s.published):<11}  {clip(s.outlet or '-', 18):<18}  "
                f"{clip(s.title or '(no title)', 60)}  [{s.source}]"
                for s in answer.articles
            ]
            return lines + _shown_of(len(answer.articles), answer.total, "article")
        case AlertsAnswer():
            lines = [f"{a.id:>5}  {alert_line(a, answer.lexicon)}" for a in answer.alerts]
            return lines + _shown_of(len(answer.alerts), answer.total, "open alert")
        case ListAnswer():
            return [f"  {entry.label} ({entry.id})" for entry in answer.entries]
        case HelpAnswer():
            return _help(answer)
        case MutesAnswer():
            return _mutes(answer)


def _shown_of(shown: int, total: int, noun: str) -> list[str]:
    line = shown_of(shown, total, noun)
    return [line] if line else []


def _stances(answer: StanceAnswer) -> list[str]:
    lines = []
    for stance, held in answer.groups:
        if not held and stance != answer.first:
            continue
        lines.append(f"{STANCE_HEADINGS[stance].upper()} ({count(len(held), 'actor')})")
        for track, position in held:
            lines += _position(track.actor.label, position, answer.question, indent="  ")
            if track.shifted and track.latest is position:  # said once, where the actor stands now
                lines += _wrapped(f"Stance changed over time: {shift(track)}", "    ")
        lines.append("")
    return lines


def _track(track: Track, name: str, question: Question) -> list[str]:
    lines = [f"{name}" + (f"  (shifted: {shift(track)})" if track.shifted else "")]
    for position in track.positions:
        lines += _position(position.stance, position, question, indent="  ")
    return [*lines, ""]


def _position(name: str, position: Position, question: Question, *, indent: str) -> list[str]:
    lines = [f"{indent}{name}: {reports(position)}, {period(position)}"]
    for evidence in position.quotes:
        lines += _evidence(evidence, indent + "  ")
    more = earlier(position, question)
    if more:
        lines.append(f"{indent}  ({more})")
    return lines


def _evidence(evidence: Evidence, indent: str) -> list[str]:
    said = "".join(
        f"*{piece}*" if bold else piece for piece, bold in cue_parts(clip(evidence.text, SENTENCE_LIMIT), evidence.cue)
    )
    who = [f"said by {evidence.speaker}"] if evidence.speaker else []
    who += [f"reported by {evidence.reported_by}"] if evidence.reported_by else []
    who += [HOW_FOUND[evidence.confidence]] if evidence.confidence in HOW_FOUND else []
    who += [f"stated {day(evidence.stated)}"] if evidence.stated else []
    return _wrapped(said, indent) + _wrapped(_where(evidence.source, *who), indent + "  ")


def _where(source: Source, *notes: str) -> str:
    """ "— Caliber.az, 28 Aug 2025, Tamilla Hasanova · said by … · https://…" (the file name when there is no link)."""
    return "— " + " · ".join([credit(source), *notes, source.url or source.source])


def _matrix(answer: TopicAnswer) -> list[str]:
    width = max(len(t.actor.label) for t in answer.tracks) + 2
    lines = [f"{'':<{width}}" + "".join(f"{STANCE_HEADINGS[s]:>14}" for s in STANCES) + "   latest"]
    for track in answer.tracks:
        cells = "".join(f"{(tally(p) if (p := track.position(s)) else '·'):>14}" for s in STANCES)
        latest = f"{track.latest.stance} ({day(track.latest.last)})"
        lines.append(f"{track.actor.label:<{width}}{cells}   {latest}" + ("  shifted" if track.shifted else ""))
    return [
        *lines,
        "",
        "Numbers are reports on record (independent ones in brackets when copies repeat a story);"
        " `who-supports` shows the quotes.",
    ]


def _quotes(answer: QuoteAnswer) -> list[str]:
    lines = []
    for rank, result in enumerate(answer.results, 1):
        lines += _wrapped(f"{rank}. {clip(result.text, SENTENCE_LIMIT)}", "", "   ")
        speaker = [f"said by {result.speaker}"] if result.speaker else []
        lines += _wrapped(f"{_where(result.source, *speaker)} (score {result.score:.0f})", "   ")
        lines.append("")
    return lines


def _help(answer: HelpAnswer) -> list[str]:
    lines = []
    for spec in answer.commands:
        admin = " (desk admins, in Slack)" if spec.admin else ""
        summary = textwrap.wrap(spec.summary + admin, WIDTH - HELP_COLUMN)
        usage = f"  {spec.usage}"
        if len(usage) >= HELP_COLUMN:  # too long to share a line with its description
            lines.append(usage)
            usage = ""
        lines.append(usage.ljust(HELP_COLUMN) + summary[0])
        lines += [" " * HELP_COLUMN + line for line in summary[1:]]
        if len(answer.commands) == 1:
            lines.append(f"  e.g. {spec.example}")
    lines += ["", "Names can be misspelt: `who-suports no fly zone` works. Add `all` for earlier quotes."]
    muted = muted_summary(answer.mutes)
    return lines + _wrapped(muted, "") if muted else lines


def _mutes(answer: MutesAnswer) -> list[str]:
    done = mute_change(answer)
    lines = [*_wrapped(done, ""), ""] if done else []
    if not answer.mutes:
        return [*lines, "Nothing is muted now."]
    return [*lines, "Muted now:", *(f"  {muted_phrase(m)}" for m in answer.mutes)]


def _wrapped(text: str, indent: str, later: str | None = None) -> list[str]:
    """`text` wrapped to the terminal's width; links and hyphenated words are never broken."""
    later = indent if later is None else later
    wrapped = textwrap.wrap(
        text, WIDTH, initial_indent=indent, subsequent_indent=later, break_long_words=False, break_on_hyphens=False
    )
    return wrapped or [indent]
