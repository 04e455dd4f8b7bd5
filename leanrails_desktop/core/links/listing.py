"""Rules of the links list that need no Qt: its columns and how a cell reads. (What a search
matches and how a column sorts are the mirror's queries.)"""

from __future__ import annotations

from functools import lru_cache

from leanrails_desktop.core import money
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP
from leanrails_desktop.core.locale import current_locale, format_datetime

COLUMNS = (
    QT_TRANSLATE_NOOP("Listing", "Title"),
    QT_TRANSLATE_NOOP("Listing", "Status"),
    QT_TRANSLATE_NOOP("Listing", "Amount"),
    QT_TRANSLATE_NOOP("Listing", "Created"),
    QT_TRANSLATE_NOOP("Listing", "ID"),
)
TITLE, STATUS, AMOUNT, CREATED, ID = range(len(COLUMNS))


def created_text(created: int) -> str:
    """``created`` (Unix seconds) as the locale writes a local date and time
    (``Mar 15, 2025, 8:00 AM`` in en_US); empty for 0 (unknown)."""
    return _created_text(created, current_locale())


def amount_text(total: int, currency: str) -> str:
    """A line-item total as the merchant reads it, in the current locale."""
    return _amount_text(total, currency, current_locale())


# Cached per locale: the list asks for the same cells again on every repaint.
@lru_cache(maxsize=16_384)
def _created_text(created: int, locale: str) -> str:
    return format_datetime(created, locale) if created else ""


@lru_cache(maxsize=4_096)
def _amount_text(total: int, currency: str, locale: str) -> str:
    return money.format_amount(total, currency, locale)
