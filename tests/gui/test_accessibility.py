"""Every control a keyboard can reach has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from leanrails_desktop.ui.app.window import AppWindow

pytestmark = pytest.mark.gui


def spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def unnamed_focusable(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        # Internal parts of composite controls (a spin box's line edit, a scroll area's
        # viewport) are announced through their owner.
        owner = widget.parentWidget()
        if owner is not None and owner.focusProxy() is widget:
            continue
        if widget.objectName().startswith("qt_") or type(widget).__name__ in {"QScrollBar"}:
            continue
        if not spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_main_window_controls_have_accessible_names(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.new_action.trigger()
    window.editor.add_item_button.click()
    qtbot.wait(10)
    assert unnamed_focusable(window) == []


def test_editing_a_saved_link_keeps_names(qtbot: QtBot, window: AppWindow, api) -> None:  # type: ignore[no-untyped-def]
    link = api.checkout_links.create(
        title="Named", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.list_pane.select_link(link.id)
    qtbot.waitUntil(lambda: window.preview.share.isVisibleTo(window), timeout=5000)
    assert unnamed_focusable(window) == []


def test_keyboard_reaches_the_editor_from_the_list(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.new_action.trigger()
    assert window.editor.title.hasFocus() or window.focusWidget() is window.editor.title
    chain = []
    widget = window.editor.title
    for _ in range(12):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert window.editor.description in chain
