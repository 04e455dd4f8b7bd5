"""Opening the store: a bad file is set aside and a fresh store started, never an error."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.unprivileged import created_user, spawn_as, why_users_cannot_be_created
from store_as_user import open_and_save
from store_helpers import ACCOUNT, fill

from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.store import SCHEMA_VERSION, STORE_FILENAME, open_store


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


def _damaged_pages(path: Path) -> None:
    # The header still says SQLite; every other page after it is overwritten.
    fill(path)
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for start in range(size, len(data), 2 * size):
        data[start : start + size] = b"\xa5" * size
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    fill(path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()


@pytest.mark.parametrize(
    "spoil",
    [_garbage, _foreign, _ours_but_reshaped, _truncated, _damaged_pages, _newer],
    ids=["garbage", "foreign-schema", "reshaped", "truncated", "damaged-pages", "newer-version"],
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


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder other users may enter (pytest's temporary folders are root's alone)."""
    place = Path(tempfile.mkdtemp(prefix="leanrails-store-"))
    place.chmod(0o755)
    try:
        yield place
    finally:
        shutil.rmtree(place, ignore_errors=True)


def _opened_by_a_user_who_cannot_read_it(store: Path) -> dict[str, Any]:
    """``store_as_user.open_and_save(store)`` by a user to whom the file is unreadable: as
    root (who reads anything), a user created for it, owning the folder but not the file,
    as when the app once ran with sudo; otherwise this user, with the file made mode 0."""
    if os.geteuid() != 0:
        store.chmod(0)
        try:
            return open_and_save(store)
        finally:
            for each in store.parent.iterdir():
                each.chmod(0o600)
    reason = why_users_cannot_be_created()
    if reason:
        pytest.skip(reason)
    with created_user() as user:
        os.chown(store.parent, user.uid, user.gid)  # the file itself stays root's, 0600
        child = spawn_as(
            user,
            Path(__file__).with_name("store_as_user.py"),
            [str(store)],
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
        )
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        assert store.stat().st_uid == user.uid  # the fresh store is the user's
        os.chown(store.parent, 0, 0)
        result: dict[str, Any] = json.loads(out)
        return result


@pytest.mark.system
@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_unreadable_file_is_set_aside(open_folder: Path) -> None:
    store = open_folder / "data" / STORE_FILENAME
    fill(store)
    original = store.read_bytes()
    result = _opened_by_a_user_who_cannot_read_it(store)
    assert result["message"] is not None
    assert result["message"].startswith("Saved drafts could not be read and were set aside")
    assert result["path"] == str(store)  # a fresh file in the same place, not memory
    assert result["drafts"] == ["fresh"]
    [aside] = [
        p
        for p in store.parent.iterdir()
        if p.name.startswith(store.name + ".corrupt-") and not p.name.endswith(("-wal", "-shm"))
    ]
    assert aside.read_bytes() == original
    if os.geteuid() == 0:
        assert aside.stat().st_uid == 0  # root's file, moved aside untouched
