"""Idempotency-Key on create and update: replays, conflicts, in-flight repeats, expiry."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
from sandbox_helpers import Api, assert_error, new_key

from leanrails_desktop.sandbox import SandboxServer


def _count(api: Api) -> int:
    return len(api.list_all(limit=100))


def test_replay_returns_the_first_response_and_creates_nothing(api: Api) -> None:
    key = str(uuid.uuid4())
    first = api.create(api.body(title="Once"), **{"Idempotency-Key": key})
    assert first.status_code == 200
    assert "Idempotent-Replayed" not in first.headers
    again = api.create(api.body(title="Once"), **{"Idempotency-Key": key})
    assert again.status_code == 200
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert again.headers["Request-Id"] != first.headers["Request-Id"]
    assert _count(api) == 1


def test_key_order_and_spacing_of_the_body_do_not_matter(api: Api) -> None:
    key = str(uuid.uuid4())
    first = api.http.post(
        "/v1/checkout_links", headers={"Idempotency-Key": key, "Content-Type": "application/json"},
        content=b'{"title": "T", "line_items": [{"price": "price_3fg6hj9km1np", "quantity": 1}]}',
    )
    second = api.http.post(
        "/v1/checkout_links", headers={"Idempotency-Key": key, "Content-Type": "application/json"},
        content=b'{"line_items":[{"quantity":1,"price":"price_3fg6hj9km1np"}],"title":"T"}',
    )
    assert second.headers.get("Idempotent-Replayed") == "true"
    assert second.json() == first.json()


def test_same_key_different_body_is_400(api: Api) -> None:
    key = str(uuid.uuid4())
    assert api.create(api.body(title="A"), **{"Idempotency-Key": key}).status_code == 200
    response = api.create(api.body(title="B"), **{"Idempotency-Key": key})
    assert_error(response, 400, "idempotency_error", "idempotency_key_reused")
    assert _count(api) == 1


def test_same_key_on_another_path_is_400(api: Api) -> None:
    key = str(uuid.uuid4())
    link = api.create_ok()
    assert api.update(link["id"], {"title": "x"}, **{"Idempotency-Key": key}).status_code == 200
    response = api.create(api.body(title="x"), **{"Idempotency-Key": key})
    assert_error(response, 400, "idempotency_error")


def test_repeat_while_in_flight_is_409(sandbox: SandboxServer, api: Api, sandbox_key: str) -> None:
    hold = sandbox.faults.hold_next()
    key = str(uuid.uuid4())
    results: dict[str, httpx.Response] = {}

    def first() -> None:
        with httpx.Client(base_url=sandbox.base_url, auth=(sandbox_key, ""), verify=False) as c:
            results["first"] = c.post("/v1/checkout_links", json=api.body(),
                                      headers={"Idempotency-Key": key})

    thread = threading.Thread(target=first)
    thread.start()
    try:
        # The first request has claimed its key and is held there, in flight.
        assert hold.wait_reached(10), "the first request never reached the sandbox"
        second = api.create(api.body(), **{"Idempotency-Key": key})
    finally:
        hold.release()
        thread.join(10)
    assert not thread.is_alive()
    assert_error(second, 409, "idempotency_error", "idempotency_key_in_use")
    assert results["first"].status_code == 200
    third = api.create(api.body(), **{"Idempotency-Key": key})
    assert third.headers.get("Idempotent-Replayed") == "true"
    assert third.json() == results["first"].json()
    assert _count(api) == 1


def test_validation_errors_are_stored_and_replayed(api: Api) -> None:
    key = str(uuid.uuid4())
    bad = api.body(title="")
    first = api.create(bad, **{"Idempotency-Key": key})
    assert_error(first, 400, "invalid_request_error", "parameter_invalid", "title")
    again = api.create(bad, **{"Idempotency-Key": key})
    assert again.status_code == 400 and again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    # The key is spent on the failed request: a corrected body needs a new key.
    assert_error(api.create(api.body(), **{"Idempotency-Key": key}), 400, "idempotency_error")


def test_injected_server_error_is_not_stored(sandbox: SandboxServer, api: Api) -> None:
    key = str(uuid.uuid4())
    sandbox.faults.fail_next(1, status=500)
    assert_error(api.create(api.body(), **{"Idempotency-Key": key}), 500, "api_error")
    retry = api.create(api.body(), **{"Idempotency-Key": key})
    assert retry.status_code == 200
    assert "Idempotent-Replayed" not in retry.headers
    assert _count(api) == 1


def test_update_with_a_key_replays_the_first_response(api: Api) -> None:
    link = api.create_ok()
    key = str(uuid.uuid4())
    first = api.update(link["id"], {"title": "A"}, **{"Idempotency-Key": key})
    api.update(link["id"], {"title": "B"})
    again = api.update(link["id"], {"title": "A"}, **{"Idempotency-Key": key})
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json() and again.json()["title"] == "A"
    assert api.http.get(f"/v1/checkout_links/{link['id']}").json()["title"] == "B"


def test_keys_belong_to_one_merchant(make_api: Callable[[str | None], Api]) -> None:
    key = str(uuid.uuid4())
    alice, bob = make_api(new_key()), make_api(new_key())
    a = alice.create(alice.body(title="A"), **{"Idempotency-Key": key})
    b = bob.create(bob.body(title="B"), **{"Idempotency-Key": key})
    assert a.status_code == b.status_code == 200
    assert "Idempotent-Replayed" not in b.headers
    assert a.json()["id"] != b.json()["id"]


def test_overlong_key_is_400(api: Api) -> None:
    response = api.create(api.body(), **{"Idempotency-Key": "k" * 256})
    assert_error(response, 400, "invalid_request_error")
    assert _count(api) == 0


def test_records_expire_after_24_hours(tmp_path: Path, sandbox_key: str) -> None:
    now = [1_750_000_000.0]
    server = SandboxServer(db_path=tmp_path / "clock.db", clock=lambda: now[0])
    server.start()
    try:
        with httpx.Client(base_url=server.base_url, auth=(sandbox_key, ""), verify=False) as c:
            api = Api(c)
            key = str(uuid.uuid4())
            first = api.create(api.body(), **{"Idempotency-Key": key})
            now[0] += 24 * 3600 - 5
            assert api.create(api.body(), **{"Idempotency-Key": key}).json() == first.json()
            now[0] += 10
            later = api.create(api.body(), **{"Idempotency-Key": key})
            assert later.status_code == 200 and "Idempotent-Replayed" not in later.headers
            assert later.json()["id"] != first.json()["id"]
            assert later.json()["created"] == int(now[0])
    finally:
        server.stop()


def test_a_request_cut_short_is_not_carried_out_nor_its_key_kept(
    sandbox: SandboxServer, api: Api, sandbox_key: str
) -> None:
    """A client killed while sending its body: the server reads fewer bytes than the
    Content-Length said. Nothing is done — not even the key remembered — so the same key
    with the whole body later creates the link, as on a real server."""
    import base64
    import json
    import socket
    from urllib.parse import urlsplit

    key = str(uuid.uuid4())
    body = json.dumps(api.body(title="Cut short")).encode()
    where = urlsplit(sandbox.base_url)
    auth = base64.b64encode(f"{sandbox_key}:".encode()).decode()
    head = (
        f"POST /v1/checkout_links HTTP/1.1\r\nHost: {where.netloc}\r\n"
        f"Authorization: Basic {auth}\r\nContent-Type: application/json\r\n"
        f"Idempotency-Key: {key}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    with socket.create_connection((where.hostname, where.port), timeout=10) as raw:
        raw.sendall(head + body[:0])
        raw.shutdown(socket.SHUT_WR)
        assert raw.recv(1024) == b""  # closed without an answer
    with socket.create_connection((where.hostname, where.port), timeout=10) as raw:
        raw.sendall(head + body[: len(body) // 2])
        raw.shutdown(socket.SHUT_WR)
        assert raw.recv(1024) == b""
    assert _count(api) == 0
    whole = api.create(api.body(title="Cut short"), **{"Idempotency-Key": key})
    assert whole.status_code == 200 and "Idempotent-Replayed" not in whole.headers
    assert _count(api) == 1
