"""Links paired with their line items over real HTTP: a saved link's items are asked for once."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.counting import count_line_item_requests

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.link_source import MirrorLineItems, mirror_links, with_line_items
from leanrails_desktop.core.mirror import Mirror
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
    links = list(seeded.checkout_links.iter())
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


def test_a_second_pass_over_the_remembered_items_asks_the_server_nothing(
    seeded: LeanRailsClient,
) -> None:
    links = list(seeded.checkout_links.iter())
    kept: dict[str, list[LineItem]] = {}
    first = list(with_line_items(seeded, links, saved=lambda ids: {}, remember=kept.update))
    counted = CountedClient(seeded)
    second = list(
        with_line_items(seeded, links, saved=lambda ids: {i: kept[i] for i in ids if i in kept})
    )
    assert second == first
    assert counted.asked == []


def test_stopping_early_drops_the_requests_not_yet_started(seeded: LeanRailsClient) -> None:
    links = list(seeded.checkout_links.iter())
    counted = CountedClient(seeded)
    pairs = with_line_items(seeded, links, workers=1, batch=100)
    for _ in range(3):
        next(pairs)
    pairs.close()
    assert 3 <= len(counted.asked) < 100  # the rest of the first batch never went out


def test_items_kept_in_the_mirror_are_not_asked_for_again(
    seeded: LeanRailsClient, tmp_path: Path
) -> None:
    links: list[CheckoutLink] = list(seeded.checkout_links.iter())[:30]
    ids = [link.id for link in links]
    mirror = Mirror(tmp_path / "shop.mirror.db")
    mirror.put_links([link.to_dict() for link in links])  # listed without their items
    kept = MirrorLineItems(mirror)
    counted = CountedClient(seeded)

    def paired() -> list[tuple[str, list[LineItem]]]:
        pairs = with_line_items(
            seeded, mirror_links(mirror, ids), saved=kept.saved, remember=kept.remember
        )
        return [(link.id, items) for link, items in pairs]

    first = paired()
    assert sorted(counted.asked) == sorted(ids)
    assert [link_id for link_id, _ in first] == ids
    counted.asked.clear()
    assert paired() == first and counted.asked == []
    kept_items = [link.line_items for link in mirror_links(mirror, ids, batch=7)]
    assert kept_items == [items for _, items in first]
    mirror.close()


def test_links_by_id_keep_the_order_and_read_what_the_mirror_lacks(
    seeded: LeanRailsClient, tmp_path: Path
) -> None:
    """Links asked for by id come in the order asked: from the mirror, and the ones it does
    not have yet (just made, not yet synced) from LeanRails, with their line items; without
    a client (offline) those are left out."""
    from leanrails_desktop.core.link_source import links_by_id

    links = list(seeded.checkout_links.iter())[:12]
    mirror = Mirror(tmp_path / "shop.mirror.db")
    mirror.put_links([link.to_dict() for link in links[:6]])  # the others not synced yet
    wanted = [link.id for link in reversed(links)]
    found = list(links_by_id(mirror, wanted, seeded, batch=5))
    assert [link.id for link in found] == wanted
    fetched = {link.id: link for link in found[:6]}  # the reversed half the mirror lacks
    assert all(link.line_items for link in fetched.values())
    offline = list(links_by_id(mirror, wanted, None, batch=5))
    assert [link.id for link in offline] == [link.id for link in reversed(links[:6])]
    mirror.close()
