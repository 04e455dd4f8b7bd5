"""Link → History…: the changes made to one link from this computer, one row per field
changed — when, how, which field, before and after — all as plain text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.bulk.history import HistoryRow
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from leanrails_desktop.ui.text import plain_label, plain_tooltip, shown
from leanrails_desktop.ui.views.dialogs.review_dialog import read_only_table

HEADERS = (
    QT_TRANSLATE_NOOP("HistoryDialog", "When"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Change"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Field"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Before"),
    QT_TRANSLATE_NOOP("HistoryDialog", "After"),
)
WHEN, ORIGIN, FIELD, BEFORE, AFTER = range(len(HEADERS))


class HistoryDialog(QDialog):
    """A read-only table of a link's history, or a sentence when it has none."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HistoryDialog", "History"))
        self.setAccessibleName(translate("HistoryDialog", "Link history"))
        self.heading = plain_label(
            translate(
                "HistoryDialog", "Changes made to “{title}” from this computer, newest first"
            ).format(title=" ".join(title.split())),
            self,
        )
        self.heading.setWordWrap(True)
        self.empty_label = plain_label("", self)
        self.empty_label.setWordWrap(True)
        self.table = read_only_table(
            self,
            translate("HistoryDialog", "Changes to this link"),
            [translate("HistoryDialog", h) for h in HEADERS],
            fit=(WHEN, ORIGIN, FIELD),
            stretch=(BEFORE, AFTER),
        )
        # Long values wrap: rows grow as the columns are resized.
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents()
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addStretch()  # takes the room when the table gives way to the sentence
        layout.addWidget(buttons)
        self.resize(860, 460)

    def show_rows(self, rows: Sequence[HistoryRow], empty: str) -> None:
        """``rows``, newest first; with none, the table gives way to ``empty``."""
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            texts = (row.when, row.origin, row.field, row.before, row.after)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(shown(text))
                # Read out with its column, so each cell makes sense on its own.
                heading = translate("HistoryDialog", HEADERS[column])
                item.setData(Qt.ItemDataRole.AccessibleTextRole, shown(f"{heading}: {text}"))
                if text and column in (BEFORE, AFTER):
                    item.setToolTip(plain_tooltip(text))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        self.empty_label.setText("" if rows else empty)
        self.empty_label.setVisible(not rows)

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
