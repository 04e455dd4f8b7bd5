"""The store's one SQLite connection: opening, checking and migrating the file, the lock,
transactions, and closing.

Threading: a store owns one connection, opened with ``check_same_thread=False`` and guarded
by a lock, so the connection is used by one thread at a time; any thread may call any
method and calls are serialised.

Privacy: the file, its folder and its -wal, -shm and -journal are the user's alone (0600,
folder 0700) from their first byte, through the umask while they are created.

Durability: the journal is WAL with ``synchronous=NORMAL``. A committed write survives the
app crashing or being killed; a power cut may lose the last moments of writes but leaves
the file consistent.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.paths import private_folder, private_umask, restrict_to_owner
from leanrails_desktop.core.store.errors import StoreError, StoreUnusable
from leanrails_desktop.core.store.schema import EXPECTED_COLUMNS, MIGRATIONS, SCHEMA_VERSION

_log = logging.getLogger("leanrails_desktop.core.store")

# SQLite primary result codes that mean "try again later", not "this file is broken".
_TRANSIENT_CODES = frozenset({5, 6, 7, 9, 13})  # BUSY, LOCKED, NOMEM, INTERRUPT, FULL


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


class StoreConnection:
    """One SQLite file (or memory), checked, migrated to :data:`SCHEMA_VERSION` and locked.

    The constructor raises :class:`StoreUnusable` for a file it cannot use and
    :class:`StoreError` for a transient failure (locked, disk full).
    """

    def __init__(self, path: Path | None, *, clock: Callable[[], float] = time.time) -> None:
        """Open (creating if needed) the store at ``path``; ``None`` keeps it in memory."""
        self._path = path
        self._clock = clock
        self._lock = threading.RLock()
        self._closed = False
        target = ":memory:"
        if path is not None:
            private_folder(path.parent)
            # A file an older version left readable to others is closed to them first:
            # SQLite gives the -wal, -shm and -journal it creates the file's own mode.
            restrict_to_owner(path)
            target = str(path)
        # The file (when new) and its companions are created 0600, never briefly open.
        with private_umask():
            self._connect_and_prepare(target)

    def _connect_and_prepare(self, target: str) -> None:
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

    @classmethod
    def in_memory(cls) -> Self:
        """A store that lives only as long as this object (the fallback when no file works)."""
        return cls(None)

    @property
    def path(self) -> Path | None:
        """The store's file, or None for an in-memory store."""
        return self._path

    @staticmethod
    def _open_error(exc: sqlite3.Error) -> StoreError:
        if _primary_code(exc) in _TRANSIENT_CODES:
            return StoreError(
                translate(
                    "Store", "The local store could not be opened right now ({exc})."
                ).format(exc=exc)
            )
        return StoreUnusable(
            translate("Store", "The local store could not be read ({reason}).").format(reason=exc)
        )

    def _prepare(self) -> None:
        db = self._db
        # Check before changing anything, so a foreign file is set aside as it was found.
        check = db.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise StoreUnusable(translate("Store", "The local store is damaged."))
        version = self._user_version()
        if version > SCHEMA_VERSION:
            raise StoreUnusable(
                translate(
                    "Store", "The local store was written by a newer version of the app."
                ),
                newer=True,
            )
        if version == 0 and self._tables():
            raise StoreUnusable(
                translate("Store", "The file is not a LeanRails Desktop store.")
            )
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
                for statement in MIGRATIONS[version]:
                    self._db.execute(statement)
                version += 1
            self._db.execute(f"PRAGMA user_version = {int(version)}")

    def _verify_schema(self) -> None:
        for table, expected in EXPECTED_COLUMNS.items():
            columns = {str(row[1]) for row in self._db.execute(f"PRAGMA table_info({table})")}
            if not expected <= columns:
                raise StoreUnusable(
                    translate(
                        "Store", "The local store's tables are not in the expected shape."
                    )
                )

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
                raise StoreError(translate("Store", "The local store is closed."))
            try:
                yield self._db
            except sqlite3.Error as exc:
                raise StoreError(
                    translate("Store", "The local store could not be used ({exc}).").format(
                        exc=exc
                    )
                ) from exc

    def close(self) -> None:
        """Close the connection (a WAL checkpoint folds recent writes into the file)."""
        with self._lock:
            self._closed = True
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
