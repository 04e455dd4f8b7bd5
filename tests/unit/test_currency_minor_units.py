"""Every ISO 4217 currency's minor unit, pinned from the standard and the API contract.

The expected values are written out here, from the contract's Money section (its lists of
zero- and three-decimal currencies) and ISO 4217's table of minor units; nothing is read
from ``core.money``'s own tables. A currency that slips out of (or into) the wrong table
is charged 100× or 1000× off, so each one is checked in what a merchant types and sees.
"""

from __future__ import annotations

import pytest

from leanrails_desktop.core.money import (
    Money,
    MoneyError,
    exponent,
    format_amount,
    format_major,
    from_minor,
    parse_amount,
    symbol,
    to_minor,
)

# The contract, "Money": "Zero-decimal currencies (among them jpy, krw, vnd, clp, isk, ugx,
# xaf, xof) have no minor unit ... Three-decimal currencies (bhd, jod, kwd, omr, tnd) have
# 1000 minor units."
CONTRACT_ZERO_DECIMAL = ("jpy", "krw", "vnd", "clp", "isk", "ugx", "xaf", "xof")
CONTRACT_THREE_DECIMAL = ("bhd", "jod", "kwd", "omr", "tnd")

# ISO 4217, list one (current currencies), minor unit 0 and 3.
ISO_ZERO_DECIMAL = (
    "bif", "clp", "djf", "gnf", "isk", "jpy", "kmf", "krw", "pyg", "rwf", "ugx", "vnd", "vuv",
    "xaf", "xof", "xpf",
)
ISO_THREE_DECIMAL = ("bhd", "iqd", "jod", "kwd", "lyd", "omr", "tnd")

# ISO 4217, list one, minor unit 2: every other current currency a merchant can charge in.
ISO_TWO_DECIMAL = (
    "aed", "afn", "all", "amd", "ang", "aoa", "ars", "aud", "awg", "azn", "bam", "bbd", "bdt",
    "bgn", "bmd", "bnd", "bob", "brl", "bsd", "btn", "bwp", "byn", "bzd", "cad", "cdf", "chf",
    "cny", "cop", "crc", "cup", "cve", "czk", "dkk", "dop", "dzd", "egp", "ern", "etb", "eur",
    "fjd", "fkp", "gbp", "gel", "ghs", "gip", "gmd", "gtq", "gyd", "hkd", "hnl", "htg", "huf",
    "idr", "ils", "inr", "irr", "jmd", "kes", "kgs", "khr", "kpw", "kyd", "kzt", "lak", "lbp",
    "lkr", "lrd", "lsl", "mad", "mdl", "mga", "mkd", "mmk", "mnt", "mop", "mru", "mur", "mvr",
    "mwk", "mxn", "myr", "mzn", "nad", "ngn", "nio", "nok", "npr", "nzd", "pab", "pen", "pgk",
    "php", "pkr", "pln", "qar", "ron", "rsd", "rub", "sar", "sbd", "scr", "sdg", "sek", "sgd",
    "shp", "sle", "sos", "srd", "ssp", "stn", "svc", "syp", "szl", "thb", "tjs", "tmt", "top",
    "try", "ttd", "twd", "tzs", "uah", "usd", "uyu", "uzs", "ves", "wst", "xcd", "yer", "zar",
    "zmw",
)
# Left out on purpose: fund codes (bov, che, chw, clf, cou, mxv, usn, uyi, uyw), which no
# checkout is priced in, and the units with no minor unit at all (xau, xag, xdr, xts, …).

MINOR_UNITS: dict[str, int] = {
    **{code: 2 for code in ISO_TWO_DECIMAL},
    **{code: 0 for code in ISO_ZERO_DECIMAL},
    **{code: 3 for code in ISO_THREE_DECIMAL},
}
ALL_CODES = sorted(MINOR_UNITS)


def test_the_contracts_lists_agree_with_iso_4217() -> None:
    assert set(CONTRACT_ZERO_DECIMAL) <= set(ISO_ZERO_DECIMAL)
    assert set(CONTRACT_THREE_DECIMAL) <= set(ISO_THREE_DECIMAL)
    assert len(ALL_CODES) == len(ISO_TWO_DECIMAL) + len(ISO_ZERO_DECIMAL) + len(ISO_THREE_DECIMAL)


