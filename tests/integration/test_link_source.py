"""Links paired with their line items over real HTTP: a saved link's items are asked for once."""

from __future__ import annotations

import pytest
from helpers.counting import count_line_item_requests

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import LineItem
from leanrails_desktop.core.link_source import (
    KeptLineItems,
    fetch_line_items,
    iter_links,
    with_line_items,
)
from leanrails_desktop.core.links import LinkFilter
from leanrails_desktop.core.store import LocalStore
from leanrails_desktop.sandbox import SandboxServer


class CountedClient:
    """The real client, noting which links' line items it was asked for."""

    def __init__(self, client: LeanRailsClient) -> None:
        self.asked: list[str] = []
        count_line_item_requests(client, self.asked)


@pytest.fixture
def seeded(client: LeanRailsClient, sandbox: SandboxServer, sandbox_key: str) -> LeanRailsClient:
    sandbox.seed_bulk(sandbox_key, count=250, seed=11)
    return client


def test_items_come_from_memory_then_the_store_then_the_server(seeded: LeanRailsClient) -> None:
    links = list(iter_links(seeded, LinkFilter.ALL))
    truth = {link.id: list(seeded.checkout_links.iter_line_items(link.id)) for link in links}
    counted = CountedClient(seeded)
    known = {link.id: truth[link.id] for link in links[:10]}
    store = {link.id: truth[link.id] for link in links[10:60]}
    remembered: dict[str, list[LineItem]] = {}
    store_asked: list[list[str]] = []

    def saved(ids: list[str]) -> dict[str, list[LineItem]]:
        store_asked.append(ids)
        return {i: store[i] for i in ids if i in store}

    pairs = list(
        with_line_items(
            seeded, links, known, saved=saved, remember=remembered.update, workers=3, batch=100
        )
    )
    assert [link.id for link, _ in pairs] == [link.id for link in links]  # order kept
    assert all(items == truth[link.id] for link, items in pairs)
    assert sorted(counted.asked) == sorted(link.id for link in links[60:])  # only the rest
    assert remembered == {link.id: truth[link.id] for link in links[60:]}
    assert [len(ids) for ids in store_asked] == [90, 100, 50]  # once per batch, known left out


def test_the_filter_decides_which_links_the_server_sends(seeded: LeanRailsClient) -> None:
    every = [link.id for link in iter_links(seeded, LinkFilter.ALL)]
    active = list(iter_links(seeded, LinkFilter.ACTIVE))
    inactive = list(iter_links(seeded, LinkFilter.INACTIVE))
    assert active and inactive
    assert all(link.active for link in active)
    assert not any(link.active for link in inactive)
    assert sorted(link.id for link in active + inactive) == sorted(every)
    assert len(every) == 250


def test_a_second_pass_over_the_remembered_items_asks_the_server_nothing(
    seeded: LeanRailsClient,
) -> None:
    links = list(iter_links(seeded, LinkFilter.ALL))
    kept: dict[str, list[LineItem]] = {}
    first = list(with_line_items(seeded, links, saved=lambda ids: {}, remember=kept.update))
    counted = CountedClient(seeded)
    second = list(
        with_line_items(
            seeded, links, saved=lambda ids: {i: kept[i] for i in ids if i in kept}
        )
    )
    assert second == first
    assert counted.asked == []


def test_stopping_early_drops_the_requests_not_yet_started(seeded: LeanRailsClient) -> None:
    links = list(iter_links(seeded, LinkFilter.ALL))
    counted = CountedClient(seeded)
    pairs = with_line_items(seeded, links, workers=1, batch=100)
    for _ in range(3):
        next(pairs)
    pairs.close()
    assert 3 <= len(counted.asked) < 100  # the rest of the first batch never went out


def test_items_kept_in_a_store_are_not_asked_for_again(seeded: LeanRailsClient) -> None:
    ids = [link.id for link in list(iter_links(seeded, LinkFilter.ALL))[:30]]
    store = LocalStore.in_memory()
    kept = KeptLineItems(store, "acct_shop")
    counted = CountedClient(seeded)
    first = fetch_line_items(seeded, ids, saved=kept.saved, remember=kept.remember)
    assert sorted(counted.asked) == sorted(ids)
    counted.asked.clear()
    again = fetch_line_items(seeded, ids, saved=kept.saved, remember=kept.remember)
    assert again == first and counted.asked == []
    assert KeptLineItems(store, "acct_other").saved(ids) == {}  # kept per account
    store.close()  # a failing store: nothing found, nothing kept, nothing raised
    assert kept.saved(ids) == {}
    kept.remember(first)
    assert KeptLineItems(None, "acct_shop").saved(ids) == {}
