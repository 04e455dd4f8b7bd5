"""Every control a keyboard can reach has a name a screen reader can say, and the labels
whose content changes are read out as that content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.text import PlainLabel

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


def read_aloud(widget: QWidget) -> str:
    """The name a screen reader gets for ``widget``: through Qt's accessibility interface,
    which is what the platform bridge (AT-SPI, UIA, NSAccessibility) hands on."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), f"{widget} has no interface"
    return interface.text(QAccessible.Text.Name)


def test_screen_readers_read_what_the_labels_show(
    qtbot: QtBot, window: AppWindow, api  # type: ignore[no-untyped-def]
) -> None:
    links = [
        api.checkout_links.create(
            title=title,
            line_items=[
                {
                    "price_data": {"currency": "eur", "product": "prod_tour", "unit_amount": 1250},
                    "quantity": 2,
                }
            ],
        )
        for title in ("Harbour tour", "Kyoto walking tour & tea", "Night market")
    ]
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    window.list_pane.select_link(links[1].id)
    qtbot.waitUntil(lambda: window.preview.total_label.isVisibleTo(window), timeout=5000)
    qtbot.waitUntil(lambda: window.preview.total_label.text() != "—", timeout=5000)

    header = window.editor.header
    footer = window.list_pane.footer
    total = window.preview.total_label
    account = window.status.account_label
    # What each label shows is the content, and the screen reader gets exactly that: a fixed
    # name ("Editor state", "Links loaded", "Account: …") set on the label again fails here.
    assert header.text() == "Editing “Kyoto walking tour & tea”"
    assert footer.text() == "3 links · 3 active"
    assert total.text() == "€25.00"
    assert account.text() == "Test shop"
    for label in (header, footer, total, account):
        assert read_aloud(label) == label.text()
        assert label.accessibleDescription(), "the role is said as a description"
    assert read_aloud(window.preview.title_label) == "Kyoto walking tour & tea"

    # And it follows the content as it changes.
    window.editor.title.setText("Kyoto walking tour & tea, revised")
    qtbot.waitUntil(lambda: "unsaved" in header.text(), timeout=5000)
    assert read_aloud(header) == "Editing “Kyoto walking tour & tea” — unsaved changes"
    window.list_pane.search.setText("Night")
    qtbot.waitUntil(lambda: footer.text() == "1 match · 3 links", timeout=5000)
    assert read_aloud(footer) == "1 match · 3 links"


def test_no_label_is_read_as_something_it_does_not_show(
    qtbot: QtBot, window: AppWindow, api  # type: ignore[no-untyped-def]
) -> None:
    link = api.checkout_links.create(
        title="Harbour tour", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.list_pane.select_link(link.id)
    qtbot.waitUntil(lambda: window.preview.share.isVisibleTo(window), timeout=5000)
    misread = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window):
            continue
        spoken = read_aloud(label)
        if isinstance(label, PlainLabel) and spoken != label.text():
            misread.append(f"{label.text()!r} ({label.accessibleDescription()}) read as {spoken!r}")
        # An empty label is read as its group's title ("Checkout page") by Qt's fallback.
        if not label.text() and not label.accessibleName():
            misread.append(f"an empty label read as {spoken!r}")
    assert misread == []
