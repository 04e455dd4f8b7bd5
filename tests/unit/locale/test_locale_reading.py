"""Amounts typed in the merchant's locale: read exactly, or refused with a sentence, never
silently read one way when another is as likely."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leanrails_desktop.core import link_form
from leanrails_desktop.core.bulk import plan_import
from leanrails_desktop.core.bulk.sheet import read_csv_bytes
from leanrails_desktop.core.locale import read_number, using_locale
from leanrails_desktop.core.money import (
    MAX_UNIT_AMOUNT,
    MoneyError,
    format_amount,
    format_major,
    parse_amount,
)

LOCALES = ("en_US", "de_DE", "fr_FR", "ja_JP", "en_IN", "ar", "ar_EG", "he_IL", "de_CH",
           "es_ES", "pt_BR", "hi_IN")


@pytest.mark.parametrize(
    ("locale", "typed", "currency", "minor"),
    [
        ("de_DE", "1.234", "usd", 123400),  # the locale's grouping dot
        ("de_DE", "35,00", "usd", 3500),
        ("de_DE", "35.00", "usd", 3500),  # a plain dot still reads as decimals
        ("de_DE", "1.234,50", "usd", 123450),
        ("de_DE", "1.234.567", "jpy", 1234567),
        ("de_DE", "5.000", "jpy", 5000),  # not five yen and three zeros: JPY has no places
        ("de_DE", "1,5", "kwd", 1500),
        ("de_DE", "1.234,500", "kwd", 1234500),
        ("de_DE", "1,234", "kwd", 1234),  # a comma is the German decimal mark: 1.234 KWD
        ("fr_FR", "1 234,50", "eur", 123450),
        ("fr_FR", "1\u202f234,50", "eur", 123450),
        ("fr_FR", "35.5", "eur", 3550),
        ("en_US", "1,234.50", "usd", 123450),
        ("en_US", "1,234", "kwd", 1234000),
        ("ja_JP", "１７，０００", "jpy", 17000),  # full-width digits and comma of a Japanese IME
        ("ja_JP", "17,000", "jpy", 17000),
        ("en_IN", "1,23,456.00", "inr", 12345600),  # lakh grouping
        ("en_IN", "123,456.00", "inr", 12345600),
        ("ar", "\u200f499.00", "usd", 49900),
        ("ar_EG", "٤٩٩٫٠٠", "usd", 49900),  # Arabic-Indic digits and decimal separator
        ("ar_EG", "١٢٬٣٤٥", "jpy", 12345),
        ("de_CH", "1'234.50", "chf", 123450),
        ("de_CH", "1’234.50", "chf", 123450),
    ],
)
def test_amounts_typed_in_the_locale_become_exact_minor_units(
    locale: str, typed: str, currency: str, minor: int
) -> None:
    assert parse_amount(typed, currency, locale) == minor
    with using_locale(locale):
        assert parse_amount(typed, currency) == minor


def test_in_us_english_a_dot_with_three_digits_in_usd_is_refused_with_a_sentence() -> None:
    with pytest.raises(MoneyError) as refused:
        parse_amount("1.234", "usd")
    assert str(refused.value) == "USD allows at most 2 decimal places; “1.234” has more."


def test_two_meanings_that_both_fit_are_refused_as_ambiguous() -> None:
    # In de_DE the dot groups thousands, but 35.00 is accepted too: so "1.234" KWD could
    # be 1.234 KWD (a dot for decimals) or 1,234 KWD (grouping). Neither is chosen.
    with pytest.raises(MoneyError) as refused:
        parse_amount("1.234", "kwd", "de_DE")
    assert str(refused.value) == (
        "“1.234” could mean 1.234,000\u00a0KWD or 1,234\u00a0KWD; write 1234 or 1,234 to "
        "say which."
    )
    assert parse_amount("1234", "kwd", "de_DE") == 1234000
    assert parse_amount("1,234", "kwd", "de_DE") == 1234


@pytest.mark.parametrize(
    ("locale", "typed", "message"),
    [
        ("en_US", "35,00", "“35,00” is not an amount; use a dot for decimals, such as 1.50."),
        ("de_DE", "1.2.3", "“1.2.3” is not an amount; enter a number such as 35,00."),
        ("de_DE", "-5", "The amount cannot be negative or carry a sign; enter a number such "
                        "as 35,00."),
        ("de_DE", "", "Enter an amount."),
        ("de_DE", "1,2345", "USD allows at most 2 decimal places; “1,2345” has more."),
        ("fr_FR", "12abc", "“12abc” is not an amount; enter a number such as 35,00."),
        ("de_DE", "1.000.000", "The amount is too large; the most a line item can cost is "
                               "999.999,99\u00a0$."),
        ("ja_JP", "1.005", "USD allows at most 2 decimal places; “1.005” has more."),
    ],
)
def test_refusals_are_sentences_in_the_locales_own_spelling(
    locale: str, typed: str, message: str
) -> None:
    with pytest.raises(MoneyError) as refused:
        parse_amount(typed, "usd", locale)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    "typed", ["1e3", "NaN", "inf", "0x10", "1..5", "35.", "1,2345.00", "1.234,5,6", "€5"]
)
@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "ja_JP", "en_IN", "ar"])
def test_things_that_are_not_amounts_are_refused_in_every_locale(typed: str, locale: str) -> None:
    with pytest.raises(MoneyError):
        parse_amount(typed, "usd", locale)


def test_every_reading_keeps_the_places_as_typed() -> None:
    assert read_number("1.234", "de_DE") == (Decimal("1234"), Decimal("1.234"))
    assert read_number("35,50", "de_DE") == (Decimal("35.50"),)
    assert read_number("1,234", "en_US") == (Decimal("1234"),)


currencies = st.sampled_from(["usd", "eur", "jpy", "krw", "kwd", "bhd", "inr", "xof", "clp"])


@given(
    minor=st.integers(min_value=0, max_value=MAX_UNIT_AMOUNT),
    currency=currencies,
    locale=st.sampled_from(LOCALES),
)
def test_what_an_amount_field_shows_reads_back_exactly_in_every_locale(
    minor: int, currency: str, locale: str
) -> None:
    shown = format_major(minor, currency, locale)  # what the editor shows a saved amount as
    assert parse_amount(shown, currency, locale) == minor
    plain = shown.replace("\u00a0", "").replace("\u202f", "")
    assert parse_amount(plain, currency, locale) == minor


@given(minor=st.integers(min_value=0, max_value=MAX_UNIT_AMOUNT), currency=currencies,
       locale=st.sampled_from(LOCALES))
def test_a_formatted_amount_carries_the_same_digits(minor: int, currency: str, locale: str) -> None:
    digits = "".join(ch for ch in format_amount(minor, currency, locale) if ch.isdigit())
    assert int(digits) == minor


def test_the_editor_form_reads_amounts_in_the_current_locale() -> None:
    form = link_form.LinkForm(
        title="Workshop",
        line_items=[link_form.LineItemForm(currency="USD", product="prod_a", amount="1.234,50")],
    )
    assert "line_items[0][price_data][unit_amount]" in link_form.validate(form)
    with using_locale("de_DE"):
        assert link_form.validate(form) == {}
        assert link_form.create_params(form)["line_items"][0]["price_data"]["unit_amount"] == (
            123450
        )


def test_an_import_reads_the_same_in_any_locale() -> None:
    # The sheet's own rules (issue 13) decide what a cell means; the form then reads that
    # meaning in the current locale, so a German merchant's import of "1.500" KWD (a dot:
    # the sheet's decimal point) is 1.500 KWD, not refused as ambiguous.
    text = (
        "title,currency,amount,quantity,product\n"
        "A,KWD,1.500,1,prod_a\nB,EUR,\"1.234,50\",1,prod_b\nC,USD,35.00,2,prod_c\n"
    )
    amounts: dict[str, list[int]] = {}
    for locale in ("en_US", "de_DE", "fr_FR", "ja_JP"):
        with using_locale(locale):
            result = plan_import(read_csv_bytes(text.encode()))
        assert result.ok, (locale, result.all_problems())
        amounts[locale] = [
            link.params["line_items"][0]["price_data"]["unit_amount"]
            for link in result.links
            if link.params is not None
        ]
    assert set(map(tuple, amounts.values())) == {(1500, 123450, 3500)}
