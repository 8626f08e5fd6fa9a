"""The schema as numbered migrations, each applied once and recorded in `_migrations`."""

from __future__ import annotations

import sqlite3

import sqlite_utils


def m001_initial() -> str:
    """Articles, their sentences (with a full-text index), and what the analysis found in them."""
    return """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            outlet TEXT,
            author TEXT,
            published TEXT,
            url TEXT,
            provenance TEXT NOT NULL DEFAULT '{}',
            body TEXT NOT NULL,
            raw_bytes INTEGER NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source ON articles(source);

        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (article_id, position)
        );

        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content='sentences', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER sentences_au AFTER UPDATE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, 'row');

        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            actor TEXT NOT NULL,
            topic TEXT NOT NULL,
            stance TEXT NOT NULL CHECK (stance IN ('supports', 'opposes', 'conditional', 'noncommittal')),
            speaker TEXT,
            reported_by TEXT,
            cue TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX claims_actor_topic ON claims(actor, topic);
        CREATE INDEX claims_topic_stance ON claims(topic, stance);
        CREATE INDEX claims_article ON claims(article_id);
        CREATE INDEX claims_sentence ON claims(sentence_id);

        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            speaker TEXT,
            actor TEXT
        );
        CREATE INDEX quotes_sentence ON quotes(sentence_id);
        CREATE INDEX quotes_article ON quotes(article_id);

        CREATE TABLE figures (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            quantity TEXT NOT NULL,
            low REAL,
            high REAL,
            text TEXT NOT NULL
        );
        CREATE INDEX figures_quantity ON figures(quantity);
        CREATE INDEX figures_article ON figures(article_id);
        """


def m002_alerts() -> str:
    """The alert outbox, the desk's dismissals (which outlive articles), and Slack events already seen."""
    return """
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('contradiction', 'shift', 'borderline', 'figure')),
            timing TEXT NOT NULL CHECK (timing IN ('reversal', 'earlier-report-differs', 'conflicting-reports')),
            actor TEXT,
            topic TEXT,
            quantity TEXT,
            new_article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            old_article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            new_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            old_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            new_figure_id INTEGER REFERENCES figures(id) ON DELETE CASCADE,
            old_figure_id INTEGER REFERENCES figures(id) ON DELETE CASCADE,
            agree_new INTEGER NOT NULL DEFAULT 0,
            agree_old INTEGER NOT NULL DEFAULT 0,
            pair_key TEXT NOT NULL,
            dedupe_key TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sent', 'failed', 'dead', 'confirmed', 'dismissed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error TEXT,
            channel TEXT,
            message_ts TEXT,
            decided_by TEXT,
            decided_at TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX alerts_status ON alerts(status, next_attempt_at);
        CREATE INDEX alerts_new_article ON alerts(new_article_id);
        CREATE INDEX alerts_old_article ON alerts(old_article_id);

        CREATE TABLE dismissed_pairs (
            pair_key TEXT PRIMARY KEY,
            dismissed_by TEXT,
            dismissed_at TEXT NOT NULL
        );

        CREATE TABLE slack_events (
            event_id TEXT PRIMARY KEY,
            received_at TEXT NOT NULL
        );
        """


