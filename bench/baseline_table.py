"""Baseline process: a bare PySide6 window with a 100-row table, shown and painted.

``python bench/baseline_table.py SPAWN_TIME [--memory]`` prints one JSON line: the seconds
from ``SPAWN_TIME`` (the parent's ``time.time()`` just before it started this process) to the
table's first paint, and with ``--memory`` the process's peak and current resident memory.
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    spawn = float(sys.argv[1])
    want_memory = "--memory" in sys.argv[2:]

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Baseline table")
    model = QStandardItemModel(100, 5, window)
    model.setHorizontalHeaderLabels(["Title", "Status", "Amount", "Created", "ID"])
    for row in range(100):
        cells = (f"Link {row}", "Active", f"${row}.00", "2025-01-01 12:00", f"cl_{row:012d}")
        for column, text in enumerate(cells):
            model.setItem(row, column, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()

    def painted() -> None:
        table.viewport().repaint()
        elapsed = time.time() - spawn
        result: dict[str, float] = {"elapsed": elapsed}
        if want_memory:
            from bench.memory import resident_memory

            result.update(resident_memory())
        print(_json(result), flush=True)
        app.quit()

    QTimer.singleShot(0, painted)
    return int(app.exec())


def _json(values: dict[str, float]) -> str:
    import json

    return json.dumps(values)


if __name__ == "__main__":
    sys.exit(main())
