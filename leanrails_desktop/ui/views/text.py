"""Text is text: everything a person or the API wrote is shown as plain text.

QLabel and QMessageBox guess rich text from the content (``Qt::mightBeRichText``), so a
link titled ``<b>Sale</b>`` would be drawn bold and ``<a href=…>`` would become clickable.
Every label that can show such a string is made here, with its format set to plain.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box whose text (and detail) is plain text."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def safe_text(text: str) -> str:
    """``text`` with the characters a widget cannot show safely replaced: NUL and lone
    surrogates (which Qt cannot encode) become U+FFFD."""
    if "\x00" not in text and text.isprintable():
        return text
    cleaned = text.replace("\x00", "\ufffd")
    return cleaned.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
