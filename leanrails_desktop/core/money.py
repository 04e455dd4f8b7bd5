"""Currencies, minor units, and exact conversion between typed amounts and minor units.

Every amount in the API is an integer count of the currency's minor unit (cents for usd,
yen for jpy, fils for kwd). Conversions here go through :class:`~decimal.Decimal` only,
never through float, so ``"19.99"`` usd is always exactly ``1999``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

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

# Symbols a merchant recognises at a glance; other currencies are shown by their code.
_SYMBOLS: dict[str, str] = {
    "usd": "$",
    "eur": "€",
    "gbp": "£",
    "jpy": "¥",
    "krw": "₩",
    "inr": "₹",
    "cny": "CN¥",
    "cad": "CA$",
    "aud": "A$",
    "nzd": "NZ$",
    "hkd": "HK$",
    "sgd": "S$",
    "mxn": "MX$",
    "brl": "R$",
    "ils": "₪",
    "vnd": "₫",
    "php": "₱",
    "thb": "฿",
    "try": "₺",
    "ngn": "₦",
}

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
_PLAIN_NUMBER = re.compile(r"^\d+(?:\.\d+)?$|^\.\d+$")
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


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
        raise MoneyError("Enter the currency, three letters such as USD.")
    if not _CODE.match(cleaned):
        raise MoneyError(f"“{code.strip()}” is not a currency code; use three letters such as USD.")
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
    (3.999 usd is refused, never rounded), is negative, or is not a plain number.
    """
    value = parse_decimal(amount) if isinstance(amount, str) else Decimal(amount)
    if not value.is_finite():
        raise MoneyError("Enter an amount as a plain number, such as 35 or 35.00.")
    if value.is_signed():
        raise MoneyError("The amount cannot be negative.")
    places = exponent(currency)
    scaled = value.scaleb(places)
    if scaled != scaled.to_integral_value():
        if places == 0:
            raise MoneyError(f"{currency.upper()} has no decimal places; enter a whole amount.")
        raise MoneyError(
            f"{currency.upper()} allows at most {places} decimal places; “{amount}” has more."
        )
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    """Convert minor units to an exact major-unit Decimal (3500 jpy → 3500, 3500 usd → 35.00)."""
    places = exponent(currency)
    return Decimal(minor).scaleb(-places).quantize(Decimal(1).scaleb(-places))


def parse_decimal(text: str) -> Decimal:
    """Parse what a person typed as an amount: digits, an optional dot, grouping commas.

    Digits from any script (``١٢٣``) are accepted; exponents, signs, ``NaN`` and
    infinities are refused with a MoneyError.
    """
    cleaned = ascii_digits(text.strip()).replace(" ", "")
    if cleaned.startswith("-") or cleaned.startswith("+"):
        raise MoneyError(
            "The amount cannot be negative or carry a sign; enter a number such as 35.00."
        )
    if "," in cleaned:
        # Commas group thousands only: "1,5" is a decimal comma, which would be 100× off.
        if not _GROUPED.match(cleaned):
            raise MoneyError(
                f"“{text.strip()}” is not an amount; use a dot for decimals, such as 1.50."
            )
        cleaned = cleaned.replace(",", "")
    if not cleaned:
        raise MoneyError("Enter an amount.")
    if not _PLAIN_NUMBER.match(cleaned):
        raise MoneyError(f"“{text.strip()}” is not an amount; enter a number such as 35.00.")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only valid input
        raise MoneyError(f"“{text.strip()}” is not an amount.") from exc


def ascii_digits(text: str) -> str:
    """``text`` with digits of any script (``١٢٣``) written as ASCII digits."""
    if text.isascii():
        return text
    return "".join(_ascii_digit(ch) for ch in text)


def _ascii_digit(ch: str) -> str:
    if ch.isdigit() and not ch.isascii():
        try:
            return str(unicodedata.decimal(ch))
        except ValueError:
            return ch
    return ch


def parse_amount(text: str, currency: str) -> int:
    """Parse a typed major-unit amount into minor units, within the API's limits."""
    minor = to_minor(parse_decimal(text), currency)
    if minor > MAX_UNIT_AMOUNT:
        limit = format_amount(MAX_UNIT_AMOUNT, currency)
        raise MoneyError(f"The amount is too large; the most a line item can cost is {limit}.")
    return minor


def format_major(minor: int, currency: str) -> str:
    """The amount in major units with grouping, without a symbol: ``1,234.50``."""
    return _grouped(minor, _amount_style(currency)[1])


def format_amount(minor: int, currency: str) -> str:
    """A merchant-facing amount: ``$35.00``, ``¥3,500``, ``KWD 1.500``."""
    prefix, places = _amount_style(currency)
    if minor < 0:
        return f"-{prefix}{_grouped(-minor, places)}"
    return prefix + _grouped(minor, places)


@lru_cache(maxsize=512)
def _amount_style(currency: str) -> tuple[str, int]:
    """What goes before an amount in ``currency`` (``$``, ``KWD`` + no-break space) and its
    decimal places; looked up once per currency, as exports format thousands of amounts."""
    code = currency.lower()
    symbol = _SYMBOLS.get(code)
    return (f"{code.upper()}\u00a0" if symbol is None else symbol), exponent(code)


def _grouped(minor: int, places: int) -> str:
    # Integer arithmetic: exact like Decimal, and several times faster for long exports.
    sign = "-" if minor < 0 else ""
    magnitude = -minor if minor < 0 else minor
    if places == 0:
        return f"{sign}{magnitude:,}"
    scale = 10**places
    whole, fraction = divmod(magnitude, scale)
    return f"{sign}{whole:,}.{str(scale + fraction)[1:]}"


def symbol(currency: str) -> str:
    """The symbol shown beside an amount field (``$``), or the upper-case code."""
    return _SYMBOLS.get(currency.lower(), currency.upper())
