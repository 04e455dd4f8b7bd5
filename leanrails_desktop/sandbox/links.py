"""Building new checkout links and rendering stored ones as API objects."""

from __future__ import annotations

from typing import Any

from leanrails_desktop.sandbox import ids
from leanrails_desktop.sandbox.store import LineItemRow
from leanrails_desktop.sandbox.validation import CreateParams

# The order fields appear in a rendered object, as in the contract's table.
_FIELD_ORDER = (
    "id", "object", "active", "mode", "url", "title", "description", "currency",
    "after_completion", "billing_address_collection", "allow_promotion_codes", "restrictions",
    "submit_type", "inactive_message", "metadata", "livemode", "created",
)


def new_link(
    params: CreateParams, *, livemode: bool, created: int
) -> tuple[dict[str, Any], list[LineItemRow]]:
    """A new active link (stored form, without ``url``) and its line items."""
    link: dict[str, Any] = {
        "id": ids.link_id(),
        "object": "checkout_link",
        "active": True,
        "mode": "payment",
        "currency": params.currency,
        "inactive_message": None,
        "livemode": livemode,
        "created": created,
        **params.fields,
    }
    items = [
        LineItemRow(
            id=ids.line_item_id(), position=position, price=spec.price, product=spec.product,
            quantity=spec.quantity, unit_amount=spec.unit_amount, currency=spec.currency,
            description=spec.description,
        )
        for position, spec in enumerate(params.line_items)
    ]
    return link, items


def link_url(base_url: str, link_id: str) -> str:
    """Where customers open the link: the sandbox's own hosted page."""
    return f"{base_url}/cl/{link_id}"


def render_link(link: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The API object for a stored link, with every field of the contract."""
    full = {**link, "url": link_url(base_url, link["id"])}
    return {name: full.get(name) for name in _FIELD_ORDER}


def render_items_list(link_id: str, items: list[LineItemRow]) -> dict[str, Any]:
    """A link's line items as the list object an expanded link carries (never more than
    one page: a link has at most 20 items)."""
    return {
        "object": "list",
        "data": [render_item(item) for item in items],
        "has_more": False,
        "url": f"/v1/checkout_links/{link_id}/line_items",
    }


def render_item(item: LineItemRow) -> dict[str, Any]:
    """The API object for a line item; subtotal and total are unit amount × quantity."""
    amount = item.unit_amount * item.quantity
    return {
        "id": item.id,
        "object": "item",
        "price": item.price,
        "product": item.product,
        "quantity": item.quantity,
        "amount_subtotal": amount,
        "amount_total": amount,
        "currency": item.currency,
        "description": item.description,
    }
