"""What the local store's tests share: accounts, a key, a form that sets every field, links."""

from __future__ import annotations

from pathlib import Path

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.link_form import PRICE, REDIRECT, LineItemForm, LinkForm
from leanrails_desktop.core.store import open_store

ACCOUNT = "acct_1Nv0FGQ9RKHgCVdK"
OTHER = "acct_2Pq7XYZ"
KEY = "sk_test_9fJ3kL2mN8pQ4rS6tU1vW0xY"


def full_form() -> LinkForm:
    """A form where every field differs from its default, with hard-to-store text."""
    title = ("Kopfhörer 🎧 — سماعات الرأس \u202eRTL\u202c \x07\x00\t" * 8)[:250]
    assert len(title) == 250
    return LinkForm(
        title=title,
        description="Line one\nשורה שתיים\r\n\x1b[31m控制字符\udcff lone surrogate",
        line_items=[
            LineItemForm(
                kind=PRICE,
                price="price_3fg6hj9km1np",
                currency="jpy",
                product="prod_a",
                amount="3500",
                quantity="2",
                description="Premium 🎧",
                amount_total=7000,
            ),
            LineItemForm(
                currency="eur", product="prod_8mn4qr7vw2xz", amount="12,50", quantity="999"
            ),
        ],
        after_completion_type=REDIRECT,
        custom_message="Danke! 🙏",
        redirect_url="https://bücher.example/thanks?x=1&y=ü",
        submit_type="donate",
        billing_address_collection="required",
        allow_promotion_codes=True,
        limit_enabled=True,
        limit="12",
        metadata=[("order", "42"), ("", ""), ("emoji 🎉", "ملاحظة"), ("order", "dup")],
        active=False,
        inactive_message="Sold out — ausverkauft 🛑",
    )


def make_link(n: int, **extra: object) -> CheckoutLink:
    """Link number ``n``, with ``extra`` fields."""
    return CheckoutLink.from_dict(
        {
            "id": f"cl_{n:012d}",
            "title": f"Link {n} 🎧",
            "url": f"https://checkout.leanrails.com/cl/cl_{n:012d}",
            "metadata": {"sku": str(n)},
            "created": 1_700_000_000 + n,
            **extra,
        }
    )


def fill(path: Path) -> None:
    """A store at ``path`` with 140 drafts, closed."""
    store, _ = open_store(path)
    for i in range(40):
        store.save_draft(ACCOUNT, f"d{i}", full_form(), link_id=None, idempotency_key=None)
    for i in range(100):
        store.save_draft(
            ACCOUNT,
            f"e{i}",
            LinkForm(title=f"edit {i}"),
            link_id=f"cl_{i:012d}",
            idempotency_key=None,
        )
    store.close()
