"""Retrieving and listing links and line items: shapes, order, filters, keyset paging."""

from __future__ import annotations

from typing import Any

import pytest
from sandbox_helpers import Api, assert_error

from leanrails_desktop.sandbox import SandboxServer


def _keys(links: list[dict[str, Any]]) -> list[tuple[int, str]]:
    return [(link["created"], link["id"]) for link in links]


def test_retrieve(api: Api) -> None:
    link = api.create_ok()
    response = api.http.get(f"/v1/checkout_links/{link['id']}")
    assert response.status_code == 200
    assert response.json() == link


def test_retrieve_unknown_is_404(api: Api) -> None:
    assert_error(api.http.get("/v1/checkout_links/cl_nothere12345"), 404,
                 "invalid_request_error", "resource_missing", "id")


def test_empty_list_shape(api: Api) -> None:
    assert api.page().json() == {
        "object": "list", "data": [], "has_more": False, "next_cursor": None,
        "url": "/v1/checkout_links",
    }


def test_list_default_limit_is_10(sandbox: SandboxServer, api: Api, sandbox_key: str) -> None:
    sandbox.seed_bulk(sandbox_key, count=15, seed=1)
    body = api.page().json()
    assert len(body["data"]) == 10 and body["has_more"] is True


def test_paging_250_links_newest_first_without_gaps_or_duplicates(
    sandbox: SandboxServer, api: Api, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=240, seed=7)
    for _ in range(10):  # some created in the same second, so the id tie-break matters
        api.create_ok()
    sizes = []
    seen: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 100}
    while True:
        body = api.page(**params).json()
        assert body["url"] == "/v1/checkout_links"
        sizes.append(len(body["data"]))
        seen.extend(body["data"])
        if not body["has_more"]:
            assert body["next_cursor"] is None
            break
        params["cursor"] = body["next_cursor"]
    assert sizes == [100, 100, 50]
    keys = _keys(seen)
    assert len(set(keys)) == 250
    assert keys == sorted(keys, reverse=True)


def test_paging_with_the_active_filter(sandbox: SandboxServer, api: Api, sandbox_key: str) -> None:
    sandbox.seed_bulk(sandbox_key, count=250, seed=3)
    everything = api.list_all(limit=100)
    active = api.list_all(limit=100, active="true")
    inactive = api.list_all(limit=37, active="false")
    assert active and inactive
    assert all(link["active"] for link in active)
    assert not any(link["active"] for link in inactive)
    assert _keys(active) == sorted(_keys(active), reverse=True)
    assert sorted(_keys(active) + _keys(inactive)) == sorted(_keys(everything))


def test_links_created_while_paging_are_not_repeated(api: Api) -> None:
    for _ in range(12):
        api.create_ok()
    first = api.page(limit=5).json()
    new_ids = {api.create_ok()["id"] for _ in range(5)}
    seen = list(first["data"])
    cursor = first["next_cursor"]
    while cursor:
        body = api.page(limit=5, cursor=cursor).json()
        seen.extend(body["data"])
        cursor = body["next_cursor"]
    ids = [link["id"] for link in seen]
    assert len(ids) == len(set(ids))
    # Links made in the same second as the cursor's link may sort after it (ties go by id),
    # so a few new ones can show up; every original one must.
    originals = {link["id"] for link in api.list_all(limit=100)} - set(new_ids)
    assert len(originals) == 12 and originals <= set(ids)


@pytest.mark.parametrize("limit", ["0", "101", "-1", "ten", "1.5", "", "1e2"])
def test_bad_limit_is_400(api: Api, limit: str) -> None:
    assert_error(api.page(limit=limit), 400, "invalid_request_error", "parameter_invalid", "limit")


@pytest.mark.parametrize("limit", ["1", "100"])
def test_limit_bounds_are_accepted(api: Api, limit: str) -> None:
    assert api.page(limit=limit).status_code == 200


@pytest.mark.parametrize("active", ["yes", "1", "True", ""])
def test_bad_active_is_400(api: Api, active: str) -> None:
    assert_error(api.page(active=active), 400, "invalid_request_error", "parameter_invalid",
                 "active")


@pytest.mark.parametrize("cursor", ["garbage", "bDF8eHx5", "!!!!", "aTF8Mw", "bDF8MTIzfGNs"])
def test_garbage_cursor_is_400(api: Api, cursor: str) -> None:
    assert_error(api.page(cursor=cursor), 400, "invalid_request_error", "parameter_invalid",
                 "cursor")


def test_unknown_or_repeated_query_parameters_are_400(api: Api) -> None:
    assert_error(api.page(starting_after="cl_x"), 400, "invalid_request_error",
                 "parameter_unknown", "starting_after")
    assert_error(api.http.get("/v1/checkout_links?limit=1&limit=2"), 400,
                 "invalid_request_error", "parameter_invalid", "limit")


def test_line_items_paging(api: Api) -> None:
    items = [
        {"price_data": {"currency": "eur", "product": f"prod_item{i:02d}", "unit_amount": i},
         "quantity": i + 1}
        for i in range(20)
    ]
    link = api.create_ok(line_items=items)
    path = f"/v1/checkout_links/{link['id']}/line_items"
    first = api.http.get(path).json()
    assert len(first["data"]) == 10 and first["has_more"] is True
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 7}
        if cursor:
            params["cursor"] = cursor
        body = api.http.get(path, params=params).json()
        assert body["url"] == path
        seen.extend(body["data"])
        cursor = body["next_cursor"]
        if not body["has_more"]:
            break
    assert [item["product"] for item in seen] == [f"prod_item{i:02d}" for i in range(20)]
    assert [item["amount_total"] for item in seen] == [i * (i + 1) for i in range(20)]
    assert all(item["currency"] == "eur" for item in seen)


def test_line_items_query_validation(api: Api) -> None:
    link = api.create_ok()
    path = f"/v1/checkout_links/{link['id']}/line_items"
    assert_error(api.http.get(path, params={"limit": 0}), 400, "invalid_request_error",
                 "parameter_invalid", "limit")
    assert_error(api.http.get(path, params={"active": "true"}), 400, "invalid_request_error",
                 "parameter_unknown", "active")
    api.create_ok()
    link_cursor = api.page(limit=1).json()["next_cursor"]
    assert_error(api.http.get(path, params={"cursor": link_cursor}), 400,
                 "invalid_request_error", "parameter_invalid", "cursor")
    assert_error(api.http.get("/v1/checkout_links/cl_nothere12345/line_items"), 404,
                 "invalid_request_error", "resource_missing", "id")


def test_a_removed_link_is_gone_with_its_line_items(
    sandbox: SandboxServer, api: Api, sandbox_key: str
) -> None:
    kept, removed = api.create_ok(), api.create_ok()
    assert sandbox.remove_link(sandbox_key, removed["id"]) is True
    assert sandbox.remove_link(sandbox_key, removed["id"]) is False
    assert sandbox.remove_link("sk_test_someoneelse0000001", kept["id"]) is False
    assert [link["id"] for link in api.list_all(limit=100)] == [kept["id"]]
    assert_error(api.http.get(f"/v1/checkout_links/{removed['id']}/line_items"), 404,
                 "invalid_request_error", "resource_missing", "id")
