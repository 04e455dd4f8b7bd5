"""The import journal: a request's key is kept before it is sent, an earlier key wins, a
finished request is remembered, the merchant's group text is not written, and removing
an account removes its journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import ACCOUNT, KEY

from leanrails_desktop.core.store import AccountImportJournal, LocalStore, open_store

BATCH = "digest-of-the-file"
GROUP = "Pottery – spring <b>term</b>"


def test_the_first_key_written_is_the_one_sent_again(store: LocalStore) -> None:
    assert store.journal_entry(ACCOUNT, BATCH, GROUP, "create") is None
    assert store.journal_begin(ACCOUNT, BATCH, GROUP, "create", "key-1") == "key-1"
    # Sent again (after a crash): the key written first is used, not a new one.
    assert store.journal_begin(ACCOUNT, BATCH, GROUP, "create", "key-2") == "key-1"
    entry = store.journal_entry(ACCOUNT, BATCH, GROUP, "create")
    assert entry is not None and entry.idempotency_key == "key-1" and not entry.done


def test_a_finished_request_is_recalled_per_account_file_group_and_step(
    store: LocalStore,
) -> None:
    journal = AccountImportJournal(store, ACCOUNT, BATCH)
    assert journal.begin(GROUP, "create", "k") == "k"
    assert journal.recall(GROUP, "create") is None
    journal.finish(GROUP, "create", "cl_123", "https://pay.example/cl_123")
    assert journal.recall(GROUP, "create") == ("cl_123", "https://pay.example/cl_123")
    assert journal.recall(GROUP, "deactivate") is None
    assert journal.recall("another group", "create") is None
    assert AccountImportJournal(store, ACCOUNT, "another file").recall(GROUP, "create") is None
    assert AccountImportJournal(store, "other-account", BATCH).recall(GROUP, "create") is None


def test_it_survives_reopening_and_keeps_no_group_text_or_key(path: Path) -> None:
    store, _ = open_store(path)
    journal = AccountImportJournal(store, ACCOUNT, BATCH)
    journal.begin(GROUP, "create", "k")
    journal.finish(GROUP, "create", "cl_9", "https://pay.example/cl_9")
    store.close()
    data = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    assert GROUP.encode() not in data and KEY.encode() not in data
    store, _ = open_store(path)
    assert AccountImportJournal(store, ACCOUNT, BATCH).recall(GROUP, "create") == (
        "cl_9", "https://pay.example/cl_9")
    store.close()


def test_forgetting_the_account_forgets_its_journal(store: LocalStore) -> None:
    store.journal_begin(ACCOUNT, BATCH, GROUP, "create", "k")
    store.journal_begin("kept-account", BATCH, GROUP, "create", "k")
    store.forget_account(ACCOUNT)
    assert store.journal_entry(ACCOUNT, BATCH, GROUP, "create") is None
    assert store.journal_entry("kept-account", BATCH, GROUP, "create") is not None


def test_keys_are_refused_as_identifiers(store: LocalStore) -> None:
    with pytest.raises(ValueError):
        store.journal_begin(KEY, BATCH, GROUP, "create", "k")
    with pytest.raises(ValueError):
        store.journal_begin(ACCOUNT, BATCH, GROUP, "create", KEY)
