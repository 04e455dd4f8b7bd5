"""A saved link's status: an icon rather than a font glyph, and in view without scrolling."""

from __future__ import annotations

import pytest
from form_helpers import (
    open_saved,
    saved_link,
)
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.ui.app.window import AppWindow

pytestmark = pytest.mark.gui


def test_the_status_shows_an_icon_not_a_glyph(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = saved_link(api)
    open_saved(qtbot, window, link)
    editor = window.editor
    assert "●" not in editor.status_label.text()
    assert editor.status_label.text().startswith("Active")
    assert not editor.status_icon.pixmap().isNull()
    active_icon = editor.status_icon.pixmap().toImage()
    editor.set_active(False)
    assert editor.status_label.text().startswith("Inactive")
    assert "●" not in editor.status_label.text()
    assert editor.status_icon.pixmap().toImage() != active_icon
    assert editor.status_icon.accessibleName() == "Inactive"


def test_a_saved_links_status_is_in_view_without_scrolling(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    open_saved(qtbot, window, saved_link(api, billing_address_collection="required"))
    editor = window.editor
    for widget in (editor.status_label, editor.toggle_active_button):
        assert widget.isVisible()
        assert widget.visibleRegion().boundingRect().size() == widget.size()
