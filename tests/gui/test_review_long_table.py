"""A long import review fits the rows a person sees to their wrapped text, including the
ones scrolled to, without measuring every row of the sheet first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.dialogs.import_dialog import PROBLEMS
from leanrails_desktop.ui.views.dialogs.review_dialog import FIT_ALL_ROWS

pytestmark = pytest.mark.gui

LINKS = FIT_ALL_ROWS + 100
LONG = "A very long title that cannot be right " * 8


def test_rows_scrolled_to_are_fitted_to_their_text(
    qtbot: QtBot, window: AppWindow, tmp_path: Path
) -> None:
    rows = ["title,currency,amount,product"]
    rows += [f"Workshop {n},USD,5.00,prod_{n}" for n in range(LINKS - 1)]
    rows.append(f"{LONG},USD,12.345,prod_last")  # a problem sentence that wraps
    path = tmp_path / "long.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    window.prompts.open_answer = str(path)  # type: ignore[attr-defined]
    window.commands.import_action.trigger()
    qtbot.waitUntil(lambda: window.imports.dialog is not None, timeout=30_000)
    dialog = window.imports.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() == LINKS
    last = LINKS - 1
    assert "more decimals than USD allows" in dialog.cell_text(last, PROBLEMS)
    unmeasured = table.verticalHeader().defaultSectionSize()
    assert table.rowHeight(0) != unmeasured  # the rows in view are fitted
    assert table.rowHeight(last) == unmeasured  # not measured while out of sight
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.rowHeight(last) > unmeasured, timeout=5_000)
    # The wrapped problem is whole: its row is as tall as Qt says its text needs.
    assert table.rowHeight(last) >= table.sizeHintForRow(last)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
