"""Never lose work: drafts across restarts, lost responses, and working offline from the cache."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.counting import count_line_item_requests
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from window_fixtures import ScriptedPrompts

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.store import LocalStore
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.views.dialogs.export_dialogs import CsvChoice
from leanrails_desktop.ui.views.editor_pane import EditorState

pytestmark = pytest.mark.gui

ACCOUNT = "acct_test_shop"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore(tmp_path / "store.sqlite3") as opened:
        yield opened


class Opener:
    """Opens main windows on one account the way the app does after a (re)start."""

    def __init__(self, qtbot: QtBot, runner: TaskRunner, store: LocalStore, tmp: Path) -> None:
        self.qtbot, self.runner, self.store, self.tmp = qtbot, runner, store, tmp
        self.windows: list[AppWindow] = []

    def open(
        self,
        base_url: str,
        key: str,
        *,
        retries: int = 2,
        draft_answer: str = "keep",
        asked_items: list[str] | None = None,
    ) -> AppWindow:
        settings = QSettings(str(self.tmp / "settings.ini"), QSettings.Format.IniFormat)
        # One data folder, as the app's: a window opened later finds the mirror kept.
        win = AppWindow(settings, self.runner, mirror_folder=self.tmp / "mirrors")
        prompts = ScriptedPrompts()
        prompts.draft_answer = draft_answer
        win.prompts = prompts  # type: ignore[assignment]
        win.set_store(self.store)
        self.qtbot.addWidget(win)
        win.show()

        def factory(on_retry):  # type: ignore[no-untyped-def]
            client = LeanRailsClient(
                api_key=key, base_url=base_url, on_retry=on_retry, max_retries=retries, timeout=5.0
            )
            if asked_items is not None:
                count_line_item_requests(client, asked_items)
            return client

        win.set_session(
            ApiSession(
                self.runner, factory, account_name="Shop", livemode=False, account_key=ACCOUNT
            )
        )
        self.windows.append(win)
        return win

    def close_all(self) -> None:
        for win in self.windows:
            win.set_session(None)
        self.runner.wait_for_idle(10_000)


@pytest.fixture
def opener(qtbot: QtBot, runner: TaskRunner, store: LocalStore, tmp_path: Path) -> Iterator[Opener]:
    made = Opener(qtbot, runner, store, tmp_path)
    yield made
    made.close_all()


def type_link(qtbot: QtBot, win: AppWindow) -> None:
    win.commands.new_action.trigger()
    editor = win.editor
    editor.title.setText("Café « spécial » 🎧")  # typed keys cannot carry an emoji
    editor.description.setPlainText("Two lines\nof description")
    row = editor.line_item_rows()[0]
    row.currency.setCurrentText("EUR")
    qtbot.keyClicks(row.amount, "12.50")
    qtbot.keyClicks(row.product, "prod_cafe")
    row.quantity.setValue(3)
    editor.after_redirect.setChecked(True)
    qtbot.keyClicks(editor.redirect_url, "https://example.com/merci")
    editor.submit_type.setCurrentIndex(3)
    editor.promo_codes.setChecked(True)


def test_unsaved_new_link_is_offered_back_after_restart(
    qtbot: QtBot,
    opener: Opener,
    sandbox,
    sandbox_key: str,
    store: LocalStore,  # type: ignore[no-untyped-def]
) -> None:
    first = opener.open(sandbox.base_url, sandbox_key)
    type_link(qtbot, first)
    typed = first.editor.form()
    qtbot.waitUntil(lambda: len(store.drafts(ACCOUNT)) == 1, timeout=5000)
    qtbot.waitUntil(lambda: store.drafts(ACCOUNT)[0].form == typed, timeout=5000)

    second = opener.open(sandbox.base_url, sandbox_key, draft_answer="restore")
    assert "restore" in second.prompts.asked  # type: ignore[attr-defined]
    assert second.editor.state == EditorState.NEW
    assert second.editor.form() == typed
    second.commands.save_action.trigger()
    qtbot.waitUntil(lambda: second.editor.state == EditorState.EDITING, timeout=10_000)
    assert store.drafts(ACCOUNT) == []


def test_discarding_removes_the_draft(
    qtbot: QtBot,
    opener: Opener,
    sandbox,
    sandbox_key: str,
    store: LocalStore,  # type: ignore[no-untyped-def]
) -> None:
    win = opener.open(sandbox.base_url, sandbox_key)
    type_link(qtbot, win)
    qtbot.waitUntil(lambda: len(store.drafts(ACCOUNT)) == 1, timeout=5000)
    win.editor.discard_button.click()
    assert store.drafts(ACCOUNT) == []


def test_lost_create_response_is_replayed_after_restart_not_duplicated(
    qtbot: QtBot,
    opener: Opener,
    sandbox,
    sandbox_key: str,
    store: LocalStore,  # type: ignore[no-untyped-def]
) -> None:
    first = opener.open(sandbox.base_url, sandbox_key, retries=0)
    type_link(qtbot, first)
    sandbox.faults.drop_next_create_response()
    first.commands.save_action.trigger()
    qtbot.waitUntil(lambda: first.editor.banner.isVisible(), timeout=10_000)
    assert first.editor.state == EditorState.NEW  # the answer was lost: still unsaved here
    drafts = store.drafts(ACCOUNT)
    assert len(drafts) == 1 and drafts[0].idempotency_key

    second = opener.open(sandbox.base_url, sandbox_key, draft_answer="restore")
    second.commands.save_action.trigger()
    qtbot.waitUntil(lambda: second.editor.state == EditorState.EDITING, timeout=10_000)
    with LeanRailsClient(api_key=sandbox_key, base_url=sandbox.base_url) as api:
        links = list(api.checkout_links.iter())
    assert len(links) == 1
    current = second.editor_control.current
    assert current is not None and current.id == links[0].id


# Typing a product opens its completer's popup, which the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_offline_start_shows_cached_list_copies_and_exports(
    qtbot: QtBot,
    opener: Opener,
    sandbox,
    sandbox_key: str,
    store: LocalStore,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    with LeanRailsClient(api_key=sandbox_key, base_url=sandbox.base_url) as api:
        for n in range(3):
            api.checkout_links.create(
                title=f"Stall {n}", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
            )
    online = opener.open(sandbox.base_url, sandbox_key)
    qtbot.waitUntil(
        lambda: online.model.rowCount() == 3 and not online.sync.running, timeout=10_000
    )
    assert all(online.model.total_of(link.id) is not None for link in online.model.all_links())
    urls = {link.id: link.url for link in online.model.all_links()}
    sandbox.stop()

    offline = opener.open(sandbox.base_url, sandbox_key, retries=0)
    # The mirror shows at once, although the server never answers.
    assert offline.model.rowCount() == 3
    qtbot.waitUntil(lambda: offline.offline, timeout=15_000)
    assert offline.model.rowCount() == 3
    assert offline.status.sync_label.text().startswith("Offline")
    assert offline.list_pane.stack.currentWidget() is offline.list_pane.table
    first = offline.model.link_at(0)
    assert first is not None
    offline.list_pane.select_link(first.id)
    offline.commands.copy_link_action.trigger()
    assert QGuiApplication.clipboard().text() == urls[first.id]

    prompts = offline.prompts
    prompts.csv = CsvChoice("all", per_line_item=False, bom=False)  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "offline.csv")  # type: ignore[attr-defined]
    offline.commands.export_csv_action.trigger()
    qtbot.waitUntil(lambda: offline.exports.running is None, timeout=10_000)
    with open(tmp_path / "offline.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["title"] for row in rows) == ["Stall 0", "Stall 1", "Stall 2"]
    assert all("$499.00" in row.values() for row in rows)

    # Actions that need the server say so and keep the input.
    offline.commands.new_action.trigger()
    qtbot.keyClicks(offline.editor.title, "Made offline")
    qtbot.keyClicks(offline.editor.line_item_rows()[0].amount, "5")
    qtbot.keyClicks(offline.editor.line_item_rows()[0].product, "prod_x")
    offline.commands.save_action.trigger()
    qtbot.waitUntil(lambda: offline.editor.banner.isVisible(), timeout=15_000)
    assert "offline" in offline.editor.banner.text().lower()
    assert offline.editor.title.text() == "Made offline"


def test_line_items_are_asked_for_once_per_link_even_from_a_server_without_expand(
    qtbot: QtBot,
    opener: Opener,
    sandbox,
    sandbox_key: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    sandbox.seed_bulk(sandbox_key, count=120, seed=4)
    sandbox.faults.ignore_expand = True  # every link's items take a request of their own

    def export(asked: list[str], name: str) -> list[dict[str, str]]:
        win = opener.open(sandbox.base_url, sandbox_key, asked_items=asked)
        qtbot.waitUntil(
            lambda: win.model.rowCount() == 120 and not win.sync.running, timeout=30_000
        )
        prompts = win.prompts
        prompts.csv = CsvChoice("all", per_line_item=False, bom=False)  # type: ignore[attr-defined]
        prompts.path = str(tmp_path / name)  # type: ignore[attr-defined]
        win.commands.export_csv_action.trigger()
        qtbot.waitUntil(lambda: win.exports.running is None, timeout=30_000)
        with open(tmp_path / name, encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    first_asked: list[str] = []
    first = export(first_asked, "first.csv")
    assert len(first) == 120 and all(row["line_items"] for row in first)
    assert sorted(set(first_asked)) == sorted(first_asked) and len(first_asked) == 120

    again_asked: list[str] = []  # a new window, as after a restart: nothing in memory
    again = export(again_asked, "again.csv")
    assert again == first
    assert again_asked == []  # kept in the mirror: never asked for again


def test_after_a_restart_prices_kept_on_this_computer_are_known_at_once(
    qtbot: QtBot, opener: Opener, sandbox, sandbox_key: str  # type: ignore[no-untyped-def]
) -> None:
    with LeanRailsClient(api_key=sandbox_key, base_url=sandbox.base_url) as api:
        saved = api.checkout_links.create(
            title="Headphones", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
        )
    first = opener.open(sandbox.base_url, sandbox_key)
    qtbot.waitUntil(lambda: first.model.rowCount() == 1, timeout=10_000)
    first.list_pane.select_link(saved.id)
    qtbot.waitUntil(lambda: "price_3fg6hj9km1np" in first.line_items.prices, timeout=5000)

    again_asked: list[str] = []
    again = opener.open(sandbox.base_url, sandbox_key, asked_items=again_asked)
    qtbot.waitUntil(lambda: "price_3fg6hj9km1np" in again.line_items.prices, timeout=5000)
    again.commands.new_action.trigger()
    row = again.editor.line_item_rows()[0]
    row.kind.setCurrentIndex(row.kind.findData("price"))
    qtbot.keyClicks(row.price, "price_3fg6hj9km1np")
    qtbot.waitUntil(lambda: "$499.00" in again.preview.visible_texts(), timeout=3000)
    assert again_asked == []  # learnt from the local store, not asked for
