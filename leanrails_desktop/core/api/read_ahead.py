"""Paging through a list with the next page already on its way.

A list is read one page at a time, each page naming the cursor of the next. Asking for page
N+1 only once page N has been parsed and shown leaves the server idle while the client works,
and the client idle while the server works. :class:`ReadAheadPages` asks for the next page
the moment the current one has arrived, before parsing it, so the two overlap.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from concurrent.futures import CancelledError, Future
from typing import Any, Generic, TypeVar

from leanrails_desktop.core.api.objects import Page

T = TypeVar("T")

Body = Mapping[str, Any]


def next_cursor(body: Body) -> str | None:
    """The cursor of the page after ``body``, read the way :meth:`Page.from_dict` reads it."""
    cursor = body.get("next_cursor")
    return cursor if body.get("has_more") is True and isinstance(cursor, str) else None


class ReadAheadPages(Generic[T]):
    """Pages of one list. :meth:`page` blocks, so call it off the GUI thread.

    ``fetch(cursor)`` returns one page's decoded body (``None``: the first page) and
    ``parse(body)`` turns it into a :class:`Page`. Every fetched body starts the fetch of
    the page after it on a thread of its own; asking for that cursor next takes it over.
    Errors of a fetch ahead surface only when its page is asked for, exactly as a direct
    request's would. :meth:`close` drops whatever was fetched ahead.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Body],
        parse: Callable[[Body], Page[T]],
    ) -> None:
        self._fetch = fetch
        self._parse = parse
        self._lock = threading.Lock()
        self._ahead: tuple[str, Future[Body]] | None = None
        self._closed = False

    def page(self, cursor: str | None) -> Page[T]:
        """The page at ``cursor``; the page after it is asked for before this one is parsed."""
        with self._lock:
            ahead, self._ahead = self._ahead, None
        body: Body | None = None
        if ahead is not None and ahead[0] == cursor:
            try:
                body = ahead[1].result()
            except CancelledError:
                body = None
        elif ahead is not None:
            ahead[1].cancel()
        if body is None:
            body = self._fetch(cursor)
        following = next_cursor(body)
        if following is not None:
            self._start_ahead(following)
        return self._parse(body)

    def _start_ahead(self, cursor: str) -> None:
        future: Future[Body] = Future()
        with self._lock:
            if self._closed:
                return
            if self._ahead is not None:
                self._ahead[1].cancel()
            self._ahead = (cursor, future)

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(self._fetch(cursor))
            except BaseException as exc:  # handed to whoever asks for this page
                future.set_exception(exc)

        # A daemon thread: a fetch ahead must never hold up the app's exit.
        threading.Thread(target=run, name="leanrails-read-ahead", daemon=True).start()

    @property
    def fetching_ahead(self) -> str | None:
        """The cursor being (or already) fetched ahead, if any."""
        with self._lock:
            return None if self._ahead is None else self._ahead[0]

    def close(self) -> None:
        """Drop the page fetched ahead and stop fetching ahead."""
        with self._lock:
            self._closed = True
            ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead[1].cancel()
