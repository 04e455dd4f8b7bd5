"""The mouse wheel never edits a control that does not have the keyboard focus: it
scrolls the form instead (pytest-qt, offscreen, on the real sandbox)."""

from __future__ import annotations

from pathlib import Path

import pytest
from form_helpers import (
    open_saved,
    saved_link,
    value_of,
    wheel,
    wheel_targets,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.dialogs.export_dialogs import (
    BulkQrDialog,
    CsvExportDialog,
    QrSaveDialog,
)

pytestmark = pytest.mark.gui


def test_wheel_over_a_new_links_controls_changes_nothing(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    editor.title.setFocus()
    targets = wheel_targets(editor)
    rows = editor.line_item_rows()
    for expected in (rows[0].kind, rows[0].quantity, rows[0].currency, editor.submit_type):
        assert expected in targets
    before = [value_of(widget) for widget in targets]
    form = editor.form()
    changes: list[None] = []
    editor.changed.connect(lambda: changes.append(None))
    for widget in targets:
        for notches in (-1, 1, -3, 3):
            wheel(widget, notches)
            assert [value_of(widget) for widget in targets] == before, widget.accessibleName()
    assert editor.form() == form
    assert changes == []
    assert not window.is_dirty()


def test_wheel_over_a_saved_links_controls_leaves_it_clean(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = saved_link(
        api, restrictions={"completed_sessions": {"limit": 5}}, submit_type="book"
    )
    open_saved(qtbot, window, link)
    editor = window.editor
    editor.title.setFocus()
    targets = wheel_targets(editor)
    assert editor.submit_type in targets and editor.limit in targets
    before = [value_of(widget) for widget in targets]
    for widget in targets:
        for notches in (-1, 1, -2, 2):
            wheel(widget, notches)
            assert [value_of(widget) for widget in targets] == before, widget.accessibleName()
            assert not window.is_dirty()
    assert editor.form().submit_type == "book"
    assert not window.is_dirty()
    assert not editor.save_button.isEnabled()


def test_a_focused_control_still_takes_the_wheel(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    editor.submit_type.setFocus()
    qtbot.waitUntil(editor.submit_type.hasFocus, timeout=2000)
    wheel(editor.submit_type, -1)
    assert editor.submit_type.currentIndex() == 1


def test_controls_take_focus_by_click_or_tab_not_by_wheel(window: AppWindow) -> None:
    for widget in wheel_targets(window):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus, widget.accessibleName()


def test_wheel_leaves_the_list_filter_alone(qtbot: QtBot, window: AppWindow) -> None:
    window.list_pane.search.setFocus()
    combo = window.list_pane.filter
    wheel(combo, -1)
    assert combo.currentIndex() == 0
    assert window.list_pane.current_filter() is LinkFilter.ALL


def export_dialogs(settings: QSettings) -> list[QDialog]:
    return [
        QrSaveDialog(settings, "A link"),
        BulkQrDialog(settings, 3, LinkFilter.ACTIVE),
        CsvExportDialog(settings, 3, LinkFilter.INACTIVE),
    ]


def test_wheel_leaves_the_export_choices_alone(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for dialog in export_dialogs(settings):
        qtbot.addWidget(dialog)
        dialog.show()
        targets = wheel_targets(dialog)
        before = [value_of(widget) for widget in targets]
        for widget in targets:
            assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
            wheel(widget, -1)
            wheel(widget, -1)
        assert [value_of(widget) for widget in targets] == before, dialog.windowTitle()
