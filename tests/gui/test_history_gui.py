"""Link → History… and Edit → Undo of a single save, against a real sandbox: a save shows
its before → after, a bulk change lands in each link's history, Undo puts a save back on
LeanRails (or reports a link changed there since), and hostile text stays text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fit_helpers import settle, squeezed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from test_bulk_change_gui import open_choices, review, send
from test_main_window import fill_new_link

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.bulk.history import HistoryRow
from leanrails_desktop.core.links.editing import EditorState
from leanrails_desktop.core.store import LocalStore
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.dialogs.history_dialog import (
    AFTER,
    BEFORE,
    FIELD,
    ORIGIN,
    WHEN,
    HistoryDialog,
)

pytestmark = pytest.mark.gui

HOSTILE = "Tea & <b>Bold</b> <a href='https://evil.example'>click</a> &amp; <img src=x>"


@pytest.fixture
def store(window: AppWindow) -> Iterator[LocalStore]:
    opened = LocalStore.in_memory()
    window.set_store(opened)
    yield opened
    window.set_store(None)
    opened.close()


def _make(api: LeanRailsClient, title: str, **extra: object) -> CheckoutLink:
    return api.checkout_links.create(
        title=title,
        line_items=[
            {"price_data": {"currency": "usd", "product": "prod_x", "unit_amount": 500},
             "quantity": 1}
        ],
        **extra,
    )


def _open(qtbot: QtBot, window: AppWindow, link: CheckoutLink) -> None:
    window.refresh()
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.row_of(link.id) >= 0, timeout=30_000
    )
    window.list_pane.select_link(link.id)
    qtbot.waitUntil(lambda: window.editor_control.session.is_current(link.id), timeout=5000)


def _save(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: not window.editor_control.session.saving, timeout=10_000)
    window.runner.wait_for_idle(10_000)
    qtbot.wait(50)


def _history(qtbot: QtBot, window: AppWindow, link_id: str) -> HistoryDialog:
    window.list_pane.select_link(link_id)
    window.commands_control.update()
    assert window.commands.history_action.isEnabled()
    window.commands.history_action.trigger()
    dialog = window.history.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: HistoryDialog) -> list[tuple[str, str, str, str]]:
    return [
        tuple(dialog.cell_text(row, column) for column in (ORIGIN, FIELD, BEFORE, AFTER))
        for row in range(dialog.table.rowCount())
    ]  # type: ignore[misc]


def _undo(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.undo_action.trigger()
    qtbot.waitUntil(lambda: not window.history.undoing, timeout=10_000)
    window.runner.wait_for_idle(10_000)
    qtbot.wait(50)


def test_a_save_shows_in_history_and_undo_puts_it_back_on_leanrails(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, store: LocalStore
) -> None:
    link = _make(api, "Pottery", description="Two hours", submit_type="book")
    _open(qtbot, window, link)
    empty = _history(qtbot, window, link.id)
    assert not empty.table.isVisible()
    assert empty.empty_label.isVisible()
    assert empty.empty_label.text().startswith("No changes to this link were made")
    empty.close()

    window.editor.title.setText("Pottery, May")
    window.editor.description.setPlainText("")
    window.editor.submit_type.setCurrentIndex(window.editor.submit_type.findData("donate"))
    _save(qtbot, window)
    assert api.checkout_links.retrieve(link.id).title == "Pottery, May"

    dialog = _history(qtbot, window, link.id)
    assert dialog.table.isVisible() and not dialog.empty_label.isVisible()
    assert _rows(dialog) == [
        ("Saved in the editor", "Title", "Pottery", "Pottery, May"),
        ("Saved in the editor", "Description", "Two hours", "(none)"),
        ("Saved in the editor", "Button", "Book", "Donate"),
    ]
    # The locale's medium date and time with seconds: "Dec 1, 2026, 5:00:00 PM" in en_US.
    assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d:\d\d\u202f[AP]M",
                        dialog.cell_text(0, WHEN))
    dialog.close()

    assert window.commands.undo_action.isEnabled()
    assert window.commands.undo_action.text() == "&Undo save of “Pottery, May”"
    _undo(qtbot, window)
    now = api.checkout_links.retrieve(link.id)
    assert now == link
    assert "Line items cannot be changed" in window.statusBar().currentMessage()
    assert not window.commands.undo_action.isEnabled()
    assert window.commands.undo_action.text() == "&Undo"
    assert window.editor.title.text() == "Pottery"  # the editor shows the link put back
    mirror = window.model.mirror
    assert mirror is not None
    assert mirror.links([link.id]) == [link]

    dialog = _history(qtbot, window, link.id)
    assert _rows(dialog)[:3] == [
        ("Undo", "Title", "Pottery, May", "Pottery"),
        ("Undo", "Description", "(none)", "Two hours"),
        ("Undo", "Button", "Donate", "Book"),
    ]
    assert len(_rows(dialog)) == 6


def test_undo_of_a_save_reports_a_link_changed_on_leanrails_since(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, store: LocalStore
) -> None:
    link = _make(api, "Weaving")
    _open(qtbot, window, link)
    window.editor.title.setText("Weaving, June")
    _save(qtbot, window)
    elsewhere = api.checkout_links.update(link.id, title="Weaving (by a colleague)")
    _undo(qtbot, window)
    assert api.checkout_links.retrieve(link.id) == elsewhere
    warned = window.prompts.asked[-1]  # type: ignore[attr-defined]
    assert warned.startswith("warn:Not undone: “Weaving, June” was changed on LeanRails")
    assert "(Title)" in warned
    assert not window.commands.undo_action.isEnabled()
    assert [e.origin for e in store.history("", link.id)] == ["saved"]


def test_a_bulk_change_lands_in_each_links_history_and_undo_takes_the_latest(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, store: LocalStore
) -> None:
    made = [_make(api, f"Class {n}") for n in range(3)]
    _open(qtbot, window, made[0])
    window.editor.title.setText("Class zero")
    _save(qtbot, window)
    assert window.commands.undo_action.text() == "&Undo save of “Class zero”"

    dialog = open_choices(qtbot, window)
    dialog.button_check.setChecked(True)
    dialog.button_combo.setCurrentIndex(dialog.button_combo.findData("book"))
    review(qtbot, window, dialog)
    send(qtbot, window, dialog.apply_button)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    for link in made:
        [entry, *_older] = store.history("", link.id)
        assert entry.origin == "bulk change"
        assert entry.changes == (("Button", "Automatic", "Book"),)

    # The bulk change came last: Undo offers it, and undoing it still works.
    assert window.commands.undo_action.text() == "&Undo change to 3 links"
    window.commands.undo_action.trigger()
    qtbot.waitUntil(lambda: window.bulk.planning is None, timeout=10_000)
    undo = window.bulk.dialog
    assert undo is not None
    send(qtbot, window, undo.apply_button)
    qtbot.mouseClick(undo.cancel_button, Qt.MouseButton.LeftButton)
    assert {api.checkout_links.retrieve(link.id).submit_type for link in made} == {"auto"}
    for link in made:
        assert store.history("", link.id)[0].changes == (("Button", "Book", "Automatic"),)
        assert store.history("", link.id)[0].origin == "undo"

    # Then the save before it.
    assert window.commands.undo_action.text() == "&Undo save of “Class zero”"
    _undo(qtbot, window)
    assert api.checkout_links.retrieve(made[0].id).title == "Class 0"
    history = _history(qtbot, window, made[0].id)
    assert [row[0] for row in _rows(history)] == [
        "Undo", "Undo", "Bulk change", "Saved in the editor"
    ]


def test_switching_off_from_the_list_is_recorded(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, store: LocalStore
) -> None:
    link = _make(api, "Glass")
    _open(qtbot, window, link)
    window.prompts.inactive_answer = "Back in May"  # type: ignore[attr-defined]
    window.commands.deactivate_action.trigger()
    qtbot.waitUntil(lambda: not api.checkout_links.retrieve(link.id).active, timeout=10_000)
    window.runner.wait_for_idle(10_000)
    [entry] = store.history("", link.id)
    assert entry.origin == "status"
    assert entry.changes == (("Status", "active", "inactive (Back in May)"),)


def test_hostile_text_stays_plain_in_the_history_and_the_undo_command(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, store: LocalStore
) -> None:
    link = _make(api, "Kiln", metadata={"note": "plain"})
    _open(qtbot, window, link)
    window.editor.title.setText(HOSTILE)
    _save(qtbot, window)
    # The title is cut to 40 characters; its "&" does not become a shortcut letter.
    shortened = HOSTILE[:39].replace("&", "&&")
    assert window.commands.undo_action.text() == f"&Undo save of “{shortened}…”"
    dialog = _history(qtbot, window, link.id)
    assert _rows(dialog)[0] == ("Saved in the editor", "Title", "Kiln", HOSTILE)
    table: QTableWidget = dialog.table
    assert table.accessibleName() == "Changes to this link"
    item = table.item(0, AFTER)
    assert item is not None
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"After: {HOSTILE}"
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in dialog.heading.text()
    assert dialog.heading.accessibleName() == dialog.heading.text()


def test_ctrl_z_outside_a_text_field_undoes_the_save(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, store: LocalStore
) -> None:
    link = _make(api, "Clay")
    _open(qtbot, window, link)
    window.editor.title.setText("Clay, July")
    _save(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    title = window.editor.title
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClicks(title, "!")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Clay, July"  # the typing was undone, not the save
    assert not window.history.undoing
    assert api.checkout_links.retrieve(link.id).title == "Clay, July"
    table = window.list_pane.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: api.checkout_links.retrieve(link.id).title == "Clay", timeout=10_000)
    qtbot.waitUntil(lambda: not window.history.undoing, timeout=10_000)


def test_the_history_dialog_gives_every_part_the_room_it_needs(qtbot: QtBot) -> None:
    long_title = "Premium Headphones with the travel case and a spare cable " * 3
    dialog = HistoryDialog(long_title)
    qtbot.addWidget(dialog)
    dialog.show_rows([], "No changes to this link were made from this computer yet. " * 3)
    dialog.show()
    settle(qtbot)
    assert squeezed(dialog) == []
    rows = [
        HistoryRow("2026-12-01 17:03:59", "Saved in the editor", "Description", "a " * 200, "b")
    ] * 30
    dialog.show_rows(rows, "")
    settle(qtbot)
    assert squeezed(dialog) == []
    assert dialog.table.rowCount() == 30


def test_a_link_created_in_the_editor_starts_its_history(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, store: LocalStore
) -> None:
    fill_new_link(qtbot, window)
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: window.editor.state == EditorState.EDITING, timeout=10_000)
    [created] = list(api.checkout_links.iter())
    dialog = _history(qtbot, window, created.id)
    assert _rows(dialog) == [
        ("Created", "Title", "(none)", "Summer workshop"),
        ("Created", "Confirmation message", "(none)", "redirect to https://example.com/thanks"),
    ]
    # A create is not a save that Undo puts back: links cannot be deleted.
    assert not window.commands.undo_action.isEnabled()
