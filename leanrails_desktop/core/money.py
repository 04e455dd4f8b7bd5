"""Currencies, minor units, and exact conversion between typed amounts and minor units.

Every amount in the API is an integer count of the currency's minor unit (cents for usd,
yen for jpy, fils for kwd). Which currencies have 0 or 3 decimal places is the API's rule
(the contract), kept here explicitly, not CLDR's digits. Conversions go through
:class:`~decimal.Decimal` only, never through float, so ``"19.99"`` usd is always exactly
``1999``. What a person reads or types is formatted and read by ``core.locale``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.locale import (
    ReadingError,
    currency_symbol,
    format_money,
    format_number,
    read_number,
)

MAX_UNIT_AMOUNT = 99_999_999
"""Largest ``unit_amount`` the API accepts, in minor units."""

ZERO_DECIMAL = frozenset(
    {
        "bif",
        "clp",
        "djf",
        "gnf",
        "isk",
        "jpy",
        "kmf",
        "krw",
        "pyg",
        "rwf",
        "ugx",
        "vnd",
        "vuv",
        "xaf",
        "xof",
        "xpf",
    }
)
THREE_DECIMAL = frozenset({"bhd", "iqd", "jod", "kwd", "lyd", "omr", "tnd"})

COMMON_CURRENCIES: tuple[str, ...] = (
    "usd",
    "eur",
    "gbp",
    "cad",
    "aud",
    "nzd",
    "chf",
    "sek",
    "nok",
    "dkk",
    "pln",
    "czk",
    "jpy",
    "krw",
    "cny",
    "hkd",
    "sgd",
    "inr",
    "mxn",
    "brl",
    "zar",
    "ils",
    "try",
    "thb",
    "php",
    "vnd",
    "clp",
    "isk",
    "ugx",
    "xaf",
    "xof",
    "bhd",
    "jod",
    "kwd",
    "omr",
    "tnd",
)
"""Currencies offered first in pickers; any three-letter code is still accepted."""

_CODE = re.compile(r"^[a-z]{3}$")


class MoneyError(ValueError):
    """An amount or currency a merchant typed cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in minor units together with its currency."""

    minor: int
    currency: str

    def __str__(self) -> str:
        return format_amount(self.minor, self.currency)


def normalize_currency(code: str) -> str:
    """Return ``code`` as the API wants it (lowercase ISO 4217), or raise MoneyError."""
    cleaned = code.strip().lower()
    if not cleaned:
        raise MoneyError(translate("Money", "Enter the currency, three letters such as USD."))
    if not _CODE.match(cleaned):
        raise MoneyError(
            translate(
                "Money", "“{code}” is not a currency code; use three letters such as USD."
            ).format(code=code.strip())
        )
    return cleaned


def exponent(currency: str) -> int:
    """Number of decimal places of ``currency``'s minor unit (0, 2 or 3)."""
    code = currency.lower()
    if code in ZERO_DECIMAL:
        return 0
    if code in THREE_DECIMAL:
        return 3
    return 2


def to_minor(amount: Decimal | int | str, currency: str) -> int:
    """Convert a major-unit amount to minor units exactly.

    Raises MoneyError if the amount has more decimal places than the currency allows
    (3.999 usd is refused, never rounded), is negative, or is not a plain number. Text is
    read as in the current locale (see :func:`parse_decimal`).
    """
    value = parse_decimal(amount) if isinstance(amount, str) else Decimal(amount)
    return _exact_minor(value, currency, str(amount))


def _exact_minor(value: Decimal, currency: str, shown: str) -> int:
    if not value.is_finite():
        raise MoneyError(
            translate("Money", "Enter an amount as a plain number, such as 35 or 35.00.")
        )
    if value.is_signed():
        raise MoneyError(translate("Money", "The amount cannot be negative."))
    places = exponent(currency)
    scaled = value.scaleb(places)
    if scaled != scaled.to_integral_value():
        if places == 0:
            raise MoneyError(
                translate(
                    "Money", "{currency} has no decimal places; enter a whole amount."
                ).format(currency=currency.upper())
            )
        raise MoneyError(
            translate(
                "Money", "{currency} allows at most {places} decimal places; “{shown}” has more."
            ).format(currency=currency.upper(), places=places, shown=shown)
        )
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    """Convert minor units to an exact major-unit Decimal (3500 jpy → 3500, 3500 usd → 35.00)."""
    places = exponent(currency)
    return Decimal(minor).scaleb(-places).quantize(Decimal(1).scaleb(-places))


