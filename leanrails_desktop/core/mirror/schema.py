"""The mirror's tables: the schema, the search index beside it, the columns a file must have
to be used, and the status marks every stored search text starts with."""

from __future__ import annotations

from typing import Final

SCHEMA_VERSION: Final = 1

_SCHEMA = (
    # Narrow rows for sorting, filtering and counting; the objects themselves beside them.
    """CREATE TABLE links (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        created INTEGER NOT NULL,
        active INTEGER NOT NULL,
        title TEXT NOT NULL,
        title_key TEXT NOT NULL,
        currency TEXT NOT NULL,
        amount_total INTEGER,
        url TEXT NOT NULL,
        seen INTEGER NOT NULL
    )""",
    "CREATE INDEX links_by_created ON links (created, id)",
    "CREATE INDEX links_by_title ON links (title_key, id)",
    "CREATE INDEX links_by_active ON links (active, created, id)",
    "CREATE INDEX links_by_amount ON links (currency, amount_total, id)",
    "CREATE INDEX links_by_url ON links (url, id)",
    "CREATE TABLE link_objects (n INTEGER PRIMARY KEY, raw TEXT NOT NULL)",
    """CREATE TABLE line_items (
        n INTEGER NOT NULL,
        position INTEGER NOT NULL,
        raw TEXT NOT NULL,
        PRIMARY KEY (n, position)
    ) WITHOUT ROWID""",
    "CREATE TABLE search_text (n INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    """CREATE TRIGGER links_removed AFTER DELETE ON links BEGIN
        DELETE FROM link_objects WHERE n = old.n;
        DELETE FROM line_items WHERE n = old.n;
        DELETE FROM search_text WHERE n = old.n;
    END""",
    """CREATE TABLE sync_state (
        k INTEGER PRIMARY KEY CHECK (k = 1),
        passes INTEGER NOT NULL DEFAULT 0,
        last_complete REAL,
        last_duration REAL,
        last_count INTEGER,
        last_failure TEXT,
        last_failure_at REAL
    )""",
    "INSERT INTO sync_state (k) VALUES (1)",
)

_SEARCH_INDEX = (
    # Two columns: the text, where a word of three characters or more is a phrase of
    # trigrams; and the text with each character three times ("aaabbbccc"), where a word
    # of one or two characters is one trigram ("a" is "aaa", "ab" is "aab"). detail=full
    # checks phrases in the index itself and one query covers every word of a search, so
    # even 90,000 matches are counted without reading a row. No content is kept: the texts
    # are in search_text.
    """CREATE VIRTUAL TABLE search USING fts5(
        text, tripled, content='', tokenize='trigram', detail='full'
    )""",
    # Texts written but not indexed yet: a sync page only writes its texts, and the index
    # catches up in batches after the pass (index_pending); searches test these meanwhile.
    "CREATE TABLE search_pending (n INTEGER PRIMARY KEY)",
    """CREATE TRIGGER search_added AFTER INSERT ON search_text BEGIN
        INSERT OR IGNORE INTO search_pending (n) VALUES (new.n);
    END""",
    """CREATE TRIGGER search_changed AFTER UPDATE ON search_text BEGIN
        INSERT INTO search (search, rowid, text, tripled)
            SELECT 'delete', old.n, old.text, tripled(old.text)
            WHERE old.n NOT IN (SELECT n FROM search_pending);
        INSERT OR IGNORE INTO search_pending (n) VALUES (new.n);
    END""",
    """CREATE TRIGGER search_removed AFTER DELETE ON search_text BEGIN
        INSERT INTO search (search, rowid, text, tripled)
            SELECT 'delete', old.n, old.text, tripled(old.text)
            WHERE old.n NOT IN (SELECT n FROM search_pending);
        DELETE FROM search_pending WHERE n = old.n;
    END""",
)

_EXPECTED: dict[str, frozenset[str]] = {
    "links": frozenset({"n", "id", "created", "active", "title", "title_key", "currency",
                        "amount_total", "url", "seen"}),
    "link_objects": frozenset({"n", "raw"}),
    "line_items": frozenset({"n", "position", "raw"}),
    "search_text": frozenset({"n", "text"}),
    "sync_state": frozenset({"k", "passes", "last_complete", "last_duration", "last_count",
                             "last_failure", "last_failure_at"}),
}

_ACTIVE_MARK: Final = "\x01\x01\x01"
_INACTIVE_MARK: Final = "\x02\x02\x02"
"""What a stored search text starts with: the link's status, so counting active matches
reads no link row (a scan tests the first character, code 1 or 2; the index the mark's one
trigram). Neither can be typed into a search."""