# m003 stays a hand-written rebuild: sqlite-utils' `transform()` (4.2.1) keeps an AUTOINCREMENT it finds but
# cannot add one, which is this migration's point, and it writes the schema in its own words (quoted names,
# DEFAULT '0' for DEFAULT 0), so a file migrated by it would differ from one migrated before.
def m003_alert_ids_and_seen_pairs() -> str:
    """Alert ids never reused (AUTOINCREMENT), since Slack buttons and pollers hold them; indexes for the cascades
    from claims and figures; and the pairs whose alert reached the desk, so that an alert raised again for one
    (after re-analysis, or an article removed and added again) keeps its id, its message and the desk's decision."""
    return """
        CREATE TABLE alerts_v3 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('contradiction', 'shift', 'borderline', 'figure')),
            timing TEXT NOT NULL CHECK (timing IN ('reversal', 'earlier-report-differs', 'conflicting-reports')),
            actor TEXT,
            topic TEXT,
            quantity TEXT,
            new_article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            old_article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            new_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            old_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            new_figure_id INTEGER REFERENCES figures(id) ON DELETE CASCADE,
            old_figure_id INTEGER REFERENCES figures(id) ON DELETE CASCADE,
            agree_new INTEGER NOT NULL DEFAULT 0,
            agree_old INTEGER NOT NULL DEFAULT 0,
            pair_key TEXT NOT NULL,
            dedupe_key TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sent', 'failed', 'dead', 'confirmed', 'dismissed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error TEXT,
            channel TEXT,
            message_ts TEXT,
            decided_by TEXT,
            decided_at TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT
        );
        INSERT INTO alerts_v3 SELECT * FROM alerts;
        DROP TABLE alerts;
        ALTER TABLE alerts_v3 RENAME TO alerts;
        CREATE INDEX alerts_status ON alerts(status, next_attempt_at);
        CREATE INDEX alerts_new_article ON alerts(new_article_id);
        CREATE INDEX alerts_old_article ON alerts(old_article_id);
        CREATE INDEX alerts_new_claim ON alerts(new_claim_id);
        CREATE INDEX alerts_old_claim ON alerts(old_claim_id);
        CREATE INDEX alerts_new_figure ON alerts(new_figure_id);
        CREATE INDEX alerts_old_figure ON alerts(old_figure_id);
        CREATE INDEX alerts_created ON alerts(created_at);

        CREATE TABLE seen_pairs (
            pair_key TEXT PRIMARY KEY,
            alert_id INTEGER NOT NULL,
            status TEXT NOT NULL,
            channel TEXT,
            message_ts TEXT,
            sent_at TEXT,
            decided_by TEXT,
            decided_at TEXT
        );
        """


# A new claim counts its article once for its actor, topic and stance (the insert trigger of claims, migrations 4,
# 7 and 8).
_TALLY_NEW_CLAIM = """INSERT INTO stance_tallies
                SELECT new.actor, new.topic, new.stance, 1
                WHERE NOT EXISTS (
                    SELECT 1 FROM claims WHERE actor = new.actor AND topic = new.topic AND stance = new.stance
                    AND article_id = new.article_id AND id != new.id
                )
                ON CONFLICT (actor, topic, stance) DO UPDATE SET articles = articles + 1;"""


def m004_alert_lookups() -> str:
    """What keeps the contradiction check as cheap in a large archive as in a small one: each claim and figure
    with its article's publication date ('' when undated), indexed so the latest earlier one is found without a
    scan, and how many articles take each stance of each actor on each topic. Triggers keep them in step with
    claims, figures and articles (claims and figures are deleted and inserted again, never updated)."""
    return f"""
        CREATE TABLE claim_dates (
            claim_id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL,
            actor TEXT NOT NULL,
            topic TEXT NOT NULL,
            stance TEXT NOT NULL,
            direct INTEGER NOT NULL,
            published TEXT NOT NULL
        );
        CREATE INDEX claim_dates_latest ON claim_dates(actor, topic, stance, direct, published);
        CREATE INDEX claim_dates_article ON claim_dates(article_id);

        CREATE TABLE figure_dates (
            figure_id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL,
            quantity TEXT NOT NULL,
            published TEXT NOT NULL
        );
        CREATE INDEX figure_dates_latest ON figure_dates(quantity, published);
        CREATE INDEX figure_dates_article ON figure_dates(article_id);

        CREATE TABLE stance_tallies (
            actor TEXT NOT NULL,
            topic TEXT NOT NULL,
            stance TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (actor, topic, stance)
        ) WITHOUT ROWID;
        CREATE INDEX claims_subject_stance ON claims(actor, topic, stance, article_id);

        CREATE TRIGGER claims_lookups_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claim_dates VALUES (
                new.id, new.article_id, new.actor, new.topic, new.stance, new.reported_by IS NULL,
                coalesce((SELECT published FROM articles WHERE id = new.article_id), '')
            );
            {_TALLY_NEW_CLAIM}
        END;
        CREATE TRIGGER claims_lookups_ad AFTER DELETE ON claims BEGIN
            DELETE FROM claim_dates WHERE claim_id = old.id;
            UPDATE stance_tallies SET articles = articles - 1
                WHERE actor = old.actor AND topic = old.topic AND stance = old.stance AND NOT EXISTS (
                    SELECT 1 FROM claims WHERE actor = old.actor AND topic = old.topic AND stance = old.stance
                    AND article_id = old.article_id
                );
        END;
        CREATE TRIGGER figures_lookups_ai AFTER INSERT ON figures BEGIN
            INSERT INTO figure_dates VALUES (
                new.id, new.article_id, new.quantity,
                coalesce((SELECT published FROM articles WHERE id = new.article_id), '')
            );
        END;
        CREATE TRIGGER figures_lookups_ad AFTER DELETE ON figures BEGIN
            DELETE FROM figure_dates WHERE figure_id = old.id;
        END;
        CREATE TRIGGER articles_published_au AFTER UPDATE OF published ON articles BEGIN
            UPDATE claim_dates SET published = coalesce(new.published, '') WHERE article_id = new.id;
            UPDATE figure_dates SET published = coalesce(new.published, '') WHERE article_id = new.id;
        END;

        INSERT INTO claim_dates
            SELECT c.id, c.article_id, c.actor, c.topic, c.stance, c.reported_by IS NULL, coalesce(a.published, '')
            FROM claims c JOIN articles a ON a.id = c.article_id;
        INSERT INTO figure_dates
            SELECT f.id, f.article_id, f.quantity, coalesce(a.published, '')
            FROM figures f JOIN articles a ON a.id = f.article_id;
        INSERT INTO stance_tallies
            SELECT actor, topic, stance, count(DISTINCT article_id) FROM claims GROUP BY actor, topic, stance;
        """


