"""Kept line items: per account and link, many at once, unreadable rows skipped."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store_helpers import ACCOUNT, OTHER

from leanrails_desktop.core.api.objects import LineItem
from leanrails_desktop.core.store import LocalStore, open_store


def test_line_items_cache(store: LocalStore) -> None:
    items = [
        LineItem.from_dict({"id": "clli_1", "price": "price_1", "product": "prod_1", "quantity": 2,
                            "amount_subtotal": 9800, "amount_total": 9800, "currency": "usd",
                            "description": "Kopfhörer 🎧"}),
        LineItem(id="clli_2"),
    ]
    assert store.cached_line_items(ACCOUNT, "cl_1") is None
    store.cache_line_items(ACCOUNT, "cl_1", items)
    store.cache_line_items(ACCOUNT, "cl_2", [])
    assert store.cached_line_items(ACCOUNT, "cl_1") == items
    assert store.cached_line_items(ACCOUNT, "cl_2") == []
    assert store.cached_line_items(OTHER, "cl_1") is None


def test_line_items_of_many_links_in_one_go(store: LocalStore) -> None:
    many = {f"cl_{n:04d}": [LineItem(id=f"clli_{n}", quantity=n % 3 + 1)] for n in range(450)}
    many["cl_empty"] = []
    store.cache_line_items_many(ACCOUNT, many)
    store.cache_line_items_many(ACCOUNT, {})  # nothing to do is fine
    asked = [*many, "cl_unknown", "cl_0001"]  # more ids than one query takes, a repeat
    found = store.cached_line_items_for(ACCOUNT, asked)
    assert found == many  # every cached one, the empty list included; unknown ids left out
    assert store.cached_line_items_for(OTHER, asked) == {}
    assert store.cached_line_items(ACCOUNT, "cl_0007") == many["cl_0007"]


def test_line_items_of_many_links_skip_an_unreadable_row(path: Path) -> None:
    store, _ = open_store(path)
    store.cache_line_items_many(ACCOUNT, {"cl_1": [LineItem(id="clli_1")], "cl_2": []})
    store.close()
    db = sqlite3.connect(path)
    db.execute("UPDATE line_items SET items = '[oops' WHERE link_id = 'cl_2'")
    db.commit()
    db.close()
    store, _ = open_store(path)
    try:
        assert store.cached_line_items_for(ACCOUNT, ["cl_1", "cl_2"]) == {
            "cl_1": [LineItem(id="clli_1")]
        }
    finally:
        store.close()



def test_every_cached_line_item_of_an_account(store: LocalStore) -> None:
    store.cache_line_items_many(
        ACCOUNT, {"cl_1": [LineItem(id="clli_1"), LineItem(id="clli_2")], "cl_2": []}
    )
    store.cache_line_items(OTHER, "cl_9", [LineItem(id="clli_9")])
    every = sorted(item.id for items in store.all_cached_line_items(ACCOUNT) for item in items)
    assert every == ["clli_1", "clli_2"]
