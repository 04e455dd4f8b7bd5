"""The mirror of one account: its file, the two connections and their transactions, and
sync passes. Searching, reading and writing are in :mod:`.search`, :mod:`.reads` and
:mod:`.writes`."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.mirror.reads import _Reading
from leanrails_desktop.core.mirror.records import (
    MirrorError,
    MirrorUnusable,
    PageWritten,
    SyncState,
)
from leanrails_desktop.core.mirror.schema import _EXPECTED, _SCHEMA, _SEARCH_INDEX, SCHEMA_VERSION
from leanrails_desktop.core.mirror.search import _Plan
from leanrails_desktop.core.mirror.texts import _tripled
from leanrails_desktop.core.mirror.writes import _Writing
from leanrails_desktop.core.paths import private_folder, private_umask

_log = logging.getLogger("leanrails_desktop.core.mirror")


class Mirror(_Reading, _Writing):
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
                    translate(
                        "Mirror", "The local copy of the account could not be opened: {exc}."
                    ).format(exc=exc)
                ) from exc
            if isinstance(exc, sqlite3.DatabaseError):
                raise MirrorUnusable(
                    translate(
                        "Mirror",
                        "The local copy of the account is damaged or not one this version can "
                        "read.",
                    )
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
        _switch_to_wal(db)
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
                    translate(
                        "Mirror",
                        "The local copy of the account was written by a newer version of "
                        "LeanRails Desktop.",
                    )
                )
            if version == 0:
                if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise MirrorUnusable(
                        translate("Mirror", "The file is not a local copy of an account.")
                    )
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
                    raise MirrorUnusable(
                        translate("Mirror", "The file is not a local copy of an account.")
                    )
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
                raise MirrorError(
                    translate("Mirror", "The local copy could not be written: {exc}.").format(
                        exc=exc
                    )
                ) from exc
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
                raise MirrorError(
                    translate("Mirror", "The local copy could not be written: {exc}.").format(
                        exc=exc
                    )
                ) from exc

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._read_lock:
            try:
                yield self._reader
            except sqlite3.Error as exc:
                raise MirrorError(
                    translate("Mirror", "The local copy could not be read: {reason}.").format(
                        reason=exc
                    )
                ) from exc

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


_WAL_WAIT_S = 10.0


def _switch_to_wal(db: sqlite3.Connection) -> None:
    """Put the file in WAL mode. Changing the journal mode does not wait for a lock the
    way other statements do, so a second app instance opening the same new file while the
    first creates it is told "database is locked" at once: ask again for a while."""
    deadline = time.monotonic() + _WAL_WAIT_S
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