# An alert removed with its claims is remembered whole, by its pair (migrations 5, 10 and 13).
_REMEMBER_REMOVED_ALERTS = """CREATE TRIGGER alerts_remembered_ad AFTER DELETE ON alerts BEGIN
            INSERT INTO seen_pairs (pair_key, alert_id, status, attempts, next_attempt_at, last_error, channel,
                message_ts, sent_at, decided_by, decided_at, created_at)
            VALUES (old.pair_key, old.id, old.status, old.attempts, old.next_attempt_at, old.last_error, old.channel,
                old.message_ts, old.sent_at, old.decided_by, old.decided_at, old.created_at)
            ON CONFLICT (pair_key) DO UPDATE SET alert_id = excluded.alert_id, status = excluded.status,
                attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at,
                last_error = excluded.last_error, channel = excluded.channel, message_ts = excluded.message_ts,
                sent_at = excluded.sent_at, decided_by = excluded.decided_by, decided_at = excluded.decided_at,
                created_at = excluded.created_at;
        END;"""


def m005_remember_removed_alerts() -> str:
    """An alert removed with its claims (re-analysis, an article removed) is remembered whole, by its pair, so that
    raised again it comes back as it was: its id, its delivery (attempts, Slack message) and the desk's decision."""
    return f"""
        ALTER TABLE seen_pairs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE seen_pairs ADD COLUMN next_attempt_at TEXT;
        ALTER TABLE seen_pairs ADD COLUMN last_error TEXT;
        ALTER TABLE seen_pairs ADD COLUMN created_at TEXT;
        {_REMEMBER_REMOVED_ALERTS}
        """


def m006_smaller_index() -> str:
    """Two fifths of the file, measured on the benchmark archive: the body left the articles table (the sentences
    hold the text, and a 2.5 kB row filled a 4 kB page on its own); the full-text index keeps which sentences
    hold a word but not where (no phrase queries, which the bot never asks, and no sizes, which only bm25
    reads); an index that was a prefix of another one and one that no question used are gone; and alerts name
    articles by 16 characters of their content hash instead of 64."""
    return f"""
        ALTER TABLE articles DROP COLUMN body;
        DROP INDEX claims_actor_topic;
        DROP INDEX claims_topic_stance;
        DROP TABLE sentences_vocab;
        DROP TABLE sentences_fts;
        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content='sentences', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0
        );
        INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
        CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, 'row');
        UPDATE alerts SET pair_key = {_SHORT_PAIR_KEY} WHERE {_LONG_PAIR_KEY};
        UPDATE seen_pairs SET pair_key = {_SHORT_PAIR_KEY} WHERE {_LONG_PAIR_KEY};
        UPDATE dismissed_pairs SET pair_key = {_SHORT_PAIR_KEY} WHERE {_LONG_PAIR_KEY};
        """


