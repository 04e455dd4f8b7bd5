"""What the customer's checkout page shows for a form, computed without any network call.

Tolerant by design: the preview redraws on every keystroke, so half-typed amounts are shown
as "—" instead of raising.
"""

from __future__ import annotations

from dataclasses import dataclass

from leanrails_desktop.core import money
from leanrails_desktop.core.api.objects import BUTTON_TEXT
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from leanrails_desktop.core.link_form import PRICE, REDIRECT, LineItemForm, LinkForm, _parse_int
from leanrails_desktop.core.price_book import KnownPrice, PriceBook

_BUTTON_WORDS = (
    QT_TRANSLATE_NOOP("Preview", "Pay"),
    QT_TRANSLATE_NOOP("Preview", "Book"),
    QT_TRANSLATE_NOOP("Preview", "Donate"),
)
"""The checkout button's words (``BUTTON_TEXT``), marked for translation."""

INACTIVE_DEFAULT = QT_TRANSLATE_NOOP("Preview", "This link is no longer active.")


@dataclass(frozen=True, slots=True)
class PreviewLine:
    label: str
    quantity: int
    amount: int | None
    """Line total in minor units, or None when not known (a price id not yet saved)."""


@dataclass(frozen=True, slots=True)
class CheckoutPreview:
    title: str
    description: str
    lines: tuple[PreviewLine, ...]
    currency: str
    total: int | None
    button_text: str
    billing_address: bool
    promotion_codes: bool
    active: bool
    inactive_message: str
    after_completion: str
    limit: int | None

    def format(self, minor: int | None) -> str:
        return "—" if minor is None else money.format_amount(minor, self.currency)

    @property
    def total_text(self) -> str:
        return self.format(self.total)


def preview_from_form(form: LinkForm, prices: PriceBook | None = None) -> CheckoutPreview:
    """The checkout page for ``form`` as it stands, however incomplete.

    A price id's amount is known for a saved link, or when ``prices`` has seen it on another
    link; otherwise that line (and the total) shows "—".
    """
    currency = _currency(form, prices)
    lines: list[PreviewLine] = []
    for item in form.line_items:
        quantity = _parse_int(item.quantity) or 0
        if item.kind == PRICE:
            known = _known(item, prices)
            label = (
                item.description
                or (known.name if known is not None else item.price.strip())
                or translate("Preview", "Price not chosen yet")
            )
            amount = item.amount_total
            if known is not None and known.currency == currency:
                amount = known.unit_amount * quantity
        else:
            label = (
                item.description or item.product.strip() or translate("Preview", "Custom amount")
            )
            try:
                amount = money.parse_amount(item.amount, currency) * quantity
            except money.MoneyError:
                amount = None
        lines.append(PreviewLine(label, quantity, amount))
    amounts = [line.amount for line in lines]
    total = sum(a for a in amounts if a is not None) if amounts and None not in amounts else None
    if form.after_completion_type == REDIRECT:
        target = form.redirect_url.strip() or translate("Preview", "your website")
        after = translate("Preview", "After paying, customers are sent to {target}").format(
            target=target
        )
    else:
        message = form.custom_message.strip() or translate("Preview", "Thanks for your payment.")
        after = translate("Preview", "After paying, customers see: “{message}”").format(
            message=message
        )
    limit = _parse_int(form.limit) if form.limit_enabled else None
    return CheckoutPreview(
        title=form.title.strip() or translate("Preview", "Untitled link"),
        description=form.description.strip(),
        lines=tuple(lines),
        currency=currency,
        total=total,
        button_text=translate("Preview", BUTTON_TEXT.get(form.submit_type, "Pay")),
        billing_address=form.billing_address_collection == "required",
        promotion_codes=form.allow_promotion_codes,
        active=form.active,
        inactive_message=form.inactive_message.strip() or translate("Preview", INACTIVE_DEFAULT),
        after_completion=after,
        limit=limit,
    )


def _known(item: LineItemForm, prices: PriceBook | None) -> KnownPrice | None:
    """The known price of a price-id row whose amount the form does not carry."""
    if prices is None or item.kind != PRICE or item.amount_total is not None:
        return None
    return prices.get(item.price)


def _currency(form: LinkForm, prices: PriceBook | None = None) -> str:
    for item in form.line_items:
        known = _known(item, prices)
        if known is not None:
            return known.currency
        code = item.currency.strip().lower()
        if len(code) == 3 and code.isalpha() and code.isascii():
            return code
    return "usd"
