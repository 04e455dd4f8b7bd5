"""The import journal: each create (or switch-off) request of an import, its idempotency
key written before the request is sent, and the link it made once the answer came.

A rerun of the same file against the same account reads the journal first: a request
that finished is not sent again (its link is reported as it was made), and one that was
sent without an answer is sent again with the key it had, so the server answers with the
link it already made. Rows are keyed by account, the file's content digest (``batch``),
and a digest of the link's group in that file — the group itself (the sheet's ``link``
value) is the merchant's text and is not written here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from leanrails_desktop.core.store.connection import StoreConnection
from leanrails_desktop.core.store.encoding import check_identifier


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One request of an import: its key, and the link it made (None until answered)."""

    idempotency_key: str
    link_id: str | None
    url: str | None

    @property
    def done(self) -> bool:
        return self.link_id is not None


def _group_digest(group: str) -> str:
    return hashlib.sha256(group.encode("utf-8", "surrogatepass")).hexdigest()


class ImportJournalStore(StoreConnection):
    """The journal part of :class:`~leanrails_desktop.core.store.LocalStore`."""

    def journal_entry(
        self, account_key: str, batch: str, group: str, step: str
    ) -> JournalEntry | None:
        """The journal's row for one request of an import, or None if never sent."""
        with self._using() as db:
            row = db.execute(
                """SELECT idempotency_key, link_id, url FROM import_requests
                   WHERE account = ? AND batch = ? AND grp = ? AND step = ?""",
                (account_key, batch, _group_digest(group), step),
            ).fetchone()
        return None if row is None else JournalEntry(row[0], row[1], row[2])

    def journal_begin(
        self, account_key: str, batch: str, group: str, step: str, idempotency_key: str
    ) -> str:
        """Write a request's key before it is sent; returns the key to send — the one
        already written, when this request was sent before."""
        check_identifier("account_key", account_key)
        check_identifier("idempotency_key", idempotency_key)
        with self._using(), self._transaction() as db:
            db.execute(
                """INSERT INTO import_requests
                       (account, batch, grp, step, idempotency_key, sent_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (account, batch, grp, step) DO NOTHING""",
                (account_key, batch, _group_digest(group), step, idempotency_key,
                 self._clock()),
            )
            row = db.execute(
                """SELECT idempotency_key FROM import_requests
                   WHERE account = ? AND batch = ? AND grp = ? AND step = ?""",
                (account_key, batch, _group_digest(group), step),
            ).fetchone()
        return str(row[0])

    def journal_done(
        self, account_key: str, batch: str, group: str, step: str, link_id: str, url: str
    ) -> None:
        """Note the link a request made (after its answer arrived)."""
        check_identifier("link_id", link_id)
        with self._using() as db:
            db.execute(
                """UPDATE import_requests SET link_id = ?, url = ?, done_at = ?
                   WHERE account = ? AND batch = ? AND grp = ? AND step = ?""",
                (link_id, url, self._clock(), account_key, batch, _group_digest(group), step),
            )


class AccountImportJournal:
    """The journal of one file's import into one account, as
    :class:`~leanrails_desktop.core.bulk.send.Journal` expects it."""

    def __init__(self, store: ImportJournalStore, account_key: str, batch: str) -> None:
        self._store = store
        self._account = account_key
        self._batch = batch

    def recall(self, group: str, step: str) -> tuple[str, str] | None:
        entry = self._store.journal_entry(self._account, self._batch, group, step)
        if entry is None or entry.link_id is None:
            return None
        return entry.link_id, entry.url or ""

    def begin(self, group: str, step: str, key: str) -> str:
        return self._store.journal_begin(self._account, self._batch, group, step, key)

    def finish(self, group: str, step: str, link_id: str, url: str) -> None:
        self._store.journal_done(self._account, self._batch, group, step, link_id, url)
