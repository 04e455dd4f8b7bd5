"""ReadAheadPages: the next page is asked for before the current one is parsed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from leanrails_desktop.core.api.objects import Page
from leanrails_desktop.core.api.read_ahead import ReadAheadPages, next_cursor

Body = Mapping[str, Any]


def body(n: int, last: int) -> dict[str, Any]:
    """Page ``n`` of ``last``: one item named after the page, cursors ``c1``, ``c2``, …"""
    more = n < last
    return {
        "object": "list",
        "data": [{"page": n}],
        "has_more": more,
        "next_cursor": f"c{n + 1}" if more else None,
    }


def page_number(cursor: str | None) -> int:
    return 0 if cursor is None else int(cursor[1:])


class Server:
    """Fetches record who asked for what; a cursor can be made to fail."""

    def __init__(self, last: int = 3) -> None:
        self.last = last
        self.asked: list[str | None] = []
        self.failing: dict[str | None, Exception] = {}
        self.lock = threading.Lock()
        self.asked_for: dict[str | None, threading.Event] = {}

    def was_asked(self, cursor: str | None) -> threading.Event:
        with self.lock:
            return self.asked_for.setdefault(cursor, threading.Event())

    def fetch(self, cursor: str | None) -> Body:
        with self.lock:
            self.asked.append(cursor)
        self.was_asked(cursor).set()
        if cursor in self.failing:
            raise self.failing[cursor]
        return body(page_number(cursor), self.last)


def parse(data: Body) -> Page[int]:
    return Page.from_dict(data, lambda item: int(item["page"]))


def eventually(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def test_next_cursor_follows_the_page_rules() -> None:
    assert next_cursor(body(0, 2)) == "c1"
    assert next_cursor(body(2, 2)) is None
    assert next_cursor({"has_more": True, "next_cursor": None}) is None
    assert next_cursor({"has_more": "yes", "next_cursor": "c1"}) is None


def test_the_next_page_is_on_its_way_before_this_one_is_parsed() -> None:
    server = Server(last=2)
    seen_while_parsing: list[list[str | None]] = []

    def slow_parse(data: Body) -> Page[int]:
        # Parsing page n waits until page n+1 has been asked for: proof of the overlap.
        following = next_cursor(data)
        if following is not None:
            assert server.was_asked(following).wait(5), "the next page was not asked for"
        with server.lock:
            seen_while_parsing.append(list(server.asked))
        return parse(data)

    pages = ReadAheadPages(server.fetch, slow_parse)
    first = pages.page(None)
    assert first.data == [0]
    assert seen_while_parsing[0][:2] == [None, "c1"]
    second = pages.page(first.next_cursor)
    third = pages.page(second.next_cursor)
    assert (second.data, third.data) == ([1], [2])
    assert not third.has_more
    assert pages.fetched_ahead == []  # nothing after the last page
    assert server.asked == [None, "c1", "c2"]  # each page asked for exactly once


def test_an_error_fetching_ahead_surfaces_when_that_page_is_asked_for() -> None:
    server = Server(last=3)
    server.failing["c1"] = ConnectionError("network down")
    pages = ReadAheadPages(server.fetch, parse)
    first = pages.page(None)  # its own fetch succeeded; the one ahead failed quietly
    assert first.data == [0]
    with pytest.raises(ConnectionError, match="network down"):
        pages.page("c1")
    del server.failing["c1"]
    assert pages.page("c1").data == [1]  # asking again fetches again


def test_reading_ahead_stops_at_its_depth_and_resumes_as_pages_are_taken() -> None:
    server = Server(last=9)
    pages = ReadAheadPages(server.fetch, parse, depth=2)
    pages.page(None)
    assert eventually(lambda: pages.fetched_ahead == ["c1", "c2", "c3"])  # 2 ready, 1 next
    assert server.asked == [None, "c1", "c2"]
    pages.page("c1")
    assert eventually(lambda: pages.fetched_ahead == ["c2", "c3", "c4"])
    assert server.asked == [None, "c1", "c2", "c3"]


def test_another_cursor_than_the_ones_ahead_is_fetched_directly() -> None:
    server = Server(last=9)
    pages = ReadAheadPages(server.fetch, parse, depth=2)
    pages.page(None)
    assert eventually(lambda: len(pages.fetched_ahead) == 3)
    assert pages.page("c6").data == [6]
    assert eventually(lambda: pages.fetched_ahead == ["c7", "c8", "c9"])  # from there on
    assert server.asked.count("c6") == 1


def test_close_stops_reading_ahead() -> None:
    server = Server(last=3)
    pages = ReadAheadPages(server.fetch, parse)
    pages.page(None)
    pages.close()
    assert pages.fetched_ahead == []
    time.sleep(0.05)  # a fetch already under way at close may finish; it is dropped
    asked = len(server.asked)
    assert pages.page("c1").data == [1]  # still works, without reading ahead
    time.sleep(0.05)
    assert pages.fetched_ahead == []
    assert server.asked[asked:] == ["c1"]
