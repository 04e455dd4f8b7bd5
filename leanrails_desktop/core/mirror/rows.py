"""What is kept of a link: its narrow row, the line items it was listed with, and its JSON
with any secret key replaced."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

from leanrails_desktop.core.mirror.schema import _ACTIVE_MARK, _INACTIVE_MARK
from leanrails_desktop.core.mirror.texts import _SEPARATOR, _whole
from leanrails_desktop.core.redact import contains_secret, redact_secrets

_IDS_PER_QUERY: Final = 500
_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _row_values(link: Mapping[str, Any]) -> tuple[str, int, int, str, str, str, str]:
    """id, created, active, title, title_key, currency, url of a link object."""
    title = _str(link.get("title"))
    active = link.get("active")
    currency = link.get("currency")
    return (
        link["id"],
        _whole(link.get("created")),
        0 if active is False else 1,
        title,
        title.casefold(),
        currency.lower() if isinstance(currency, str) else "usd",
        _str(link.get("url")),
    )


def _expanded(link: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    """The line items a listed link carries in full, or None."""
    raw = link.get("line_items")
    if not isinstance(raw, Mapping) or raw.get("has_more") is True:
        return None
    data = raw.get("data")
    if not isinstance(data, list) or not all(
        isinstance(item, Mapping) and isinstance(item.get("id"), str) for item in data
    ):
        return None
    return [dict(item) for item in data]


def _total(items: Sequence[Mapping[str, Any]]) -> int:
    return sum(_whole(item.get("amount_total")) for item in items)


def _marked(active: bool, text: str) -> str:
    return (_ACTIVE_MARK if active else _INACTIVE_MARK) + _SEPARATOR + text


def _without_items(link: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in link.items() if name != "line_items"}


def _safe(text: str) -> str:
    """JSON text with any secret key in it replaced, keeping it valid JSON."""
    if not contains_secret(text):
        return text
    return _to_json(_scrub(json.loads(text)))


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return redact_secrets(value)
    if isinstance(value, list):
        return [_scrub(item) for item in value]
    if isinstance(value, dict):
        return {redact_secrets(str(k)): _scrub(v) for k, v in value.items()}
    return value


def _chunks(values: Sequence[str], size: int = _IDS_PER_QUERY) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]
