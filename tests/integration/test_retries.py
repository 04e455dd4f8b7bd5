"""Retries against the sandbox's injected faults: rate limits, server errors, lost answers,
revoked keys, slow and absent servers."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import pytest
from integration_helpers import ITEMS, Waits

from leanrails_desktop.core.api import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    LeanRailsClient,
    RateLimitError,
)
from leanrails_desktop.sandbox import SandboxServer


def test_rate_limit_is_waited_out_as_retry_after_says(
    sandbox: SandboxServer, make_client: Callable[..., LeanRailsClient], waits: Waits
) -> None:
    client = make_client(max_retry_delay=5.0)
    sandbox.faults.fail_next(2, status=429, retry_after=0.15)
    started = time.monotonic()
    link = client.checkout_links.create(title="Busy day", line_items=ITEMS)
    elapsed = time.monotonic() - started
    assert waits.sleeps == [0.15, 0.15]
    assert elapsed >= 0.3
    assert [(n.attempt, n.delay) for n in waits.notices] == [(1, 0.15), (2, 0.15)]
    assert waits.notices[0].reason == "The server is busy (rate limited)"
    assert [found.id for found in client.checkout_links.list()] == [link.id]


def test_retry_after_longer_than_the_cap_is_cut_to_the_cap(
    sandbox: SandboxServer, make_client: Callable[..., LeanRailsClient], waits: Waits
) -> None:
    client = make_client(max_retry_delay=0.05)
    sandbox.faults.fail_next(1, status=429, retry_after=30)
    client.checkout_links.list()
    assert waits.sleeps == [0.05]


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_retried(
    sandbox: SandboxServer, client: LeanRailsClient, waits: Waits, status: int
) -> None:
    sandbox.faults.fail_next(1, status=status)
    link = client.checkout_links.create(title="Flaky", line_items=ITEMS)
    assert len(waits.sleeps) == 1 and 0 < waits.sleeps[0] <= 0.2
    assert waits.notices[0].reason == f"LeanRails had a temporary problem (HTTP {status})"
    assert [found.id for found in client.checkout_links.list()] == [link.id]


def test_exhausted_retries_on_server_errors_raise_api_error(
    sandbox: SandboxServer, client: LeanRailsClient, waits: Waits
) -> None:
    sandbox.faults.fail_next(3, status=503)
    with pytest.raises(APIError) as info:
        client.checkout_links.create(title="Never", line_items=ITEMS)
    assert info.value.status == 503
    assert info.value.type == "api_error"
    assert len(waits.sleeps) == 2
    assert client.checkout_links.list().data == []  # the faults are used up; nothing made


def test_exhausted_retries_on_rate_limit_raise_rate_limit_error(
    sandbox: SandboxServer, make_client: Callable[..., LeanRailsClient], waits: Waits
) -> None:
    client = make_client(max_retries=1)
    sandbox.faults.fail_next(2, status=429, retry_after=0.05)
    with pytest.raises(RateLimitError) as info:
        client.checkout_links.list()
    assert info.value.retry_after == 0.05
    assert info.value.status == 429
    assert waits.sleeps == [0.05]


def test_a_create_whose_answer_was_lost_is_made_exactly_once(
    sandbox: SandboxServer, client: LeanRailsClient, waits: Waits
) -> None:
    sandbox.faults.drop_next_create_response(n=1)
    link = client.checkout_links.create(title="Lost answer", line_items=ITEMS)
    assert waits.notices[0].reason == "The connection was cut"
    assert [found.id for found in client.checkout_links.list()] == [link.id]


def test_a_lost_answer_without_retries_is_a_connection_error_and_can_be_resumed(
    sandbox: SandboxServer, make_client: Callable[..., LeanRailsClient]
) -> None:
    client = make_client(max_retries=0)
    sandbox.faults.drop_next_create_response(n=1)
    with pytest.raises(APIConnectionError, match="closed the connection before answering"):
        client.checkout_links.create(title="Resumed", line_items=ITEMS, idempotency_key="r-1")
    link = client.checkout_links.create(title="Resumed", line_items=ITEMS, idempotency_key="r-1")
    assert [found.id for found in client.checkout_links.list()] == [link.id]


def test_a_revoked_key_is_refused_at_once_without_retries(
    sandbox: SandboxServer, client: LeanRailsClient, sandbox_key: str, waits: Waits
) -> None:
    link = client.checkout_links.create(title="Before", line_items=ITEMS)
    sandbox.revoke_key(sandbox_key)
    with pytest.raises(AuthenticationError) as info:
        client.checkout_links.retrieve(link.id)
    assert info.value.status == 401
    assert info.value.type == "authentication_error"
    assert waits.notices == [] and waits.sleeps == []


def test_a_slow_server_times_out_with_a_sentence(
    sandbox: SandboxServer, make_client: Callable[..., LeanRailsClient], waits: Waits
) -> None:
    sandbox.faults.latency = 0.6
    client = make_client(timeout=0.2, max_retries=1)
    with pytest.raises(APIConnectionError) as info:
        client.checkout_links.list()
    assert str(info.value) == (
        f"LeanRails at {sandbox.base_url.removeprefix('http://')} did not answer: "
        "timed out after 0.2 s."
    )
    assert [n.reason for n in waits.notices] == ["The request timed out"]
    sandbox.faults.reset()


def test_an_absent_server_is_reported_after_retries(
    make_client: Callable[..., LeanRailsClient], waits: Waits
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = make_client(base_url=f"http://127.0.0.1:{port}", max_retry_delay=0.01)
    with pytest.raises(APIConnectionError) as info:
        client.checkout_links.list()
    assert str(info.value).startswith(f"Could not reach LeanRails at 127.0.0.1:{port}: ")
    assert len(waits.notices) == 2
    assert info.value.status is None
