"""Property: a spreadsheet row says what the editor's form says. A form the editor accepts,
written as a row, imports as the same create request; a form it refuses is refused by the
import on the same field, with the same sentence, named by the row's line and column.

The rows are written as CSV through the columns the import understands, one row per line
item, grouped by a ``link`` column. What a spreadsheet cell cannot carry is taken as the
cell says it (the oracle form below): a cell's text is read without the spaces around it,
an empty quantity is 1, an empty choice is the default, choices ignore capitals, an empty
limit is no limit. Amounts are read as spreadsheets write them: the import may refuse an
amount the form takes only as ambiguous (``1,500`` in KWD, ``3.000`` in JPY), and may read
a decimal comma the form refuses (``1,5``); where the sheet's other amounts show its decimal
mark, that mark decides. It never reads another value than the form where both accept.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import replace

from helpers.form_strategies import link_forms, repeatable_settings
from hypothesis import assume, example, given

from leanrails_desktop.core import money
from leanrails_desktop.core.bulk import plan_import
from leanrails_desktop.core.bulk.amounts import sheet_amount, sheet_decimal_mark
from leanrails_desktop.core.bulk.sheet import read_csv_bytes
from leanrails_desktop.core.link_form import (
    PRICE,
    PRICE_DATA,
    REDIRECT,
    LineItemForm,
    LinkForm,
    create_params,
    validate,
)

MAX_EXAMPLES = 300

HEADER = (
    "link", "title", "description", "currency", "amount", "quantity", "product", "price",
    "submit_type", "billing_address_collection", "allow_promotion_codes",
    "after_completion_type", "redirect_url", "custom_message", "completed_sessions_limit",
    "metadata", "active", "inactive_message",
)

# Where the form's fields land: its param → the column of the row.
LINK_COLUMN = {
    "title": "title",
    "description": "description",
    "line_items": "link",
    "after_completion[redirect][url]": "redirect_url",
    "after_completion[hosted_confirmation][custom_message]": "custom_message",
    "submit_type": "submit_type",
    "billing_address_collection": "billing_address_collection",
    "restrictions[completed_sessions][limit]": "completed_sessions_limit",
    "inactive_message": "inactive_message",
}
ITEM_COLUMN = {
    "quantity": "quantity", "price": "price", "currency": "currency", "product": "product",
    "unit_amount": "amount",
}


def rows_of(form: LinkForm) -> list[dict[str, str]]:
    """The form as rows: the link's own columns on the first row, one row per item."""
    first = {
        "title": form.title,
        "description": form.description,
        "submit_type": form.submit_type,
        "billing_address_collection": form.billing_address_collection,
        "allow_promotion_codes": "true" if form.allow_promotion_codes else "false",
        "after_completion_type": form.after_completion_type,
        "redirect_url": form.redirect_url,
        "custom_message": form.custom_message,
        "completed_sessions_limit": form.limit if form.limit_enabled else "",
        # JSON escapes what a cell could not hold (controls, a lone surrogate).
        "metadata": json.dumps(dict(form.metadata)) if form.metadata else "",
        "active": "true" if form.active else "false",
        "inactive_message": form.inactive_message,
    }
    rows = []
    for index, item in enumerate(form.line_items):
        row = dict(first) if index == 0 else {}
        row["link"] = "L1"
        row["quantity"] = item.quantity
        if item.kind == PRICE:
            row["price"] = item.price
        else:
            row.update(currency=item.currency, product=item.product, amount=item.amount)
        rows.append(row)
    return rows


def as_csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows([row.get(name, "") for name in HEADER] for row in rows)
    return out.getvalue().encode("utf-8")


def writable(rows: list[dict[str, str]]) -> bool:
    """Whether a spreadsheet file can hold these cells: no NUL (a CSV with one is taken for
    UTF-16 or refused), no lone surrogate (UTF-8 has no form for it)."""
    return all(
        "\0" not in text and not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)
        for row in rows
        for text in row.values()
    )


def as_read(form: LinkForm) -> tuple[LinkForm, dict[int, str]]:
    """The form holding what each cell says (see the module's docstring), and the amounts
    only a spreadsheet's reading refuses: item index → the import's sentence."""
    choice = {"": "auto"}
    read = replace(
        form,
        title=form.title.strip(),
        description=form.description.strip(),
        custom_message=form.custom_message.strip(),
        redirect_url=form.redirect_url.strip(),
        submit_type=choice.get(form.submit_type.strip(), form.submit_type.strip().lower()),
        billing_address_collection=choice.get(
            form.billing_address_collection.strip(),
            form.billing_address_collection.strip().lower(),
        ),
        limit_enabled=form.limit_enabled and bool(form.limit.strip()),
        limit=form.limit.strip() if form.limit_enabled else "",
        metadata=sorted(dict(form.metadata).items()),
        inactive_message=form.inactive_message.strip(),
        line_items=[],
    )
    refused: dict[int, str] = {}
    mark = sheet_decimal_mark(i.amount for i in form.line_items if i.kind == PRICE_DATA)
    for index, item in enumerate(form.line_items):
        cells = replace(
            item,
            price=item.price.strip(),
            currency=item.currency.strip(),
            product=item.product.strip(),
            amount=item.amount.strip(),
            quantity=item.quantity.strip() or "1",
        )
        if item.kind == PRICE_DATA and cells.amount and _currency_ok(cells.currency):
            try:
                cells.amount = sheet_amount(cells.amount, cells.currency, mark)
            except money.MoneyError as exc:
                refused[index] = str(exc)
        read.line_items.append(cells)
    return read, refused


