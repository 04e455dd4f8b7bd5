"""Users created for one test (as root, with ``useradd``) and processes run as them.

A test that must see what an ordinary user sees (permission bits that root would ignore)
creates users with :func:`created_user`, runs a child as one with :func:`spawn_as` and
checks with :func:`run_as` (``runuser``) what another can read. The users are removed
afterwards, also when the test fails.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

HELPERS = Path(__file__).resolve().parent
REPO = HELPERS.parent.parent
AS_USER = HELPERS / "as_user.py"
_TOOLS = ("useradd", "userdel", "groupdel", "runuser")


@dataclass(frozen=True)
class User:
    """A user created for a test."""

    name: str
    uid: int
    gid: int


def why_users_cannot_be_created() -> str | None:
    """None when this process can create users, else the reason (for a skip message)."""
    if os.name != "posix":
        return "POSIX users"
    if os.geteuid() != 0:
        return "creating users needs root"
    missing = [tool for tool in _TOOLS if shutil.which(tool) is None]
    if missing:
        return f"needs {', '.join(missing)} (Debian: passwd, util-linux)"
    return None


def _quiet(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@contextmanager
def created_user(*, in_group_of: User | None = None) -> Iterator[User]:
    """A new user without a home or login shell; with ``in_group_of`` its primary group is
    that user's (so group permission bits are tested too), else a group of its own."""
    import pwd

    name = f"lrtest{secrets.token_hex(4)}"
    command = ["useradd", "--no-create-home", "--home-dir", "/nonexistent",
               "--shell", "/usr/sbin/nologin"]
    if in_group_of is None:
        command.append("--user-group")
    else:
        command += ["--no-user-group", "--gid", str(in_group_of.gid)]
    done = _quiet(*command, name)
    if done.returncode != 0:
        raise RuntimeError(f"useradd failed: {done.stderr.strip()}")
    try:
        entry = pwd.getpwnam(name)
        yield User(name, entry.pw_uid, entry.pw_gid)
    finally:
        _quiet("userdel", name)
        if in_group_of is None:
            _quiet("groupdel", name)  # usually gone with the user already


def _environment_words(env: Mapping[str, str]) -> list[str]:
    return [f"{key}={value}" for key, value in env.items()]


def run_as(user: User, command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """``command`` (a system program such as ``cat``) run by ``user`` through ``runuser``."""
    return _quiet("runuser", "-u", user.name, "--", *command)


def _reaches_python(user: User, env: Mapping[str, str]) -> bool:
    probe = [sys.executable, "-c", "import leanrails_desktop"]
    done = run_as(user, ["env", "-i", *_environment_words(env), *probe])
    return done.returncode == 0


def spawn_as(
    user: User,
    script: Path,
    args: Sequence[str],
    *,
    env: Mapping[str, str],
) -> subprocess.Popen[str]:
    """Call ``main()`` of ``script`` with this interpreter as ``user``, in exactly ``env``
    (plus the repository on ``PYTHONPATH``), stdin/stdout/stderr piped.

    Through ``runuser`` when the user can run this interpreter; otherwise (it is installed
    where only root can reach, such as /root) the child starts as root, loads the script
    (its imports) and then gives up root for good before ``main()`` runs.
    """
    env = {**env, "PYTHONPATH": os.pathsep.join([str(REPO), str(HELPERS)])}
    if _reaches_python(user, env):
        command = ["runuser", "-u", user.name, "--", "env", "-i", *_environment_words(env),
                   sys.executable, str(AS_USER), str(script), *args]
        child_env = None
    else:
        command = [sys.executable, str(AS_USER), "--uid", str(user.uid), "--gid",
                   str(user.gid), str(script), *args]
        child_env = dict(env)
    return subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=child_env, cwd="/",
    )
