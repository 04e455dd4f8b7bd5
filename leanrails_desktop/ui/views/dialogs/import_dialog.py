"""The review of an import: one row per link the spreadsheet will create, the problems by
line and column, the columns ignored, then progress and each link's result.

Layout only: the import controller fills it and decides what each button does. Everything
shown here comes from the merchant's file or from LeanRails, so all of it is plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.collector import collector_paused
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from leanrails_desktop.ui.text import plain_label, plain_tooltip, shown
from leanrails_desktop.ui.views.dialogs.review_dialog import (
    PROBLEM_COLOUR,
    ReviewDialog,
    read_only_table,
)

LINES, TITLE, ITEMS, TOTAL, PROBLEMS, RESULT = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Line"),
    QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    QT_TRANSLATE_NOOP("ImportDialog", "Line items"),
    QT_TRANSLATE_NOOP("ImportDialog", "Total"),
    QT_TRANSLATE_NOOP("ImportDialog", "Problems"),
    QT_TRANSLATE_NOOP("ImportDialog", "Result"),
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """What one planned link shows in the review, as text."""

    lines: str
    title: str
    items: str
    total: str
    problems: str


@dataclass(frozen=True, slots=True)
class ResultRow:
    """What happened to the link of review row ``row``: a short status and the detail
    (its address, or the sentence it failed with)."""

    row: int
    status: str
    detail: str
    failed: bool


class ImportDialog(ReviewDialog):
    """Review, progress and results of one import."""

    import_requested = Signal()
    retry_requested = Signal()
    report_requested = Signal()
    print_requested = Signal()
    """QR codes or a print sheet of the links this import made."""
    sheet_chosen = Signal(str)
    """Another sheet of the workbook was chosen (its name)."""
    """Cancel, Close, Escape or the window's close button: the controller decides."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(translate("ImportDialog", "Import links"))
        self.setAccessibleName(translate("ImportDialog", "Import links"))
        self.setSizeGripEnabled(True)

        self.heading = plain_label(
            translate("ImportDialog", "Links to create from {file_name}").format(
                file_name=file_name
            ),
            self,
        )
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.sheet_label = plain_label(translate("ImportDialog", "S&heet:"), self)
        self.sheet_box = QComboBox(self)
        self.sheet_box.setAccessibleName(translate("ImportDialog", "Sheet to import"))
        self.sheet_label.setBuddy(self.sheet_box)
        self.sheet_box.activated.connect(
            lambda index: self.sheet_chosen.emit(str(self.sheet_box.itemData(index)))
        )
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_box)
        sheet_row.addStretch(1)
        self.set_sheets((), "")
        self.summary = plain_label("", self, role=translate("ImportDialog", "Import summary"))
        self.ignored = plain_label("", self, role=translate("ImportDialog", "Columns ignored"))
        self.ignored.setWordWrap(True)
        self.problems_label = plain_label(translate("ImportDialog", "Problems"), self)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(translate("ImportDialog", "Problems by line and column"))
        self.problems.setWordWrap(True)
        self.problems_label.setBuddy(self.problems)

        self.table = read_only_table(
            self,
            translate("ImportDialog", "Links to create"),
            [translate("ImportDialog", h) for h in HEADERS],
            fit=(LINES, TOTAL),
            stretch=(TITLE, ITEMS, PROBLEMS, RESULT),
        )
        # Long text wraps inside its column: rows grow to show all of it.
        self.fit_rows_as_shown()
        self.table.setColumnHidden(RESULT, True)

        self.skip_check = QCheckBox(
            translate("ImportDialog", "&Skip the links with problems"), self
        )
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(translate("ImportDialog", "Import progress"))
        self.progress.setVisible(False)
        self.progress_label = plain_label(
            "", self, role=translate("ImportDialog", "Import progress")
        )
        self.progress_label.setVisible(False)

        self.import_button = QPushButton(translate("ImportDialog", "&Import"), self)
        self.import_button.setDefault(True)
        self.retry_button = QPushButton(translate("ImportDialog", "&Retry the failed ones"), self)
        self.retry_button.setVisible(False)
        self.report_button = QPushButton(translate("ImportDialog", "Save re&port…"), self)
        self.report_button.setToolTip(
            translate(
                "ImportDialog",
                "A CSV of each link's line, result, id and address, for QR codes or a print sheet",
            )
        )
        self.report_button.setVisible(False)
        self.print_button = QPushButton(translate("ImportDialog", "Print QR &codes…"), self)
        self.print_button.setToolTip(
            translate("ImportDialog", "QR codes or a label sheet of the links this import made")
        )
        self.print_button.setVisible(False)
        self.cancel_button = QPushButton(translate("ImportDialog", "Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_check)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(sheet_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.ignored)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        self.import_button.clicked.connect(self.import_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.report_button.clicked.connect(self.report_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.resize(900, 520)

    # ------------------------------------------------------------------ filling

    def show_review(
        self, rows: Sequence[ReviewRow], problems: Sequence[str], ignored: Sequence[str]
    ) -> None:
        """The planned links, every problem by line and column, and the ignored columns."""
        self.problems.clear()
        self.problems.addItems([shown(p) for p in problems])
        if problems:
            shown_rows = min(len(problems), 5)
            frame = 2 * self.problems.frameWidth()
            self.problems.setFixedHeight(shown_rows * self.problems.sizeHintForRow(0) + frame + 4)
        self.problems.setVisible(bool(problems))
        self.problems_label.setVisible(bool(problems))
        self.skip_check.setVisible(bool(problems))
        if ignored:
            self.ignored.setText(
                translate("ImportDialog", "Columns ignored: {columns}").format(
                    columns=", ".join(ignored)
                )
            )
        self.ignored.setVisible(bool(ignored))
        with collector_paused():  # 50,000 items for 10,000 links: no cycles among them
            self._fill_review(rows)
        self.fit_rows()

    def _fill_review(self, rows: Sequence[ReviewRow]) -> None:
        self.table.setUpdatesEnabled(False)  # one layout for the whole table, not per cell
        self.table.setRowCount(len(rows))
        # The problems column only when there are problems: the room goes to the results.
        self.table.setColumnHidden(PROBLEMS, not any(row.problems for row in rows))
        problem = QBrush(PROBLEM_COLOUR)
        for index, row in enumerate(rows):
            cells = (row.lines, row.title, row.items, row.total, row.problems)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(shown(text))
                # Lines and totals are short and sized to fit: no tooltip to repeat them.
                if text and column not in (LINES, TOTAL):
                    item.setToolTip(plain_tooltip(text))
                if column == LINES:
                    item.setTextAlignment(_RIGHT)
                if row.problems:
                    item.setForeground(problem)
                self.table.setItem(index, column, item)
        self.table.setUpdatesEnabled(True)

    def set_sheets(self, names: Sequence[str], current: str) -> None:
        """The workbook's sheets to choose from (hidden for CSV or a single sheet)."""
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for name in names:
            self.sheet_box.addItem(shown(name), name)
        if current in names:
            self.sheet_box.setCurrentIndex(list(names).index(current))
        self.sheet_box.blockSignals(False)
        several = len(names) > 1
        self.sheet_box.setVisible(several)
        self.sheet_label.setVisible(several)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    def set_import_button(self, text: str, enabled: bool) -> None:
        self.import_button.setText(text)
        self.import_button.setEnabled(enabled)

    def set_sending(self) -> None:
        """While links are sent: progress shown, the choices locked, Cancel stops."""
        self.progress.setVisible(True)
        self.progress_label.setVisible(True)
        self.import_button.setEnabled(False)
        self.retry_button.setEnabled(False)
        self.skip_check.setEnabled(False)
        self.sheet_box.setEnabled(False)
        self.cancel_button.setText(translate("ImportDialog", "Cancel"))

    def set_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(text)

    def show_results(self, results: Sequence[ResultRow], retry: str) -> None:
        """Each sent link's result in the Result column; ``retry`` labels the retry button
        ("" hides it)."""
        self.table.setColumnHidden(RESULT, False)
        for result in results:
            text = f"{result.status}: {result.detail}" if result.detail else result.status
            item = QTableWidgetItem(shown(text))
            item.setToolTip(plain_tooltip(text))
            if result.failed:
                item.setForeground(QBrush(PROBLEM_COLOUR))
            self.table.setItem(result.row, RESULT, item)
        self.fit_rows()
        self.retry_button.setText(retry or translate("ImportDialog", "&Retry the failed ones"))
        self.retry_button.setVisible(bool(retry))
        self.retry_button.setEnabled(bool(retry))
        self.import_button.setVisible(False)
        self.sheet_box.setEnabled(False)
        self.report_button.setVisible(True)
        self.print_button.setVisible(True)
        self.skip_check.setEnabled(False)
        self.cancel_button.setText(translate("ImportDialog", "Close"))
