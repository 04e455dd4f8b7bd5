"""The local store: drafts of unsaved work and the last listing of each account (SQLite).

One file (:data:`STORE_FILENAME` in the app-data folder) holds every account's data; each
row carries an opaque account key, an account id and never a secret key. Nothing secret is
stored: keys passed as identifiers are refused, and any key or base64 form of one found in
stored text (a title, metadata) is replaced by ``[redacted]`` before it is written.

Threading: a :class:`LocalStore` owns one connection, opened with
``check_same_thread=False`` and guarded by a lock, so the connection is used by one thread
at a time; any thread may call any method and calls are serialised. Keep calls short on the
GUI thread (draft saves are a single small statement); save listings from a worker.

Durability: the journal is WAL with ``synchronous=NORMAL``. A committed write survives the
app crashing or being killed; a power cut may lose the last moments of writes but leaves
the file consistent.

Use :func:`open_store` to open it: a corrupt or unreadable file is moved aside and a fresh
store started, with a sentence for the merchant, instead of an exception.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sqlite3
import threading
import time
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.paths import app_paths
from leanrails_desktop.core.redact import contains_secret, redact_secrets

STORE_FILENAME = "local-store.sqlite3"
SCHEMA_VERSION = 1

_log = logging.getLogger(__name__)

# Each entry brings the schema from its key's version to the next one.
_MIGRATIONS: dict[int, tuple[str, ...]] = {
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
_EXPECTED_COLUMNS: dict[str, frozenset[str]] = {
    "drafts": frozenset(
        {"account", "draft_id", "link_id", "form", "idempotency_key", "updated_at"}
    ),
    "listings": frozenset({"account", "filter_key", "saved_at", "totals"}),
    "listing_links": frozenset({"account", "filter_key", "position", "link"}),
    "line_items": frozenset({"account", "link_id", "items", "saved_at"}),
}

# SQLite primary result codes that mean "try again later", not "this file is broken".
_TRANSIENT_CODES = frozenset({5, 6, 7, 9, 13})  # BUSY, LOCKED, NOMEM, INTERRUPT, FULL
_IDS_PER_QUERY = 200


class StoreError(Exception):
    """The local store could not be read or written; ``str()`` is a merchant sentence."""


class StoreUnusable(StoreError):
    """The file is not a store this version can use (corrupt, unreadable, foreign, newer)."""

    def __init__(self, message: str, *, newer: bool = False) -> None:
        super().__init__(message)
        self.newer = newer


@dataclass(frozen=True, slots=True)
class Draft:
    """Unsaved work: a new link (``link_id`` is None) or edits to a saved one."""

    draft_id: str
    link_id: str | None
    form: LinkForm
    idempotency_key: str | None
    updated_at: float


@dataclass(frozen=True, slots=True)
class CachedListing:
    """The last listing fetched for one account and filter."""

    links: list[CheckoutLink]
    line_item_totals: dict[str, int]
    saved_at: float
    """When it was saved, in Unix seconds."""


def default_store_path() -> Path:
    """Where the app keeps its local store."""
    return app_paths().data / STORE_FILENAME


# ---------------------------------------------------------------------------- form JSON

_FORM_FORMAT_KEY = "_format"
_FORM_FORMAT = 1
_INVALID: Any = object()


def _form_data(form: LinkForm) -> dict[str, Any]:
    data = dataclasses.asdict(form)
    data[_FORM_FORMAT_KEY] = _FORM_FORMAT
    return data


def form_to_json(form: LinkForm) -> str:
    """The form as compact ASCII JSON (lone surrogates and control characters escaped)."""
    return json.dumps(_form_data(form), ensure_ascii=True, separators=(",", ":"))


def form_from_json(text: str) -> LinkForm:
    """The form saved by :func:`form_to_json`, by this or another version of the app.

    Unknown fields are ignored, and a missing or mistyped field takes its default, so
    drafts survive the form gaining or losing fields. Raises ValueError if ``text`` is not
    a JSON object at all.
    """
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValueError("the saved form is not valid JSON") from exc
    if not isinstance(data, dict):
        raise ValueError("the saved form is not a JSON object")
    form = _build(LinkForm, data)
    assert isinstance(form, LinkForm)
    return form


def _build(cls: Any, data: Mapping[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if field.name in data:
            value = _coerce(data[field.name], hints[field.name])
            if value is not _INVALID:
                kwargs[field.name] = value
    return cls(**kwargs)


def _coerce(value: Any, hint: Any) -> Any:
    """``value`` (decoded JSON) as type ``hint``, or ``_INVALID``."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            out = _coerce(value, arg)
            if out is not _INVALID:
                return out
        return _INVALID
    if hint is type(None):
        return None if value is None else _INVALID
    if hint is bool:
        return value if isinstance(value, bool) else _INVALID
    if hint is int:
        return value if isinstance(value, int) and not isinstance(value, bool) else _INVALID
    if hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else _INVALID
    if hint is str:
        return value if isinstance(value, str) else _INVALID
    if origin is list:
        if not isinstance(value, list):
            return _INVALID
        items = [_coerce(item, args[0]) for item in value]
        return [item for item in items if item is not _INVALID]  # drop unreadable entries
    if origin is tuple:
        if not isinstance(value, list) or len(value) != len(args):
            return _INVALID
        parts = tuple(_coerce(item, arg) for item, arg in zip(value, args, strict=True))
        return _INVALID if any(part is _INVALID for part in parts) else parts
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _build(hint, value) if isinstance(value, dict) else _INVALID
    return _INVALID


