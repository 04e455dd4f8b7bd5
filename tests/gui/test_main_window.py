"""The main window against the real sandbox over HTTP (pytest-qt, offscreen)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from window_fixtures import make_session

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.links.listing import TITLE
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.views.dialogs.prompts import UnsavedChoice
from leanrails_desktop.ui.views.editor_pane import EditorState

pytestmark = pytest.mark.gui


def fill_new_link(qtbot: QtBot, win: AppWindow) -> None:
    """Type a link with two custom-amount line items and a redirect, like a person would."""
    win.commands.new_action.trigger()
    editor = win.editor
    qtbot.keyClicks(editor.title, "Summer workshop")
    first = editor.line_item_rows()[0]
    first.currency.setCurrentText("USD")
    qtbot.keyClicks(first.amount, "35.00")
    qtbot.keyClicks(first.product, "prod_workshop")
    editor.add_item_button.click()
    second = editor.line_item_rows()[1]
    qtbot.keyClicks(second.amount, "12.50")
    qtbot.keyClicks(second.product, "prod_lunch")
    second.quantity.setValue(2)
    editor.after_redirect.setChecked(True)
    qtbot.keyClicks(editor.redirect_url, "https://example.com/thanks")


def test_create_link_by_form_appears_in_list_and_sandbox(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    fill_new_link(qtbot, window)
    qtbot.waitUntil(lambda: "$60.00" in window.preview.visible_texts(), timeout=3000)
    assert window.preview.button_text() == "Pay $60.00"
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: window.editor.state == EditorState.EDITING, timeout=10_000)
    links = list(api.checkout_links.iter())
    assert [link.title for link in links] == ["Summer workshop"]
    created = links[0]
    assert created.after_completion.redirect is not None
    assert created.after_completion.redirect.url == "https://example.com/thanks"
    items = list(api.checkout_links.iter_line_items(created.id))
    assert sorted((i.quantity, i.amount_total) for i in items) == [(1, 3500), (2, 2500)]
    assert window.model.link_at(window.model.row_of(created.id)) == created
    assert window.preview.url_label.text() == created.url
    # The QR code is drawn on a worker and appears a moment later.
    qtbot.waitUntil(lambda: not window.preview.qr_label.pixmap().isNull(), timeout=5000)


def test_server_validation_error_lands_on_its_field(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    qtbot.keyClicks(editor.title, "Unknown price")
    editor.line_item_rows()[0].kind.setCurrentIndex(1)
    qtbot.keyClicks(editor.line_item_rows()[0].price, "price_doesnotexist1")
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: bool(editor.error_text("line_items[0][price]")), timeout=10_000)
    assert editor.title.text() == "Unknown price"
    assert editor.state == EditorState.NEW
    assert list(api.checkout_links.iter()) == []


def test_local_validation_keeps_typing_and_sends_nothing(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    window.commands.new_action.trigger()
    qtbot.keyClicks(window.editor.title, "Tea")
    qtbot.keyClicks(window.editor.line_item_rows()[0].amount, "3.999")
    qtbot.keyClicks(window.editor.line_item_rows()[0].product, "prod_tea")
    window.commands.save_action.trigger()
    assert "decimal places" in window.editor.error_text("line_items[0][price_data][unit_amount]")
    assert window.editor.line_item_rows()[0].amount.text() == "3.999"
    assert list(api.checkout_links.iter()) == []


def wait_for_rows(qtbot: QtBot, win: AppWindow, count: int) -> None:
    qtbot.waitUntil(lambda: win.model.rowCount() >= count and not win.model.loading, timeout=15_000)


def select(qtbot: QtBot, win: AppWindow, link_id: str) -> None:
    win.list_pane.select_link(link_id)
    qtbot.waitUntil(lambda: win.editor_control.session.is_current(link_id), timeout=5000)
    qtbot.waitUntil(lambda: link_id in win.line_items.known(), timeout=10_000)


def test_edit_metadata_and_after_completion(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = api.checkout_links.create(
        title="Poster",
        line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}],
        metadata={"campaign": "winter", "old": "x"},
    )
    window.refresh()
    wait_for_rows(qtbot, window, 1)
    select(qtbot, window, link.id)
    editor = window.editor
    assert "Premium Headphones" in editor.items_readonly.text()
    assert "$499.00" in window.preview.visible_texts()
    table = editor.metadata
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == "campaign":
            table.item(row, 1).setText("spring-2026")
        if table.item(row, 0).text() == "old":
            table.setCurrentCell(row, 0)
    editor.remove_metadata_button.click()
    editor.after_redirect.setChecked(True)
    qtbot.keyClicks(editor.redirect_url, "https://yoursite.com/updated-thank-you")
    assert "unsaved" in editor.header.text()
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: "unsaved" not in editor.header.text(), timeout=10_000)
    fresh = api.checkout_links.retrieve(link.id)
    assert dict(fresh.metadata) == {"campaign": "spring-2026"}
    assert fresh.after_completion.redirect is not None
    assert fresh.after_completion.redirect.url == "https://yoursite.com/updated-thank-you"


def test_deactivate_with_message_then_reactivate(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = api.checkout_links.create(
        title="Flash sale", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    window.refresh()
    wait_for_rows(qtbot, window, 1)
    select(qtbot, window, link.id)
    window.prompts.inactive_answer = "This offer has ended."  # type: ignore[attr-defined]
    window.commands.deactivate_action.trigger()
    qtbot.waitUntil(lambda: not api.checkout_links.retrieve(link.id).active, timeout=10_000)
    assert api.checkout_links.retrieve(link.id).inactive_message == "This offer has ended."
    qtbot.waitUntil(lambda: "This offer has ended." in window.preview.visible_texts(), timeout=5000)
    row = window.model.row_of(link.id)
    assert window.model.index(row, 1).data() == "Inactive"
    window.commands.activate_action.trigger()
    qtbot.waitUntil(lambda: api.checkout_links.retrieve(link.id).active, timeout=10_000)
    qtbot.waitUntil(lambda: window.preview.button_text().startswith("Pay"), timeout=5000)


def test_filter_and_search(qtbot: QtBot, window: AppWindow, api: LeanRailsClient) -> None:
    item = [{"price": "price_3fg6hj9km1np", "quantity": 1}]
    on = api.checkout_links.create(title="Blue mug", line_items=item, metadata={"sku": "MUG-42"})
    off = api.checkout_links.create(title="Red scarf", line_items=item)
    api.checkout_links.update(off.id, active=False)
    window.refresh()
    wait_for_rows(qtbot, window, 2)
    window.list_pane.filter.setCurrentIndex(2)  # Inactive
    qtbot.waitUntil(
        lambda: not window.model.loading and window.model.rowCount() == 1, timeout=10_000
    )
    assert window.model.link_at(0).id == off.id  # type: ignore[union-attr]
    window.list_pane.filter.setCurrentIndex(0)
    wait_for_rows(qtbot, window, 2)
    window.commands.find_action.trigger()
    qtbot.keyClicks(window.list_pane.search, "mug-42")
    qtbot.waitUntil(lambda: [lnk.id for lnk in window.model.all_links()] == [on.id], timeout=3000)
    window.list_pane.search.clear()
    qtbot.keyClicks(window.list_pane.search, off.id)
    qtbot.waitUntil(lambda: [lnk.id for lnk in window.model.all_links()] == [off.id], timeout=3000)
    window.list_pane.search.clear()
    qtbot.keyClicks(window.list_pane.search, "nothing like this")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=3000)
    assert "No link matches" in window.list_pane.message.text()


def test_the_whole_account_scrolls_without_paging(
    qtbot: QtBot, window: AppWindow, sandbox, sandbox_key: str
) -> None:  # type: ignore[no-untyped-def]
    sandbox.seed_bulk(sandbox_key, count=250)
    window.refresh()
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.rowCount() == 250, timeout=30_000
    )
    window.list_pane.table.scrollToBottom()
    ids = [window.model.link_at(r).id for r in range(250)]  # type: ignore[union-attr]
    assert len(set(ids)) == 250
    created = [window.model.link_at(r).created for r in range(250)]  # type: ignore[union-attr]
    assert created == sorted(created, reverse=True)


def test_slow_sandbox_does_not_block_the_event_loop(
    qtbot: QtBot,
    window: AppWindow,
    sandbox,
    api: LeanRailsClient,  # type: ignore[no-untyped-def]
) -> None:
    api.checkout_links.create(
        title="Slow", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    sandbox.faults.latency = 1.5
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    window.refresh()
    qtbot.waitUntil(
        lambda: window.model.rowCount() == 1 and not window.model.loading, timeout=15_000
    )
    timer.stop()
    sandbox.faults.latency = 0
    # The request took ≥1.5 s; the GUI thread must have kept ticking throughout.
    assert sum(gaps) >= 1400
    assert max(gaps) < 500, f"the event loop stalled for {max(gaps)} ms"


def test_switching_away_from_unsaved_edits_asks(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    item = [{"price": "price_3fg6hj9km1np", "quantity": 1}]
    first = api.checkout_links.create(title="First", line_items=item)
    second = api.checkout_links.create(title="Second", line_items=item)
    window.refresh()
    wait_for_rows(qtbot, window, 2)
    select(qtbot, window, first.id)
    window.editor.title.setText("First, renamed")
    prompts = window.prompts
    prompts.unsaved_answers = [UnsavedChoice.CANCEL]  # type: ignore[attr-defined]
    window.list_pane.select_link(second.id)
    assert prompts.asked == ["unsaved"]  # type: ignore[attr-defined]
    assert window.editor_control.session.is_current(first.id)
    assert window.editor.title.text() == "First, renamed"
    prompts.unsaved_answers = [UnsavedChoice.DISCARD]  # type: ignore[attr-defined]
    window.list_pane.select_link(second.id)
    qtbot.waitUntil(lambda: window.editor.title.text() == "Second", timeout=5000)
    assert api.checkout_links.retrieve(first.id).title == "First"


def test_duplicate_opens_new_unsaved_link(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = api.checkout_links.create(
        title="Print", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 2}]
    )
    window.refresh()
    wait_for_rows(qtbot, window, 1)
    select(qtbot, window, link.id)
    window.editor.duplicate_button.click()
    assert window.editor.state == EditorState.NEW
    assert window.editor.title.text() == "Print (copy)"
    rows = window.editor.line_item_rows()
    assert rows[0].price.text() == "price_3fg6hj9km1np" and rows[0].quantity.value() == 2
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: window.editor.state == EditorState.EDITING, timeout=10_000)
    assert sorted(lnk.title for lnk in api.checkout_links.iter()) == ["Print", "Print (copy)"]


def test_copy_link_and_qr_to_clipboard(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = api.checkout_links.create(
        title="Mug", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    window.refresh()
    wait_for_rows(qtbot, window, 1)
    select(qtbot, window, link.id)
    window.commands.copy_link_action.trigger()
    assert QGuiApplication.clipboard().text() == link.url
    window.commands.copy_qr_action.trigger()  # read back by the scan check on a worker
    qtbot.waitUntil(lambda: not QGuiApplication.clipboard().image().isNull(), timeout=5000)
    image = QGuiApplication.clipboard().image()
    assert image.width() >= 512
    qtbot.waitUntil(lambda: window.preview.scan_label.text() == "Scans ✓", timeout=5000)
    assert window.preview.scan_label.accessibleName() == "Scans ✓"


def test_links_model_passes_qt_model_tester(
    qtmodeltester, window: AppWindow, api: LeanRailsClient, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        api.checkout_links.create(
            title=f"Item {n}", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
        )
    window.refresh()
    wait_for_rows(qtbot, window, 3)
    window.model.sort(0, Qt.SortOrder.AscendingOrder)
    window.model.set_search("item 1")
    qtmodeltester.check(window.model)
    window.model.set_search("")
    qtmodeltester.check(window.model)


def test_results_for_a_closed_session_are_dropped(
    qtbot: QtBot,
    window: AppWindow,
    sandbox,
    runner: TaskRunner,
    api: LeanRailsClient,  # type: ignore[no-untyped-def]
) -> None:
    api.checkout_links.create(
        title="Old account", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    sandbox.faults.latency = 0.8
    window.refresh()
    other_key = "sk_test_" + "b" * 24
    window.set_session(make_session(runner, sandbox.base_url, other_key))
    sandbox.faults.latency = 0
    qtbot.waitUntil(lambda: not window.model.loading, timeout=10_000)
    time.sleep(1.0)
    qtbot.wait(200)
    assert all(
        window.model.link_at(r).title != "Old account" for r in range(window.model.rowCount())
    )  # type: ignore[union-attr]


def test_unreachable_server_shows_error_state(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = AppWindow(settings)
    qtbot.addWidget(win)
    win.set_session(make_session(runner, "http://127.0.0.1:9", "sk_test_" + "c" * 24))
    qtbot.waitUntil(
        lambda: win.model.last_error is not None and not win.model.loading, timeout=30_000
    )
    assert (
        "could not be reached" in win.list_pane.message.text()
        or "offline" in win.list_pane.message.text()
    )
    assert win.list_pane.retry_button.isVisibleTo(win.list_pane)
    win.set_session(None)
    runner.wait_for_idle(10_000)


def test_layout_persists(qtbot: QtBot, tmp_path: Path) -> None:
    path = str(tmp_path / "layout.ini")
    win = AppWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    # The offscreen screen is 800 px wide; Qt fits restored windows onto the screen.
    win.resize(796, 600)
    qtbot.waitUntil(lambda: win.width() == 796)
    win.splitter.setSizes([190, 380, 220])
    sizes = win.splitter.sizes()
    win.save_layout()
    again = AppWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    assert again.size().width() == 796
    assert again.splitter.sizes() == sizes


def test_line_items_share_one_currency(qtbot: QtBot, window: AppWindow) -> None:
    window.commands.new_action.trigger()
    window.editor.add_item_button.click()
    first, second = window.editor.line_item_rows()
    first.currency.setCurrentText("JPY")
    assert second.currency.currentText() == "JPY"
    second.currency.setCurrentText("EUR")
    assert first.currency.currentText() == "EUR"


def test_first_visit_story(qtbot: QtBot, window: AppWindow, api: LeanRailsClient) -> None:
    """Create with two items and a redirect, preview while typing, save, find it by
    search, deactivate with a message, and see that message in the preview."""
    api.checkout_links.create(
        title="Something else", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    fill_new_link(qtbot, window)
    qtbot.waitUntil(lambda: "Summer workshop" in window.preview.visible_texts(), timeout=3000)
    assert window.preview.button_text() == "Pay $60.00"
    window.commands.save_action.trigger()
    qtbot.waitUntil(lambda: window.editor.state == EditorState.EDITING, timeout=10_000)
    window.commands.find_action.trigger()
    qtbot.keyClicks(window.list_pane.search, "summer")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    found = window.model.link_at(0)
    assert found is not None and found.title == "Summer workshop"
    window.list_pane.select_link(found.id)
    window.prompts.inactive_answer = "Fully booked, see you next summer!"  # type: ignore[attr-defined]
    window.commands.deactivate_action.trigger()
    qtbot.waitUntil(
        lambda: "Fully booked, see you next summer!" in window.preview.visible_texts(),
        timeout=10_000,
    )
    assert window.preview.button_text() == ""


def test_search_sort_and_counts_cover_the_whole_account_unscrolled(
    qtbot: QtBot, window: AppWindow, sandbox, sandbox_key: str, api: LeanRailsClient
) -> None:  # type: ignore[no-untyped-def]
    """The issue's case: 2,502 links, nothing scrolled. The oldest link is found by its
    title, sorting by Title puts the account's first title on top, the footer counts all."""
    oldest = api.checkout_links.create(
        title="Zanzibar spice tour", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    first = api.checkout_links.create(
        title="Aardvark sticker", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    sandbox.seed_bulk(sandbox_key, count=2_500)
    window.refresh()
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.rowCount() == 2_502, timeout=60_000
    )
    counts = window.model.account_counts
    assert window.list_pane.footer.text() == f"2,502 links · {counts.active:,} active"

    window.commands.find_action.trigger()
    qtbot.keyClicks(window.list_pane.search, "Zanzibar")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert window.model.link_at(0).id == oldest.id  # type: ignore[union-attr]
    assert window.list_pane.footer.text() == "1 match · 2,502 links"

    window.list_pane.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2_502, timeout=5000)
    window.list_pane.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: window.model.link_at(0).id == first.id, timeout=5000)  # type: ignore[union-attr]


