"""Change many links at once: the fields to set (first page), then the review of what
changes on each link, progress and each link's result (second page).

Layout only: the bulk-change controller reads the choices, fills the review and decides
what each button does. Titles and values come from the merchant or from LeanRails, so all
of them are shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from leanrails_desktop.ui.text import plain_label, plain_tooltip, shown
from leanrails_desktop.ui.views.dialogs.review_dialog import (
    PROBLEM_COLOUR,
    ReviewDialog,
    read_only_table,
)

TITLE, FIELD, BEFORE, AFTER, RESULT = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("BulkChangeDialog", "Link"),
    QT_TRANSLATE_NOOP("BulkChangeDialog", "Field"),
    QT_TRANSLATE_NOOP("BulkChangeDialog", "Before"),
    QT_TRANSLATE_NOOP("BulkChangeDialog", "After"),
    QT_TRANSLATE_NOOP("BulkChangeDialog", "Result"),
)

STATUS_CHOICES = (
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Active"), True),
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Inactive"), False),
)
BUTTON_CHOICES = (
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Pay"), "pay"),
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Book"), "book"),
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Donate"), "donate"),
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Automatic"), "auto"),
)
BILLING_CHOICES = (
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Only when needed"), "auto"),
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Always"), "required"),
)
PROMOTION_CHOICES = (
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Allowed"), True),
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Not allowed"), False),
)
METADATA_CHOICES = (
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Set to"), "set"),
    (QT_TRANSLATE_NOOP("BulkChangeDialog", "Remove"), "remove"),
)


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One link that changes, as text: several fields are one line each."""

    title: str
    fields: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class ChangeResultRow:
    row: int
    text: str
    failed: bool


