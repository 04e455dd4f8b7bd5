"""Random identifiers in the API's formats (``cl_4de6fg8hi0jk``, ``req_…``)."""

from __future__ import annotations

import secrets

_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


def random_suffix(length: int = 12) -> str:
    """``length`` random lowercase letters and digits from the system's secure source."""
    value = int.from_bytes(secrets.token_bytes(length), "big")
    chars = []
    for _ in range(length):
        value, digit = divmod(value, len(_ALPHABET))
        chars.append(_ALPHABET[digit])
    return "".join(chars)


def link_id() -> str:
    """A checkout link id: ``cl_`` and 12 lowercase letters or digits."""
    return "cl_" + random_suffix()


def line_item_id() -> str:
    """A line item id: ``clli_`` and 12 lowercase letters or digits."""
    return "clli_" + random_suffix()


def price_id() -> str:
    """A generated price id for an inline ``price_data`` line item."""
    return "price_" + random_suffix()


def request_id() -> str:
    """A ``Request-Id`` header value."""
    return "req_" + random_suffix(14)
