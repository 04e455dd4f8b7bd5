"""Noting which links' line items a real client is asked for (the requests still go out)."""

from __future__ import annotations

import threading
from typing import Any

from leanrails_desktop.core.api import LeanRailsClient

_SUFFIX = "/line_items"


def count_line_item_requests(client: LeanRailsClient, asked: list[str]) -> None:
    """Append to ``asked`` the id of every link whose line items ``client`` is asked for,
    whichever part of the app asks (each page of a link's items counts once)."""
    real = client.request
    lock = threading.Lock()

    def counted(method: str, path: str, **options: Any) -> Any:
        if method == "GET" and path.endswith(_SUFFIX) and not (options.get("params") or {}).get(
            "cursor"
        ):
            with lock:
                asked.append(path[: -len(_SUFFIX)].rsplit("/", 1)[-1])
        return real(method, path, **options)

    client.request = counted  # type: ignore[method-assign]
