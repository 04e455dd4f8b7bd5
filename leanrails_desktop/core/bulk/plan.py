"""From spreadsheet rows to checked link forms: what an import will create, and every
problem, each named by the line a spreadsheet shows and the column.

Rows with the same value in the ``link`` column become one link with one line item per row
(in the order of the rows); a row without a ``link`` value is a link of its own. Each link
is built as the editor's :class:`~leanrails_desktop.core.link_form.LinkForm` and checked
with :func:`~leanrails_desktop.core.link_form.validate`, so the import accepts and refuses
exactly what the editor does, in the editor's words. Nothing here touches the network.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from leanrails_desktop.core import link_form, money
from leanrails_desktop.core.bulk.amounts import minor_to_text, sheet_amount, sheet_decimal_mark
from leanrails_desktop.core.bulk.columns import (
    GROUP,
    LINK_FIELDS,
    Columns,
    map_columns,
    parse_summary,
    row_texts,
)
from leanrails_desktop.core.bulk.sheet import Sheet
from leanrails_desktop.core.collector import collector_paused
from leanrails_desktop.core.i18n import Context, translate
from leanrails_desktop.core.locale import spell_plain

BulkPlan = Context("BulkPlan")

_TRUE = frozenset({"true", "yes", "y", "1", "on", "wahr", "ja"})
_FALSE = frozenset({"false", "no", "n", "0", "off", "falsch", "nein"})

_PARAM_COLUMNS = {
    "title": "title",
    "description": "description",
    "after_completion[redirect][url]": "redirect_url",
    "after_completion[hosted_confirmation][custom_message]": "custom_message",
    "submit_type": "submit_type",
    "billing_address_collection": "billing_address_collection",
    "restrictions[completed_sessions][limit]": "completed_sessions_limit",
    "inactive_message": "inactive_message",
    "metadata": "metadata",
    "line_items": GROUP,
}
_ITEM_PARAM = re.compile(r"^line_items\[(\d+)\]\[(?:price_data\]\[)?(\w+)\]$")
_ITEM_COLUMNS = {
    "unit_amount": "amount",
    "quantity": "quantity",
    "price": "price",
    "currency": "currency",
    "product": "product",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong, at a spreadsheet line (header = 1) and column (may be empty)."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.column:
            return translate("BulkPlan", "line {line}, {column}: {message}").format(
                line=self.line, column=self.column, message=self.message
            )
        return translate("BulkPlan", "line {line}: {message}").format(
            line=self.line, message=self.message
        )


@dataclass
class PlannedLink:
    """One link the import will create: its rows, its form, and what is wrong with it."""

    group: str
    lines: tuple[int, ...]
    form: link_form.LinkForm
    problems: list[Problem] = field(default_factory=list)
    params: dict[str, Any] | None = None
    """The create request's parameters, when there are no problems."""

    @property
    def line(self) -> int:
        return self.lines[0]

    @property
    def ok(self) -> bool:
        return not self.problems and self.params is not None

    def total(self) -> str:
        """What the line items with an amount add up to, such as ``$70.00``; ``""`` when
        none has one (saved prices are priced by the server)."""
        if self.params is None:
            return ""
        amounts = [
            (item["price_data"]["unit_amount"] * item["quantity"], item["price_data"]["currency"])
            for item in self.params["line_items"]
            if "price_data" in item
        ]
        if not amounts:
            return ""
        text = money.format_amount(sum(a for a, _ in amounts), amounts[0][1])
        priced = len(self.params["line_items"]) - len(amounts)
        if not priced:
            return text
        more = BulkPlan.tr("{total} + {count} saved price(s)", "", priced)
        return more.format(total=text, count=priced)

    def describe(self) -> str:
        """``line 2: “Pottery, 12 May” — 2 line items, $70.00``."""
        count = len(self.form.line_items)
        items = f"{count} line item{'s' * (count != 1)}"
        total = self.total()
        lines = (
            f"lines {self.lines[0]}–{self.lines[-1]}"
            if len(self.lines) > 1
            else (f"line {self.line}")
        )
        title = " ".join(self.form.title.split())
        return f"{lines}: “{title}” — {items}" + (f", {total}" if total else "")


