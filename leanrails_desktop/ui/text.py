"""Text is text: everything a person or the API wrote is shown as plain text.

QLabel, QMessageBox, QInputDialog and tooltips guess rich text from the content
(``Qt::mightBeRichText``), so a link titled ``<b>Sale</b>`` would be drawn bold and
``<a href=…>`` would become clickable. Every label, box, question and tooltip that can show
such a string is made here, with its format set to plain.

A label made here also tells screen readers what it shows: its accessible name is its
text (a role hint goes in the accessible description), so a changing label is read out
as its content rather than as a fixed name.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget


def shown(text: str) -> str:
    """``text`` as a widget can hold it: a NUL or a lone surrogate (which Qt cannot hold)
    becomes U+FFFD; everything else is kept as it is."""
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


class PlainLabel(QLabel):
    """A label that never interprets its text, and whose accessible name is its text."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, role: str = "") -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            self.setAccessibleDescription(role)
        self.setText(text)

    def setText(self, text: str) -> None:
        text = shown(text)
        super().setText(text)
        # Set explicitly: Qt's own fallback drops "&" characters from a label's name.
        self.setAccessibleName(text)

    def clear(self) -> None:
        self.setText("")


def left_to_right(*widgets: QWidget) -> None:
    """Amounts, addresses and ids read left to right even in a mirrored (Arabic, Hebrew)
    window: ``$1,234.50`` and ``https://…`` are not words of the surrounding language."""
    for widget in widgets:
        widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def plain_label(text: str = "", parent: QWidget | None = None, *, role: str = "") -> PlainLabel:
    """A :class:`PlainLabel`; ``role`` is read to screen readers as its description."""
    return PlainLabel(text, parent, role=role)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly: escaped rich text, since a tooltip has no
    plain-text switch of its own."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(shown(text)) + "</p>"


def _plain_children(widget: QWidget) -> None:
    for label in widget.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


class PlainMessageBox(QMessageBox):
    """A message box whose text and informative text are plain text."""

    def setText(self, text: str) -> None:
        self.setTextFormat(Qt.TextFormat.PlainText)
        super().setText(shown(text))
        _plain_children(self)

    def setInformativeText(self, text: str) -> None:
        super().setInformativeText(shown(text))
        _plain_children(self)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A modal warning with plain text."""
    box = PlainMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(shown(title))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask_text(
    parent: QWidget | None,
    title: str,
    label: str,
    text: str = "",
    *,
    multiline: bool = False,
    echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal,
) -> str | None:
    """Ask for a line (or lines) of text; None when cancelled. The question is plain text."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(shown(title))
    dialog.setLabelText(shown(label))
    if multiline:
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextEchoMode(echo)
    dialog.setTextValue(shown(text))
    _plain_children(dialog)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()
