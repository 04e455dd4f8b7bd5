"""Amounts as spreadsheets write them, per currency: read when unambiguous, refused otherwise."""

from __future__ import annotations

import pytest

from leanrails_desktop.core import money
from leanrails_desktop.core.bulk.amounts import minor_to_text, sheet_amount, sheet_decimal_mark


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("35.00", "usd", 3500),
        ("35", "usd", 3500),
        ("35,00", "usd", 3500),
        ("35,5", "eur", 3550),
        ("1.234,50", "eur", 123450),
        ("1,234.50", "usd", 123450),
        ("1 234,50", "eur", 123450),
        ("1,500", "usd", 150000),
        ("3500", "jpy", 3500),
        ("3,500", "jpy", 3500),
        ("1.234.567", "jpy", 1234567),
        ("1.500", "kwd", 1500),
        ("1,5", "kwd", 1500),
        ("1.234,500", "kwd", 1234500),
        ("1,234.500", "kwd", 1234500),
    ],
)
def test_read_as_the_currency_allows(text: str, currency: str, minor: int) -> None:
    assert money.parse_amount(sheet_amount(text, currency), currency) == minor


@pytest.mark.parametrize(
    ("text", "currency", "reason"),
    [
        ("12.345", "usd", "12.345 has more decimals than USD allows"),
        ("1.500", "jpy", "1.500 has more decimals than JPY allows"),
        ("1,500", "kwd", "ambiguous in KWD: it could be 1.500 or 1500"),
        ("1.23.4", "usd", "grouped by three"),
        ("1.234.5,00", "eur", "one decimal mark"),
        ("1,2.5", "usd", "one decimal mark"),
    ],
)
def test_ambiguous_or_malformed_refused_with_reason(
    text: str, currency: str, reason: str
) -> None:
    with pytest.raises(money.MoneyError, match=reason):
        sheet_amount(text, currency)


def test_too_many_decimals_left_to_the_form() -> None:
    # "35,1234" in USD: a decimal comma (not three digits), so the form's sentence applies.
    with pytest.raises(money.MoneyError, match="USD allows at most 2 decimal places"):
        money.parse_amount(sheet_amount("35,1234", "usd"), "usd")
    with pytest.raises(money.MoneyError, match="JPY has no decimal places"):
        money.parse_amount(sheet_amount("35,50", "jpy"), "jpy")


def test_minor_units_from_the_line_item_export() -> None:
    assert minor_to_text("3500", "usd") == "35.00"
    assert minor_to_text("3500", "jpy") == "3500"
    assert minor_to_text("1500", "kwd") == "1.500"
    with pytest.raises(money.MoneyError):
        minor_to_text("35.00", "usd")


@pytest.mark.parametrize(
    ("texts", "mark"),
    [
        (["35,00", "1,500", "3500"], ","),  # a German sheet: 35,00 settles it
        (["1.234,50", "1.500"], ","),
        (["1.234.567", "12.345"], ","),
        (["35.25", "1,500"], "."),
        (["1,234.50"], "."),
        (["1,234,567"], "."),
        (["1,500", "12.345", "35", ""], None),  # nothing tells
        (["35,00", "35.25"], None),  # both are there: nothing is settled
        (["3,5,0", "1,500"], None),  # a malformed value tells nothing
        (["abc,de"], None),
    ],
)
def test_the_sheets_decimal_mark(texts: list[str], mark: str | None) -> None:
    assert sheet_decimal_mark(texts) == mark


@pytest.mark.parametrize(
    ("text", "currency", "mark", "minor"),
    [
        ("1,500", "kwd", ",", 1500),  # LibreOffice in German: 1.5 dinars with 3 decimals
        ("12,345", "kwd", ",", 12345),
        ("1.500", "jpy", ",", 1500),  # a grouping dot
        ("12.345", "usd", ",", 1234500),
        ("1,500", "kwd", ".", 1500000),  # a grouping comma
        # Values one reading already fits keep it, whatever the sheet shows.
        ("1.500", "kwd", ",", 1500),
        ("1.500", "kwd", ".", 1500),
        ("1,500", "usd", ",", 150000),
        ("35,5", "eur", ".", 3550),
    ],
)
def test_the_sheets_mark_settles_only_what_was_ambiguous(
    text: str, currency: str, mark: str, minor: int
) -> None:
    assert money.parse_amount(sheet_amount(text, currency, mark), currency) == minor


def test_a_sheet_of_decimal_points_still_refuses_three_decimals_in_dollars() -> None:
    with pytest.raises(money.MoneyError, match=r"12\.345 has more decimals than USD allows"):
        sheet_amount("12.345", "usd", ".")
