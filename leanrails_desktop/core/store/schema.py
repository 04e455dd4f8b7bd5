"""The store's tables: the schema version, the migrations to it, and the columns it reads."""

from __future__ import annotations

SCHEMA_VERSION = 1

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
}

# The columns this version reads; a file whose tables lack them is not ours.
EXPECTED_COLUMNS: dict[str, frozenset[str]] = {
    "drafts": frozenset(
        {"account", "draft_id", "link_id", "form", "idempotency_key", "updated_at"}
    ),
    "listings": frozenset({"account", "filter_key", "saved_at", "totals"}),
    "listing_links": frozenset({"account", "filter_key", "position", "link"}),
    "line_items": frozenset({"account", "link_id", "items", "saved_at"}),
}

ACCOUNT_TABLES: tuple[str, ...] = ("drafts", "listings", "listing_links", "line_items")
"""Every table whose rows belong to one account (all of them, keyed by ``account``)."""
