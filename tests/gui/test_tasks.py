"""Background tasks: results come back on the GUI thread; dropped tasks stay silent."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from leanrails_desktop.ui.background.tasks import TaskContext, TaskRunner


def test_result_and_error_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: list[tuple[str, object, int]] = []
    runner.submit(
        lambda: threading.get_ident(), lambda r: seen.append(("done", r, threading.get_ident()))
    )
    runner.submit(
        lambda: 1 / 0, None, lambda e: seen.append(("error", type(e), threading.get_ident()))
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    done = next(s for s in seen if s[0] == "done")
    error = next(s for s in seen if s[0] == "error")
    assert done[1] != gui_thread and done[2] == gui_thread
    assert error[1] is ZeroDivisionError and error[2] == gui_thread
    qtbot.waitUntil(lambda: runner.pending == 0)


def test_dropped_group_never_calls_back(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[str] = []
    runner.submit(lambda: time.sleep(0.2), lambda _r: seen.append("old"), group="a")
    runner.submit(lambda: time.sleep(0.2), lambda _r: seen.append("new"), group="b")
    runner.drop_group("a")
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert seen == ["new"]


def test_long_task_reports_progress_and_can_be_cancelled(qtbot: QtBot) -> None:
    runner = TaskRunner()
    progress: list[tuple[int, int | None]] = []
    finished: list[int] = []
    stopped_at: list[int] = []

    def work(context: TaskContext) -> int:
        for step in range(1, 1000):
            if context.cancelled():
                stopped_at.append(step)
                return step
            context.progress(step, 999)
            time.sleep(0.005)
        return 999

    handle = runner.submit_long(work, finished.append, None, lambda d, t: progress.append((d, t)))
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=5000)
    handle.drop()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert finished == []
    assert stopped_at and stopped_at[0] < 999
    assert progress[0] == (1, 999)
