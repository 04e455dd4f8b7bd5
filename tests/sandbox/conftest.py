"""Fixtures for testing the sandbox server alone, over real HTTP on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from sandbox_helpers import Api

from leanrails_desktop.sandbox import SandboxServer


@pytest.fixture
def make_api(sandbox: SandboxServer) -> Iterator[Callable[[str | None], Api]]:
    """Makes clients for any key (None: no Authorization header); all closed afterwards."""
    clients: list[httpx.Client] = []

    def make(key: str | None) -> Api:
        auth = (key, "") if key is not None else None
        # Plain HTTP on loopback: verify=False only skips loading CA certificates (slow).
        client = httpx.Client(base_url=sandbox.base_url, auth=auth, timeout=10, verify=False)
        clients.append(client)
        return Api(client)

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def api(make_api: Callable[[str | None], Api], sandbox_key: str) -> Api:
    """A client of the per-test sandbox with the per-test key."""
    return make_api(sandbox_key)


@pytest.fixture
def anonymous(make_api: Callable[[str | None], Api]) -> httpx.Client:
    """A client of the per-test sandbox that sends no key."""
    return make_api(None).http
