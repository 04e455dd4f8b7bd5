"""Amounts as people type them in spreadsheets, turned into the form's plain spelling.

A spreadsheet may hold ``35.00`` or ``1,234.50`` (the dot as decimal mark) or, from a
European locale, ``35,00`` or ``1.234,50`` (the comma as decimal mark). A value is read
only when one meaning fits the currency; otherwise it is refused with the reason:

- a dot and a comma together: the last one is the decimal mark, the other groups thousands;
- one comma followed by three digits (``1,500``) groups thousands, except in a currency
  with three decimal places (KWD), where it could equally be 1.500 — refused;
- one comma followed by another number of digits (``35,00``) is a decimal comma;
- one dot is always a decimal point; followed by three digits in a currency with fewer than
  three decimal places (``12.345`` USD, ``1.500`` JPY) it is refused, since it could be a
  European thousands dot;
- several dots or several commas alone group thousands (``1.234.567``).

A sheet's other amounts settle the values refused above as ambiguous, and only those: when
some amount of the sheet can only be read with a decimal comma (``35,50``, ``1.234,50``,
``1.234.567``) and none only with a decimal point, the sheet writes decimal commas, so
``1,500`` in KWD is 1.500 (as LibreOffice in German writes 1.5 dinars) and ``3.500`` in JPY
is 3500; when the sheet shows decimal points, ``1,500`` in KWD is 1500.
:func:`sheet_decimal_mark` finds the sheet's mark. A value one reading already fits keeps
it whatever the sheet shows.

The result is handed to the form unchanged in meaning (``1234.50``), so the form's own
rules (decimal places, limits) and sentences apply to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from leanrails_desktop.core import money
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.locale import ascii_digits

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")


def _grouped(whole: str, sep: str) -> bool:
    return re.fullmatch(r"\d{1,3}(?:" + re.escape(sep) + r"\d{3})+", whole) is not None


def _clean(text: str) -> str:
    return ascii_digits(text.strip()).translate(_SPACES)


def _only_mark(cleaned: str) -> str | None:
    """The decimal mark a well-formed amount ``cleaned`` can only be read with; None if it
    could be either, has no mark, or is not an amount at all."""
    dots, commas = cleaned.count("."), cleaned.count(",")
    if dots and commas:
        last = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
        whole, _, fraction = cleaned.rpartition(last)
        group = "," if last == "." else "."
        return last if _grouped(whole, group) and fraction.isdigit() else None
    if dots + commas > 1:  # several marks of one kind group thousands
        group = "." if dots else ","
        return ("," if dots else ".") if _grouped(cleaned, group) else None
    if dots + commas == 1:
        mark = "." if dots else ","
        whole, _, fraction = cleaned.partition(mark)
        plain = whole.isdigit() and fraction.isdigit()
        return mark if plain and len(fraction) != 3 else None
    return None


def sheet_decimal_mark(texts: Iterable[str]) -> str | None:
    """The decimal mark the amounts ``texts`` of one sheet agree on: the mark some of them
    can only be read with, when none can only be read with the other; otherwise None."""
    marks = {_only_mark(_clean(text)) for text in texts} - {None}
    return marks.pop() if len(marks) == 1 else None


def sheet_amount(text: str, currency: str, decimal_mark: str | None = None) -> str:
    """``text`` as the form's amount spelling (a dot for decimals, no grouping).

    ``decimal_mark`` is the sheet's (:func:`sheet_decimal_mark`), which decides a value
    that one mark alone leaves open, such as ``1,500``. Raises
    :class:`~leanrails_desktop.core.money.MoneyError` when the value is ambiguous for
    ``currency`` or malformed. Other problems (too many decimals, too large) are left
    to the form, which words them the same way the editor does.
    """
    shown = text.strip()
    cleaned = _clean(shown)
    code = currency.strip().upper() or "this currency"
    places = money.exponent(currency.strip().lower()) if currency.strip() else 2
    dots, commas = cleaned.count("."), cleaned.count(",")
    if not dots and not commas:
        return cleaned
    if dots and commas:
        last = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
        group_mark = "," if last == "." else "."
        whole, _, fraction = cleaned.rpartition(last)
        if last in whole or not _grouped(whole, group_mark):
            raise money.MoneyError(
                translate(
                    "Amounts", "“{shown}” is not an amount; use one decimal mark and group "
                    "thousands by three digits, such as 1,234.50 or 1.234,50."
                ).format(shown=shown)
            )
        return whole.replace(group_mark, "") + "." + fraction
    mark = "." if dots else ","
    if dots + commas > 1:
        if not _grouped(cleaned, mark):
            raise money.MoneyError(
                translate(
                    "Amounts", "“{shown}” is not an amount; thousands are grouped by three digits."
                ).format(shown=shown)
            )
        return cleaned.replace(mark, "")
    whole, _, fraction = cleaned.partition(mark)
    if len(fraction) == 3 and whole and whole.isdigit():
        if mark == "," and places == 3:
            if decimal_mark is not None:
                return whole + ("." if decimal_mark == "," else "") + fraction
            raise money.MoneyError(
                translate(
                    "Amounts", "“{shown}” is ambiguous in {code}: it could be {decimal} or "
                    "{whole}; write it with a dot for decimals, such as {decimal}."
                ).format(shown=shown, code=code, decimal=f"{whole}.{fraction}",
                         whole=f"{whole}{fraction}")
            )
        if mark == "." and places < 3:
            if decimal_mark == ",":
                return whole + fraction
            if places == 0:
                text = translate(
                    "Amounts", "{shown} has more decimals than {code} allows (no decimals); "
                    "if the dot groups thousands, write {whole}."
                )
            else:
                text = translate(
                    "Amounts", "{shown} has more decimals than {code} allows (only {places} "
                    "decimals); if the dot groups thousands, write {whole}."
                )
            raise money.MoneyError(
                text.format(shown=shown, code=code, places=places, whole=f"{whole}{fraction}")
            )
        if mark == ",":
            return whole + fraction
    if mark == ",":
        return whole + "." + fraction
    return cleaned


def minor_to_text(minor: str, currency: str) -> str:
    """An amount in minor units (the export's ``unit_amount``) as the form's spelling."""
    cleaned = minor.strip()
    if not cleaned.isdigit():
        raise money.MoneyError(
            f"“{cleaned}” is not a unit amount; it must be a whole number of the "
            "currency's smallest unit."
        )
    return str(money.from_minor(int(cleaned), currency.strip().lower()))
