"""Updating links: allowed fields, metadata merging, clearing, refusals."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from sandbox_helpers import Api, assert_error

from leanrails_desktop.sandbox import SandboxServer


def test_only_the_fields_sent_change(api: Api) -> None:
    link = api.create_ok(description="Before", metadata={"a": "1"}, submit_type="pay")
    response = api.update(link["id"], {"title": "After"})
    assert response.status_code == 200
    updated = response.json()
    assert updated == {**link, "title": "After"}
    assert api.http.get(f"/v1/checkout_links/{link['id']}").json() == updated


def test_every_updatable_field(api: Api) -> None:
    link = api.create_ok()
    changes: dict[str, Any] = {
        "active": False,
        "inactive_message": "This offer has ended. Check back soon for new deals!",
        "after_completion": {"type": "redirect",
                             "redirect": {"url": "https://yoursite.com/updated-thank-you"}},
        "metadata": {"campaign": "spring-2026"},
        "title": "New title",
        "description": "New description",
        "billing_address_collection": "required",
        "allow_promotion_codes": True,
        "submit_type": "donate",
        "restrictions": {"completed_sessions": {"limit": 5}},
    }
    updated = api.update(link["id"], changes).json()
    assert {key: updated[key] for key in changes} == changes
    for unchanged in ("id", "url", "currency", "created", "livemode", "mode", "object"):
        assert updated[unchanged] == link[unchanged]


def test_deactivate_and_reactivate(api: Api) -> None:
    link = api.create_ok()
    off = api.update(link["id"], {"active": False, "inactive_message": "Sold out."}).json()
    assert (off["active"], off["inactive_message"]) == (False, "Sold out.")
    on = api.update(link["id"], {"active": True}).json()
    assert (on["active"], on["inactive_message"]) == (True, "Sold out.")


def test_null_clears_restrictions_description_and_inactive_message(api: Api) -> None:
    link = api.create_ok(description="d", restrictions={"completed_sessions": {"limit": 3}})
    api.update(link["id"], {"inactive_message": "gone"})
    cleared = api.update(
        link["id"], {"restrictions": None, "description": None, "inactive_message": None}
    ).json()
    assert (cleared["restrictions"], cleared["description"], cleared["inactive_message"]) == (
        None, None, None
    )


def test_metadata_merges_and_empty_value_removes(api: Api) -> None:
    link = api.create_ok(metadata={"keep": "1", "change": "old", "drop": "x"})
    updated = api.update(
        link["id"], {"metadata": {"change": "new", "drop": "", "add": "yes", "absent": ""}}
    ).json()
    assert updated["metadata"] == {"keep": "1", "change": "new", "add": "yes"}
    assert api.update(link["id"], {"metadata": {}}).json()["metadata"] == updated["metadata"]


def test_metadata_key_limit_applies_to_the_merged_result(api: Api) -> None:
    link = api.create_ok(metadata={f"k{i}": "v" for i in range(30)})
    too_many = api.update(link["id"], {"metadata": {f"n{i}": "v" for i in range(21)}})
    assert_error(too_many, 400, "invalid_request_error", "parameter_invalid", "metadata")
    assert len(api.http.get(f"/v1/checkout_links/{link['id']}").json()["metadata"]) == 30
    # Removing keys in the same request makes room.
    swap = {**{f"n{i}": "v" for i in range(21)}, **{f"k{i}": "" for i in range(10)}}
    assert len(api.update(link["id"], {"metadata": swap}).json()["metadata"]) == 41


@pytest.mark.parametrize(
    ("body", "code", "param"),
    [
        ({"line_items": [{"price": "price_3fg6hj9km1np", "quantity": 2}]}, "parameter_unknown",
         "line_items"),
        ({"currency": "eur"}, "parameter_unknown", "currency"),
        ({"livemode": True}, "parameter_unknown", "livemode"),
        ({"id": "cl_other"}, "parameter_unknown", "id"),
        ({"active": "false"}, "parameter_invalid", "active"),
        ({"active": None}, "parameter_invalid", "active"),
        ({"title": None}, "parameter_invalid", "title"),
        ({"title": ""}, "parameter_invalid", "title"),
        ({"inactive_message": "m" * 501}, "parameter_invalid", "inactive_message"),
        ({"metadata": None}, "parameter_invalid", "metadata"),
        ({"metadata": {"n": 1}}, "parameter_invalid", "metadata[n]"),
        ({"submit_type": "buy"}, "parameter_invalid", "submit_type"),
        ({"after_completion": {"type": "redirect", "redirect": {"url": "http://shop.com"}}},
         "parameter_invalid", "after_completion[redirect][url]"),
        ({"restrictions": {"completed_sessions": {"limit": -1}}}, "parameter_invalid",
         "restrictions[completed_sessions][limit]"),
    ],
)
def test_invalid_update_is_400_and_changes_nothing(
    api: Api, body: dict[str, Any], code: str, param: str
) -> None:
    link = api.create_ok(metadata={"a": "1"})
    assert_error(
        api.update(link["id"], {"description": "changed", **body}),
        400, "invalid_request_error", code, param,
    )
    assert api.http.get(f"/v1/checkout_links/{link['id']}").json() == link


def test_update_unknown_link_is_404(api: Api) -> None:
    response = api.update("cl_000000000000", {"active": False})
    error = assert_error(response, 404, "invalid_request_error", "resource_missing", "id")
    assert "cl_000000000000" in error["message"]


def test_empty_update_returns_the_link_unchanged(api: Api) -> None:
    link = api.create_ok()
    response = api.http.post(f"/v1/checkout_links/{link['id']}")
    assert response.status_code == 200
    assert response.json() == link


def test_concurrent_metadata_updates_all_land(
    api: Api, sandbox: SandboxServer, sandbox_key: str
) -> None:
    link = api.create_ok()
    errors: list[str] = []

    def writer(number: int) -> None:
        with httpx.Client(base_url=sandbox.base_url, auth=(sandbox_key, ""), verify=False) as c:
            for round_ in range(5):
                response = c.post(f"/v1/checkout_links/{link['id']}",
                                  json={"metadata": {f"w{number}r{round_}": "x"}})
                if response.status_code != 200:
                    errors.append(response.text)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    metadata = api.http.get(f"/v1/checkout_links/{link['id']}").json()["metadata"]
    assert len(metadata) == 30
