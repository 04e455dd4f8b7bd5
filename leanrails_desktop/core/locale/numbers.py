"""Numbers in the merchant's locale through CLDR (Babel): amounts, counts, percentages.

Amounts arrive as exact :class:`~decimal.Decimal` values that already carry the API's
number of decimal places (``core.money`` decides those: the API's rules, not CLDR's), and
are shown with exactly those places: KWD 45.750 keeps its three, JPY 17000 has none.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import (
    NumberPattern,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    parse_pattern,
)

from leanrails_desktop.core.locale.current import locale_for, locale_name

_CODE = re.compile(r"^[A-Za-z]{3}$")
_NBSP = "\u00a0"
_PLAIN = re.compile(r"^\d*\.\d+$|^\d+$")
# Latin digits in every locale. CLDR's default for ar_EG and ar_SA is Arabic-Indic, but
# Babel writes only the separators of that system (Latin digits with ٫ and ٬), a mix no
# one reads; plain "ar" and the Maghreb locales use Latin digits in CLDR too. Typed
# Arabic-Indic digits and separators are still read (see reading.py).
_NUMBERING = "latn"


def display_code(currency: str) -> str:
    """The code a currency is looked up and shown by: ``USD`` for ``usd``; a value that is
    not three letters (from a damaged or hostile answer) keeps only its letters and digits,
    at most eight, and is never matched to a symbol."""
    cleaned = currency.strip()
    if _CODE.match(cleaned):
        return cleaned.upper()
    kept = "".join(ch for ch in cleaned if ch.isascii() and ch.isalnum())[:8]
    return kept.upper() or "XXX"


def currency_symbol(currency: str, locale: str | None = None) -> str:
    """CLDR's symbol for ``currency`` in the locale (``$``, ``$US``, ``￥``), or its code."""
    return _symbol(locale_name(locale), currency)


@lru_cache(maxsize=2048)
def _symbol(locale: str, currency: str) -> str:
    code = display_code(currency)
    if not _CODE.match(currency.strip()):
        return code
    return str(get_currency_symbol(code, Locale.parse(locale)))


def format_money(value: Decimal, currency: str, locale: str | None = None) -> str:
    """``value`` in ``currency`` as the locale writes money: ``499,00 $`` (de_DE),
    ``$499.00`` (en_US), ``￥17,000`` (ja_JP), ``₹1,23,456.00`` (en_IN)."""
    loc = locale_name(locale)
    style = _money_style(loc, _symbol(loc, currency), _places(value))
    return style.render(value)


def format_number(value: Decimal, locale: str | None = None, *, grouping: bool = True) -> str:
    """``value`` with exactly its own decimal places in the locale's digits and marks,
    without a symbol: ``1.234,50`` (de_DE), ``1,234.500`` (en_US, three places)."""
    style = _number_style(locale_name(locale), _places(value))
    return style.render(value, grouping=grouping)


@dataclass(frozen=True, slots=True)
class _Style:
    """How a locale writes numbers of one pattern, taken from Babel once and applied with
    string operations: exports and the list format tens of thousands of amounts, and
    Babel's general path costs some 25 µs for each."""

    prefixes: tuple[str, str]  # (positive, negative)
    suffixes: tuple[str, str]
    decimal: str
    group: str
    sizes: tuple[int, int]  # primary and secondary group sizes (3, 2 in en_IN)

    def render(self, value: Decimal, *, grouping: bool = True) -> str:
        negative = value < 0
        whole, _, fraction = f"{abs(value):f}".partition(".")
        digits = self._grouped(whole) if grouping else whole
        if fraction:
            digits += self.decimal + fraction
        return self.prefixes[negative] + digits + self.suffixes[negative]

    def _grouped(self, whole: str) -> str:
        # Babel's rule: split off the primary size, then the secondary, from the right.
        size, tail = self.sizes[0], ""
        while len(whole) > size:
            tail = self.group + whole[-size:] + tail
            whole = whole[:-size]
            size = self.sizes[1]
        return whole + tail


@lru_cache(maxsize=1024)
def _money_style(locale: str, symbol: str, places: int) -> _Style:
    loc = Locale.parse(locale)
    pattern = _money_pattern(locale, places)
    placeholder = str(get_currency_symbol(_UNLISTED, loc))
    texts = [
        str(pattern.apply(probe, loc, currency=_UNLISTED, currency_digits=False,
                          numbering_system=_NUMBERING))
        for probe in _probes(places)
    ]
    style = _style_from(texts, loc, pattern, places)
    prefixes = tuple(p.replace(placeholder, symbol) for p in style.prefixes)
    suffixes = tuple(p.replace(placeholder, symbol) for p in style.suffixes)
    # CLDR's currency spacing: a symbol that ends (or starts) with a letter gets a no-break
    # space next to the digits (KWD 45.750, 45,750 KWD); $ and € stay close.
    spaced_prefixes = tuple(
        p + _NBSP if symbol and p.endswith(symbol) and not _is_symbol(symbol[-1]) else p
        for p in prefixes
    )
    spaced_suffixes = tuple(
        _NBSP + p if symbol and p.startswith(symbol) and not _is_symbol(symbol[0]) else p
        for p in suffixes
    )
    return _Style(
        (spaced_prefixes[0], spaced_prefixes[1]), (spaced_suffixes[0], spaced_suffixes[1]),
        style.decimal, style.group, style.sizes,
    )