def _currency_ok(text: str) -> bool:
    try:
        money.normalize_currency(text)
    except money.MoneyError:
        return False
    return True


def expected_problems(read: LinkForm, refused: dict[int, str]) -> set[tuple[int, str, str]]:
    """(line, column, sentence) for each of the form's errors, the header being line 1 and
    item ``i`` on line ``2 + i``; an amount refused as a spreadsheet writes it replaces the
    form's sentence for that amount."""
    found: set[tuple[int, str, str]] = set()
    for param, message in validate(read).items():
        if param.startswith("line_items["):
            index = int(param[len("line_items["):param.index("]")])
            name = param.rstrip("]").rsplit("[", 1)[1]
            if name == "unit_amount" and index in refused:
                continue
            found.add((2 + index, ITEM_COLUMN[name], message))
        elif param.startswith("metadata"):
            found.add((2, "metadata", message))
        else:
            found.add((2, LINK_COLUMN[param], message))
    found.update((2 + index, "amount", message) for index, message in refused.items())
    return found


def check(form: LinkForm) -> str:
    """Import the form's rows and compare with the form; returns the kind of example."""
    rows = rows_of(form)
    read, refused = as_read(form)
    plan = plan_import(read_csv_bytes(as_csv(rows)))
    assert not plan.problems and len(plan.links) == 1
    (link,) = plan.links
    got = {(p.line, p.column, p.message) for p in link.problems}
    assert got == expected_problems(read, refused)
    typed_ok, read_ok = not validate(form), not validate(read) and not refused
    if read_ok:
        assert link.ok and link.params == create_params(read)
    else:
        assert not link.ok
    if typed_ok and read_ok:
        # What the editor would send, unchanged by the trip through a spreadsheet.
        assert link.params == create_params(replace(read, line_items=[
            replace(item, amount=typed.amount)
            for item, typed in zip(read.line_items, form.line_items, strict=True)
        ]))
    if typed_ok and not read_ok:
        # The only amounts the import refuses where the editor accepts are ambiguous ones.
        assert refused and all(
            "ambiguous" in text or "if the dot groups thousands" in text
            for text in refused.values()
        ), (refused, validate(read))
    if typed_ok == read_ok:
        return "accepted by both" if read_ok else "refused by both, same sentences"
    if read_ok:
        return "refused as typed, accepted as a cell reads (spaces, capitals, decimal comma)"
    return "accepted as typed, refused as ambiguous"


def _one_item(**item: str) -> LinkForm:
    return LinkForm(title="Pottery", line_items=[LineItemForm(product="prod_x", **item)])


def test_a_row_means_what_the_form_means() -> None:
    seen: Counter[str] = Counter()

    @repeatable_settings(MAX_EXAMPLES)
    @given(form=link_forms())
    @example(form=_one_item(currency="", amount="35"))  # no currency: the form's sentence
    @example(form=_one_item(currency="us d", amount="12.345"))  # not read without a currency
    @example(form=_one_item(currency="kwd", amount="1,500"))  # ambiguous in a spreadsheet
    @example(form=_one_item(currency="jpy", amount="3.000"))
    @example(form=_one_item(currency="eur", amount="1,5"))  # a decimal comma
    @example(form=LinkForm(title="Two", line_items=[  # the sheet's decimal comma: 1.500 KWD
        LineItemForm(currency="kwd", product="prod_x", amount="35,25"),
        LineItemForm(currency="kwd", product="prod_y", amount="1,500"),
    ]))
    def run(form: LinkForm) -> None:
        # A row cannot say "a saved price, left empty", nor hold what no file can.
        assume(form.line_items)
        assume(all(item.kind != PRICE or item.price.strip() for item in form.line_items))
        assume(writable(rows_of(form)))
        seen[check(form)] += 1

    run()
    print(f"\nimport property: {sum(seen.values())} forms written as rows; {dict(seen)}")
    assert seen["accepted by both"] >= MAX_EXAMPLES // 10
    assert seen["refused by both, same sentences"] >= MAX_EXAMPLES // 10


def test_the_oracle_can_fail() -> None:
    """Not a property that cannot fail: a form read back differently is caught."""
    form = LinkForm(
        title="Pottery",
        line_items=[LineItemForm(currency="usd", product="prod_x", amount="35", quantity="2")],
    )
    assert check(form) == "accepted by both"
    wrong = replace(form, after_completion_type=REDIRECT, redirect_url="ftp://example.com")
    rows = rows_of(wrong)
    rows[0]["after_completion_type"] = ""  # the row no longer says "redirect"
    rows[0]["redirect_url"] = ""
    plan = plan_import(read_csv_bytes(as_csv(rows)))
    read, refused = as_read(wrong)
    assert {(p.line, p.column, p.message) for p in plan.links[0].problems} != (
        expected_problems(read, refused)
    )
