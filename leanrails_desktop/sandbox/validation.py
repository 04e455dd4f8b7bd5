"""Checks the bodies of create and update requests against the contract's rules.

Each check raises :class:`SandboxError` naming the offending field in bracket notation
(``line_items[1][price_data][unit_amount]``). The first problem found, in the order the
fields are listed in the contract, is the one reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from leanrails_desktop.sandbox import catalog, errors, ids

TITLE_MAX = 250
DESCRIPTION_MAX = 1000
LINE_ITEMS_MAX = 20
QUANTITY_MAX = 999
UNIT_AMOUNT_MAX = 99_999_999
URL_MAX = 2048
CUSTOM_MESSAGE_MAX = 500
INACTIVE_MESSAGE_MAX = 500
METADATA_KEYS_MAX = 50
METADATA_KEY_MAX = 40
METADATA_VALUE_MAX = 500
DEFAULT_CURRENCY = "usd"

SUBMIT_TYPES = ("auto", "pay", "book", "donate")
BILLING_ADDRESS_COLLECTION = ("auto", "required")
AFTER_COMPLETION_TYPES = ("hosted_confirmation", "redirect")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})

CREATE_FIELDS = (
    "title",
    "description",
    "line_items",
    "after_completion",
    "billing_address_collection",
    "allow_promotion_codes",
    "restrictions",
    "submit_type",
    "metadata",
)
UPDATE_FIELDS = (
    "active",
    "inactive_message",
    "after_completion",
    "metadata",
    "title",
    "description",
    "billing_address_collection",
    "allow_promotion_codes",
    "submit_type",
    "restrictions",
)

_CURRENCY = re.compile(r"^[a-z]{3}$")
# ASCII controls, DEL, and any Unicode space or control make a URL unusable in a Location header.
_BAD_URL_CHAR = re.compile(r"[\x00-\x20\x7f-\x9f\s]")


@dataclass(frozen=True, slots=True)
class LineItemSpec:
    """One validated line item, with its price resolved to amount and currency."""

    price: str
    product: str
    quantity: int
    unit_amount: int
    currency: str
    description: str


@dataclass(frozen=True, slots=True)
class CreateParams:
    """A validated create request: the link's fields, its line items and its currency."""

    fields: dict[str, Any]
    line_items: list[LineItemSpec]
    currency: str


