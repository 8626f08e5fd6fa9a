"""Raising alerts: a newly stored article checked against the articles indexed before it, in its transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from bot.contradictions import (
    ALERTING_QUANTITIES,
    QUANTITY_TOPICS,
    Conflict,
    FigureValue,
    StanceClaim,
    alerting_stances,
    claim_subject,
    figure_subject,
    find_claim_conflict,
    find_figure_conflict,
)
from bot.model import STANCES
from bot.store import Database
from bot.store.alerts.quotations import misattributions
from bot.store.copies import story_group
from bot.store.mutes import is_muted

# An alert's state, kept in seen_pairs (by a trigger) when the alert goes with its claims.
_REMEMBERED = (
    "status",
    "attempts",
    "next_attempt_at",
    "last_error",
    "channel",
    "message_ts",
    "sent_at",
    "decided_by",
    "decided_at",
    "created_at",
)
# An article's key in pair keys: 64 bits of its content hash name it well enough among a desk's articles, and
# keep the key (stored with every alert and dismissal) short.
_ARTICLE_KEY = "substr(a.content_hash, 1, 16)"
# The columns of a StanceClaim, from a claim `c`, its article `a` and `k` the article's row of article_copies.
_STANCE_CLAIM = (
    f"c.id, c.article_id, {_ARTICLE_KEY}, c.stance, a.published, c.confidence != 'stated', c.stated, k.story_group"
)
# the columns of a FigureValue, with `k` the article's row of article_copies
_FIGURE_VALUE = f"f.id, f.article_id, {_ARTICLE_KEY}, f.low, f.high, a.published, k.story_group"
_WITH_STORY = "JOIN article_copies k ON k.article_id = a.id"
# an earlier article that is not a copy of the new one's story (`d` the lookup row; the parameter is its group)
_OTHER_STORY = "d.article_id NOT IN (SELECT article_id FROM article_copies WHERE story_group = ?)"
# The columns naming what each side of an alert rests on: claims, unless it is a figure or a quotation.
_ITEM_COLUMNS = {"figure": ("new_figure_id", "old_figure_id"), "attribution": ("new_quote_id", "old_quote_id")}
FIGURE_WINDOW = 50  # a new figure is checked against this many latest earlier figures of its quantity


def raise_alerts(db: Database, article_id: int, *, now: str, borderline: bool = False) -> int:
    """Check a newly stored article against the articles indexed before it; returns how many alerts it raised.

    Call inside the article's transaction. Only the new article's (actor, topic) pairs and quantities are
    looked up, each through an index that gives the latest earlier claims of a stance (or figures of a
    quantity) first and a tally of the articles per stance, and its quotations through the full-text index
    (bot.store.alerts.quotations), so a large archive costs about what a small one does. "Before" is a smaller
    article id, which also keeps a second run (after re-analysis) from alerting twice. Copies of the article's
    own story are never set against it. An alert whose actor or topic the desk has muted is recorded as muted.
    """
    raised, group = 0, story_group(db, article_id)
    claims: dict[tuple[str, str], list[StanceClaim]] = {}
    for actor, topic, *values in db.execute(
        f"SELECT c.actor, c.topic, {_STANCE_CLAIM} FROM claims c JOIN articles a ON a.id = c.article_id {_WITH_STORY}"
        " WHERE c.article_id = ? ORDER BY c.id",
        [article_id],
    ):
        claims.setdefault((actor, topic), []).append(_stance_claim(values))
    for (actor, topic), new in claims.items():
        subject = claim_subject(actor, topic)
        conflict = _claim_conflict(db, actor, topic, new, borderline=borderline, dismissed=_dismissed(db, subject))
        if conflict:
            muted = is_muted(db, now, actors=[actor], topics=[topic])
            raised += _insert(db, conflict, article_id, subject, now, actor=actor, topic=topic, muted=muted)
    figures: dict[tuple[str, str], list[FigureValue]] = {}
    for quantity, source, *values in db.execute(
        f"SELECT f.quantity, f.source, {_FIGURE_VALUE} FROM figures f JOIN articles a ON a.id = f.article_id"
        f" {_WITH_STORY} WHERE f.article_id = ? AND f.source IS NOT NULL ORDER BY f.id",
        [article_id],
    ):
        figures.setdefault((quantity, source), []).append(FigureValue(*values))
    for (quantity, source), new_figures in figures.items():
        if quantity not in ALERTING_QUANTITIES:
            continue
        subject = figure_subject(quantity)
        window = [  # only the same source's figures: two sources that differ are a disagreement, not an alert
            FigureValue(*row)
            for row in db.execute(
                f"SELECT {_FIGURE_VALUE} FROM figure_dates d JOIN figures f ON f.id = d.figure_id"
                f" JOIN articles a ON a.id = d.article_id {_WITH_STORY} WHERE d.quantity = ? AND d.source = ?"
                f" AND d.article_id < ? AND {_OTHER_STORY} ORDER BY d.published DESC, d.figure_id DESC LIMIT ?",
                [quantity, source, article_id, group, FIGURE_WINDOW],
            )
        ]
        conflict = find_figure_conflict(subject, new_figures, window, dismissed=_dismissed(db, subject))
        if conflict:
            muted = is_muted(db, now, topics=[QUANTITY_TOPICS[quantity]])
            raised += _insert(db, conflict, article_id, subject, now, quantity=quantity, muted=muted)
    for found in misattributions(db, article_id, dismissed=_dismissed(db, "quote")):
        muted = is_muted(db, now, actors=found.actors)
        actor = found.actors[0] if found.actors else None
        raised += _insert(db, found.conflict, article_id, found.subject, now, actor=actor, muted=muted)
    return raised


def _claim_conflict(
    db: Database,
    actor: str,
    topic: str,
    new: list[StanceClaim],
    *,
    borderline: bool,
    dismissed: set[str],
) -> Conflict | None:
    """Fetch the few earlier claims that could be cited, and the tallies, then let the rules choose."""
    article_id, article_key, group = new[0].article_id, new[0].article_key, new[0].story
    depth = 1 + sum(article_key in key for key in dismissed)  # enough to get past this article's dismissed pairs
    wanted = sorted({other for n in new for other in alerting_stances(n.stance, borderline=borderline)})
    earlier = []
    for stance in wanted:
        for row in db.execute(
            f"SELECT {_STANCE_CLAIM} FROM claim_dates d JOIN claims c ON c.id = d.claim_id"
            f" JOIN articles a ON a.id = d.article_id {_WITH_STORY}"
            f" WHERE d.actor = ? AND d.topic = ? AND d.stance = ? AND d.article_id < ? AND {_OTHER_STORY}"
            " ORDER BY d.direct DESC, d.stated DESC, d.claim_id DESC LIMIT ?",
            [actor, topic, stance, article_id, group, depth],
        ):
            earlier.append(replace(_stance_claim(row), article_stances=_stances_held(db, row[1], actor, topic)))
    if not earlier:
        return None
    tallies = dict(
        db.execute("SELECT stance, articles FROM stance_tallies WHERE actor = ? AND topic = ?", [actor, topic])
    )
    from_here = _articles_from(db, actor, topic, article_id)  # the tallies count them too: they are taken away
    by_stance: dict[str, int] = {stance: tallies.get(stance, 0) - from_here.get(stance, 0) for stance in STANCES}
    return find_claim_conflict(
        claim_subject(actor, topic),
        new,
        earlier,
        articles_by_stance=by_stance,
        borderline=borderline,
        dismissed=dismissed,
    )


def _articles_from(db: Database, actor: str, topic: str, article_id: int) -> dict[str, int]:
    """How many articles, this one or added after it, take each stance of the actor on the topic.

    A new article is the newest: only its own claims are read. Re-analysis checks each article again with the
    later ones in the index, which are counted in the date index's rows of the actor and topic.
    """
    if db.execute("SELECT 1 FROM articles WHERE id > ? LIMIT 1", [article_id]).fetchone() is None:
        return dict.fromkeys(_stances_held(db, article_id, actor, topic), 1)
    query = (
        "SELECT stance, count(DISTINCT article_id) FROM claim_dates"
        " WHERE actor = ? AND topic = ? AND article_id >= ? GROUP BY stance"
    )
    return dict(db.execute(query, [actor, topic, article_id]))


def _stances_held(db: Database, article_id: int, actor: str, topic: str) -> frozenset[str]:
    """The stances one article gives the actor on the topic."""
    rows = db.execute(  # the unary + keeps SQLite on the article's own (few) claims
        "SELECT DISTINCT stance FROM claims WHERE article_id = ? AND +actor = ? AND +topic = ?",
        [article_id, actor, topic],
    )
    return frozenset(row[0] for row in rows)


def _stance_claim(values: Sequence[Any]) -> StanceClaim:
    claim_id, article_id, article_key, stance, published, indirect, stated, story = values
    return StanceClaim(claim_id, article_id, article_key, stance, published, bool(indirect), stated=stated, story=story)


def _dismissed(db: Database, subject: str) -> set[str]:
    """The desk's dismissed pairs for one subject (keys start with it, so the primary key serves the range)."""
    prefix = subject + "|"
    rows = db.execute(
        "SELECT pair_key FROM dismissed_pairs WHERE pair_key >= ? AND pair_key < ?", [prefix, prefix + "\uffff"]
    )
    return {row[0] for row in rows}


