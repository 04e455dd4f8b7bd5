"""The panes fit at 900×700 and up, in English, German (long words) and Japanese (CJK
fonts): the preview never clips and its share actions stay in
view; the list's columns follow their content, Title taking the spare width (pytest-qt,
offscreen, on the real sandbox)."""

from __future__ import annotations

import pytest
from fit_helpers import fully_visible, settle, squeezed
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.models.links_model import CREATED, ID, STATUS, TITLE
from leanrails_desktop.ui.views.editor_pane import EditorState

pytestmark = pytest.mark.gui

LONG_TITLE = "Premium Headphones with the travel case and a spare cable"


# ---------------------------------------------------------------------------- helpers


def checkout_link(api: LeanRailsClient) -> CheckoutLink:
    return api.checkout_links.create(
        title=LONG_TITLE,
        description="Closed-back, with a travel case and a spare cable for long flights.",
        line_items=[
            {"price": "price_3fg6hj9km1np", "quantity": 2},
        ],
        billing_address_collection="required",
        allow_promotion_codes=True,
        metadata={"order": "A-10023"},
    )


def open_link(qtbot: QtBot, window: AppWindow, link: CheckoutLink) -> None:
    window.refresh()
    qtbot.waitUntil(lambda: window.model.row_of(link.id) >= 0, timeout=10_000)
    window.list_pane.select_link(link.id)
    qtbot.waitUntil(lambda: window.editor.state == EditorState.EDITING, timeout=5000)
    qtbot.waitUntil(lambda: not window.preview.qr_label.pixmap().isNull(), timeout=5000)


def preview_clipped(window: AppWindow) -> list[str]:
    """Widgets of the checkout card that stick out of the preview with no way to reach them."""
    scroll = window.preview.findChild(QScrollArea)
    assert scroll is not None
    viewport = scroll.viewport()
    canvas = scroll.widget()
    assert canvas is not None
    horizontal = scroll.horizontalScrollBar()
    out = []
    for widget in window.preview.card.findChildren(QWidget):
        if not widget.isVisible():
            continue
        right = widget.mapTo(canvas, widget.rect().topRight()).x()
        reachable = right < viewport.width() + horizontal.maximum()
        if not reachable:
            out.append(widget.accessibleName() or type(widget).__name__)
    return out


# ---------------------------------------------------------------------------- panes


@pytest.mark.parametrize("ui_locale", ["", "de_DE", "ja_JP"], indirect=True)
@pytest.mark.parametrize("size", [(900, 700), (1280, 800), (1920, 1080)])
def test_panes_fit(
    qtbot: QtBot, ui_locale: str, window: AppWindow, api: LeanRailsClient, size: tuple[int, int]
) -> None:
    window.resize(*size)
    link = checkout_link(api)
    open_link(qtbot, window, link)
    for mobile in (False, True):
        window.preview.mobile_button.setChecked(mobile)
        settle(qtbot)
        assert preview_clipped(window) == []
        scroll = window.preview.findChild(QScrollArea)
        assert scroll is not None
        canvas = scroll.widget()
        assert canvas is not None
        # At these sizes the card fits the pane's width: nothing to scroll sideways for.
        assert canvas.width() <= scroll.viewport().width()
        assert scroll.horizontalScrollBar().maximum() == 0
        for button in (
            window.preview.copy_link_button,
            window.preview.copy_qr_button,
            window.preview.save_qr_button,
        ):
            assert fully_visible(button), button.accessibleName()
        assert fully_visible(window.preview.qr_label)
        assert squeezed(window.preview) == []
    assert squeezed(window.editor) == []
    assert squeezed(window.list_pane) == []
    assert fully_visible(window.editor.save_button)
    assert fully_visible(window.editor.toggle_active_button)
    assert fully_visible(window.list_pane.search)


def test_preview_scrolls_when_narrower_than_the_card(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    window.resize(900, 700)
    link = checkout_link(api)
    open_link(qtbot, window, link)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0] + sizes[2] - 120, sizes[1], 120])
    settle(qtbot)
    assert preview_clipped(window) == []


def test_title_column_takes_the_spare_width(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    window.resize(1920, 1080)
    for number in range(3):
        api.checkout_links.create(
            title=f"{LONG_TITLE} {number}",
            line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}],
        )
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    window.splitter.setSizes([900, 600, 420])
    settle(qtbot)
    table = window.list_pane.table
    header = table.horizontalHeader()
    widths = {column: header.sectionSize(column) for column in (TITLE, STATUS, CREATED, ID)}
    # Each column other than Title is as wide as its content, Title gets the rest.
    for column in (STATUS, CREATED, ID):
        assert widths[column] <= max(
            table.sizeHintForColumn(column), header.sectionSizeHint(column)
        ) + 2, column
    assert widths[TITLE] > widths[ID]
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert abs(total - table.viewport().width()) <= 2
    assert table.fontMetrics().horizontalAdvance(f"{LONG_TITLE} 0") < widths[TITLE]


def test_title_column_keeps_a_usable_width_when_the_list_is_narrow(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    window.resize(900, 700)
    api.checkout_links.create(
        title=LONG_TITLE, line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    settle(qtbot)
    header = window.list_pane.table.horizontalHeader()
    assert header.sectionSize(TITLE) >= 150
