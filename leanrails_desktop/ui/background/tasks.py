"""Background work for the UI: run a callable on a worker thread, get the result back on the
GUI thread by signal.

Every network call goes through here, so the window keeps painting while a request is slow.
A task may be *dropped* (its callbacks never run): the main window drops tasks that belong to
an account the user has switched away from.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")
_log = logging.getLogger("leanrails_desktop.ui.background.tasks")


@dataclass(eq=False)
class TaskHandle(Generic[T]):
    """A submitted task. ``drop()`` makes sure neither callback will run."""

    id: int
    on_done: Callable[[T], None] | None
    on_error: Callable[[Exception], None] | None
    group: str = ""
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def drop(self) -> None:
        self.on_done = None
        self.on_error = None
        self.cancel_event.set()

    @property
    def dropped(self) -> bool:
        return self.cancel_event.is_set()


class TaskContext:
    """Given to long tasks: report progress, and check whether the user pressed Cancel."""

    REPORT_INTERVAL = 0.05
    """Seconds between progress reports: each one costs the GUI thread a repaint."""

    def __init__(self, runner: TaskRunner, handle: TaskHandle[Any]) -> None:
        self._runner = runner
        self._handle = handle
        self._last_report = 0.0

    def progress(self, done: int, total: int | None = None) -> None:
        """Report ``done`` of ``total`` steps (None: unknown total). Thread-safe.

        Reports closer together than :attr:`REPORT_INTERVAL` are skipped, except the last.
        """
        now = time.monotonic()
        finished = total is not None and done >= total
        if not finished and now - self._last_report < self.REPORT_INTERVAL:
            return
        self._last_report = now
        if not self._handle.dropped:
            _emit(self._runner._progress, self._handle.id, done, -1 if total is None else total)

    def cancelled(self) -> bool:
        return self._handle.dropped


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, handle: TaskHandle[Any], fn: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._handle = handle
        self._fn = fn

    def run(self) -> None:
        if self._handle.dropped:
            _emit(self._runner._finished, self._handle.id, None, None)
            return
        try:
            result = self._fn()
        except Exception as exc:  # delivered to on_error on the GUI thread
            _emit(self._runner._finished, self._handle.id, None, exc)
        else:
            _emit(self._runner._finished, self._handle.id, result, None)


def _emit(signal: Any, *args: object) -> None:
    """Emit from a worker; after the app has quit the runner may be gone, which is fine."""
    try:
        signal.emit(*args)
    except RuntimeError:
        _log.debug("Task finished after its runner was deleted")


class TaskRunner(QObject):
    """Runs callables on a thread pool and calls back on the thread that owns the runner."""

    busy_changed = Signal(bool)
    _finished = Signal(int, object, object)
    _progress = Signal(int, int, int)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._pending: dict[int, TaskHandle[Any]] = {}
        self._finished.connect(self._deliver)
        self._progress.connect(self._deliver_progress)
        self._progress_callbacks: dict[int, Callable[[int, int | None], None]] = {}

    def submit(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        group: str = "",
    ) -> TaskHandle[T]:
        """Run ``fn()`` off the GUI thread; call ``on_done(result)`` or ``on_error(exc)`` here."""
        handle: TaskHandle[T] = self._register(on_done, on_error, group)
        self._pool.start(_Job(self, handle, fn))
        return handle

    def _register(
        self,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[Exception], None] | None,
        group: str,
    ) -> TaskHandle[T]:
        handle: TaskHandle[T] = TaskHandle(next(self._ids), on_done, on_error, group)
        was_idle = not self._pending
        self._pending[handle.id] = handle
        if was_idle:
            self.busy_changed.emit(True)
        return handle

    def submit_long(
        self,
        fn: Callable[[TaskContext], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
        *,
        group: str = "",
    ) -> TaskHandle[T]:
        """Like :meth:`submit` for work with progress and Cancel: ``fn(context)``.

        ``handle.drop()`` is the Cancel button: ``context.cancelled()`` turns True.
        """
        handle: TaskHandle[T] = self._register(on_done, on_error, group)
        if on_progress is not None:
            self._progress_callbacks[handle.id] = on_progress
        context = TaskContext(self, handle)
        self._pool.start(_Job(self, handle, lambda: fn(context)))
        return handle

    def drop_group(self, group: str) -> None:
        """Drop every pending task of ``group`` (for example, an account switched away from)."""
        for handle in self._pending.values():
            if handle.group == group:
                handle.drop()

    def drop_all(self) -> None:
        for handle in self._pending.values():
            handle.drop()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def wait_for_idle(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used at shutdown and in tests)."""
        return bool(self._pool.waitForDone(msecs))

    @Slot(int, int, int)
    def _deliver_progress(self, task_id: int, done: int, total: int) -> None:
        callback = self._progress_callbacks.get(task_id)
        handle = self._pending.get(task_id)
        if callback is not None and handle is not None and not handle.dropped:
            callback(done, None if total < 0 else total)

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: object, error: object) -> None:
        self._progress_callbacks.pop(task_id, None)
        handle = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if handle is None or handle.dropped:
            return
        if error is None:
            if handle.on_done is not None:
                handle.on_done(result)
        elif handle.on_error is not None:
            assert isinstance(error, Exception)
            handle.on_error(error)
        else:
            _log.error("Background task failed with no error handler: %r", error)
