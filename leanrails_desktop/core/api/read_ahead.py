"""Paging through a list with the next pages already on their way.

A list is read one page at a time, each page naming the cursor of the next. Asking for page
N+1 only once page N has been parsed and shown leaves the server idle while the client works,
and the client idle while the server works. :class:`ReadAheadPages` keeps fetching along the
cursors on a thread of its own, a bounded number of pages ahead of the one last asked for, so
the two overlap.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from leanrails_desktop.core.api.objects import Page

T = TypeVar("T")

Body = Mapping[str, Any]

DEFAULT_DEPTH = 2
"""Pages fetched ahead of the last one asked for."""


def next_cursor(body: Body) -> str | None:
    """The cursor of the page after ``body``, read the way :meth:`Page.from_dict` reads it."""
    cursor = body.get("next_cursor")
    return cursor if body.get("has_more") is True and isinstance(cursor, str) else None


class ReadAheadPages(Generic[T]):
    """Pages of one list. :meth:`page` blocks, so call it off the GUI thread.

    ``fetch(cursor)`` returns one page's decoded body (``None``: the first page) and
    ``parse(body)`` turns it into a :class:`Page`. Once a page has been asked for, a reader
    thread follows the cursors after it, keeping up to ``depth`` pages fetched ahead; asking
    for one of those takes it over instead of asking the server again. An error met while
    reading ahead surfaces only when its page is asked for, exactly as a direct request's
    would. :meth:`close` drops whatever was fetched ahead and stops the reader.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Body],
        parse: Callable[[Body], Page[T]],
        *,
        depth: int = DEFAULT_DEPTH,
    ) -> None:
        self._fetch = fetch
        self._parse = parse
        self._depth = max(1, depth)
        self._changed = threading.Condition()
        # Cursor → its body, or the exception fetching it raised. Guarded by _changed.
        self._ready: dict[str, Body | BaseException] = {}
        self._fetching: str | None = None
        self._follow: str | None = None  # the next cursor the reader should fetch
        self._reader: threading.Thread | None = None
        self._closed = False

    def page(self, cursor: str | None) -> Page[T]:
        """The page at ``cursor``; the pages after it are asked for before it is parsed."""
        body = self._take(cursor)
        if body is None:
            body = self._fetch(cursor)
        self._read_from(next_cursor(body))
        return self._parse(body)

    def _take(self, cursor: str | None) -> Body | None:
        """The body read ahead for ``cursor`` (waiting if it is on its way), or None."""
        if cursor is None:
            return None
        with self._changed:
            while cursor not in self._ready and self._fetching == cursor and not self._closed:
                self._changed.wait()
            found = self._ready.pop(cursor, None)
            if found is None:
                # The caller fetches this page itself, so the reader must not, and what was
                # read ahead of other pages will not be asked for any more.
                self._ready.clear()
                if self._follow == cursor:
                    self._follow = None
            self._changed.notify_all()
        if isinstance(found, BaseException):
            raise found
        return found

    def _read_from(self, cursor: str | None) -> None:
        """Make the reader follow the cursors from ``cursor`` on (None: nothing after)."""
        with self._changed:
            if self._closed or cursor is None:
                return
            if cursor in self._ready or cursor == self._fetching or cursor == self._follow:
                self._changed.notify_all()  # already followed; wake a reader held by depth
                return
            self._ready.clear()
            self._follow = cursor
            if self._reader is None:
                self._reader = threading.Thread(
                    target=self._read, name="leanrails-read-ahead", daemon=True
                )
                self._reader.start()
            self._changed.notify_all()

    def _read(self) -> None:
        while True:
            with self._changed:
                while not self._closed and (
                    self._follow is None or len(self._ready) >= self._depth
                ):
                    self._changed.wait()
                if self._closed:
                    return
                cursor = self._follow
                assert cursor is not None
                self._fetching, self._follow = cursor, None
            result: Body | BaseException
            try:
                result = self._fetch(cursor)
            except BaseException as exc:  # handed to whoever asks for this page
                result = exc
            with self._changed:
                self._fetching = None
                if self._closed:
                    return
                if self._follow is None:  # nobody redirected the reader meanwhile
                    self._ready[cursor] = result
                    if not isinstance(result, BaseException):
                        self._follow = next_cursor(result)
                self._changed.notify_all()

    @property
    def fetched_ahead(self) -> list[str]:
        """Cursors whose pages are fetched ahead, on their way or next in line, oldest first."""
        with self._changed:
            if self._closed:
                return []
            ahead = list(self._ready)
            ahead += [c for c in (self._fetching, self._follow) if c is not None]
            return ahead

    def close(self) -> None:
        """Drop the pages fetched ahead and stop the reader."""
        with self._changed:
            self._closed = True
            self._ready.clear()
            self._follow = None
            self._changed.notify_all()
