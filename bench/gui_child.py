"""GUI benchmarks, each run in a child process of its own against the sandbox process.

``python -m bench.gui_child MODE --url URL --key KEY [--repeat N] [--workdir DIR]`` prints
one JSON line with the figures of ``MODE``:

``load``    loads every link into the main window's model through the app's own client,
            session and task runner (``fetchMore`` after each page, as scrolling does),
            alternating with the baseline: a plain ``httpx`` loop over the same pages,
            JSON-decoded, in the same process.
``search``  loads every link, then times keystrokes in the search box: ``set_search`` plus
            the posted events it causes and a synchronous repaint of the table.
``stall``   a 5 ms heartbeat timer records the gaps between its ticks on the GUI thread
            while the window loads every link, exports them as CSV and saves 200 QR codes
            into a folder, through the window's own export actions on its task runner.
``memory``  loads every link with the window shown and reports the process's peak and
            current resident memory.
``review``  File → Import links… on a 10,000-link sheet (``--sheet``): from the action to
            the review dialog shown with its table painted (reading and planning on the
            task runner included).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QEventLoop, QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench.memory import resident_memory
from bench.qt_guard import protect_true
from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.client import RetryNotice
from leanrails_desktop.core.exports.qr import QrOptions
from leanrails_desktop.core.links.listing import TITLE
from leanrails_desktop.core.mirror import Mirror
from leanrails_desktop.core.sync import Sync
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.views.dialogs.export_dialogs import BulkChoice, CsvChoice

PAGE_SIZE = 100
SEARCH_TEXT = "deluxe yoga"
QR_COUNT = 200


# --------------------------------------------------------------------------- plumbing


def wait_until(condition: Callable[[], bool], timeout: float, poll_ms: int = 5) -> bool:
    """Run the event loop until ``condition()`` holds; False if ``timeout`` passed first."""
    if condition():
        return True
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    timer = QTimer()
    timer.setInterval(poll_ms)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return condition()


def make_window(workdir: Path) -> AppWindow:
    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    window = AppWindow(settings, TaskRunner())
    window.show()
    QApplication.processEvents()
    return window


def make_session(runner: TaskRunner, url: str, key: str) -> ApiSession:
    def factory(on_retry: Callable[[RetryNotice], None]) -> LeanRailsClient:
        return LeanRailsClient(api_key=key, base_url=url, on_retry=on_retry)

    return ApiSession(runner, factory, account_name="Bench", livemode=False)


def load_window(window: AppWindow, url: str, key: str, timeout: float = 600.0) -> float:
    """Open a fresh session in the window, which shows its mirror and syncs it with the
    account; returns the seconds until the pass is over and the list shows every link."""
    failure: list[str] = []

    def on_failed(text: str, _exc: object) -> None:
        failure.append(text)

    window.model.load_failed.connect(on_failed)
    started = time.perf_counter()
    window.set_session(make_session(window.runner, url, key))
    finished = wait_until(lambda: not window.sync.running, timeout)
    elapsed = time.perf_counter() - started
    window.model.load_failed.disconnect(on_failed)
    if failure:
        raise RuntimeError(f"syncing failed: {failure[0]}")
    if not finished:
        raise RuntimeError(f"syncing did not finish within {timeout:.0f} s")
    return elapsed


class SyncAlone:
    """A full sync pass on the app's client into a fresh mirror, with no window."""

    def __init__(self, url: str, key: str, workdir: Path) -> None:
        self.url, self.key, self.workdir = url, key, workdir
        self.passes = 0
        self.count = 0

    def load(self) -> float:
        self.passes += 1
        path = self.workdir / f"alone-{self.passes}.mirror.db"
        with LeanRailsClient(api_key=self.key, base_url=self.url) as client:
            mirror = Mirror(path)
            try:
                started = time.perf_counter()
                result = Sync(client, mirror).run_pass()
                elapsed = time.perf_counter() - started
                if result.error:
                    raise RuntimeError(result.error)
                self.count = mirror.count()
            finally:
                mirror.close()
        for leftover in self.workdir.glob(f"alone-{self.passes}.mirror.db*"):
            leftover.unlink()
        return elapsed


def settle(runner: TaskRunner, timeout: float = 60.0) -> None:
    """Let background work the window started (line-item totals) finish."""
    wait_until(lambda: runner.pending == 0, timeout)
    QApplication.processEvents()


