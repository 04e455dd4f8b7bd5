"""The product field: empty with a hint in words, and the account's products to pick from."""

from __future__ import annotations

import pytest
from form_helpers import (
    PRODUCT,
    open_saved,
    saved_link,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import LineItem
from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.controllers.line_items import products_of

pytestmark = pytest.mark.gui


def test_product_field_is_empty_with_a_hint_in_words(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.new_action.trigger()
    product = window.editor.line_item_rows()[0].product
    assert product.text() == ""
    assert product.placeholderText() == "Product id, e.g. prod_…"


# The offscreen platform can neither raise a popup nor grab the keyboard for it, and says so.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_product_field_offers_the_products_the_account_uses(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    open_saved(qtbot, window, saved_link(api))
    editor = window.editor
    qtbot.waitUntil(lambda: "Premium Headphones" in editor.items_readonly.text(), timeout=5000)
    window.editor_control.new_link()
    row = editor.line_item_rows()[0]
    completer = row.product.completer()
    assert completer is not None
    model = completer.model()
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=2000)
    completer.setCompletionPrefix("headph")
    assert completer.completionCount() == 1
    index = completer.completionModel().index(0, 0)
    shown = str(index.data())
    assert "Premium Headphones" in shown and PRODUCT in shown
    assert completer.pathFromIndex(index) == PRODUCT
    # Picked from the keyboard, the field holds the id.
    row.product.setFocus()
    qtbot.keyClicks(row.product, "Premium")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert row.product.text() == PRODUCT
    assert editor.form().line_items[0].product == PRODUCT


def test_products_of_another_account_are_not_offered(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    open_saved(qtbot, window, saved_link(api))
    qtbot.waitUntil(
        lambda: "Premium Headphones" in window.editor.items_readonly.text(), timeout=5000
    )
    window.set_session(None)
    window.editor_control.start_new(LinkForm())
    completer = window.editor.line_item_rows()[0].product.completer()
    assert completer is not None
    completer.setCompletionPrefix("")
    assert completer.completionCount() == 0


def test_products_keep_the_name_an_item_told() -> None:
    items = [
        LineItem(id="li_1", product="prod_a", description="Tote bag"),
        LineItem(id="li_2", product="prod_a", description=None),
        LineItem(id="li_3", product=" prod_b ", description="  "),
        LineItem(id="li_4", price="price_x", product=""),
    ]
    assert products_of(items) == {"prod_a": "Tote bag", "prod_b": ""}
