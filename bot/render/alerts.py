"""Block Kit for alerts: the desk-channel message with both quotes side by side, and the daily digest.

Every piece of article text is escaped for mrkdwn, so an article can never ping @channel or fake a link.
"""

from __future__ import annotations

import re

from bot.answering.values import Muted
from bot.lexicon import Lexicon
from bot.model import Alert, AlertSide
from bot.render.mrkdwn import escape, link
from bot.render.wording import HELD_BACK, alert_subject, change, clip, day, muted_summary, said_when, side_position

KIND_TITLES = {
    "contradiction": "Contradiction",
    "shift": "Shift",
    "borderline": "Borderline",
    "figure": "Figure conflict",
    "attribution": "Misattribution",
}
TIMING_NOTES = {
    "reversal": "a newer report reverses an older one",
    "earlier-report-differs": "an earlier statement, reported late, differs from later ones",
    "conflicting-reports": "reports differ (at least one is undated)",
}
# Characters shown, escaped, so that a side of the message stays within the 2,000 of a section field.
QUOTE_LIMIT = 900  # of the sentence
NAME_LIMIT = 80  # of an outlet, a file name, a figure
URL_LIMIT = 300  # longer addresses are not linked
SECTION_CHARS = 3_000  # Slack's limit for a section's text
MORE_ROOM = 60  # kept free for the "and N more" line
SLACK_USER = re.compile(r"[UW][A-Z0-9]{2,}")


def alert_message(alert: Alert, lexicon: Lexicon | None = None) -> dict:
    """The desk-channel message for one alert: what changed, both sides, the buttons.

    Once the desk has decided, the buttons give way to who decided and when.
    """
    title = KIND_TITLES[alert.kind]
    headline = alert_headline(alert, lexicon)
    earlier, later = _in_date_order(alert)
    blocks: list[dict] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*{title}* · {headline}"}},
        {"type": "section", "fields": [_side_field(*earlier, alert), _side_field(*later, alert)]},
        _context(f"{escape(TIMING_NOTES[alert.timing])} · {_agreement(alert)} · alert {alert.id}"),
    ]
    if alert.status in ("confirmed", "dismissed"):
        blocks.append(_context(_decision(alert)))
    else:
        blocks.append(
            {
                "type": "actions",
                "block_id": f"alert_{alert.id}",
                "elements": [
                    _button("Confirm", "alert_confirm", alert.id, "primary"),
                    _button("Dismiss", "alert_dismiss", alert.id, "danger"),
                ],
            }
        )
    return {"blocks": blocks, "text": f"{title}: {headline}"}


def alert_headline(alert: Alert, lexicon: Lexicon | None = None) -> str:
    """One mrkdwn line in the desk's words: "*United States on US backstop*: was noncommittal (…), now supports (…)"."""
    said_new, said_old = (
        f"{_shown(side_position(alert, side), NAME_LIMIT)} ({_credit(side)})" for side in (alert.new, alert.old)
    )
    # possible: a side not stated by the actor itself; muted: its actor or topic was muted when it was raised
    held_back = f"_{alert.status}_ · " if alert.status in HELD_BACK else ""
    reported = escape(day(alert.new.published))
    subject = escape(alert_subject(alert, lexicon))
    return f"{held_back}*{subject}*: {change(alert.timing, said_old, said_new, reported)}"


def digest_message(alerts: list[Alert], lexicon: Lexicon | None = None, *, mutes: tuple[Muted, ...] = ()) -> dict:
    """The daily digest: one line per shift or contradiction raised, newest first, within one section's limit,
    and what is muted (its alerts are left out)."""
    lines: list[str] = []
    for n, alert in enumerate(reversed(alerts)):
        line = f"• {alert_headline(alert, lexicon)}"
        if sum(len(x) + 1 for x in lines) + len(line) > SECTION_CHARS - MORE_ROOM:
            lines.append(f"and {len(alerts) - n} more: `/guarantees alerts` lists them.")
            break
        lines.append(line)
    count = f"{len(alerts)} change{'' if len(alerts) == 1 else 's'} of position"
    muted = muted_summary(mutes)
    return {
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "Daily digest of shifts"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}},
            *([_context(escape(muted))] if muted else []),
        ],
        "text": f"Daily digest: {count} in the last day.",
    }


def _credit(side: AlertSide) -> str:
    """Where a side comes from and when it was said, escaped: "Daily Sabah, 20 Feb 2025"."""
    return f"{_shown(side.outlet or side.source, NAME_LIMIT)}, {escape(said_when(side))}"


def _in_date_order(alert: Alert) -> tuple[tuple[str, AlertSide], tuple[str, AlertSide]]:
    """Both sides, labelled, the earlier statement on the left when the dates say which it is."""
    new, old = alert.new, alert.old
    if alert.timing == "reversal":
        return ("Before", old), ("Now", new)
    if alert.timing == "earlier-report-differs":
        return ("Earlier statement, just added", new), ("Later statement", old)
    return ("Already indexed", old), ("Just added", new)


def _side_field(label: str, side: AlertSide, alert: Alert) -> dict:
    if alert.is_figure or alert.is_attribution:
        position = _shown(side_position(alert, side), NAME_LIMIT)
    else:
        position = escape(str(side.stance)) + (
            f", reported by {_shown(side.reported_by, NAME_LIMIT)}" if side.reported_by else ""
        )
    url = side.url
    lines = [
        f"*{escape(label)}* · {_credit(side)}",
        f">{_shown(side.sentence or '', QUOTE_LIMIT)}",
        f"{position} · {link(url if url and len(escape(url)) <= URL_LIMIT else None, clip(side.source, 60))}",
    ]
    return {"type": "mrkdwn", "text": "\n".join(lines)}


def _shown(text: str, limit: int) -> str:
    """`text` on one line, escaped, and cut with an ellipsis so that the escaped form fits in `limit` characters."""
    pieces: list[str] = []
    size = 0
    for char in " ".join(text.split()):
        piece = escape(char)
        if size + len(piece) > limit - 1:
            return "".join(pieces).rstrip() + "…"
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)


def _agreement(alert: Alert) -> str:
    agree_new, agree_old = alert.agree_new, alert.agree_old
    others = f"others agreeing: {agree_new} with the report just added, {agree_old} with the one it differs from"
    sources = f"independent sources: {alert.new.sources or 0} on its side, {alert.old.sources or 0} on the other"
    return f"{others} · {sources}"


def _decision(alert: Alert) -> str:
    user = alert.decided_by or ""
    who = f"<@{user}>" if SLACK_USER.fullmatch(user) else escape(user or "someone")
    when = escape(day(alert.decided_at))
    if alert.status == "dismissed":
        return f"Dismissed by {who} on {when}: this pair will not alert again."
    return f"Confirmed by {who} on {when}."


def _button(text: str, action_id: str, alert_id: int, style: str) -> dict:
    return {
        "type": "button",
        "text": {"type": "plain_text", "text": text},
        "action_id": action_id,
        "value": str(alert_id),
        "style": style,
    }


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}
