"""The open account as the UI sees it: its API client, used only from worker threads.

Every call is submitted to the :class:`TaskRunner` under this session's group, so closing the
session (switching account) drops every result still on its way.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.client import RetryNotice
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.locale import format_measure
from leanrails_desktop.ui.background.tasks import TaskContext, TaskHandle, TaskRunner

T = TypeVar("T")
_session_ids = itertools.count(1)


class SessionClosed(RuntimeError):
    """Work was asked of a session that is already closed (its account was switched away)."""


class ApiSession(QObject):
    """One account's connection. ``call(fn)`` runs ``fn(client)`` off the GUI thread."""

    retrying = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        client_factory: Callable[[Callable[[RetryNotice], None]], LeanRailsClient],
        *,
        account_name: str,
        livemode: bool,
        account_key: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._group = f"session-{next(_session_ids)}"
        self.account_name = account_name
        self.livemode = livemode
        # Identifies the account in the local store (drafts, cached listing); never a key.
        self.account_key = account_key
        # The retry callback runs on a worker thread; a queued signal brings it here.
        self._client = client_factory(self._notice_retry)
        self._closed = False
        self._in_flight = 0
        self._lock = threading.Lock()

    def _notice_retry(self, notice: RetryNotice) -> None:
        self.retrying.emit(
            translate("Session", "{reason} — retrying in {delay} s").format(
                reason=notice.reason, delay=format_measure(notice.delay, 0)
            )
        )

    def call(
        self,
        fn: Callable[[LeanRailsClient], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> TaskHandle[T]:
        """Run ``fn(client)`` on a worker thread; callbacks run on the GUI thread."""
        bound = self._bind(fn)
        return self._runner.submit(lambda: bound(), on_done, on_error, group=self._group)

    def run_long(
        self,
        fn: Callable[[LeanRailsClient, TaskContext], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> TaskHandle[T]:
        """Like :meth:`call` for long work with progress and Cancel (exports):
        ``fn(client, context)``. Closing the session cancels it (``context.cancelled()``
        turns True) and drops its callbacks; the client stays open until it has returned."""

        def run(context: TaskContext) -> T:
            return self._bind(lambda client: fn(client, context))()

        return self._runner.submit_long(run, on_done, on_error, on_progress, group=self._group)

    def _bind(self, fn: Callable[[LeanRailsClient], T]) -> Callable[[], T]:
        """``fn`` bound to this session's client: it counts as in flight, so closing the
        session leaves the client open until the last call out closes it."""
        client = self._client

        def run() -> T:
            with self._lock:
                if self._closed:
                    raise SessionClosed(
                        translate("Session", "The account was closed before this could run.")
                    )
                self._in_flight += 1
            try:
                return fn(client)
            finally:
                with self._lock:
                    self._in_flight -= 1
                    last_out = self._closed and self._in_flight == 0
                if last_out:
                    client.close()

        return run

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Drop pending results and close the HTTP connection pool."""
        if self._closed:
            return
        self._runner.drop_group(self._group)
        with self._lock:
            self._closed = True
            idle = self._in_flight == 0
        # Requests still running finish first (their results are dropped); the last one out
        # closes the connection pool, so no socket is left open.
        if idle:
            self._client.close()
