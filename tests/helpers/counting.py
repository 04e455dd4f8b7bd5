"""Noting which links' line items a real client is asked for (the requests still go out)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import LineItem


def count_line_item_requests(client: LeanRailsClient, asked: list[str]) -> None:
    """Append to ``asked`` the id of every link whose line items ``client`` is asked for."""
    real = client.checkout_links.iter_line_items
    lock = threading.Lock()

    def counted(link_id: str, **options: int) -> Iterator[LineItem]:
        with lock:
            asked.append(link_id)
        return real(link_id, **options)

    client.checkout_links.iter_line_items = counted  # type: ignore[method-assign]
