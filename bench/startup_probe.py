"""Start-up probe: the real app start path, reporting when the first page of links is painted.

``python bench/startup_probe.py SPAWN_TIME`` with ``LEANRAILS_API_KEY``,
``LEANRAILS_API_BASE`` and a fresh ``LEANRAILS_DESKTOP_HOME`` in the environment does what
``python -m leanrails_desktop`` does: ``leanrails_desktop.app.main`` parses the (empty)
command line and calls ``leanrails_desktop.ui.app.application.run``, which builds the
QApplication and the main window, opens the account from the environment and runs the event
loop. The one addition is a hook on ``AppWindow._session_changed``: once the window's model
reports its first page, the list's viewport is repainted synchronously, the seconds since
``SPAWN_TIME`` (the parent's ``time.time()`` just before starting this process) are printed
as JSON, and the app quits.
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    spawn = float(sys.argv[1])
    marks: dict[str, float] = {}

    from leanrails_desktop import app as app_module

    marks["app_module"] = time.time() - spawn
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from leanrails_desktop.ui.app.window import AppWindow

    marks["ui_imported"] = time.time() - spawn
    original = AppWindow._session_changed

    def session_changed(self: AppWindow, session: object) -> None:
        marks["window_built"] = time.time() - spawn
        original(self, session)  # type: ignore[arg-type]
        reported = False

        def painted() -> None:
            self.list_pane.table.viewport().repaint()
            marks["elapsed"] = time.time() - spawn
            marks["rows"] = float(self.model.rowCount())
            marks["visible"] = float(self.isVisible())
            print(_json(marks), flush=True)
            QApplication.quit()

        def first_rows() -> None:
            nonlocal reported
            if not reported and self.model.rowCount() > 0:
                reported = True
                marks["first_page"] = time.time() - spawn
                QTimer.singleShot(0, painted)

        # From the mirror at once when it is on disk; else with the sync's first rows.
        self.model.counts_changed.connect(first_rows)
        first_rows()

    AppWindow._session_changed = session_changed  # type: ignore[method-assign]
    return app_module.main([])


def _json(values: dict[str, float]) -> str:
    import json

    return json.dumps(values)


if __name__ == "__main__":
    sys.exit(main())
