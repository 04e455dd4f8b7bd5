"""Helpers for the sandbox tests: a small client wrapper and error assertions."""

from __future__ import annotations

import copy
import secrets
from typing import Any

import httpx

MINIMAL_BODY: dict[str, Any] = {
    "title": "Premium Headphones",
    "line_items": [{"price": "price_3fg6hj9km1np", "quantity": 1}],
}


class Api:
    """A thin httpx wrapper speaking to one sandbox with one key."""

    def __init__(self, client: httpx.Client) -> None:
        self.http = client

    @staticmethod
    def body(**fields: Any) -> dict[str, Any]:
        """A valid create body with ``fields`` set on top."""
        body = copy.deepcopy(MINIMAL_BODY)
        body.update(fields)
        return body

    def create(self, body: dict[str, Any] | None = None, **headers: str) -> httpx.Response:
        return self.http.post("/v1/checkout_links", json=body or self.body(), headers=headers)

    def create_ok(self, **fields: Any) -> dict[str, Any]:
        response = self.create(self.body(**fields))
        assert response.status_code == 200, response.text
        link: dict[str, Any] = response.json()
        return link

    def update(self, link_id: str, body: dict[str, Any], **headers: str) -> httpx.Response:
        return self.http.post(f"/v1/checkout_links/{link_id}", json=body, headers=headers)

    def page(self, **params: Any) -> httpx.Response:
        return self.http.get("/v1/checkout_links", params=params)

    def list_all(self, **params: Any) -> list[dict[str, Any]]:
        """Every link, following ``next_cursor`` page by page."""
        seen: list[dict[str, Any]] = []
        cursor = None
        while True:
            query = dict(params)
            if cursor is not None:
                query["cursor"] = cursor
            page = self.page(**query)
            assert page.status_code == 200, page.text
            body = page.json()
            seen.extend(body["data"])
            cursor = body["next_cursor"]
            assert (cursor is not None) == body["has_more"]
            if not body["has_more"]:
                return seen


def new_key(prefix: str = "sk_test_") -> str:
    """A fresh well-formed key, hence a fresh merchant."""
    return prefix + secrets.token_hex(12)



def assert_error(
    response: httpx.Response,
    status: int,
    type_: str,
    code: str | None = None,
    param: str | None = None,
) -> dict[str, Any]:
    """Check an error response's status and body; returns the ``error`` object."""
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    assert error["type"] == type_, error
    assert isinstance(error["message"], str) and error["message"].endswith("."), error
    if code is not None:
        assert error.get("code") == code, error
    assert error.get("param") == param, error
    assert response.headers["Request-Id"].startswith("req_")
    return error