def raw_load(url: str, key: str) -> tuple[float, int]:
    """The baseline: every page with a plain httpx client, line items expanded as the sync
    asks for them, each body JSON-decoded."""
    started = time.perf_counter()
    count = 0
    cursor: str | None = None
    with httpx.Client(auth=(key, "")) as client:
        while True:
            params = {"limit": str(PAGE_SIZE), "expand[]": "data.line_items"}
            if cursor is not None:
                params["cursor"] = cursor
            response = client.get(f"{url}/v1/checkout_links", params=params)
            response.raise_for_status()
            body: dict[str, Any] = response.json()
            count += len(body["data"])
            if not body["has_more"]:
                break
            cursor = body["next_cursor"]
    return time.perf_counter() - started, count


# --------------------------------------------------------------------------- modes


def mode_load(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    runner: TaskRunner
    if args.view == "window":
        window = make_window(workdir)
        runner = window.runner

        def load() -> tuple[float, int]:
            return load_window(window, args.url, args.key), window.model.loaded_count
    else:
        alone = SyncAlone(args.url, args.key, workdir)
        runner = TaskRunner()

        def load() -> tuple[float, int]:
            return alone.load(), alone.count

    raw_times: list[float] = []
    app_times: list[float] = []
    counts: set[int] = set()
    raw_load(args.url, args.key)  # warm-up: sockets, page cache and lazy imports on both sides
    load()
    settle(runner)
    for _ in range(args.repeat):
        seconds, count = raw_load(args.url, args.key)
        raw_times.append(seconds)
        counts.add(count)
        seconds, count = load()
        app_times.append(seconds)
        counts.add(count)
        settle(runner)
    return {"raw": raw_times, "app": app_times, "counts": sorted(counts)}


def keystrokes(text: str) -> list[str]:
    """What the search box holds after each key: typing ``text``, then erasing it."""
    typed = [text[: i + 1] for i in range(len(text))]
    erased = [text[:i] for i in range(len(text) - 1, -1, -1)]
    return typed + erased


def mode_search(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    window = make_window(workdir)
    load_window(window, args.url, args.key)
    settle(window.runner)
    model = window.model
    table = window.list_pane.table
    runs: list[list[float]] = []
    for _ in range(args.repeat):
        times: list[float] = []
        for text in keystrokes(SEARCH_TEXT):
            window.list_pane.search.blockSignals(True)
            window.list_pane.search.setText(text)
            window.list_pane.search.blockSignals(False)
            started = time.perf_counter()
            model.set_search(text)
            QApplication.processEvents()
            table.viewport().repaint()
            times.append((time.perf_counter() - started) * 1000)
        runs.append(times)
        settle(window.runner)
    sorts: list[float] = []
    for turn in range(max(args.repeat, 3) * 2):
        order = Qt.SortOrder.AscendingOrder if turn % 2 == 0 else Qt.SortOrder.DescendingOrder
        started = time.perf_counter()
        table.sortByColumn(TITLE, order)
        QApplication.processEvents()
        table.viewport().repaint()
        sorts.append((time.perf_counter() - started) * 1000)
    return {"runs": runs, "sorts": sorts, "rows": model.loaded_count}


class ScriptedPrompts:
    """Answers the export dialogs as a merchant would, without showing them."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.path = ""
        self.warnings: list[str] = []

    def csv_choice(self, settings: QSettings, selected: int, filter_label: str) -> CsvChoice:
        return CsvChoice(scope="all", per_line_item=False, bom=False)

    def bulk_choice(self, settings: QSettings, selected: int, filter_label: str) -> BulkChoice:
        return BulkChoice(target="folder", scope="selection", options=QrOptions())

    def save_path(self, title: str, suggested: str, filters: str) -> str:
        return self.path

    def folder_path(self, title: str, start: str) -> str:
        return self.path

    def open_path(self, title: str, start: str, filters: str) -> str:
        return self.path

    def warn(self, title: str, text: str) -> None:
        self.warnings.append(text)


@dataclass
class Heartbeat:
    """Ticks every 5 ms on the GUI thread and keeps the time of each tick."""

    ticks: list[float]
    timer: QTimer

    @classmethod
    def start(cls) -> Heartbeat:
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(5)
        beat = cls([], timer)
        timer.timeout.connect(lambda: beat.ticks.append(time.perf_counter()))
        beat.ticks.append(time.perf_counter())
        timer.start()
        return beat

    def stop(self) -> None:
        self.timer.stop()
        self.ticks.append(time.perf_counter())

    def gaps_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]


def run_export(window: AppWindow, start: Callable[[], None], timeout: float) -> None:
    start()
    controller = window.exports
    if not wait_until(lambda: controller.running is None, timeout, poll_ms=20):
        raise RuntimeError(f"the export did not finish within {timeout:.0f} s")
    if isinstance(controller.last_result, Exception):
        raise RuntimeError(f"the export failed: {controller.last_result}")


SELECT_COUNT = 30
"""Links opened one by one in the stall run."""


def mode_stall(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    window = make_window(workdir)
    prompts = ScriptedPrompts(workdir)
    window.prompts = prompts  # type: ignore[assignment]
    QApplication.processEvents()
    beat = Heartbeat.start()
    marks: dict[str, float] = {"start": time.perf_counter()}
    load_window(window, args.url, args.key)
    marks["loaded"] = time.perf_counter()

    # Open links one after another, as a merchant reading down the list does: each one
    # fills the editor and the preview.
    for row in range(SELECT_COUNT):
        window.list_pane.table.selectRow(row)
        wait_until(lambda: False, 0.03)
    window.list_pane.table.clearSelection()
    marks["select"] = time.perf_counter()

    prompts.path = str(workdir / "links.csv")
    run_export(window, window.exports.export_csv, timeout=600)
    marks["csv"] = time.perf_counter()
    csv_rows = window.exports.last_result

    count = min(QR_COUNT, window.model.rowCount())
    model = window.model
    selection = QItemSelection(model.index(0, 0), model.index(count - 1, model.columnCount() - 1))
    window.list_pane.table.selectionModel().select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    folder = workdir / "qr"
    prompts.path = str(folder)
    run_export(window, window.exports.bulk_qr, timeout=600)
    marks["qr"] = time.perf_counter()
    beat.stop()
    qr_files = len(list(folder.glob("*.png")))
    shutil.rmtree(folder, ignore_errors=True)

    phases: dict[str, float] = {}
    bounds = [
        ("load", "start", "loaded"),
        ("select", "loaded", "select"),
        ("csv", "select", "csv"),
        ("qr", "csv", "qr"),
    ]
    for name, first, last in bounds:
        inside = [
            (b - a) * 1000
            for a, b in zip(beat.ticks, beat.ticks[1:], strict=False)
            if marks[first] <= b <= marks[last]
        ]
        phases[f"{name}_max_ms"] = max(inside, default=0.0)
        phases[f"{name}_s"] = marks[last] - marks[first]
    settle(window.runner)
    return {
        "gaps": beat.gaps_ms(),
        "phases": phases,
        "rows": window.model.loaded_count,
        "csv_rows": csv_rows if isinstance(csv_rows, int) else -1,
        "qr_files": qr_files,
        "warnings": prompts.warnings,
    }


def mode_memory(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    window = make_window(workdir)
    load_window(window, args.url, args.key)
    settle(window.runner)
    window.list_pane.table.viewport().repaint()
    QApplication.processEvents()
    return {"rows": window.model.loaded_count, **resident_memory()}


def mode_review(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    window = make_window(workdir)
    prompts = ScriptedPrompts(workdir)
    prompts.path = str(args.sheet)
    window.prompts = prompts  # type: ignore[assignment]
    window.set_session(make_session(window.runner, args.url, args.key))
    wait_until(lambda: not window.sync.running, 600)  # the sync is not what is timed
    settle(window.runner)
    times: list[float] = []
    rows = 0
    for _ in range(args.repeat + 1):
        started = time.perf_counter()
        window.commands.import_action.trigger()
        if not wait_until(lambda: window.imports.dialog is not None, 120):
            raise RuntimeError(f"no review appeared: {prompts.warnings}")
        dialog = window.imports.dialog
        assert dialog is not None
        wait_until(dialog.isVisible, 30)
        dialog.table.viewport().repaint()
        times.append(time.perf_counter() - started)
        rows = dialog.table.rowCount()
        dialog.cancel_button.click()
        wait_until(lambda: window.imports.dialog is None, 30)
        QApplication.processEvents()
    return {"times": times[1:], "rows": rows}


MODES: dict[str, Callable[[argparse.Namespace, Path], dict[str, Any]]] = {
    "load": mode_load,
    "search": mode_search,
    "stall": mode_stall,
    "memory": mode_memory,
    "review": mode_review,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gui_child")
    parser.add_argument("mode", choices=sorted(MODES))
    parser.add_argument("--url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--view", choices=("window", "none"), default="window",
                        help="load: into the shown main window, or into the model alone")
    parser.add_argument("--sheet", type=Path, help="review: the sheet to import")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    guarded = protect_true()
    result = MODES[args.mode](args, args.workdir)
    QApplication.processEvents()
    result["emit_guard"] = guarded
    print(json.dumps(result), flush=True)
    sys.stderr.flush()
    # Skip interpreter teardown: PySide6 6.12 can abort while freeing its objects at exit
    # (the same reference-counting fault as qt_guard describes), after the figures are out.
    del app
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
