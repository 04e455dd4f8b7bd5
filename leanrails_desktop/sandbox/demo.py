"""Demo data: a dozen hand-written links for trying the app, and bulk data for benchmarks."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

from leanrails_desktop.sandbox import catalog, ids, links
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
_DESCRIPTIONS = (
    "Ships in 2 days.",
    "Includes all materials.",
    "Valid for twelve months from purchase.",
    "Meet at the front desk ten minutes early.",
    "Gift wrapping on request.",
)
_BULK_CURRENCIES = ("usd", "usd", "usd", "eur", "gbp", "jpy", "kwd")
_SUBMIT_TYPES = ("pay", "book", "donate")


class _BulkLinks:
    """Generated links and line items, built directly in the form the store keeps.

    Each link is what :func:`validate_create` would make of a valid create body (a test
    checks it), without the cost of validating 100,000 bodies. Ids are a random prefix per
    seeding followed by a counter: valid, unique, and cheap to make.
    """

    def __init__(self, rng: random.Random, livemode: bool) -> None:
        self._rng = rng
        self._livemode = livemode
        self._prefix = ids.random_suffix(6)
        self._serial = 0
        self._catalogue = {
            currency: [price for price in catalog.PRICES.values() if price.currency == currency]
            for currency in set(_BULK_CURRENCIES)
        }

    def _id(self, kind: str) -> str:
        self._serial += 1
        if self._serial > 0xFFFFFF:
            self._prefix, self._serial = ids.random_suffix(6), 1
        return f"{kind}{self._prefix}{self._serial:06x}"

    def link(self, number: int, created: int) -> tuple[dict[str, Any], list[LineItemRow]]:
        """Link number ``number`` (an active one) and its 1–3 line items."""
        draw = self._rng.random
        currency = _BULK_CURRENCIES[int(draw() * len(_BULK_CURRENCIES))]
        catalogue = self._catalogue[currency]
        link_id = self._id("cl_")
        items: list[LineItemRow] = []
        for position in range(1 + int(draw() * 3)):
            quantity = 1 + int(draw() * 5)
            if catalogue and draw() < 0.3:
                price = catalogue[int(draw() * len(catalogue))]
                price_id, product, amount = price.id, price.product, price.unit_amount
            else:
                price_id = self._id("price_")
                product = f"prod_bulk{int(draw() * 10**6):06d}"
                amount = 100 + int(draw() * 499_900)
            items.append(LineItemRow(
                self._id("clli_"), position, price_id, product, quantity, amount, currency,
                catalog.product_name(product),
            ))
        adjective = _ADJECTIVES[int(draw() * len(_ADJECTIVES))]
        thing = _THINGS[int(draw() * len(_THINGS))]
        description = (
            _DESCRIPTIONS[int(draw() * len(_DESCRIPTIONS))] if draw() < 0.3 else None
        )
        metadata = {"batch": str(number // 100), "source": "bulk"} if draw() < 0.3 else {}
        submit_type = _SUBMIT_TYPES[int(draw() * 3)] if draw() < 0.1 else "auto"
        link: dict[str, Any] = {
            "id": link_id,
            "object": "checkout_link",
            "active": True,
            "mode": "payment",
            "currency": currency,
            "inactive_message": None,
            "livemode": self._livemode,
            "created": created,
            "title": f"{adjective} {thing} #{number}",
            "description": description,
            "after_completion": {"type": "hosted_confirmation"},
            "billing_address_collection": "auto",
            "allow_promotion_codes": False,
            "restrictions": None,
            "submit_type": submit_type,
            "metadata": metadata,
        }
        return link, items


def seed_bulk(
    store: Store,
    api_key: str,
    *,
    count: int = 10_000,
    seed: int = 0,
    clock: Callable[[], float] = time.time,
) -> int:
    """Insert ``count`` generated links with 1–3 line items each, in one transaction.

    Content is reproducible from ``seed``; ids differ from one seeding to the next.
    ``created`` times are spread over the past year, and about one link in seven is
    inactive. 100,000 links take a few seconds.
    """
    rng = random.Random(seed)
    merchant = store.merchant(api_key)
    maker = _BulkLinks(rng, merchant.livemode)
    now = int(clock())
    spread = 365 * _DAY
    # Newest first, as the list reads them, with ids in the order they are made: the
    # table and its indexes then fill in order instead of at random places.
    times = sorted((now - int(rng.random() * spread) for _ in range(count)), reverse=True)
    made: list[dict[str, Any]] = []
    rows: list[tuple[str, LineItemRow]] = []
    inactive = 1 / 7
    for number, created in enumerate(times):
        link, items = maker.link(number, created)
        if rng.random() < inactive:
            link["active"] = False
        made.append(link)
        link_id = link["id"]
        rows.extend((link_id, item) for item in items)
    store.insert_links(merchant.id, made, rows)
    return count
