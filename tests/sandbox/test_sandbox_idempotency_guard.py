"""The sandbox's idempotency guard on its own, over a real (in-memory) store: what counts as
"the same request", which key is in flight, and what each refusal says.

The contract: a repeat with the same key and body replays the first response; the same key
with a different body is 400 ``idempotency_error``; a repeat while the first is still being
processed is 409. Keys belong to one merchant.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from leanrails_desktop.sandbox.errors import SandboxError
from leanrails_desktop.sandbox.idempotency import IdempotencyGuard, request_hash
from leanrails_desktop.sandbox.store import Store

BODY = {"title": "T", "line_items": [{"price": "price_3fg6hj9km1np", "quantity": 1}]}


@pytest.fixture
def store() -> Iterator[Store]:
    store = Store(None)
    try:
        yield store
    finally:
        store.close()


def test_the_same_request_has_one_hash_whatever_its_key_order() -> None:
    reordered = {"line_items": [{"quantity": 1, "price": "price_3fg6hj9km1np"}], "title": "T"}
    assert request_hash("POST", "/v1/checkout_links", BODY) == request_hash(
        "POST", "/v1/checkout_links", reordered
    )
    digest = request_hash("POST", "/v1/checkout_links", BODY)
    assert len(digest) == 64 and int(digest, 16) >= 0  # SHA-256, hex


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/v1/checkout_links", BODY),
        ("POST", "/v1/checkout_links/cl_aaaaaaaaaaaa", BODY),
        ("POST", "/v1/checkout_links", {**BODY, "title": "U"}),
        ("POST", "/v1/checkout_links", {**BODY, "title": "t"}),
        ("POST", "/v1/checkout_links", {**BODY, "description": None}),
        ("POST", "/v1/checkout_links", {"title": "T"}),
    ],
)
def test_any_other_method_path_or_body_is_another_request(
    method: str, path: str, body: dict[str, object]
) -> None:
    assert request_hash(method, path, body) != request_hash("POST", "/v1/checkout_links", BODY)


def test_a_known_hash_is_stable_across_runs() -> None:
    # Records outlive the process (a sandbox with a database file): the hash must not
    # depend on anything but the request. SHA-256 of 'POST\n/v1/x\n{"a":"é","b":[1,2]}'.
    assert request_hash("POST", "/v1/x", {"b": [1, 2], "a": "é"}) == (
        "44eb72fcd5827a1793272966df6f3594239570d94c43d973cafe9b0bd2daadb6"
    )


def test_a_new_key_is_claimed_then_replayed_once_stored(store: Store) -> None:
    merchant = store.merchant("sk_test_guard000000000001").id
    guard = IdempotencyGuard(store)
    digest = request_hash("POST", "/v1/checkout_links", BODY)
    assert guard.begin(merchant, "k", digest) is None  # claimed: the caller processes it
    store.put_idempotency(merchant, "k", digest, 200, {"id": "cl_1"})
    guard.finish(merchant, "k")
    record = guard.begin(merchant, "k", digest)
    assert record is not None
    assert (record.status, record.body, record.request_hash) == (200, {"id": "cl_1"}, digest)


def test_a_repeat_in_flight_is_409_until_finished(store: Store) -> None:
    guard = IdempotencyGuard(store)
    assert guard.begin(7, "k", "d1") is None
    with pytest.raises(SandboxError) as busy:
        guard.begin(7, "k", "d1")
    error = busy.value
    assert (error.status, error.type, error.code) == (
        409, "idempotency_error", "idempotency_key_in_use"
    )
    assert error.message == (
        "A request with this Idempotency-Key is still being processed; try again in a moment."
    )
    assert guard.begin(8, "k", "d1") is None  # another merchant's key of the same name
    assert guard.begin(7, "other", "d1") is None
    guard.finish(7, "k")
    assert guard.begin(7, "k", "d1") is None  # nothing stored: the key can be claimed again


def test_the_same_key_with_another_request_is_400(store: Store) -> None:
    merchant = store.merchant("sk_test_guard000000000001").id
    guard = IdempotencyGuard(store)
    store.put_idempotency(merchant, "k", "first", 200, {"id": "cl_1"})
    with pytest.raises(SandboxError) as reused:
        guard.begin(merchant, "k", "second")
    error = reused.value
    assert (error.status, error.type, error.code) == (
        400, "idempotency_error", "idempotency_key_reused"
    )
    assert error.message == (
        "This Idempotency-Key was already used with a different request; "
        "use a new key for a new request."
    )
    with pytest.raises(SandboxError):  # still refused: the claim was never taken
        guard.begin(merchant, "k", "second")
    replay = guard.begin(merchant, "k", "first")  # the first request itself is replayed
    assert replay is not None and replay.body == {"id": "cl_1"}


def test_keys_up_to_255_characters(store: Store) -> None:
    guard = IdempotencyGuard(store)
    assert guard.begin(7, "k" * 255, "d") is None
    with pytest.raises(SandboxError) as long:
        guard.begin(7, "k" * 256, "d")
    error = long.value
    assert (error.status, error.type, error.code, error.param) == (
        400, "invalid_request_error", "parameter_invalid", None
    )
    assert error.message == "An Idempotency-Key can be at most 255 characters long."


def test_two_requests_racing_for_one_key_are_admitted_once(store: Store) -> None:
    guard = IdempotencyGuard(store)
    start = threading.Barrier(8)
    outcomes: list[str] = []
    lock = threading.Lock()

    def claim() -> None:
        start.wait()
        try:
            guard.begin(7, "race", "d")
            result = "claimed"
        except SandboxError as refused:
            result = str(refused.status)
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert sorted(outcomes) == ["409"] * 7 + ["claimed"]
