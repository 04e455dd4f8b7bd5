"""Following cursors through many links: nothing repeated, nothing missed, newest first."""

from __future__ import annotations

import itertools

from integration_helpers import ITEMS

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.sandbox import SandboxServer


def newest_first_ids(links: list[tuple[int, str]]) -> list[str]:
    return [link_id for _, link_id in sorted(links, reverse=True)]


def test_iter_pages_through_250_links_created_over_the_api(client: LeanRailsClient) -> None:
    made = [
        client.checkout_links.create(title=f"Link {n:03d}", line_items=ITEMS) for n in range(250)
    ]
    seen = list(client.checkout_links.iter(page_size=100))
    ids = [link.id for link in seen]
    assert len(ids) == 250
    assert len(set(ids)) == 250
    assert set(ids) == {link.id for link in made}
    assert ids == newest_first_ids([(link.created, link.id) for link in made])


def test_iter_asks_for_pages_of_100_and_stops_after_the_last(
    client: LeanRailsClient, sandbox: SandboxServer, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=250, seed=3)
    pages = []
    cursor = None
    while True:
        page = client.checkout_links.list(limit=100, cursor=cursor)
        pages.append(page)
        if not page.has_more:
            break
        cursor = page.next_cursor
    assert [len(page) for page in pages] == [100, 100, 50]
    assert pages[-1].next_cursor is None

    lazily = [link.id for link in client.checkout_links.iter(page_size=100)]
    assert lazily == [link.id for page in pages for link in page]
    ordered = [(link.created, link.id) for page in pages for link in page]
    assert ordered == sorted(ordered, reverse=True)


def test_iter_with_active_filter_covers_exactly_the_active_links(
    client: LeanRailsClient, sandbox: SandboxServer, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=250, seed=5)
    every = list(client.checkout_links.iter(page_size=100))
    active = list(client.checkout_links.iter(active=True, page_size=100))
    inactive = list(client.checkout_links.iter(active=False, page_size=100))
    assert 0 < len(inactive) < len(active)
    assert {link.id for link in active} == {link.id for link in every if link.active}
    assert {link.id for link in inactive} == {link.id for link in every if not link.active}


def test_links_created_while_paging_do_not_shift_later_pages(
    client: LeanRailsClient, sandbox: SandboxServer, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=120, seed=9)
    before = [link.id for link in client.checkout_links.iter(page_size=100)]
    links = client.checkout_links.iter(page_size=25)
    first_part = [link.id for link in itertools.islice(links, 30)]
    client.checkout_links.create(title="Arrived mid-scroll", line_items=ITEMS)
    rest = [link.id for link in links]
    assert first_part + rest == before


def test_read_ahead_pages_match_the_plain_list_and_ask_ahead(
    client: LeanRailsClient, sandbox: SandboxServer, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=250, seed=7)
    plain = [link.id for link in client.checkout_links.iter(page_size=100)]
    pages = client.checkout_links.pages(limit=100)
    first = pages.page(None)
    assert pages.fetched_ahead[:1] == [first.next_cursor]  # already on its way
    second = pages.page(first.next_cursor)
    third = pages.page(second.next_cursor)
    assert [len(first), len(second), len(third)] == [100, 100, 50]
    assert pages.fetched_ahead == []  # nothing after the last page
    assert [link.id for page in (first, second, third) for link in page] == plain
    pages.close()


def test_read_ahead_pages_keep_the_active_filter(
    client: LeanRailsClient, sandbox: SandboxServer, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=150, seed=9)
    expected = [link.id for link in client.checkout_links.iter(active=False, page_size=20)]
    pages = client.checkout_links.pages(limit=20, active=False)
    seen: list[str] = []
    cursor = None
    while True:
        page = pages.page(cursor)
        seen.extend(link.id for link in page)
        if not page.has_more:
            break
        cursor = page.next_cursor
    assert seen == expected and expected
    assert all(not link.active for link in client.checkout_links.list(limit=20, active=False))
