"""What the import and the bulk change share once their review is shown: one long run on
the open session with progress, a Cancel that stops after the link under way (its result
kept, the rest reported not sent), and the dialog's closing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.ui.background.tasks import TaskContext, TaskHandle
from leanrails_desktop.ui.controllers.context import AppContext


class SendingDialog(Protocol):
    """The parts of a review dialog a run drives."""

    @property
    def progress_label(self) -> QLabel: ...

    def set_sending(self) -> None: ...

    def set_progress(self, done: int, total: int, text: str) -> None: ...

    def close_now(self) -> None: ...

    def deleteLater(self) -> None: ...


DialogT = TypeVar("DialogT", bound=SendingDialog)
ResultT = TypeVar("ResultT")


class ReviewedSending(QObject, Generic[DialogT, ResultT]):
    """A controller whose dialog reviews many links, then sends them on a worker.

    Subclasses say what progress and stopping read like and what to do with the result.
    """

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._context = context
        self.dialog: DialogT | None = None
        self.running: TaskHandle[ResultT] | None = None
        self._stop = threading.Event()

    # -- what a subclass says ----------------------------------------------------------

    def _progress_text(self, done: int, count: int) -> str:
        raise NotImplementedError

    def _stopping_text(self) -> str:
        raise NotImplementedError

    def _finished(self, result: ResultT) -> None:
        raise NotImplementedError

    def _failed(self, exc: Exception) -> None:
        raise NotImplementedError

    def _dialog_closed(self) -> None:
        """Called when the dialog closes (forget the plan)."""

    # -- the run -----------------------------------------------------------------------

    def _stopped(self, task: TaskContext) -> bool:
        """Whether the run should send no more links (Cancel, or the session closing)."""
        return self._stop.is_set() or task.cancelled()

    def _start(
        self, work: Callable[[LeanRailsClient, TaskContext], ResultT], total: int
    ) -> None:
        session, dialog = self._context.session, self.dialog
        if session is None or dialog is None:
            return
        self._stop.clear()
        dialog.set_sending()
        self._progress(0, total)
        self.running = session.run_long(work, self._finished, self._failed, self._progress)

    def _progress(self, done: int, total: int | None) -> None:
        if self.dialog is not None:
            count = total or 0
            self.dialog.set_progress(done, count, self._progress_text(done, count))

    def _cancel(self) -> None:
        """Cancel while sending stops after the link under way; otherwise it closes."""
        if self.running is not None:
            self._stop.set()
            if self.dialog is not None:
                self.dialog.progress_label.setText(self._stopping_text())
            return
        self._close()

    def _close(self) -> None:
        dialog, self.dialog = self.dialog, None
        self._dialog_closed()
        if dialog is not None:
            dialog.close_now()
            dialog.deleteLater()
