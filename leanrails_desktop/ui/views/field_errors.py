"""Where the editor shows what is wrong: each error under the field its API param names
(a line item's under that item), the rest for the banner; and each error goes again when
its field changes."""

from __future__ import annotations

import re

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from leanrails_desktop.ui.text import PlainLabel
from leanrails_desktop.ui.views.form_parts import hide_error
from leanrails_desktop.ui.views.line_items_editor import LineItemsEditor

LINE_PARAM = re.compile(r"^line_items\[(\d+)\]")
MESSAGE = "after_completion[hosted_confirmation][custom_message]"
REDIRECT_URL = "after_completion[redirect][url]"
LIMIT = "restrictions[completed_sessions][limit]"

# A param not listed by itself is shown with the first of these it starts with.
_FAMILIES = (
    ("metadata", "metadata"),
    ("after_completion[hosted_confirmation]", MESSAGE),
    ("after_completion", REDIRECT_URL),
    ("restrictions", LIMIT),
)


class FieldErrors:
    """The error lines of a form by param, and the fields they belong to."""

    def __init__(self, items: LineItemsEditor) -> None:
        self._items = items
        self._labels: dict[str, PlainLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def add(self, param: str, label: PlainLabel, field: QWidget | None = None) -> None:
        """``label`` shows what is wrong with ``param``; ``field`` is where to type it."""
        self._labels[param] = label
        if field is not None:
            self._fields[param] = field

    def clears_on(self, signal: SignalInstance, *params: str) -> None:
        """What was said about ``params`` goes when ``signal`` says their field changed."""
        labels = [self._labels[param] for param in params]

        def clear(*_args: object) -> None:
            for label in labels:
                hide_error(label)

        signal.connect(clear)

    def label_for(self, param: str) -> PlainLabel | None:
        """Where the error about ``param`` is shown (None: in the banner)."""
        match = LINE_PARAM.match(param)
        if match:
            return self._items.error_label_for(int(match.group(1)))
        if param in self._labels:
            return self._labels[param]
        for prefix, family in _FAMILIES:
            if param.startswith(prefix):
                return self._labels.get(family)
        return None

    def field_for(self, param: str) -> QWidget | None:
        match = LINE_PARAM.match(param)
        if match:
            return self._items.widget_for(int(match.group(1)), param)
        return self._fields.get(param)

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()
        self._items.clear_errors()

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show each error under its field (the first field gets the focus); returns the
        errors that belong to no field."""
        self.clear()
        unplaced: list[str] = []
        placed = False
        for param, text in errors.items():
            label = self.label_for(param)
            if label is None:
                unplaced.append(text)
                continue
            existing = label.text()
            label.setText(f"{existing}\n{text}" if existing else text)
            label.show()
            placed = True
        if placed:
            field = self.field_for(next(iter(errors)))
            if field is not None and field.isVisible():
                field.setFocus()
        return unplaced

    def text(self, param: str) -> str:
        """The error shown for ``param`` now ("" when none is)."""
        label = self.label_for(param)
        return label.text() if label is not None and label.isVisible() else ""