@dataclass
class ImportPlan:
    """Everything an import will create, the problems found, and the columns ignored."""

    sheet: Sheet
    links: list[PlannedLink]
    problems: list[Problem]
    """Problems of the sheet as a whole (the header); each link has its own too."""
    ignored_columns: tuple[str, ...]

    @property
    def digest(self) -> str:
        return self.sheet.digest

    def all_problems(self) -> list[Problem]:
        found = list(self.problems)
        for link in self.links:
            found.extend(link.problems)
        return sorted(found, key=lambda p: p.line)

    @property
    def ok(self) -> bool:
        return not self.problems and all(link.ok for link in self.links)

    def valid_links(self) -> list[PlannedLink]:
        return [link for link in self.links if link.ok]


def plan_import(sheet: Sheet) -> ImportPlan:
    """Read every row of ``sheet`` into link forms and check them all."""
    with collector_paused():
        return _plan_import(sheet)


def _plan_import(sheet: Sheet) -> ImportPlan:
    columns = map_columns(sheet.header)
    problems = [
        Problem(
            1,
            name,
            translate(
                "BulkPlan", "The column “{name}” appears twice; only the first is read."
            ).format(name=name),
        )
        for name in columns.duplicates
    ]
    if "title" not in columns.index:
        problems.append(
            Problem(
                1,
                "",
                translate("BulkPlan", "The sheet has no “title” column; every link needs one."),
            )
        )
    groups: dict[str, list[_Row]] = {}
    for row in sheet.rows:
        texts = row_texts(row.cells, columns)
        key = texts.get(GROUP, "")
        groups.setdefault(f"link:{key}" if key else f"line:{row.line}", []).append(
            _Row(row.line, texts)
        )
    mark = sheet_decimal_mark(
        row.texts.get("amount", "") for rows in groups.values() for row in rows
    )
    links = [_plan_link(key, rows, columns, mark) for key, rows in groups.items()]
    if not sheet.rows:
        problems.append(
            Problem(1, "", translate("BulkPlan", "The sheet has a header but no rows to import."))
        )
    return ImportPlan(sheet, links, problems, columns.unknown)


@dataclass(frozen=True, slots=True)
class _Row:
    """A sheet row's line and its understood columns' texts (see :func:`row_texts`)."""

    line: int
    texts: dict[str, str]


def _plan_link(
    group: str, rows: list[_Row], columns: Columns, mark: str | None
) -> PlannedLink:
    form = link_form.LinkForm(line_items=[])
    planned = PlannedLink(group, tuple(r.line for r in rows), form)
    reported: set[str] = set()
    item_lines: list[int] = []
    first = rows[0]
    values = {name: first.texts.get(name, "") for name in LINK_FIELDS}
    for row in rows[1:]:
        for name in LINK_FIELDS:
            other = row.texts.get(name, "")
            if other and other != values[name]:
                planned.problems.append(
                    Problem(
                        row.line,
                        columns.shown[name],
                        translate(
                            "BulkPlan",
                            "differs from line {line} of the same link; a link's own columns "
                            "must match on each of its rows or be left empty.",
                        ).format(line=first.line),
                    )
                )
    _fill_link(form, values, planned, first.line, columns, reported)
    for row in rows:
        for item in _row_items(row, columns, planned, reported, len(form.line_items), mark):
            form.line_items.append(item)
            item_lines.append(row.line)
    try:  # create_params validates the form: one pass of the form's rules
        params: dict[str, Any] | None = link_form.create_params(form)
        errors: dict[str, str] = {}
    except link_form.FormInvalid as invalid:
        params, errors = None, invalid.errors
    for param, message in errors.items():
        if param in reported:
            continue
        planned.problems.append(_problem_for(param, message, first.line, item_lines, columns))
    if not planned.problems:
        planned.params = params
    return planned


