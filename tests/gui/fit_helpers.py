"""Helpers for tests that check widgets get the room they need."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot


def squeezed(root: QWidget) -> list[str]:
    """Visible widgets under ``root`` given less room than they need: narrower or lower
    than their minimum size hint, or (wrapped text) lower than they need at their width.
    Parts of Qt's own composite widgets are left to their owner; a scroll area may be
    smaller than its hint (it scrolls), what it holds may not."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QAbstractScrollArea) and widget is not root:
            continue  # it scrolls what does not fit
        owner = widget.parentWidget()
        if owner is not None and isinstance(owner, QComboBox | QAbstractSpinBox):
            continue
        if owner is not None and isinstance(owner, QAbstractScrollArea | QLabel):
            continue
        if isinstance(owner, QAbstractItemView):
            continue
        hint = widget.minimumSizeHint()
        size = widget.size()
        wanted_height = hint.height()
        if widget.hasHeightForWidth():
            # Wrapped text: the height it needs at the width it was given.
            layout = widget.layout()
            wanted_height = (
                layout.totalMinimumHeightForWidth(size.width())
                if layout is not None
                else widget.heightForWidth(size.width())
            )
        # A maximum set below the hint is a deliberate look (a thin progress bar).
        wanted_width = min(hint.width(), widget.maximumWidth())
        wanted_height = min(wanted_height, widget.maximumHeight())
        if size.width() < wanted_width or size.height() < wanted_height:
            name = widget.accessibleName() or widget.objectName() or type(widget).__name__
            if isinstance(widget, QLabel) and widget.text():
                name = f"{name} {widget.text()[:30]!r}"
            found.append(
                f"{name}: {size.width()}×{size.height()} < "
                f"{wanted_width}×{wanted_height}"
            )
    return found


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def fully_visible(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.visibleRegion().boundingRect().size() == widget.size()
    )