# A pair key ending in two whole content hashes (`subject|<64 hex>|<64 hex>`), and the same key with each hash
# cut to its first 16 characters, as alerts now name articles.
_LONG_PAIR_KEY = "length(pair_key) > 130 AND substr(pair_key, -130, 1) = '|' AND substr(pair_key, -65, 1) = '|'"
_SHORT_PAIR_KEY = (
    "substr(pair_key, 1, length(pair_key) - 130)"
    " || '|' || substr(pair_key, -129, 16) || '|' || substr(pair_key, -64, 16)"
)


def m007_claim_confidence() -> str:
    """How each claim was found (stated by the actor, reported by another, inferred through "this" or "they",
    an outlet's opinion): only claims the actor stated count as direct, and an alert whose two claims are not
    both direct is a possible one, kept for the digest and the alerts answer, never posted."""
    return f"""
        ALTER TABLE claims ADD COLUMN confidence TEXT NOT NULL DEFAULT 'stated';
        UPDATE claims SET confidence = 'reported' WHERE reported_by IS NOT NULL;
        DROP TRIGGER claims_lookups_ai;
        CREATE TRIGGER claims_lookups_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claim_dates VALUES (
                new.id, new.article_id, new.actor, new.topic, new.stance, new.confidence = 'stated',
                coalesce((SELECT published FROM articles WHERE id = new.article_id), '')
            );
            {_TALLY_NEW_CLAIM}
        END;
        UPDATE claim_dates SET direct = (SELECT c.confidence = 'stated' FROM claims c WHERE c.id = claim_id);
        """


def m008_statement_dates() -> str:
    """When each claim was stated: the date its sentence gives ("on Monday", "back in April"; a day, a month or a
    year) with `stated_from` 'text', or NULL with 'published' when it is the publication's. The date index that
    orders claims (`claim_dates`) now holds the statement's date, so timelines and alerts order statements, not
    articles; a corrected publication date moves only the claims that take it. Claims stored before this have
    the publication's date until `guarantees reanalyze` reads their sentences again."""
    return f"""
        ALTER TABLE claims ADD COLUMN stated TEXT;
        ALTER TABLE claims ADD COLUMN stated_from TEXT NOT NULL DEFAULT 'published'
            CHECK (stated_from IN ('text', 'published'));
        DROP TRIGGER claims_lookups_ai;
        DROP TRIGGER articles_published_au;
        ALTER TABLE claim_dates RENAME COLUMN published TO stated;
        CREATE TRIGGER claims_lookups_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claim_dates VALUES (
                new.id, new.article_id, new.actor, new.topic, new.stance, new.confidence = 'stated',
                coalesce(new.stated, (SELECT published FROM articles WHERE id = new.article_id), '')
            );
            {_TALLY_NEW_CLAIM}
        END;
        CREATE TRIGGER articles_published_au AFTER UPDATE OF published ON articles BEGIN
            UPDATE claim_dates SET stated = coalesce(
                (SELECT c.stated FROM claims c WHERE c.id = claim_id), new.published, ''
            ) WHERE article_id = new.id;
            UPDATE figure_dates SET published = coalesce(new.published, '') WHERE article_id = new.id;
        END;
        """