def _problem_for(
    param: str, message: str, line: int, item_lines: list[int], columns: Columns
) -> Problem:
    match = _ITEM_PARAM.match(param)
    if match is not None:
        index, name = int(match.group(1)), match.group(2)
        column = _ITEM_COLUMNS.get(name, name)
        if column == "amount" and "amount" not in columns.index:
            column = "unit_amount" if "unit_amount" in columns.index else "line_items"
        return Problem(
            item_lines[index] if index < len(item_lines) else line,
            columns.shown.get(column, column),
            message,
        )
    column = _PARAM_COLUMNS.get(param, "metadata" if param.startswith("metadata") else "")
    return Problem(line, columns.shown.get(column, column), message)


def _flag(text: str, default: bool) -> bool | None:
    lowered = text.strip().lower()
    if not lowered:
        return default
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    return None


def _fill_link(
    form: link_form.LinkForm,
    values: dict[str, str],
    planned: PlannedLink,
    line: int,
    columns: Columns,
    reported: set[str],
) -> None:
    def problem(name: str, message: str) -> None:
        planned.problems.append(Problem(line, columns.shown.get(name, name), message))

    form.title = values["title"]
    form.description = values["description"]
    form.custom_message = values["custom_message"]
    form.redirect_url = values["redirect_url"]
    kind = values["after_completion_type"].lower()
    if kind not in ("", link_form.HOSTED, link_form.REDIRECT):
        problem(
            "after_completion_type", translate("BulkPlan", "Use hosted_confirmation or redirect.")
        )
    if kind == link_form.REDIRECT or (not kind and form.redirect_url):
        form.after_completion_type = link_form.REDIRECT
    form.submit_type = values["submit_type"].lower() or "auto"
    form.billing_address_collection = values["billing_address_collection"].lower() or "auto"
    for name in ("allow_promotion_codes", "active"):
        flag = _flag(values[name], default=name == "active")
        if flag is None:
            problem(
                name,
                translate("BulkPlan", "“{value}” is neither true nor false.").format(
                    value=values[name]
                ),
            )
        else:
            setattr(form, name, flag)
    form.limit_enabled = bool(values["completed_sessions_limit"])
    form.limit = values["completed_sessions_limit"]
    form.inactive_message = values["inactive_message"]
    raw = values["metadata"]
    if raw and raw != "{}":
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            problem(
                "metadata",
                translate("BulkPlan", 'Metadata must be written as {"key": "value", …}.'),
            )
            reported.add("metadata")
        else:
            form.metadata = sorted(data.items())


def _row_items(
    row: _Row,
    columns: Columns,
    planned: PlannedLink,
    reported: set[str],
    start: int,
    mark: str | None,
) -> list[link_form.LineItemForm]:
    def get(name: str) -> str:
        return row.texts.get(name, "")

    def problem(name: str, message: str) -> None:
        planned.problems.append(Problem(row.line, columns.shown.get(name, name), message))

    currency = get("currency")
    summary = get("line_items")
    if summary and not (get("amount") or get("unit_amount") or get("product") or get("price")):
        try:
            parsed = parse_summary(summary, currency)
        except ValueError as exc:
            problem("line_items", str(exc))
            reported.add("line_items")
            return []
        return [
            link_form.LineItemForm(
                kind=link_form.PRICE if s.price else link_form.PRICE_DATA,
                price=s.price,
                currency=currency,
                product=s.product,
                amount=spell_plain(s.amount),
                quantity=s.quantity,
            )
            for s in parsed
        ]
    item = link_form.LineItemForm(
        kind=link_form.PRICE_DATA,
        currency=currency,
        product=get("product"),
        quantity=get("quantity") or "1",
    )
    amount, minor = get("amount"), get("unit_amount")
    if get("price") and not (amount or minor):
        item.kind, item.price = link_form.PRICE, get("price")
        return [item]
    if not (amount or minor) or not _is_currency(currency):
        # Without a currency the amount cannot be read; the form names the currency alone.
        return [item]
    try:
        plain = (
            sheet_amount(amount, currency, mark) if amount else minor_to_text(minor, currency)
        )
        item.amount = spell_plain(plain)  # the form reads amounts as typed in the locale
    except money.MoneyError as exc:
        problem("amount" if amount else "unit_amount", str(exc))
        reported.add(f"line_items[{start}][price_data][unit_amount]")
    return [item]


def _is_currency(text: str) -> bool:
    try:
        money.normalize_currency(text)
    except money.MoneyError:
        return False
    return True
