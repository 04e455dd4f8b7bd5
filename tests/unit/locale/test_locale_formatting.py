"""Amounts, counts, dates and the current locale, as CLDR (through Babel) writes them."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leanrails_desktop.core import money
from leanrails_desktop.core.links.listing import amount_text, created_text
from leanrails_desktop.core.locale import (
    choose_locale,
    current_locale,
    format_count,
    format_date,
    format_datetime,
    format_moment,
    format_money,
    format_number,
    format_percent,
    format_time,
    is_right_to_left,
    set_locale,
    using_locale,
)
from leanrails_desktop.core.locale.numbers import _babel_money, _babel_number
from leanrails_desktop.core.money import format_amount, format_major, symbol

NBSP, NNBSP, RLM = "\u00a0", "\u202f", "\u200f"


@pytest.mark.parametrize(
    ("locale", "minor", "currency", "shown"),
    [
        ("de_DE", 49900, "usd", f"499,00{NBSP}$"),
        ("fr_FR", 49900, "usd", f"499,00{NBSP}$US"),
        ("ja_JP", 49900, "usd", "$499.00"),
        ("ja_JP", 17000, "jpy", "￥17,000"),
        ("en_IN", 49900, "usd", "$499.00"),
        ("en_IN", 1234567800, "inr", "₹1,23,45,678.00"),  # lakh and crore grouping
        ("en_US", 1234567800, "inr", "₹12,345,678.00"),
        ("de_DE", 123456789, "eur", f"1.234.567,89{NBSP}€"),
        ("fr_FR", 123456789, "eur", f"1{NNBSP}234{NNBSP}567,89{NBSP}€"),
        ("pt_BR", 2500, "brl", f"R${NBSP}25,00"),
    ],
)
def test_amounts_follow_the_merchants_locale(
    locale: str, minor: int, currency: str, shown: str
) -> None:
    with using_locale(locale):
        assert format_amount(minor, currency) == shown
    assert format_amount(minor, currency, locale) == shown


def test_the_apis_decimal_places_win_over_cldrs() -> None:
    # CLDR gives KWD three digits too, but CLP none and ISK none only by the contract's say;
    # whatever CLDR says, an amount shows the places the API counts in.
    with using_locale("de_DE"):
        assert format_amount(45750, "kwd") == f"45,750{NBSP}KWD"
        assert format_amount(15000, "clp") == f"15.000{NBSP}CLP"
        assert format_amount(990, "isk") == f"990{NBSP}ISK"
        assert format_amount(1250, "bhd") == f"1,250{NBSP}BHD"
        assert format_major(1234500, "kwd") == "1.234,500"
    assert format_amount(45750, "kwd") == f"KWD{NBSP}45.750"


def test_negative_amounts_keep_their_sign_in_each_locale() -> None:
    assert format_amount(-250, "usd", "de_DE") == f"-2,50{NBSP}$"
    assert format_amount(-250, "usd", "ja_JP") == "-$2.50"


def test_arabic_and_hebrew_use_latin_digits_with_a_right_to_left_mark() -> None:
    # CLDR's "ar" counts in Latin digits (ar_EG and ar_SA default to Arabic-Indic digits,
    # which Babel does not write); the pattern starts with a right-to-left mark so the
    # amount sits right in a right-to-left line while its digits read left to right.
    assert format_amount(49900, "usd", "ar") == f"{RLM}499.00{NBSP}US$"
    assert format_amount(49900, "usd", "ar_EG") == f"{RLM}499.00{NBSP}US$"
    assert format_amount(49900, "usd", "he_IL") == f"{RLM}499.00{NBSP}{RLM}$"
    assert is_right_to_left("ar") and is_right_to_left("he_IL")
    assert not is_right_to_left("de_DE")


@pytest.mark.parametrize(
    ("currency", "shown"),
    [
        ("xyz", f"XYZ{NBSP}12.34"),  # a code CLDR does not know: shown by the code
        ("XYZ", f"XYZ{NBSP}12.34"),
        ("<b>", f"B{NBSP}12.34"),  # only letters and digits of a hostile value are kept
        ("usd\u202e", f"USD{NBSP}12.34"),  # never dressed up as "$": it is not a code
        ("", f"XXX{NBSP}12.34"),
        ("a" * 500, f"{'A' * 8}{NBSP}12.34"),
        ("\n\t", f"XXX{NBSP}12.34"),
    ],
)
def test_unknown_and_hostile_currency_codes_show_plainly(currency: str, shown: str) -> None:
    assert format_amount(1234, currency) == shown
    text = format_amount(1234, currency, "de_DE")
    assert not any(unicodedata.category(ch).startswith("C") for ch in text)  # no controls
    assert "<" not in text


def test_symbols_come_from_cldr_in_the_current_locale() -> None:
    assert symbol("usd") == "$"
    assert symbol("xof") == f"F{NNBSP}CFA"
    with using_locale("fr_FR"):
        assert symbol("usd") == "$US"
    with using_locale("ja_JP"):
        assert symbol("jpy") == "￥"
        assert symbol("cny") == "元"
    assert symbol("<script>") == "SCRIPT"


def test_money_module_has_no_symbol_table_of_its_own() -> None:
    tables = [v for v in vars(money).values() if isinstance(v, dict) and "usd" in v]
    assert tables == []  # the hand-written table of 20 symbols is gone


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("en_US", "10,000"), ("de_DE", "10.000"), ("fr_FR", f"10{NNBSP}000"),
     ("ja_JP", "10,000"), ("en_IN", "1,00,000"), ("de_CH", "10'000")],
)
def test_counts_are_grouped_as_the_locale_groups_them(locale: str, shown: str) -> None:
    count = 100_000 if locale == "en_IN" else 10_000
    assert format_count(count, locale) == shown


def test_percentages() -> None:
    assert format_percent(0.25, "en_US") == "25%"
    assert format_percent(0.25, "de_DE") == f"25{NBSP}%"


MOMENT = dt.datetime(2026, 12, 1, 13, 2)


@pytest.mark.parametrize(
    ("locale", "date", "time", "both"),
    [
        ("en_US", "Dec 1, 2026", f"1:02{NNBSP}PM", f"Dec 1, 2026, 1:02{NNBSP}PM"),
        ("de_DE", "01.12.2026", "13:02", "01.12.2026, 13:02"),
        ("fr_FR", "1 déc. 2026", "13:02", "1 déc. 2026, 13:02"),
        ("ja_JP", "2026/12/01", "13:02", "2026/12/01 13:02"),
    ],
)
def test_dates_and_times_follow_the_locale(locale: str, date: str, time: str, both: str) -> None:
    assert format_date(MOMENT, locale) == date
    assert format_time(MOMENT, locale) == time
    assert format_datetime(MOMENT, locale) == both


def test_a_moment_today_is_only_its_time() -> None:
    now = dt.datetime.now().replace(second=0, microsecond=0)
    earlier = now - dt.timedelta(days=3)
    assert format_moment(now, "de_DE") == now.strftime("%H:%M")
    assert format_moment(earlier, "de_DE") == format_datetime(earlier, "de_DE")
    assert format_moment(earlier.timestamp(), "de_DE").startswith(earlier.strftime("%d.%m.%Y"))


def test_the_list_cells_follow_a_change_of_locale() -> None:
    created = int(MOMENT.timestamp())
    assert amount_text(49900, "usd") == "$499.00"
    assert created_text(created) == f"Dec 1, 2026, 1:02{NNBSP}PM"
    with using_locale("de_DE"):  # cached per locale, not once for all
        assert amount_text(49900, "usd") == f"499,00{NBSP}$"
        assert created_text(created) == "01.12.2026, 13:02"
    assert created_text(0) == ""


@pytest.mark.parametrize(
    ("setting", "system", "environ", "chosen"),
    [
        ("", "de_DE", {}, "de_DE"),
        ("ja_JP", "de_DE", {}, "ja_JP"),  # the Settings → Language choice wins
        ("", "C", {"LANG": "fr_FR.UTF-8"}, "fr_FR"),
        ("", "", {"LC_ALL": "en_IN.UTF-8", "LANG": "de_DE.UTF-8"}, "en_IN"),
        ("", "C", {"LANG": "C.UTF-8"}, "en_US"),
        ("", "POSIX", {}, "en_US"),
        ("xx_YY", "", {}, "en_US"),
        ("de-AT", "", {}, "de_AT"),
        ("de_XX", "", {}, "de"),  # an unknown territory keeps its language
        ("../../etc/passwd", "", {}, "en_US"),
        (None, None, None, "en_US"),
    ],
)
def test_the_locale_is_chosen_from_setting_then_system_then_environment(
    setting: str | None, system: str | None, environ: dict[str, str] | None, chosen: str
) -> None:
    assert choose_locale(setting, system, environ) == chosen


def test_set_locale_falls_back_to_us_english_and_tests_start_there() -> None:
    assert current_locale() == "en_US"  # tests/conftest.py sets it for every test
    assert set_locale("de_DE.UTF-8") == "de_DE"
    assert current_locale() == "de_DE"
    assert set_locale("klingon") == "en_US"
    assert set_locale("") == "en_US"


# Not de_CH: its currency pattern ("¤ #,##0.00;¤-#,##0.00") makes Babel drop the grouping
# from seven digits on ("$ 1000000.00" but "$ 100'000.00"); see the test after this one.
LOCALES = ("en_US", "de_DE", "fr_FR", "ja_JP", "en_IN", "ar", "ar_EG", "he_IL", "es_ES",
           "pt_BR", "hi_IN", "fa_IR", "sv_SE", "pl_PL", "zh_CN", "ko_KR", "th_TH")


@given(
    minor=st.integers(min_value=-(10**12), max_value=10**12),
    currency=st.sampled_from(["usd", "eur", "jpy", "kwd", "inr", "chf", "xof", "qqq", "<x>"]),
    locale=st.sampled_from(LOCALES),
)
def test_the_quick_path_writes_exactly_what_babel_writes(
    minor: int, currency: str, locale: str
) -> None:
    # Exports format tens of thousands of amounts, so the pattern is taken from Babel once
    # per locale and currency; every amount must still read as Babel itself would write it.
    value = money.from_minor(minor, currency)
    assert format_money(value, currency, locale) == _babel_money(value, currency, locale)
    assert format_number(value, locale) == _babel_number(value, locale)


def test_swiss_amounts_are_grouped_however_long() -> None:
    assert format_amount(100000000, "usd", "de_CH") == f"${NBSP}1'000'000.00"
    assert format_amount(10000000, "chf", "de_CH") == f"CHF{NBSP}100'000.00"
