"""The store's tables: the schema version, the migrations to it, and the columns it reads."""

from __future__ import annotations

SCHEMA_VERSION = 3

# Each entry brings the schema from its key's version to the next one.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    0: (
        """CREATE TABLE drafts (
            account TEXT NOT NULL,
            draft_id TEXT NOT NULL,
            link_id TEXT,
            form TEXT NOT NULL,
            idempotency_key TEXT,
            updated_at REAL NOT NULL,
            PRIMARY KEY (account, draft_id)
        )""",
        """CREATE TABLE listings (
            account TEXT NOT NULL,
            filter_key TEXT NOT NULL,
            saved_at REAL NOT NULL,
            totals TEXT,
            PRIMARY KEY (account, filter_key)
        )""",
        """CREATE TABLE listing_links (
            account TEXT NOT NULL,
            filter_key TEXT NOT NULL,
            position INTEGER NOT NULL,
            link TEXT NOT NULL,
            PRIMARY KEY (account, filter_key, position)
        )""",
        """CREATE TABLE line_items (
            account TEXT NOT NULL,
            link_id TEXT NOT NULL,
            items TEXT NOT NULL,
            saved_at REAL NOT NULL,
            PRIMARY KEY (account, link_id)
        )""",
    ),
    # Links and their line items now live in each account's mirror (core/mirror): the
    # copies of listings and line items kept here before are dropped.
    1: (
        "DROP TABLE listings",
        "DROP TABLE listing_links",
        "DROP TABLE line_items",
    ),
    # The import journal (each request of an import, its key written before it is sent,
    # and what it made) and the history of changes made to links from this computer.
    2: (
        """CREATE TABLE import_requests (
            account TEXT NOT NULL,
            batch TEXT NOT NULL,
            grp TEXT NOT NULL,
            step TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            link_id TEXT,
            url TEXT,
            sent_at REAL NOT NULL,
            done_at REAL,
            PRIMARY KEY (account, batch, grp, step)
        )""",
        """CREATE TABLE link_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            account TEXT NOT NULL,
            link_id TEXT NOT NULL,
            changed_at REAL NOT NULL,
            origin TEXT NOT NULL,
            changes TEXT NOT NULL
        )""",
        "CREATE INDEX link_history_by_link ON link_history (account, link_id, changed_at)",
    ),
}

# The columns this version reads; a file whose tables lack them is not ours.
EXPECTED_COLUMNS: dict[str, frozenset[str]] = {
    "drafts": frozenset(
        {"account", "draft_id", "link_id", "form", "idempotency_key", "updated_at"}
    ),
    "import_requests": frozenset(
        {"account", "batch", "grp", "step", "idempotency_key", "link_id", "url",
         "sent_at", "done_at"}
    ),
    "link_history": frozenset(
        {"id", "account", "link_id", "changed_at", "origin", "changes"}
    ),
}

ACCOUNT_TABLES: tuple[str, ...] = ("drafts", "import_requests", "link_history")
"""Every table whose rows belong to one account (all of them, keyed by ``account``)."""