def _insert(
    db: Database,
    conflict: Conflict,
    article_id: int,
    subject: str,
    now: str,
    *,
    actor: str | None = None,
    topic: str | None = None,
    quantity: str | None = None,
    muted: bool = False,
) -> int:
    """Write the alert (muted: recorded, never posted); one that went with its claims and is raised again comes
    back as it was, not as new."""
    if _alerted(db, article_id, subject):
        return 0
    new_item, old_item = _ITEM_COLUMNS.get(conflict.kind, ("new_claim_id", "old_claim_id"))
    row: dict[str, object] = {
        "kind": conflict.kind,
        "timing": conflict.timing,
        "actor": actor,
        "topic": topic,
        "quantity": quantity,
        "new_article_id": article_id,
        "old_article_id": conflict.old_article_id,
        new_item: conflict.new_id,
        old_item: conflict.old_id,
        "agree_new": conflict.agree_new,
        "agree_old": conflict.agree_old,
        "pair_key": conflict.pair_key,
        "status": "muted" if muted else "pending",
        "created_at": now,
    }
    seen = db.execute(
        f"SELECT alert_id, {', '.join(_REMEMBERED)} FROM seen_pairs WHERE pair_key = ?", [conflict.pair_key]
    ).fetchone()
    if seen:  # ids are never reused, so the old one is free unless that very alert is still there
        row.update(zip(("id", *_REMEMBERED), seen, strict=True))
    cursor = db.execute(
        f"INSERT OR IGNORE INTO alerts ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values())
    )
    return 0 if seen else cursor.rowcount


def _alerted(db: Database, article_id: int, subject: str) -> bool:
    """Whether the new article has its one alert on this subject (an actor and topic, a quantity, two speakers)
    already: two sources' figures of one quantity are one subject. A pair key is the subject and two article keys."""
    keys = db.execute("SELECT pair_key FROM alerts WHERE new_article_id = ?", [article_id])
    return any(key.rsplit("|", 2)[0] == subject for (key,) in keys)
