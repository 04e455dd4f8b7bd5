"""Creating links: the object returned, defaults, currencies, and every validation rule."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sandbox_helpers import MINIMAL_BODY, Api, assert_error

from leanrails_desktop.sandbox import SandboxServer

CONTRACT_FIELDS = {
    "id", "object", "active", "mode", "url", "title", "description", "currency",
    "after_completion", "billing_address_collection", "allow_promotion_codes", "restrictions",
    "submit_type", "inactive_message", "metadata", "livemode", "created",
}


def usd_item(unit_amount: int = 3500, quantity: int = 1, currency: str = "usd") -> dict[str, Any]:
    return {
        "price_data": {"currency": currency, "product": "prod_custom1", "unit_amount": unit_amount},
        "quantity": quantity,
    }


def test_create_returns_every_field_with_defaults(api: Api, sandbox: SandboxServer) -> None:
    response = api.create(dict(MINIMAL_BODY))
    assert response.status_code == 200
    link = response.json()
    assert set(link) == CONTRACT_FIELDS
    assert re.fullmatch(r"cl_[a-z0-9]{12}", link["id"])
    assert link["url"] == f"{sandbox.base_url}/cl/{link['id']}"
    assert isinstance(link["created"], int) and link["created"] > 1_700_000_000
    assert {key: value for key, value in link.items() if key not in ("id", "url", "created")} == {
        "object": "checkout_link",
        "active": True,
        "mode": "payment",
        "title": "Premium Headphones",
        "description": None,
        "currency": "usd",
        "after_completion": {"type": "hosted_confirmation"},
        "billing_address_collection": "auto",
        "allow_promotion_codes": False,
        "restrictions": None,
        "submit_type": "auto",
        "inactive_message": None,
        "metadata": {},
        "livemode": False,
    }


def test_create_keeps_every_optional_field(api: Api) -> None:
    fields = {
        "title": "Workshop Registration",
        "description": "Two days, lunch included.",
        "after_completion": {"type": "redirect", "redirect": {"url": "https://yoursite.com/thanks"}},
        "billing_address_collection": "required",
        "allow_promotion_codes": True,
        "restrictions": {"completed_sessions": {"limit": 50}},
        "submit_type": "book",
        "metadata": {"campaign": "spring-2026", "empty-dropped": ""},
    }
    link = api.create_ok(**fields)
    expected = dict(fields, metadata={"campaign": "spring-2026"})
    assert {key: link[key] for key in fields} == expected
    stored = api.http.get(f"/v1/checkout_links/{link['id']}").json()
    assert stored == link


def test_hosted_confirmation_message_is_kept(api: Api) -> None:
    after = {
        "type": "hosted_confirmation",
        "hosted_confirmation": {"custom_message": "Thank you for your generous donation!"},
    }
    assert api.create_ok(after_completion=after, submit_type="donate")["after_completion"] == after
    empty = {"type": "hosted_confirmation", "hosted_confirmation": {}}
    bare = api.create_ok(after_completion=empty)
    assert bare["after_completion"] == {"type": "hosted_confirmation"}


def test_ids_are_unique(api: Api) -> None:
    ids = {api.create_ok()["id"] for _ in range(20)}
    assert len(ids) == 20


@pytest.mark.parametrize(
    ("line_items", "currency"),
    [
        ([{"price": "price_3fg6hj9km1np", "quantity": 1}], "usd"),
        ([{"price": "price_7kl2mn5pq8rs", "quantity": 1}], "eur"),
        ([{"price": "price_4tu7vw1xy3za", "quantity": 3}], "jpy"),
        ([{"price": "price_6bc9de2fg5hi", "quantity": 1}], "kwd"),
        ([usd_item(currency="jpy"), usd_item(900, currency="jpy")], "jpy"),
    ],
)
def test_currency_comes_from_the_line_items(
    api: Api, line_items: list[dict[str, Any]], currency: str
) -> None:
    assert api.create_ok(line_items=line_items)["currency"] == currency


def test_line_items_of_a_catalogue_price_and_of_price_data(api: Api) -> None:
    link = api.create_ok(
        line_items=[
            {"price": "price_3fg6hj9km1np", "quantity": 2},
            {"price_data": {"currency": "usd", "product": "prod_8mn4qr7vw2xz", "unit_amount": 3500},
             "quantity": 3},
            {"price_data": {"currency": "usd", "product": "prod_unknown42", "unit_amount": 0},
             "quantity": 1},
            {"price": "price_9ab3cd5ef7gh", "quantity": 1},
        ]
    )
    response = api.http.get(f"/v1/checkout_links/{link['id']}/line_items")
    assert response.status_code == 200
    body = response.json()
    assert body["object"] == "list"
    assert body["url"] == f"/v1/checkout_links/{link['id']}/line_items"
    assert body["has_more"] is False and body["next_cursor"] is None
    items = body["data"]
    for item in items:
        assert set(item) == {"id", "object", "price", "product", "quantity", "amount_subtotal",
                             "amount_total", "currency", "description"}
        assert re.fullmatch(r"clli_[a-z0-9]{12}", item["id"])
        assert item["object"] == "item" and item["currency"] == "usd"
        assert re.fullmatch(r"price_[A-Za-z0-9]{12}", item["price"])
    assert [(i["price"], i["product"], i["quantity"], i["amount_subtotal"], i["amount_total"],
             i["description"]) for i in (items[0], items[3])] == [
        ("price_3fg6hj9km1np", "prod_8mn4qr7vw2xz", 2, 99800, 99800, "Premium Headphones"),
        ("price_9ab3cd5ef7gh", items[3]["product"], 1, 15000, 15000, "Workshop Registration"),
    ]
    assert items[1]["price"] not in ("price_3fg6hj9km1np", items[2]["price"])
    assert (items[1]["product"], items[1]["amount_total"], items[1]["description"]) == (
        "prod_8mn4qr7vw2xz", 10500, "Premium Headphones"
    )
    assert (items[2]["product"], items[2]["amount_total"], items[2]["description"]) == (
        "prod_unknown42", 0, "prod_unknown42"
    )


def _items(*items: Any) -> dict[str, Any]:
    return {"line_items": list(items)}


OMIT = object()
"""A field value meaning "leave this field out of the body"."""

# (case name, fields set over a valid body, code, param)
INVALID_CREATES: list[tuple[str, dict[str, Any], str, str]] = [
    ("title null", {"title": None}, "parameter_missing", "title"),
    ("line_items null", {"line_items": None}, "parameter_missing", "line_items"),
    ("title missing", {"title": OMIT}, "parameter_missing", "title"),
    ("title empty", {"title": ""}, "parameter_invalid", "title"),
    ("title too long", {"title": "t" * 251}, "parameter_invalid", "title"),
    ("title not text", {"title": 5}, "parameter_invalid", "title"),
    ("description too long", {"description": "d" * 1001}, "parameter_invalid", "description"),
    ("description not text", {"description": ["x"]}, "parameter_invalid", "description"),
    ("line_items missing", {"line_items": OMIT}, "parameter_missing", "line_items"),
    ("line_items empty", {"line_items": []}, "parameter_invalid", "line_items"),
    ("line_items not a list", {"line_items": {"price": "x"}}, "parameter_invalid", "line_items"),
    ("21 line items", {"line_items": [usd_item()] * 21}, "parameter_invalid", "line_items"),
    ("item not an object", _items(usd_item(), "price_x"), "parameter_invalid", "line_items[1]"),
    ("item unknown key", _items({**usd_item(), "tax": 1}), "parameter_unknown",
     "line_items[0][tax]"),
    ("item has neither", _items({"quantity": 1}), "parameter_missing", "line_items[0][price]"),
    ("item has both", _items({**usd_item(), "price": "price_3fg6hj9km1np"}), "parameter_invalid",
     "line_items[0][price_data]"),
    ("quantity missing", _items({"price": "price_3fg6hj9km1np"}), "parameter_missing",
     "line_items[0][quantity]"),
    ("quantity zero", _items(usd_item(), usd_item(quantity=0)), "parameter_invalid",
     "line_items[1][quantity]"),
    ("quantity 1000", _items(usd_item(quantity=1000)), "parameter_invalid",
     "line_items[0][quantity]"),
    ("quantity float", _items(usd_item(quantity=1.0)),  # type: ignore[arg-type]
     "parameter_invalid", "line_items[0][quantity]"),
    ("quantity bool", _items(usd_item(quantity=True)), "parameter_invalid",
     "line_items[0][quantity]"),
    ("quantity text", _items({"price": "price_3fg6hj9km1np", "quantity": "1"}),
     "parameter_invalid", "line_items[0][quantity]"),
    ("unit_amount negative", _items(usd_item(), usd_item(-1)), "parameter_invalid",
     "line_items[1][price_data][unit_amount]"),
    ("unit_amount too big", _items(usd_item(100_000_000)), "parameter_invalid",
     "line_items[0][price_data][unit_amount]"),
    ("unit_amount float", _items(usd_item(35.5)),  # type: ignore[arg-type]
     "parameter_invalid", "line_items[0][price_data][unit_amount]"),
    ("unit_amount missing",
     _items({"price_data": {"currency": "usd", "product": "prod_a"}, "quantity": 1}),
     "parameter_missing", "line_items[0][price_data][unit_amount]"),
    ("product missing",
     _items({"price_data": {"currency": "usd", "unit_amount": 1}, "quantity": 1}),
     "parameter_missing", "line_items[0][price_data][product]"),
    ("product empty",
     _items({"price_data": {"currency": "usd", "product": "", "unit_amount": 1}, "quantity": 1}),
     "parameter_invalid", "line_items[0][price_data][product]"),
    ("currency missing",
     _items({"price_data": {"product": "prod_a", "unit_amount": 1}, "quantity": 1}),
     "parameter_missing", "line_items[0][price_data][currency]"),
    ("currency upper case", _items(usd_item(currency="USD")), "parameter_invalid",
     "line_items[0][price_data][currency]"),
    ("currency four letters", _items(usd_item(currency="usdd")), "parameter_invalid",
     "line_items[0][price_data][currency]"),
    ("price_data unknown key",
     _items({"price_data": {"currency": "usd", "product": "p", "unit_amount": 1, "tax": 1},
             "quantity": 1}),
     "parameter_unknown", "line_items[0][price_data][tax]"),
    ("price_data not object", _items({"price_data": "usd", "quantity": 1}), "parameter_invalid",
     "line_items[0][price_data]"),
    ("price not text", _items({"price": 12, "quantity": 1}), "parameter_invalid",
     "line_items[0][price]"),
    ("mixed currencies, price_data",
     _items(usd_item(), usd_item(), usd_item(currency="eur")), "parameter_invalid",
     "line_items[2][price_data][currency]"),
    ("mixed currencies, catalogue price",
     _items(usd_item(), {"price": "price_7kl2mn5pq8rs", "quantity": 1}), "parameter_invalid",
     "line_items[1][price]"),
    ("after_completion not object", {"after_completion": "redirect"}, "parameter_invalid",
     "after_completion"),
    ("after_completion type missing", {"after_completion": {}}, "parameter_missing",
     "after_completion[type]"),
    ("after_completion type unknown", {"after_completion": {"type": "email"}},
     "parameter_invalid", "after_completion[type]"),
    ("after_completion unknown key", {"after_completion": {"type": "redirect", "x": 1}},
     "parameter_unknown", "after_completion[x]"),
    ("redirect missing", {"after_completion": {"type": "redirect"}}, "parameter_missing",
     "after_completion[redirect]"),
    ("redirect url missing", {"after_completion": {"type": "redirect", "redirect": {}}},
     "parameter_missing", "after_completion[redirect][url]"),
    ("redirect with hosted_confirmation",
     {"after_completion": {"type": "redirect", "redirect": {"url": "https://a.com"},
                           "hosted_confirmation": {"custom_message": "hi"}}},
     "parameter_invalid", "after_completion[hosted_confirmation]"),
    ("hosted_confirmation with redirect",
     {"after_completion": {"type": "hosted_confirmation", "redirect": {"url": "https://a.com"}}},
     "parameter_invalid", "after_completion[redirect]"),
    ("custom_message too long",
     {"after_completion": {"type": "hosted_confirmation",
                           "hosted_confirmation": {"custom_message": "m" * 501}}},
     "parameter_invalid", "after_completion[hosted_confirmation][custom_message]"),
    ("custom_message not text",
     {"after_completion": {"type": "hosted_confirmation",
                           "hosted_confirmation": {"custom_message": 7}}},
     "parameter_invalid", "after_completion[hosted_confirmation][custom_message]"),
    ("billing_address_collection", {"billing_address_collection": "always"},
     "parameter_invalid", "billing_address_collection"),
    ("allow_promotion_codes text", {"allow_promotion_codes": "true"}, "parameter_invalid",
     "allow_promotion_codes"),
    ("allow_promotion_codes null", {"allow_promotion_codes": None}, "parameter_invalid",
     "allow_promotion_codes"),
    ("restrictions empty", {"restrictions": {}}, "parameter_missing",
     "restrictions[completed_sessions]"),
    ("restrictions limit zero", {"restrictions": {"completed_sessions": {"limit": 0}}},
     "parameter_invalid", "restrictions[completed_sessions][limit]"),
    ("restrictions limit missing", {"restrictions": {"completed_sessions": {}}},
     "parameter_missing", "restrictions[completed_sessions][limit]"),
    ("restrictions unknown key", {"restrictions": {"max_sessions": 3}}, "parameter_unknown",
     "restrictions[max_sessions]"),
    ("restrictions not object", {"restrictions": 5}, "parameter_invalid", "restrictions"),
    ("submit_type", {"submit_type": "buy"}, "parameter_invalid", "submit_type"),
    ("metadata not object", {"metadata": ["a"]}, "parameter_invalid", "metadata"),
    ("metadata value not text", {"metadata": {"count": 3}}, "parameter_invalid",
     "metadata[count]"),
    ("metadata key too long", {"metadata": {"k" * 41: "v"}}, "parameter_invalid",
     f"metadata[{'k' * 41}]"),
    ("metadata value too long", {"metadata": {"note": "v" * 501}}, "parameter_invalid",
     "metadata[note]"),
    ("metadata 51 keys", {"metadata": {f"k{i}": "v" for i in range(51)}}, "parameter_invalid",
     "metadata"),
    ("unknown top-level", {"amount": 100}, "parameter_unknown", "amount"),
    ("active on create", {"active": False}, "parameter_unknown", "active"),
]


@pytest.mark.parametrize(
    ("fields", "code", "param"),
    [case[1:] for case in INVALID_CREATES],
    ids=[case[0] for case in INVALID_CREATES],
)
def test_invalid_create_is_400_naming_the_field(
    api: Api, fields: dict[str, Any], code: str, param: str
) -> None:
    body = {key: value for key, value in api.body(**fields).items() if value is not OMIT}
    assert_error(api.create(body), 400, "invalid_request_error", code, param)
    assert api.page().json()["data"] == []


def test_unknown_price_is_resource_missing(api: Api) -> None:
    body = api.body(line_items=[usd_item(), {"price": "price_doesnotexist", "quantity": 1}])
    error = assert_error(api.create(body), 400, "invalid_request_error", "resource_missing",
                         "line_items[1][price]")
    assert "price_doesnotexist" in error["message"]


@pytest.mark.parametrize(
    "url",
    [
        "https://yoursite.com/thank-you",
        "https://shop.example.co.uk:8443/done?order=1#top",
        "http://localhost:8000/done",
        "http://127.0.0.1/done",
        "http://[::1]:3000/done",
        "https://example.com/" + "a" * (2048 - 20),  # exactly 2048 characters
    ],
)
def test_acceptable_redirect_urls(api: Api, url: str) -> None:
    after = {"type": "redirect", "redirect": {"url": url}}
    assert api.create_ok(after_completion=after)["after_completion"] == after


@pytest.mark.parametrize(
    "url",
    [
        "http://yoursite.com/thank-you",
        "http://localhost.evil.com/",
        "ftp://yoursite.com/",
        "/thank-you",
        "yoursite.com/thank-you",
        "https://",
        "https:///path-only",
        "https://your site.com/",
        "https://yoursite.com/a b",
        "https://yoursite.com/\tx",
        "https://yoursite.com/\nx",
        "https://yoursite.com:99999/",
        "",
        "https://example.com/" + "a" * (2049 - 20),
        42,
    ],
)
def test_unacceptable_redirect_urls(api: Api, url: Any) -> None:
    body = api.body(after_completion={"type": "redirect", "redirect": {"url": url}})
    assert_error(api.create(body), 400, "invalid_request_error", "parameter_invalid",
                 "after_completion[redirect][url]")


def test_limits_are_inclusive(api: Api) -> None:
    link = api.create_ok(
        title="t" * 250,
        description="d" * 1000,
        line_items=[usd_item(99_999_999, 999)] + [usd_item(0, 1)] * 19,
        metadata={f"{i:02d}" + "k" * 38: "v" * 500 for i in range(50)},
        after_completion={"type": "hosted_confirmation",
                          "hosted_confirmation": {"custom_message": "m" * 500}},
        restrictions={"completed_sessions": {"limit": 1}},
    )
    assert len(link["metadata"]) == 50
    items = api.http.get(f"/v1/checkout_links/{link['id']}/line_items", params={"limit": 100})
    assert [item["amount_total"] for item in items.json()["data"]] == [99_999_999 * 999] + [0] * 19