# ---------------------------------------------------------------------------- helpers


def _scrub(value: Any) -> Any:
    """Decoded JSON with every string (and key) passed through :func:`redact_secrets`."""
    if isinstance(value, str):
        return redact_secrets(value)
    if isinstance(value, list | tuple):  # asdict() keeps tuples (metadata pairs) as tuples
        return [_scrub(item) for item in value]
    if isinstance(value, dict):
        return {redact_secrets(str(k)): _scrub(v) for k, v in value.items()}
    return value


def _safe_json(data: Any) -> str:
    """``data`` as JSON, with any secret in it redacted field by field."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    # Scanning the whole document once is cheap; field-level scrubbing only when needed.
    if contains_secret(text):
        text = json.dumps(_scrub(data), ensure_ascii=True, separators=(",", ":"))
    return text


def _check_identifier(what: str, value: str) -> None:
    if contains_secret(value):
        raise ValueError(f"{what} must not be or contain a secret key")


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _chmod_private(path: Path) -> None:
    if os.name == "posix":
        with suppress(OSError):
            os.chmod(path, 0o600)


# ---------------------------------------------------------------------------- the store


class LocalStore:
    """Drafts and cached listings, per account, in one SQLite file.

    Open it through :func:`open_store`. The constructor raises :class:`StoreUnusable` for
    a file it cannot use and :class:`StoreError` for a transient failure (locked, disk
    full); methods raise :class:`StoreError` when SQLite fails.
    """

    def __init__(self, path: Path | None, *, clock: Callable[[], float] = time.time) -> None:
        """Open (creating if needed) the store at ``path``; ``None`` keeps it in memory."""
        self._path = path
        self._clock = clock
        self._lock = threading.RLock()
        self._closed = False
        target = ":memory:"
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            target = str(path)
        try:
            # timeout: how long a write waits while another copy of the app is writing.
            self._db = sqlite3.connect(
                target, timeout=2.0, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise self._open_error(exc) from exc
        try:
            self._prepare()
        except sqlite3.Error as exc:
            self._db.close()
            raise self._open_error(exc) from exc
        except BaseException:
            self._db.close()
            raise
        if path is not None:
            _chmod_private(path)

    @classmethod
    def in_memory(cls) -> LocalStore:
        """A store that lives only as long as this object (the fallback when no file works)."""
        return cls(None)

    @property
    def path(self) -> Path | None:
        """The store's file, or None for an in-memory store."""
        return self._path

    @staticmethod
    def _open_error(exc: sqlite3.Error) -> StoreError:
        if _primary_code(exc) in _TRANSIENT_CODES:
            return StoreError(f"The local store could not be opened right now ({exc}).")
        return StoreUnusable(f"The local store could not be read ({exc}).")

    def _prepare(self) -> None:
        db = self._db
        # Check before changing anything, so a foreign file is set aside as it was found.
        check = db.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise StoreUnusable("The local store is damaged.")
        version = self._user_version()
        if version > SCHEMA_VERSION:
            raise StoreUnusable(
                "The local store was written by a newer version of the app.", newer=True
            )
        if version == 0 and self._tables():
            raise StoreUnusable("The file is not a LeanRails Desktop store.")
        if version == SCHEMA_VERSION:
            self._verify_schema()
        if self._path is not None:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                _log.warning("local store: WAL journal not available, using %s", mode)
        db.execute("PRAGMA synchronous = NORMAL")
        if version < SCHEMA_VERSION:
            self._migrate()
            self._verify_schema()

    def _user_version(self) -> int:
        row = self._db.execute("PRAGMA user_version").fetchone()
        return int(row[0]) if row else 0

    def _tables(self) -> set[str]:
        rows = self._db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        return {str(name) for (name,) in rows}

    def _migrate(self) -> None:
        with self._transaction():
            # Read again inside the write lock: another copy of the app may have just done it.
            version = self._user_version()
            while version < SCHEMA_VERSION:
                for statement in _MIGRATIONS[version]:
                    self._db.execute(statement)
                version += 1
            self._db.execute(f"PRAGMA user_version = {int(version)}")

    def _verify_schema(self) -> None:
        for table, expected in _EXPECTED_COLUMNS.items():
            columns = {str(row[1]) for row in self._db.execute(f"PRAGMA table_info({table})")}
            if not expected <= columns:
                raise StoreUnusable("The local store's tables are not in the expected shape.")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def _using(self) -> Iterator[sqlite3.Connection]:
        """The connection, under the lock, with SQLite failures turned into StoreError."""
        with self._lock:
            if self._closed:
                raise StoreError("The local store is closed.")
            try:
                yield self._db
            except sqlite3.Error as exc:
                raise StoreError(f"The local store could not be used ({exc}).") from exc

    def close(self) -> None:
        """Close the connection (a WAL checkpoint folds recent writes into the file)."""
        with self._lock:
            self._closed = True
            self._db.close()

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------ drafts

    def save_draft(
        self,
        account_key: str,
        draft_id: str,
        form: LinkForm,
        *,
        link_id: str | None,
        idempotency_key: str | None,
    ) -> None:
        """Create or replace a draft (all of it, including the idempotency key).

        ``link_id`` is None for a new link. ``idempotency_key`` is the key of a create
        that was sent and whose answer may have been lost: keep passing it until the link
        is saved, so a retry after a restart reuses it.
        """
        _check_identifier("account_key", account_key)
        _check_identifier("draft_id", draft_id)
        if link_id is not None:
            _check_identifier("link_id", link_id)
        if idempotency_key is not None:
            _check_identifier("idempotency_key", idempotency_key)
        form_json = _safe_json(_form_data(form))
        with self._using() as db:
            db.execute(
                """INSERT INTO drafts
                       (account, draft_id, link_id, form, idempotency_key, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (account, draft_id) DO UPDATE SET
                       link_id = excluded.link_id, form = excluded.form,
                       idempotency_key = excluded.idempotency_key,
                       updated_at = excluded.updated_at""",
                (account_key, draft_id, link_id, form_json, idempotency_key, self._clock()),
            )

    def drafts(self, account_key: str) -> list[Draft]:
        """The account's drafts, most recently saved first; unreadable ones are skipped."""
        _check_identifier("account_key", account_key)
        with self._using() as db:
            rows = db.execute(
                """SELECT draft_id, link_id, form, idempotency_key, updated_at FROM drafts
                   WHERE account = ? ORDER BY updated_at DESC, draft_id""",
                (account_key,),
            ).fetchall()
        out: list[Draft] = []
        for draft_id, link_id, form_json, idempotency_key, updated_at in rows:
            try:
                form = form_from_json(str(form_json))
            except ValueError:
                _log.warning("local store: skipped an unreadable draft")
                continue
            out.append(
                Draft(
                    draft_id=str(draft_id),
                    link_id=None if link_id is None else str(link_id),
                    form=form,
                    idempotency_key=None if idempotency_key is None else str(idempotency_key),
                    updated_at=float(updated_at),
                )
            )
        return out

    def delete_draft(self, account_key: str, draft_id: str) -> None:
        """Remove a draft (after it was saved or discarded); a missing one is no error."""
        with self._using() as db:
            db.execute(
                "DELETE FROM drafts WHERE account = ? AND draft_id = ?", (account_key, draft_id)
            )

    # ------------------------------------------------------------------------ listings

    def save_listing(
        self,
        account_key: str,
        filter_key: str,
        links: Iterable[CheckoutLink],
        line_item_totals: Mapping[str, int] | None,
    ) -> None:
        """Replace the cached listing for ``filter_key`` with ``links``, in one transaction.

        ``line_item_totals`` maps link ids to their total amount in minor units, where known.
        """
        _check_identifier("account_key", account_key)
        _check_identifier("filter_key", filter_key)
        rows = [
            (account_key, filter_key, position, _safe_json(link.to_dict()))
            for position, link in enumerate(links)
        ]
        totals = {
            str(k): int(v)
            for k, v in (line_item_totals or {}).items()
            if isinstance(v, int) and not isinstance(v, bool)
        }
        totals_json = _safe_json(totals)
        with self._using(), self._transaction() as db:
            db.execute(
                "DELETE FROM listing_links WHERE account = ? AND filter_key = ?",
                (account_key, filter_key),
            )
            db.execute(
                """INSERT OR REPLACE INTO listings (account, filter_key, saved_at, totals)
                   VALUES (?, ?, ?, ?)""",
                (account_key, filter_key, self._clock(), totals_json),
            )
            db.executemany(
                """INSERT INTO listing_links (account, filter_key, position, link)
                   VALUES (?, ?, ?, ?)""",
                rows,
            )

    def load_listing(self, account_key: str, filter_key: str) -> CachedListing | None:
        """The cached listing, or None if there is none; unreadable links are skipped."""
        _check_identifier("account_key", account_key)
        with self._using() as db:
            head = db.execute(
                "SELECT saved_at, totals FROM listings WHERE account = ? AND filter_key = ?",
                (account_key, filter_key),
            ).fetchone()
            if head is None:
                return None
            rows = db.execute(
                """SELECT link FROM listing_links WHERE account = ? AND filter_key = ?
                   ORDER BY position""",
                (account_key, filter_key),
            ).fetchall()
        links: list[CheckoutLink] = []
        for (link_json,) in rows:
            try:
                data = json.loads(str(link_json))
                if isinstance(data, dict):
                    links.append(CheckoutLink.from_dict(data))
                    continue
            except (ValueError, RecursionError):
                pass
            _log.warning("local store: skipped an unreadable cached link")
        return CachedListing(links, _read_totals(head[1]), float(head[0]))

    def cache_line_items(self, account_key: str, link_id: str, items: list[LineItem]) -> None:
        """Remember a link's line items (replacing what was cached for it)."""
        self.cache_line_items_many(account_key, {link_id: items})

    def cache_line_items_many(
        self, account_key: str, items_by_link: Mapping[str, list[LineItem]]
    ) -> None:
        """Remember the line items of many links at once, in one transaction."""
        _check_identifier("account_key", account_key)
        now = self._clock()
        rows = []
        for link_id, items in items_by_link.items():
            _check_identifier("link_id", link_id)
            rows.append(
                (account_key, link_id, _safe_json([item.to_dict() for item in items]), now)
            )
        if not rows:
            return
        with self._using(), self._transaction() as db:
            db.executemany(
                """INSERT OR REPLACE INTO line_items (account, link_id, items, saved_at)
                   VALUES (?, ?, ?, ?)""",
                rows,
            )

    def cached_line_items_for(
        self, account_key: str, link_ids: Iterable[str]
    ) -> dict[str, list[LineItem]]:
        """The cached line items of those of ``link_ids`` that have readable ones."""
        _check_identifier("account_key", account_key)
        wanted = list(dict.fromkeys(link_ids))
        found: dict[str, list[LineItem]] = {}
        # SQLite allows a few hundred parameters per statement; ask in slices.
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            part = wanted[start : start + _IDS_PER_QUERY]
            marks = ",".join("?" * len(part))
            with self._using() as db:
                rows = db.execute(
                    f"SELECT link_id, items FROM line_items WHERE account = ? "
                    f"AND link_id IN ({marks})",
                    (account_key, *part),
                ).fetchall()
            for link_id, raw in rows:
                items = _read_line_items(raw)
                if items is not None:
                    found[str(link_id)] = items
        return found

    def all_cached_line_items(self, account_key: str) -> Iterator[list[LineItem]]:
        """Every link's cached line items for the account, one list per link (unreadable
        rows skipped). The rows are read first, so nothing is held open while the caller
        goes through them."""
        _check_identifier("account_key", account_key)
        with self._using() as db:
            rows = db.execute(
                "SELECT items FROM line_items WHERE account = ?", (account_key,)
            ).fetchall()
        for (raw,) in rows:
            items = _read_line_items(raw)
            if items is not None:
                yield items

    def cached_line_items(self, account_key: str, link_id: str) -> list[LineItem] | None:
        """A link's cached line items, or None if none are cached (or they are unreadable)."""
        return self.cached_line_items_for(account_key, [link_id]).get(link_id)

    def forget_account(self, account_key: str) -> None:
        """Remove everything stored for an account (when the account is removed)."""
        with self._using(), self._transaction() as db:
            for table in ("drafts", "listings", "listing_links", "line_items"):
                db.execute(f"DELETE FROM {table} WHERE account = ?", (account_key,))


