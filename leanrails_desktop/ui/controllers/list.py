"""The list of links: which filter, loading it (the kept copy at once, then fresh pages),
offline and sync state, keeping a copy for the next start, and the Amount column's totals."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer

from leanrails_desktop.core.api.errors import APIConnectionError
from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.core.store import CachedListing, StoreError
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.controllers.line_items import LineItemsController
from leanrails_desktop.ui.models.links_model import LinksModel
from leanrails_desktop.ui.views.list_pane import ListPane
from leanrails_desktop.ui.views.status_bar import StatusBar

_log = logging.getLogger("leanrails_desktop.ui")

PAGE_SIZE = 100


class ListController(QObject):
    """Decides what the list pane shows and when it is fetched again."""

    def __init__(
        self,
        context: AppContext,
        model: LinksModel,
        pane: ListPane,
        status: StatusBar,
        line_items: LineItemsController,
    ) -> None:
        super().__init__(context)
        self._context = context
        self.model = model
        self._pane = pane
        self._status = status
        self.filter = LinkFilter.ALL
        self._cached_at: float | None = None
        self._settle_timer = self._timer(150, self._loading_settled)
        self._cache_timer = self._timer(800, self._save_listing_cache)

        pane.filter_changed.connect(self._filter_changed)
        pane.retry_requested.connect(self.retry_loading)
        model.totals_wanted.connect(line_items.want_totals)
        line_items.totals_known.connect(model.set_totals)
        line_items.totals_failed.connect(model.forget_total_request)
        model.loading_changed.connect(self._loading_changed)
        model.load_failed.connect(self._load_failed)
        model.page_loaded.connect(lambda _n: self._cache_timer.start())
        context.session_changed.connect(self._session_changed)

    def _timer(self, ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _session_changed(self, session: ApiSession | None) -> None:
        if session is None:
            self.model.reset(None)
            return
        session.retrying.connect(lambda text: self._context.show_status(text, 5000))
        self._reload()

    # ------------------------------------------------------------------ loading

    def _reload(self) -> None:
        """Fetch the list fresh from its first page; the copy kept on this computer is read
        on a worker meanwhile and shown until the first fresh page arrives."""
        context = self._context
        session = context.session
        loader = (
            None
            if session is None
            else session.link_page_loader(active=self.filter.active, page_size=PAGE_SIZE)
        )
        self._cached_at = None
        self.model.reset(loader)
        self.model.fetchMore()
        store, key, filter_key = context.store, context.account_key, self.filter.key
        if store is None or not key:
            return
        generation = self.model.generation

        def shown(cached: CachedListing | None) -> None:
            if cached is None or not cached.links or generation != self.model.generation:
                return
            if not self.model.prefill(cached.links, dict(cached.line_item_totals)):
                return
            self._cached_at = cached.saved_at
            if self.model.last_error is None:
                self._loading_changed(self.model.loading)
            elif context.offline:  # the server was not reached before the copy was read
                self._status.set_sync(f"Offline — list as of {self._as_of()}")

        def failed(exc: Exception) -> None:
            if isinstance(exc, StoreError):
                context.store_problem(exc)
            else:
                _log.warning("The kept list could not be read: %s", exc)

        context.runner.submit(lambda: store.load_listing(key, filter_key), shown, failed)

    def refresh(self) -> None:
        """Reload the list from the first page, keeping the editor as it is."""
        if self._context.session is not None:
            self._reload()

    def retry_loading(self) -> None:
        if self.model.loaded_count == 0 or self.model.stale:
            self.refresh()
        else:
            self.model.retry()

    def _filter_changed(self, link_filter: LinkFilter) -> None:
        self.filter = link_filter
        self.refresh()

    # ------------------------------------------------------------------ sync state

    def _as_of(self) -> str:
        if self._cached_at is None:
            return ""
        return time.strftime("%H:%M", time.localtime(self._cached_at))

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self._settle_timer.stop()
            stale = self.model.stale and self._cached_at is not None
            self._status.set_sync(f"As of {self._as_of()} — refreshing…" if stale else "Loading…")
        else:
            # While pages stream in, loading flips off and on for every page; "Up to date"
            # waits until it stays off, so the label does not flicker (and repaint) per page.
            self._settle_timer.start()

    def _loading_settled(self) -> None:
        if not self.model.loading and self.model.last_error is None:
            self._context.offline = False
            self._status.set_sync(f"Up to date {time.strftime('%H:%M')}")

    def _load_failed(self, _text: str, exc: object) -> None:
        message = describe_error(exc) if isinstance(exc, BaseException) else str(exc)
        self.model.last_error = message
        if isinstance(exc, APIConnectionError):
            self._context.offline = True
            if self.model.loaded_count and self._cached_at is not None:
                self._status.set_sync(f"Offline — list as of {self._as_of()}")
                message += " Showing the links saved on this computer."
            else:
                self._status.set_sync("Offline")
        else:
            self._status.set_sync("Not up to date")
        self._context.show_status(message, 15_000)
        self._pane.update_state()

    def _save_listing_cache(self) -> None:
        """Keep a copy of what is loaded, for the next start and for working offline."""
        context = self._context
        if context.store is None or context.session is None or self.model.stale:
            return
        store, key, filter_key = context.store, context.account_key, self.filter.key
        links = self.model.all_links()
        totals = {k: v for k, v in self.model.totals().items() if v is not None}
        context.runner.submit(
            lambda: store.save_listing(key, filter_key, links, totals),
            None,
            lambda exc: _log.warning("Could not keep the list for offline use: %s", exc),
        )
