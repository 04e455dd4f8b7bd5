"""New link, Duplicate and opening a link start the editor at its top, on Title."""

from __future__ import annotations

import time

import pytest
from form_helpers import (
    focused,
    open_saved,
    saved_link,
    scroll_bar,
    scroll_down,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.dialogs.prompts import UnsavedChoice
from leanrails_desktop.ui.views.editor_pane import EditorState
from leanrails_desktop.ui.views.line_items_editor import LineItemRow

pytestmark = pytest.mark.gui


def test_new_link_starts_at_the_top_with_title_focused(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    editor.add_item_button.click()
    editor.add_item_button.click()
    editor.metadata.setFocus()
    scroll_down(qtbot, editor)
    window.prompts.unsaved_answers.append(UnsavedChoice.DISCARD)  # type: ignore[attr-defined]
    window.commands.new_action.trigger()
    assert editor.line_item_rows()[0].amount.text() == "" and len(editor.line_item_rows()) == 1
    qtbot.waitUntil(lambda: scroll_bar(editor).value() == 0, timeout=2000)
    assert focused(window) is editor.title


def test_duplicate_starts_at_the_top_with_title_focused(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    open_saved(qtbot, window, saved_link(api, metadata={"a": "1", "b": "2", "c": "3"}))
    editor = window.editor
    editor.metadata.setFocus()
    scroll_down(qtbot, editor)
    window.editor_control.duplicate()
    assert editor.state == EditorState.NEW
    qtbot.waitUntil(lambda: scroll_bar(editor).value() == 0, timeout=2000)
    assert focused(window) is editor.title


def test_opening_a_link_starts_at_the_top(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    first = saved_link(api, metadata={"a": "1", "b": "2", "c": "3"})
    second = api.checkout_links.create(
        title="Second", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    open_saved(qtbot, window, first)
    editor = window.editor
    scroll_down(qtbot, editor)
    table = window.list_pane.table
    table.setFocus()
    window.list_pane.select_link(second.id)
    qtbot.waitUntil(lambda: editor.title.text() == "Second", timeout=5000)
    assert scroll_bar(editor).value() == 0
    # Moving through the list with the keyboard keeps the keyboard in the list...
    assert focused(window) is table
    # ...and opening the link (Enter, or a double click) goes to its Title.
    scroll_down(qtbot, editor)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused(window) is editor.title, timeout=2000)
    assert scroll_bar(editor).value() == 0


def test_saving_the_open_link_keeps_the_place(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = saved_link(api, metadata={"a": "1", "b": "2", "c": "3"})
    open_saved(qtbot, window, link)
    editor = window.editor
    scroll_down(qtbot, editor)
    editor.inactive_message.setFocus()
    qtbot.keyClicks(editor.inactive_message, "Back soon")
    place = scroll_bar(editor).value()
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: not window.is_dirty(), timeout=10_000)
    assert api.checkout_links.retrieve(link.id).inactive_message == "Back soon"
    assert scroll_bar(editor).value() == place
    assert focused(window) is editor.inactive_message


def test_rows_taken_out_of_the_form_never_show_as_windows(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = saved_link(api)
    window.refresh()
    qtbot.waitUntil(lambda: window.model.row_of(link.id) >= 0, timeout=10_000)
    window.commands.new_action.trigger()
    window.editor.add_item_button.click()
    window.prompts.unsaved_answers.append(UnsavedChoice.DISCARD)  # type: ignore[attr-defined]
    window.list_pane.select_link(link.id)
    # Events handled the way a busy window handles them, without a pass of the event loop
    # that would delete the old rows first.
    deadline = time.monotonic() + 5
    while window.preview.qr_label.pixmap().isNull() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    strays = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, LineItemRow) and widget.isVisible()
    ]
    assert strays == []
