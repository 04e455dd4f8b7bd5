"""What every controller is given: settings, the task runner, the local store, the
window's questions, status messages, and the open account's session.

Controllers read the session from here when they act and follow ``session_changed``; none
of them holds the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.background.tasks import TaskRunner

if TYPE_CHECKING:
    from leanrails_desktop.core.store import LocalStore
    from leanrails_desktop.ui.views.dialogs.prompts import Prompts

_log = logging.getLogger("leanrails_desktop.ui")


class StatusMessages(Protocol):
    """Where short-lived sentences for the merchant go (the status bar)."""

    def showMessage(self, text: str, timeout: int = 0) -> None: ...


class AppContext(QObject):
    """Shared by the controllers of one window."""

    session_closing = Signal(object)
    """The session about to be closed (still open: drafts of its account can be kept)."""
    session_changed = Signal(object)
    """The new session (or None). Controllers reset what belonged to the last one."""

    def __init__(
        self,
        settings: QSettings,
        runner: TaskRunner,
        prompts: Prompts,
        status: StatusMessages,
        dialog_parent: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.dialog_parent = dialog_parent
        """What dialogs are centred on and modal to."""
        self.settings = settings
        self.runner = runner
        self.prompts = prompts
        self._status = status
        self.store: LocalStore | None = None
        self.session: ApiSession | None = None
        self.offline = False
        """True after the server could not be reached; views work from kept copies."""
        self._store_warned = False

    @property
    def account_key(self) -> str:
        """Identifies the open account in the local store; never a key."""
        return self.session.account_key if self.session is not None else ""

    def set_session(self, session: ApiSession | None) -> None:
        """Open ``session``'s account; results still on their way for the old one are dropped."""
        old = self.session
        if old is not None:
            self.session_closing.emit(old)
            old.close()
        self.session = session
        self.offline = False
        self.session_changed.emit(session)

    def show_status(self, text: str, ms: int = 5000) -> None:
        """A sentence in the status bar for ``ms`` milliseconds."""
        self._status.showMessage(text, ms)

    def show_error(self, exc: BaseException, ms: int = 10_000) -> None:
        """The merchant's sentence for ``exc`` in the status bar."""
        self.show_status(describe_error(exc), ms)

    def store_problem(self, exc: Exception) -> None:
        """The local store failed: say so once per run, log every time."""
        if not self._store_warned:
            self._store_warned = True
            self.show_status(describe_error(exc), 15_000)
        _log.warning("Local store problem: %s", exc)

    def in_session(self, session: ApiSession | None, fn: Callable[[], None]) -> None:
        """Run ``fn`` only if ``session`` is still the open one."""
        if session is self.session and session is not None:
            fn()
