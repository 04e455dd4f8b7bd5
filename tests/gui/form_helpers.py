"""Helpers for tests of the editor and the other forms: the wheel, focus and saved links."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.editor_pane import EditorPane, EditorState

PRODUCT = "prod_8mn4qr7vw2xz"  # the sandbox calls it "Premium Headphones"


def wheel(widget: QWidget, notches: int) -> None:
    """Turn the wheel ``notches`` over the middle of ``widget`` (negative: towards you)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def wheel_targets(root: QWidget) -> list[QWidget]:
    """Every combo box and spin box under ``root`` that a wheel could reach now."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, QComboBox | QAbstractSpinBox)
        and widget.isVisibleTo(root)
        and widget.isEnabled()
    ]


def value_of(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    assert isinstance(widget, QAbstractSpinBox)
    return widget.text()


def scroll_bar(editor: EditorPane) -> QScrollBar:
    scroll = editor.findChild(QScrollArea)
    assert scroll is not None
    return scroll.verticalScrollBar()


def scroll_down(qtbot: QtBot, editor: EditorPane) -> None:
    bar = scroll_bar(editor)
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(bar.maximum())
    assert bar.value() > 0


def focused(window: AppWindow) -> QWidget | None:
    return QApplication.focusWidget() or window.focusWidget()


def saved_link(api: LeanRailsClient, **extra: object) -> CheckoutLink:
    return api.checkout_links.create(
        title="Headphones",
        line_items=[
            {
                "price_data": {"currency": "usd", "product": PRODUCT, "unit_amount": 4900},
                "quantity": 1,
            }
        ],
        **extra,
    )


def open_saved(qtbot: QtBot, window: AppWindow, link: CheckoutLink) -> None:
    window.refresh()
    qtbot.waitUntil(lambda: window.model.row_of(link.id) >= 0, timeout=10_000)
    window.list_pane.select_link(link.id)
    qtbot.waitUntil(lambda: window.editor.state == EditorState.EDITING, timeout=5000)


def tab_chain(start: QWidget, stop: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start`` to ``stop``, each control once (a spin box's or
    an editable combo box's own line edit counts as the control)."""
    chain = [start]
    cursor = start
    for _ in range(400):
        cursor = cursor.nextInFocusChain()
        widget = cursor
        owner = widget.parentWidget()
        if isinstance(owner, QComboBox | QAbstractSpinBox):
            widget = owner
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isVisible() and widget.isEnabled() and widget is not chain[-1]:
            chain.append(widget)
        if widget is stop:
            return chain
    raise AssertionError(f"{stop!r} is not reached by Tab from {start!r}")
