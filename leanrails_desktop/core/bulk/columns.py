"""The columns an import understands, and the cells of a row read by column name.

Column names are the import's own (``title``, ``currency``, ``amount``, ``quantity``,
``product``, ``price``, ``link``) and those of the app's CSV exports, so an export imports
back: the one-row-per-link export (:data:`~leanrails_desktop.core.exports.csv.LINK_COLUMNS`,
whose ``line_items`` summary gives the items) and the one-row-per-line-item export
(:data:`~leanrails_desktop.core.exports.csv.LINE_ITEM_COLUMNS`, grouped by ``link_id``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from leanrails_desktop.core import money
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.locale import INTERCHANGE_LOCALE

LINK_FIELDS = (
    "title",
    "description",
    "submit_type",
    "billing_address_collection",
    "allow_promotion_codes",
    "after_completion_type",
    "redirect_url",
    "custom_message",
    "completed_sessions_limit",
    "metadata",
    "active",
    "inactive_message",
)
"""Columns that describe the link (the same on every row of one link)."""

ITEM_FIELDS = ("currency", "amount", "unit_amount", "quantity", "product", "price", "line_items")
"""Columns that describe a line item (``line_items``: the per-link export's summary)."""

GROUP = "link"

ALIASES = {"link_title": "title", "link_id": GROUP}
"""Names of the per-line-item export that mean one of the import's own columns."""

QUIET = frozenset(
    {"id", "url", "livemode", "created", "amount_total", "amount_total_formatted", "line_item_id"}
)
"""Export columns that describe a saved link and are ignored without a word."""

KNOWN = frozenset((*LINK_FIELDS, *ITEM_FIELDS, GROUP))


def normalize_name(name: str) -> str:
    """A header cell as a column name: lower case, spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


@dataclass(frozen=True, slots=True)
class Columns:
    """Where each understood column is, the header cells ignored, and duplicate names."""

    index: dict[str, int]
    shown: dict[str, str]
    unknown: tuple[str, ...]
    duplicates: tuple[str, ...]


def map_columns(header: Sequence[str]) -> Columns:
    """Which header cell holds which field. In the per-line-item export (it has a
    ``line_item_id`` or ``link_id`` column) ``description`` is the item's, not the link's,
    and is ignored."""
    names = [normalize_name(h) for h in header]
    item_export = "line_item_id" in names or "link_id" in names
    index: dict[str, int] = {}
    shown: dict[str, str] = {}
    unknown: list[str] = []
    duplicates: list[str] = []
    for i, (name, cell) in enumerate(zip(names, header, strict=True)):
        if not name:
            continue
        field = ALIASES.get(name, name)
        if field in QUIET or (item_export and field == "description"):
            continue
        if field not in KNOWN:
            unknown.append(cell.strip())
        elif field in index:
            duplicates.append(cell.strip())
        else:
            index[field] = i
            shown[field] = cell.strip()
    return Columns(index, shown, tuple(unknown), tuple(duplicates))


def cell(cells: Sequence[str], columns: Columns, field: str) -> str:
    """The row's text in ``field``'s column, stripped; empty when absent."""
    at = columns.index.get(field)
    if at is None or at >= len(cells):
        return ""
    return cells[at].strip()


def row_texts(cells: Sequence[str], columns: Columns) -> dict[str, str]:
    """Every understood column's text in a row, stripped, read once (a column the row is
    too short for is empty; a field without a column is absent: use ``.get(name, "")``)."""
    count = len(cells)
    return {field: cells[at].strip() if at < count else "" for field, at in columns.index.items()}


# ------------------------------------------------------------- the per-link export summary

_PART = re.compile(r"^(\d+) × (.+) \(([^()]*)\)$")


@dataclass(frozen=True, slots=True)
class SummaryItem:
    quantity: str
    product: str
    price: str
    amount: str


def parse_summary(text: str, currency: str) -> list[SummaryItem]:
    """The items of the per-link export's ``line_items`` cell
    (``2 × prod_x ($35.00); 1 × price_y ($9.00)``).

    Each name must be a product id (``prod_…``) or a price id (``price_…``): a product's
    display name cannot be created again. Raises ValueError with a merchant sentence.
    """
    items: list[SummaryItem] = []
    for part in text.split("; "):
        match = _PART.match(part.strip())
        if match is None or match.group(3).endswith("in total"):
            raise ValueError(
                translate(
                    "BulkColumns",
                    "“{value}” in line_items cannot be read back; "
                    "export the links per line item to copy them.",
                ).format(value=part.strip())
            )
        quantity, name, shown = match.groups()
        if name.startswith("price_"):
            items.append(SummaryItem(quantity, "", name, ""))
            continue
        if not name.startswith("prod_"):
            raise ValueError(
                translate(
                    "BulkColumns",
                    "line_items names “{name}”, not a product id (prod_…) or price id; "
                    "export the links per line item to copy them.",
                ).format(name=name)
            )
        digits = shown[next((i for i, ch in enumerate(shown) if ch.isdigit()), len(shown)) :]
        try:
            major = money.parse_decimal(digits, INTERCHANGE_LOCALE)
        except money.MoneyError:
            raise ValueError(
                translate("BulkColumns", "“{value}” in line_items is not an amount.").format(
                    value=shown
                )
            ) from None
        items.append(SummaryItem(quantity, name, "", str(major)))
    return items
