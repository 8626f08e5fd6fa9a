"""Wording shared by the Slack and terminal renderings: titles, dates, sources, shifts, empty answers.

Everything here is plain text; the Slack rendering escapes it for mrkdwn.
"""

from __future__ import annotations

from bot.answering.charting import StanceChart
from bot.answering.values import (
    ActorAnswer,
    AlertsAnswer,
    Answer,
    ArticlesAnswer,
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
from bot.contradictions import published_at
from bot.lexicon import Lexicon
from bot.model import Alert, AlertSide, Stance
from bot.questions.names import shown
from bot.questions.reading import Question

MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STANCE_HEADINGS: dict[Stance, str] = {
    "supports": "Supports",
    "opposes": "Opposes",
    "conditional": "Conditional",
    "noncommittal": "Noncommittal",
}


def title(answer: Answer) -> str:
    """The answer's first line."""
    match answer:
        case StanceAnswer():
            verb = "supports" if answer.first == "supports" else "opposes"
            return f"Who {verb} {answer.topic.label}"
        case ActorAnswer():
            return f"{answer.actor.label}: stances over time"
        case TopicAnswer():
            return f"{answer.topic.label}: who stands where"
        case QuoteAnswer():
            return f"Quotes like “{shown(answer.words)}”"
        case ArticlesAnswer():
            return f"Articles matching “{shown(answer.words)}”" if answer.words else "Articles in the index"
        case AlertsAnswer():
            return "Open alerts"
        case ListAnswer():
            return "Actors you can ask about" if answer.kind == "actor" else "Topics you can ask about"
        case HelpAnswer():
            return "What you can ask /guarantees"
        case MutesAnswer():
            return "Muted alerts"


def nothing_found(answer: Answer) -> str | None:
    """What to say when the answer is empty, with what to try instead; None when it is not."""
    match answer:
        case StanceAnswer() | TopicAnswer() if not answer.tracks:
            return (
                f"No one's stance on {answer.topic.label} is on record yet. "
                "Try another topic: `topic` lists them, `articles` shows what is indexed."
            )
        case ActorAnswer() if not answer.tracks:
            return f"No stances of {answer.actor.label} are on record yet. Try `actor` for the list of actors."
        case QuoteAnswer() if not answer.results:
            return (
                f"No sentence like “{shown(answer.words)}” in {count(answer.articles, 'article')}. "
                "Try fewer or other words, or `topic` to browse by topic."
            )
        case ArticlesAnswer() if not answer.articles:
            if answer.total:
                return f"No article's title, outlet or file name holds “{shown(answer.words)}”. Try `articles` alone."
            return "No articles are indexed yet. Desk admins can add some with `add`."
        case AlertsAnswer() if not answer.alerts:
            return "No open alerts: nothing new contradicts what was reported before."
        case MutesAnswer() if not (answer.change or answer.mutes):
            return "Nothing is muted: every alert goes to the channel. `mute topic tripwire for 3 days` mutes one."
    return None


def count(n: int, noun: str) -> str:
    """ "1 article", "3 articles"."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def reports(position: Position) -> str:
    """ "1 report", "3 independent reports", "4 reports, 2 independent" (copies of one story count once)."""
    if position.count == 1:
        return "1 report"
    if position.independent >= position.count:
        return f"{position.count:,} independent reports"
    return f"{position.count:,} reports, {position.independent:,} independent"


def tally(position: Position) -> str:
    """A matrix cell: reports, and the independent ones in brackets when copies repeat a story ("4 (2)")."""
    if position.independent >= position.count:
        return f"{position.count:,}"
    return f"{position.count:,} ({position.independent:,})"


def shown_of(shown: int, total: int, noun: str) -> str | None:
    """ "50 of 312 articles shown.", when not all are."""
    return f"{shown} of {count(total, noun)} shown." if total > shown else None


def day(when: str | None) -> str:
    """ "18 Sep 2025", or as precise as the date is ("Apr 2025", "2024"), or "undated"."""
    moment = published_at(when)
    if moment is not None:
        return f"{moment.day} {moment:%b %Y}"
    if when and len(when) == len("YYYY-MM") and when[:4].isdigit() and when[5:].isdigit() and "01" <= when[5:] <= "12":
        return f"{MONTH_ABBREVIATIONS[int(when[5:]) - 1]} {when[:4]}"
    return when if when and len(when) == len("YYYY") and when.isdigit() else "undated"


def said_when(side: AlertSide) -> str:
    """When an alert's side was said and reported: "18 Sep 2025", or "stated Apr 2025, reported 18 Sep 2025"
    when its sentence dates the statement."""
    if side.text_date is None:
        return day(side.published)
    return f"stated {day(side.text_date)}, reported {day(side.published)}"


def period(position: Position) -> str:
    """When a position was held: "20 Feb – 28 Aug 2025", one day, or "undated"."""
    if position.first is None or position.last is None or day(position.first) == day(position.last):
        return day(position.last)
    return f"{day(position.first)} – {day(position.last)}"


def credit(source: Source) -> str:
    """Who published it and when: "Caliber.az, 28 Aug 2025, Tamilla Hasanova" (the file name is shown apart)."""
    parts = [source.outlet or source.title, day(source.published), source.author]
    return ", ".join(p for p in parts if p)


def shift(track: Track) -> str:
    """The actor's stances in the order taken: "noncommittal (20 Feb – 20 Aug 2025) → supports (28 Aug 2025)"."""
    return " → ".join(f"{p.stance} ({period(p)})" for p in track.positions)


def earlier(position: Position, question: Question) -> str | None:
    """How many claims are not shown, and how to see them."""
    if not position.hidden:
        return None
    hidden = count(position.hidden, "earlier article")
    return f"and {hidden}" if question.full else f"{hidden}: ask `{shown(question.text)} all`"


def alert_line(alert: Alert, lexicon: Lexicon) -> str:
    """One alert on one line: "shift · United States on US backstop: was noncommittal (Daily Sabah, …), now …"."""
    said_old, said_new = (
        f"{side_position(alert, side)} ({side.outlet or side.source}, {said_when(side)})"
        for side in (alert.old, alert.new)
    )
    kind = f"{alert.status} {alert.kind}" if alert.status in HELD_BACK else alert.kind
    how = change(alert.timing, said_old, said_new, day(alert.new.published))
    return f"{kind} · {alert_subject(alert, lexicon)}: {how}"


HELD_BACK = ("possible", "muted")  # statuses of alerts listed but never posted, named before their kind
QUOTATION_SHOWN = 80  # characters of a quotation naming an attribution alert


def alert_subject(alert: Alert, lexicon: Lexicon | None) -> str:
    """What an alert is about: "United States on US backstop", "Force size", or the quotation in quotes."""
    if alert.is_figure:
        return str(alert.quantity).replace("-", " ").capitalize()
    if alert.is_attribution:
        return f"“{clip(alert.new.quotation or '', QUOTATION_SHOWN)}”"
    actor_id, topic_id = str(alert.actor), str(alert.topic)
    actor = lexicon.actors.get(actor_id) if lexicon else None
    topic = lexicon.topics.get(topic_id) if lexicon else None
    actor_label = actor.label if actor else actor_id.removeprefix("outlet:")
    return f"{actor_label} on {topic.label if topic else topic_id}"


def side_position(alert: Alert, side: AlertSide) -> str:
    """What one side of an alert says: its stance, its figure, or whom it credits the quotation to."""
    if alert.is_figure:
        return str(side.figure)
    if alert.is_attribution:
        return f"credited to {side.speaker}"
    return str(side.stance)


def muted_phrase(muted: Muted) -> str:
    """ "topic Tripwire until 4 Dec 2025 09:30 UTC", or "actor Russia until unmuted"."""
    return f"{muted.kind} {muted.label.label} until {_moment(muted.until) if muted.until else 'unmuted'}"


def muted_summary(mutes: tuple[Muted, ...]) -> str | None:
    """What is muted, in one sentence, for help, App Home and the digest; None when nothing is."""
    if not mutes:
        return None
    return "Muted (alerts recorded and listed by `alerts`, not posted): " + "; ".join(map(muted_phrase, mutes)) + "."


def mute_change(answer: MutesAnswer) -> str | None:
    """What a mute or unmute just did, in the desk's words; None when the question only listed the mutes."""
    target = answer.target
    if target is None:
        return None
    if answer.change == "muted":
        held = f" {count(answer.held, 'alert')} waiting to be posted will not be." if answer.held else ""
        return f"Muted the {muted_phrase(target)}: its alerts are recorded and listed by `alerts`, not posted.{held}"
    return (
        f"Unmuted the {target.kind} {target.label.label}: its new alerts go to the channel again; those raised while"
        " it was muted stay listed by `alerts`, unposted."
    )


def _moment(value: str) -> str:
    """ "4 Dec 2025 09:30 UTC"."""
    moment = published_at(value)
    return f"{day(value)} {moment:%H:%M} UTC" if moment else value


def change(timing: str, said_old: str, said_new: str, reported: str) -> str:
    """How two statements relate in time, in the desk's words: when each was said (the date its sentence gives,
    else its publication date) decides, not the upload order; `reported` is the new side's publication date."""
    if timing == "reversal":
        return f"was {said_old}, now {said_new}"
    if timing == "earlier-report-differs":
        return f"an earlier statement, reported on {reported}, has {said_new}, against a later {said_old}"
    return f"reports differ: {said_new} against {said_old}"


def clip(text: str, limit: int) -> str:
    """`text` on one line, cut at `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


HOW_FOUND = {"reported": "reported", "inferred": "inferred from context", "opinion": "the outlet's opinion"}


def cue_parts(text: str, cue: str) -> list[tuple[str, bool]]:
    """`text` cut into pieces, each marked True where it is the cue's words ("ruled out … sending"), so that
    a renderer can show why the bot placed the actor where it did."""
    spans = []
    lowered = text.lower()
    at = 0
    for part in (p.strip() for p in cue.split("…")):
        found = lowered.find(part.lower(), at) if part else -1
        if found >= 0:
            spans.append((found, found + len(part)))
            at = found + len(part)
    pieces: list[tuple[str, bool]] = []
    last = 0
    for start, end in spans:
        pieces += [(text[last:start], False), (text[start:end], True)]
        last = end
    pieces.append((text[last:], False))
    return [(piece, bold) for piece, bold in pieces if piece]


def chart_summary(chart: StanceChart) -> str:
    """The chart in words, for whoever cannot see it (Slack's alt text): each row's stance now."""
    now = [f"{row.label} {row.now or 'undated only'}" for row in chart.rows]
    more = f", and {count(chart.more, 'more ' + chart.kind)}" if chart.more else ""
    return f"Stances over time on {chart.title}. Now: {'; '.join(now)}{more}."
