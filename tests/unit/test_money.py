"""Money: exact conversion between typed amounts and minor units, parsing and formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leanrails_desktop.core.money import (
    MAX_UNIT_AMOUNT,
    MoneyError,
    exponent,
    format_amount,
    format_major,
    from_minor,
    normalize_currency,
    parse_amount,
    parse_decimal,
    to_minor,
)


@pytest.mark.parametrize(
    ("typed", "currency", "minor"),
    [
        ("35", "usd", 3500),
        ("35.00", "usd", 3500),
        ("19.99", "usd", 1999),
        ("0.01", "usd", 1),
        ("3500", "jpy", 3500),
        ("1.5", "kwd", 1500),
        ("1.500", "kwd", 1500),
        ("0.001", "kwd", 1),
        ("1,234.50", "usd", 123450),
        ("999,999.99", "usd", MAX_UNIT_AMOUNT),
    ],
)
def test_typed_amount_becomes_exact_minor_units(typed: str, currency: str, minor: int) -> None:
    assert parse_amount(typed, currency) == minor


@pytest.mark.parametrize(
    ("minor", "currency", "major"),
    [
        (3500, "usd", Decimal("35.00")),
        (1999, "usd", Decimal("19.99")),
        (3500, "jpy", Decimal("3500")),
        (1500, "kwd", Decimal("1.500")),
        (1, "kwd", Decimal("0.001")),
    ],
)
def test_minor_units_become_exact_major_amount(minor: int, currency: str, major: Decimal) -> None:
    value = from_minor(minor, currency)
    assert value == major
    assert str(value) == str(major)  # same number of places, not just the same value


def test_exponents_follow_iso_4217() -> None:
    assert [exponent(c) for c in ("usd", "eur", "jpy", "krw", "kwd", "bhd", "USD")] == [
        2, 2, 0, 0, 3, 3, 2,
    ]


@pytest.mark.parametrize(
    ("typed", "currency"),
    [("3.999", "usd"), ("0.001", "usd"), ("3500.5", "jpy"), ("1.0001", "kwd")],
)
def test_more_places_than_the_currency_has_are_refused_not_rounded(
    typed: str, currency: str
) -> None:
    with pytest.raises(MoneyError):
        parse_amount(typed, currency)


def test_whole_amount_with_trailing_zero_places_is_fine_for_jpy() -> None:
    assert parse_amount("3500.00", "jpy") == 3500


@pytest.mark.parametrize(
    "typed",
    ["1e3", "1E3", "-5", "+5", "-0", "NaN", "nan", "inf", "Infinity", "", "   ", "abc", "1.2.3",
     "0x10", "1,5", "12,34", "1,2345.00", "3.99-"],
)
def test_things_that_are_not_plain_amounts_are_refused(typed: str) -> None:
    with pytest.raises(MoneyError):
        parse_amount(typed, "usd")


def test_decimal_comma_is_refused_rather_than_read_as_grouping() -> None:
    # "1,5" meant one and a half; reading it as 15 would charge ten times too much.
    with pytest.raises(MoneyError, match="dot for decimals"):
        parse_decimal("1,5")


def test_decimal_inputs_refuse_nan_infinity_and_negatives() -> None:
    for bad in (Decimal("NaN"), Decimal("Infinity"), Decimal("-1"), Decimal("-0.5")):
        with pytest.raises(MoneyError):
            to_minor(bad, "usd")


def test_digits_of_other_scripts_are_accepted() -> None:
    assert parse_decimal("١٢٣") == Decimal(123)  # Arabic-Indic
    assert parse_amount("١٢٣", "jpy") == 123
    assert parse_amount("१२.५०", "usd") == 1250  # Devanagari


def test_amount_over_the_api_limit_is_refused() -> None:
    with pytest.raises(MoneyError, match="too large"):
        parse_amount("1000000", "usd")  # 100,000,000 cents


def test_formatting_for_merchants() -> None:
    assert format_amount(3500, "jpy") == "¥3,500"
    assert format_amount(3500, "usd") == "$35.00"
    assert format_amount(1500, "kwd") == "KWD\u00a01.500"
    assert format_amount(123456789, "usd") == "$1,234,567.89"
    assert format_amount(0, "eur") == "€0.00"
    assert format_amount(-250, "usd") == "-$2.50"
    assert format_major(123450, "usd") == "1,234.50"


def test_currency_codes_are_normalised_or_refused() -> None:
    assert normalize_currency(" USD ") == "usd"
    for bad in ("US", "usdd", "u$d", "12a", ""):
        with pytest.raises(MoneyError):
            normalize_currency(bad)


currencies = st.sampled_from(["usd", "eur", "jpy", "krw", "kwd", "bhd", "gbp", "xof"])


@given(minor=st.integers(min_value=0, max_value=MAX_UNIT_AMOUNT), currency=currencies)
def test_round_trip_through_the_typed_form_is_exact(minor: int, currency: str) -> None:
    shown = format_major(minor, currency)  # what the editor shows, with grouping
    assert parse_amount(shown, currency) == minor
    assert to_minor(from_minor(minor, currency), currency) == minor


@given(
    whole=st.integers(min_value=0, max_value=999_999),
    cents=st.integers(min_value=0, max_value=99),
)
def test_typed_usd_never_goes_through_float(whole: int, cents: int) -> None:
    typed = f"{whole}.{cents:02d}"
    assert parse_amount(typed, "usd") == whole * 100 + cents


SIGN_REFUSED = "The amount cannot be negative or carry a sign; enter a number such as 35.00."


@pytest.mark.parametrize(
    ("typed", "currency", "message"),
    [
        ("-5", "usd", SIGN_REFUSED),
        ("+5", "usd", SIGN_REFUSED),
        ("", "usd", "Enter an amount."),
        ("1,5", "usd", "“1,5” is not an amount; use a dot for decimals, such as 1.50."),
        ("12abc", "usd", "“12abc” is not an amount; enter a number such as 35.00."),
        ("35.5", "jpy", "JPY has no decimal places; enter a whole amount."),
        ("1.005", "usd", "USD allows at most 2 decimal places; “1.005” has more."),
        ("1000000", "usd",
         "The amount is too large; the most a line item can cost is $999,999.99."),
        ("100000000", "xof",
         "The amount is too large; the most a line item can cost is F\u202fCFA\u00a099,999,999."),
    ],
)
def test_refusals_say_why(typed: str, currency: str, message: str) -> None:
    with pytest.raises(MoneyError) as refused:
        parse_amount(typed, currency)
    assert str(refused.value) == message


def test_decimal_inputs_are_refused_with_a_sentence() -> None:
    with pytest.raises(MoneyError) as nan:
        to_minor(Decimal("NaN"), "usd")
    assert str(nan.value) == "Enter an amount as a plain number, such as 35 or 35.00."
    with pytest.raises(MoneyError) as negative:
        to_minor(Decimal("-1"), "usd")
    assert str(negative.value) == "The amount cannot be negative."


def test_to_minor_reads_typed_text_and_numbers() -> None:
    assert to_minor("1,234.50", "usd") == 123450
    assert to_minor("3500", "jpy") == 3500
    assert to_minor(7, "kwd") == 7000
    assert to_minor(Decimal("0.5"), "bhd") == 500


def test_spaces_inside_a_typed_amount_are_ignored() -> None:
    assert parse_amount("1 234.50", "usd") == 123450
    assert parse_amount(" 35 ", "usd") == 3500


def test_negative_amounts_are_shown_with_a_sign() -> None:
    assert format_major(-123450, "usd") == "-1,234.50"
    assert format_major(-3500, "jpy") == "-3,500"
    assert format_amount(-1500, "kwd") == "-KWD\u00a01.500"
