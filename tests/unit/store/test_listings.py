"""The offline copy of listings: replaced whole, read back in order, per account."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import ACCOUNT, OTHER, make_link

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.store import CachedListing, LocalStore


def test_listing_is_replaced_whole_and_loaded_in_order(path: Path) -> None:
    store = LocalStore(path, clock=lambda: 1234.5)
    assert store.load_listing(ACCOUNT, "all") is None
    store.save_listing(
        ACCOUNT, "all", [make_link(1), make_link(2), make_link(3)], {"cl_000000000001": 500}
    )
    store.save_listing(ACCOUNT, "active", [make_link(9)], None)
    store.save_listing(OTHER, "all", [make_link(7)], None)
    newer = (link for link in [make_link(5), make_link(4)])  # any iterable, consumed once
    store.save_listing(ACCOUNT, "all", newer, {"cl_000000000005": 9900})
    listing = store.load_listing(ACCOUNT, "all")
    assert listing == CachedListing([make_link(5), make_link(4)], {"cl_000000000005": 9900}, 1234.5)
    assert [link.title for link in listing.links] == ["Link 5 🎧", "Link 4 🎧"]
    assert listing.links[0].to_dict() == make_link(5).to_dict()
    active = store.load_listing(ACCOUNT, "active")
    assert active is not None and [link.id for link in active.links] == ["cl_000000000009"]
    other = store.load_listing(OTHER, "all")
    assert other is not None and [link.id for link in other.links] == ["cl_000000000007"]
    store.save_listing(ACCOUNT, "all", [], None)
    assert store.load_listing(ACCOUNT, "all") == CachedListing([], {}, 1234.5)
    store.close()


def test_a_failed_listing_save_leaves_the_old_listing(store: LocalStore) -> None:
    store.save_listing(ACCOUNT, "all", [make_link(1)], None)

    def broken() -> Iterator[CheckoutLink]:
        yield make_link(2)
        raise ConnectionError("page 2 failed")

    with pytest.raises(ConnectionError):
        store.save_listing(ACCOUNT, "all", broken(), None)
    listing = store.load_listing(ACCOUNT, "all")
    assert listing is not None and [link.id for link in listing.links] == ["cl_000000000001"]

