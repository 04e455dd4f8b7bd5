"""The main window in the merchant's locale, on a real sandbox: amounts typed and shown in
de_DE and ja_JP, and the same window in en_US as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.links.listing import AMOUNT, CREATED
from leanrails_desktop.core.locale import set_locale
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.editor_pane import EditorState

pytestmark = pytest.mark.gui
NBSP = "\u00a0"


@pytest.fixture
def german() -> Iterator[None]:
    """de_DE from before the window is built (as the app chooses it at start)."""
    set_locale("de_DE")
    yield  # tests/conftest.py puts en_US back


@pytest.fixture
def japanese() -> Iterator[None]:
    set_locale("ja_JP")
    yield


def cell(window: AppWindow, row: int, column: int) -> str:
    return str(window.model.data(window.model.index(row, column)))


def test_a_german_merchant_types_and_reads_amounts_in_german(
    german: None, qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    qtbot.keyClicks(editor.title, "Pottery course")
    first = editor.line_item_rows()[0]
    assert first.amount.placeholderText() == "0,00"
    first.currency.setCurrentText("USD")
    qtbot.keyClicks(first.amount, "1.234,50")  # German grouping dot and decimal comma
    qtbot.keyClicks(first.product, "prod_kurs")
    editor.add_item_button.click()
    second = editor.line_item_rows()[1]
    qtbot.keyClicks(second.amount, "12.50")  # a plain dot is read as decimals too
    qtbot.keyClicks(second.product, "prod_ton")
    second.quantity.setValue(2)
    total = f"1.259,50{NBSP}$"
    qtbot.waitUntil(lambda: total in window.preview.visible_texts(), timeout=3000)
    assert window.preview.button_text() == f"Pay {total}"

    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: window.editor.state == EditorState.EDITING, timeout=10_000)
    created = next(iter(api.checkout_links.iter()))
    items = list(api.checkout_links.iter_line_items(created.id))
    assert sorted((i.quantity, i.amount_total) for i in items) == [(1, 123450), (2, 2500)]
    row = window.model.row_of(created.id)
    window.refresh()  # a sync pass brings the line items' total into the list
    qtbot.waitUntil(lambda: cell(window, row, AMOUNT) != "…", timeout=10_000)
    assert cell(window, row, AMOUNT) == total
    created_cell = cell(window, row, CREATED)
    assert created_cell.count(".") == 2 and ", " in created_cell  # 01.12.2026, 13:02
    window.list_pane.select_link(created.id)
    readonly = window.editor.items.readonly
    qtbot.waitUntil(lambda: f"1.234,50{NBSP}$" in readonly.text(), timeout=10_000)
    assert f"2 × prod_ton — 25,00{NBSP}$" in readonly.text()
    # A duplicate opens the saved amounts in the fields as a German types them.
    window.commands.duplicate_action.trigger()
    qtbot.waitUntil(lambda: window.editor.state == EditorState.NEW, timeout=5000)
    amounts = sorted(r.amount.text() for r in window.editor.line_item_rows())
    assert amounts == ["1.234,50", "12,50"]


def test_in_german_an_ambiguous_kwd_amount_is_refused_on_its_field(
    german: None, qtbot: QtBot, window: AppWindow
) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    qtbot.keyClicks(editor.title, "Kuwait")
    row = editor.line_item_rows()[0]
    row.currency.setCurrentText("KWD")
    qtbot.keyClicks(row.amount, "1.234")
    qtbot.keyClicks(row.product, "prod_k")
    window.commands.save_action.trigger()
    param = "line_items[0][price_data][unit_amount]"
    qtbot.waitUntil(lambda: bool(editor.error_text(param)), timeout=3000)
    assert editor.error_text(param).startswith("“1.234” could mean")
    assert editor.state == EditorState.NEW


def test_in_us_english_three_decimals_in_usd_are_refused_with_a_sentence(
    qtbot: QtBot, window: AppWindow
) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    qtbot.keyClicks(editor.title, "Workshop")
    row = editor.line_item_rows()[0]
    row.currency.setCurrentText("USD")
    qtbot.keyClicks(row.amount, "1.234")
    qtbot.keyClicks(row.product, "prod_w")
    window.commands.save_action.trigger()
    param = "line_items[0][price_data][unit_amount]"
    qtbot.waitUntil(lambda: bool(editor.error_text(param)), timeout=3000)
    assert editor.error_text(param) == "USD allows at most 2 decimal places; “1.234” has more."


def test_a_japanese_merchant_sees_yen_with_the_full_width_sign(
    japanese: None, qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    editor.title.insert("陶芸教室")  # as an input method commits text
    item = editor.line_item_rows()[0]
    item.currency.setCurrentText("JPY")
    item.amount.insert("１７，０００")  # full width, as a Japanese input method commits it
    qtbot.keyClicks(item.product, "prod_tougei")
    qtbot.waitUntil(lambda: "￥17,000" in window.preview.visible_texts(), timeout=3000)
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: window.editor.state == EditorState.EDITING, timeout=10_000)
    created = next(iter(api.checkout_links.iter()))
    assert [i.amount_total for i in api.checkout_links.iter_line_items(created.id)] == [17000]
    row = window.model.row_of(created.id)
    window.refresh()
    qtbot.waitUntil(lambda: cell(window, row, AMOUNT) != "…", timeout=10_000)
    assert cell(window, row, AMOUNT) == "￥17,000"


def test_the_app_takes_the_language_setting_first_then_the_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from leanrails_desktop.core.locale import SETTING_KEY, current_locale
    from leanrails_desktop.ui.app.application import apply_locale

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING_KEY, "de_DE")
    assert apply_locale(settings) == "de_DE" == current_locale()
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QSpinBox

    assert QLocale().name() == "de_DE"  # Qt's own widgets follow the same locale
    box = QSpinBox()
    box.setRange(0, 100_000)
    box.setGroupSeparatorShown(True)
    box.setValue(12_345)
    assert box.text() == "12.345"
    settings.setValue(SETTING_KEY, "")  # empty: follow the system
    monkeypatch.setenv("LC_ALL", "ja_JP.UTF-8")
    assert apply_locale(settings) == "ja_JP"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert apply_locale(settings) == "en_US"
