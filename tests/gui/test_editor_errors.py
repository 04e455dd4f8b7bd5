"""An error shown under a field goes when that field changes kind or value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leanrails_desktop.ui.app.window import AppWindow

pytestmark = pytest.mark.gui


def test_a_line_item_error_clears_when_its_kind_changes(
    qtbot: QtBot, window: AppWindow
) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    qtbot.keyClicks(editor.title, "Unknown price")
    row = editor.line_item_rows()[0]
    row.kind.setCurrentIndex(1)
    qtbot.keyClicks(row.price, "price_doesnotexist1")
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: bool(editor.error_text("line_items[0][price]")), timeout=10_000)
    row.kind.setCurrentIndex(0)
    assert editor.error_text("line_items[0][price]") == ""
    assert not row.error.isVisible()


def test_a_line_item_error_clears_when_its_value_changes(
    qtbot: QtBot, window: AppWindow
) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    qtbot.keyClicks(editor.title, "Unknown price")
    row = editor.line_item_rows()[0]
    row.kind.setCurrentIndex(1)
    qtbot.keyClicks(row.price, "price_doesnotexist1")
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: bool(editor.error_text("line_items[0][price]")), timeout=10_000)
    qtbot.keyClick(row.price, Qt.Key.Key_Backspace)
    assert editor.error_text("line_items[0][price]") == ""


def test_field_errors_clear_when_their_field_changes(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    editor.after_redirect.setChecked(True)
    qtbot.keyClicks(editor.redirect_url, "not an address")
    editor.show_errors(
        {
            "title": "Add a title.",
            "after_completion[redirect][url]": "Use a full address.",
            "submit_type": "Choose a button.",
            "metadata": "Keys must be unique.",
        }
    )
    assert editor.error_text("title") and editor.error_text("submit_type")
    qtbot.keyClicks(editor.title, "A")
    assert editor.error_text("title") == ""
    assert editor.error_text("after_completion[redirect][url]")
    editor.after_hosted.setChecked(True)  # the kind of "after payment" changed
    editor.after_redirect.setChecked(True)
    assert editor.error_text("after_completion[redirect][url]") == ""
    editor.submit_type.setCurrentIndex(2)
    assert editor.error_text("submit_type") == ""
    editor.add_metadata_button.click()
    assert editor.error_text("metadata") == ""
