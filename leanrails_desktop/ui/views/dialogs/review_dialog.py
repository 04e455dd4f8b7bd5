"""What the import and bulk-change dialogs share: a review table, and closing that the
controller decides (a send under way is stopped first, not abandoned)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableWidget, QWidget

from leanrails_desktop.ui.views.theme import LIVE_RED

PROBLEM_COLOUR = QColor(LIVE_RED)
"""Rows with problems, and failed results."""

FIT_ALL_ROWS = 500
"""Up to this many rows, every row is fitted to its text at once; a longer table fits the
rows in view as they come into view (fitting 10,000 rows takes seconds)."""
_SPARE_ROWS = 60


def read_only_table(
    parent: QWidget,
    name: str,
    headers: Sequence[str],
    fit: Iterable[int],
    stretch: Iterable[int],
) -> QTableWidget:
    """A table of whole rows whose long text wraps (never elided): the review of an import
    or a bulk change, a link's history. ``fit`` columns size to their contents, ``stretch``
    columns share the rest; ``name`` is what a screen reader announces."""
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class ReviewDialog(QDialog):
    """A dialog with a review ``table``. Escape and the close button only ask
    (:attr:`cancel_requested`); the controller closes it with :meth:`close_now`."""

    cancel_requested = Signal()
    table: QTableWidget

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def fit_rows_as_shown(self) -> None:
        """Keep rows as tall as their wrapped text, as columns resize and rows scroll in."""
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.fit_rows())
        self.table.verticalScrollBar().valueChanged.connect(lambda _: self.fit_rows(True))

    def fit_rows(self, scrolled: bool = False) -> None:
        """Fit the rows' heights to their text: all of them in a short table, the ones in
        view (and a few beyond) in a long one."""
        table = self.table
        count = table.rowCount()
        if count <= FIT_ALL_ROWS:
            if not scrolled:
                table.resizeRowsToContents()
            return
        top = max(table.rowAt(0), 0)
        bottom = table.rowAt(table.viewport().height() - 1)
        last = min(count - 1, (bottom if bottom >= 0 else top) + _SPARE_ROWS)
        for row in range(top, last + 1):
            table.resizeRowToContents(row)

    def reject(self) -> None:
        self.cancel_requested.emit()

    def close_now(self) -> None:
        super().reject()
