"""Authentication, per-key merchants, and the shape of every response."""

from __future__ import annotations

import base64
import json
import logging
import socket
from collections.abc import Callable

import httpx
import pytest
from sandbox_helpers import Api, assert_error, new_key

from leanrails_desktop.sandbox import SandboxServer


def test_missing_key_is_401(make_api: Callable[[str | None], Api]) -> None:
    response = make_api(None).page()
    error = assert_error(response, 401, "authentication_error", "api_key_missing")
    assert "Basic" in error["message"]


@pytest.mark.parametrize(
    "key",
    [
        "sk_test_short",  # fewer than 8 characters after the prefix
        "sk_prod_abcdefghijkl",
        "pk_test_abcdefghijkl",
        "sk_test_abc-defghijkl",
        "sk_test_abcdéfghijkl",
        "",
    ],
)
def test_malformed_key_is_401(make_api: Callable[[str | None], Api], key: str) -> None:
    assert_error(make_api(key).page(), 401, "authentication_error", "api_key_invalid")


@pytest.mark.parametrize("header", ["Bearer sk_test_abcdefghijkl", "Basic !!!notbase64", "Basic"])
def test_unusable_authorization_header_is_401(anonymous: httpx.Client, header: str) -> None:
    response = anonymous.get("/v1/checkout_links", headers={"Authorization": header})
    assert_error(response, 401, "authentication_error", "api_key_invalid")


def test_key_is_the_basic_user_name(anonymous: httpx.Client) -> None:
    key = new_key()
    for credentials in (f"{key}:", f"{key}:ignored-password"):
        token = base64.b64encode(credentials.encode()).decode()
        response = anonymous.get("/v1/checkout_links", headers={"Authorization": f"Basic {token}"})
        assert response.status_code == 200, response.text
    token = base64.b64encode(b"user:" + key.encode()).decode()
    response = anonymous.get("/v1/checkout_links", headers={"Authorization": f"Basic {token}"})
    assert response.status_code == 401


def test_revoked_key_is_401_afterwards(sandbox: SandboxServer, api: Api, sandbox_key: str) -> None:
    assert api.page().status_code == 200
    sandbox.revoke_key(sandbox_key)
    assert_error(api.page(), 401, "authentication_error", "api_key_revoked")
    assert_error(api.create(), 401, "authentication_error", "api_key_revoked")


def test_revoking_one_key_leaves_others_working(
    sandbox: SandboxServer, make_api: Callable[[str | None], Api]
) -> None:
    sandbox.revoke_key(new_key())
    assert make_api(new_key()).page().status_code == 200


def test_each_key_sees_only_its_own_links(make_api: Callable[[str | None], Api]) -> None:
    alice, bob = make_api(new_key()), make_api(new_key())
    link = alice.create_ok(title="Alice's link")
    assert [item["id"] for item in alice.page().json()["data"]] == [link["id"]]
    assert bob.page().json()["data"] == []
    assert_error(
        bob.http.get(f"/v1/checkout_links/{link['id']}"),
        404, "invalid_request_error", "resource_missing", "id",
    )
    assert_error(
        bob.update(link["id"], {"title": "Mine now"}),
        404, "invalid_request_error", "resource_missing", "id",
    )
    assert_error(
        bob.http.get(f"/v1/checkout_links/{link['id']}/line_items"),
        404, "invalid_request_error", "resource_missing", "id",
    )
    assert alice.http.get(f"/v1/checkout_links/{link['id']}").json()["title"] == "Alice's link"


def test_livemode_follows_the_key_prefix(make_api: Callable[[str | None], Api]) -> None:
    assert make_api(new_key("sk_live_")).create_ok()["livemode"] is True
    assert make_api(new_key("sk_test_")).create_ok()["livemode"] is False


def test_unknown_paths_are_404_with_an_error_body(api: Api, anonymous: httpx.Client) -> None:
    for method, path in [
        ("GET", "/v1/customers"),
        ("GET", "/v1/checkout_links/cl_x/sessions"),
        ("DELETE", "/v1/checkout_links"),
        ("GET", "/v1"),
        ("GET", "/v1/checkout_links/"),
    ]:
        response = api.http.request(method, path)
        assert_error(response, 404, "invalid_request_error", "resource_missing")
    assert_error(anonymous.get("/nothing/here"), 404, "invalid_request_error", "resource_missing")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"{not json", "not valid JSON"), (b"[1, 2]", "JSON object"), (b'"title"', "JSON object"),
     (b'{"title": NaN}', "not valid JSON"), (b"\xff\xfe", "not valid JSON")],
)
def test_unreadable_bodies_are_400(api: Api, content: bytes, fragment: str) -> None:
    response = api.http.post(
        "/v1/checkout_links", content=content, headers={"Content-Type": "application/json"}
    )
    error = assert_error(response, 400, "invalid_request_error", "body_invalid")
    assert fragment in error["message"]


def test_every_response_has_a_request_id(api: Api, anonymous: httpx.Client) -> None:
    link = api.create_ok()
    responses = [
        api.page(),
        api.http.get(f"/v1/checkout_links/{link['id']}"),
        api.http.get("/v1/missing"),
        anonymous.get("/v1/checkout_links"),
        anonymous.get("/_sandbox/health"),
        anonymous.get(f"/cl/{link['id']}"),
        anonymous.get("/cl/cl_missing"),
    ]
    ids = [response.headers["Request-Id"] for response in responses]
    assert all(value.startswith("req_") and len(value) > 8 for value in ids)
    assert len(set(ids)) == len(ids)


def test_key_is_never_echoed_in_responses_or_logs(
    make_api: Callable[[str | None], Api], sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    key = new_key()
    api = make_api(key)
    caplog.set_level(logging.INFO, logger="leanrails_desktop.sandbox")
    link = api.create_ok()
    responses = [
        api.page(),
        api.http.get(f"/v1/{key}"),  # a key pasted into the path is masked in the 404 too
        api.http.get(f"/v1/checkout_links/{key}"),
        api.update(link["id"], {key: "x"}),
        api.http.get(f"/cl/{link['id']}"),
    ]
    sandbox.revoke_key(key)
    responses.append(api.page())
    for response in responses:
        assert key not in response.text
        assert key not in str(response.headers)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert key not in logged
    assert f"sk_test_…{key[-4:]}" in logged


@pytest.mark.parametrize(
    ("request_line", "status"),
    [(b"BREW /v1/checkout_links HTTP/1.1", 501), (b"GET /v1/checkout_links x HTTP/1.1", 400)],
)
def test_protocol_errors_get_json_bodies_with_request_ids(
    sandbox: SandboxServer, request_line: bytes, status: int
) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as conn:
        conn.sendall(request_line + b"\r\nHost: x\r\n\r\n")
        raw = b""
        while chunk := conn.recv(65536):
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(f"HTTP/1.1 {status} ".encode())
    assert b"\r\nRequest-Id: req_" in head
    error = json.loads(body)["error"]
    assert error["type"] == ("api_error" if status >= 500 else "invalid_request_error")
