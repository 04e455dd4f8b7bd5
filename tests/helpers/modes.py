"""Permission bits of what the app writes: every file 0600, every folder 0700 (POSIX)."""

from __future__ import annotations

import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def mode(path: Path) -> int:
    """The permission bits of ``path`` itself (a symlink is not followed)."""
    return stat.S_IMODE(path.lstat().st_mode)


def not_private(root: Path) -> dict[str, str]:
    """Everything under ``root`` (and ``root`` itself) that others could read or enter:
    relative path (``.`` for ``root``) to its mode, for folders not 0700 and files not
    0600. Empty when everything is private."""
    found: dict[str, str] = {}
    for path in [root, *sorted(root.rglob("*"))]:
        wanted = PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE
        if not path.is_symlink() and mode(path) != wanted:
            found[str(path.relative_to(root))] = oct(mode(path))
    return found
