"""Links listed and retrieved with their line items expanded, over real HTTP; and the same
calls against a server that ignores ``expand``."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from integration_helpers import ITEMS, PRICE

from leanrails_desktop.core.api import LeanRailsClient, LineItem
from leanrails_desktop.sandbox import SandboxServer


def _endpoint_items(client: LeanRailsClient, link_id: str) -> list[LineItem]:
    return list(client.checkout_links.iter_line_items(link_id))


def test_list_carries_line_items_when_asked(
    client: LeanRailsClient, sandbox: SandboxServer, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=30, seed=2)
    page = client.checkout_links.list(limit=30, expand_line_items=True)
    assert len(page) == 30
    for link in page:
        assert link.line_items is not None and 1 <= len(link.line_items) <= 3
        assert link.line_items == _endpoint_items(client, link.id)
        assert all(item.currency == link.currency for item in link.line_items)
    plain = client.checkout_links.list(limit=30)
    assert all(link.line_items is None for link in plain)
    assert list(plain) == list(page)  # the same links otherwise


def test_iter_and_pages_expand_every_page(
    client: LeanRailsClient, sandbox: SandboxServer, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=230, seed=6)
    every = list(client.checkout_links.iter(page_size=100, expand_line_items=True))
    assert len(every) == 230 and all(link.line_items for link in every)
    inactive = list(client.checkout_links.iter(active=False, expand_line_items=True))
    assert inactive and all(not link.active and link.line_items for link in inactive)

    pages = client.checkout_links.pages(limit=100, expand_line_items=True)
    try:
        seen = []
        page = pages.page(None)
        while True:
            seen.extend(page.data)
            if not page.has_more:
                break
            page = pages.page(page.next_cursor)
    finally:
        pages.close()
    assert [link.id for link in seen] == [link.id for link in every]
    assert [link.line_items for link in seen] == [link.line_items for link in every]


def test_retrieve_with_line_items(client: LeanRailsClient) -> None:
    made = client.checkout_links.create(
        title="Bundle", line_items=[{"price": PRICE, "quantity": q} for q in (1, 2, 3)]
    )
    assert made.line_items is None  # a create answer never carries them
    link = client.checkout_links.retrieve(made.id, expand_line_items=True)
    assert link == made
    assert link.line_items is not None
    assert [item.quantity for item in link.line_items] == [1, 2, 3]
    assert [item.amount_total for item in link.line_items] == [49_900, 99_800, 149_700]
    assert client.checkout_links.retrieve(made.id).line_items is None


def test_raw_pages_keep_the_objects_as_sent(
    client: LeanRailsClient, sandbox: SandboxServer, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=120, seed=3)
    with httpx.Client(base_url=sandbox.base_url, auth=(sandbox_key, "")) as http:
        query = {"limit": 100, "expand[]": "data.line_items"}
        first = http.get("/v1/checkout_links", params=query).json()
    pages = client.checkout_links.raw_pages(limit=100, expand_line_items=True)
    try:
        page = pages.page(None)
        assert page.data == first["data"] and page.next_cursor == first["next_cursor"]
        rest = pages.page(page.next_cursor)
        assert len(rest) == 20 and not rest.has_more
    finally:
        pages.close()


def test_a_server_that_ignores_expand_gives_links_without_line_items(
    make_client: Callable[..., LeanRailsClient], sandbox: SandboxServer, sandbox_key: str
) -> None:
    client = make_client()
    sandbox.seed_bulk(sandbox_key, count=150, seed=8)
    made = client.checkout_links.create(title="Solo", line_items=ITEMS)
    sandbox.faults.ignore_expand = True
    every = list(client.checkout_links.iter(expand_line_items=True))
    assert len(every) == 151
    assert all(link.line_items is None for link in every)
    assert client.checkout_links.list(limit=5, expand_line_items=True).data[0].line_items is None
    assert client.checkout_links.retrieve(made.id, expand_line_items=True).line_items is None
    pages = client.checkout_links.raw_pages(limit=100, expand_line_items=True)
    try:
        assert all("line_items" not in link for link in pages.page(None))
    finally:
        pages.close()
    # The line-items endpoint is where a client then finds them.
    items = _endpoint_items(client, made.id)
    assert [(item.price, item.quantity) for item in items] == [(PRICE, 1)]
