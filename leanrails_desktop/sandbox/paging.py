"""List query parameters and the opaque cursors of keyset pagination.

A cursor names the last row of the page it came from, so rows inserted while a client is
paging never shift later pages: nothing is returned twice and nothing is skipped.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from leanrails_desktop.sandbox import errors

DEFAULT_LIMIT = 10
MAX_LIMIT = 100

_LINK_CURSOR = re.compile(r"^l1\|(\d{1,12})\|(cl_[a-z0-9]{1,40})$")
_ITEM_CURSOR = re.compile(r"^i1\|(\d{1,4})$")
_INTEGER = re.compile(r"^[0-9]{1,4}$")


EXPAND = "expand[]"
"""The query parameter naming what to expand; it may be repeated."""


@dataclass(frozen=True, slots=True)
class ListQuery:
    """Validated ``limit``, ``active``, ``cursor`` and ``expand[]`` of a list request."""

    limit: int = DEFAULT_LIMIT
    active: bool | None = None
    cursor: str | None = None
    expand: frozenset[str] = frozenset()


def _expand(values: list[str], expandable: tuple[str, ...]) -> frozenset[str]:
    """The ``expand[]`` values, each one of ``expandable``; 400 ``expand[i]`` otherwise."""
    for index, value in enumerate(values):
        if value not in expandable:
            shown = " or ".join(expandable)
            raise errors.invalid(
                f"expand[{index}]",
                f"This object cannot expand “{value}”; it can expand {shown}.",
            )
    return frozenset(values)


def _single_values(
    query_string: str, allowed: tuple[str, ...], expandable: tuple[str, ...]
) -> tuple[dict[str, str], frozenset[str]]:
    """The query's parameters, each sent at most once, and its ``expand[]`` values."""
    values: dict[str, str] = {}
    expand: frozenset[str] = frozenset()
    for name, found in parse_qs(query_string, keep_blank_values=True).items():
        if name == EXPAND and expandable:
            expand = _expand(found, expandable)
            continue
        if name not in allowed:
            raise errors.unknown(name)
        if len(found) > 1:
            raise errors.invalid(name, f"Send {name} at most once.")
        values[name] = found[0]
    return values, expand


def parse_retrieve_query(query_string: str, *, expandable: tuple[str, ...]) -> frozenset[str]:
    """The ``expand[]`` values of a request for one object; any other parameter is refused."""
    return _single_values(query_string, (), expandable)[1]


def parse_list_query(
    query_string: str, *, with_active: bool, expandable: tuple[str, ...] = ()
) -> ListQuery:
    """Parse a list request's query string; unknown or repeated parameters are refused.

    An empty ``cursor=`` is read as no cursor (the first page). ``expand[]`` may be sent
    several times, each value one of ``expandable``; with none, it is an unknown parameter.
    """
    allowed = ("limit", "active", "cursor") if with_active else ("limit", "cursor")
    values, expand = _single_values(query_string, allowed, expandable)
    limit = DEFAULT_LIMIT
    if "limit" in values:
        text = values["limit"]
        if not _INTEGER.match(text) or not 1 <= int(text) <= MAX_LIMIT:
            raise errors.invalid(
                "limit", f"The limit must be a whole number from 1 to {MAX_LIMIT}."
            )
        limit = int(text)
    active: bool | None = None
    if "active" in values:
        if values["active"] not in ("true", "false"):
            raise errors.invalid("active", "The active filter must be true or false.")
        active = values["active"] == "true"
    return ListQuery(
        limit=limit, active=active, cursor=values.get("cursor") or None, expand=expand
    )


def _encode(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode("ascii")).decode("ascii").rstrip("=")


def _decode(cursor: str, pattern: re.Pattern[str]) -> re.Match[str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        text = base64.b64decode(padded, altchars=b"-_", validate=True).decode("ascii")
    except (binascii.Error, ValueError):
        text = ""
    found = pattern.match(text)
    if found is None:
        raise errors.invalid(
            "cursor", "This cursor was not issued for this list; start again from the first page."
        )
    return found


def encode_link_cursor(created: int, link_id: str) -> str:
    """The cursor that continues a link listing after the link (``created``, ``link_id``)."""
    return _encode(f"l1|{created}|{link_id}")


def decode_link_cursor(cursor: str) -> tuple[int, str]:
    """The (created, id) position a link cursor names; 400 ``cursor`` if it is not one."""
    found = _decode(cursor, _LINK_CURSOR)
    return int(found.group(1)), found.group(2)


def encode_item_cursor(position: int) -> str:
    """The cursor that continues a line-item listing after the item at ``position``."""
    return _encode(f"i1|{position}")


def decode_item_cursor(cursor: str) -> int:
    """The line-item position an item cursor names; 400 ``cursor`` if it is not one."""
    return int(_decode(cursor, _ITEM_CURSOR).group(1))
