"""Opening a mirror: a file it cannot use is moved aside and a fresh mirror started."""

from __future__ import annotations

from pathlib import Path

from leanrails_desktop.core.mirror.mirror import Mirror, _log
from leanrails_desktop.core.mirror.records import MirrorError, MirrorUnusable
from leanrails_desktop.core.paths import app_paths, set_aside

MIRRORS_FOLDER = "mirrors"


def default_mirror_folder() -> Path:
    """Where the app keeps its mirrors (one file per account), in its data folder."""
    return app_paths().data / MIRRORS_FOLDER


def mirror_path(folder: Path, account_key: str) -> Path:
    """The file of an account's mirror in ``folder`` (the app and ``leanrails`` share it)."""
    name = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in account_key)
    return folder / f"{name}.mirror.db"


def open_mirror(path: Path) -> tuple[Mirror, str | None]:
    """Open the mirror at ``path``. A file it cannot use is moved aside to
    ``<name>.corrupt-<timestamp>`` and a fresh, empty mirror started (the next sync fills
    it); the sentence returned then says so. Raises :class:`MirrorError` only when no
    mirror can be opened there at all."""
    try:
        return Mirror(path), None
    except MirrorUnusable as exc:
        problem = exc
    _log.warning("mirror: %s Moving it aside.", problem)
    try:
        aside = set_aside(path)
    except OSError as exc:
        raise MirrorError(
            "The local copy of the account is damaged and could not be set aside."
        ) from exc
    message = (
        f"The copy of this account kept on this computer could not be read and was set "
        f"aside in {aside}; it is being fetched again."
    )
    return Mirror(path), message
