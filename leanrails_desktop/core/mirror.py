"""The mirror: every checkout link of one account and its line items, on this computer.

One SQLite file (WAL) per account. Each link is kept as the JSON object the server sent,
every field kept, including fields this version does not know, beside narrow indexed
columns for the list's sorts (title, created, status, currency and amount total, URL, id).
Line items are kept the same way. Sync state records the last complete pass: when it
ended, how long it took and how many links it found.

Writing is done in passes (:mod:`leanrails_desktop.core.sync` drives them): each page of
the server's list is written in one transaction, stamped with the pass number; a complete
pass then removes the links it did not see. A pass cut short by an error, a cancel or a
killed process leaves every page it wrote, and the next pass completes the picture.

Searching: every link has one search text (casefolded) of its title, id, description,
metadata keys and values, line-item descriptions and products, and its amounts as a
merchant types them (``49.99``, ``17,000`` and ``17000``); a typed link address stands for
its id. Every word of a search must appear. An FTS5 table with the trigram tokenizer
finds them: words of three characters or more in the text, shorter ones in a copy of the
text with every character tripled, where each is a single trigram. One query covers all
the words and the status, so counts come from the index alone. Measured over 100,000 links
(``python -m bench.mirror_search``), a keystroke (counts and the first 100 rows) takes a
few milliseconds against tens for scanning every text, which is what happens when this
SQLite has no trigram tokenizer. Pages written by a sync are indexed after the pass, in
batches (:meth:`Mirror.index_pending`), which costs a fraction of indexing page by page;
until then the texts not indexed are tested one by one.

Threading: one connection writes and another reads, each used by one thread at a time
under its own lock; in WAL mode reads never wait for a sync page being written. Any thread
may call any method.

Secret keys are never stored: a link whose text holds one is kept with it replaced by
``[redacted]``.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.money import format_major
from leanrails_desktop.core.paths import private_folder, private_umask
from leanrails_desktop.core.redact import contains_secret, redact_secrets

__all__ = [
    "Counts",
    "Mirror",
    "MirrorError",
    "MirrorQuery",
    "MirrorRow",
    "MirrorUnusable",
    "PageWritten",
    "SortKey",
    "SyncState",
    "open_mirror",
    "search_text",
]

SCHEMA_VERSION: Final = 1
_IDS_PER_QUERY: Final = 500
_LINK_ADDRESS: Final = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?/*[^/]*(?:/[^/]+)*/(?=cl_)")
"""What precedes a link id in a typed link address (``https://…/cl/``)."""
_SEPARATOR: Final = "\x1f"
"""Between the fields of a search text: nobody types it, so no match spans two fields."""
_MIN_INDEXED: Final = 3
"""Words of at least this many characters are phrases of the text; shorter ones are single
trigrams of its tripled copy."""

_log = logging.getLogger(__name__)
_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class MirrorError(Exception):
    """The mirror could not be read or written; ``str()`` is a merchant sentence."""


class MirrorUnusable(MirrorError):
    """The file is not a mirror this version can use (corrupt, foreign or newer)."""


class SortKey(enum.Enum):
    """What the list can be sorted by; ties are broken by the link id."""

    CREATED = "created"
    TITLE = "title"
    ACTIVE = "active"
    """Inactive before active (ascending), then by creation time."""
    AMOUNT = "amount"
    """By currency, then amount total; links whose line items are not known yet first."""
    URL = "url"
    ID = "id"


_ORDER: dict[SortKey, tuple[str, ...]] = {
    SortKey.CREATED: ("created", "id"),
    SortKey.TITLE: ("title_key", "id"),
    SortKey.ACTIVE: ("active", "created", "id"),
    SortKey.AMOUNT: ("currency", "amount_total", "id"),
    SortKey.URL: ("url", "id"),
    SortKey.ID: ("id",),
}


@dataclass(frozen=True, slots=True)
class MirrorQuery:
    """Which links, in which order: the filter (``active``: None for all), the search as
    typed, and the sort."""

    active: bool | None = None
    search: str = ""
    sort: SortKey = SortKey.CREATED
    descending: bool = True


_ALL: Final = MirrorQuery()


@dataclass(frozen=True, slots=True)
class MirrorRow:
    """What the list shows of one link. ``amount_total`` is None until its line items are
    known."""

    id: str
    title: str
    active: bool
    created: int
    currency: str
    amount_total: int | None
    url: str


@dataclass(frozen=True, slots=True)
class Counts:
    """How many links match (the filter aside), and how many of those are active."""

    total: int
    active: int

    @property
    def inactive(self) -> int:
        return self.total - self.active


@dataclass(frozen=True, slots=True)
class SyncState:
    """What the mirror knows of its syncing. Times are Unix seconds.

    ``last_complete`` is when the last complete pass ended (None: never), ``last_duration``
    how long it took and ``last_count`` how many links it found. ``last_failure`` is the
    sentence of the last pass that stopped short, if it came after the last complete one.
    """

    last_complete: float | None = None
    last_duration: float | None = None
    last_count: int | None = None
    last_failure: str | None = None
    last_failure_at: float | None = None
    passes: int = 0
    """How many passes were ever begun."""


@dataclass(frozen=True, slots=True)
class PageWritten:
    """What writing one page changed: links new to the mirror, links changed, and the ids
    of the page's links whose line items are still unknown."""

    added: int
    changed: int
    missing_items: list[str]


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

_SPARSE: Final = 4000
"""Up to this many matches, a search collects its matches and sorts them; beyond, it walks
the list in order and tests each link until the window is full."""
_NARROWED: Final = 25_000
"""Up to this many matches found through the index, words it cannot answer alone are tested
on those matches only; beyond, on every text."""
_SMALL_BATCH: Final = 500
"""Texts indexed along with one of this app's own writes."""
_PENDING_SCANNED: Final = 2000
"""Up to this many texts not yet indexed are scanned beside the index; beyond, searches
scan everything until the index has caught up."""


# ---------------------------------------------------------------------------- search text


def _amount_forms(minor: int, currency: str) -> tuple[str, ...]:
    grouped = format_major(minor, currency)
    plain = grouped.replace(",", "")
    return (grouped,) if plain == grouped else (grouped, plain)


def search_text(link: Mapping[str, Any], items: Sequence[Mapping[str, Any]] | None) -> str:
    """The casefolded text a link is found by: title, id, URL, description, metadata keys and
    values, each line item's description and product, and the amounts of its line items,
    their unit prices and the link's total as typed (``1,234.50`` and ``1234.50``). Fields
    are separated by a character nobody types.

    A URL ending in ``/{id}``, as every link's does, is found by its id: a URL typed into a
    search is read as its last part (see :func:`_words`).
    """
    parts: list[str] = []
    for name in ("title", "id", "url", "description"):
        value = link.get(name)
        if isinstance(value, str) and value:
            parts.append(value)
    link_id, url = link.get("id"), link.get("url")
    if isinstance(link_id, str) and isinstance(url, str) and url.endswith("/" + link_id):
        parts.remove(url)
    metadata = link.get("metadata")
    if isinstance(metadata, Mapping):
        for key, value in metadata.items():
            parts.append(str(key))
            if isinstance(value, str) and value:
                parts.append(value)
    currency = link.get("currency")
    currency = currency.lower() if isinstance(currency, str) else "usd"
    if items:
        total = 0
        for item in items:
            description = item.get("description")
            if isinstance(description, str) and description:
                parts.append(description)
            product = item.get("product")
            if isinstance(product, str) and product and product != description:
                parts.append(product)
            amount = _whole(item.get("amount_total"))
            quantity = _whole(item.get("quantity"))
            total += amount
            parts.extend(_amount_forms(amount, currency))
            if quantity > 1 and amount % quantity == 0:
                parts.extend(_amount_forms(amount // quantity, currency))
        if len(items) > 1:
            parts.extend(_amount_forms(total, currency))
    return _SEPARATOR.join(parts).casefold()


def _whole(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _words(search: str) -> list[str]:
    """The distinct casefolded words of a search as typed, longest first. Characters that
    cannot be typed are dropped, and a link's address (``…/cl/cl_…``) stands for its id."""
    text = "".join(ch for ch in search.casefold() if ch.isprintable() or ch.isspace())
    words = {_LINK_ADDRESS.sub("", word) for word in text.split()}
    return sorted(words - {""}, key=len, reverse=True)


def _tripled(text: str) -> str:
    """Each character three times: ``"ab"`` → ``"aaabbb"``."""
    return "".join([ch * 3 for ch in text])


def _short_term(word: str) -> str:
    """The one trigram of the tripled texts that holds a word of one or two characters
    exactly (a doubled letter, "ll", only where "l" is)."""
    return word * 3 if len(word) == 1 else word[0] * 2 + word[1]


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


# ---------------------------------------------------------------------------- the rows


def _str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _row_values(link: Mapping[str, Any]) -> tuple[str, int, int, str, str, str, str]:
    """id, created, active, title, title_key, currency, url of a link object."""
    title = _str(link.get("title"))
    active = link.get("active")
    currency = link.get("currency")
    return (
        link["id"],
        _whole(link.get("created")),
        0 if active is False else 1,
        title,
        title.casefold(),
        currency.lower() if isinstance(currency, str) else "usd",
        _str(link.get("url")),
    )


def _expanded(link: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    """The line items a listed link carries in full, or None."""
    raw = link.get("line_items")
    if not isinstance(raw, Mapping) or raw.get("has_more") is True:
        return None
    data = raw.get("data")
    if not isinstance(data, list) or not all(
        isinstance(item, Mapping) and isinstance(item.get("id"), str) for item in data
    ):
        return None
    return [dict(item) for item in data]


def _total(items: Sequence[Mapping[str, Any]]) -> int:
    return sum(_whole(item.get("amount_total")) for item in items)


def _marked(active: bool, text: str) -> str:
    return (_ACTIVE_MARK if active else _INACTIVE_MARK) + _SEPARATOR + text


def _without_items(link: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in link.items() if name != "line_items"}


def _safe(text: str) -> str:
    """JSON text with any secret key in it replaced, keeping it valid JSON."""
    if not contains_secret(text):
        return text
    return _to_json(_scrub(json.loads(text)))


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return redact_secrets(value)
    if isinstance(value, list):
        return [_scrub(item) for item in value]
    if isinstance(value, dict):
        return {redact_secrets(str(k)): _scrub(v) for k, v in value.items()}
    return value


def _chunks(values: Sequence[str], size: int = _IDS_PER_QUERY) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


# ---------------------------------------------------------------------------- the mirror


class Mirror:
    """The mirror of one account in the SQLite file at ``path`` (created if missing).

    ``use_index=False`` leaves the trigram index out, so that every search scans (for
    measuring; the index is used whenever this SQLite has the trigram tokenizer).
    Raises :class:`MirrorUnusable` for a file it cannot use, :class:`MirrorError` when it
    cannot be opened at all; :func:`open_mirror` handles both.
    """

    def __init__(self, path: Path, *, use_index: bool = True) -> None:
        self._path = Path(path)
        self._write_lock = threading.RLock()
        self._read_lock = threading.Lock()
        opened: list[sqlite3.Connection] = []
        try:
            # The file, its -wal and -shm are the user's alone from their first byte.
            private_folder(self._path.parent)
            with private_umask():
                self._writer = self._connect(opened)
                self._prepare(use_index)
                self._reader = self._connect(opened)
                self._reader.execute("PRAGMA query_only = 1")
        except BaseException as exc:
            for db in opened:
                db.close()
            if isinstance(exc, sqlite3.OperationalError | OSError):
                raise MirrorError(
                    f"The local copy of the account could not be opened: {exc}."
                ) from exc
            if isinstance(exc, sqlite3.DatabaseError):
                raise MirrorUnusable(
                    "The local copy of the account is damaged or not one this version can "
                    "read."
                ) from exc
            raise
        self._indexed = self._has_table(self._reader, "search")
        self._last_plan: tuple[str, int, _Plan] | None = None  # guarded by _read_lock
        if os.name == "posix":
            with suppress(OSError):
                os.chmod(self._path, 0o600)

    def _connect(self, opened: list[sqlite3.Connection]) -> sqlite3.Connection:
        db = sqlite3.connect(
            self._path, timeout=30.0, isolation_level=None, check_same_thread=False
        )
        opened.append(db)
        db.create_function("tripled", 1, _tripled, deterministic=True)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA cache_size = -16000")
        db.execute("PRAGMA wal_autocheckpoint = 10000")  # fewer, larger checkpoints in a sync
        db.execute("PRAGMA journal_size_limit = 67108864")  # the WAL shrinks back after it
        return db

    @staticmethod
    def _has_table(db: sqlite3.Connection, name: str) -> bool:
        found = db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        return found is not None

    def _prepare(self, use_index: bool) -> None:
        db = self._writer
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise MirrorUnusable(
                    "The local copy of the account was written by a newer version of "
                    "LeanRails Desktop."
                )
            if version == 0:
                if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise MirrorUnusable("The file is not a local copy of an account.")
                for statement in _SCHEMA:
                    db.execute(statement)
                if use_index:
                    try:
                        for statement in _SEARCH_INDEX:
                            db.execute(statement)
                    except sqlite3.OperationalError as exc:  # no FTS5 or no trigram
                        _log.info("mirror: searching without an index (%s)", exc)
                        db.execute("DROP TABLE IF EXISTS search")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            for table, columns in _EXPECTED.items():
                found = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
                if not columns <= found:
                    raise MirrorUnusable("The file is not a local copy of an account.")
            db.execute("COMMIT")
        except BaseException:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise

    @property
    def path(self) -> Path:
        """The mirror's file."""
        return self._path

    @property
    def indexed_search(self) -> bool:
        """Whether searches use the trigram index (else they scan)."""
        return self._indexed

    def close(self) -> None:
        """Close both connections."""
        with self._write_lock:
            self._writer.close()
        with self._read_lock:
            self._reader.close()

    def __enter__(self) -> Mirror:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._write_lock:
            db = self._writer
            try:
                db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise MirrorError(f"The local copy could not be written: {exc}.") from exc
            try:
                yield db
            except BaseException:
                with suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                raise
            try:
                db.execute("COMMIT")
            except sqlite3.Error as exc:
                with suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                raise MirrorError(f"The local copy could not be written: {exc}.") from exc

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._read_lock:
            try:
                yield self._reader
            except sqlite3.Error as exc:
                raise MirrorError(f"The local copy could not be read: {exc}.") from exc

    # -- passes ------------------------------------------------------------------------

    def begin_pass(self) -> int:
        """Start a sync pass; returns its number, which stamps the pages it writes."""
        with self._transaction() as db:
            db.execute("UPDATE sync_state SET passes = passes + 1")
            number: int = db.execute("SELECT passes FROM sync_state").fetchone()[0]
        return number

    def write_page(self, pass_number: int, links: Sequence[Mapping[str, Any]]) -> PageWritten:
        """Write one page of listed links (objects as the server sent them, each with an
        ``id``; an expanded ``line_items`` list is kept as the link's line items) in one
        transaction, stamped as seen by the pass."""
        with self._transaction() as db:
            return self._write(db, links, pass_number)

    def finish_pass(
        self, pass_number: int, *, started: float, ended: float | None = None
    ) -> int:
        """Record a complete pass begun at ``started`` (Unix seconds): links it did not see
        are removed (those :meth:`put_links` wrote during it are kept). Returns how many."""
        ended = time.time() if ended is None else ended
        with self._transaction() as db:
            removed = db.execute("DELETE FROM links WHERE seen < ?", (pass_number,)).rowcount
            count = db.execute("SELECT count(*) FROM links").fetchone()[0]
            db.execute(
                "UPDATE sync_state SET last_complete = ?, last_duration = ?, last_count = ?,"
                " last_failure = NULL, last_failure_at = NULL",
                (ended, max(0.0, ended - started), count),
            )
        return max(0, removed)

    def note_failure(self, sentence: str, *, at: float | None = None) -> None:
        """Record that a pass stopped short, and why (a sentence for the merchant)."""
        with self._transaction() as db:
            db.execute(
                "UPDATE sync_state SET last_failure = ?, last_failure_at = ?",
                (sentence, time.time() if at is None else at),
            )

    def sync_state(self) -> SyncState:
        """The last complete pass, and the last failure after it."""
        with self._reading() as db:
            row = db.execute(
                "SELECT last_complete, last_duration, last_count, last_failure,"
                " last_failure_at, passes FROM sync_state"
            ).fetchone()
        return SyncState(*row)

    # -- this app's own writes ---------------------------------------------------------

    def put_links(self, links: Iterable[Mapping[str, Any]]) -> None:
        """Keep links as the server just answered them (a create, an update), in one
        transaction: they count as seen by the pass under way, which keeps them."""
        page = list(links)
        if page:
            with self._transaction() as db:
                stamp = db.execute("SELECT passes FROM sync_state").fetchone()[0]
                self._write(db, page, stamp)
                self._index(db, _SMALL_BATCH)

    def put_line_items(self, found: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """Keep the line items fetched for links (objects as sent), in one transaction.
        Links no longer in the mirror are skipped."""
        if not found:
            return
        with self._transaction() as db:
            for link_id, items in found.items():
                row = db.execute(
                    "SELECT l.n, o.raw, l.active FROM links l JOIN link_objects o"
                    " ON o.n = l.n WHERE l.id = ?", (link_id,)
                ).fetchone()
                if row is None:
                    continue
                n, raw, active = row
                kept = [dict(item) for item in items]
                db.execute("DELETE FROM line_items WHERE n = ?", (n,))
                db.executemany(
                    "INSERT INTO line_items (n, position, raw) VALUES (?, ?, ?)",
                    [(n, position, _safe(_to_json(item))) for position, item in enumerate(kept)],
                )
                db.execute(
                    "UPDATE links SET amount_total = ? WHERE n = ?", (_total(kept), n)
                )
                db.execute(
                    "UPDATE search_text SET text = ? WHERE n = ?",
                    (_marked(bool(active), search_text(json.loads(raw), kept)), n),
                )
            self._index(db, _SMALL_BATCH)

    def remove(self, link_ids: Iterable[str]) -> None:
        """Forget links (with their line items)."""
        ids = list(link_ids)
        with self._transaction() as db:
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM links WHERE id IN ({marks})", list(chunk))

    def _write(
        self, db: sqlite3.Connection, links: Sequence[Mapping[str, Any]], stamp: int
    ) -> PageWritten:
        """Insert or update links (and line items they carry in full) inside a transaction,
        with the statements batched: new links are numbered here, as one writer holds the
        file."""
        page: dict[str, Mapping[str, Any]] = {link["id"]: link for link in links}
        if not page:
            return PageWritten(0, 0, [])
        objects = {link_id: _without_items(link) for link_id, link in page.items()}
        raws = {link_id: _to_json(link) for link_id, link in objects.items()}
        if contains_secret("".join(raws.values())):
            raws = {link_id: _safe(raw) for link_id, raw in raws.items()}
            objects = {link_id: json.loads(raw) for link_id, raw in raws.items()}
        ids = list(page)
        marks = ",".join("?" * len(ids))
        known: dict[str, tuple[int, bool, str]] = {
            link_id: (n, has_items, raw)
            for link_id, n, has_items, raw in db.execute(
                "SELECT l.id, l.n, l.amount_total IS NOT NULL, o.raw FROM links l"
                f" JOIN link_objects o ON o.n = l.n WHERE l.id IN ({marks})", ids
            )
        }
        next_n: int = db.execute("SELECT coalesce(max(n), 0) + 1 FROM links").fetchone()[0]
        rows: list[tuple[Any, ...]] = []
        changed_rows: list[tuple[Any, ...]] = []
        kept_objects: list[tuple[int, str]] = []
        kept_items: list[tuple[int, int, str]] = []
        texts: list[tuple[int, str]] = []
        changed_texts: list[tuple[str, int]] = []
        unchanged: list[int] = []
        missing: list[str] = []
        added = changed = 0
        for link_id, link in page.items():
            raw = raws[link_id]
            found = known.get(link_id)
            stored_items = found is not None and found[1]
            items = None if stored_items else _expanded(link)
            if found is not None and found[2] == raw and items is None:
                unchanged.append(found[0])
                if not stored_items:
                    missing.append(link_id)
                continue
            obj = objects[link_id]
            values = _row_values(obj)
            total = None if items is None else _total(items)
            if found is None:
                n = next_n
                next_n += 1
                added += 1
                rows.append((n, *values, total, stamp))
                known_items = items
            else:
                n = found[0]
                changed += found[2] != raw
                changed_rows.append((*values[1:], stamp, n))
                if items is not None:
                    db.execute("UPDATE links SET amount_total = ? WHERE n = ?", (total, n))
                    db.execute("DELETE FROM line_items WHERE n = ?", (n,))
                known_items = items if items is not None else (
                    self._stored_items(db, n) if stored_items else None
                )
            if found is None or found[2] != raw:
                kept_objects.append((n, raw))
            if items is not None:
                kept_items.extend(
                    (n, position, _to_json(item)) for position, item in enumerate(items)
                )
            if known_items is None:
                missing.append(link_id)
            text = _marked(values[2] == 1, search_text(obj, known_items))
            if found is None:
                texts.append((n, text))
            else:
                changed_texts.append((text, n))
        db.executemany(
            "INSERT INTO links (n, id, created, active, title, title_key, currency, url,"
            " amount_total, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )
        db.executemany(
            "UPDATE links SET created = ?, active = ?, title = ?, title_key = ?, currency = ?,"
            " url = ?, seen = max(seen, ?) WHERE n = ?", changed_rows
        )
        db.executemany("INSERT OR REPLACE INTO link_objects (n, raw) VALUES (?, ?)", kept_objects)
        if kept_items and contains_secret("".join(row[2] for row in kept_items)):
            kept_items = [(n, position, _safe(raw)) for n, position, raw in kept_items]
        db.executemany("INSERT INTO line_items (n, position, raw) VALUES (?, ?, ?)", kept_items)
        db.executemany("INSERT INTO search_text (n, text) VALUES (?, ?)", texts)
        db.executemany("UPDATE search_text SET text = ? WHERE n = ?", changed_texts)
        for chunk in _chunks([str(n) for n in unchanged]):
            db.execute(
                # max(): a pass running beside a newer one (a second window on the same
                # folder) never takes back the newer pass's stamp, which would let the
                # newer pass's end remove a link both of them listed.
                f"UPDATE links SET seen = max(seen, ?) WHERE n IN ({','.join(chunk)})",
                (stamp,),
            )
        return PageWritten(added, changed, missing)

    def index_pending(self, batch: int = 5000) -> int:
        """Add up to ``batch`` texts written since the last call to the search index, in one
        transaction; returns how many are still waiting (0 without an index)."""
        with self._transaction() as db:
            return self._index(db, batch)

    def _index(self, db: sqlite3.Connection, batch: int) -> int:
        if not self._indexed:
            return 0
        db.execute(
            "INSERT INTO search (rowid, text, tripled) SELECT s.n, s.text, tripled(s.text)"
            " FROM search_pending p CROSS JOIN search_text s ON s.n = p.n ORDER BY p.n LIMIT ?",
            (batch,),
        )
        db.execute(
            "DELETE FROM search_pending WHERE n IN"
            " (SELECT n FROM search_pending ORDER BY n LIMIT ?)", (batch,)
        )
        left: int = db.execute("SELECT count(*) FROM search_pending").fetchone()[0]
        return left

    @staticmethod
    def _stored_items(db: sqlite3.Connection, n: int) -> list[dict[str, Any]]:
        rows = db.execute("SELECT raw FROM line_items WHERE n = ? ORDER BY position", (n,))
        return [json.loads(row[0]) for row in rows]

    # -- reads -------------------------------------------------------------------------

    def _plan(self, db: sqlite3.Connection, search: str) -> _Plan:
        """How to find the links matching ``search`` (see :class:`_Plan`); the last one is
        remembered until the mirror changes, as a keystroke asks for counts and rows."""
        version: int = db.execute("PRAGMA data_version").fetchone()[0]
        if self._last_plan is not None and self._last_plan[:2] == (search, version):
            return self._last_plan[2]
        plan = self._new_plan(db, search)
        self._last_plan = (search, version, plan)
        return plan

    def _new_plan(self, db: sqlite3.Connection, search: str) -> _Plan:
        words = _words(search)
        if not words:
            return _Plan()
        indexed = self._indexed and db.execute(
            "SELECT count(*) <= ? FROM search_pending", (_PENDING_SCANNED,)
        ).fetchone()[0]
        if not indexed:
            return self._scan_plan(db, words)
        # A doubled letter ("ll") is found in the tripled text only where "l" is: tested.
        tests = [w for w in words if len(w) == 2 and w[0] == w[1]]
        phrase = " AND ".join(
            f"text : {_fts_phrase(w)}" if len(w) >= _MIN_INDEXED
            else f"tripled : {_fts_phrase(_short_term(w))}"
            for w in words
        )
        found = "SELECT rowid AS n FROM search WHERE search MATCH ?"
        # Texts not indexed yet are tested word by word.
        waiting = " AND ".join("instr(s.text, ?) > 0" for _ in words)
        candidates = (
            f"{found} UNION ALL SELECT p.n FROM search_pending p"
            f" CROSS JOIN search_text s ON s.n = p.n WHERE {waiting}"
        )
        args = (phrase, *words)
        row = db.execute(
            f"SELECT (SELECT count(*) FROM ({found})), (SELECT count(*) FROM ({found})),"
            " count(*), total(unicode(s.text) = 2) FROM search_pending p"
            f" CROSS JOIN search_text s ON s.n = p.n WHERE {waiting}",
            [phrase, f"{phrase} AND text : {_fts_phrase(_INACTIVE_MARK)}", *words],
        ).fetchone()
        matches = int(row[0]) + int(row[2])
        if not tests:
            # The index alone answers: counts without reading a row.
            counts = Counts(total=matches, active=matches - int(row[1]) - int(row[3]))
            if matches <= _SPARSE:
                return _Plan(candidates=candidates, args=args, counts=counts)
            return _Plan(tests=tuple(words), counts=counts)
        tested = "".join(" AND instr(s.text, ?) > 0" for _ in tests)
        source = f"({candidates}) m CROSS JOIN search_text s ON s.n = m.n WHERE 1{tested}"
        if matches <= _SPARSE:
            rows = db.execute(
                f"SELECT m.n, unicode(s.text) FROM {source}", [*args, *tests]
            ).fetchall()
            return _listed(rows)
        if matches > _NARROWED:  # testing every text costs less than joining these
            source = "search_text s WHERE " + " AND ".join("instr(s.text, ?) > 0" for _ in words)
            args, tests = (), words
        total, active = db.execute(
            f"SELECT count(*), total(unicode(s.text) = 1) FROM {source}", [*args, *tests]
        ).fetchone()
        return _Plan(tests=tuple(words), counts=Counts(total=int(total), active=int(active)))

    @staticmethod
    def _scan_plan(db: sqlite3.Connection, words: list[str]) -> _Plan:
        """Without an index (or one still catching up): one scan, stopped early when matches
        are plenty (then walking the list in order finds a window at once)."""
        where = " AND ".join("instr(text, ?) > 0" for _ in words)
        found = db.execute(
            f"SELECT n, unicode(text) FROM search_text WHERE {where} LIMIT ?",
            [*words, _SPARSE + 1],
        ).fetchall()
        if len(found) <= _SPARSE:
            return _listed(found)
        return _Plan(tests=tuple(words))

    def counts(self, search: str = "") -> Counts:
        """How many links match ``search`` (every link for ""), and how many are active."""
        with self._reading() as db:
            plan = self._plan(db, search)
            if plan.counts is not None:
                return plan.counts
            if not plan.searching:
                total = db.execute("SELECT count(*) FROM links").fetchone()[0]
                active = db.execute(
                    "SELECT count(*) FROM links WHERE active = 1"
                ).fetchone()[0]
                return Counts(total=total, active=active)
            source, args = plan.texts()
            tests = "".join(" AND instr(s.text, ?) > 0" for _ in plan.tests)
            total, active = db.execute(
                f"SELECT count(*), total(unicode(s.text) = 1) FROM {source} WHERE 1{tests}",
                [*args, *plan.tests],
            ).fetchone()
        return Counts(total=int(total), active=int(active))

    def count(self, query: MirrorQuery = _ALL) -> int:
        """How many links match the query's filter and search."""
        counts = self.counts(query.search)
        if query.active is None:
            return counts.total
        return counts.active if query.active else counts.inactive

    def _select(
        self, db: sqlite3.Connection, columns: str, query: MirrorQuery, offset: int,
        limit: int | None,
    ) -> list[tuple[Any, ...]]:
        plan = self._plan(db, query.search)
        way = " DESC" if query.descending else ""
        order = ", ".join(f"l.{column}{way}" for column in _ORDER[query.sort])
        args: list[Any] = []
        tests = "".join(" AND instr(s.text, ?) > 0" for _ in plan.tests)
        if not plan.searching:
            source = "links l"
        elif plan.candidates is not None:
            # Few matches: collect them, then sort (the matches drive the loop).
            inner, args = plan.texts()
            source = f"{inner} CROSS JOIN links l ON l.n = s.n"
        else:
            # Many matches: walk the list in order, testing each link, until it is full.
            source = "links l CROSS JOIN search_text s ON s.n = l.n"
        args.extend(plan.tests)
        where = f" WHERE 1{tests}"
        if query.active is not None:
            # "+" keeps the status index out of it: the sort's index walks the list.
            where += " AND +l.active = ?"
            args.append(int(query.active))
        sql = f"SELECT {columns} FROM {source}{where} ORDER BY {order} LIMIT ? OFFSET ?"
        return db.execute(sql, [*args, -1 if limit is None else limit, max(0, offset)]).fetchall()

    def window(self, query: MirrorQuery, offset: int, limit: int) -> list[MirrorRow]:
        """Rows ``offset`` to ``offset + limit`` of the query's list."""
        with self._reading() as db:
            rows = self._select(
                db, "l.id, l.title, l.active, l.created, l.currency, l.amount_total, l.url",
                query, offset, max(0, limit),
            )
        return [
            MirrorRow(id=r[0], title=r[1], active=bool(r[2]), created=r[3], currency=r[4],
                      amount_total=r[5], url=r[6])
            for r in rows
        ]

    def ids(
        self, query: MirrorQuery = _ALL, offset: int = 0, limit: int | None = None
    ) -> list[str]:
        """The ids of the query's list from ``offset``; all of them when ``limit`` is None
        ("select all N matching")."""
        with self._reading() as db:
            return [row[0] for row in self._select(db, "l.id", query, offset, limit)]

    def raw(self, link_id: str) -> dict[str, Any] | None:
        """The link as the server last sent it, with ``line_items`` as a list object when
        they are known; None if the mirror does not have it."""
        found = self.raw_links([link_id])
        return found[0] if found else None

    def raw_links(self, link_ids: Sequence[str]) -> list[dict[str, Any]]:
        """:meth:`raw` of each id the mirror has, in the order given."""
        by_id: dict[str, dict[str, Any]] = {}
        with self._reading() as db:
            for chunk in _chunks(list(link_ids)):
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    "SELECT l.id, l.n, l.amount_total IS NOT NULL, o.raw FROM links l"
                    f" JOIN link_objects o ON o.n = l.n WHERE l.id IN ({marks})", list(chunk)
                ).fetchall()
                with_items = {n: link_id for link_id, n, has_items, _ in rows if has_items}
                items = self._raw_items(db, list(with_items))
                for link_id, n, has_items, raw in rows:
                    link = json.loads(raw)
                    if has_items:
                        link["line_items"] = {
                            "object": "list", "data": items.get(n, []), "has_more": False,
                            "url": f"/v1/checkout_links/{link_id}/line_items",
                        }
                    by_id[link_id] = link
        return [by_id[link_id] for link_id in link_ids if link_id in by_id]

    def links(self, link_ids: Sequence[str]) -> list[CheckoutLink]:
        """The links the mirror has of ``link_ids``, in that order, with their line items
        when known."""
        return [CheckoutLink.from_dict(raw) for raw in self.raw_links(link_ids)]

    def link(self, link_id: str) -> CheckoutLink | None:
        """One link with its line items when known, or None."""
        found = self.links([link_id])
        return found[0] if found else None

    def line_items(self, link_ids: Sequence[str]) -> dict[str, list[LineItem]]:
        """The known line items of each of ``link_ids``; a link whose line items are not
        known (or that the mirror does not have) is absent."""
        found: dict[str, list[LineItem]] = {}
        with self._reading() as db:
            for chunk in _chunks(list(link_ids)):
                marks = ",".join("?" * len(chunk))
                known = dict(db.execute(
                    f"SELECT n, id FROM links WHERE id IN ({marks})"
                    " AND amount_total IS NOT NULL", list(chunk)
                ).fetchall())
                for n, items in self._raw_items(db, list(known)).items():
                    found[known[n]] = [LineItem.from_dict(item) for item in items]
                for link_id in known.values():
                    found.setdefault(link_id, [])
        return found

    @staticmethod
    def _raw_items(db: sqlite3.Connection, ns: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        found: dict[int, list[dict[str, Any]]] = {}
        for start in range(0, len(ns), _IDS_PER_QUERY):
            chunk = ns[start:start + _IDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            for n, raw in db.execute(
                f"SELECT n, raw FROM line_items WHERE n IN ({marks}) ORDER BY n, position",
                list(chunk),
            ):
                found.setdefault(n, []).append(json.loads(raw))
        return found

    def without_line_items(self, limit: int | None = None) -> list[str]:
        """Ids of links whose line items are not known yet, newest first."""
        with self._reading() as db:
            rows = db.execute(
                "SELECT id FROM links WHERE amount_total IS NULL"
                " ORDER BY created DESC, id DESC LIMIT ?", (-1 if limit is None else limit,)
            )
            return [row[0] for row in rows]


def _listed(rows: Sequence[tuple[int, int]]) -> _Plan:
    """The plan of a search whose matches are all in ``rows``: (n, first character code)."""
    counts = Counts(total=len(rows), active=sum(mark == 1 for _, mark in rows))
    listed = _to_json([n for n, _ in rows])
    return _Plan(candidates="SELECT value AS n FROM json_each(?)", args=(listed,), counts=counts)


@dataclass(frozen=True, slots=True)
class _Plan:
    """How a search finds its links.

    Not searching: every link. With ``candidates`` (a query of ``n``, with ``args``): the
    matches are few; they are collected, narrowed by the ``tests`` and sorted. Otherwise
    every link is tested, walking the list in order: the matches are many, so a window
    fills at once. ``tests`` are words the search text must hold; ``counts``, when known
    already, are the search's counts.
    """

    candidates: str | None = None
    args: tuple[Any, ...] = ()
    tests: tuple[str, ...] = ()
    counts: Counts | None = None

    @property
    def searching(self) -> bool:
        return self.candidates is not None or bool(self.tests)

    def texts(self) -> tuple[str, list[Any]]:
        """The FROM of the search texts to test (aliased ``s``) and its arguments."""
        if self.candidates is None:
            return "search_text s", []
        return (
            f"({self.candidates}) m CROSS JOIN search_text s ON s.n = m.n", list(self.args)
        )


# ---------------------------------------------------------------------------- opening


def _move_aside(path: Path) -> Path:
    """Rename ``path`` and its WAL companions to ``<name>.corrupt-<timestamp>``."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    if path.exists():
        os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def open_mirror(path: Path) -> tuple[Mirror, str | None]:
    """Open the mirror at ``path``. A file it cannot use is moved aside to
    ``<name>.corrupt-<timestamp>`` and a fresh, empty mirror started (the next sync fills
    it); the sentence returned then says so. Raises :class:`MirrorError` only when no
    mirror can be opened there at all."""
    try:
        return Mirror(path), None
    except MirrorUnusable as exc:
        problem = exc
    _log.warning("mirror: %s Moving it aside.", problem)
    try:
        aside = _move_aside(path)
    except OSError as exc:
        raise MirrorError(
            "The local copy of the account is damaged and could not be set aside."
        ) from exc
    message = (
        f"The copy of this account kept on this computer could not be read and was set "
        f"aside in {aside}; it is being fetched again."
    )
    return Mirror(path), message