def parse_decimal(text: str, locale: str | None = None) -> Decimal:
    """Parse what a person typed as a number, in the locale's own way (the current locale
    by default): ``1,234.50`` in en_US, ``1.234,50`` in de_DE.

    Digits from any script (``١٢٣``) are accepted; exponents, signs, ``NaN`` and
    infinities are refused with a MoneyError.
    """
    try:
        return read_number(text, locale)[0]
    except ReadingError as exc:
        raise MoneyError(str(exc)) from None


def parse_amount(text: str, currency: str, locale: str | None = None) -> int:
    """Parse an amount typed in the locale (the current one by default) into minor units,
    within the API's limits.

    Each reading the locale allows is tried (in de_DE both ``1.234,50`` and ``35.00``); the
    readings that fit the currency must agree, or the text is refused as ambiguous: in
    de_DE ``1.234`` USD is 1,234.00, while ``1.234`` KWD could be 1.234 or 1234.
    """
    try:
        readings = read_number(text, locale)
    except ReadingError as exc:
        raise MoneyError(str(exc)) from None
    shown = text.strip()
    places = exponent(currency)
    # The plain-dot reading beside the locale's own is for "35.00": with more places than
    # the currency has, "5.000" JPY in de_DE is five thousand, not five with zeros.
    readings = readings[:1] + tuple(r for r in readings[1:] if _places(r) <= places)
    fits: dict[int, Decimal] = {}
    refusal: MoneyError | None = None
    for value in readings:
        try:
            minor = _exact_minor(value, currency, shown)
            if minor > MAX_UNIT_AMOUNT:
                limit = format_amount(MAX_UNIT_AMOUNT, currency, locale)
                raise MoneyError(
                    translate(
                        "Money",
                        "The amount is too large; the most a line item can cost is {limit}.",
                    ).format(limit=limit)
                )
        except MoneyError as exc:
            refusal = refusal or exc
            continue
        fits.setdefault(minor, value)
    if len(fits) == 1:
        return next(iter(fits))
    if not fits:
        assert refusal is not None  # read_number returns at least one reading
        raise refusal
    (a, a_value), (b, b_value) = list(fits.items())[:2]
    raise MoneyError(
        translate(
            "Money", "“{shown}” could mean {first} or {second}; write {first_plain} or "
            "{second_plain} to say which."
        ).format(
            shown=shown,
            first=format_amount(a, currency, locale),
            second=format_amount(b, currency, locale),
            first_plain=format_number(a_value, locale, grouping=False),
            second_plain=format_number(b_value, locale, grouping=False),
        )
    )


def _places(value: Decimal) -> int:
    exp = value.as_tuple().exponent
    return -exp if isinstance(exp, int) and exp < 0 else 0


def format_major(minor: int, currency: str, locale: str | None = None) -> str:
    """The amount in major units as the locale groups it, without a symbol: ``1,234.50``
    (en_US), ``1.234,50`` (de_DE). What an amount field shows; it reads back exactly."""
    return format_number(from_minor(minor, currency), locale)


def format_amount(minor: int, currency: str, locale: str | None = None) -> str:
    """A merchant-facing amount in the locale (the current one by default): ``$35.00``,
    ``¥3,500``, ``KWD 1.500`` in en_US; ``35,00 $`` in de_DE."""
    return format_money(from_minor(minor, currency), currency, locale)


def symbol(currency: str) -> str:
    """The symbol shown beside an amount field (``$``, ``$US`` in fr_FR), or the code."""
    return currency_symbol(currency)
