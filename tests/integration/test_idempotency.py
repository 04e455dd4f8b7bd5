"""Idempotency keys end to end: replays, conflicting reuse, and a request still in flight."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from integration_helpers import ITEMS, Waits

from leanrails_desktop.core.api import (
    CheckoutLink,
    IdempotencyError,
    LeanRailsClient,
    RetryNotice,
)
from leanrails_desktop.sandbox import SandboxServer


def test_repeating_a_create_with_the_same_key_replays_it(client: LeanRailsClient) -> None:
    first = client.checkout_links.create(title="Once", line_items=ITEMS, idempotency_key="k-1")
    again = client.checkout_links.create(title="Once", line_items=ITEMS, idempotency_key="k-1")
    assert again == first
    assert [link.id for link in client.checkout_links.list()] == [first.id]


def test_without_a_key_each_create_is_new(client: LeanRailsClient) -> None:
    client.checkout_links.create(title="Twice", line_items=ITEMS)
    client.checkout_links.create(title="Twice", line_items=ITEMS)
    assert len(client.checkout_links.list()) == 2


def test_reusing_a_key_with_another_body_is_an_idempotency_error(
    client: LeanRailsClient, waits: Waits
) -> None:
    client.checkout_links.create(title="First", line_items=ITEMS, idempotency_key="k-2")
    with pytest.raises(IdempotencyError) as info:
        client.checkout_links.create(title="Second", line_items=ITEMS, idempotency_key="k-2")
    assert info.value.status == 400
    assert info.value.type == "idempotency_error"
    assert waits.notices == []  # a conflicting reuse is final, not retried
    assert [link.title for link in client.checkout_links.list()] == ["First"]


def test_update_keys_replay_too(client: LeanRailsClient) -> None:
    link = client.checkout_links.create(title="Counter", line_items=ITEMS)
    first = client.checkout_links.update(link.id, metadata={"n": "1"}, idempotency_key="u-1")
    client.checkout_links.update(link.id, metadata={"n": "2"})
    replay = client.checkout_links.update(link.id, metadata={"n": "1"}, idempotency_key="u-1")
    assert replay == first  # the stored answer, not a second application
    assert client.checkout_links.retrieve(link.id).metadata == {"n": "2"}


def test_a_repeat_while_the_first_is_in_flight_waits_and_gets_the_same_link(
    sandbox: SandboxServer, make_client: Callable[..., LeanRailsClient], waits: Waits
) -> None:
    hold = sandbox.faults.hold_next()
    slow = make_client(max_retries=0)
    results: list[CheckoutLink] = []
    first = threading.Thread(
        target=lambda: results.append(
            slow.checkout_links.create(title="Race", line_items=ITEMS, idempotency_key="k-3")
        )
    )
    first.start()

    def told_to_wait(notice: RetryNotice) -> None:
        # The repeat was answered 409; let the first request finish before it tries again.
        waits.notice(notice)
        hold.release()
        first.join(10)

    try:
        assert hold.wait_reached(10), "the first create never reached the sandbox"
        patient = make_client(max_retries=8, on_retry=told_to_wait)
        second = patient.checkout_links.create(
            title="Race", line_items=ITEMS, idempotency_key="k-3"
        )
    finally:
        hold.release()
        first.join(10)
    assert not first.is_alive()
    assert results and second == results[0]
    assert [n.reason for n in waits.notices] == ["The previous attempt is still being processed"]
    assert len(patient.checkout_links.list()) == 1
