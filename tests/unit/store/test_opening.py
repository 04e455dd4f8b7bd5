"""Opening the store: a bad file is set aside and a fresh store started, never an error."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from store_helpers import ACCOUNT, fill

from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.store import SCHEMA_VERSION, open_store


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _foreign(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, blob BLOB)")
    db.execute("INSERT INTO photos (blob) VALUES (x'00ff')")
    db.commit()
    db.close()


def _ours_but_reshaped(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE drafts (something TEXT)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.commit()
    db.close()


def _truncated(path: Path) -> None:
    fill(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer(path: Path) -> None:
    fill(path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()


@pytest.mark.parametrize(
    "spoil", [_garbage, _foreign, _ours_but_reshaped, _truncated, _newer],
    ids=["garbage", "foreign-schema", "reshaped", "truncated", "newer-version"],
)
def test_bad_file_is_moved_aside_and_a_fresh_store_works(path: Path, spoil: object) -> None:
    path.parent.mkdir(parents=True)
    assert callable(spoil)
    spoil(path)
    original = path.read_bytes()
    store, message = open_store(path)
    assert message is not None
    aside = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".corrupt-")]
    assert [p.name for p in aside if not p.name.endswith(("-wal", "-shm"))] == [aside[0].name]
    assert aside[0].read_bytes() == original
    assert str(aside[0]) in message
    assert message.endswith("a fresh store was started.")
    if spoil is _newer:
        assert "newer version" in message
    else:
        assert message.startswith("Saved drafts could not be read")
    store.save_draft(ACCOUNT, "d", LinkForm(title="fresh"), link_id=None, idempotency_key=None)
    assert [d.form.title for d in store.drafts(ACCOUNT)] == ["fresh"]
    store.close()
    again, message = open_store(path)
    assert message is None
    assert len(again.drafts(ACCOUNT)) == 1
    again.close()


def test_a_stale_wal_never_reaches_the_fresh_store(path: Path) -> None:
    path.parent.mkdir(parents=True)
    _garbage(path)
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"stale wal")
    store, message = open_store(path)
    assert message is not None
    # SQLite may drop an invalid WAL itself; if it survives, it sits beside the set-aside file.
    assert not wal.exists() or wal.read_bytes() != b"stale wal"
    store.save_draft(ACCOUNT, "d", LinkForm(), link_id=None, idempotency_key=None)
    store.close()
    again, message = open_store(path)
    assert message is None and len(again.drafts(ACCOUNT)) == 1
    again.close()


def test_a_folder_in_place_of_the_file_is_set_aside(path: Path) -> None:
    path.mkdir(parents=True)
    store, message = open_store(path)
    assert message is not None and "set aside" in message
    store.save_draft(ACCOUNT, "d", LinkForm(), link_id=None, idempotency_key=None)
    assert path.is_file()
    store.close()


def test_without_any_usable_place_the_store_lives_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store, message = open_store(blocker / "local-store.sqlite3")
    assert message is not None and "only while the app is open" in message
    assert store.path is None
    store.save_draft(ACCOUNT, "d", LinkForm(title="kept"), link_id=None, idempotency_key=None)
    assert store.drafts(ACCOUNT)[0].form.title == "kept"
    store.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_an_unreadable_file_is_set_aside(path: Path) -> None:
    fill(path)
    path.chmod(0)
    store, message = open_store(path)
    assert message is not None
    store.save_draft(ACCOUNT, "d", LinkForm(), link_id=None, idempotency_key=None)
    store.close()

