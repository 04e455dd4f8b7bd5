"""Tab goes through the editor top to bottom, line items included and in order, Save last."""

from __future__ import annotations

import pytest
from form_helpers import (
    open_saved,
    saved_link,
    tab_chain,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.ui.app.window import AppWindow

pytestmark = pytest.mark.gui


def test_tab_follows_the_form_top_to_bottom_with_save_last(
    qtbot: QtBot, window: AppWindow
) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    editor.add_item_button.setFocus()
    qtbot.keyClick(editor.add_item_button, Qt.Key.Key_Space)  # a second item, by keyboard
    first, second = editor.line_item_rows()
    chain = tab_chain(editor.title, editor.save_button)
    expected: list[QWidget] = [editor.title, editor.description]
    for row in (first, second):
        expected += [row.kind, row.quantity, row.remove, row.currency, row.amount, row.product]
    expected += [
        editor.add_item_button,
        editor.after_hosted,
        editor.after_redirect,
        editor.custom_message,
        editor.submit_type,
        editor.billing_required,
        editor.promo_codes,
        editor.limit_enabled,
        editor.metadata,
        editor.add_metadata_button,
        editor.remove_metadata_button,
        editor.discard_button,
        editor.save_button,
    ]
    names = [widget.accessibleName() or type(widget).__name__ for widget in chain]
    assert chain == expected, names
    # From the second item's product field, Tab goes on in the form.
    assert tab_chain(second.product, editor.add_item_button)[-2:] == [
        second.product,
        editor.add_item_button,
    ]


def test_tab_order_of_a_saved_link(qtbot: QtBot, window: AppWindow, api: LeanRailsClient) -> None:
    open_saved(qtbot, window, saved_link(api))
    editor = window.editor
    window.editor_control.set_saving(False)
    qtbot.keyClicks(editor.title, "!")  # dirty: Save and Discard are enabled
    chain = tab_chain(editor.title, editor.save_button)
    assert chain.index(editor.duplicate_button) < chain.index(editor.after_hosted)
    assert chain.index(editor.remove_metadata_button) < chain.index(editor.inactive_message)
    assert chain[-2:] == [editor.discard_button, editor.save_button]
