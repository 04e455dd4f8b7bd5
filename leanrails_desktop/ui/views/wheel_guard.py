"""Combo boxes and spin boxes change only when they have the keyboard focus.

By default Qt lets the wheel change whichever combo box or spin box is under the pointer,
and even gives it the focus: scrolling a form then edits it without anyone noticing (a
link's button text turned from "Book" into "Donate" that way). Every such control of the
app goes through :func:`guard_wheel`: it takes the focus by click or Tab only, and a wheel
turned over it while it has no focus is passed on to the scroll area around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class _WheelGuard(QObject):
    """Keeps wheel events from the control it watches until that control has the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            # Ignored and filtered out: Qt hands the event on to the parent (the scroll
            # area), and the control never sees it.
            event.ignore()
            return True
        return False


def guard_wheel(*widgets: QWidget) -> None:
    """Make ``widgets`` (combo boxes, spin boxes) ignore the wheel until they have focus."""
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if widget.property("wheelGuarded"):
            continue
        widget.installEventFilter(_WheelGuard(widget))
        widget.setProperty("wheelGuarded", True)
