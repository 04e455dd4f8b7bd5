"""Rules of the links list that need no Qt: its columns and how a cell reads. (What a search
matches and how a column sorts are the mirror's queries.)"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from leanrails_desktop.core import money
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("Listing", "Title"),
    QT_TRANSLATE_NOOP("Listing", "Status"),
    QT_TRANSLATE_NOOP("Listing", "Amount"),
    QT_TRANSLATE_NOOP("Listing", "Created"),
    QT_TRANSLATE_NOOP("Listing", "ID"),
)
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
