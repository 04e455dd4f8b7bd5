"""The sandbox's SQLite database: merchants, checkout links, line items, idempotency records.

One connection serves every request thread, guarded by a re-entrant lock; transactions
nest through savepoints. Keys are never stored, only their SHA-256.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leanrails_desktop.sandbox.keys import is_live, key_hash

IDEMPOTENCY_TTL = 24 * 60 * 60
"""Seconds an idempotency record is kept."""

_to_json = json.JSONEncoder(ensure_ascii=False).encode  # one encoder, not one per call

_SCHEMA = """
CREATE TABLE IF NOT EXISTS merchants (
    id INTEGER PRIMARY KEY,
    key_hash TEXT NOT NULL UNIQUE,
    livemode INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS links (
    id TEXT PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchants(id),
    created INTEGER NOT NULL,
    active INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS links_by_merchant
    ON links (merchant_id, created DESC, id DESC);
CREATE INDEX IF NOT EXISTS links_by_merchant_active
    ON links (merchant_id, active, created DESC, id DESC);
CREATE TABLE IF NOT EXISTS line_items (
    id TEXT PRIMARY KEY,
    link_id TEXT NOT NULL REFERENCES links(id),
    position INTEGER NOT NULL,
    price TEXT NOT NULL,
    product TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit_amount INTEGER NOT NULL,
    currency TEXT NOT NULL,
    description TEXT NOT NULL,
    UNIQUE (link_id, position)
);
CREATE TABLE IF NOT EXISTS idempotency (
    merchant_id INTEGER NOT NULL REFERENCES merchants(id),
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (merchant_id, key)
);
CREATE INDEX IF NOT EXISTS idempotency_by_age ON idempotency (created);
"""


@dataclass(frozen=True, slots=True)
class Merchant:
    """The account a key stands for."""

    id: int
    livemode: bool
    revoked: bool


@dataclass(frozen=True, slots=True)
class LineItemRow:
    """A stored line item of a link."""

    id: str
    position: int
    price: str
    product: str
    quantity: int
    unit_amount: int
    currency: str
    description: str


@dataclass(frozen=True, slots=True)
class IdempotencyRecord:
    """The first response given for an idempotency key."""

    request_hash: str
    status: int
    body: dict[str, Any]


class Store:
    """All reads and writes of the sandbox's data."""

    def __init__(self, path: Path | None, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._lock = threading.RLock()
        self._depth = 0
        target = str(path) if path is not None else ":memory:"
        # Autocommit mode: transactions are opened explicitly by ``transaction``.
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        if path is not None:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run a block atomically; nested blocks roll back on their own through savepoints."""
        with self._lock:
            depth = self._depth
            savepoint = f"sp{depth}"
            self._db.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {savepoint}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if depth == 0:
                    self._db.execute("ROLLBACK")
                else:
                    self._db.execute(f"ROLLBACK TO {savepoint}")
                    self._db.execute(f"RELEASE {savepoint}")
                raise
            self._depth -= 1
            self._db.execute("COMMIT" if depth == 0 else f"RELEASE {savepoint}")

    # -- merchants ---------------------------------------------------------------------

    def merchant(self, key: str) -> Merchant:
        """The merchant of a well-formed key, created on first sight."""
        digest = key_hash(key)
        select = "SELECT id, livemode, revoked FROM merchants WHERE key_hash = ?"
        with self._lock:
            row = self._db.execute(select, (digest,)).fetchone()
            if row is None:
                self._db.execute(
                    "INSERT INTO merchants (key_hash, livemode) VALUES (?, ?)",
                    (digest, int(is_live(key))),
                )
                row = self._db.execute(select, (digest,)).fetchone()
        return Merchant(id=row[0], livemode=bool(row[1]), revoked=bool(row[2]))

    def revoke(self, key: str) -> None:
        """Mark a key revoked, whether or not it has been used."""
        merchant = self.merchant(key)
        with self._lock:
            self._db.execute("UPDATE merchants SET revoked = 1 WHERE id = ?", (merchant.id,))

    # -- links -------------------------------------------------------------------------

    def insert_links(
        self,
        merchant_id: int,
        links: Sequence[dict[str, Any]],
        items: Iterable[tuple[str, LineItemRow]],
    ) -> None:
        """Insert links (objects without ``url``) and their ``(link_id, item)`` line items."""
        with self.transaction():
            self._db.executemany(
                "INSERT INTO links (id, merchant_id, created, active, body) VALUES (?, ?, ?, ?, ?)",
                (
                    (link["id"], merchant_id, link["created"], int(link["active"]),
                     _to_json(link))
                    for link in links
                ),
            )
            self._db.executemany(
                "INSERT INTO line_items (id, link_id, position, price, product, quantity,"
                " unit_amount, currency, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (item.id, link_id, item.position, item.price, item.product, item.quantity,
                     item.unit_amount, item.currency, item.description)
                    for link_id, item in items
                ),
            )

    def save_link(self, merchant_id: int, link: dict[str, Any]) -> None:
        """Store the new state of an existing link."""
        with self._lock:
            self._db.execute(
                "UPDATE links SET active = ?, body = ? WHERE id = ? AND merchant_id = ?",
                (int(link["active"]), _to_json(link), link["id"],
                 merchant_id),
            )

    def delete_link(self, merchant_id: int, link_id: str) -> bool:
        """Remove a link and its line items; False if the merchant has no such link."""
        with self.transaction():
            found = self._db.execute(
                "SELECT 1 FROM links WHERE id = ? AND merchant_id = ?", (link_id, merchant_id)
            ).fetchone()
            if found is None:
                return False
            self._db.execute("DELETE FROM line_items WHERE link_id = ?", (link_id,))
            self._db.execute("DELETE FROM links WHERE id = ?", (link_id,))
        return True

    def get_link(self, merchant_id: int | None, link_id: str) -> dict[str, Any] | None:
        """A link of this merchant (or of anyone, for ``None``), or None."""
        with self._lock:
            if merchant_id is None:
                row = self._db.execute("SELECT body FROM links WHERE id = ?", (link_id,))
            else:
                row = self._db.execute(
                    "SELECT body FROM links WHERE id = ? AND merchant_id = ?",
                    (link_id, merchant_id),
                )
            found = row.fetchone()
        return None if found is None else _load(found[0])

    def list_links(
        self,
        merchant_id: int,
        *,
        limit: int,
        active: bool | None = None,
        after: tuple[int, str] | None = None,
    ) -> list[dict[str, Any]]:
        """Up to ``limit`` links, newest first, strictly after the ``(created, id)`` given."""
        sql = "SELECT body FROM links WHERE merchant_id = ?"
        args: list[Any] = [merchant_id]
        if active is not None:
            sql += " AND active = ?"
            args.append(int(active))
        if after is not None:
            sql += " AND (created, id) < (?, ?)"
            args.extend(after)
        sql += " ORDER BY created DESC, id DESC LIMIT ?"
        args.append(limit)
        with self._lock:
            rows = self._db.execute(sql, args).fetchall()
        return [_load(row[0]) for row in rows]

    def count_links(self, merchant_id: int) -> int:
        """How many links the merchant has."""
        with self._lock:
            row = self._db.execute(
                "SELECT COUNT(*) FROM links WHERE merchant_id = ?", (merchant_id,)
            ).fetchone()
        return int(row[0])

    def list_items(
        self, link_id: str, *, limit: int, after: int | None = None
    ) -> list[LineItemRow]:
        """Up to ``limit`` line items of a link in their order, after position ``after``."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, position, price, product, quantity, unit_amount, currency, description"
                " FROM line_items WHERE link_id = ? AND position > ? ORDER BY position LIMIT ?",
                (link_id, -1 if after is None else after, limit),
            ).fetchall()
        return [LineItemRow(*row) for row in rows]

    def items_of_links(self, link_ids: Sequence[str]) -> dict[str, list[LineItemRow]]:
        """Every line item of each link in ``link_ids`` (at most one page of a listing), in
        their order; a link without items is absent."""
        found: dict[str, list[LineItemRow]] = {}
        if not link_ids:
            return found
        marks = ",".join("?" * len(link_ids))
        with self._lock:
            rows = self._db.execute(
                "SELECT link_id, id, position, price, product, quantity, unit_amount, currency,"
                f" description FROM line_items WHERE link_id IN ({marks})"
                " ORDER BY link_id, position",
                tuple(link_ids),
            ).fetchall()
        for link_id, *item in rows:
            found.setdefault(link_id, []).append(LineItemRow(*item))
        return found

    # -- idempotency -------------------------------------------------------------------

    def get_idempotency(self, merchant_id: int, key: str) -> IdempotencyRecord | None:
        """The stored first response for ``key``, unless it is older than 24 hours."""
        with self._lock:
            row = self._db.execute(
                "SELECT request_hash, status, body FROM idempotency"
                " WHERE merchant_id = ? AND key = ? AND created > ?",
                (merchant_id, key, self._clock() - IDEMPOTENCY_TTL),
            ).fetchone()
        if row is None:
            return None
        return IdempotencyRecord(request_hash=row[0], status=row[1], body=_load(row[2]))

    def put_idempotency(
        self, merchant_id: int, key: str, request_hash: str, status: int, body: dict[str, Any]
    ) -> None:
        """Remember the first response for ``key``; expired records are dropped on the way."""
        now = self._clock()
        with self._lock:
            self._db.execute(
                "DELETE FROM idempotency WHERE created <= ?", (now - IDEMPOTENCY_TTL,)
            )
            self._db.execute(
                "INSERT OR REPLACE INTO idempotency"
                " (merchant_id, key, request_hash, status, body, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (merchant_id, key, request_hash, status, _to_json(body),
                 now),
            )


def _load(text: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(text)
    return value
