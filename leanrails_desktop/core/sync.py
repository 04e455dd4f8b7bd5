"""The sync engine: full passes that keep an account's mirror equal to the server.

A pass lists every link, newest first, 100 a page with their line items expanded, and
writes each page into the mirror in one transaction (the next pages are already being
fetched meanwhile). Once the listing is complete, links it did not see are removed and the
pass is recorded. The pages' texts are then added to the search index. When the server did
not expand the line items (it ignores ``expand``), they are asked for link by link on two
threads, a batch per transaction; they never change once a link exists, so each is fetched
once.

Failures: every request already retries in the client (``Retry-After`` honoured, capped at
its ``max_retry_delay``). On top of that, a page or a link's line items that still fail
with an error worth retrying (unreachable, rate limited, 5xx, a cut connection) are asked
for again a few times, waiting the server's ``Retry-After`` when it gave one. A pass that
still stops short keeps every page it wrote, records why in the mirror, and says so in its
result; the next pass completes the picture. A cancel is checked between pages and between
batches of line items.

Nothing here touches Qt: call :meth:`Sync.run_pass` on a worker thread.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Final, Literal, TypeVar

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.checkout_links import BASE_PATH, path_segment
from leanrails_desktop.core.api.errors import (
    APIConnectionError,
    APIError,
    LeanRailsError,
    NotFoundError,
    RateLimitError,
)
from leanrails_desktop.core.i18n import Context, translate
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.core.mirror import Mirror, MirrorError

__all__ = ["PassResult", "Progress", "Sync", "SyncCancelled"]

PAGE_SIZE: Final = 100
LINE_ITEM_WORKERS: Final = 2
"""Line items asked for at once when the server does not expand them: against a nearby
server a third was no faster (the interpreter is the limit) and slowed the GUI thread."""
LINE_ITEM_BATCH: Final = 100
"""Links whose line items are fetched, then written in one transaction."""
EXTRA_TRIES: Final = 4
"""Times a page (or a link's line items) is asked for again after the client gave up."""
INDEX_BATCH: Final = 5000

_log = logging.getLogger(__name__)

SyncText = Context("SyncText")
T = TypeVar("T")

Phase = Literal["links", "line_items", "index"]


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a pass is: ``done`` of about ``estimate`` (None: unknown, as on a first
    pass). In the ``links`` phase they count links, the estimate being the last complete
    pass's count; in ``line_items``, links whose line items were asked for, of those
    missing; in ``index``, texts added to the search index."""

    phase: Phase
    done: int
    estimate: int | None


@dataclass(frozen=True, slots=True)
class PassResult:
    """What a pass did. ``complete``: every link was listed and the links no longer listed
    were removed. ``error`` is a sentence for the merchant when anything stopped short
    (then ``complete`` says whether the listing had finished); ``cancelled`` when asked to
    stop."""

    complete: bool
    listed: int
    added: int
    changed: int
    removed: int
    line_items_fetched: int
    line_items_missing: int
    seconds: float
    error: str | None = None
    cancelled: bool = False
    unreachable: bool = False
    """The pass stopped because LeanRails could not be reached (working offline)."""


class SyncCancelled(Exception):
    """The pass was asked to stop."""


def _retryable(error: LeanRailsError) -> bool:
    if isinstance(error, RateLimitError | APIConnectionError):
        return True
    return isinstance(error, APIError) and (error.status or 0) >= 500


class Sync:
    """Passes over one account: its client and its mirror.

    ``sleep`` waits between the engine's own retries (tests make it short); ``clock`` gives
    Unix seconds for the sync state.
    """

    def __init__(
        self,
        client: LeanRailsClient,
        mirror: Mirror,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        extra_tries: int = EXTRA_TRIES,
        max_wait: float = 20.0,
    ) -> None:
        self._client = client
        self._mirror = mirror
        self._sleep = sleep
        self._clock = clock
        self._extra_tries = extra_tries
        self._max_wait = max_wait

    # -- the pass ----------------------------------------------------------------------

    def run_pass(
        self,
        *,
        progress: Callable[[Progress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PassResult:
        """One full pass (see the module's docstring); never raises for a failed request or
        mirror write, which end the pass with ``error`` set."""
        report = progress or (lambda _: None)
        stop = cancelled or (lambda: False)
        started = self._clock()
        began = time.monotonic()
        counts = {"listed": 0, "added": 0, "changed": 0, "removed": 0, "fetched": 0}
        complete = False
        try:
            estimate = self._mirror.sync_state().last_count
            number = self._mirror.begin_pass()
            self._list_links(number, counts, estimate, report, stop)
            counts["removed"] = self._mirror.finish_pass(
                number, started=started, ended=self._clock()
            )
            complete = True
            self._index(report, stop)
            self._fetch_line_items(counts, report, stop)
            self._index(report, stop)
        except SyncCancelled:
            return self._result(counts, complete, began, cancelled=True)
        except (LeanRailsError, MirrorError) as error:
            if complete:
                stopped = translate("Sync", "Syncing stopped after listing every link. {reason}")
            else:
                stopped = SyncText.tr(
                    "Syncing stopped after {count} link(s). {reason}", "", counts["listed"]
                )
            sentence = stopped.format(
                count=format_count(counts["listed"]), reason=describe_error(error)
            )
            _log.info("sync: %s", sentence)
            try:
                self._mirror.note_failure(sentence, at=self._clock())
            except MirrorError:
                _log.warning("sync: the failure could not be recorded", exc_info=True)
            return self._result(
                counts,
                complete,
                began,
                error=sentence,
                unreachable=isinstance(error, APIConnectionError),
            )
        return self._result(counts, complete, began)

    def _result(
        self,
        counts: Mapping[str, int],
        complete: bool,
        began: float,
        *,
        error: str | None = None,
        cancelled: bool = False,
        unreachable: bool = False,
    ) -> PassResult:
        try:
            missing = len(self._mirror.without_line_items())
        except MirrorError:
            missing = -1
        return PassResult(
            complete=complete,
            listed=counts["listed"],
            added=counts["added"],
            changed=counts["changed"],
            removed=counts["removed"],
            line_items_fetched=counts["fetched"],
            line_items_missing=missing,
            seconds=time.monotonic() - began,
            error=error,
            cancelled=cancelled,
            unreachable=unreachable,
        )

    def _list_links(
        self,
        number: int,
        counts: dict[str, int],
        estimate: int | None,
        report: Callable[[Progress], None],
        stop: Callable[[], bool],
    ) -> None:
        pages = self._client.checkout_links.raw_pages(limit=PAGE_SIZE, expand_line_items=True)
        try:
            cursor: str | None = None
            seen: set[str] = set()
            while True:
                if stop():
                    raise SyncCancelled
                page = self._retrying(
                    functools.partial(pages.page, cursor), stop, reached=counts["listed"] > 0
                )
                written = self._mirror.write_page(number, page.data)
                counts["listed"] += len(page.data)
                counts["added"] += written.added
                counts["changed"] += written.changed
                report(Progress("links", counts["listed"], estimate))
                if not page.has_more or page.next_cursor is None:
                    return
                if page.next_cursor in seen:
                    raise APIError(
                        translate(
                            "Sync", "LeanRails sent the same page twice; the listing was stopped."
                        )
                    )
                seen.add(page.next_cursor)
                cursor = page.next_cursor
        finally:
            pages.close()

    def _index(self, report: Callable[[Progress], None], stop: Callable[[], bool]) -> None:
        done = 0
        while True:
            left = self._mirror.index_pending(INDEX_BATCH)
            done += INDEX_BATCH
            if not left:
                return
            report(Progress("index", done, done + left))
            if stop():
                raise SyncCancelled

    # -- line items the server did not expand ------------------------------------------

    def _fetch_line_items(
        self,
        counts: dict[str, int],
        report: Callable[[Progress], None],
        stop: Callable[[], bool],
    ) -> None:
        missing = self._mirror.without_line_items()
        if not missing:
            return
        done = 0
        report(Progress("line_items", 0, len(missing)))
        with ThreadPoolExecutor(LINE_ITEM_WORKERS, thread_name_prefix="sync-items") as pool:
            for batch in _batches(missing, LINE_ITEM_BATCH):
                if stop():
                    raise SyncCancelled
                futures = [pool.submit(self._items_of, link_id, stop) for link_id in batch]
                found: dict[str, list[dict[str, Any]]] = {}
                try:
                    for link_id, future in zip(batch, futures, strict=True):
                        items = future.result()
                        if items is not None:
                            found[link_id] = items
                finally:
                    for future in futures:
                        future.cancel()
                self._mirror.put_line_items(found)
                counts["fetched"] += len(found)
                done += len(batch)
                report(Progress("line_items", done, len(missing)))

    def _items_of(self, link_id: str, stop: Callable[[], bool]) -> list[dict[str, Any]] | None:
        """Every line item of a link as sent, or None if the link is gone."""
        path = f"{BASE_PATH}/{path_segment(link_id)}/line_items"
        items: list[dict[str, Any]] = []
        cursor: str | None = None
        while True:
            params = {"limit": "100"} | ({"cursor": cursor} if cursor else {})

            def fetch(query: dict[str, str] = params) -> dict[str, Any]:
                return self._client.request("GET", path, params=query)

            try:
                body = self._retrying(fetch, stop)
            except NotFoundError:
                return None
            data = body.get("data")
            if not isinstance(data, list) or not all(
                isinstance(item, Mapping) and isinstance(item.get("id"), str) for item in data
            ):
                # Left unknown (asked again by the next pass) rather than ending this one:
                # the list shows "…" for its amount, the editor asks for its items itself.
                _log.warning("sync: line items of %s could not be read", link_id)
                return None
            items.extend(dict(item) for item in data)
            next_cursor = body.get("next_cursor")
            if body.get("has_more") is not True or not isinstance(next_cursor, str):
                return items
            cursor = next_cursor

    # -- retries on top of the client's ------------------------------------------------

    def _retrying(
        self, call: Callable[[], T], stop: Callable[[], bool], *, reached: bool = True
    ) -> T:
        """``call()``, asked again up to ``extra_tries`` times after a failure worth
        retrying; waits the server's Retry-After when it gave one, else 1, 2, 4… s.

        Not ``reached`` (the pass's first request): LeanRails not answering at all is not
        asked again here (the client has already retried), so working offline is said at
        once rather than after the engine's waits."""
        tries = 0
        while True:
            try:
                return call()
            except LeanRailsError as error:
                unreachable = isinstance(error, APIConnectionError) and not reached
                if unreachable or not _retryable(error) or tries >= self._extra_tries:
                    raise
                tries += 1
                advised = error.retry_after if isinstance(error, RateLimitError) else None
                wait = min(self._max_wait, advised if advised is not None else 2.0 ** (tries - 1))
                _log.info("sync: %s; asking again in %.1f s", error, wait)
                self._wait(wait, stop)

    def _wait(self, seconds: float, stop: Callable[[], bool]) -> None:
        end = time.monotonic() + seconds
        while True:
            if stop():
                raise SyncCancelled
            left = end - time.monotonic()
            if left <= 0:
                return
            self._sleep(min(left, 0.1))


def _batches(values: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
