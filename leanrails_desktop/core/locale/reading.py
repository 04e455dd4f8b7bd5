"""Numbers as a person types them in their locale, read without guessing.

A typed amount is read in the locale's own way (``1.234,50`` in de_DE, ``1,234.50`` in
en_US, ``1,23,456.00`` in en_IN, ``1 234,50`` in fr_FR) and also, where the locale's
decimal mark is not a dot, as plain ``35.00``. Every reading that fits the text is
returned; ``core.money`` keeps those that fit the currency and refuses the text when two
different amounts remain (``1.234`` KWD in de_DE), so nothing is silently ambiguous.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.locale.current import locale_for
from leanrails_desktop.core.locale.numbers import format_number

SPACES = frozenset(" \u00a0\u202f\u2009\u2007")
"""Spaces people and locales put between digit groups; ignored when reading."""
_APOSTROPHES = frozenset("'\u2019\u02bc")
_BIDI_MARKS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SIGNS = frozenset("+-\u2212")
_ARABIC_DECIMAL, _ARABIC_GROUP = "\u066b", "\u066c"


class ReadingError(ValueError):
    """The text is not a number in any reading; the message says why, for a merchant."""


def ascii_digits(text: str) -> str:
    """``text`` with digits of any script (``١٢٣``, ``१२``, ``１２``) as ASCII digits."""
    if text.isascii():  # the usual case, and a spreadsheet's every cell
        return text
    return "".join(_ascii_digit(ch) for ch in text)


@lru_cache(maxsize=64)
def _number_marks(locale: Locale) -> tuple[str, str, tuple[int, int]]:
    """The locale's decimal mark, group mark and grouping sizes (read from CLDR once)."""
    return (
        get_decimal_symbol(locale),
        get_group_symbol(locale),
        locale.decimal_formats[None].grouping,
    )


def _ascii_digit(ch: str) -> str:
    if ch.isdigit() and not ch.isascii():
        try:
            return str(unicodedata.decimal(ch))
        except ValueError:
            return ch
    return ch


def read_number(text: str, locale: str | None = None) -> tuple[Decimal, ...]:
    """Every value ``text`` can mean in the locale, the locale's own reading first; each
    keeps the decimal places as typed (``35.50`` → ``Decimal('35.50')``).

    Raises :class:`ReadingError` when there is none: empty text, a sign, letters, marks in
    impossible places.
    """
    loc = locale_for(locale)
    shown = text.strip()
    cleaned = ascii_digits(unicodedata.normalize("NFKC", shown))
    cleaned = "".join(ch for ch in cleaned if ch not in _BIDI_MARKS and ch not in SPACES)
    decimal_mark, group_mark, grouping = _number_marks(loc)
    if group_mark in _APOSTROPHES or group_mark in SPACES:
        cleaned = "".join(ch for ch in cleaned if ch not in _APOSTROPHES)
        group_mark = ""
    if cleaned[:1] in _SIGNS:
        raise ReadingError(
            translate(
                "Amounts",
                "The amount cannot be negative or carry a sign; enter a number such as "
                "{example}.",
            ).format(example=_example("35.00", locale))
        )
    if not cleaned:
        raise ReadingError(translate("Amounts", "Enter an amount."))
    readings: list[tuple[str, str]] = [(decimal_mark, group_mark)]
    if _ARABIC_DECIMAL in cleaned or _ARABIC_GROUP in cleaned:
        readings = [(_ARABIC_DECIMAL, _ARABIC_GROUP)]
    elif decimal_mark != ".":
        readings.append((".", ""))
    found: list[Decimal] = []
    for decimal, group in readings:
        value = _read(cleaned, decimal, group, grouping)
        if value is not None and not any(_same(value, seen) for seen in found):
            found.append(value)
    if found:
        return tuple(found)
    misplaced = group_mark not in ("", ".") and group_mark in cleaned
    if (
        misplaced
        and decimal_mark not in cleaned
        and _read(cleaned.replace(group_mark, decimal_mark), decimal_mark, "", grouping)
    ):
        if decimal_mark == ",":
            text = translate(
                "Amounts",
                "“{shown}” is not an amount; use a comma for decimals, such as {example}.",
            )
        elif decimal_mark == ".":
            text = translate(
                "Amounts",
                "“{shown}” is not an amount; use a dot for decimals, such as {example}.",
            )
        else:
            text = translate(
                "Amounts",
                "“{shown}” is not an amount; use “{mark}” for decimals, such as {example}.",
            )
        raise ReadingError(
            text.format(shown=shown, mark=decimal_mark, example=_example("1.50", locale))
        )
    raise ReadingError(
        translate(
            "Amounts", "“{shown}” is not an amount; enter a number such as {example}."
        ).format(shown=shown, example=_example("35.00", locale))
    )


def plain_number(text: str, locale: str | None = None) -> str | None:
    """A number typed the locale's way as the API and files spell it: ``1.234,50`` →
    ``1234.50`` and ``17.000`` → ``17000`` in de_DE; None when ``text`` is not a number.
    Where the locale's way is itself the plain one (a decimal dot), ``text`` comes back
    without grouping (``1,234.50`` → ``1234.50``)."""
    try:
        value = read_number(text, locale)[0]
    except ReadingError:
        return None
    return f"{value:f}"


def _example(value: str, locale: str | None) -> str:
    return format_number(Decimal(value), locale)


def _same(a: Decimal, b: Decimal) -> bool:
    return a == b and a.as_tuple().exponent == b.as_tuple().exponent


def _read(text: str, decimal: str, group: str, grouping: tuple[int, int]) -> Decimal | None:
    """``text`` as one reading (its decimal mark and group mark), or None if it does not fit."""
    whole, mark, fraction = text.partition(decimal)
    if mark and (not fraction.isdigit() or not fraction.isascii()):
        return None
    if group and group in whole:
        if not _grouped(whole.split(group), grouping):
            return None
        whole = whole.replace(group, "")
    if whole and not (whole.isdigit() and whole.isascii()):
        return None
    if not whole and not fraction:
        return None
    return Decimal(f"{whole or '0'}.{fraction}" if mark else whole)


def _grouped(parts: list[str], grouping: tuple[int, int]) -> bool:
    """Digit groups as the locale writes them: the last of the primary size (3), those
    before it of the primary or the secondary size (2 in en_IN), the first 1 to that."""
    primary, secondary = grouping
    if not all(part.isdigit() and part.isascii() for part in parts):
        return False
    if len(parts[-1]) != primary:
        return False
    sizes = {primary, secondary}
    if any(len(part) not in sizes for part in parts[1:-1]):
        return False
    return 1 <= len(parts[0]) <= max(sizes)
