"""Demo data: a dozen hand-written links for trying the app, and bulk data for benchmarks."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

from leanrails_desktop.sandbox import catalog, links
from leanrails_desktop.sandbox.store import LineItemRow, Store
from leanrails_desktop.sandbox.validation import validate_create

DEMO_KEY = "sk_test_LeanRailsDemoSandboxKey1"
"""The fixed test-mode key whose merchant holds the demo links."""

_DAY = 24 * 60 * 60

# (create body, days ago, inactive message or None for an active link, or "" for inactive
# with the default message)
_DEMO_LINKS: list[tuple[dict[str, Any], float, str | None]] = [
    (
        {
            "title": "Premium Headphones",
            "description": "Wireless, noise-cancelling, 30-hour battery. Ships in 2 days.",
            "line_items": [{"price": "price_3fg6hj9km1np", "quantity": 1}],
            "billing_address_collection": "required",
            "after_completion": {
                "type": "hosted_confirmation",
                "hosted_confirmation": {
                    "custom_message": "Thanks! We'll email your tracking number.",
                },
            },
            "metadata": {"sku": "HP-PRO-01", "channel": "instagram"},
        },
        0.1, None,
    ),
    (
        {
            "title": "Workshop Registration — Spring Cohort",
            "line_items": [{"price": "price_9ab3cd5ef7gh", "quantity": 1}],
            "after_completion": {
                "type": "redirect", "redirect": {"url": "https://example.com/workshop/welcome"},
            },
            "submit_type": "book",
            "restrictions": {"completed_sessions": {"limit": 30}},
            "metadata": {"cohort": "2026-spring"},
        },
        1.5, None,
    ),
    (
        {
            "title": "Espresso Tasting Box",
            "description": "Three single-origin roasts, 250 g each.",
            "line_items": [{"price": "price_7kl2mn5pq8rs", "quantity": 2}],
            "allow_promotion_codes": True,
        },
        3, None,
    ),
    (
        {
            "title": "Kyoto Walking Tour",
            "line_items": [{"price": "price_4tu7vw1xy3za", "quantity": 2}],
            "submit_type": "book",
        },
        4.2, None,
    ),
    (
        {
            "title": "Pearl Diving Excursion",
            "description": "Half-day trip from Kuwait City, equipment included.",
            "line_items": [{"price": "price_6bc9de2fg5hi", "quantity": 1}],
            "submit_type": "book",
            "billing_address_collection": "required",
        },
        6, None,
    ),
    (
        {
            "title": "Community Garden Donation",
            "line_items": [
                {
                    "price_data": {
                        "currency": "usd", "product": "prod_4rf7tg2yh5uj", "unit_amount": 2500,
                    },
                    "quantity": 1,
                }
            ],
            "submit_type": "donate",
            "after_completion": {
                "type": "hosted_confirmation",
                "hosted_confirmation": {"custom_message": "Thank you for your generous donation!"},
            },
            "metadata": {"campaign": "spring-2026", "fund": "seeds"},
        },
        8, None,
    ),
    (
        {
            "title": "Monthly Coffee Subscription",
            "line_items": [{"price": "price_2jk5lm8no1pq", "quantity": 1}],
            "allow_promotion_codes": True,
        },
        11, "Subscriptions are paused while we move to a new roastery. Back in May!",
    ),
    (
        {
            "title": "Design Consultation (1 hour)",
            "line_items": [{"price": "price_8rs1tu4vw7xy", "quantity": 1}],
            "submit_type": "book",
            "after_completion": {
                "type": "redirect", "redirect": {"url": "https://example.com/consultation/next-steps"},
            },
        },
        14, None,
    ),
    (
        {
            "title": "Conference Bundle",
            "description": "Workshop seat plus a pair of our headphones at the door.",
            "line_items": [
                {"price": "price_9ab3cd5ef7gh", "quantity": 1},
                {"price": "price_3fg6hj9km1np", "quantity": 1},
                {
                    "price_data": {
                        "currency": "usd", "product": "prod_lanyard01", "unit_amount": 0,
                    },
                    "quantity": 1,
                },
            ],
            "metadata": {"event": "devcon-2026"},
        },
        17, None,
    ),
    (
        {
            "title": "Limited Edition Print",
            "line_items": [
                {
                    "price_data": {
                        "currency": "usd", "product": "prod_print0050ed", "unit_amount": 8500,
                    },
                    "quantity": 1,
                }
            ],
            "restrictions": {"completed_sessions": {"limit": 50}},
        },
        21, "Sold out: all 50 prints have found a home.",
    ),
    (
        {
            "title": "Custom Amount Product",
            "line_items": [
                {
                    "price_data": {
                        "currency": "usd", "product": "prod_8mn4qr7vw2xz", "unit_amount": 3500,
                    },
                    "quantity": 1,
                }
            ],
        },
        25, None,
    ),
    (
        {
            "title": "Bake Sale Tickets",
            "line_items": [
                {
                    "price_data": {
                        "currency": "eur", "product": "prod_bakesale26", "unit_amount": 500,
                    },
                    "quantity": 4,
                }
            ],
            "submit_type": "pay",
        },
        30, "",
    ),
]


def seed_demo(
    store: Store, api_key: str = DEMO_KEY, *, clock: Callable[[], float] = time.time
) -> int:
    """Create the demo links for ``api_key`` unless it already has links; returns how many."""
    merchant = store.merchant(api_key)
    if store.count_links(merchant.id) > 0:
        return 0
    now = clock()
    made: list[dict[str, Any]] = []
    rows: list[tuple[str, LineItemRow]] = []
    for body, days_ago, inactive in _DEMO_LINKS:
        link, items = links.new_link(
            validate_create(body), livemode=merchant.livemode, created=int(now - days_ago * _DAY)
        )
        if inactive is not None:
            link["active"] = False
            link["inactive_message"] = inactive or None
        made.append(link)
        rows.extend((link["id"], item) for item in items)
    store.insert_links(merchant.id, made, rows)
    return len(made)


_ADJECTIVES = ("Classic", "Deluxe", "Mini", "Family", "Weekend", "Evening", "Express", "Annual")
_THINGS = ("Pottery Class", "Yoga Pass", "Gift Card", "Coffee Beans", "Bike Tune-up",
           "Concert Ticket", "Cooking Lesson", "Photo Session", "Plant Bundle", "Book Club")
_BULK_CURRENCIES = ("usd", "usd", "usd", "eur", "gbp", "jpy", "kwd")


def _bulk_body(rng: random.Random, number: int) -> dict[str, Any]:
    currency = rng.choice(_BULK_CURRENCIES)
    catalogue = [price for price in catalog.PRICES.values() if price.currency == currency]
    items: list[dict[str, Any]] = []
    for _ in range(rng.randint(1, 3)):
        quantity = rng.randint(1, 5)
        if catalogue and rng.random() < 0.3:
            items.append({"price": rng.choice(catalogue).id, "quantity": quantity})
        else:
            data = {
                "currency": currency,
                "product": f"prod_bulk{rng.randrange(10**6):06d}",
                "unit_amount": rng.randrange(100, 500_000),
            }
            items.append({"price_data": data, "quantity": quantity})
    body: dict[str, Any] = {
        "title": f"{rng.choice(_ADJECTIVES)} {rng.choice(_THINGS)} #{number}",
        "line_items": items,
    }
    if rng.random() < 0.3:
        body["metadata"] = {"batch": str(number // 100), "source": "bulk"}
    if rng.random() < 0.1:
        body["submit_type"] = rng.choice(("pay", "book", "donate"))
    return body


def seed_bulk(
    store: Store,
    api_key: str,
    *,
    count: int = 10_000,
    seed: int = 0,
    clock: Callable[[], float] = time.time,
) -> int:
    """Insert ``count`` generated links with 1–3 line items each, in one transaction.

    Content is reproducible from ``seed``; ids are random. ``created`` times are spread over
    the past year, and about one link in seven is inactive.
    """
    rng = random.Random(seed)
    merchant = store.merchant(api_key)
    now = int(clock())
    spread = 365 * _DAY
    made: list[dict[str, Any]] = []
    rows: list[tuple[str, LineItemRow]] = []
    for number in range(count):
        link, items = links.new_link(
            validate_create(_bulk_body(rng, number)),
            livemode=merchant.livemode,
            created=now - rng.randrange(spread),
        )
        if rng.random() < 1 / 7:
            link["active"] = False
        made.append(link)
        rows.extend((link["id"], item) for item in items)
    store.insert_links(merchant.id, made, rows)
    return count
