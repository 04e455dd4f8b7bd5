"""The local store as one object: drafts (with the keys of pending creates), the history
of changes made from this computer and the import journal, per account."""

from __future__ import annotations

from leanrails_desktop.core.store.drafts import DraftStore
from leanrails_desktop.core.store.history import HistoryStore
from leanrails_desktop.core.store.imports import ImportJournalStore
from leanrails_desktop.core.store.schema import ACCOUNT_TABLES


class LocalStore(DraftStore, HistoryStore, ImportJournalStore):
    """Drafts of unsaved work, each link's history of changes and the import journal,
    per account, in one SQLite file.

    Open it through :func:`~leanrails_desktop.core.store.open_store`. The constructor
    raises :class:`StoreUnusable` for a file it cannot use and :class:`StoreError` for a
    transient failure (locked, disk full); methods raise :class:`StoreError` when SQLite
    fails.
    """

    def forget_account(self, account_key: str) -> None:
        """Remove everything stored for an account (when the account is removed)."""
        with self._using(), self._transaction() as db:
            for table in ACCOUNT_TABLES:
                db.execute(f"DELETE FROM {table} WHERE account = ?", (account_key,))
