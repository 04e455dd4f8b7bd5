"""The app's folders, and the helpers that make what it writes the user's alone."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from helpers.modes import PRIVATE_FILE, PRIVATE_FOLDER, mode

from leanrails_desktop.core.paths import (
    app_paths,
    private_file,
    private_folder,
    private_umask,
    restrict_to_owner,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def current_umask() -> int:
    value = os.umask(0o022)
    os.umask(value)
    return value


def test_one_home_holds_all_four_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEANRAILS_DESKTOP_HOME", str(tmp_path))
    paths = app_paths()
    assert paths.all() == tuple(tmp_path / name for name in ("config", "data", "cache", "logs"))


@posix_only
@pytest.mark.usefixtures("typical_umask")
def test_inside_private_umask_new_files_and_folders_are_the_users_alone(tmp_path: Path) -> None:
    with private_umask():
        (tmp_path / "made" / "deeper").mkdir(parents=True)
        (tmp_path / "made" / "notes.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "after.txt").write_text("ordinary", encoding="utf-8")
    assert mode(tmp_path / "made") == PRIVATE_FOLDER
    assert mode(tmp_path / "made" / "deeper") == PRIVATE_FOLDER
    assert mode(tmp_path / "made" / "notes.txt") == PRIVATE_FILE
    assert mode(tmp_path / "after.txt") == 0o644  # the umask outside is back
    assert current_umask() == 0o022


@posix_only
def test_a_stricter_umask_outside_stays_as_strict_inside() -> None:
    previous = os.umask(0o277)
    try:
        with private_umask():
            assert current_umask() == 0o277
        assert current_umask() == 0o277
    finally:
        os.umask(previous)


@posix_only
@pytest.mark.usefixtures("typical_umask")
def test_the_umask_stays_private_until_the_last_thread_leaves(tmp_path: Path) -> None:
    first_inside, second_left, first_wrote, first_may_leave = (
        threading.Event() for _ in range(4)
    )
    modes: dict[str, int] = {}

    def first() -> None:
        with private_umask():
            first_inside.set()
            second_left.wait(10)
            # Another thread entered and left meanwhile: this one is still inside.
            (tmp_path / "first.txt").write_text("x", encoding="utf-8")
            modes["first"] = mode(tmp_path / "first.txt")
            first_wrote.set()
            first_may_leave.wait(10)

    def second() -> None:
        first_inside.wait(10)
        with private_umask():
            (tmp_path / "second.txt").write_text("x", encoding="utf-8")
        modes["second"] = mode(tmp_path / "second.txt")
        second_left.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_wrote.wait(10)  # (reading the umask changes it for a moment: not while writing)
    modes["outside, while the first is inside"] = current_umask()
    first_may_leave.set()
    for thread in threads:
        thread.join(10)
    assert modes == {
        "first": PRIVATE_FILE,
        "second": PRIVATE_FILE,
        "outside, while the first is inside": 0o077,
    }
    assert current_umask() == 0o022


@posix_only
@pytest.mark.usefixtures("typical_umask")
def test_private_folder_creates_parents_and_closes_an_existing_folder(tmp_path: Path) -> None:
    made = private_folder(tmp_path / "a" / "b")
    assert made == tmp_path / "a" / "b"
    assert (mode(tmp_path / "a"), mode(made)) == (PRIVATE_FOLDER, PRIVATE_FOLDER)
    old = tmp_path / "old"
    old.mkdir(mode=0o755)
    (old / "kept.txt").write_text("kept", encoding="utf-8")
    private_folder(old)
    assert mode(old) == PRIVATE_FOLDER
    assert (old / "kept.txt").read_text(encoding="utf-8") == "kept"


@posix_only
@pytest.mark.usefixtures("typical_umask")
def test_private_file_is_empty_and_private_or_keeps_its_content(tmp_path: Path) -> None:
    new = private_file(tmp_path / "config" / "settings.ini")
    assert new.read_bytes() == b""
    assert (mode(new), mode(new.parent)) == (PRIVATE_FILE, PRIVATE_FOLDER)
    old = tmp_path / "old.ini"
    old.write_text("[a]\nb=1\n", encoding="utf-8")
    old.chmod(0o664)
    private_file(old)
    assert old.read_text(encoding="utf-8") == "[a]\nb=1\n"
    assert mode(old) == PRIVATE_FILE


@posix_only
def test_restrict_to_owner_only_takes_permissions_away(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.write_text("x", encoding="utf-8")
    locked.chmod(0o400)
    restrict_to_owner(locked)
    assert mode(locked) == 0o400  # never made writable (or readable) by it
    target = tmp_path / "target"
    target.write_text("x", encoding="utf-8")
    target.chmod(0o644)
    link = tmp_path / "link"
    link.symlink_to(target)
    restrict_to_owner(link)
    assert mode(target) == 0o644  # a symlink is not followed
    restrict_to_owner(tmp_path / "missing")  # nothing there: nothing to do