def m009_article_copies() -> str:
    """Copies of one story (issue 14): each article's story group, its MinHash fingerprint and LSH bucket keys
    (bot/copies.py), and how many independent stories (groups) take each stance (`source_tallies`, kept by
    triggers like the article tallies), so answers say "4 reports, 2 independent" without counting. An article
    indexed before this migration is a group of its own until `reanalyze` fingerprints it."""
    return """
        CREATE TABLE article_copies (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_group INTEGER NOT NULL,
            shingles INTEGER NOT NULL DEFAULT 0,
            signature BLOB
        );
        CREATE INDEX article_copies_group ON article_copies(story_group);
        -- no index by article (it would double the table): an article's keys are computed again from its signature
        CREATE TABLE copy_buckets (
            bucket INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (bucket, article_id)
        ) WITHOUT ROWID;
        INSERT INTO article_copies (article_id, story_group) SELECT id, id FROM articles;

        CREATE TABLE story_stances (
            actor TEXT NOT NULL,
            topic TEXT NOT NULL,
            stance TEXT NOT NULL,
            story_group INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (actor, topic, stance, story_group)
        ) WITHOUT ROWID;
        CREATE TABLE source_tallies (
            actor TEXT NOT NULL,
            topic TEXT NOT NULL,
            stance TEXT NOT NULL,
            sources INTEGER NOT NULL,
            PRIMARY KEY (actor, topic, stance)
        ) WITHOUT ROWID;
        INSERT INTO story_stances
            SELECT c.actor, c.topic, c.stance, k.story_group, count(DISTINCT c.article_id)
            FROM claims c JOIN article_copies k ON k.article_id = c.article_id GROUP BY 1, 2, 3, 4;
        INSERT INTO source_tallies SELECT actor, topic, stance, count(*) FROM story_stances GROUP BY 1, 2, 3;

        CREATE TRIGGER claims_sources_ai AFTER INSERT ON claims WHEN NOT EXISTS (
            SELECT 1 FROM claims WHERE actor = new.actor AND topic = new.topic AND stance = new.stance
            AND article_id = new.article_id AND id != new.id
        ) BEGIN
            INSERT INTO source_tallies
                SELECT new.actor, new.topic, new.stance, 1 WHERE NOT EXISTS (
                    SELECT 1 FROM story_stances s JOIN article_copies k ON k.story_group = s.story_group
                    WHERE k.article_id = new.article_id AND s.actor = new.actor AND s.topic = new.topic
                    AND s.stance = new.stance
                )
                ON CONFLICT (actor, topic, stance) DO UPDATE SET sources = sources + 1;
            INSERT INTO story_stances
                SELECT new.actor, new.topic, new.stance, story_group, 1 FROM article_copies
                WHERE article_id = new.article_id
                ON CONFLICT (actor, topic, stance, story_group) DO UPDATE SET articles = articles + 1;
        END;
        CREATE TRIGGER claims_sources_ad AFTER DELETE ON claims WHEN NOT EXISTS (
            SELECT 1 FROM claims WHERE actor = old.actor AND topic = old.topic AND stance = old.stance
            AND article_id = old.article_id
        ) BEGIN
            UPDATE story_stances SET articles = articles - 1
                WHERE actor = old.actor AND topic = old.topic AND stance = old.stance
                AND story_group = (SELECT story_group FROM article_copies WHERE article_id = old.article_id);
            UPDATE source_tallies SET sources = sources - 1
                WHERE actor = old.actor AND topic = old.topic AND stance = old.stance AND EXISTS (
                    SELECT 1 FROM story_stances s WHERE s.actor = old.actor AND s.topic = old.topic
                    AND s.stance = old.stance AND s.articles = 0
                );
            DELETE FROM story_stances
                WHERE actor = old.actor AND topic = old.topic AND stance = old.stance AND articles = 0;
        END;
        """


def m010_attribution_alerts() -> str:
    """The same quotation credited to two people: quotations record whether their speaker is a person the article
    names (a title or a body alone never raises), and alerts may rest on two quotations (kind `attribution`) and
    be `muted` (recorded and listed, never posted). The alerts table is rebuilt to widen its checks; its rows,
    ids, indexes and the trigger that remembers removed alerts are kept. Quotations stored before this migration
    count as unnamed until `guarantees reanalyze` reads them again."""
    return f"""
        ALTER TABLE quotes ADD COLUMN speaker_is_person INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE alerts_v10 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('contradiction', 'shift', 'borderline', 'figure', 'attribution')),
            timing TEXT NOT NULL CHECK (timing IN ('reversal', 'earlier-report-differs', 'conflicting-reports')),
            actor TEXT,
            topic TEXT,
            quantity TEXT,
            new_article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            old_article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            new_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            old_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            new_figure_id INTEGER REFERENCES figures(id) ON DELETE CASCADE,
            old_figure_id INTEGER REFERENCES figures(id) ON DELETE CASCADE,
            agree_new INTEGER NOT NULL DEFAULT 0,
            agree_old INTEGER NOT NULL DEFAULT 0,
            pair_key TEXT NOT NULL,
            dedupe_key TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sent', 'failed', 'dead', 'confirmed', 'dismissed', 'muted')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error TEXT,
            channel TEXT,
            message_ts TEXT,
            decided_by TEXT,
            decided_at TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            new_quote_id INTEGER REFERENCES quotes(id) ON DELETE CASCADE,
            old_quote_id INTEGER REFERENCES quotes(id) ON DELETE CASCADE
        );
        INSERT INTO alerts_v10 SELECT *, NULL, NULL FROM alerts;
        DROP TABLE alerts;
        ALTER TABLE alerts_v10 RENAME TO alerts;
        CREATE INDEX alerts_status ON alerts(status, next_attempt_at);
        CREATE INDEX alerts_new_article ON alerts(new_article_id);
        CREATE INDEX alerts_old_article ON alerts(old_article_id);
        CREATE INDEX alerts_new_claim ON alerts(new_claim_id);
        CREATE INDEX alerts_old_claim ON alerts(old_claim_id);
        CREATE INDEX alerts_new_figure ON alerts(new_figure_id);
        CREATE INDEX alerts_old_figure ON alerts(old_figure_id);
        CREATE INDEX alerts_new_quote ON alerts(new_quote_id);
        CREATE INDEX alerts_old_quote ON alerts(old_quote_id);
        CREATE INDEX alerts_created ON alerts(created_at);
        {_REMEMBER_REMOVED_ALERTS}
        """


