"""Streams of links with their line items, for exports of one link or every link.

The list endpoint does not carry line items, so each link's items take one more request.
Those requests run a few at a time, page by page, so an export of 10,000 links streams:
at most one page of links and their items is held at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from itertools import islice

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.links import LinkFilter
from leanrails_desktop.core.store import LocalStore, StoreError

LinkWithItems = tuple[CheckoutLink, list[LineItem]]
Saved = Callable[[list[str]], Mapping[str, list[LineItem]]]
Remember = Callable[[dict[str, list[LineItem]]], None]

_log = logging.getLogger("leanrails_desktop.core.link_source")


class KeptLineItems:
    """The line items the local store keeps for one account, as ``saved`` and ``remember``
    for :func:`with_line_items` and :func:`fetch_line_items`. A saved link's line items
    never change, so a kept copy is as good as a fresh one. Without a store, or when the
    store fails, nothing is found and nothing kept: the items are simply asked for."""

    def __init__(self, store: LocalStore | None, account_key: str) -> None:
        self._store = store if account_key else None
        self._account_key = account_key

    def saved(self, link_ids: list[str]) -> Mapping[str, list[LineItem]]:
        if self._store is None:
            return {}
        try:
            return self._store.cached_line_items_for(self._account_key, link_ids)
        except StoreError as exc:
            _log.warning("Kept line items not read: %s", exc)
            return {}

    def remember(self, fetched: dict[str, list[LineItem]]) -> None:
        if self._store is None or not fetched:
            return
        try:
            self._store.cache_line_items_many(self._account_key, fetched)
        except StoreError as exc:
            _log.warning("Line items not kept: %s", exc)


def fetch_line_items(
    client: LeanRailsClient,
    link_ids: list[str],
    *,
    saved: Saved | None = None,
    remember: Remember | None = None,
) -> dict[str, list[LineItem]]:
    """The line items of ``link_ids``: those ``saved`` has, the rest asked for one link at
    a time and handed to ``remember``."""
    found = dict(saved(link_ids)) if saved is not None and link_ids else {}
    fetched = {
        link_id: list(client.checkout_links.iter_line_items(link_id))
        for link_id in link_ids
        if link_id not in found
    }
    if remember is not None and fetched:
        remember(fetched)
    return found | fetched


def iter_links(
    client: LeanRailsClient, link_filter: LinkFilter, page_size: int = 100
) -> Iterator[CheckoutLink]:
    """Every link of the account matching the filter, newest first, page by page."""
    return client.checkout_links.iter(active=link_filter.active, page_size=page_size)


def with_line_items(
    client: LeanRailsClient,
    links: Iterable[CheckoutLink],
    known: Mapping[str, list[LineItem]] | None = None,
    *,
    saved: Saved | None = None,
    remember: Remember | None = None,
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
