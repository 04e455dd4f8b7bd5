"""Rules of the links list that need no Qt: its columns, how a cell reads, what a search
matches and how each column sorts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from leanrails_desktop.core import money
from leanrails_desktop.core.api.objects import CheckoutLink

COLUMNS = ("Title", "Status", "Amount", "Created", "ID")
TITLE, STATUS, AMOUNT, CREATED, ID = range(len(COLUMNS))


@lru_cache(maxsize=16_384)
def created_text(created: int) -> str:
    """``created`` (Unix seconds) as local ``2025-03-15 08:00``; empty for 0 (unknown)."""
    if not created:
        return ""
    return dt.datetime.fromtimestamp(created).strftime("%Y-%m-%d %H:%M")


@lru_cache(maxsize=4_096)
def amount_text(total: int, currency: str) -> str:
    """A line-item total as the merchant reads it."""
    return money.format_amount(total, currency)


def haystack(link: CheckoutLink) -> str:
    """What a search looks in: title, id, address and metadata values, case-folded."""
    parts = [link.title, link.id, link.url, *link.metadata.values()]
    return "\n".join(parts).casefold()


def matching_rows(needle: str, haystacks: Sequence[str]) -> list[int]:
    """Rows whose haystack holds ``needle`` (already case-folded); every row for ""."""
    if not needle:
        return list(range(len(haystacks)))
    return [i for i, hay in enumerate(haystacks) if needle in hay]


def sort_key(
    column: int, links: Sequence[CheckoutLink], totals: Mapping[str, int | None]
) -> Callable[[int], Any] | None:
    """The key that sorts row numbers by ``column``; None keeps the server's order
    (newest first), which is the Created column's."""
    if column == TITLE:
        return lambda i: links[i].title.casefold()
    if column == STATUS:
        return lambda i: links[i].active
    if column == AMOUNT:
        return lambda i: (links[i].currency, totals.get(links[i].id) or -1)
    if column == ID:
        return lambda i: links[i].id
    return None