def m011_mutes() -> str:
    """What the desk has muted: an actor or a topic (by id), who muted it, and until when (NULL: until unmuted).
    A mute past its end is simply no longer in force; it is replaced when muted again."""
    return """
        CREATE TABLE mutes (
            kind TEXT NOT NULL CHECK (kind IN ('actor', 'topic')),
            name TEXT NOT NULL,
            muted_by TEXT NOT NULL,
            muted_at TEXT NOT NULL,
            until TEXT,
            PRIMARY KEY (kind, name)
        ) WITHOUT ROWID;
        """


def m012_figure_sources() -> str:
    """Whose plan or estimate each figure is: only one source's figures are set against each other, so the
    lookup of the latest earlier figures is by quantity and source."""
    return """
        ALTER TABLE figures ADD COLUMN source TEXT;
        ALTER TABLE figure_dates ADD COLUMN source TEXT;
        DROP INDEX figure_dates_latest;
        CREATE INDEX figure_dates_latest ON figure_dates(quantity, source, published);
        DROP TRIGGER figures_lookups_ai;
        CREATE TRIGGER figures_lookups_ai AFTER INSERT ON figures BEGIN
            INSERT INTO figure_dates (figure_id, article_id, quantity, published, source) VALUES (
                new.id, new.article_id, new.quantity,
                coalesce((SELECT published FROM articles WHERE id = new.article_id), ''), new.source
            );
        END;
        """


# The rows of a deleted claim and figure (`old`) in `claim_dates` and `figure_dates` (migration 13), found by their
# keys: a claim's date is the one its sentence gives, else its article's publication date, else ''.
_OLD_CLAIM_DATE = (
    "actor = old.actor AND topic = old.topic AND stance = old.stance AND direct = (old.confidence = 'stated')"
    " AND stated = coalesce(old.stated, (SELECT published FROM articles WHERE id = old.article_id), '')"
    " AND claim_id = old.id"
)
_OLD_FIGURE_DATE = (
    "quantity = old.quantity AND source = old.source"
    " AND published = coalesce((SELECT published FROM articles WHERE id = old.article_id), '') AND figure_id = old.id"
)
# The alerts' columns but `dedupe_key`, which migration 13 drops.
_ALERT_COLUMNS = (
    "id, kind, timing, actor, topic, quantity, new_article_id, old_article_id, new_claim_id, old_claim_id,"
    " new_figure_id, old_figure_id, agree_new, agree_old, pair_key, status, attempts, next_attempt_at, last_error,"
    " channel, message_ts, decided_by, decided_at, created_at, sent_at, new_quote_id, old_quote_id"
)


