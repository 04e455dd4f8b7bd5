"""CSV export of checkout links, one row per link or one row per line item.

The output is RFC 4180 (fields quoted when needed, quotes doubled, CRLF line ends), UTF-8
with an optional byte-order mark for spreadsheet programs that want one. Cells that a
spreadsheet would run as a formula get a leading apostrophe. Links are read from the
iterable once and written row by row, so a catalogue of any size streams through.
"""

from __future__ import annotations

import csv as _csv
import io
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import BinaryIO, TextIO, cast

from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.exports.atomic import StrPath, atomic_text, check_cancelled
from leanrails_desktop.core.locale import INTERCHANGE_LOCALE, iso_utc
from leanrails_desktop.core.money import format_amount

# The line_items column spells unit prices one way in every locale, so that the import
# reads a file back wherever it was written; amount_total_formatted follows the locale.
SUMMARY_LOCALE = INTERCHANGE_LOCALE

Cell = str | int | bool | None
LineItemsFor = Callable[[CheckoutLink], Sequence[LineItem]]

LINK_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "description",
    "active",
    "url",
    "currency",
    "amount_total",
    "amount_total_formatted",
    "line_items",
    "submit_type",
    "billing_address_collection",
    "allow_promotion_codes",
    "after_completion_type",
    "redirect_url",
    "custom_message",
    "completed_sessions_limit",
    "inactive_message",
    "metadata",
    "livemode",
    "created",
)
"""Header of the one-row-per-link export."""

LINE_ITEM_COLUMNS: tuple[str, ...] = (
    "link_id",
    "link_title",
    "line_item_id",
    "price",
    "product",
    "description",
    "quantity",
    "unit_amount",
    "amount_total",
    "amount_total_formatted",
    "currency",
    "active",
    "url",
)
"""Header of the one-row-per-line-item export."""

_FORMULA_CHARS = "=+-@\t\r"
"""First characters that make a spreadsheet run a cell (after any leading whitespace)."""


def neutralize(text: str) -> str:
    """``text`` with a leading apostrophe if a spreadsheet would treat it as a formula."""
    # Written for speed (it runs for every text cell): look at the first character, and
    # strip leading whitespace only when there is some.
    if not text:
        return text
    first = text[0]
    if first in _FORMULA_CHARS:
        return "'" + text
    if first.isspace():
        stripped = text.lstrip()
        if stripped and stripped[0] in _FORMULA_CHARS:
            return "'" + text
    return text


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return neutralize(value)


def _text(value: str | None) -> str:
    return "" if value is None else neutralize(value)


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _metadata_json(metadata: Mapping[str, str]) -> str:
    if not metadata:
        return "{}"
    return json.dumps(dict(metadata), sort_keys=True, ensure_ascii=False)


def unit_amount(item: LineItem) -> int | None:
    """The item's unit price in minor units, when the subtotal divides evenly."""
    if item.quantity > 0 and item.amount_subtotal % item.quantity == 0:
        return item.amount_subtotal // item.quantity
    return None


def _item_name(item: LineItem) -> str:
    return item.description or item.product or item.price or item.id


def line_items_summary(items: Sequence[LineItem]) -> str:
    """``2 × Premium Headphones ($499.00); 1 × Cable ($9.00)`` with unit prices."""
    parts = []
    for item in items:
        unit = unit_amount(item)
        price = (
            format_amount(unit, item.currency, SUMMARY_LOCALE)
            if unit is not None
            else f"{format_amount(item.amount_total, item.currency, SUMMARY_LOCALE)} in total"
        )
        parts.append(f"{item.quantity} × {_item_name(item)} ({price})")
    return "; ".join(parts)


def link_row(link: CheckoutLink, items: Sequence[LineItem] = ()) -> list[Cell]:
    """The cells of ``link``'s row, matching :data:`LINK_COLUMNS`."""
    total: int | None = None
    formatted: str | None = None
    summary: str | None = None
    if items:
        total = sum(item.amount_total for item in items)
        formatted = format_amount(total, items[0].currency or link.currency)
        summary = line_items_summary(items)
    after = link.after_completion
    redirect_url = after.redirect.url if after.redirect is not None else None
    message = after.hosted_confirmation.custom_message if after.hosted_confirmation else None
    metadata = _metadata_json(link.metadata)
    return [
        link.id,
        link.title,
        link.description,
        link.active,
        link.url,
        link.currency,
        total,
        formatted,
        summary,
        link.submit_type,
        link.billing_address_collection,
        link.allow_promotion_codes,
        after.type,
        redirect_url,
        message,
        link.completed_sessions_limit,
        link.inactive_message,
        metadata,
        link.livemode,
        iso_utc(link.created),
    ]


