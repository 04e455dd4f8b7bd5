"""The window in other languages and directions: German and Japanese at 1280×800 and 900×700
with nothing squeezed, and a right-to-left locale mirroring the window while amounts and
addresses still read left to right (pytest-qt, offscreen, on the real sandbox).

Set ``LEANRAILS_SCREENSHOTS`` to a folder to keep a screenshot of each layout there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fit_helpers import settle, squeezed
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from test_panes_fit import checkout_link, open_link, preview_clipped

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.ui.app import translations
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.models.links_model import AMOUNT, CREATED, ID

pytestmark = pytest.mark.gui


def keep_screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("LEANRAILS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.mark.parametrize("ui_locale", ["de_DE", "ja_JP"], indirect=True)
@pytest.mark.parametrize("size", [(1280, 800), (900, 700)])
def test_translated_window_fits(
    qtbot: QtBot, ui_locale: str, window: AppWindow, api: LeanRailsClient, size: tuple[int, int]
) -> None:
    window.resize(*size)
    open_link(qtbot, window, checkout_link(api))
    window.editor.title.setText(window.editor.title.text() + " ")  # unsaved state
    settle(qtbot)
    keep_screenshot(window, f"{ui_locale}-{size[0]}x{size[1]}")
    assert window.menuBar().actions()[0].text() != "&File"  # the translation is in use
    problems = {
        name: squeezed(pane)
        for name, pane in (
            ("list", window.list_pane),
            ("editor", window.editor),
            ("preview", window.preview),
            ("status bar", window.statusBar()),
        )
    }
    assert {name: found for name, found in problems.items() if found} == {}
    assert preview_clipped(window) == []
    # The editor's form fits its pane's width: nothing to scroll sideways for.
    editor_scroll = window.editor.findChild(QScrollArea)
    assert editor_scroll is not None
    assert editor_scroll.horizontalScrollBar().maximum() == 0


def test_right_to_left_locale_mirrors_the_window_with_amounts_left_to_right(
    qtbot: QtBot, qapp: QApplication, window: AppWindow, api: LeanRailsClient
) -> None:
    assert translations.layout_direction(QLocale("he_IL")) == Qt.LayoutDirection.RightToLeft
    assert translations.layout_direction(QLocale("ar_EG")) == Qt.LayoutDirection.RightToLeft
    assert translations.layout_direction(QLocale("de_DE")) == Qt.LayoutDirection.LeftToRight
    installed = translations.install(QLocale("ar_EG"))  # no Arabic translation: English text
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window.resize(1280, 800)
        open_link(qtbot, window, checkout_link(api))
        settle(qtbot)
        keep_screenshot(window, "rtl-ar-1280x800")
        # Mirrored: the list is on the right, the preview on the left.
        list_x = window.list_pane.mapTo(window, window.list_pane.rect().topLeft()).x()
        preview_x = window.preview.mapTo(window, window.preview.rect().topLeft()).x()
        assert list_x > preview_x
        # Addresses and amounts keep their own direction.
        amounts = [
            label
            for label in window.preview.findChildren(QLabel)
            if label.accessibleDescription().endswith("amount")
        ]
        assert amounts
        for widget in (window.preview.url_label, window.preview.total_label, *amounts):
            assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight, widget
        row = window.model.row_of(window.model.ids_at([0])[0])
        for column in (AMOUNT, CREATED, ID):
            shown = window.model.index(row, column).data()
            assert shown.startswith("\u2066") and shown.endswith("\u2069"), shown
        assert squeezed(window.editor) == []
    finally:
        installed.remove()
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
