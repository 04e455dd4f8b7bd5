"""Expanding line items on the link list and on retrieve, and refusing other expansions."""

from __future__ import annotations

from typing import Any

import pytest
from sandbox_helpers import Api, assert_error

from leanrails_desktop.sandbox import SandboxServer

LIST_EXPAND = {"expand[]": "data.line_items"}
RETRIEVE_EXPAND = {"expand[]": "line_items"}


def _items(api: Api, link_id: str) -> list[dict[str, Any]]:
    body = api.http.get(f"/v1/checkout_links/{link_id}/line_items", params={"limit": 100})
    assert body.status_code == 200, body.text
    data: list[dict[str, Any]] = body.json()["data"]
    return data


def _without_items(link: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in link.items() if name != "line_items"}


def test_list_carries_each_links_line_items_as_a_list_object(
    sandbox: SandboxServer, api: Api, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=130, seed=4)
    plain = api.list_all(limit=100)
    expanded = api.list_all(limit=100, **LIST_EXPAND)
    assert [_without_items(link) for link in expanded] == plain
    for link in expanded:
        assert link["line_items"] == {
            "object": "list",
            "data": _items(api, link["id"]),
            "has_more": False,
            "url": f"/v1/checkout_links/{link['id']}/line_items",
        }
        assert 1 <= len(link["line_items"]["data"]) <= 3


def test_without_expand_links_carry_no_line_items(api: Api) -> None:
    link = api.create_ok()
    assert "line_items" not in api.page().json()["data"][0]
    assert "line_items" not in api.http.get(f"/v1/checkout_links/{link['id']}").json()


def test_expanded_list_keeps_filter_limit_and_cursor(
    sandbox: SandboxServer, api: Api, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=60, seed=9)
    plain = api.list_all(limit=7, active="false")
    expanded = api.list_all(limit=7, active="false", **LIST_EXPAND)
    assert plain and [_without_items(link) for link in expanded] == plain
    assert all(link["line_items"]["data"] for link in expanded)


def test_a_link_of_twenty_line_items_carries_all_twenty(api: Api) -> None:
    line_items = [
        {"price_data": {"currency": "usd", "product": f"prod_part{n:04d}", "unit_amount": n},
         "quantity": 1 + n % 3}
        for n in range(20)
    ]
    link = api.create_ok(line_items=line_items)
    listed = api.page(**LIST_EXPAND).json()["data"][0]["line_items"]
    retrieved = api.http.get(f"/v1/checkout_links/{link['id']}", params=RETRIEVE_EXPAND)
    assert retrieved.status_code == 200
    assert listed == retrieved.json()["line_items"]
    assert [item["product"] for item in listed["data"]] == [
        f"prod_part{n:04d}" for n in range(20)
    ]
    assert listed["has_more"] is False
    assert listed["data"] == _items(api, link["id"])


def test_retrieve_expands_line_items(api: Api) -> None:
    link = api.create_ok(
        line_items=[{"price": "price_3fg6hj9km1np", "quantity": 2}],
        metadata={"sku": "HP-1"},
    )
    response = api.http.get(f"/v1/checkout_links/{link['id']}", params=RETRIEVE_EXPAND)
    assert response.status_code == 200, response.text
    body = response.json()
    assert _without_items(body) == link
    items = body["line_items"]
    assert items["object"] == "list" and items["has_more"] is False
    assert items["url"] == f"/v1/checkout_links/{link['id']}/line_items"
    (item,) = items["data"]
    assert item["price"] == "price_3fg6hj9km1np" and item["quantity"] == 2
    assert item["amount_total"] == 2 * 49_900 and item["description"] == "Premium Headphones"


def test_the_same_expansion_twice_is_one(api: Api) -> None:
    api.create_ok()
    response = api.http.get(
        "/v1/checkout_links?expand[]=data.line_items&expand[]=data.line_items"
    )
    assert response.status_code == 200
    assert len(response.json()["data"][0]["line_items"]["data"]) == 1


@pytest.mark.parametrize(
    "value", ["line_items", "data.metadata", "data", "", "DATA.LINE_ITEMS", "data.line_items "]
)
def test_list_refuses_any_other_expansion(api: Api, value: str) -> None:
    api.create_ok()
    error = assert_error(
        api.page(**{"expand[]": value}), 400, "invalid_request_error", "parameter_invalid",
        "expand[0]",
    )
    assert "data.line_items" in error["message"]


@pytest.mark.parametrize("value", ["data.line_items", "metadata", "", "line_items.data"])
def test_retrieve_refuses_any_other_expansion(api: Api, value: str) -> None:
    link = api.create_ok()
    response = api.http.get(f"/v1/checkout_links/{link['id']}", params={"expand[]": value})
    assert_error(response, 400, "invalid_request_error", "parameter_invalid", "expand[0]")


def test_the_param_names_the_first_expansion_refused(api: Api) -> None:
    response = api.http.get(
        "/v1/checkout_links?expand[]=data.line_items&expand[]=data.title&expand[]=x"
    )
    assert_error(response, 400, "invalid_request_error", "parameter_invalid", "expand[1]")


def test_expand_without_brackets_is_an_unknown_parameter(api: Api) -> None:
    response = api.page(expand="data.line_items")
    assert_error(response, 400, "invalid_request_error", "parameter_unknown", "expand")


def test_line_items_endpoint_takes_no_expansion(api: Api) -> None:
    link = api.create_ok()
    response = api.http.get(
        f"/v1/checkout_links/{link['id']}/line_items", params={"expand[]": "data.line_items"}
    )
    assert_error(response, 400, "invalid_request_error", "parameter_unknown", "expand[]")


def test_retrieve_refuses_other_parameters(api: Api) -> None:
    link = api.create_ok()
    response = api.http.get(f"/v1/checkout_links/{link['id']}", params={"limit": "3"})
    assert_error(response, 400, "invalid_request_error", "parameter_unknown", "limit")


def test_expanding_an_unknown_link_is_404(api: Api) -> None:
    response = api.http.get("/v1/checkout_links/cl_nothere12345", params=RETRIEVE_EXPAND)
    assert_error(response, 404, "invalid_request_error", "resource_missing", "id")


def test_other_merchants_links_are_never_expanded_into_a_list(
    sandbox: SandboxServer, make_api: Any, sandbox_key: str
) -> None:
    sandbox.seed_bulk("sk_test_someoneelse000000001", count=20, seed=1)
    api = make_api(sandbox_key)
    api.create_ok()
    (link,) = api.list_all(limit=100, **LIST_EXPAND)
    assert [item["price"] for item in link["line_items"]["data"]] == ["price_3fg6hj9km1np"]
