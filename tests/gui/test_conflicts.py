"""A link changed elsewhere while it is open in the editor: the merchant is shown both
versions and chooses; nothing newer on LeanRails is overwritten blindly."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import CheckoutLink, LeanRailsClient
from leanrails_desktop.ui.app.window import AppWindow

pytestmark = pytest.mark.gui


def open_link(qtbot: QtBot, window: AppWindow, api: LeanRailsClient) -> CheckoutLink:
    link = api.checkout_links.create(
        title="Pottery workshop",
        description="Two hours, all materials",
        line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}],
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.model.row_of(link.id) >= 0, timeout=10_000)
    window.list_pane.select_link(link.id)
    qtbot.waitUntil(lambda: window.editor_control.session.is_current(link.id), timeout=5000)
    return link


def save_and_wait(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: not window.editor_control.session.saving, timeout=10_000)
    window.runner.wait_for_idle(10_000)
    qtbot.wait(50)


def test_a_change_made_elsewhere_is_kept_next_to_the_merchants_edit(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = open_link(qtbot, window, api)
    window.editor.title.setText("Pottery workshop, May")
    api.checkout_links.update(link.id, description="Three hours now")

    save_and_wait(qtbot, window)

    prompts = window.prompts
    assert prompts.asked[-1] == "conflict:Pottery workshop"  # type: ignore[attr-defined]
    [rows] = prompts.conflicts  # type: ignore[attr-defined]
    assert [(r.label, r.yours, r.theirs, r.you_changed) for r in rows] == [
        ("Description", "Two hours, all materials", "Three hours now", False)
    ]
    now = api.checkout_links.retrieve(link.id)
    assert (now.title, now.description) == ("Pottery workshop, May", "Three hours now")
    assert window.editor.description.toPlainText() == "Three hours now"
    assert not window.is_dirty()


def test_both_changed_the_title_and_the_merchant_takes_leanrails_version(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = open_link(qtbot, window, api)
    window.editor.title.setText("Mine")
    api.checkout_links.update(link.id, title="Theirs")
    window.prompts.conflict_answer = {"Title": "theirs"}  # type: ignore[attr-defined]

    save_and_wait(qtbot, window)

    [rows] = window.prompts.conflicts  # type: ignore[attr-defined]
    assert [(r.label, r.yours, r.theirs, r.you_changed) for r in rows] == [
        ("Title", "Mine", "Theirs", True)
    ]
    assert api.checkout_links.retrieve(link.id).title == "Theirs"
    assert window.editor.title.text() == "Theirs"
    assert not window.is_dirty()


def test_cancelling_sends_nothing_and_keeps_the_edits(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = open_link(qtbot, window, api)
    window.editor.title.setText("Mine")
    api.checkout_links.update(link.id, active=False, inactive_message="Full")
    window.prompts.conflict_answer = None  # type: ignore[attr-defined]

    save_and_wait(qtbot, window)

    now = api.checkout_links.retrieve(link.id)
    assert (now.title, now.active) == ("Pottery workshop", False)
    assert window.editor.title.text() == "Mine"
    assert window.is_dirty()
    labels = [r.label for r in window.prompts.conflicts[0]]  # type: ignore[attr-defined]
    assert labels == ["Status", "Inactive message"]


def test_no_change_elsewhere_saves_without_asking(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = open_link(qtbot, window, api)
    window.editor.title.setText("Pottery workshop, June")
    save_and_wait(qtbot, window)
    assert window.prompts.conflicts == []  # type: ignore[attr-defined]
    assert api.checkout_links.retrieve(link.id).title == "Pottery workshop, June"
