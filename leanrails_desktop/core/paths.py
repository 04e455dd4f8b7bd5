"""Where the app keeps its settings, data, cache and logs on each platform.

Set ``LEANRAILS_DESKTOP_HOME`` to put all four under one folder (tests and portable use).
Nothing stored under these folders is ever a secret key.

On POSIX everything the app writes is the user's alone from its first byte: files 0600,
folders 0700. Whoever creates a file or folder does it inside :func:`private_umask`, or
through :func:`private_folder` and :func:`private_file`, rather than changing its mode
afterwards (until then, another user could have opened it).
"""

from __future__ import annotations

import os
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from leanrails_desktop.core.locale import file_stamp

_FOLDER = "LeanRails Desktop"
_UNIX_FOLDER = "leanrails-desktop"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The app's four folders; each is created on first use by whoever writes there
    (through :func:`private_folder`)."""

    config: Path
    data: Path
    cache: Path
    logs: Path

    def all(self) -> tuple[Path, ...]:
        return (self.config, self.data, self.cache, self.logs)


def app_paths() -> AppPaths:
    """The folders for this user and platform (or under ``LEANRAILS_DESKTOP_HOME``)."""
    override = os.environ.get("LEANRAILS_DESKTOP_HOME")
    if override:
        root = Path(override)
        return AppPaths(root / "config", root / "data", root / "cache", root / "logs")
    home = Path.home()
    if sys.platform == "win32":
        roaming = Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / _FOLDER
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local")) / _FOLDER
        return AppPaths(roaming, local, local / "Cache", local / "Logs")
    if sys.platform == "darwin":
        support = home / "Library" / "Application Support" / _FOLDER
        return AppPaths(
            support,
            support,
            home / "Library" / "Caches" / _FOLDER,
            home / "Library" / "Logs" / _FOLDER,
        )
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / _UNIX_FOLDER
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / _UNIX_FOLDER
    cache = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / _UNIX_FOLDER
    state = Path(os.environ.get("XDG_STATE_HOME") or home / ".local" / "state") / _UNIX_FOLDER
    return AppPaths(config, data, cache, state / "logs")


# ---------------------------------------------------------------------------- private files

PRIVATE_UMASK = 0o077
"""The umask under which new files are at most 0600 and new folders at most 0700."""

_OTHERS = 0o077  # the group's and everyone else's permission bits


class _UmaskHolder:
    """The process umask is one value for all threads: the first thread into
    :func:`private_umask` makes it private, the last one out restores it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.outside = 0

    def enter(self) -> None:
        with self.lock:
            if self.depth == 0:
                self.outside = os.umask(PRIVATE_UMASK)
                os.umask(self.outside | PRIVATE_UMASK)  # keep any stricter bits it had
            self.depth += 1

    def leave(self) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0:
                os.umask(self.outside)


_umask = _UmaskHolder()


@contextmanager
def private_umask() -> Iterator[None]:
    """Inside, every file and folder this process creates is at most 0600 / 0700.

    The umask belongs to the whole process, so while any thread is inside, files made by
    other threads are private too (never less private); the previous umask comes back when
    the last thread leaves. Nothing happens where there are no POSIX permissions.
    """
    if os.name != "posix":
        yield
        return
    _umask.enter()
    try:
        yield
    finally:
        _umask.leave()


def restrict_to_owner(path: Path) -> None:
    """Take away the group's and others' permissions from ``path`` if this user owns it
    (a file or folder left readable by an older version). Never adds a permission, never
    follows a symlink, and a path that is missing or cannot be changed is left alone."""
    if os.name != "posix":
        return
    try:
        info = os.lstat(path)
    except OSError:
        return
    bits = stat.S_IMODE(info.st_mode)
    if stat.S_ISLNK(info.st_mode) or info.st_uid != os.geteuid() or not bits & _OTHERS:
        return
    with suppress(OSError):
        os.chmod(path, bits & ~_OTHERS)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` and any missing parents as 0700, and take other users' access away
    from ``folder`` if it already existed (one of the app's own folders). Raises OSError
    if it cannot be created. Returns ``folder``."""
    with private_umask():
        folder.mkdir(parents=True, exist_ok=True)
    restrict_to_owner(folder)
    return folder


def private_file(path: Path) -> Path:
    """Make sure ``path`` exists as a file only this user can read (0600) before another
    part writes it (Qt's settings keep the mode of an existing file); an existing file
    keeps its content. Its folder is made with :func:`private_folder` (which may raise
    OSError); a file that cannot be created is left to its writer to report. Returns
    ``path``."""
    private_folder(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)
    with private_umask(), suppress(OSError):
        os.close(os.open(path, flags, 0o600))
    restrict_to_owner(path)
    return path


def set_aside(path: Path) -> Path:
    """Rename a SQLite file that cannot be used (and its WAL/journal companions) to
    ``<name>.corrupt-<timestamp>``, keeping it for a look later; returns the new name."""
    stamp = file_stamp()
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    if path.exists():
        os.replace(path, target)
    # A stale WAL left beside a fresh file would be replayed into it; move it with its file.
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target