def m013_smaller_lookups() -> str:
    """The file was 3.3 times the raw text on the 1,000-article benchmark (target: 3), mostly from keys stored twice.
    `claim_dates` and `figure_dates` (each a table by id, the index the lookups read, one by article) are now
    tables clustered on their lookup keys; the triggers find a row by its key. Only figures with a source are
    looked up, so only theirs are kept. The index of claims by actor, topic, stance and article goes: the
    triggers read an article's own few claims instead, and the alert check counts later articles in
    `claim_dates`. An alert's `dedupe_key` (one per new article and subject) repeated its pair key: raise_alerts
    reads the article's alerts instead. The indexes by claim, figure and quotation skip alerts without one
    (ON DELETE CASCADE seeks an id), and no question reads figures by quantity."""
    return f"""
        DROP TRIGGER claims_lookups_ai;
        DROP TRIGGER claims_lookups_ad;
        DROP TRIGGER figures_lookups_ai;
        DROP TRIGGER figures_lookups_ad;
        DROP TRIGGER articles_published_au;
        CREATE TABLE claim_dates_v13 (
            actor TEXT NOT NULL,
            topic TEXT NOT NULL,
            stance TEXT NOT NULL,
            direct INTEGER NOT NULL,
            stated TEXT NOT NULL,
            claim_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (actor, topic, stance, direct, stated, claim_id)
        ) WITHOUT ROWID;
        INSERT INTO claim_dates_v13 SELECT actor, topic, stance, direct, stated, claim_id, article_id FROM claim_dates;
        DROP TABLE claim_dates;
        ALTER TABLE claim_dates_v13 RENAME TO claim_dates;
        CREATE TABLE figure_dates_v13 (
            quantity TEXT NOT NULL,
            source TEXT NOT NULL,
            published TEXT NOT NULL,
            figure_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (quantity, source, published, figure_id)
        ) WITHOUT ROWID;
        INSERT INTO figure_dates_v13
            SELECT quantity, source, published, figure_id, article_id FROM figure_dates WHERE source IS NOT NULL;
        DROP TABLE figure_dates;
        ALTER TABLE figure_dates_v13 RENAME TO figure_dates;

        CREATE TRIGGER claims_lookups_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claim_dates (actor, topic, stance, direct, stated, claim_id, article_id) VALUES (
                new.actor, new.topic, new.stance, new.confidence = 'stated',
                coalesce(new.stated, (SELECT published FROM articles WHERE id = new.article_id), ''), new.id,
                new.article_id
            );
            {_TALLY_NEW_CLAIM}
        END;
        CREATE TRIGGER claims_lookups_ad AFTER DELETE ON claims BEGIN
            DELETE FROM claim_dates WHERE {_OLD_CLAIM_DATE};
            UPDATE stance_tallies SET articles = articles - 1
                WHERE actor = old.actor AND topic = old.topic AND stance = old.stance AND NOT EXISTS (
                    SELECT 1 FROM claims WHERE actor = old.actor AND topic = old.topic AND stance = old.stance
                    AND article_id = old.article_id
                );
        END;
        CREATE TRIGGER figures_lookups_ai AFTER INSERT ON figures WHEN new.source IS NOT NULL BEGIN
            INSERT INTO figure_dates (quantity, source, published, figure_id, article_id) VALUES (
                new.quantity, new.source, coalesce((SELECT published FROM articles WHERE id = new.article_id), ''),
                new.id, new.article_id
            );
        END;
        CREATE TRIGGER figures_lookups_ad AFTER DELETE ON figures WHEN old.source IS NOT NULL BEGIN
            DELETE FROM figure_dates WHERE {_OLD_FIGURE_DATE};
        END;
        -- An article deleted with its claims and figures on it (ON DELETE CASCADE) is gone before them, and with
        -- it the date in their rows' keys: each is looked for among its stance's, or its quantity's.
        CREATE TRIGGER claims_orphaned_ad AFTER DELETE ON claims
        WHEN NOT EXISTS (SELECT 1 FROM articles WHERE id = old.article_id) BEGIN
            DELETE FROM claim_dates
                WHERE actor = old.actor AND topic = old.topic AND stance = old.stance AND claim_id = old.id;
        END;
        CREATE TRIGGER figures_orphaned_ad AFTER DELETE ON figures
        WHEN old.source IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles WHERE id = old.article_id) BEGIN
            DELETE FROM figure_dates WHERE quantity = old.quantity AND source = old.source AND figure_id = old.id;
        END;
        CREATE TRIGGER articles_published_au AFTER UPDATE OF published ON articles BEGIN
            UPDATE claim_dates SET stated = coalesce(new.published, '')
                WHERE (actor, topic, stance, direct, stated, claim_id) IN (
                    SELECT actor, topic, stance, confidence = 'stated', coalesce(old.published, ''), id FROM claims
                    WHERE article_id = new.id AND stated IS NULL
                );
            UPDATE figure_dates SET published = coalesce(new.published, '')
                WHERE (quantity, source, published, figure_id) IN (
                    SELECT quantity, source, coalesce(old.published, ''), id FROM figures
                    WHERE article_id = new.id AND source IS NOT NULL
                );
        END;

        CREATE TABLE alerts_v13 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('contradiction', 'shift', 'borderline', 'figure', 'attribution')),
            timing TEXT NOT NULL CHECK (timing IN ('reversal', 'earlier-report-differs', 'conflicting-reports')),
            actor TEXT,
            topic TEXT,
            quantity TEXT,
            new_article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            old_article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            new_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            old_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            new_figure_id INTEGER REFERENCES figures(id) ON DELETE CASCADE,
            old_figure_id INTEGER REFERENCES figures(id) ON DELETE CASCADE,
            agree_new INTEGER NOT NULL DEFAULT 0,
            agree_old INTEGER NOT NULL DEFAULT 0,
            pair_key TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sent', 'failed', 'dead', 'confirmed', 'dismissed', 'muted')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error TEXT,
            channel TEXT,
            message_ts TEXT,
            decided_by TEXT,
            decided_at TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            new_quote_id INTEGER REFERENCES quotes(id) ON DELETE CASCADE,
            old_quote_id INTEGER REFERENCES quotes(id) ON DELETE CASCADE
        );
        INSERT INTO alerts_v13 SELECT {_ALERT_COLUMNS} FROM alerts;
        DELETE FROM sqlite_sequence WHERE name = 'alerts_v13';
        UPDATE sqlite_sequence SET name = 'alerts_v13' WHERE name = 'alerts';  -- ids of removed alerts stay used
        DROP TABLE alerts;
        ALTER TABLE alerts_v13 RENAME TO alerts;
        CREATE INDEX alerts_status ON alerts(status, next_attempt_at);
        CREATE INDEX alerts_new_article ON alerts(new_article_id);
        CREATE INDEX alerts_old_article ON alerts(old_article_id);
        CREATE INDEX alerts_new_claim ON alerts(new_claim_id) WHERE new_claim_id IS NOT NULL;
        CREATE INDEX alerts_old_claim ON alerts(old_claim_id) WHERE old_claim_id IS NOT NULL;
        CREATE INDEX alerts_new_figure ON alerts(new_figure_id) WHERE new_figure_id IS NOT NULL;
        CREATE INDEX alerts_old_figure ON alerts(old_figure_id) WHERE old_figure_id IS NOT NULL;
        CREATE INDEX alerts_new_quote ON alerts(new_quote_id) WHERE new_quote_id IS NOT NULL;
        CREATE INDEX alerts_old_quote ON alerts(old_quote_id) WHERE old_quote_id IS NOT NULL;
        CREATE INDEX alerts_created ON alerts(created_at);
        {_REMEMBER_REMOVED_ALERTS}
        DROP INDEX figures_quantity;
        DROP INDEX claims_subject_stance;
        """


