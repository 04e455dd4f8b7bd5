"""Opening a mirror: a file it cannot use is moved aside and a fresh mirror started."""

from __future__ import annotations

from pathlib import Path

from leanrails_desktop.core.mirror.mirror import Mirror, _log
from leanrails_desktop.core.mirror.records import MirrorError, MirrorUnusable
from leanrails_desktop.core.paths import set_aside


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
