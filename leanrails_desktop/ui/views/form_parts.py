"""Small pieces the editor's forms are made of: a field's error line and a multi-line
field that Tab leaves."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.ui.text import PlainLabel, plain_label
from leanrails_desktop.ui.views import theme


def error_label(name: str) -> PlainLabel:
    """The hidden line under a field that shows what is wrong with it."""
    # The role says what the line is; ``name`` (a request parameter) only names the object.
    label = plain_label(role=translate("FormParts", "Problem with the field above"))
    label.setObjectName(f"error_{name}")
    label.setWordWrap(True)
    label.setStyleSheet(theme.ERROR_TEXT)
    label.hide()
    return label


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
