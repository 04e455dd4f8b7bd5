"""Prices the merchant has used before, learnt from the line items of saved links.

The API has no way to look a price id up, but every saved link's line items carry their
price id with its amount, currency and name, and a price never changes once created. So the
preview of a new link can show what ``price_…`` costs as soon as it has been seen on any
link of the account.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from leanrails_desktop.core.api.objects import LineItem


@dataclass(frozen=True, slots=True)
class KnownPrice:
    """One price id as a line item showed it."""

    price_id: str
    unit_amount: int
    """In minor units of ``currency``."""
    currency: str
    name: str
    """What the customer sees for it: the item's description, or its product id."""


def price_of(item: LineItem) -> KnownPrice | None:
    """What ``item`` tells about its price, if it names one and its unit amount is whole."""
    price_id = item.price.strip()
    if not price_id or item.quantity <= 0 or item.amount_subtotal % item.quantity:
        return None
    name = item.description or item.product or price_id
    return KnownPrice(price_id, item.amount_subtotal // item.quantity, item.currency, name)


class PriceBook:
    """Known prices by id. The latest line item seen for a price wins."""

    def __init__(self) -> None:
        self._prices: dict[str, KnownPrice] = {}

    def learn(self, items: Iterable[LineItem]) -> None:
        """Remember the prices ``items`` show."""
        for item in items:
            known = price_of(item)
            if known is not None:
                self._prices[known.price_id] = known

    def add(self, prices: Iterable[KnownPrice]) -> None:
        """Remember prices already read from line items (say, on a worker thread)."""
        for known in prices:
            self._prices[known.price_id] = known

    def prices(self) -> list[KnownPrice]:
        """Every known price, one per id."""
        return list(self._prices.values())

    def get(self, price_id: str) -> KnownPrice | None:
        return self._prices.get(price_id.strip())

    def clear(self) -> None:
        self._prices.clear()

    def __len__(self) -> int:
        return len(self._prices)

    def __contains__(self, price_id: object) -> bool:
        return isinstance(price_id, str) and price_id.strip() in self._prices
