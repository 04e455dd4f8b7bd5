"""Opening the store where the app keeps it, and what to do when the file cannot be used:
set it aside and start afresh, or keep the store in memory for this run."""

from __future__ import annotations

import logging
from pathlib import Path

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.paths import app_paths, set_aside
from leanrails_desktop.core.store.errors import StoreError, StoreUnusable
from leanrails_desktop.core.store.local_store import LocalStore

STORE_FILENAME = "local-store.sqlite3"

_log = logging.getLogger("leanrails_desktop.core.store")


def default_store_path() -> Path:
    """Where the app keeps its local store."""
    return app_paths().data / STORE_FILENAME


def _memory_fallback(reason: str) -> tuple[LocalStore, str]:
    return LocalStore.in_memory(), (
        translate(
            "StoreOpening",
            "Saved drafts could not be opened ({reason}). Until this is fixed, drafts are kept "
            "only while the app is open.",
        ).format(reason=reason)
    )


def open_store(path: Path) -> tuple[LocalStore, str | None]:
    """Open the store at ``path``; never raises for a bad file.

    Returns the store and, when something had to be done about the file, a sentence for
    the merchant: a corrupt, unreadable, foreign or newer file is moved aside to
    ``<name>.corrupt-<timestamp>`` and a fresh store started; when no file can be used at
    all, the store is kept in memory for this run.
    """
    try:
        return LocalStore(path), None
    except StoreUnusable as exc:
        problem = exc
    except StoreError as exc:
        _log.warning("local store: %s", exc)
        return _memory_fallback(str(exc).rstrip("."))
    except OSError as exc:  # the folder could not be created
        _log.warning("local store: %s", exc)
        return _memory_fallback(exc.strerror or type(exc).__name__)
    _log.warning("local store: %s Moving it aside.", problem)
    try:
        aside = set_aside(path)
    except OSError as exc:
        _log.warning("local store: could not move it aside: %s", exc)
        return _memory_fallback(
            translate("StoreOpening", "the file is damaged and could not be moved aside")
        )
    if problem.newer:
        message = translate(
            "StoreOpening",
            "Saved drafts were written by a newer version of LeanRails Desktop and were set "
            "aside in {aside}; a fresh store was started.",
        ).format(aside=aside)
    else:
        message = translate(
            "StoreOpening",
            "Saved drafts could not be read and were set aside in {aside}; "
            "a fresh store was started.",
        ).format(aside=aside)
    try:
        return LocalStore(path), message
    except (StoreError, OSError) as exc:
        _log.warning("local store: a fresh store could not be started either: %s", exc)
        return _memory_fallback(
            translate("StoreOpening", "a fresh store could not be started either")
        )
