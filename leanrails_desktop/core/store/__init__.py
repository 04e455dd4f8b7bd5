"""The local store: drafts of unsaved work, per account (SQLite). Links and line items
live in each account's mirror (:mod:`leanrails_desktop.core.mirror`).

One file (:data:`STORE_FILENAME` in the app-data folder) holds every account's data; each
row carries an opaque account key, an account id and never a secret key. Nothing secret is
stored: keys passed as identifiers are refused, and any key or base64 form of one found in
stored text (a title, metadata) is replaced by ``[redacted]`` before it is written.

The package, by concern:

- ``connection``: the one SQLite connection, its lock, transactions, WAL, checks;
- ``schema``: the schema version and the migrations to it;
- ``drafts``: unsaved work, with the idempotency key of a create whose answer was lost;
- ``imports``: the import journal (each request's key before it is sent, what it made);
- ``history``: the changes made to each link from this computer (the newest 200 per link);
- ``forms`` and ``encoding``: how forms and other values are written (never a secret);
- ``opening``: :func:`open_store`, which sets a bad file aside instead of raising;
- ``local_store``: :class:`LocalStore`, all of the above as one object.

Threading: a :class:`LocalStore` owns one connection, guarded by a lock; any thread may
call any method and calls are serialised. Keep calls short on the GUI thread (draft saves
are a single small statement).

Use :func:`open_store` to open it: a corrupt or unreadable file is moved aside and a fresh
store started, with a sentence for the merchant, instead of an exception.
"""

from __future__ import annotations

from leanrails_desktop.core.store.drafts import Draft
from leanrails_desktop.core.store.errors import StoreError, StoreUnusable
from leanrails_desktop.core.store.forms import form_from_json, form_to_json
from leanrails_desktop.core.store.history import HISTORY_LIMIT, HistoryEntry
from leanrails_desktop.core.store.imports import AccountImportJournal, JournalEntry
from leanrails_desktop.core.store.local_store import LocalStore
from leanrails_desktop.core.store.opening import STORE_FILENAME, default_store_path, open_store
from leanrails_desktop.core.store.schema import SCHEMA_VERSION

__all__ = [
    "HISTORY_LIMIT",
    "SCHEMA_VERSION",
    "STORE_FILENAME",
    "AccountImportJournal",
    "Draft",
    "HistoryEntry",
    "JournalEntry",
    "LocalStore",
    "StoreError",
    "StoreUnusable",
    "default_store_path",
    "form_from_json",
    "form_to_json",
    "open_store",
]
