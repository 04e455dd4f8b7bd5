"""As an ordinary user, with the usual umask 022, what the app writes is that user's alone:
another user (even one in the same group) can read none of it.

Run as root (as CI does): it creates two users with ``useradd``, runs the child as the
first and tries to read every file and folder as the second with ``runuser``. Mode bits are
checked in the unit tests too; this shows them at work for a real user.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.modes import PRIVATE_FILE, PRIVATE_FOLDER, mode
from helpers.unprivileged import (
    User,
    created_user,
    run_as,
    spawn_as,
    why_users_cannot_be_created,
)

pytestmark = pytest.mark.system

CHILD = Path(__file__).resolve().parent / "private_files_child.py"


@pytest.fixture
def users() -> Iterator[tuple[User, User]]:
    reason = why_users_cannot_be_created()
    if reason:
        pytest.skip(reason)
    with created_user() as owner, created_user(in_group_of=owner) as other:
        yield owner, other


@pytest.fixture
def place() -> Iterator[Path]:
    # Not under pytest's tmp_path: that is root's alone, so no other user could even try.
    folder = Path(tempfile.mkdtemp(prefix="leanrails-private-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_another_user_can_read_nothing_the_app_wrote(
    users: tuple[User, User], place: Path
) -> None:
    owner, other = users
    home = place / "home"
    exports = home / "Documents"
    for folder in (home, exports):  # an ordinary home and documents folder, open to look in
        folder.mkdir(mode=0o755)
        os.chown(folder, owner.uid, owner.gid)
        folder.chmod(0o755)
    public = home / "public.txt"
    public.write_text("anyone may read this\n", encoding="utf-8")
    os.chown(public, owner.uid, owner.gid)
    public.chmod(0o644)
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"}
    child = spawn_as(owner, CHILD, [str(exports)], env=env)
    try:
        assert child.stdout is not None and child.stdin is not None
        line = child.stdout.readline()
        assert line, child.communicate(timeout=30)[1]
        written = json.loads(line)
        assert written["uid"] == owner.uid

        files = {kind: Path(path) for kind, path in written["files"].items()}
        folders = {kind: Path(path) for kind, path in written["folders"].items()}
        assert folders["config"] == home / ".config" / "leanrails-desktop"
        for kind, path in files.items():
            info = path.lstat()
            assert stat.S_ISREG(info.st_mode), kind
            assert info.st_uid == owner.uid, kind
            assert oct(mode(path)) == oct(PRIVATE_FILE), kind
        # Every folder the app created, up to the home it was given.
        created = {parent for path in [*files.values(), *folders.values()]
                   for parent in [path, *path.parents] if home in parent.parents}
        created = {folder for folder in created if folder.is_dir() and folder != exports}
        assert {folder.relative_to(home).parts[0] for folder in created} == {".config", ".local"}
        for folder in created:
            assert oct(mode(folder)) == oct(PRIVATE_FOLDER), folder

        # The other user can read what is meant for anyone, and nothing the app wrote.
        assert run_as(other, ["cat", str(public)]).stdout == "anyone may read this\n"
        for kind, path in files.items():
            attempt = run_as(other, ["cat", str(path)])
            assert attempt.returncode != 0, kind
            assert "Permission denied" in attempt.stderr, (kind, attempt.stderr)
        for folder in sorted(created):
            attempt = run_as(other, ["ls", str(folder)])
            assert attempt.returncode != 0, folder
            assert "Permission denied" in attempt.stderr, (folder, attempt.stderr)
        child.stdin.close()
        assert child.wait(timeout=30) == 0, child.stderr.read() if child.stderr else ""
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None and not stream.closed:
                stream.close()
