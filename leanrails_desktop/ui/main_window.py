"""The main window: list, editor and preview panes, menus, toolbar and status bar.

The window decides what happens (select, save, toggle, copy); the panes lay out; the core
computes; every API call goes through the :class:`ApiSession` on a worker thread.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop import APP_NAME
from leanrails_desktop.core import link_form
from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.errors import APIConnectionError, InvalidRequestError
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.exports.qr import warm_up as warm_up_qr
from leanrails_desktop.core.link_form import FormInvalid, LinkForm
from leanrails_desktop.core.link_source import KeptLineItems, fetch_line_items
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.core.preview import preview_from_form
from leanrails_desktop.core.price_book import KnownPrice, PriceBook
from leanrails_desktop.core.store import Draft, LocalStore, StoreError
from leanrails_desktop.ui.editor_pane import EditorPane, EditorState
from leanrails_desktop.ui.icons import icon
from leanrails_desktop.ui.links_model import LinksModel
from leanrails_desktop.ui.list_pane import ListPane
from leanrails_desktop.ui.preview_pane import PreviewPane
from leanrails_desktop.ui.prompts import Prompts, UnsavedChoice
from leanrails_desktop.ui.qr_image import qr_png, qr_qimage
from leanrails_desktop.ui.session import ApiSession
from leanrails_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from leanrails_desktop.ui.export_controller import ExportController

_log = logging.getLogger("leanrails_desktop.ui")

PAGE_SIZE = 100
PREVIEW_QR_PX = 360
QR_CACHE_SIZE = 64
TOTALS_BATCH = 20
QR_WARM_UP_DELAY_MS = 1000
"""After the first account opens, when the QR libraries are loaded on a worker."""
KNOWN_PRICES_DELAY_MS = 1500
"""After an account opens, when the prices of the line items kept on this computer are read."""


class MainWindow(QMainWindow):
    """The app's one main window. Give it a session with :meth:`set_session`."""

    manage_accounts_requested = Signal()
    switch_account_requested = Signal(str)
    link_saved = Signal(object)

    def __init__(
        self, settings: QSettings, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(parent=self)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self.settings = settings
        self.prompts = Prompts(self)
        self.session: ApiSession | None = None
        self.model = LinksModel(self)
        self.list_pane = ListPane(self.model)
        self.editor = EditorPane()
        self.preview = PreviewPane()
        self._filter: bool | None = None
        self._saved_form: LinkForm | None = None
        self._current: CheckoutLink | None = None
        self._line_items: dict[str, list[LineItem]] = {}
        # Prices seen on this account's saved links, for the preview of new ones.
        self.prices = PriceBook()
        self._create_key: tuple[str, str] | None = None  # (request fingerprint, idempotency key)
        self._saving = False
        self._wanted_totals: set[str] = set()
        self._qr_images: dict[str, QImage] = {}
        self._reverting_selection = False
        self.store: LocalStore | None = None
        self._draft_id: str | None = None
        self._offline = False
        self._cached_at: float | None = None
        self._store_warned = False

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.list_pane.setMinimumWidth(180)
        self.editor.setMinimumWidth(380)
        self.preview.setMinimumWidth(220)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.live_banner = QLabel(
            "LIVE account — links you create and change here take real payments."
        )
        self.live_banner.setObjectName("liveBanner")
        self.live_banner.setAccessibleName("Live mode warning")
        self.live_banner.setStyleSheet(
            "background: #c62828; color: white; font-weight: 700; padding: 4px 8px;"
        )
        self.live_banner.hide()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(0)
        holder_layout.addWidget(self.live_banner)
        holder_layout.addWidget(self.central, 1)
        self.setCentralWidget(holder)
        self.welcome: QWidget | None = None

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(60)
        self._totals_timer.timeout.connect(self._fetch_wanted_totals)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self._save_draft)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(150)
        self._settle_timer.timeout.connect(self._loading_settled)
        self._cache_timer = QTimer(self)
        self._cache_timer.setSingleShot(True)
        self._cache_timer.setInterval(800)
        self._cache_timer.timeout.connect(self._save_listing_cache)

        self._exports: ExportController | None = None
        self._qr_warmed = False
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self._restore_layout()
        self._update_actions()

    # ------------------------------------------------------------------ building

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        *,
        shortcut: QKeySequence | str | None = None,
        icon_name: str = "",
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(
            "&New link",
            self.new_link,
            shortcut=QKeySequence(std.New),
            icon_name="new",
            tip="Create a new checkout link",
        )
        self.save_action = self._action(
            "&Save",
            self.save,
            shortcut=QKeySequence(std.Save),
            icon_name="save",
            tip="Save the link",
        )
        self.find_action = self._action(
            "&Find…",
            self.focus_search,
            shortcut=QKeySequence(std.Find),
            icon_name="search",
            tip="Search links",
        )
        self.refresh_action = self._action(
            "&Refresh",
            self.refresh,
            shortcut="F5",
            icon_name="refresh",
            tip="Reload links from LeanRails",
        )
        self.copy_link_action = self._action(
            "&Copy link",
            self.copy_link,
            shortcut="Ctrl+Shift+C",
            icon_name="copy",
            tip="Copy the link's address",
        )
        self.copy_qr_action = self._action(
            "Copy &QR code", self.copy_qr, icon_name="qr", tip="Copy the QR code as an image"
        )
        self.save_qr_action = self._action(
            "Save QR code…",
            self.save_qr,
            icon_name="qr-save",
            tip="Save the QR code as PNG, SVG or PDF",
        )
        self.activate_action = self._action(
            "&Activate",
            lambda: self.set_selected_active(True),
            icon_name="activate",
            tip="Switch the link on",
        )
        self.deactivate_action = self._action(
            "&Deactivate…",
            lambda: self.set_selected_active(False),
            icon_name="deactivate",
            tip="Switch the link off, with an optional message",
        )
        self.duplicate_action = self._action(
            "D&uplicate",
            self.duplicate,
            shortcut="Ctrl+D",
            icon_name="duplicate",
            tip="Start a new link from this one",
        )
        self.open_action = self._action(
            "&Open in browser",
            self.open_in_browser,
            icon_name="open",
            tip="Open the checkout page in your browser",
        )
        self.accounts_action = self._action(
            "&Accounts…",
            self.manage_accounts_requested.emit,
            icon_name="accounts",
            tip="Add, switch or remove accounts",
        )
        self.quit_action = self._action("&Quit", self.close, shortcut=QKeySequence(std.Quit))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.about_action = self._action("&About", self.show_about)
        self.export_csv_action = self._action(
            "Links as &CSV…",
            lambda: self.exports.export_csv(),
            shortcut="Ctrl+E",
            icon_name="export",
            tip="Export links to a spreadsheet",
        )
        self.bulk_qr_action = self._action(
            "&QR codes and print sheet…",
            lambda: self.exports.bulk_qr(),
            shortcut="Ctrl+Shift+E",
            icon_name="qr-save",
            tip="Save many QR codes, or a sheet to print",
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        self.export_menu = file_menu.addMenu("&Export")
        self.export_menu.addAction(self.export_csv_action)
        self.export_menu.addAction(self.bulk_qr_action)
        file_menu.addSeparator()
        self.accounts_menu = file_menu.addMenu("Switch a&ccount")
        file_menu.addAction(self.accounts_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.copy_link_action)
        edit_menu.addAction(self.copy_qr_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        link_menu = bar.addMenu("&Link")
        for action in (
            self.duplicate_action,
            self.activate_action,
            self.deactivate_action,
            self.open_action,
            self.save_qr_action,
        ):
            link_menu.addAction(action)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.refresh_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

        toolbar = QToolBar("Main toolbar")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.new_action,
            self.save_action,
            self.refresh_action,
            self.copy_link_action,
            self.copy_qr_action,
            self.duplicate_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.list_pane.set_context_actions(
            [
                self.copy_link_action,
                self.copy_qr_action,
                self.save_qr_action,
                None,
                self.activate_action,
                self.deactivate_action,
                None,
                self.duplicate_action,
                self.open_action,
                None,
                self.export_csv_action,
                self.bulk_qr_action,
            ]
        )

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.mode_badge = QLabel()
        self.mode_badge.setAccessibleName("Mode")
        self.account_label = QLabel("No account")
        self.account_label.setAccessibleName("Account")
        self.sync_label = QLabel()
        self.sync_label.setAccessibleName("Sync state")
        # A fixed size: its text changes with every page, and a label whose size may change
        # makes the whole window lay itself out again (tens of ms with three panes).
        widest = self.sync_label.fontMetrics().horizontalAdvance("Offline — list as of 00:00")
        self.sync_label.setFixedSize(widest + 12, self.sync_label.sizeHint().height())
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        status.addPermanentWidget(self.sync_label)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.account_label)
        status.addPermanentWidget(self.mode_badge)
        self._set_mode_badge(None)

    def _set_mode_badge(self, livemode: bool | None) -> None:
        self.live_banner.setVisible(bool(livemode))
        if livemode is None:
            self.mode_badge.hide()
            return
        self.mode_badge.show()
        if livemode:
            self.mode_badge.setText(" LIVE — real payments ")
            self.mode_badge.setStyleSheet(
                "background: #c62828; color: white; font-weight: 700; border-radius: 3px;"
                " padding: 1px 6px;"
            )
            self.toolbar.setStyleSheet("QToolBar { border-bottom: 3px solid #c62828; }")
        else:
            self.mode_badge.setText(" TEST ")
            self.mode_badge.setStyleSheet(
                "background: #f0ad4e; color: black; font-weight: 700; border-radius: 3px;"
                " padding: 1px 6px;"
            )
            self.toolbar.setStyleSheet("")

    def _connect(self) -> None:
        self.list_pane.filter_changed.connect(self._filter_changed)
        self.list_pane.current_link_changed.connect(self._current_link_changed)
        self.list_pane.retry_requested.connect(self.retry_loading)
        self.list_pane.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.list_pane.table.doubleClicked.connect(lambda _i: self.editor.title.setFocus())
        self.model.totals_wanted.connect(self._want_totals)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.load_failed.connect(self._load_failed)
        self.model.page_loaded.connect(lambda _n: self._cache_timer.start())
        self.editor.changed.connect(self._editor_changed)
        self.editor.save_requested.connect(self.save)
        self.editor.discard_requested.connect(self.discard)
        self.editor.duplicate_requested.connect(self.duplicate)
        self.editor.toggle_active_requested.connect(self._toggle_current_active)
        self.preview.copy_link_requested.connect(self.copy_link)
        self.preview.copy_qr_requested.connect(self.copy_qr)
        self.preview.save_qr_requested.connect(self.save_qr)

    # ------------------------------------------------------------------ layout persistence

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([460, 460, 360])

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    # ------------------------------------------------------------------ session

    @property
    def exports(self) -> ExportController:
        """The window's exports (CSV, QR codes, sheets); built when first used, which keeps
        the export modules out of start-up."""
        if self._exports is None:
            from leanrails_desktop.ui.export_controller import ExportController

            self._exports = ExportController(self)
        return self._exports

    def set_store(self, store: LocalStore | None) -> None:
        """The local store for drafts and the offline copy of the list."""
        self.store = store

    @property
    def account_key(self) -> str:
        return self.session.account_key if self.session is not None else ""

    @property
    def offline(self) -> bool:
        """True after the server could not be reached; the list shows the saved copy."""
        return self._offline

    def show_welcome(self, welcome: QWidget) -> None:
        """Show the first-run welcome view instead of the panes (until an account opens)."""
        if self.welcome is not None and self.welcome is not welcome:
            self.central.removeWidget(self.welcome)
            self.welcome.deleteLater()
        self.welcome = welcome
        if self.central.indexOf(welcome) < 0:
            self.central.addWidget(welcome)
        self.central.setCurrentWidget(welcome)

    def set_session(self, session: ApiSession | None) -> None:
        """Show ``session``'s account; results still on their way for the old one are dropped."""
        if session is not None:
            self.central.setCurrentWidget(self.splitter)
        self._flush_draft()
        if self.session is not None:
            self.session.close()
        self.session = session
        self._line_items.clear()
        self.prices.clear()
        self._create_key = None
        self._draft_id = None
        self._offline = False
        self._show_empty()
        if session is None:
            self.account_label.setText("No account")
            self._set_mode_badge(None)
            self.setWindowTitle(APP_NAME)
            self.model.reset(None)
        else:
            session.retrying.connect(self._show_retry)
            self.account_label.setText(session.account_name)
            self._set_mode_badge(session.livemode)
            self.setWindowTitle(f"{session.account_name} — {APP_NAME}")
            self._reload()
            self._offer_drafts()
            if not self._qr_warmed:
                self._qr_warmed = True
                QTimer.singleShot(QR_WARM_UP_DELAY_MS, self, self._warm_up_qr)
            QTimer.singleShot(
                KNOWN_PRICES_DELAY_MS, self, lambda: self._read_known_prices(session)
            )
        self._update_actions()

    def _read_known_prices(self, session: ApiSession) -> None:
        """Learn the prices of the line items the store kept for this account."""
        store, key = self.store, self.account_key
        if session is not self.session or store is None or not key:
            return

        def read() -> list[KnownPrice]:
            # One entry per price, so the GUI thread takes in a few hundred, not every item.
            book = PriceBook()
            for items in store.all_cached_line_items(key):
                book.learn(items)
            return book.prices()

        def done(prices: list[KnownPrice]) -> None:
            if session is self.session:
                self.prices.add(prices)
                self._prices_learnt()

        self.runner.submit(read, done, lambda _exc: None)

    def _learn_prices(self, items: list[LineItem]) -> None:
        before = len(self.prices)
        self.prices.learn(items)
        if len(self.prices) != before:
            self._prices_learnt()

    def _prices_learnt(self) -> None:
        if self.editor.state == EditorState.NEW:  # a price id typed there may now be known
            self._refresh_preview()

    def _warm_up_qr(self) -> None:
        # The first link shown then gets its QR code without waiting for the QR libraries.
        self.runner.submit(warm_up_qr, None, lambda _exc: None)

    def _filter_key(self) -> str:
        return {None: "all", True: "active", False: "inactive"}[self._filter]

    def _reload(self) -> None:
        """Show the saved copy of this list at once (if any), then fetch it fresh."""
        cached = None
        if self.store is not None and self.account_key:
            try:
                cached = self.store.load_listing(self.account_key, self._filter_key())
            except StoreError as exc:
                self._store_problem(exc)
        loader = (
            None
            if self.session is None
            else self.session.link_page_loader(active=self._filter, page_size=PAGE_SIZE)
        )
        if cached is not None and cached.links:
            self._cached_at = cached.saved_at
            self.model.reset(loader, cached.links, stale=True)
            self.model.set_totals(dict(cached.line_item_totals))
        else:
            self._cached_at = None
            self.model.reset(loader)
        self.model.fetchMore()

    def _as_of(self) -> str:
        if self._cached_at is None:
            return ""
        return time.strftime("%H:%M", time.localtime(self._cached_at))

    def _filter_changed(self, active: object) -> None:
        self._filter = active if isinstance(active, bool) else None
        self.refresh()

    def refresh(self) -> None:
        """Reload the list from the first page, keeping the editor as it is."""
        if self.session is None:
            return
        self._reload()

    def retry_loading(self) -> None:
        if self.model.loaded_count == 0 or self.model.stale:
            self.refresh()
        else:
            self.model.retry()

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self._settle_timer.stop()
            stale = self.model.stale and self._cached_at is not None
            self.sync_label.setText(f"As of {self._as_of()} — refreshing…" if stale else "Loading…")
        else:
            # While pages stream in, loading flips off and on for every page; "Up to date"
            # waits until it stays off, so the label does not flicker (and repaint) per page.
            self._settle_timer.start()

    def _loading_settled(self) -> None:
        if not self.model.loading and self.model.last_error is None:
            self._offline = False
            self.sync_label.setText(f"Up to date {time.strftime('%H:%M')}")

    def _load_failed(self, _text: str, exc: object) -> None:
        message = describe_error(exc) if isinstance(exc, BaseException) else str(exc)
        self.model.last_error = message
        if isinstance(exc, APIConnectionError):
            self._offline = True
            if self.model.loaded_count and self._cached_at is not None:
                self.sync_label.setText(f"Offline — list as of {self._as_of()}")
                message += " Showing the links saved on this computer."
            else:
                self.sync_label.setText("Offline")
        else:
            self.sync_label.setText("Not up to date")
        self.statusBar().showMessage(message, 15_000)
        self.list_pane.update_state()

    def _save_listing_cache(self) -> None:
        """Keep a copy of what is loaded, for the next start and for working offline."""
        if self.store is None or self.session is None or self.model.stale:
            return
        store, key, filter_key = self.store, self.account_key, self._filter_key()
        links = self.model.all_links()
        totals = {k: v for k, v in self.model.totals().items() if v is not None}
        self.runner.submit(
            lambda: store.save_listing(key, filter_key, links, totals),
            None,
            lambda exc: _log.warning("Could not keep the list for offline use: %s", exc),
        )

    def _store_problem(self, exc: Exception) -> None:
        if not self._store_warned:
            self._store_warned = True
            self.statusBar().showMessage(describe_error(exc), 15_000)
        _log.warning("Local store problem: %s", exc)

    def _show_retry(self, text: str) -> None:
        self.statusBar().showMessage(text, 5_000)

    # ------------------------------------------------------------------ totals

    def _want_totals(self, link_ids: list[str]) -> None:
        self._wanted_totals.update(link_ids)
        self._totals_timer.start()

    def _fetch_wanted_totals(self) -> None:
        if self.session is None or not self._wanted_totals:
            return
        ids = sorted(self._wanted_totals)[:TOTALS_BATCH]
        self._wanted_totals.difference_update(ids)

        kept = KeptLineItems(self.store, self.account_key)

        def fetch(client: LeanRailsClient) -> dict[str, list[LineItem]]:
            return fetch_line_items(client, ids, saved=kept.saved, remember=kept.remember)

        def done(result: dict[str, list[LineItem]]) -> None:
            self._line_items.update(result)
            self._learn_prices([item for items in result.values() for item in items])
            self.model.set_totals({k: sum(i.amount_total for i in v) for k, v in result.items()})
            if self._wanted_totals:
                self._totals_timer.start()

        def failed(_exc: Exception) -> None:
            self.model.forget_total_request(ids)

        self.session.call(fetch, done, failed)

    # ------------------------------------------------------------------ selection & editing

    def _current_link_changed(self, link: CheckoutLink | None) -> None:
        if self._reverting_selection:
            return
        if link is not None and self._current is not None and link.id == self._current.id:
            return
        if not self.confirm_leave_edits():
            self._reverting_selection = True
            try:
                if self._current is not None:
                    self.list_pane.select_link(self._current.id)
                else:
                    self.list_pane.table.clearSelection()
            finally:
                self._reverting_selection = False
            return
        if link is None:
            if self.editor.state == EditorState.EDITING:
                self._show_empty()
            return
        self.show_link(link)

    def _show_empty(self) -> None:
        self._current = None
        self._saved_form = None
        self.editor.set_empty()
        self.preview.show_preview(None)
        self.preview.set_share(None, None)
        self._update_actions()

    def show_link(self, link: CheckoutLink) -> None:
        """Open a saved link in the editor and preview (line items fetched if needed)."""
        self._current = link
        self._draft_id = f"edit-{link.id}"
        items = self._line_items.get(link.id)
        if items is None and self.store is not None and self.account_key:
            try:
                items = self.store.cached_line_items(self.account_key, link.id)
            except StoreError as exc:
                self._store_problem(exc)
            if items is not None:  # a saved link's items never change: no need to ask again
                self._line_items[link.id] = items
                self._learn_prices(items)
        form = link_form.form_from_link(link, items)
        self._saved_form = form
        self.editor.set_form(
            form, EditorState.EDITING, link_label=link.title, items_loaded=items is not None
        )
        self._show_share(link)
        self._refresh_preview()
        self._update_actions()
        if link.id not in self._line_items and self.session is not None:
            link_id = link.id
            self.session.call(
                lambda c: list(c.checkout_links.iter_line_items(link_id)),
                lambda got: self._line_items_arrived(link_id, got),
                lambda exc: self.statusBar().showMessage(describe_error(exc), 8000),
            )

    def _line_items_arrived(self, link_id: str, items: list[LineItem]) -> None:
        self._line_items[link_id] = items
        self._learn_prices(items)
        if self.store is not None and self.account_key:
            try:
                self.store.cache_line_items(self.account_key, link_id, items)
            except StoreError as exc:
                self._store_problem(exc)
        self.model.set_totals({link_id: sum(i.amount_total for i in items)})
        if self._current is None or self._current.id != link_id or self._saved_form is None:
            return
        loaded = link_form.form_from_link(self._current, items)
        self._saved_form.line_items = loaded.line_items
        self.editor.set_items_loaded(loaded)
        self._refresh_preview()

    def _show_share(self, link: CheckoutLink) -> None:
        """Show the link's address at once and its QR code as soon as a worker drew it."""
        url = link.url
        cached = self._qr_images.get(url)
        self.preview.set_share(url, cached)
        if cached is not None or not url:
            return

        def drawn(data: bytes) -> None:
            image = QImage()
            image.loadFromData(data, "PNG")
            self._qr_images[url] = image
            while len(self._qr_images) > QR_CACHE_SIZE:
                self._qr_images.pop(next(iter(self._qr_images)))
            if self._current is not None and self._current.url == url:
                self.preview.set_share(url, image)

        self.runner.submit(
            lambda: qr_png(url, PREVIEW_QR_PX),
            drawn,
            lambda exc: _log.warning("QR preview failed: %s", exc),
        )

    def new_link(self) -> None:
        """Start a new, unsaved link (asks first if there are unsaved edits)."""
        if not self.confirm_leave_edits():
            return
        self._start_new(LinkForm())

    def _start_new(self, form: LinkForm) -> None:
        self._current = None
        self._saved_form = None
        self._create_key = None
        self._draft_id = f"new-{uuid.uuid4().hex}"
        self.list_pane.table.clearSelection()
        self.editor.set_form(form, EditorState.NEW)
        self.preview.set_share(None, None)
        self._refresh_preview()
        self._update_actions()
        self.editor.title.setFocus()

    def duplicate(self) -> None:
        """Open a copy of the current link as a new, unsaved link."""
        if self.editor.state == EditorState.EMPTY:
            return
        source = self.editor.form()
        if self.editor.state == EditorState.EDITING and not self.confirm_leave_edits():
            return
        self._start_new(link_form.duplicate_form(source))
        self.editor.set_dirty(True)
        self.statusBar().showMessage(
            "Duplicate opened as a new link. Change it, then create it.", 6000
        )

    def _editor_changed(self) -> None:
        self._preview_timer.start()
        self._draft_timer.start()
        if self.editor.state == EditorState.EDITING and self._saved_form is not None:
            self.editor.set_dirty(link_form.is_dirty(self._saved_form, self.editor.form()))
        self._update_actions()

    def _refresh_preview(self) -> None:
        if self.editor.state == EditorState.EMPTY:
            self.preview.show_preview(None)
            return
        self.preview.show_preview(preview_from_form(self.editor.form(), self.prices))

    def is_dirty(self) -> bool:
        if self.editor.state == EditorState.NEW:
            return link_form.is_dirty(LinkForm(), self.editor.form())
        if self.editor.state == EditorState.EDITING and self._saved_form is not None:
            return link_form.is_dirty(self._saved_form, self.editor.form())
        return False

    def confirm_leave_edits(self) -> bool:
        """Ask what to do with unsaved edits; True when it is fine to move on."""
        if not self.is_dirty():
            return True
        choice = self.prompts.unsaved_changes()
        if choice == UnsavedChoice.DISCARD:
            self._drop_draft()
            return True
        if choice == UnsavedChoice.SAVE:
            self.save()
        return False

    def discard(self) -> None:
        self._drop_draft()
        if self.editor.state == EditorState.NEW:
            self._show_empty()
        elif self._current is not None:
            self.show_link(self._current)

    # ------------------------------------------------------------------ drafts

    def _save_draft(self) -> None:
        """Keep unsaved work in the local store (or forget it once nothing is unsaved)."""
        self._draft_timer.stop()
        if self.store is None or not self.account_key or self._draft_id is None:
            return
        if self.editor.state == EditorState.EMPTY:
            return
        try:
            if self.is_dirty() or self._create_key is not None:
                editing = self.editor.state == EditorState.EDITING and self._current is not None
                self.store.save_draft(
                    self.account_key,
                    self._draft_id,
                    self.editor.form(),
                    link_id=self._current.id if editing and self._current else None,
                    idempotency_key=self._create_key[1] if self._create_key else None,
                )
            else:
                self.store.delete_draft(self.account_key, self._draft_id)
        except (StoreError, ValueError) as exc:
            self._store_problem(exc)

    def _flush_draft(self) -> None:
        if self._draft_timer.isActive():
            self._save_draft()

    def _drop_draft(self) -> None:
        self._draft_timer.stop()
        if self.store is None or not self.account_key or self._draft_id is None:
            return
        try:
            self.store.delete_draft(self.account_key, self._draft_id)
        except StoreError as exc:
            self._store_problem(exc)

    def _offer_drafts(self) -> None:
        if self.store is None or not self.account_key:
            return
        try:
            drafts = self.store.drafts(self.account_key)
        except StoreError as exc:
            self._store_problem(exc)
            return
        if not drafts:
            return
        newest = drafts[0]
        answer = self.prompts.restore_draft(newest, len(drafts) - 1)
        if answer == "restore":
            self.restore_draft(newest)
        elif answer == "discard":
            for draft in drafts:
                self.store.delete_draft(self.account_key, draft.draft_id)

    def restore_draft(self, draft: Draft) -> None:
        """Put unsaved work from an earlier run back into the editor."""
        if draft.link_id is None:
            self._start_new(draft.form)
            self._draft_id = draft.draft_id
            if draft.idempotency_key:
                # Saving again replays the earlier create instead of making a duplicate.
                try:
                    params = link_form.create_params(draft.form)
                except FormInvalid:
                    params = None
                if params is not None:
                    self._create_key = (_fingerprint(params), draft.idempotency_key)
            self.editor.set_dirty(True)
            self.statusBar().showMessage("Unsaved work restored.", 6000)
            return
        if self.session is None:
            return
        link_id = draft.link_id

        def opened(link: CheckoutLink) -> None:
            self.show_link(link)
            self.editor.set_form(draft.form, EditorState.EDITING, link_label=link.title)
            self._draft_id = draft.draft_id
            self._editor_changed()
            self.statusBar().showMessage(f"Unsaved changes to “{link.title}” restored.", 6000)

        self.session.call(
            lambda c: c.checkout_links.retrieve(link_id),
            opened,
            lambda exc: self.statusBar().showMessage(describe_error(exc), 10_000),
        )

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Create the new link, or send what changed on the saved one."""
        if self.session is None or self._saving:
            return
        form = self.editor.form()
        try:
            if self.editor.state == EditorState.NEW:
                params = link_form.create_params(form)
                self._send_create(params)
            elif self.editor.state == EditorState.EDITING and self._current is not None:
                assert self._saved_form is not None
                params = link_form.update_params(self._saved_form, form)
                if not params:
                    self.statusBar().showMessage("Nothing to save.", 3000)
                    return
                self._send_update(self._current.id, params)
        except FormInvalid as invalid:
            self.editor.show_errors(invalid.errors, banner="Please fix the highlighted fields.")

    def _send_create(self, params: dict[str, Any]) -> None:
        assert self.session is not None
        # One idempotency key per distinct request: pressing Save again after a lost answer
        # replays the first create instead of making a second link.
        fingerprint = _fingerprint(params)
        if self._create_key is None or self._create_key[0] != fingerprint:
            self._create_key = (fingerprint, str(uuid.uuid4()))
        key = self._create_key[1]
        self._save_draft()  # the key is on disk before the request leaves
        self._set_saving(True, "Creating link…")
        self.session.call(
            lambda c: c.checkout_links.create(**params, idempotency_key=key),
            self._created,
            self._save_failed,
        )

    def _send_update(self, link_id: str, params: dict[str, Any]) -> None:
        assert self.session is not None
        self._set_saving(True, "Saving…")
        self.session.call(
            lambda c: c.checkout_links.update(link_id, **params),
            self._updated,
            self._save_failed,
        )

    def _set_saving(self, saving: bool, text: str = "") -> None:
        self._saving = saving
        self.editor.save_button.setEnabled(not saving)
        if saving:
            self.sync_label.setText(text)
            self.progress.setRange(0, 0)
            self.progress.show()
        else:
            self.progress.hide()

    def _created(self, link: CheckoutLink) -> None:
        self._set_saving(False)
        self._drop_draft()
        self._create_key = None
        self.sync_label.setText(f"Created {time.strftime('%H:%M')}")
        self.statusBar().showMessage(f"Created “{link.title}”. Its link is ready to share.", 8000)
        self.model.upsert(link)
        self._current = None
        self.show_link(link)
        self._reverting_selection = True
        try:
            self.list_pane.select_link(link.id)
        finally:
            self._reverting_selection = False
        self.link_saved.emit(link)

    def _updated(self, link: CheckoutLink) -> None:
        self._set_saving(False)
        if self._current is not None and self._current.id == link.id:
            self._drop_draft()
        self.sync_label.setText(f"Saved {time.strftime('%H:%M')}")
        self.statusBar().showMessage(f"Saved “{link.title}”.", 5000)
        self.model.upsert(link)
        if self._current is not None and self._current.id == link.id:
            self.show_link(link)
        self.link_saved.emit(link)

    def _save_failed(self, exc: Exception) -> None:
        self._set_saving(False)
        self.sync_label.setText("Not saved")
        self._show_request_error(exc)

    def _show_request_error(self, exc: Exception) -> None:
        message = describe_error(exc)
        if isinstance(exc, InvalidRequestError) and exc.param:
            self.editor.show_errors(
                {exc.param: exc.message or message}, banner="LeanRails did not accept this link."
            )
        else:
            self.editor.show_errors({}, banner=message)
        self.statusBar().showMessage(message, 10_000)

    # ------------------------------------------------------------------ activate / deactivate

    def _toggle_current_active(self) -> None:
        if self._current is not None:
            self.set_links_active([self._current], not self._current.active)

    def set_selected_active(self, active: bool) -> None:
        links = self.list_pane.selected_links() or ([self._current] if self._current else [])
        self.set_links_active([lnk for lnk in links if lnk.active != active], active)

    def set_links_active(self, links: list[CheckoutLink], active: bool) -> None:
        """Switch links on or off; switching off asks for an optional inactive message."""
        if self.session is None or not links:
            return
        params: dict[str, Any] = {"active": active}
        if not active:
            current = links[0].inactive_message or "" if len(links) == 1 else ""
            names = f"“{links[0].title}”" if len(links) == 1 else f"{len(links)} links"
            text = self.prompts.inactive_message(names, current)
            if text is None:
                return
            if text.strip():
                params["inactive_message"] = text.strip()
        ids = [link.id for link in links]
        self._set_saving(True, "Deactivating…" if not active else "Activating…")

        def run(client: LeanRailsClient) -> list[CheckoutLink]:
            return [client.checkout_links.update(link_id, **params) for link_id in ids]

        def done(updated: list[CheckoutLink]) -> None:
            self._set_saving(False)
            for link in updated:
                self.model.upsert(link)
            if self._current is not None:
                fresh = next((lnk for lnk in updated if lnk.id == self._current.id), None)
                if fresh is not None:
                    edits = self.is_dirty()
                    if edits:
                        self._current = fresh
                        assert self._saved_form is not None
                        self._saved_form.active = fresh.active
                        self._saved_form.inactive_message = fresh.inactive_message or ""
                        self.editor.set_active(fresh.active)
                        self._refresh_preview()
                    else:
                        self.show_link(fresh)
            verb = "Activated" if active else "Deactivated"
            what = f"“{updated[0].title}”" if len(updated) == 1 else f"{len(updated)} links"
            self.sync_label.setText(f"Saved {time.strftime('%H:%M')}")
            self.statusBar().showMessage(f"{verb} {what}.", 6000)

        self.session.call(run, done, self._save_failed)

    # ------------------------------------------------------------------ sharing

    def _target_link(self) -> CheckoutLink | None:
        selected = self.list_pane.selected_links()
        if len(selected) == 1:
            return selected[0]
        return self._current

    def copy_link(self) -> None:
        links = self.list_pane.selected_links()
        if len(links) <= 1:
            link = self._target_link()
            links = [link] if link is not None else []
        if not links:
            return
        QGuiApplication.clipboard().setText("\n".join(link.url for link in links))
        what = "Link" if len(links) == 1 else f"{len(links)} links"
        self.statusBar().showMessage(f"{what} copied to the clipboard.", 4000)

    def copy_qr(self) -> None:
        link = self._target_link()
        if link is None:
            return
        image = qr_qimage(link.url, 1024)
        QGuiApplication.clipboard().setImage(image)
        self.statusBar().showMessage(f"QR code of “{link.title}” copied as an image.", 4000)

    def save_qr(self) -> None:
        link = self._target_link()
        if link is not None:
            self.exports.save_qr(link)

    def current_filter(self) -> bool | None:
        """The server-side filter in use: True active, False inactive, None all."""
        return self._filter

    def line_items_cache(self) -> dict[str, list[LineItem]]:
        """Line items fetched so far, by link id."""
        return self._line_items

    def open_in_browser(self) -> None:
        link = self._target_link()
        if link is not None and link.url:
            QDesktopServices.openUrl(QUrl(link.url))

    def focus_search(self) -> None:
        self.list_pane.search.setFocus()
        self.list_pane.search.selectAll()

    # ------------------------------------------------------------------ misc

    def _update_actions(self, *_args: object) -> None:
        has_session = self.session is not None
        selected = self.list_pane.selected_links()
        target = self._target_link()
        self.new_action.setEnabled(has_session)
        self.save_action.setEnabled(has_session and self.editor.state != EditorState.EMPTY)
        self.refresh_action.setEnabled(has_session)
        for action in (
            self.copy_link_action,
            self.copy_qr_action,
            self.save_qr_action,
            self.open_action,
        ):
            action.setEnabled(target is not None)
        self.duplicate_action.setEnabled(self.editor.state == EditorState.EDITING)
        self.export_csv_action.setEnabled(has_session)
        self.bulk_qr_action.setEnabled(has_session)
        pool = selected or ([self._current] if self._current else [])
        self.activate_action.setEnabled(has_session and any(not lnk.active for lnk in pool))
        self.deactivate_action.setEnabled(has_session and any(lnk.active for lnk in pool))

    def show_about(self) -> None:
        from leanrails_desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave_edits():
            event.ignore()
            return
        self.save_layout()
        self._flush_draft()
        if self.session is not None:
            self.session.close()
        event.accept()


def _fingerprint(params: dict[str, Any]) -> str:
    """Identifies a create request's content, to reuse its idempotency key on a resend."""
    return hashlib.sha256(json.dumps(params, sort_keys=True).encode()).hexdigest()
