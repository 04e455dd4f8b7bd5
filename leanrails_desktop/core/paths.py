"""Where the app keeps its settings, data, cache and logs on each platform.

Set ``LEANRAILS_DESKTOP_HOME`` to put all four under one folder (tests and portable use).
Nothing stored under these folders is ever a secret key.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

_FOLDER = "LeanRails Desktop"
_UNIX_FOLDER = "leanrails-desktop"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The app's four folders; each is created on first use by whoever writes there."""

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