def _link_cells(link: CheckoutLink, items: Sequence[LineItem]) -> list[str]:
    """``[_cell(v) for v in link_row(link, items)]``, built in one pass (the export's hot
    loop: one call per link instead of one per cell)."""
    total = formatted = summary = ""
    if items:
        amount = sum(item.amount_total for item in items)
        total = str(amount)
        formatted = neutralize(format_amount(amount, items[0].currency or link.currency))
        summary = neutralize(line_items_summary(items))
    after = link.after_completion
    redirect = after.redirect
    hosted = after.hosted_confirmation
    restrictions = link.restrictions
    limit = (
        restrictions.completed_sessions.limit
        if restrictions is not None and restrictions.completed_sessions is not None
        else None
    )
    return [
        neutralize(link.id),
        neutralize(link.title),
        _text(link.description),
        _flag(link.active),
        neutralize(link.url),
        neutralize(link.currency),
        total,
        formatted,
        summary,
        neutralize(link.submit_type),
        neutralize(link.billing_address_collection),
        _flag(link.allow_promotion_codes),
        neutralize(after.type),
        "" if redirect is None else neutralize(redirect.url),
        "" if hosted is None else _text(hosted.custom_message),
        "" if limit is None else str(limit),
        _text(link.inactive_message),
        neutralize(_metadata_json(link.metadata)),
        _flag(link.livemode),
        iso_utc(link.created),
    ]


def line_item_row(link: CheckoutLink, item: LineItem | None) -> list[Cell]:
    """The cells of one line item's row, matching :data:`LINE_ITEM_COLUMNS`.

    A link without line items still gets a row, with the item cells empty.
    """
    head: list[Cell] = [link.id, link.title]
    tail: list[Cell] = [link.active, link.url]
    if item is None:
        return [*head, None, None, None, None, None, None, None, None, link.currency, *tail]
    return [
        *head,
        item.id,
        item.price,
        item.product,
        item.description,
        item.quantity,
        unit_amount(item),
        item.amount_total,
        format_amount(item.amount_total, item.currency),
        item.currency,
        *tail,
    ]


def _write_rows(
    stream: TextIO,
    links: Iterable[CheckoutLink],
    *,
    line_items_for: LineItemsFor | None,
    per_line_item: bool,
    bom: bool,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    if bom:
        stream.write("\ufeff")
    writer = _csv.writer(stream, dialect="excel", lineterminator="\r\n")
    writer.writerow(LINE_ITEM_COLUMNS if per_line_item else LINK_COLUMNS)
    rows = 0
    for done, link in enumerate(links, start=1):
        check_cancelled(cancelled)
        items: Sequence[LineItem] = line_items_for(link) if line_items_for is not None else ()
        if per_line_item:
            for item in items or (None,):
                writer.writerow([_cell(v) for v in line_item_row(link, item)])
                rows += 1
        else:
            writer.writerow(_link_cells(link, items))
            rows += 1
        if progress is not None:
            progress(done)
    check_cancelled(cancelled)
    return rows


def export_links_csv(
    path_or_stream: StrPath | TextIO | BinaryIO,
    links: Iterable[CheckoutLink],
    *,
    line_items_for: LineItemsFor | None = None,
    per_line_item: bool = False,
    bom: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``links`` as CSV; returns the number of data rows written (header excluded).

    ``line_items_for`` gives a link's line items (for totals, the summary and the
    per-line-item mode); without it, or when it returns nothing, those cells stay empty.
    ``progress`` is called with the number of links written so far; when ``cancelled``
    returns True, :class:`~leanrails_desktop.core.exports.atomic.ExportCancelled` is
    raised. A path is written atomically: a failed or cancelled export leaves no file and
    any earlier file at that path untouched. A text stream must be opened with
    ``newline=""``; a binary stream is written as UTF-8.
    """

    def write(stream: TextIO) -> int:
        return _write_rows(
            stream,
            links,
            line_items_for=line_items_for,
            per_line_item=per_line_item,
            bom=bom,
            progress=progress,
            cancelled=cancelled,
        )

    if isinstance(path_or_stream, (str, os.PathLike)):
        with atomic_text(path_or_stream) as stream:
            return write(stream)
    if isinstance(path_or_stream, io.TextIOBase) or hasattr(path_or_stream, "encoding"):
        return write(cast(TextIO, path_or_stream))
    text = io.TextIOWrapper(path_or_stream, encoding="utf-8", newline="")
    try:
        return write(text)
    finally:
        text.flush()
        text.detach()
