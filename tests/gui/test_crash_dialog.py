"""The crash dialog: a report from any thread shows one dialog on the GUI thread, Copy puts
the report on the clipboard, and reports arriving while it is open do not stack dialogs."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from leanrails_desktop.ui.views.dialogs.crash_dialog import CrashDialog, CrashReporter

pytestmark = pytest.mark.gui

REPORT = "LeanRails Desktop 1.0 — crash report\nTraceback (most recent call last):\nBoom\n"


def report_from_worker(reporter: CrashReporter, text: str, path: Path | None) -> str:
    """Call ``reporter.report`` on a plain Python thread; returns that thread's name."""
    names: list[str] = []

    def work() -> None:
        names.append(threading.current_thread().name)
        reporter.report(text, path)

    worker = threading.Thread(target=work, name="crash-test-worker")
    worker.start()
    worker.join(5)
    assert not worker.is_alive()
    return names[0]


@pytest.fixture
def parent(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_report_from_a_worker_shows_one_dialog_on_the_gui_thread(
    qtbot: QtBot, parent: QMainWindow, tmp_path: Path
) -> None:
    reporter = CrashReporter(parent)
    saved = tmp_path / "crash-20250101-120000.txt"
    worker_name = report_from_worker(reporter, REPORT, saved)
    assert worker_name != threading.main_thread().name

    qtbot.waitUntil(lambda: len(reporter.dialogs) == 1 and reporter.dialogs[0].isVisible())
    dialog = reporter.dialogs[0]
    app = QApplication.instance()
    assert app is not None
    assert dialog.thread() is app.thread()  # built on the GUI thread, not the worker's
    assert dialog.parentWidget() is parent
    assert dialog.windowTitle() == "Something went wrong"
    assert dialog.report.toPlainText() == REPORT
    assert dialog.report.isReadOnly()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"The report was also saved to {saved}" in texts
    assert any("it contains no secret keys" in text for text in texts)


def test_copy_puts_the_whole_report_on_the_clipboard(
    qtbot: QtBot, parent: QMainWindow
) -> None:
    QGuiApplication.clipboard().setText("something else")
    reporter = CrashReporter(parent)
    report_from_worker(reporter, REPORT, None)
    qtbot.waitUntil(lambda: len(reporter.dialogs) == 1)
    dialog = reporter.dialogs[0]
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert not any(text.startswith("The report was also saved") for text in labels)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == REPORT


def test_reports_while_a_dialog_is_open_do_not_stack(qtbot: QtBot, parent: QMainWindow) -> None:
    reporter = CrashReporter(parent)
    report_from_worker(reporter, "first report\n", None)
    qtbot.waitUntil(lambda: len(reporter.dialogs) == 1)
    first = reporter.dialogs[0]

    report_from_worker(reporter, "second report\n", None)
    reporter.report("third report, from the GUI thread\n", None)
    qtbot.wait(100)  # give queued reports every chance to arrive
    assert len(reporter.dialogs) == 1
    open_dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
    visible = [w for w in open_dialogs if w.isVisible()]
    assert visible == [first]
    assert first.report.toPlainText() == "first report\n"

    # Once it is closed, the next report gets a dialog of its own.
    with qtbot.waitSignal(first.finished, timeout=2000):
        first.reject()
    report_from_worker(reporter, "after closing\n", None)
    qtbot.waitUntil(lambda: len(reporter.dialogs) == 2)
    second = reporter.dialogs[1]
    assert second is not first and second.isVisible()
    assert second.report.toPlainText() == "after closing\n"
    second.reject()
