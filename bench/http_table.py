"""The least any app that fetches its links over HTTP can do at start-up.

``python bench/http_table.py SPAWN_TIME`` with ``LEANRAILS_API_KEY`` and
``LEANRAILS_API_BASE`` set imports httpx and PySide6, shows the bare table of
``baseline_table.py``, fills it from one plain ``httpx`` request for the first 100 links and
prints the seconds from ``SPAWN_TIME`` to the filled table's first paint, as JSON. No app
code runs: this is the floor the app's start-up is compared against in the notes.
"""

from __future__ import annotations

import os
import sys
import time


def main() -> int:
    spawn = float(sys.argv[1])

    import httpx
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel(0, 5, window)
    model.setHorizontalHeaderLabels(["Title", "Status", "Currency", "Created", "ID"])
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    base = os.environ["LEANRAILS_API_BASE"].rstrip("/")
    # As the app does: no certificate store for a plain-http sandbox.
    with httpx.Client(
        auth=(os.environ["LEANRAILS_API_KEY"], ""), verify=not base.startswith("http://")
    ) as client:
        body = client.get(f"{base}/v1/checkout_links", params={"limit": "100"}).json()
    for link in body["data"]:
        keys = ("title", "active", "currency", "created", "id")
        model.appendRow([QStandardItem(str(link[key])) for key in keys])

    def painted() -> None:
        table.viewport().repaint()
        print(f'{{"elapsed": {time.time() - spawn}, "rows": {model.rowCount()}}}', flush=True)
        app.quit()

    QTimer.singleShot(0, painted)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