@pytest.mark.parametrize("code", ALL_CODES)
def test_minor_unit_of_every_currency(code: str) -> None:
    assert exponent(code) == MINOR_UNITS[code]
    assert exponent(code.upper()) == MINOR_UNITS[code]


@pytest.mark.parametrize("code", CONTRACT_ZERO_DECIMAL)
def test_contract_zero_decimal_amounts_are_whole_units(code: str) -> None:
    # "unit_amount: 3500 in jpy is ¥3,500": typed 3500 goes out as 3500, not 350000.
    assert parse_amount("3500", code) == 3500
    assert parse_amount("3,500", code) == 3500
    assert to_minor(3500, code) == 3500
    assert str(from_minor(3500, code)) == "3500"
    assert format_major(3500, code) == "3,500"
    with pytest.raises(MoneyError, match="no decimal places"):
        parse_amount("35.5", code)


@pytest.mark.parametrize("code", CONTRACT_THREE_DECIMAL)
def test_contract_three_decimal_amounts_have_1000_minor_units(code: str) -> None:
    assert parse_amount("1.5", code) == 1500
    assert parse_amount("0.001", code) == 1
    assert str(from_minor(1500, code)) == "1.500"
    assert format_major(1234500, code) == "1,234.500"
    with pytest.raises(MoneyError, match="at most 3 decimal places"):
        parse_amount("1.0005", code)


@pytest.mark.parametrize("code", ALL_CODES)
def test_one_major_unit_typed_is_sent_in_the_right_minor_units(code: str) -> None:
    places = MINOR_UNITS[code]
    one_unit = {0: 1, 2: 100, 3: 1000}[places]
    assert parse_amount("1", code) == one_unit
    shown = {0: "1", 2: "1.00", 3: "1.000"}[places]
    assert format_major(one_unit, code) == shown
    assert format_amount(one_unit, code).endswith(shown)


@pytest.mark.parametrize(
    ("code", "minor", "shown"),
    [
        ("xof", 5000, "F\u202fCFA\u00a05,000"),  # CLDR's symbols, spaced from digits
        ("xaf", 5000, "FCFA\u00a05,000"),
        ("xpf", 12, "CFPF\u00a012"),
        ("ugx", 10000, "UGX\u00a010,000"),
        ("isk", 990, "ISK\u00a0990"),
        ("clp", 15000, "CLP\u00a015,000"),
        ("vnd", 250000, "₫250,000"),
        ("krw", 12000, "₩12,000"),
        ("jpy", 3500, "¥3,500"),
        ("bhd", 1250, "BHD\u00a01.250"),
        ("iqd", 500, "IQD\u00a00.500"),
        ("jod", 75, "JOD\u00a00.075"),
        ("lyd", 1000, "LYD\u00a01.000"),
        ("omr", 2500, "OMR\u00a02.500"),
        ("tnd", 999, "TND\u00a00.999"),
        ("usd", 3500, "$35.00"),
        ("eur", 1999, "€19.99"),
        ("gbp", 5, "£0.05"),
        ("chf", 1000, "CHF\u00a010.00"),
    ],
)
def test_merchant_facing_amounts(code: str, minor: int, shown: str) -> None:
    assert format_amount(minor, code) == shown


@pytest.mark.parametrize(
    ("code", "shown"),
    [("usd", "$"), ("USD", "$"), ("eur", "€"), ("jpy", "¥"), ("krw", "₩"), ("vnd", "₫"),
     ("xof", "F\u202fCFA"), ("kwd", "KWD"), ("Chf", "CHF")],
)
def test_the_symbol_beside_an_amount_field(code: str, shown: str) -> None:
    assert symbol(code) == shown


def test_money_reads_as_the_merchant_sees_it() -> None:
    assert str(Money(3500, "jpy")) == "¥3,500"
    assert str(Money(3500, "xof")) == "F\u202fCFA\u00a03,500"
    assert str(Money(1500, "kwd")) == "KWD\u00a01.500"
    assert str(Money(-199, "usd")) == "-$1.99"