@lru_cache(maxsize=256)
def _number_style(locale: str, places: int) -> _Style:
    loc = Locale.parse(locale)
    pattern = _number_pattern(locale, places)
    texts = [
        str(pattern.apply(probe, loc, numbering_system=_NUMBERING)) for probe in _probes(places)
    ]
    return _style_from(texts, loc, pattern, places)


def _probes(places: int) -> tuple[Decimal, Decimal]:
    one = Decimal(1).quantize(Decimal(1).scaleb(-places))  # 1, 1.00 or 1.000
    return one, -one


def _style_from(texts: list[str], loc: Locale, pattern: NumberPattern, places: int) -> _Style:
    """Split Babel's rendering of +1 and -1 around the number, which holds no group mark."""
    decimal = get_decimal_symbol(loc, numbering_system=_NUMBERING)
    number = "1" + (decimal + "0" * places if places else "")
    prefixes: list[str] = []
    suffixes: list[str] = []
    for text in texts:
        at = text.index(number)
        prefixes.append(text[:at])
        suffixes.append(text[at + len(number):])
    grouping = pattern.grouping
    return _Style(
        (prefixes[0], prefixes[1]), (suffixes[0], suffixes[1]), decimal,
        get_group_symbol(loc, numbering_system=_NUMBERING), (grouping[0], grouping[1]),
    )


def _babel_money(value: Decimal, currency: str, locale: str | None = None) -> str:
    """Babel's own rendering, for the tests to hold :func:`format_money` against."""
    loc = locale_for(locale)
    code = display_code(currency)
    symbol = currency_symbol(currency, str(loc))
    pattern = _money_pattern(str(loc), _places(value))
    text = str(pattern.apply(value, loc, currency=_UNLISTED, currency_digits=False,
                             numbering_system=_NUMBERING))
    text = text.replace(str(get_currency_symbol(_UNLISTED, loc)), symbol or code)
    return _space_symbol(text, symbol)


def _babel_number(value: Decimal, locale: str | None = None) -> str:
    """Babel's own rendering, for the tests to hold :func:`format_number` against."""
    loc = locale_for(locale)
    pattern = _number_pattern(str(loc), _places(value))
    return str(pattern.apply(value, loc, numbering_system=_NUMBERING))


def spell_plain(text: str, locale: str | None = None) -> str:
    """A plain number (``1234.50``, as a spreadsheet or the API spells it) as the locale
    types it (``1234,50`` in de_DE), every digit kept; other text is returned unchanged, for
    the reader to refuse in its own words."""
    if not _PLAIN.match(text):
        return text
    return text.replace(".", get_decimal_symbol(locale_for(locale)))


def format_measure(value: float, places: int = 1, locale: str | None = None) -> str:
    """A measurement (millimetres, seconds) rounded to ``places`` and written in the
    locale, without trailing zeros: ``16.6`` / ``16,6``, ``20`` rather than ``20.0``."""
    rounded = Decimal(str(round(float(value), places)))
    if rounded == rounded.to_integral_value():
        rounded = rounded.quantize(Decimal(1))
    else:
        rounded = rounded.normalize()
    return format_number(rounded, locale)


def format_count(count: int, locale: str | None = None) -> str:
    """A count with the locale's grouping: ``10,000`` (en_US), ``10.000`` (de_DE)."""
    return format_number(Decimal(count), locale)


def format_percent(fraction: float | Decimal, locale: str | None = None) -> str:
    """A fraction as a percentage in the locale: 0.25 → ``25%`` (en_US), ``25 %`` (de_DE)."""
    loc = locale_for(locale)
    pattern = loc.percent_formats[None]
    return str(pattern.apply(Decimal(str(fraction)), loc, numbering_system=_NUMBERING))


# Babel is given ISO's code for "no currency" and its sign is replaced by the currency's
# symbol (or code) afterwards: one rendering serves every currency of a locale.
_UNLISTED = "XXX"


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


@lru_cache(maxsize=256)
def _money_pattern(locale: str, places: int) -> NumberPattern:
    base = Locale.parse(locale).currency_formats["standard"]
    return _with_places(base, places)


@lru_cache(maxsize=256)
def _number_pattern(locale: str, places: int) -> NumberPattern:
    base = Locale.parse(locale).decimal_formats[None]
    return _with_places(base, places)


def _with_places(base: NumberPattern, places: int) -> NumberPattern:
    pattern = copy.copy(parse_pattern(base.pattern))
    pattern.frac_prec = (places, places)
    return pattern


def _space_symbol(text: str, symbol: str) -> str:
    """CLDR's currency spacing: a symbol that ends (or starts) with a letter gets a no-break
    space next to the digits (``KWD 45.750``, ``45,750 KWD``); ``$`` stays close."""
    if not symbol:
        return text
    at = text.find(symbol)
    if at < 0:
        return text
    end = at + len(symbol)
    if end < len(text) and _is_digit(text[end]) and not _is_symbol(symbol[-1]):
        return text[:end] + _NBSP + text[end:]
    if at > 0 and _is_digit(text[at - 1]) and not _is_symbol(symbol[0]):
        return text[:at] + _NBSP + text[at:]
    return text


def _is_digit(ch: str) -> bool:
    return unicodedata.category(ch) == "Nd"


def _is_symbol(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "SZ"
