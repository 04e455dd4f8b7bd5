"""Streams of links with their line items, for exports of one link or every link.

The list endpoint does not carry line items, so each link's items take one more request.
Those requests run a few at a time, page by page, so an export of 10,000 links streams:
at most one page of links and their items is held at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from itertools import islice

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem

LinkWithItems = tuple[CheckoutLink, list[LineItem]]


def iter_links(
    client: LeanRailsClient, active: bool | None, page_size: int = 100
) -> Iterator[CheckoutLink]:
    """Every link of the account matching the filter, newest first, page by page."""
    return client.checkout_links.iter(active=active, page_size=page_size)


def with_line_items(
    client: LeanRailsClient,
    links: Iterable[CheckoutLink],
    known: Mapping[str, list[LineItem]] | None = None,
    *,
    saved: Callable[[list[str]], Mapping[str, list[LineItem]]] | None = None,
    remember: Callable[[dict[str, list[LineItem]]], None] | None = None,
    workers: int = 2,
    batch: int = 100,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[LinkWithItems]:
    """Pair each link with its line items, in the order given.

    A saved link's line items never change, so they are asked for only when neither
    ``known`` (only read, so the caller may pass a snapshot of what it holds) nor
    ``saved(link_ids)`` (say, the local store, asked once per batch) has them; each batch's
    newly fetched items go to ``remember``. Two requests run at once: against a nearby
    server a third was no faster (the interpreter, not the network, is the limit) and made
    the GUI thread wait longer for it. Stops early (without error) once ``cancelled()`` is
    true; the caller's writer then raises its own cancel.
    """
    cache: Mapping[str, list[LineItem]] = known if known is not None else {}

    def fetch(link: CheckoutLink) -> list[LineItem]:
        return list(client.checkout_links.iter_line_items(link.id))

    iterator = iter(links)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="line-items") as pool:
        while True:
            if cancelled is not None and cancelled():
                return
            chunk = list(islice(iterator, batch))
            if not chunk:
                return
            unknown = [link.id for link in chunk if link.id not in cache]
            found = saved(unknown) if saved is not None and unknown else {}
            missing = [link for link in chunk if link.id not in cache and link.id not in found]
            requests = iter([pool.submit(fetch, link) for link in missing])
            fetched: dict[str, list[LineItem]] = {}
            try:
                for link in chunk:
                    if link.id in cache:
                        items = cache[link.id]
                    elif link.id in found:
                        items = found[link.id]
                    else:
                        items = fetched[link.id] = next(requests).result()
                    yield link, items
            finally:
                for request in requests:  # a stopped export drops the requests not started
                    request.cancel()
            if remember is not None and fetched:
                remember(fetched)
