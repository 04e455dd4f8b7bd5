"""Streams of links with their line items, for exports of a few links or of 100,000.

The links come from the account's mirror a batch at a time; their line items from the
mirror too, and only those it does not have yet (a server that ignored ``expand``) are
asked for, a few at a time, and kept there for next time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import islice

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.mirror import Mirror, MirrorError

LinkWithItems = tuple[CheckoutLink, list[LineItem]]
Saved = Callable[[list[str]], Mapping[str, list[LineItem]]]
Remember = Callable[[dict[str, list[LineItem]]], None]

_log = logging.getLogger("leanrails_desktop.core.link_source")


class MirrorLineItems:
    """The line items the account's mirror keeps, as ``saved`` and ``remember`` for
    :func:`with_line_items`. A saved link's line items never change, so a kept copy is as
    good as a fresh one; what had to be fetched is kept for next time."""

    def __init__(self, mirror: Mirror) -> None:
        self._mirror = mirror

    def saved(self, link_ids: list[str]) -> Mapping[str, list[LineItem]]:
        try:
            return self._mirror.line_items(link_ids)
        except MirrorError as exc:
            _log.warning("Kept line items not read: %s", exc)
            return {}

    def remember(self, fetched: dict[str, list[LineItem]]) -> None:
        if not fetched:
            return
        try:
            self._mirror.put_line_items(
                {link_id: [item.to_dict() for item in items] for link_id, items in fetched.items()}
            )
        except MirrorError as exc:
            _log.warning("Line items not kept: %s", exc)


def mirror_links(
    mirror: Mirror,
    link_ids: Sequence[str],
    *,
    batch: int = 500,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[CheckoutLink]:
    """The links of ``link_ids`` as the mirror has them (with their line items when
    known), read a batch at a time, so an export of 100,000 holds one batch at once."""
    return links_by_id(mirror, link_ids, None, batch=batch, cancelled=cancelled)


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


def split_pairs(
    pairs: Iterable[LinkWithItems],
) -> tuple[Iterator[CheckoutLink], Callable[[CheckoutLink], list[LineItem]]]:
    """The links of ``pairs`` one at a time, and a function giving the line items of the
    link just given — what a CSV export asks for, holding one link's items at a time."""
    current: dict[str, list[LineItem]] = {}

    def links() -> Iterator[CheckoutLink]:
        for link, items in pairs:
            current.clear()
            current[link.id] = items
            yield link

    return links(), lambda link: current.get(link.id, [])


def mirror_pairs(mirror: Mirror, link_ids: Sequence[str],
                 cancelled: Callable[[], bool] | None = None) -> Iterator[LinkWithItems]:
    """The links with the line items the mirror has (offline: nothing is asked)."""
    return ((link, link.line_items or []) for link in
            mirror_links(mirror, link_ids, cancelled=cancelled))


def links_by_id(
    mirror: Mirror | None,
    link_ids: Sequence[str],
    client: LeanRailsClient | None = None,
    *,
    batch: int = 500,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[CheckoutLink]:
    """The links of ``link_ids``, in that order: from the mirror, and the ones it does not
    have yet (just made, before the next sync) from LeanRails when a client is given."""
    for start in range(0, len(link_ids), batch):
        if cancelled is not None and cancelled():
            return
        chunk = link_ids[start : start + batch]
        found = {link.id: link for link in (mirror.links(chunk) if mirror is not None else [])}
        for link_id in chunk:
            link = found.get(link_id)
            if link is None and client is not None:
                link = client.checkout_links.retrieve(link_id, expand_line_items=True)
            if link is not None:
                yield link