MIGRATIONS = (
    m001_initial,
    m002_alerts,
    m003_alert_ids_and_seen_pairs,
    m004_alert_lookups,
    m005_remember_removed_alerts,
    m006_smaller_index,
    m007_claim_confidence,
    m008_statement_dates,
    m009_article_copies,
    m010_attribution_alerts,
    m011_mutes,
    m012_figure_sources,
    m013_smaller_lookups,
)


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations this file has not had yet, each in its own transaction; returns their names.

    Safe to call every time and from several processes at once: a migration another process applied
    while this one waited for the lock is skipped.
    """
    if db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS):
        return []  # the usual case, read from the file's header: every unit of work opens the index and asks
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    applied = []
    for number, migration in enumerate(MIGRATIONS, start=1):
        name = migration.__name__
        if _is_applied(db, name):
            continue
        # executescript would commit a transaction opened with execute(), so the script opens its own.
        script = (
            f"BEGIN IMMEDIATE;\n{migration()}\n"
            f"INSERT INTO _migrations (name, applied_at) VALUES ('{name}', datetime('now'));\n"
            f"PRAGMA user_version = {number};\nCOMMIT;"
        )
        try:
            db.conn.executescript(script)
        except sqlite3.OperationalError:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            if _is_applied(db, name):
                continue
            raise
        applied.append(name)
    return applied


def _is_applied(db: sqlite_utils.Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM _migrations WHERE name = ?", [name]).fetchone() is not None
