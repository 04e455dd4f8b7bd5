"""The fixed price catalogue the sandbox knows, standing in for a merchant's products.

Prices are shared by every merchant in the sandbox. A ``price_data`` line item may name a
product that is not listed here; its line items are then described by the product id.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Price:
    """A catalogue price: a product sold at a fixed amount in one currency."""

    id: str
    product: str
    unit_amount: int
    currency: str


PRODUCTS: dict[str, str] = {
    "prod_8mn4qr7vw2xz": "Premium Headphones",
    "prod_2ws5ed8rf1tg": "Workshop Registration",
    "prod_6yh9uj2ik5ol": "Espresso Tasting Box",
    "prod_3pl7ok1ij4uh": "Kyoto Walking Tour",
    "prod_5tg8yh3uj6ik": "Pearl Diving Excursion",
    "prod_9qa4ws7ed2rf": "Monthly Coffee Subscription",
    "prod_1zx6cv9bn3mq": "Design Consultation (1 hour)",
    "prod_4rf7tg2yh5uj": "Community Garden Donation",
}
"""Product id → the name shown on checkout pages and line items."""

PRICES: dict[str, Price] = {
    price.id: price
    for price in (
        Price("price_3fg6hj9km1np", "prod_8mn4qr7vw2xz", 49_900, "usd"),
        Price("price_9ab3cd5ef7gh", "prod_2ws5ed8rf1tg", 15_000, "usd"),
        Price("price_7kl2mn5pq8rs", "prod_6yh9uj2ik5ol", 3_450, "eur"),
        Price("price_4tu7vw1xy3za", "prod_3pl7ok1ij4uh", 8_500, "jpy"),
        Price("price_6bc9de2fg5hi", "prod_5tg8yh3uj6ik", 45_750, "kwd"),
        Price("price_2jk5lm8no1pq", "prod_9qa4ws7ed2rf", 1_800, "gbp"),
        Price("price_8rs1tu4vw7xy", "prod_1zx6cv9bn3mq", 12_000, "usd"),
        Price("price_5za8bc1de4fg", "prod_4rf7tg2yh5uj", 2_500, "usd"),
    )
}
"""Price id → price. ``price_3fg6hj9km1np`` and ``price_9ab3cd5ef7gh`` are the docs' examples."""


def product_name(product: str) -> str:
    """The product's name if the catalogue knows it, otherwise the product id itself."""
    return PRODUCTS.get(product, product)
