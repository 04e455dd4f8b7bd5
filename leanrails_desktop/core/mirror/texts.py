"""Search texts: what a link is found by, and the words of a search as typed."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

from leanrails_desktop.core.locale import INTERCHANGE_LOCALE, plain_number
from leanrails_desktop.core.money import format_major

_LINK_ADDRESS: Final = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?/*[^/]*(?:/[^/]+)*/(?=cl_)")
"""What precedes a link id in a typed link address (``https://…/cl/``)."""
_SEPARATOR: Final = "\x1f"
"""Between the fields of a search text: nobody types it, so no match spans two fields."""
_MIN_INDEXED: Final = 3
"""Words of at least this many characters are phrases of the text; shorter ones are single
trigrams of its tripled copy."""


def _amount_forms(minor: int, currency: str) -> tuple[str, ...]:
    grouped = format_major(minor, currency, INTERCHANGE_LOCALE)  # stored: one spelling
    plain = grouped.replace(",", "")
    return (grouped,) if plain == grouped else (grouped, plain)


def search_text(link: Mapping[str, Any], items: Sequence[Mapping[str, Any]] | None) -> str:
    """The casefolded text a link is found by: title, id, URL, description, metadata keys and
    values, each line item's description and product, and the amounts of its line items,
    their unit prices and the link's total as typed (``1,234.50`` and ``1234.50``). Fields
    are separated by a character nobody types.

    A URL ending in ``/{id}``, as every link's does, is found by its id: a URL typed into a
    search is read as its last part (see :func:`_words`).
    """
    parts: list[str] = []
    for name in ("title", "id", "url", "description"):
        value = link.get(name)
        if isinstance(value, str) and value:
            parts.append(value)
    link_id, url = link.get("id"), link.get("url")
    if isinstance(link_id, str) and isinstance(url, str) and url.endswith("/" + link_id):
        parts.remove(url)
    metadata = link.get("metadata")
    if isinstance(metadata, Mapping):
        for key, value in metadata.items():
            parts.append(str(key))
            if isinstance(value, str) and value:
                parts.append(value)
    currency = link.get("currency")
    currency = currency.lower() if isinstance(currency, str) else "usd"
    if items:
        total = 0
        for item in items:
            description = item.get("description")
            if isinstance(description, str) and description:
                parts.append(description)
            product = item.get("product")
            if isinstance(product, str) and product and product != description:
                parts.append(product)
            amount = _whole(item.get("amount_total"))
            quantity = _whole(item.get("quantity"))
            total += amount
            parts.extend(_amount_forms(amount, currency))
            if quantity > 1 and amount % quantity == 0:
                parts.extend(_amount_forms(amount // quantity, currency))
        if len(items) > 1:
            parts.extend(_amount_forms(total, currency))
    return _SEPARATOR.join(parts).casefold()


def _whole(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _words(search: str) -> list[str]:
    """The distinct casefolded words of a search as typed, longest first. Characters that
    cannot be typed are dropped, and a link's address (``…/cl/cl_…``) stands for its id."""
    text = "".join(ch for ch in search.casefold() if ch.isprintable() or ch.isspace())
    words = {_indexed_spelling(_LINK_ADDRESS.sub("", word)) for word in text.split()}
    return sorted(words - {""}, key=len, reverse=True)


def _indexed_spelling(word: str) -> str:
    """An amount typed the current locale's way with its marks (``49,99``, ``1.234,50``,
    ``17.000`` in de_DE; ``17,000`` in en_US) as the index spells amounts without grouping
    (``49.99``, ``1234.50``, ``17000``); any other word, and bare digits, as they are."""
    if word.isdigit() or not any(ch.isdigit() for ch in word):
        return word
    return plain_number(word) or word


def _tripled(text: str) -> str:
    """Each character three times: ``"ab"`` → ``"aaabbb"``."""
    return "".join([ch * 3 for ch in text])


def _short_term(word: str) -> str:
    """The one trigram of the tripled texts that holds a word of one or two characters
    exactly (a doubled letter, "ll", only where "l" is)."""
    return word * 3 if len(word) == 1 else word[0] * 2 + word[1]


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'
