"""Fixtures for the client ↔ sandbox tests: real HTTP on loopback, no mocked transport."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from integration_helpers import Waits

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.sandbox import SandboxServer


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
def make_client(
    sandbox: SandboxServer, sandbox_key: str, waits: Waits
) -> Iterator[Callable[..., LeanRailsClient]]:
    """Builds clients of the per-test sandbox; retry waits are short and recorded."""
    made: list[LeanRailsClient] = []

    def make(**options: Any) -> LeanRailsClient:
        options.setdefault("api_key", sandbox_key)
        options.setdefault("base_url", sandbox.base_url)
        options.setdefault("timeout", 10.0)
        options.setdefault("max_retry_delay", 0.2)
        options.setdefault("sleep", waits.sleep)
        options.setdefault("on_retry", waits.notice)
        client = LeanRailsClient(**options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., LeanRailsClient]) -> LeanRailsClient:
    """A client of the per-test sandbox with the per-test key and the default two retries."""
    return make_client()
