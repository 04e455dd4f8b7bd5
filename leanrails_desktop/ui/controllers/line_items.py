"""The one owner of line items on the UI side: read from the account's mirror (a saved
link's line items never change, so once kept they are never asked for again), fetched when
the mirror does not have them yet, and the prices learnt from them for the preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import LineItem
from leanrails_desktop.core.mirror import Mirror, MirrorError
from leanrails_desktop.core.price_book import KnownPrice, PriceBook
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.controllers.context import AppContext

KNOWN_PRICES_DELAY_MS = 1500
"""After an account opens, when the prices on the mirror's line items are read."""
PRICE_SAMPLE = 2_000
"""The newest links whose line items teach the preview their prices."""


class LineItemsController(QObject):
    """Line items by link id for the open account, and the prices seen on them."""

    prices_learnt = Signal()
    """A price not seen before is now known (a new link's preview may show it)."""
    products_learnt = Signal()
    """The products the account uses changed (a new one was seen, or the account changed)."""
    items_kept = Signal()
    """Line items fetched from LeanRails were kept in the mirror (the list's amounts)."""

    def __init__(self, context: AppContext, mirror: Callable[[], Mirror | None]) -> None:
        super().__init__(context)
        self._context = context
        self._mirror = mirror
        self._items: dict[str, list[LineItem]] = {}
        self.prices = PriceBook()
        self._products: dict[str, str] = {}
        context.session_changed.connect(self._session_changed)

    def _session_changed(self, session: ApiSession | None) -> None:
        self._items.clear()
        self.prices.clear()
        self._products.clear()
        self.products_learnt.emit()
        if session is not None:
            QTimer.singleShot(KNOWN_PRICES_DELAY_MS, self, lambda: self._read_known(session))

    # ------------------------------------------------------------------ reading

    def known(self) -> dict[str, list[LineItem]]:
        """A copy of the line items read or fetched this session, by link id."""
        return dict(self._items)

    def items_of(self, link_id: str) -> list[LineItem] | None:
        """The link's items if known (an indexed read of one link's rows in the mirror),
        else None."""
        items = self._items.get(link_id)
        mirror = self._mirror()
        if items is None and mirror is not None:
            try:
                items = mirror.line_items([link_id]).get(link_id)
            except MirrorError as exc:
                self._context.store_problem(exc)
            if items is not None:
                self._learn(link_id, items)
        return items

    def fetch(self, link_id: str, on_items: Callable[[list[LineItem]], None]) -> None:
        """Ask LeanRails for one link's items and keep them; ``on_items`` runs with them on
        the GUI thread."""
        session, mirror = self._context.session, self._mirror()
        if session is None:
            return

        def fetch(client: LeanRailsClient) -> list[LineItem]:
            items = list(client.checkout_links.iter_line_items(link_id))
            if mirror is not None:
                mirror.put_line_items({link_id: [item.to_dict() for item in items]})
            return items

        def done(items: list[LineItem]) -> None:
            self._learn(link_id, items)
            self.items_kept.emit()
            on_items(items)

        session.call(fetch, done, lambda exc: self._context.show_error(exc, 8000))

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
        """Learn the prices on the line items of the account's newest links."""
        mirror = self._mirror()
        if session is not self._context.session or mirror is None:
            return

        def read() -> tuple[list[KnownPrice], dict[str, str]]:
            # One entry per price and per product, so the GUI thread takes in a few
            # hundred, not every item.
            book = PriceBook()
            products: dict[str, str] = {}
            for items in mirror.line_items(mirror.ids(limit=PRICE_SAMPLE)).values():
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