def test_a_new_link_previews_a_price_seen_on_a_saved_link(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    saved = api.checkout_links.create(
        title="Headphones", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    window.refresh()
    wait_for_rows(qtbot, window, 1)
    window.list_pane.select_link(saved.id)  # its line items are fetched and learnt
    qtbot.waitUntil(lambda: "price_3fg6hj9km1np" in window.line_items.prices, timeout=5000)

    window.commands.new_action.trigger()
    row = window.editor.line_item_rows()[0]
    row.kind.setCurrentIndex(row.kind.findData("price"))
    qtbot.keyClicks(row.price, "price_3fg6hj9km1np")
    row.quantity.setValue(2)
    qtbot.waitUntil(lambda: "$998.00" in window.preview.visible_texts(), timeout=3000)
    assert "Premium Headphones" in window.preview.visible_texts()  # its name, not its id
    assert window.preview.button_text() == "Pay $998.00"


def test_select_all_then_deactivate_switches_every_link_off_in_one_change(
    qtbot: QtBot, window: AppWindow, sandbox, sandbox_key: str, api: LeanRailsClient
) -> None:  # type: ignore[no-untyped-def]
    sandbox.seed_bulk(sandbox_key, count=40, seed=9)
    window.refresh()
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.rowCount() == 40, timeout=30_000
    )
    window.list_pane.filter.setCurrentIndex(1)  # Active
    qtbot.waitUntil(lambda: window.model.rowCount() == window.model.account_counts.active)
    active = window.model.rowCount()
    assert window.list_pane.select_all_button.text() == f"Select all {active}"
    window.list_pane.select_all_button.click()
    assert len(window.list_pane.selected_rows()) == active
    resets: list[int] = []
    window.model.layoutChanged.connect(lambda *_: resets.append(1))
    window.prompts.inactive_answer = "Season over"  # type: ignore[attr-defined]
    window.commands.deactivate_action.trigger()
    qtbot.waitUntil(lambda: window.model.account_counts.active == 0, timeout=30_000)
    assert len(resets) == 1  # one change to the list, not one per link
    assert window.model.rowCount() == 0
    assert window.list_pane.footer.text() == "40 links · 0 active"
    assert all(not link.active for link in api.checkout_links.iter())
