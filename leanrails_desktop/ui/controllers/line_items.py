"""The one owner of line items on the UI side: those fetched or read this session, the
prices and products learnt from them, and the requests that bring them (one per link, kept
on this computer by the local store, since a saved link's line items never change)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import LineItem
from leanrails_desktop.core.link_source import KeptLineItems, fetch_line_items
from leanrails_desktop.core.price_book import KnownPrice, PriceBook
from leanrails_desktop.core.store import StoreError
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.controllers.context import AppContext

TOTALS_BATCH = 20
KNOWN_PRICES_DELAY_MS = 1500
"""After an account opens, when the prices of the line items kept on this computer are read."""


class LineItemsController(QObject):
    """Line items by link id for the open account, and the prices seen on them."""

    totals_known = Signal(dict)
    """``{link_id: total}`` for links whose items just became known."""
    prices_learnt = Signal()
    """A price not seen before is now known (a new link's preview may show it)."""
    products_learnt = Signal()
    """The products the account uses changed (a new one was seen, or the account changed)."""
    totals_failed = Signal(list)
    """Link ids whose totals could not be fetched (they may be asked for again)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._context = context
        self._items: dict[str, list[LineItem]] = {}
        self.prices = PriceBook()
        self._products: dict[str, str] = {}
        self._wanted: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._fetch_wanted)
        context.session_changed.connect(self._session_changed)

    def _session_changed(self, session: ApiSession | None) -> None:
        self._items.clear()
        self.prices.clear()
        self._products.clear()
        self._wanted.clear()
        self.products_learnt.emit()
        if session is not None:
            QTimer.singleShot(KNOWN_PRICES_DELAY_MS, self, lambda: self._read_known(session))

    # ------------------------------------------------------------------ reading

    def known(self) -> dict[str, list[LineItem]]:
        """A copy of the line items known so far, by link id."""
        return dict(self._items)

    def items_of(self, link_id: str) -> list[LineItem] | None:
        """The link's items if known here or kept on this computer (an indexed read of one
        link's rows), else None."""
        items = self._items.get(link_id)
        store, key = self._context.store, self._context.account_key
        if items is None and store is not None and key:
            try:
                items = store.cached_line_items(key, link_id)
            except StoreError as exc:
                self._context.store_problem(exc)
            if items is not None:
                self._learn(link_id, items)
        return items

    def fetch(
        self,
        link_id: str,
        on_items: Callable[[list[LineItem]], None],
    ) -> None:
        """Ask LeanRails for one link's items; ``on_items`` runs with them on the GUI thread."""
        session = self._context.session
        if session is None:
            return
        store, key = self._context.store, self._context.account_key

        def fetch(client: LeanRailsClient) -> list[LineItem]:
            items = list(client.checkout_links.iter_line_items(link_id))
            KeptLineItems(store, key).remember({link_id: items})
            return items

        def done(items: list[LineItem]) -> None:
            self._learn(link_id, items)
            self.totals_known.emit({link_id: sum(i.amount_total for i in items)})
            on_items(items)

        session.call(fetch, done, lambda exc: self._context.show_error(exc, 8000))

    def want_totals(self, link_ids: list[str]) -> None:
        """The list shows these links: fetch their items (in batches) for their totals."""
        self._wanted.update(link_ids)
        self._timer.start()

    def _fetch_wanted(self) -> None:
        session = self._context.session
        if session is None or not self._wanted:
            return
        ids = sorted(self._wanted)[:TOTALS_BATCH]
        self._wanted.difference_update(ids)
        kept = KeptLineItems(self._context.store, self._context.account_key)

        def fetch(client: LeanRailsClient) -> dict[str, list[LineItem]]:
            return fetch_line_items(client, ids, saved=kept.saved, remember=kept.remember)

        def done(result: dict[str, list[LineItem]]) -> None:
            for link_id, items in result.items():
                self._learn(link_id, items)
            self.totals_known.emit({k: sum(i.amount_total for i in v) for k, v in result.items()})
            if self._wanted:
                self._timer.start()

        session.call(fetch, done, lambda _exc: self.totals_failed.emit(ids))

    # ------------------------------------------------------------------ prices

    def _learn(self, link_id: str, items: list[LineItem]) -> None:
        self._items[link_id] = items
        before = len(self.prices)
        self.prices.learn(items)
        if len(self.prices) != before:
            self.prices_learnt.emit()
        self._add_products(products_of(items))

    def products(self) -> list[tuple[str, str]]:
        """``(product id, name)`` of every product seen on the account's line items, by
        name (the name is "" when no item told it)."""
        return sorted(self._products.items(), key=lambda pair: (pair[1].casefold(), pair[0]))

    def _add_products(self, found: dict[str, str]) -> None:
        known = self._products
        new = {
            product: name
            for product, name in found.items()
            if product not in known or (name and known[product] != name)
        }
        if new:
            known.update(new)
            self.products_learnt.emit()

    def _read_known(self, session: ApiSession) -> None:
        """Learn the prices of the line items the store kept for this account."""
        store, key = self._context.store, self._context.account_key
        if session is not self._context.session or store is None or not key:
            return

        def read() -> tuple[list[KnownPrice], dict[str, str]]:
            # One entry per price and per product, so the GUI thread takes in a few
            # hundred, not every item.
            book = PriceBook()
            products: dict[str, str] = {}
            for items in store.all_cached_line_items(key):
                book.learn(items)
                products.update(products_of(items))
            return book.prices(), products

        def done(known: tuple[list[KnownPrice], dict[str, str]]) -> None:
            if session is self._context.session:
                prices, products = known
                self.prices.add(prices)
                self.prices_learnt.emit()
                self._add_products(products)

        self._context.runner.submit(read, done, lambda _exc: None)


def products_of(items: list[LineItem]) -> dict[str, str]:
    """``{product id: name}`` of the products ``items`` name (the name: what the customer
    sees for the item, "" when the item does not say)."""
    found: dict[str, str] = {}
    for item in items:
        product = item.product.strip()
        if product:
            found[product] = (item.description or "").strip() or found.get(product, "")
    return found
