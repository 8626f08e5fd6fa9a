"""Copies of one story in the index: each article's story group, found through the LSH buckets, and its story.

An article joins the group of the earlier articles its body copies (bot/copies.py decides); one that copies
articles of several groups joins them into one. The story of a group is not stored but read: its earliest
article by publication date (dated before undated, then the first indexed), so removing the story, or
correcting a date, makes the right article the story without rewriting anything.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.copies import Fingerprint, is_copy
from bot.store import Database, Store

CANDIDATES = 200  # bucket neighbours verified for one new article, at most: bounds the cost of a crowded bucket


def story_column(article: str) -> str:
    """SQL for the story id of the article whose id is the expression `article` (itself when it is the story)."""
    return (
        "(SELECT s.article_id FROM article_copies k JOIN article_copies s ON s.story_group = k.story_group"
        f" JOIN articles p ON p.id = s.article_id WHERE k.article_id = {article}"
        f" ORDER BY p.published IS NULL, p.published, s.article_id LIMIT 1)"
    )


def story_of(db: Database, article_id: int) -> int:
    """Which story this article is: the id of its group's earliest article (its own id when it is no copy)."""
    row = db.execute(f"SELECT {story_column('?')}", [article_id]).fetchone()
    return int(row[0]) if row and row[0] is not None else article_id


def story_group(db: Database, article_id: int) -> int:
    """The label its group's articles share (alerts and tallies compare it; it names no article in particular)."""
    row = db.execute("SELECT story_group FROM article_copies WHERE article_id = ?", [article_id]).fetchone()
    return int(row[0]) if row else article_id


def story_groups(db: Database, article_ids: Collection[int]) -> dict[int, int]:
    """story_group for several articles in one query (an article not filed yet is a group of its own)."""
    ids = list(article_ids)
    rows = (
        db.execute(
            f"SELECT article_id, story_group FROM article_copies WHERE article_id IN ({', '.join('?' * len(ids))})", ids
        ).fetchall()
        if ids
        else []
    )
    return {article_id: article_id for article_id in ids} | {int(a): int(g) for a, g in rows}


def copy_counts(store: Store) -> tuple[int, int]:
    """How many articles are copies of a story indexed with them, and how many stories have copies."""
    copies, stories = store.conn.execute(
        "SELECT count(*) - count(DISTINCT story_group), count(DISTINCT story_group) FROM article_copies"
        " WHERE story_group IN (SELECT story_group FROM article_copies GROUP BY story_group HAVING count(*) > 1)"
    ).fetchone()
    return int(copies), int(stories)


def find_copies(db: Database, fingerprint: Fingerprint, *, before: int) -> list[int]:
    """The groups of articles indexed before `before` whose body is one story with this one, smallest first.

    One indexed query for the bucket neighbours (BANDS keys), then each neighbour's signature compared."""
    keys = fingerprint.bucket_keys()
    rows = db.execute(
        "SELECT k.story_group, k.shingles, k.signature FROM article_copies k WHERE k.article_id IN ("
        f" SELECT DISTINCT article_id FROM copy_buckets WHERE bucket IN ({', '.join('?' * len(keys))})"
        " AND article_id < ? LIMIT ?)",
        [*keys, before, CANDIDATES],
    ).fetchall()
    return sorted(
        {group for group, shingles, signature in rows if is_copy(fingerprint, Fingerprint(shingles, signature))}
    )


def file_copy(db: Database, article_id: int, fingerprint: Fingerprint) -> int:
    """Put a stored article (before its claims, or with them removed) in its story group; returns the group.

    Call inside the article's transaction, so its claims are tallied in the group it joins."""
    groups = find_copies(db, fingerprint, before=article_id)
    group = min(groups, default=article_id)
    for other in groups:
        if other != group:
            _merge(db, other, into=group)
    forget_copy(db, article_id)  # the buckets of an earlier filing (re-analysis)
    db.execute(
        "INSERT INTO article_copies (article_id, story_group, shingles, signature) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (article_id) DO UPDATE SET story_group = excluded.story_group,"
        " shingles = excluded.shingles, signature = excluded.signature",
        [article_id, group, fingerprint.shingles, fingerprint.signature],
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO copy_buckets (bucket, article_id) VALUES (?, ?)",
        [(key, article_id) for key in fingerprint.bucket_keys()],
    )
    return group


def forget_copy(db: Database, article_id: int) -> None:
    """Take an article out of the buckets, before it is removed or filed again. The buckets have no index by
    article (it would double their size): the keys are computed again from the signature stored with it."""
    row = db.execute("SELECT shingles, signature FROM article_copies WHERE article_id = ?", [article_id]).fetchone()
    if row is None or row[1] is None:  # never filed: indexed before copies were told apart
        return
    keys = Fingerprint(*row).bucket_keys()
    db.execute(
        f"DELETE FROM copy_buckets WHERE bucket IN ({', '.join('?' * len(keys))}) AND article_id = ?",
        [*keys, article_id],
    )


def _merge(db: Database, group: int, *, into: int) -> None:
    """One story found to be another's: its articles, and their stance tallies, join the other group."""
    held = "SELECT actor, topic, stance FROM story_stances WHERE story_group = ?"
    db.execute(  # a stance both stories took was two sources and is now one
        f"UPDATE source_tallies SET sources = sources - 1 WHERE (actor, topic, stance) IN ({held} INTERSECT {held})",
        [group, into],
    )
    db.execute(
        "INSERT INTO story_stances SELECT actor, topic, stance, ?, articles FROM story_stances WHERE story_group = ?"
        " ON CONFLICT (actor, topic, stance, story_group) DO UPDATE SET articles = articles + excluded.articles",
        [into, group],
    )
    db.execute("DELETE FROM story_stances WHERE story_group = ?", [group])
    db.execute("UPDATE article_copies SET story_group = ? WHERE story_group = ?", [into, group])
