"""Demo and bulk seeding."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from sandbox_helpers import Api, new_key
from test_sandbox_cli import REPO, _finish, running

from leanrails_desktop.sandbox import DEMO_KEY, SandboxServer, catalog
from leanrails_desktop.sandbox.demo import _BulkLinks
from leanrails_desktop.sandbox.links import new_link
from leanrails_desktop.sandbox.validation import validate_create


def test_demo_key_is_a_well_formed_test_key() -> None:
    assert re.fullmatch(r"sk_test_[A-Za-z0-9]{24}", DEMO_KEY)
    assert "demo" in DEMO_KEY.lower()


def test_demo_data_is_varied_and_seeded_once(
    sandbox: SandboxServer, make_api: Callable[[str | None], Api]
) -> None:
    assert sandbox.seed_demo() == 12
    assert sandbox.seed_demo(api_key=DEMO_KEY) == 0
    api = make_api(DEMO_KEY)
    links = api.list_all(limit=100)
    assert len(links) == 12
    assert {"usd", "eur", "jpy", "kwd"} <= {link["currency"] for link in links}
    assert {link["after_completion"]["type"] for link in links} == {"hosted_confirmation",
                                                                     "redirect"}
    assert {"auto", "pay", "book", "donate"} <= {link["submit_type"] for link in links}
    inactive = [link for link in links if not link["active"]]
    assert len(inactive) >= 2 and any(link["inactive_message"] for link in inactive)
    assert any(link["metadata"] for link in links)
    assert any(link["restrictions"] for link in links)
    assert len({link["created"] for link in links}) == 12  # spread out in time
    for link in links:
        items = api.http.get(f"/v1/checkout_links/{link['id']}/line_items").json()["data"]
        assert items and all(item["currency"] == link["currency"] for item in items)


def test_seed_bulk_is_fast_and_well_formed(
    sandbox: SandboxServer, make_api: Callable[[str | None], Api], sandbox_key: str
) -> None:
    started = time.monotonic()
    assert sandbox.seed_bulk(sandbox_key, count=10_000, seed=0) == 10_000
    assert time.monotonic() - started < 30  # catches a hang, not a benchmark
    api = make_api(sandbox_key)
    first = api.page(limit=100).json()
    assert first["has_more"] is True
    created = [link["created"] for link in first["data"]]
    assert created == sorted(created, reverse=True)
    assert len(set(created)) > 90  # spread out, not all in one second
    for link in first["data"][:20]:
        items = api.http.get(f"/v1/checkout_links/{link['id']}/line_items").json()["data"]
        assert 1 <= len(items) <= 3
    actives = Counter(link["active"] for link in api.list_all(limit=100, active="false"))
    assert 0 < actives[False] < 10_000


def test_seed_bulk_content_follows_the_seed(
    sandbox: SandboxServer, make_api: Callable[[str | None], Api]
) -> None:
    titles = []
    for key in ("sk_test_bulkseedAAAA", "sk_test_bulkseedBBBB", "sk_test_bulkseedCCCC"):
        sandbox.seed_bulk(key, count=50, seed=0 if key.endswith("CCCC") else 5)
        titles.append(sorted(link["title"] for link in make_api(key).list_all(limit=100)))
    assert titles[0] == titles[1] != titles[2]


def test_generated_links_are_what_a_create_request_would_make() -> None:
    """The bulk generator skips validation; each link and its line items must still be
    exactly what validating the matching create body gives."""
    maker = _BulkLinks(random.Random(12), livemode=False)
    for number in range(400):
        link, items = maker.link(number, created=1_700_000_000 - number)
        body: dict[str, Any] = {"title": link["title"], "line_items": []}
        for item in items:
            if item.price in catalog.PRICES:
                body["line_items"].append({"price": item.price, "quantity": item.quantity})
            else:
                body["line_items"].append({
                    "price_data": {"currency": item.currency, "product": item.product,
                                   "unit_amount": item.unit_amount},
                    "quantity": item.quantity,
                })
        for name in ("description", "metadata", "submit_type"):
            if link[name]:
                body[name] = link[name]
        params = validate_create(body)
        made, made_items = new_link(params, livemode=False, created=link["created"])
        assert {**made, "id": link["id"]} == link
        for mine, theirs in zip(items, made_items, strict=True):
            assert replace(theirs, id=mine.id, price=mine.price) == mine
            assert mine.price == theirs.price or theirs.price not in catalog.PRICES
        assert re.fullmatch(r"cl_[a-z0-9]{12}", link["id"])
        assert all(re.fullmatch(r"clli_[a-z0-9]{12}", item.id) for item in items)
        assert all(re.fullmatch(r"price_[a-z0-9]{12}", item.price) for item in items)


def test_seedings_with_the_same_seed_share_content_but_no_ids(
    sandbox: SandboxServer, make_api: Callable[[str | None], Api]
) -> None:
    seeded = []
    for key in ("sk_test_bulkidsAAAA", "sk_test_bulkidsBBBB"):
        sandbox.seed_bulk(key, count=300, seed=2)
        seeded.append(make_api(key).list_all(limit=100, **{"expand[]": "data.line_items"}))
    first, second = seeded
    ids = [link["id"] for link in first + second]
    item_ids = [item["id"] for link in first + second for item in link["line_items"]["data"]]
    assert len(set(ids)) == 600 and len(set(item_ids)) == len(item_ids)
    assert [link["title"] for link in first] == [link["title"] for link in second]
    assert any(link["description"] for link in first)
    assert any(not link["description"] for link in first)


def test_cli_seeds_bulk_links_once(tmp_path: Path) -> None:
    key = new_key()
    db = tmp_path / "bulk.db"
    args = ("--port", "0", "--db", str(db), "--seed-bulk", "1500", "--seed-key", key)
    with running(*args) as (proc, line):
        with httpx.Client(base_url=line.strip(), auth=(key, ""), verify=False) as c:
            assert len(Api(c).list_all(limit=100)) == 1500
        code, _, err = _finish(proc)
    assert code == 0
    assert "created 1,500 links" in err and key not in err
    with running(*args) as (proc, line):
        with httpx.Client(base_url=line.strip(), auth=(key, ""), verify=False) as c:
            assert len(Api(c).list_all(limit=100)) == 1500
        code, _, err = _finish(proc)
    assert code == 0 and "already has links" in err


@pytest.mark.parametrize(
    "args",
    [("--seed-bulk", "0"), ("--seed-bulk", "1000001"), ("--seed-bulk", "5", "--seed-key", "nope")],
)
def test_cli_refuses_a_bad_bulk_seeding(args: tuple[str, ...]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "leanrails_desktop.sandbox", "--port", "0", *args],
        cwd=REPO, capture_output=True, text=True, timeout=30, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 2 and "--seed-" in done.stderr and done.stdout == ""