def _combo(parent: QWidget, choices: Sequence[tuple[str, object]], name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for label, value in choices:
        combo.addItem(translate("BulkChangeDialog", label), value)
    combo.setEnabled(False)
    return combo


class BulkChangeDialog(ReviewDialog):
    """Choose, review, send and see the results of one bulk change (or its undo)."""

    review_requested = Signal()
    back_requested = Signal()
    apply_requested = Signal()
    retry_requested = Signal()
    """Cancel, Close, Escape or the window's close button: the controller decides."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkChangeDialog")
        self.setWindowTitle(translate("BulkChangeDialog", "Change links"))
        self.setAccessibleName(translate("BulkChangeDialog", "Change links"))
        self.setSizeGripEnabled(True)
        self.heading = plain_label(heading, self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = plain_label("", self, role=translate("BulkChangeDialog", "Change summary"))
        self.summary.setWordWrap(True)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choices_page())
        self.pages.addWidget(self._review_page())

        self.back_button = QPushButton(translate("BulkChangeDialog", "< &Back"), self)
        self.review_button = QPushButton(translate("BulkChangeDialog", "&Review…"), self)
        self.review_button.setDefault(True)
        self.apply_button = QPushButton(translate("BulkChangeDialog", "&Change"), self)
        self.retry_button = QPushButton(
            translate("BulkChangeDialog", "&Retry the failed ones"), self
        )
        self.cancel_button = QPushButton(translate("BulkChangeDialog", "Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (
            self.retry_button,
            self.review_button,
            self.apply_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.review_button.clicked.connect(self.review_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.apply_button.clicked.connect(self.apply_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.show_choices()
        self.resize(860, 520)

    # ------------------------------------------------------------------ pages

    def _choices_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.status_check = QCheckBox(translate("BulkChangeDialog", "&Status"), page)
        self.status_combo = _combo(page, STATUS_CHOICES, translate("BulkChangeDialog", "Status"))
        self.inactive_message = QLineEdit(page)
        self.inactive_message.setAccessibleName(
            translate("BulkChangeDialog", "Message shown while inactive")
        )
        self.inactive_message.setPlaceholderText(
            translate("BulkChangeDialog", "Message shown while inactive (optional)")
        )
        self.inactive_message.setEnabled(False)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo)
        status_row.addWidget(self.inactive_message, 1)
        form.addRow(self.status_check, status_row)

        self.button_check = QCheckBox(translate("BulkChangeDialog", "&Button text"), page)
        self.button_combo = _combo(
            page, BUTTON_CHOICES, translate("BulkChangeDialog", "Button text")
        )
        form.addRow(self.button_check, self.button_combo)
        self.billing_check = QCheckBox(translate("BulkChangeDialog", "Billing &address"), page)
        self.billing_combo = _combo(
            page, BILLING_CHOICES, translate("BulkChangeDialog", "Billing address")
        )
        form.addRow(self.billing_check, self.billing_combo)
        self.promotion_check = QCheckBox(translate("BulkChangeDialog", "&Promotion codes"), page)
        self.promotion_combo = _combo(
            page, PROMOTION_CHOICES, translate("BulkChangeDialog", "Promotion codes")
        )
        form.addRow(self.promotion_check, self.promotion_combo)
        self.message_check = QCheckBox(translate("BulkChangeDialog", "Confirmation &message"), page)
        self.message_edit = QLineEdit(page)
        self.message_edit.setAccessibleName(translate("BulkChangeDialog", "Confirmation message"))
        self.message_edit.setPlaceholderText(
            translate("BulkChangeDialog", "Shown after payment (empty: none)")
        )
        self.message_edit.setEnabled(False)
        form.addRow(self.message_check, self.message_edit)

        self.metadata_check = QCheckBox(translate("BulkChangeDialog", "M&etadata key"), page)
        self.metadata_key = QLineEdit(page)
        self.metadata_key.setAccessibleName(translate("BulkChangeDialog", "Metadata key"))
        self.metadata_key.setPlaceholderText(translate("BulkChangeDialog", "key"))
        self.metadata_action = _combo(
            page, METADATA_CHOICES, translate("BulkChangeDialog", "Set or remove the key")
        )
        self.metadata_value = QLineEdit(page)
        self.metadata_value.setAccessibleName(translate("BulkChangeDialog", "Metadata value"))
        self.metadata_value.setPlaceholderText(translate("BulkChangeDialog", "value"))
        self.metadata_key.setEnabled(False)
        self.metadata_value.setEnabled(False)
        metadata_row = QHBoxLayout()
        metadata_row.addWidget(self.metadata_key, 1)
        metadata_row.addWidget(self.metadata_action)
        metadata_row.addWidget(self.metadata_value, 2)
        form.addRow(self.metadata_check, metadata_row)

        self.choice_problem = plain_label(
            "", page, role=translate("BulkChangeDialog", "Problem with the change")
        )
        self.choice_problem.setWordWrap(True)
        palette = self.choice_problem.palette()
        palette.setColor(self.choice_problem.foregroundRole(), PROBLEM_COLOUR)
        self.choice_problem.setPalette(palette)
        form.addRow(self.choice_problem)

        pairs: list[tuple[QCheckBox, list[QWidget]]] = [
            (self.status_check, [self.status_combo, self.inactive_message]),
            (self.button_check, [self.button_combo]),
            (self.billing_check, [self.billing_combo]),
            (self.promotion_check, [self.promotion_combo]),
            (self.message_check, [self.message_edit]),
            (self.metadata_check, [self.metadata_key, self.metadata_action, self.metadata_value]),
        ]
        for check, widgets in pairs:
            for input_widget in widgets:
                check.toggled.connect(input_widget.setEnabled)
        self.status_check.toggled.connect(self._status_inputs)
        self.status_combo.currentIndexChanged.connect(self._status_inputs)
        self.metadata_action.currentIndexChanged.connect(self._metadata_inputs)
        self.metadata_check.toggled.connect(self._metadata_inputs)
        return page

    def _status_inputs(self, *_args: object) -> None:
        self.inactive_message.setEnabled(
            self.status_check.isChecked() and self.status_combo.currentData() is False
        )

    def _metadata_inputs(self, *_args: object) -> None:
        self.metadata_value.setEnabled(
            self.metadata_check.isChecked() and self.metadata_action.currentData() == "set"
        )

    def _review_page(self) -> QWidget:
        page = QWidget(self)
        self.table = read_only_table(
            page,
            translate("BulkChangeDialog", "Links that change"),
            [translate("BulkChangeDialog", h) for h in HEADERS],
            fit=(FIELD,),
            stretch=(TITLE, BEFORE, AFTER, RESULT),
        )
        self.fit_rows_as_shown()
        self.progress = QProgressBar(page)
        self.progress.setAccessibleName(translate("BulkChangeDialog", "Change progress"))
        self.progress_label = plain_label(
            "", page, role=translate("BulkChangeDialog", "Change progress")
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        return page

    # ------------------------------------------------------------------ states

    def show_choices(self) -> None:
        self.pages.setCurrentIndex(0)
        self.summary.setText(
            translate("BulkChangeDialog", "Tick what to set on every selected link.")
        )
        for button in (self.back_button, self.apply_button, self.retry_button):
            button.setVisible(False)
        self.review_button.setVisible(True)
        self.cancel_button.setText(translate("BulkChangeDialog", "Cancel"))

    def show_review(
        self, rows: Sequence[ChangeRow], summary: str, apply: str, can_go_back: bool
    ) -> None:
        """The links that change; ``apply`` labels the send button ("" disables it)."""
        self.pages.setCurrentIndex(1)
        self.summary.setText(summary)
        self.table.setColumnHidden(RESULT, True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate((row.title, row.fields, row.before, row.after)):
                item = QTableWidgetItem(shown(text))
                if text:
                    item.setToolTip(plain_tooltip(text))
                self.table.setItem(index, column, item)
        self.fit_rows()
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        self.review_button.setVisible(False)
        self.retry_button.setVisible(False)
        self.back_button.setVisible(can_go_back)
        self.back_button.setEnabled(True)
        self.apply_button.setVisible(True)
        self.apply_button.setText(apply or translate("BulkChangeDialog", "&Change"))
        self.apply_button.setEnabled(bool(apply))
        self.apply_button.setDefault(True)
        self.cancel_button.setText(translate("BulkChangeDialog", "Cancel"))
        self._relayout()

    def _relayout(self) -> None:
        """Buttons whose text changed get their new width at once."""
        for button in (self.apply_button, self.retry_button, self.cancel_button):
            button.updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def set_sending(self) -> None:
        self.progress.setVisible(True)
        self.progress_label.setVisible(True)
        for button in (self.apply_button, self.retry_button, self.back_button):
            button.setEnabled(False)
        self.cancel_button.setText(translate("BulkChangeDialog", "Cancel"))

    def set_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(text)

    def show_results(self, results: Sequence[ChangeResultRow], retry: str) -> None:
        """Each sent link's result; ``retry`` labels the retry button ("" hides it)."""
        self.table.setColumnHidden(RESULT, False)
        for result in results:
            item = QTableWidgetItem(shown(result.text))
            item.setToolTip(plain_tooltip(result.text))
            if result.failed:
                item.setForeground(QBrush(PROBLEM_COLOUR))
            self.table.setItem(result.row, RESULT, item)
        self.fit_rows()
        self.retry_button.setText(retry or translate("BulkChangeDialog", "&Retry the failed ones"))
        self.retry_button.setVisible(bool(retry))
        self.retry_button.setEnabled(bool(retry))
        self.apply_button.setVisible(False)
        self.back_button.setVisible(False)
        self.cancel_button.setText(translate("BulkChangeDialog", "Close"))
        self._relayout()
