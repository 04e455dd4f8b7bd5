"""Link → Change selected links… on 500 links while a tenth of the updates fail (500s, no
retries): the dialog's results mark exactly the links the server did not change, Retry
finishes them, and Edit → Undo — also under faults, then retried — puts every link back as
it was, field for field, as the server holds it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.bulk.changes import CHANGED
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.views.dialogs.bulk_change_dialog import RESULT, BulkChangeDialog

pytestmark = pytest.mark.gui

LINKS = 500


def _server(api: LeanRailsClient) -> dict[str, CheckoutLink]:
    return {link.id: link for link in api.checkout_links.iter(page_size=100)}


def _no_retries(runner: TaskRunner, base_url: str, key: str) -> ApiSession:
    def factory(on_retry) -> LeanRailsClient:  # type: ignore[no-untyped-def]
        return LeanRailsClient(api_key=key, base_url=base_url, on_retry=on_retry,
                               timeout=10.0, max_retries=0)

    return ApiSession(runner, factory, account_name="Test shop", livemode=False)


def _send(qtbot: QtBot, window: AppWindow, button: object) -> None:
    before = window.bulk.last_result
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(
        lambda: window.bulk.running is None and window.bulk.last_result is not before,
        timeout=120_000,
    )


def _marked_failed(window: AppWindow, dialog: BulkChangeDialog) -> set[str]:
    """The links whose result cell says they failed (rows follow the plan's order)."""
    plan = window.bulk.plan
    assert plan is not None and dialog.table.rowCount() == len(plan.changes)
    return {
        plan.changes[row].link_id
        for row in range(dialog.table.rowCount())
        if dialog.cell_text(row, RESULT).startswith("failed: ")
    }


def test_five_hundred_links_a_tenth_failing_retry_and_undo(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, sandbox,  # type: ignore[no-untyped-def]
    sandbox_key: str, runner: TaskRunner,
) -> None:
    sandbox.seed_bulk(sandbox_key, count=LINKS, seed=5)
    window.set_session(_no_retries(runner, sandbox.base_url, sandbox_key))
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.rowCount() == LINKS, timeout=60_000
    )
    before = _server(api)

    window.list_pane.table.clearSelection()
    qtbot.mouseClick(window.list_pane.select_all_button, Qt.MouseButton.LeftButton)
    window.commands.change_links_action.trigger()
    dialog = window.bulk.dialog
    assert dialog is not None
    dialog.button_check.setChecked(True)
    dialog.button_combo.setCurrentIndex(dialog.button_combo.findData("book"))
    dialog.metadata_check.setChecked(True)
    dialog.metadata_key.setText("season")
    dialog.metadata_value.setText("autumn")
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.bulk.planning is None, timeout=30_000)
    assert dialog.summary.text() == f"{LINKS} links change, 0 already so"

    sandbox.faults.flaky_writes(error=0.1, seed=99)
    _send(qtbot, window, dialog.apply_button)
    sandbox.faults.reset()
    after = _server(api)
    untouched = {i for i in before if after[i] == before[i]}
    marked = _marked_failed(window, dialog)
    assert marked == untouched and 0.05 * LINKS <= len(marked) <= 0.15 * LINKS
    assert f"; {len(marked)} failed" in dialog.summary.text()
    assert all(after[i].submit_type == "book" and after[i].metadata["season"] == "autumn"
               for i in set(before) - untouched)
    print(f"\nbulk change in the window: {LINKS} links, {len(marked)} failed and marked")

    _send(qtbot, window, dialog.retry_button)
    assert window.bulk.last_result is not None and window.bulk.last_result.ok
    assert not _marked_failed(window, dialog)
    assert all(link.submit_type == "book" for link in _server(api).values())
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert window.commands.undo_action.text() == f"&Undo change to {LINKS} links"
    window.commands.undo_action.trigger()
    qtbot.waitUntil(lambda: window.bulk.planning is None, timeout=30_000)
    undo = window.bulk.dialog
    assert undo is not None and undo.apply_button.text() == f"Undo {LINKS} links"
    sandbox.faults.flaky_writes(error=0.1, seed=3)
    _send(qtbot, window, undo.apply_button)
    sandbox.faults.reset()
    middle = _server(api)
    not_restored = {i for i in before if middle[i] != before[i]}
    assert _marked_failed(window, undo) == not_restored and not_restored
    _send(qtbot, window, undo.retry_button)
    outcome = window.bulk.last_result
    assert outcome is not None and all(r.status == CHANGED for r in outcome.results)
    assert _server(api) == before
    mirror = window.model.mirror
    assert mirror is not None
    assert {link.id: link for link in mirror.links(list(before))} == before
    assert not window.commands.undo_action.isEnabled()
    print(f"undo in the window: {len(not_restored)} failed first, all {LINKS} restored")
    qtbot.mouseClick(undo.cancel_button, Qt.MouseButton.LeftButton)