def _param(prefix: str, key: str) -> str:
    return f"{prefix}[{key}]" if prefix else key


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _reject_unknown(obj: Mapping[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
    for key in obj:
        if key not in allowed:
            raise errors.unknown(_param(prefix, key))


def _object(value: Any, param: str, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise errors.invalid(param, f"{what} must be an object.")
    return value


def _text(value: Any, param: str, what: str, max_len: int, min_len: int = 0) -> str:
    if not isinstance(value, str):
        raise errors.invalid(param, f"{what} must be text.")
    if len(value) < min_len:
        raise errors.invalid(param, f"{what} cannot be empty.")
    if len(value) > max_len:
        raise errors.invalid(
            param, f"{what} is {len(value)} characters long; the most allowed is {max_len}."
        )
    return value


def _optional_text(value: Any, param: str, what: str, max_len: int) -> str | None:
    return None if value is None else _text(value, param, what, max_len)


def _choice(value: Any, param: str, what: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        listed = ", ".join(choices[:-1]) + f" or {choices[-1]}"
        raise errors.invalid(param, f"{what} must be one of {listed}.")
    return value


def _boolean(value: Any, param: str, what: str) -> bool:
    if not isinstance(value, bool):
        raise errors.invalid(param, f"{what} must be true or false.")
    return value


def _integer(value: Any, param: str, what: str, low: int, high: int | None) -> int:
    if not _is_int(value) or value < low or (high is not None and value > high):
        bound = f"from {low:,} to {high:,}" if high is not None else f"of at least {low:,}"
        raise errors.invalid(param, f"{what} must be a whole number {bound}.")
    return int(value)


def _title(value: Any) -> str:
    return _text(value, "title", "The title", TITLE_MAX, min_len=1)


def _description(value: Any) -> str | None:
    return _optional_text(value, "description", "The description", DESCRIPTION_MAX)


def _inactive_message(value: Any) -> str | None:
    return _optional_text(value, "inactive_message", "The inactive message", INACTIVE_MESSAGE_MAX)


def _billing(value: Any) -> str:
    return _choice(
        value, "billing_address_collection", "Billing address collection",
        BILLING_ADDRESS_COLLECTION,
    )


def _promotion_codes(value: Any) -> bool:
    return _boolean(value, "allow_promotion_codes", "Allow promotion codes")


def _submit_type(value: Any) -> str:
    return _choice(value, "submit_type", "The submit type", SUBMIT_TYPES)


def _restrictions(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    obj = _object(value, "restrictions", "Restrictions")
    _reject_unknown(obj, ("completed_sessions",), "restrictions")
    if "completed_sessions" not in obj:
        raise errors.missing("restrictions[completed_sessions]")
    param = "restrictions[completed_sessions]"
    sessions = _object(obj["completed_sessions"], param, "The completed sessions restriction")
    _reject_unknown(sessions, ("limit",), param)
    if "limit" not in sessions:
        raise errors.missing(f"{param}[limit]")
    limit = _integer(sessions["limit"], f"{param}[limit]", "The completed sessions limit", 1, None)
    return {"completed_sessions": {"limit": limit}}


def _redirect_url(value: Any, param: str) -> str:
    url = _text(value, param, "The redirect URL", URL_MAX, min_len=1)
    if _BAD_URL_CHAR.search(url):
        raise errors.invalid(param, "The redirect URL cannot contain spaces or control characters.")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        raise errors.invalid(param, "The redirect URL is not a valid web address.") from None
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host in LOCAL_HOSTS:
        return url
    raise errors.invalid(
        param,
        "The redirect URL must be a full address starting with https:// "
        "(http:// is allowed only for localhost).",
    )


def _after_completion(value: Any) -> dict[str, Any]:
    prefix = "after_completion"
    obj = _object(value, prefix, "After completion")
    _reject_unknown(obj, ("type", "hosted_confirmation", "redirect"), prefix)
    if "type" not in obj:
        raise errors.missing(f"{prefix}[type]")
    kind = _choice(obj["type"], f"{prefix}[type]", "The after-completion type",
                   AFTER_COMPLETION_TYPES)
    other = "redirect" if kind == "hosted_confirmation" else "hosted_confirmation"
    if obj.get(other) is not None:
        raise errors.invalid(
            _param(prefix, other), f"“{other}” can only be sent when the type is “{other}”."
        )
    if kind == "redirect":
        sub = f"{prefix}[redirect]"
        if obj.get("redirect") is None:
            raise errors.missing(sub, "A redirect needs the address to send customers to.")
        redirect = _object(obj["redirect"], sub, "The redirect")
        _reject_unknown(redirect, ("url",), sub)
        if "url" not in redirect:
            raise errors.missing(
                f"{sub}[url]", "A redirect needs the address to send customers to."
            )
        url = _redirect_url(redirect["url"], f"{sub}[url]")
        return {"type": "redirect", "redirect": {"url": url}}
    result: dict[str, Any] = {"type": "hosted_confirmation"}
    if obj.get("hosted_confirmation") is not None:
        sub = f"{prefix}[hosted_confirmation]"
        hosted = _object(obj["hosted_confirmation"], sub, "The hosted confirmation")
        _reject_unknown(hosted, ("custom_message",), sub)
        message = _optional_text(
            hosted.get("custom_message"), f"{sub}[custom_message]",
            "The confirmation message", CUSTOM_MESSAGE_MAX,
        )
        if message is not None:
            result["hosted_confirmation"] = {"custom_message": message}
    return result


def _metadata_updates(value: Any) -> dict[str, str]:
    """Validate a metadata object as sent; ``""`` values are kept (they mean "remove")."""
    obj = _object(value, "metadata", "Metadata")
    checked: dict[str, str] = {}
    for key, item in obj.items():
        param = f"metadata[{key}]"
        if not key:
            raise errors.invalid(param, "A metadata key cannot be empty.")
        if len(key) > METADATA_KEY_MAX:
            raise errors.invalid(
                param, f"The metadata key “{key[:METADATA_KEY_MAX]}…” is longer than "
                f"{METADATA_KEY_MAX} characters.",
            )
        checked[key] = _text(item, param, f"The metadata value for “{key}”", METADATA_VALUE_MAX)
    return checked


def merge_metadata(existing: Mapping[str, str], updates: Mapping[str, str]) -> dict[str, str]:
    """Apply ``updates`` to ``existing``: an empty value removes its key. Checks the key limit."""
    merged = dict(existing)
    for key, value in updates.items():
        if value == "":
            merged.pop(key, None)
        else:
            merged[key] = value
    if len(merged) > METADATA_KEYS_MAX:
        raise errors.invalid(
            "metadata", f"Metadata can have at most {METADATA_KEYS_MAX} keys, not {len(merged)}."
        )
    return merged


def _line_item(value: Any, index: int) -> LineItemSpec:
    prefix = f"line_items[{index}]"
    item = _object(value, prefix, f"Line item {index + 1}")
    _reject_unknown(item, ("price", "price_data", "quantity"), prefix)
    has_price = item.get("price") is not None
    has_data = item.get("price_data") is not None
    if has_price and has_data:
        raise errors.invalid(
            f"{prefix}[price_data]",
            f"Line item {index + 1} must have either a price or price data, not both.",
        )
    if not has_price and not has_data:
        raise errors.missing(
            f"{prefix}[price]", f"Line item {index + 1} needs a price or price data."
        )
    if "quantity" not in item:
        raise errors.missing(f"{prefix}[quantity]")
    quantity = _integer(item["quantity"], f"{prefix}[quantity]", "The quantity", 1, QUANTITY_MAX)
    if has_price:
        param = f"{prefix}[price]"
        price_id = item["price"]
        if not isinstance(price_id, str):
            raise errors.invalid(param, "The price must be a price id such as price_3fg6hj9km1np.")
        price = catalog.PRICES.get(price_id)
        if price is None:
            raise errors.not_found(f"No such price: “{price_id}”.", param, status=400)
        return LineItemSpec(
            price=price.id, product=price.product, quantity=quantity,
            unit_amount=price.unit_amount, currency=price.currency,
            description=catalog.product_name(price.product),
        )
    sub = f"{prefix}[price_data]"
    data = _object(item["price_data"], sub, "The price data")
    _reject_unknown(data, ("currency", "product", "unit_amount"), sub)
    for required in ("currency", "product", "unit_amount"):
        if required not in data:
            raise errors.missing(f"{sub}[{required}]")
    currency = data["currency"]
    if not isinstance(currency, str) or not _CURRENCY.match(currency):
        raise errors.invalid(
            f"{sub}[currency]", "The currency must be a lowercase three-letter code such as usd."
        )
    product = _text(data["product"], f"{sub}[product]", "The product", 250, min_len=1)
    amount = _integer(
        data["unit_amount"], f"{sub}[unit_amount]", "The unit amount", 0, UNIT_AMOUNT_MAX
    )
    return LineItemSpec(
        price=ids.price_id(), product=product, quantity=quantity, unit_amount=amount,
        currency=currency, description=catalog.product_name(product),
    )


def _line_items(value: Any) -> list[LineItemSpec]:
    if not isinstance(value, list):
        raise errors.invalid("line_items", "Line items must be a list.")
    if not 1 <= len(value) <= LINE_ITEMS_MAX:
        raise errors.invalid(
            "line_items", f"A checkout link needs from 1 to {LINE_ITEMS_MAX} line items."
        )
    specs: list[LineItemSpec] = []
    for index, raw in enumerate(value):
        spec = _line_item(raw, index)
        if specs and spec.currency != specs[0].currency:
            field = "price" if raw.get("price") is not None else "price_data][currency"
            raise errors.invalid(
                f"line_items[{index}][{field}]",
                f"All line items must use one currency; line item {index + 1} is in "
                f"{spec.currency.upper()} but the first is in {specs[0].currency.upper()}.",
            )
        specs.append(spec)
    return specs


def validate_create(body: Mapping[str, Any]) -> CreateParams:
    """Check a create body and return its normalised fields with defaults filled in."""
    _reject_unknown(body, CREATE_FIELDS, "")
    if body.get("title") is None:
        raise errors.missing("title", "A checkout link needs a title.")
    title = _title(body["title"])
    description = _description(body.get("description"))
    if body.get("line_items") is None:
        raise errors.missing("line_items", "A checkout link needs at least one line item.")
    items = _line_items(body["line_items"])
    optional: dict[str, Callable[[Any], Any]] = {
        "after_completion": _after_completion,
        "billing_address_collection": _billing,
        "allow_promotion_codes": _promotion_codes,
        "submit_type": _submit_type,
    }
    fields: dict[str, Any] = {
        "title": title,
        "description": description,
        "after_completion": {"type": "hosted_confirmation"},
        "billing_address_collection": "auto",
        "allow_promotion_codes": False,
        "restrictions": _restrictions(body.get("restrictions")),
        "submit_type": "auto",
        "metadata": {},
    }
    for name, check in optional.items():
        if name in body:
            fields[name] = check(body[name])
    if "metadata" in body:
        fields["metadata"] = merge_metadata({}, _metadata_updates(body["metadata"]))
    return CreateParams(fields=fields, line_items=items, currency=items[0].currency)


_UPDATE_CHECKS: dict[str, Callable[[Any], Any]] = {
    "active": lambda value: _boolean(value, "active", "Active"),
    "inactive_message": _inactive_message,
    "after_completion": _after_completion,
    "metadata": _metadata_updates,
    "title": _title,
    "description": _description,
    "billing_address_collection": _billing,
    "allow_promotion_codes": _promotion_codes,
    "submit_type": _submit_type,
    "restrictions": _restrictions,
}


def validate_update(body: Mapping[str, Any]) -> dict[str, Any]:
    """Check an update body; returns only the fields sent, ``metadata`` still unmerged."""
    for key in body:
        if key not in UPDATE_FIELDS:
            reason = (
                f"{key} cannot be changed after a checkout link is created."
                if key in ("line_items", "currency")
                else None
            )
            raise errors.unknown(key, reason and f"Received unknown parameter: {key}. {reason}")
    return {name: _UPDATE_CHECKS[name](body[name]) for name in UPDATE_FIELDS if name in body}
