"""Sync passes: the account's links and line items, from LeanRails into the mirror.

A full pass reads the list newest first, 100 links a page with their line items expanded,
and writes each page in one transaction; when it has seen every page, links it did not see
are removed, so the mirror equals the server. A pass cut short (an error, a cancel, a
killed process) keeps every page it wrote; the next pass completes the picture. When the
server sends links without their line items (it ignores ``expand``), those are asked for
per link after the pass, two at a time. No Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.mirror import Mirror

PAGE_SIZE = 100
ITEM_WORKERS = 2
"""Line-item requests at once when the server does not expand them: as fast as more
under the GIL, and gentler on the server's rate limit."""


class PassCancelled(Exception):
    """The merchant (or an account switch) stopped the pass; what it wrote is kept."""


@dataclass(frozen=True)
class PassResult:
    """What a complete pass found."""

    links: int
    removed: int
    items_fetched: int
    seconds: float


def full_pass(
    client: LeanRailsClient,
    mirror: Mirror,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> PassResult:
    """Bring ``mirror`` up to date with the account; ``progress(links_done)`` after each
    page. Raises the client's errors (recorded in the mirror's sync state first) and
    :class:`PassCancelled`."""
    started = time.time()
    number = mirror.begin_pass()
    pages = client.checkout_links.raw_pages(limit=PAGE_SIZE, expand_line_items=True)
    done = 0
    missing: list[str] = []
    cursor: str | None = None
    try:
        while True:
            if cancelled():
                raise PassCancelled
            page = pages.page(cursor)
            written = mirror.write_page(number, page.data)
            missing.extend(written.missing_items)
            done += len(page.data)
            if progress is not None:
                progress(done)
            if not page.has_more or page.next_cursor is None:
                break
            cursor = page.next_cursor
        removed = mirror.finish_pass(number, started=started)
    except PassCancelled:
        raise
    except Exception as exc:
        mirror.note_failure(str(exc) or type(exc).__name__)
        raise
    finally:
        pages.close()
    fetched = fetch_missing_items(client, mirror, missing, cancelled=cancelled)
    mirror.index_pending()
    return PassResult(done, removed, fetched, time.time() - started)


def fetch_missing_items(
    client: LeanRailsClient,
    mirror: Mirror,
    link_ids: list[str],
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Ask for the line items of ``link_ids`` (a server that ignored ``expand``) and keep
    them; a saved link's line items never change, so each is asked for once. Returns how
    many links' items were fetched."""
    if not link_ids:
        return 0

    def one(link_id: str) -> tuple[str, list[dict[str, object]]]:
        if cancelled():
            raise PassCancelled
        items = client.checkout_links.iter_line_items(link_id)
        return link_id, [item.to_dict() for item in items]

    fetched = 0
    with ThreadPoolExecutor(ITEM_WORKERS, thread_name_prefix="line-items") as pool:
        for start in range(0, len(link_ids), PAGE_SIZE):
            batch = dict(pool.map(one, link_ids[start : start + PAGE_SIZE]))
            mirror.put_line_items(batch)
            fetched += len(batch)
    return fetched
