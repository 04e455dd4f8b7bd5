"""Demo and bulk seeding."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable

from sandbox_helpers import Api

from leanrails_desktop.sandbox import DEMO_KEY, SandboxServer


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
