"""Refused requests surface as InvalidRequestError naming the offending field."""

from __future__ import annotations

from typing import Any

import pytest
from integration_helpers import ITEMS, PRICE

from leanrails_desktop.core.api import InvalidRequestError, LeanRailsClient, NotFoundError

USD_DATA = {"currency": "usd", "product": "prod_custom", "unit_amount": 3500}


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 251}, "title"),
        ({"line_items": []}, "line_items"),
        ({"line_items": [{"price": PRICE, "quantity": 1}] * 21}, "line_items"),
        ({"line_items": [{"price": PRICE, "quantity": 0}]}, "line_items[0][quantity]"),
        ({"line_items": [{"price": PRICE, "quantity": 1000}]}, "line_items[0][quantity]"),
        ({"line_items": [{"price": PRICE}]}, "line_items[0][quantity]"),
        ({"line_items": [{"quantity": 1}]}, "line_items[0][price]"),
        ({"line_items": [{"price": PRICE, "quantity": 1},
                         {"price": "price_nope00000000", "quantity": 1}]},
         "line_items[1][price]"),
        ({"line_items": [{"price_data": {**USD_DATA, "unit_amount": -1}, "quantity": 1}]},
         "line_items[0][price_data][unit_amount]"),
        ({"line_items": [{"price_data": {**USD_DATA, "unit_amount": 100_000_000},
                          "quantity": 1}]},
         "line_items[0][price_data][unit_amount]"),
        ({"line_items": [{"price_data": {**USD_DATA, "currency": "USD"}, "quantity": 1}]},
         "line_items[0][price_data][currency]"),
        ({"line_items": [{"price": PRICE, "quantity": 1},
                         {"price_data": {**USD_DATA, "currency": "eur"}, "quantity": 1}]},
         "line_items[1][price_data][currency]"),
        ({"description": "d" * 1001}, "description"),
        ({"after_completion": {"type": "redirect", "redirect": {"url": "http://example.com/"}}},
         "after_completion[redirect][url]"),
        ({"after_completion": {"type": "redirect", "redirect": {"url": "/thanks"}}},
         "after_completion[redirect][url]"),
        ({"after_completion": {"type": "hosted_confirmation",
                               "hosted_confirmation": {"custom_message": "m" * 501}}},
         "after_completion[hosted_confirmation][custom_message]"),
        ({"billing_address_collection": "sometimes"}, "billing_address_collection"),
        ({"submit_type": "buy"}, "submit_type"),
        ({"restrictions": {"completed_sessions": {"limit": 0}}},
         "restrictions[completed_sessions][limit]"),
        ({"metadata": {"k" * 41: "v"}}, "metadata[" + "k" * 41 + "]"),
        ({"metadata": {f"k{n}": "v" for n in range(51)}}, "metadata"),
    ],
)
def test_create_refusals_name_the_field(
    client: LeanRailsClient, fields: dict[str, Any], param: str
) -> None:
    params: dict[str, Any] = {"title": "Valid", "line_items": ITEMS, **fields}
    with pytest.raises(InvalidRequestError) as info:
        client.checkout_links.create(**params)
    error = info.value
    assert error.param == param
    assert error.status == 400
    assert error.type == "invalid_request_error"
    assert error.code
    assert error.message and error.message.endswith(".")
    assert error.request_id


def test_unknown_price_is_resource_missing_on_its_line(client: LeanRailsClient) -> None:
    with pytest.raises(InvalidRequestError) as info:
        client.checkout_links.create(
            title="T", line_items=[{"price": "price_doesnotexist", "quantity": 1}]
        )
    assert (info.value.status, info.value.code) == (400, "resource_missing")
    assert info.value.param == "line_items[0][price]"
    assert not isinstance(info.value, NotFoundError)  # a 400, not a missing link


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"title": ""}, "title"),
        ({"active": "no"}, "active"),
        ({"inactive_message": "i" * 501}, "inactive_message"),
        ({"restrictions": {"completed_sessions": {"limit": -3}}},
         "restrictions[completed_sessions][limit]"),
        ({"submit_type": "subscribe"}, "submit_type"),
    ],
)
def test_update_refusals_name_the_field(
    client: LeanRailsClient, fields: dict[str, Any], param: str
) -> None:
    link = client.checkout_links.create(title="Valid", line_items=ITEMS)
    with pytest.raises(InvalidRequestError) as info:
        client.checkout_links.update(link.id, **fields)
    assert info.value.param == param
    assert client.checkout_links.retrieve(link.id) == link  # nothing changed


def test_refused_create_makes_nothing(client: LeanRailsClient) -> None:
    with pytest.raises(InvalidRequestError):
        client.checkout_links.create(title="", line_items=ITEMS)
    assert client.checkout_links.list().data == []
