"""The editor's metadata: a table of keys and values with Add key / Remove key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.ui.views.form_parts import error_label, hide_error


class MetadataEditor(QWidget):
    """Key/value pairs as typed. Emits ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(
            [translate("MetadataEditor", "Key"), translate("MetadataEditor", "Value")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(translate("MetadataEditor", "Metadata"))
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(160)
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("MetadataEditor", "Add &key"))
        self.add_button.setAccessibleName(translate("MetadataEditor", "Add metadata key"))
        self.remove_button = QPushButton(translate("MetadataEditor", "Remove key"))
        self.remove_button.setAccessibleName(translate("MetadataEditor", "Remove metadata key"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label("metadata")
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self._add_row)
        self.remove_button.clicked.connect(self._remove_row)
        self.table.itemChanged.connect(self.changed)
        model = self.table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(lambda *_args: hide_error(self.error))

    def set_pairs(self, pairs: list[tuple[str, str]]) -> None:
        """Show ``pairs`` (without emitting ``changed``)."""
        blocked = self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for key, value in pairs:
                index = self.table.rowCount()
                self.table.insertRow(index)
                self.table.setItem(index, 0, QTableWidgetItem(key))
                self.table.setItem(index, 1, QTableWidgetItem(value))
        finally:
            self.table.blockSignals(blocked)

    def pairs(self) -> list[tuple[str, str]]:
        """Every row as typed, blank ones included."""
        pairs: list[tuple[str, str]] = []
        for row in range(self.table.rowCount()):
            key_item = self.table.item(row, 0)
            value_item = self.table.item(row, 1)
            pairs.append(
                (key_item.text() if key_item else "", value_item.text() if value_item else "")
            )
        return pairs

    def _add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(""))
        self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.setCurrentCell(row, 0)
        key_item = self.table.item(row, 0)
        if key_item is not None:
            self.table.editItem(key_item)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()
