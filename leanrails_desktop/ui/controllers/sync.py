"""Keeping the account's mirror true: which mirror the window shows, full sync passes in the
background (on opening an account, on Refresh, every few minutes), their progress in the
status bar, and what the window says when the server cannot be reached."""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from leanrails_desktop.core import sync
from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.errors import APIConnectionError
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.locale import format_count, format_moment
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.core.mirror import Mirror, MirrorError, mirror_path, open_mirror
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.background.tasks import TaskContext, TaskHandle
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.models.links_model import LinksModel
from leanrails_desktop.ui.views.status_bar import StatusBar

_log = logging.getLogger("leanrails_desktop.ui")

SYNC_EVERY_MS = 10 * 60 * 1000
"""How often a full pass runs while the app is open (``sync/minutes`` in the settings)."""
SYNC_EXTRA_TRIES = 2
"""A page the server failed to give is asked for twice more (after 1 and 2 s) beyond the
client's own retries: a merchant waiting on Refresh hears of a real outage in seconds."""
REFRESH_INTERVAL_S = 0.25
"""While a pass writes pages, the list shows them at most this often."""


class SyncController(QObject):
    """Owns the open account's mirror and its sync passes."""

    mirror_changed = Signal(object)
    """The mirror of the account now open (None: no account)."""
    synced = Signal()
    """A pass completed: the mirror equals the server."""

    def __init__(
        self, context: AppContext, model: LinksModel, status: StatusBar, folder: Path | None
    ) -> None:
        super().__init__(context)
        self._context = context
        self._model = model
        self._status = status
        # Without a data folder (the self-check, tests) mirrors live for this run only.
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="leanrails-mirror-"))
            weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)
        self._folder = folder
        self.mirror: Mirror | None = None
        self._running: TaskHandle[Any] | None = None
        self._last_refresh = 0.0
        self._again = False
        self._shown_progress = sync.Progress("links", 0, None)
        self._timer = QTimer(self)
        minutes = context.settings.value("sync/minutes", 10)
        try:
            every = max(1, int(str(minutes))) * 60 * 1000
        except ValueError:
            every = SYNC_EVERY_MS
        self._timer.setInterval(every)
        self._timer.timeout.connect(self.sync_now)
        context.session_closing.connect(self._session_closing)
        context.session_changed.connect(self._session_changed)

    # ------------------------------------------------------------------ accounts

    def set_folder(self, folder: Path) -> None:
        """Where the mirrors are kept (one file per account)."""
        self._folder = folder

    def _session_closing(self, _session: ApiSession) -> None:
        self.cancel()
        if self.mirror is not None:
            self._model.set_mirror(None)
            self.mirror.close()
            self.mirror = None

    def _session_changed(self, session: ApiSession | None) -> None:
        self._timer.stop()
        if session is None:
            self._model.set_mirror(None)
            self.mirror_changed.emit(None)
            return
        self.mirror = self._open(session.account_key or session.account_name)
        self._model.set_mirror(self.mirror)
        self.mirror_changed.emit(self.mirror)
        self._show_state()
        self._timer.start()
        self.sync_now()

    def _path(self, account_key: str) -> Path:
        return mirror_path(self._folder, account_key)

    def forget(self, account_key: str) -> None:
        """Delete the mirror of a removed account (its file and SQLite's companions). The
        account is closed by then: removing the open account switches away first."""
        path = self._path(account_key)
        for leftover in path.parent.glob(path.name + "*"):
            try:
                leftover.unlink()
            except OSError as exc:
                _log.warning("The local copy of a removed account was not deleted: %s", exc)

    def _open(self, account_key: str) -> Mirror | None:
        try:
            mirror, notice = open_mirror(self._path(account_key))
        except MirrorError as exc:
            self._context.show_status(str(exc), 15_000)
            return None
        if notice:
            self._context.show_status(notice, 20_000)
        return mirror

    # ------------------------------------------------------------------ passes

    @property
    def running(self) -> bool:
        return self._running is not None

    def sync_now(self) -> None:
        """Start a full pass; asked while one runs, another follows it (what changed on
        LeanRails meanwhile may be on pages the running pass has read already)."""
        session, mirror = self._context.session, self.mirror
        if session is None or mirror is None:
            return
        if self._running is not None:
            self._again = True
            return
        self._again = False
        self._model.set_loading(True)
        self._status.set_sync(translate("Sync", "Syncing…"))
        self._shown_progress = sync.Progress("links", 0, None)

        def work(client: LeanRailsClient, task: TaskContext) -> sync.PassResult:
            def report(progress: sync.Progress) -> None:
                self._shown_progress = progress  # read on the GUI thread with the tick
                task.progress(progress.done, progress.estimate)

            engine = sync.Sync(client, mirror, extra_tries=SYNC_EXTRA_TRIES)
            return engine.run_pass(progress=report, cancelled=task.cancelled)

        def progress(done: int, estimate: int | None) -> None:
            phase = self._shown_progress.phase
            if phase == "links" and estimate:
                text = translate("Sync", "Syncing {done} of about {estimate}")
            elif phase == "links":
                text = translate("Sync", "Syncing {done}")
            elif phase == "line_items" and estimate:
                text = translate("Sync", "Line items {done} of about {estimate}")
            elif phase == "line_items":
                text = translate("Sync", "Line items {done}")
            elif phase == "index":
                text = translate("Sync", "Preparing search…")
            else:
                text = translate("Sync", "Syncing…")
            text = text.format(done=format_count(done), estimate=format_count(estimate or 0))
            self._status.set_sync(text)
            now = time.monotonic()
            if phase == "links" and now - self._last_refresh >= REFRESH_INTERVAL_S:
                self._last_refresh = now
                self._model.refresh()

        self._running = session.run_long(work, self._finished, self._failed, progress)

    def cancel(self) -> None:
        """Stop the pass under way; what it wrote stays, the next pass completes it."""
        if self._running is not None:
            self._running.drop()
            self._running = None
            self._model.set_loading(False)
            self._show_state()

    def _finished(self, result: sync.PassResult) -> None:
        self._running = None
        if result.error is not None and not result.cancelled:
            self._stopped(result.error, offline=result.unreachable)
            return
        self._context.offline = False
        self._model.last_error = None
        self._model.refresh()
        self._model.set_loading(False)
        self._show_state()
        self.synced.emit()
        if self._again:
            self.sync_now()

    def _stopped(self, message: str, *, offline: bool) -> None:
        self._again = False
        self._context.offline = offline
        self._model.last_error = message
        self._model.refresh()
        self._model.set_loading(False)
        self._show_state()
        if offline:  # the sync label says "Offline — as of …"; the sentence stays short
            shown = (
                translate(
                    "Sync",
                    "LeanRails could not be reached; the links kept on this computer are shown.",
                )
                if self._model.loaded_count
                else translate("Sync", "LeanRails could not be reached.")
            )
        else:
            shown = message
        self._context.show_status(shown, 15_000)
        self._model.load_failed.emit(message, None)

    def _failed(self, exc: Exception) -> None:
        """The pass itself broke (not a request: those end it with a sentence)."""
        self._running = None
        self._again = False
        self._stopped(describe_error(exc), offline=isinstance(exc, APIConnectionError))

    def _show_state(self) -> None:
        """The sync label: up to date, offline, or not up to date, with the time of the
        last complete pass."""
        if self._running is not None:
            return
        mirror = self.mirror
        state = mirror.sync_state() if mirror is not None else None
        when = state.last_complete if state is not None else None
        as_of = format_moment(when) if when else ""
        if self._context.offline:
            self._status.set_sync(
                translate("Sync", "Offline — as of {as_of}").format(as_of=as_of)
                if as_of
                else translate("Sync", "Offline")
            )
        elif self._model.last_error is not None:
            self._status.set_sync(
                translate("Sync", "Not up to date — as of {as_of}").format(as_of=as_of)
                if as_of
                else translate("Sync", "Not up to date")
            )
        elif as_of:
            self._status.set_sync(translate("Sync", "Up to date {as_of}").format(as_of=as_of))
        else:
            self._status.set_sync("")
