"""The dialog shown when the app hits a bug: what happened, and a report to copy.

The report is built by :mod:`leanrails_desktop.core.crashlog`, which redacts keys and
``Authorization`` headers before anything is shown or written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views.sizing import fit_to_content


class CrashDialog(QDialog):
    """Shows a redacted crash report with a Copy button; the app keeps running."""

    def __init__(self, report: str, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", "Something went wrong"))
        self.setAccessibleName(translate("CrashDialog", "Something went wrong"))
        self.resize(640, 420)
        fit_to_content(self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "CrashDialog",
                "LeanRails Desktop ran into a problem it did not expect. Your work is kept: "
                "unsaved links are stored as drafts. If this keeps happening, send us the report "
                "below — it contains no secret keys.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if path is not None:
            where = plain_label(
                translate("CrashDialog", "The report was also saved to {path}").format(path=path),
                role=translate("CrashDialog", "Where the report was saved"),
            )
            where.setWordWrap(True)
            layout.addWidget(where)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setAccessibleName(translate("CrashDialog", "Crash report"))
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("CrashDialog", "&Copy report"))
        self.copy_button.setAccessibleName(translate("CrashDialog", "Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


class CrashReporter(QObject):
    """Receives reports from any thread and shows them on the GUI thread, one at a time."""

    _reported = Signal(str, object)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._showing = False
        self.dialogs: list[CrashDialog] = []
        self._reported.connect(self._show)

    def set_parent_widget(self, widget: QWidget) -> None:
        self._parent_widget = widget

    def report(self, text: str, path: Path | None) -> None:
        """Safe to call from the excepthook on any thread."""
        self._reported.emit(text, path)

    def _show(self, text: str, path: object) -> None:
        if self._showing:  # one dialog at a time; the file keeps every report
            return
        self._showing = True
        dialog = CrashDialog(text, path if isinstance(path, Path) else None, self._parent_widget)
        self.dialogs.append(dialog)
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        self._showing = False
