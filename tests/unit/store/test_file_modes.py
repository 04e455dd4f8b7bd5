"""The store's file, its -wal, -shm and -journal, and its folder are the user's alone from
their first byte, whatever the process umask (here 022, as most users have)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from helpers.modes import PRIVATE_FILE, PRIVATE_FOLDER, mode, not_private
from store_helpers import ACCOUNT

from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.store import open_store

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits"),
    pytest.mark.usefixtures("typical_umask"),
]


def companions(path: Path) -> dict[str, Path]:
    return {suffix: path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")}


def test_a_new_store_its_wal_shm_and_folders_are_private(tmp_path: Path) -> None:
    path = tmp_path / "home" / "data" / "local-store.sqlite3"
    store, message = open_store(path)
    assert message is None
    try:
        store.save_draft(ACCOUNT, "d", LinkForm(title="mine"), link_id=None, idempotency_key=None)
        store.save_draft(ACCOUNT, "e", LinkForm(title="edit"), link_id="cl_1", idempotency_key=None)
        wal, shm = companions(path)["-wal"], companions(path)["-shm"]
        assert wal.exists() and shm.exists()  # written while the store is open
        assert {p.name: oct(mode(p)) for p in (path, wal, shm)} == {
            p.name: oct(PRIVATE_FILE) for p in (path, wal, shm)
        }
        assert mode(path.parent) == PRIVATE_FOLDER
        assert mode(tmp_path / "home") == PRIVATE_FOLDER  # every folder it had to create
        assert not_private(tmp_path / "home") == {}
    finally:
        store.close()


def test_a_rollback_journal_is_private_too(tmp_path: Path) -> None:
    path = tmp_path / "data" / "local-store.sqlite3"
    store, _ = open_store(path)
    store.close()
    # Where WAL is not available, SQLite keeps a -journal during each write instead.
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM drafts")
        journal = companions(path)["-journal"]
        assert journal.exists()
        assert oct(mode(journal)) == oct(PRIVATE_FILE)
        db.execute("ROLLBACK")
    finally:
        db.close()


def test_a_store_left_readable_by_an_older_version_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "local-store.sqlite3"
    path.parent.mkdir()
    sqlite3.connect(path).close()  # an empty file, as an older version created it
    path.chmod(0o644)
    path.parent.chmod(0o755)
    store, message = open_store(path)
    assert message is None
    try:
        store.save_draft(ACCOUNT, "d", LinkForm(), link_id=None, idempotency_key=None)
        assert not_private(path.parent) == {}
    finally:
        store.close()


def test_a_fresh_store_after_a_bad_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "local-store.sqlite3"
    path.parent.mkdir(mode=0o700)
    path.write_bytes(os.urandom(4096))
    path.chmod(0o644)
    store, message = open_store(path)
    assert message is not None and "set aside" in message
    try:
        store.save_draft(ACCOUNT, "d", LinkForm(), link_id=None, idempotency_key=None)
        for each in (path, *[p for p in companions(path).values() if p.exists()]):
            assert oct(mode(each)) == oct(PRIVATE_FILE), each.name
    finally:
        store.close()
