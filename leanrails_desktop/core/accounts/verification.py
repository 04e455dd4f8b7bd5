"""Asking LeanRails whether it accepts a key, before an account is saved with it."""

from __future__ import annotations

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.urls import DEFAULT_BASE_URL


def verify_key(key: str, base_url: str = DEFAULT_BASE_URL, *, timeout: float = 20.0) -> None:
    """Ask LeanRails whether it accepts ``key`` (one ``list(limit=1)``). Raises the API
    client's ``LeanRailsError`` (``AuthenticationError`` for a refused key).

    Makes a network call: run it on a worker thread, never the GUI thread.
    """
    with LeanRailsClient(api_key=key, base_url=base_url, timeout=timeout, max_retries=1) as client:
        client.checkout_links.list(limit=1)
