"""What the import and bulk-change dialogs share: a review table, and closing that the
controller decides (a send under way is stopped first, not abandoned)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QTableWidget

from leanrails_desktop.ui.views.theme import LIVE_RED

PROBLEM_COLOUR = QColor(LIVE_RED)
"""Rows with problems, and failed results."""


class ReviewDialog(QDialog):
    """A dialog with a review ``table``. Escape and the close button only ask
    (:attr:`cancel_requested`); the controller closes it with :meth:`close_now`."""

    cancel_requested = Signal()
    table: QTableWidget

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def reject(self) -> None:
        self.cancel_requested.emit()

    def close_now(self) -> None:
        super().reject()
