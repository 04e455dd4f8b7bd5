"""Small pieces the editor's forms are made of: a field's error line and a multi-line
field that Tab leaves."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtWidgets import QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from leanrails_desktop.ui.text import PlainLabel, plain_label
from leanrails_desktop.ui.views import theme

LimitSuffix = Context("LimitSuffix")

SUBMIT_CHOICES = (
    ("auto", QT_TRANSLATE_NOOP("EditorPane", "Automatic (shows “Pay”)")),
    ("pay", QT_TRANSLATE_NOOP("EditorPane", "Pay")),
    ("book", QT_TRANSLATE_NOOP("EditorPane", "Book")),
    ("donate", QT_TRANSLATE_NOOP("EditorPane", "Donate")),
)
"""The checkout button's choices: the API's value and the words shown for it."""


def payments_spin_box() -> QSpinBox:
    """A count of payments, its unit in the right plural form ("1 payment", "2 payments")."""
    box = QSpinBox()
    box.setRange(1, 1_000_000)
    box.setSuffix(LimitSuffix.tr(" payment(s)", "", 1))
    box.valueChanged.connect(lambda value: box.setSuffix(LimitSuffix.tr(" payment(s)", "", value)))
    return box


def error_label(name: str) -> PlainLabel:
    """The hidden line under a field that shows what is wrong with it."""
    # The role says what the line is; ``name`` (a request parameter) only names the object.
    label = plain_label(role=translate("FormParts", "Problem with the field above"))
    label.setObjectName(f"error_{name}")
    label.setWordWrap(True)
    label.setStyleSheet(theme.ERROR_TEXT)
    label.hide()
    return label


def with_error_line(widget: QWidget, name: str) -> tuple[QWidget, PlainLabel]:
    """``widget`` with its (hidden) error line under it, in one holder."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    error = error_label(name)
    column.addWidget(error)
    return holder, error


def holder_of(widget: QWidget) -> QWidget:
    """The holder :func:`with_error_line` put ``widget`` in."""
    holder = widget.parentWidget()
    assert holder is not None
    return holder


def hide_error(label: PlainLabel) -> None:
    """Take an error line away (its field changed, so what it said may no longer hold)."""
    if label.text() or label.isVisible():
        label.clear()
        label.hide()


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (hidden or disabled ones are skipped)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class PlainText(QPlainTextEdit):
    """A multi-line field that Tab leaves instead of indenting (keyboard users need that)."""

    def __init__(self, lines: int = 3) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)
