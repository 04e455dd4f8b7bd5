"""Link → Change selected links… and Edit → Undo against a real sandbox: the review lists
only the links that change, applying changes exactly those, a failed link is retried
alone, and undo puts every field back as it was."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.bulk.changes import CHANGED, FAILED
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.dialogs.bulk_change_dialog import (
    AFTER,
    BEFORE,
    FIELD,
    RESULT,
    TITLE,
    BulkChangeDialog,
)

pytestmark = pytest.mark.gui


def _make(api: LeanRailsClient, title: str, **extra: object) -> CheckoutLink:
    return api.checkout_links.create(
        title=title,
        line_items=[
            {"price_data": {"currency": "usd", "product": "prod_x", "unit_amount": 500},
             "quantity": 1}
        ],
        **extra,
    )


def _server(api: LeanRailsClient) -> dict[str, CheckoutLink]:
    return {link.id: link for link in api.checkout_links.list(limit=100).data}


@pytest.fixture
def links(qtbot: QtBot, window: AppWindow, api: LeanRailsClient) -> dict[str, CheckoutLink]:
    made = [
        _make(api, "Pottery"),
        _make(api, "Weaving", submit_type="book"),
        _make(api, "Glass <b>blowing</b>", metadata={"season": "spring"}),
        _make(api, "Clay", allow_promotion_codes=True),
    ]
    window.refresh()
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.rowCount() == 4, timeout=30_000
    )
    return {link.title: link for link in made}


def open_choices(qtbot: QtBot, window: AppWindow) -> BulkChangeDialog:
    window.list_pane.table.clearSelection()
    window.commands_control.update()
    assert not window.commands.change_links_action.isEnabled()
    qtbot.mouseClick(window.list_pane.select_all_button, Qt.MouseButton.LeftButton)
    assert window.commands.change_links_action.isEnabled()
    window.commands.change_links_action.trigger()
    dialog = window.bulk.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def review(qtbot: QtBot, window: AppWindow, dialog: BulkChangeDialog) -> None:
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.bulk.planning is None, timeout=10_000)


def send(qtbot: QtBot, window: AppWindow, button: object) -> None:
    before = window.bulk.last_result
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(
        lambda: window.bulk.running is None and window.bulk.last_result is not before,
        timeout=30_000,
    )


def test_review_lists_only_the_links_that_change_and_applying_changes_exactly_those(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, links: dict[str, CheckoutLink]
) -> None:
    before = _server(api)
    dialog = open_choices(qtbot, window)
    assert dialog.heading.text() == "Change 4 links"
    review(qtbot, window, dialog)
    assert dialog.choice_problem.text() == "Tick at least one field to change."
    dialog.button_check.setChecked(True)
    dialog.button_combo.setCurrentIndex(dialog.button_combo.findData("book"))
    review(qtbot, window, dialog)
    assert dialog.summary.text() == "3 links change, 1 already so"
    titles = sorted(dialog.cell_text(row, TITLE) for row in range(dialog.table.rowCount()))
    assert titles == ["Clay", "Glass <b>blowing</b>", "Pottery"]
    cells = [dialog.cell_text(0, column) for column in (FIELD, BEFORE, AFTER)]
    assert cells == ["Button", "Automatic", "Book"]
    assert dialog.apply_button.text() == "Change 3 links"

    send(qtbot, window, dialog.apply_button)
    result = window.bulk.last_result
    assert result is not None and result.ok and len(result.results) == 3
    after = _server(api)
    weaving = links["Weaving"].id
    assert after[weaving] == before[weaving]
    for link_id, link in after.items():
        # Nothing but the button changed.
        assert link == replace(before[link_id], submit_type="book")
    assert dialog.cell_text(0, RESULT) == CHANGED
    mirror = window.model.mirror
    assert mirror is not None
    assert {link.submit_type for link in mirror.links(list(after))} == {"book"}
    assert window.commands.undo_action.text() == "&Undo change to 3 links"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.bulk.dialog is None


def test_a_failed_link_is_retried_alone(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, sandbox,  # type: ignore[no-untyped-def]
    links: dict[str, CheckoutLink],
) -> None:
    dialog = open_choices(qtbot, window)
    dialog.promotion_check.setChecked(True)
    dialog.promotion_combo.setCurrentIndex(dialog.promotion_combo.findData(True))
    review(qtbot, window, dialog)
    assert dialog.summary.text() == "3 links change, 1 already so"
    # Every try of the first update (the first and both retries) is answered 503.
    sandbox.faults.fail_next(3, status=503, retry_after=0)
    send(qtbot, window, dialog.apply_button)
    first = window.bulk.last_result
    assert first is not None
    assert [r.status for r in first.results] == [FAILED, CHANGED, CHANGED]
    assert dialog.cell_text(0, RESULT).startswith("failed: ")
    assert dialog.retry_button.isVisible()
    assert sum(link.allow_promotion_codes for link in _server(api).values()) == 3
    assert "1 failed" in window.statusBar().currentMessage()

    send(qtbot, window, dialog.retry_button)
    merged = window.bulk.last_result
    assert merged is not None and merged.ok
    assert all(link.allow_promotion_codes for link in _server(api).values())
    assert dialog.cell_text(0, RESULT) == CHANGED
    assert not dialog.retry_button.isVisible()
    assert window.commands.undo_action.text() == "&Undo change to 3 links"


def test_undo_puts_every_field_back(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, links: dict[str, CheckoutLink]
) -> None:
    before = _server(api)
    dialog = open_choices(qtbot, window)
    dialog.status_check.setChecked(True)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(False))
    dialog.inactive_message.setText("Season over")
    dialog.billing_check.setChecked(True)
    dialog.billing_combo.setCurrentIndex(dialog.billing_combo.findData("required"))
    dialog.promotion_check.setChecked(True)
    dialog.promotion_combo.setCurrentIndex(dialog.promotion_combo.findData(False))
    dialog.button_check.setChecked(True)
    dialog.button_combo.setCurrentIndex(dialog.button_combo.findData("donate"))
    dialog.message_check.setChecked(True)
    dialog.message_edit.setText("See you in spring")
    dialog.metadata_check.setChecked(True)
    dialog.metadata_key.setText("season")
    dialog.metadata_value.setText("autumn")
    review(qtbot, window, dialog)
    assert dialog.summary.text() == "4 links change, 0 already so"
    send(qtbot, window, dialog.apply_button)
    changed = _server(api)
    assert all(not link.active and link.metadata["season"] == "autumn"
               for link in changed.values())
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert window.commands.undo_action.isEnabled()
    assert window.commands.undo_action.text() == "&Undo change to 4 links"
    window.commands.undo_action.trigger()
    qtbot.waitUntil(lambda: window.bulk.planning is None, timeout=10_000)
    undo = window.bulk.dialog
    assert undo is not None and not undo.back_button.isVisible()
    assert undo.heading.text() == "Undo the change to 4 links"
    assert undo.apply_button.text() == "Undo 4 links"
    send(qtbot, window, undo.apply_button)
    outcome = window.bulk.last_result
    assert outcome is not None and outcome.ok
    assert _server(api) == before
    assert not window.commands.undo_action.isEnabled()
    mirror = window.model.mirror
    assert mirror is not None
    assert {link.id: link for link in mirror.links(list(before))} == before
    qtbot.mouseClick(undo.cancel_button, Qt.MouseButton.LeftButton)


def test_cancel_stops_after_the_link_under_way_and_retry_finishes(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, sandbox,  # type: ignore[no-untyped-def]
    links: dict[str, CheckoutLink],
) -> None:
    dialog = open_choices(qtbot, window)
    dialog.metadata_check.setChecked(True)
    dialog.metadata_key.setText("season")
    dialog.metadata_action.setCurrentIndex(dialog.metadata_action.findData("remove"))
    assert not dialog.metadata_value.isEnabled()
    review(qtbot, window, dialog)
    assert dialog.summary.text() == "1 link changes, 3 already so"
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    dialog.metadata_action.setCurrentIndex(dialog.metadata_action.findData("set"))
    dialog.metadata_value.setText("winter")
    review(qtbot, window, dialog)
    assert dialog.summary.text() == "4 links change, 0 already so"
    hold = sandbox.faults.hold_next()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert hold.wait_reached()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.bulk.dialog is dialog  # Cancel while sending stops; it does not close
    hold.release()
    qtbot.waitUntil(lambda: window.bulk.running is None, timeout=30_000)
    stopped = window.bulk.last_result
    assert stopped is not None and stopped.cancelled
    assert [r.status for r in stopped.results] == [CHANGED] + ["not sent"] * 3
    winter = [link for link in _server(api).values() if link.metadata.get("season") == "winter"]
    assert len(winter) == 1
    assert "stopped, 3 not sent" in window.statusBar().currentMessage()

    send(qtbot, window, dialog.retry_button)
    finished = window.bulk.last_result
    assert finished is not None and finished.ok
    assert all(link.metadata["season"] == "winter" for link in _server(api).values())
    assert window.commands.undo_action.text() == "&Undo change to 4 links"


def test_ctrl_z_in_a_text_field_undoes_the_typing_not_the_bulk_change(
    qtbot: QtBot, window: AppWindow, links: dict[str, CheckoutLink]
) -> None:
    dialog = open_choices(qtbot, window)
    dialog.button_check.setChecked(True)
    review(qtbot, window, dialog)
    send(qtbot, window, dialog.apply_button)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.commands.undo_action.isEnabled()
    window.commands.new_action.trigger()
    title = window.editor.title
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClicks(title, "Kiln")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == ""
    assert window.bulk.dialog is None
    # Where no text field has focus, Ctrl+Z offers to undo the bulk change.
    table = window.list_pane.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.bulk.dialog is not None and window.bulk.planning is None)
    undo = window.bulk.dialog
    assert undo is not None and undo.apply_button.text() == "Undo 4 links"
    qtbot.mouseClick(undo.cancel_button, Qt.MouseButton.LeftButton)