def _read_line_items(raw: Any) -> list[LineItem] | None:
    try:
        data = json.loads(str(raw))
        if not isinstance(data, list):
            raise ValueError("not a list")
        return [LineItem.from_dict(item) for item in data if isinstance(item, dict)]
    except (ValueError, RecursionError):
        _log.warning("local store: skipped unreadable cached line items")
        return None


def _read_totals(raw: Any) -> dict[str, int]:
    try:
        data = json.loads(str(raw)) if raw is not None else {}
    except (ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(k): v for k, v in data.items() if isinstance(v, int) and not isinstance(v, bool)
    }


# ---------------------------------------------------------------------------- opening


def _move_aside(path: Path) -> Path:
    """Rename ``path`` (and its WAL/journal companions) to ``<name>.corrupt-<timestamp>``."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    if path.exists():
        os.replace(path, target)
    # A stale WAL left beside a fresh file would be replayed into it; move it with its file.
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def _memory_fallback(reason: str) -> tuple[LocalStore, str]:
    return LocalStore.in_memory(), (
        f"Saved drafts could not be opened ({reason}). Until this is fixed, drafts are kept "
        "only while the app is open."
    )


def open_store(path: Path) -> tuple[LocalStore, str | None]:
    """Open the store at ``path``; never raises for a bad file.

    Returns the store and, when something had to be done about the file, a sentence for
    the merchant: a corrupt, unreadable, foreign or newer file is moved aside to
    ``<name>.corrupt-<timestamp>`` and a fresh store started; when no file can be used at
    all, the store is kept in memory for this run.
    """
    try:
        return LocalStore(path), None
    except StoreUnusable as exc:
        problem = exc
    except StoreError as exc:
        _log.warning("local store: %s", exc)
        return _memory_fallback(str(exc).rstrip("."))
    except OSError as exc:  # the folder could not be created
        _log.warning("local store: %s", exc)
        return _memory_fallback(exc.strerror or type(exc).__name__)
    _log.warning("local store: %s Moving it aside.", problem)
    try:
        aside = _move_aside(path)
    except OSError as exc:
        _log.warning("local store: could not move it aside: %s", exc)
        return _memory_fallback("the file is damaged and could not be moved aside")
    if problem.newer:
        message = (
            "Saved drafts were written by a newer version of LeanRails Desktop and were set "
            f"aside in {aside}; a fresh store was started."
        )
    else:
        message = (
            f"Saved drafts could not be read and were set aside in {aside}; a fresh store "
            "was started."
        )
    try:
        return LocalStore(path), message
    except (StoreError, OSError) as exc:
        _log.warning("local store: a fresh store could not be started either: %s", exc)
        return _memory_fallback("a fresh store could not be started either")
