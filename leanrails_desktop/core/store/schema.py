"""The store's tables: the schema version, the migrations to it, and the columns it reads."""

from __future__ import annotations

SCHEMA_VERSION = 2

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
}

# The columns this version reads; a file whose tables lack them is not ours.
EXPECTED_COLUMNS: dict[str, frozenset[str]] = {
    "drafts": frozenset(
        {"account", "draft_id", "link_id", "form", "idempotency_key", "updated_at"}
    ),
}

ACCOUNT_TABLES: tuple[str, ...] = ("drafts",)
"""Every table whose rows belong to one account (all of them, keyed by ``account``)."""
