"""The editor's form as plain data, its validation, and its conversion to API requests.

The UI fills a :class:`LinkForm` with exactly what the merchant typed (strings, as typed) and
asks this module three things: what is wrong and on which field (:func:`validate`), what to
send to create a link (:func:`create_params`), and what changed since the saved link
(:func:`update_params`). Field keys are the API's own ``param`` names in bracket notation,
so an error from the server lands on the same field as one found here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from leanrails_desktop.core import money
from leanrails_desktop.core.api.objects import SUBMIT_TYPES, CheckoutLink, LineItem
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.locale import ascii_digits, format_count
from leanrails_desktop.core.redirect_url import has_control_chars, normalize_redirect_url

TITLE_MAX = 250
DESCRIPTION_MAX = 1000
MESSAGE_MAX = 500
LINE_ITEMS_MAX = 20
QUANTITY_MAX = 999
PRODUCT_MAX = 250
METADATA_MAX_KEYS = 50
METADATA_KEY_MAX = 40
METADATA_VALUE_MAX = 500

PRICE = "price"
PRICE_DATA = "price_data"
HOSTED = "hosted_confirmation"
REDIRECT = "redirect"


@dataclass
class LineItemForm:
    """One line item row as typed: either a price id, or inline price data."""

    kind: str = PRICE_DATA
    price: str = ""
    currency: str = "usd"
    product: str = ""
    amount: str = ""
    quantity: str = "1"
    # Known only for saved links (from the line-items endpoint); shown, never sent.
    description: str | None = None
    amount_total: int | None = None


@dataclass
class LinkForm:
    """Everything the editor shows, as the merchant typed it."""

    title: str = ""
    description: str = ""
    line_items: list[LineItemForm] = field(default_factory=lambda: [LineItemForm()])
    after_completion_type: str = HOSTED
    custom_message: str = ""
    redirect_url: str = ""
    submit_type: str = "auto"
    billing_address_collection: str = "auto"
    allow_promotion_codes: bool = False
    limit_enabled: bool = False
    limit: str = ""
    metadata: list[tuple[str, str]] = field(default_factory=list)
    active: bool = True
    inactive_message: str = ""

    def copy(self) -> LinkForm:
        return replace(
            self,
            line_items=[replace(item) for item in self.line_items],
            metadata=list(self.metadata),
        )


class FormInvalid(ValueError):
    """Raised by the conversions when :func:`validate` would report problems."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


# ---------------------------------------------------------------------------- reading


def form_from_link(link: CheckoutLink, line_items: list[LineItem] | None = None) -> LinkForm:
    """The form showing a saved link (line items only when already fetched)."""
    after = link.after_completion
    redirect_url = after.redirect.url if after.redirect is not None else ""
    message = ""
    if after.hosted_confirmation is not None and after.hosted_confirmation.custom_message:
        message = after.hosted_confirmation.custom_message
    limit = link.completed_sessions_limit
    items = [
        LineItemForm(
            kind=PRICE,
            price=item.price,
            currency=item.currency,
            product=item.product,
            amount=money.format_major(item.amount_total // max(item.quantity, 1), item.currency)
            if item.quantity
            else "",
            quantity=str(item.quantity),
            description=item.description,
            amount_total=item.amount_total,
        )
        for item in (line_items or [])
    ]
    return LinkForm(
        title=link.title,
        description=link.description or "",
        line_items=items,
        after_completion_type=REDIRECT if after.type == REDIRECT else HOSTED,
        custom_message=message,
        redirect_url=redirect_url,
        submit_type=link.submit_type if link.submit_type in SUBMIT_TYPES else "auto",
        billing_address_collection=link.billing_address_collection,
        allow_promotion_codes=link.allow_promotion_codes,
        limit_enabled=limit is not None,
        limit="" if limit is None else str(limit),
        metadata=sorted(link.metadata.items()),
        active=link.active,
        inactive_message=link.inactive_message or "",
    )


def duplicate_form(form: LinkForm) -> LinkForm:
    """A new, unsaved copy: saved line items become editable inline items with the same
    price id, and the copy starts active."""
    copy = form.copy()
    if not form.title.endswith("(copy)"):
        # The mark is kept even on a title at the limit: the title gives way, not the mark.
        copy.title = form.title[: TITLE_MAX - len(" (copy)")] + " (copy)"
    copy.active = True
    copy.inactive_message = ""
    for item in copy.line_items:
        item.description = None
        item.amount_total = None
    return copy


# ---------------------------------------------------------------------------- validation


def _check_text(
    errors: dict[str, str], param: str, text: str, label: str, limit: int, required: bool = False
) -> None:
    if required and not text.strip():
        errors[param] = translate("LinkForm", "{label} is required.").format(label=label)
    elif len(text) > limit:
        errors[param] = translate(
            "LinkForm", "{label} can be at most {limit} characters ({count} now)."
        ).format(label=label, limit=format_count(limit), count=format_count(len(text)))
    elif has_control_chars(text):
        errors[param] = translate(
            "LinkForm", "{label} contains invisible control characters; please retype it."
        ).format(label=label)


def _parse_int(text: str) -> int | None:
    cleaned = ascii_digits(text.strip())
    if not cleaned.isascii() or not cleaned.isdigit():
        return None
    try:
        return int(cleaned)
    except ValueError:  # more digits than Python converts (4,300): no usable number
        return None


def validate(form: LinkForm, *, for_update: bool = False) -> dict[str, str]:
    """Problems with the form, keyed by API param name; empty when it can be sent."""
    errors: dict[str, str] = {}
    _check_text(
        errors, "title", form.title, translate("LinkForm", "The title"), TITLE_MAX, required=True
    )
    _check_text(
        errors,
        "description",
        form.description,
        translate("LinkForm", "The description"),
        DESCRIPTION_MAX,
    )
    if not for_update:
        _validate_line_items(form, errors)
    if form.after_completion_type == REDIRECT:
        try:
            normalize_redirect_url(form.redirect_url)
        except ValueError as exc:
            errors["after_completion[redirect][url]"] = str(exc)
    else:
        _check_text(
            errors,
            "after_completion[hosted_confirmation][custom_message]",
            form.custom_message,
            translate("LinkForm", "The confirmation message"),
            MESSAGE_MAX,
        )
    if form.submit_type not in SUBMIT_TYPES:
        errors["submit_type"] = translate("LinkForm", "Choose what the checkout button says.")
    if form.billing_address_collection not in ("auto", "required"):
        errors["billing_address_collection"] = translate(
            "LinkForm", "Choose whether to ask for a billing address."
        )
    if form.limit_enabled:
        limit = _parse_int(form.limit)
        if limit is None or limit < 1:
            errors["restrictions[completed_sessions][limit]"] = translate(
                "LinkForm",
                "Enter how many payments the link accepts, as a whole number of 1 or more.",
            )
    _validate_metadata(form.metadata, errors)
    _check_text(
        errors,
        "inactive_message",
        form.inactive_message,
        translate("LinkForm", "The inactive message"),
        MESSAGE_MAX,
    )
    return errors


def _validate_line_items(form: LinkForm, errors: dict[str, str]) -> None:
    if not form.line_items:
        errors["line_items"] = translate("LinkForm", "Add at least one line item.")
        return
    if len(form.line_items) > LINE_ITEMS_MAX:
        errors["line_items"] = translate(
            "LinkForm", "A link can have at most {max} line items."
        ).format(max=LINE_ITEMS_MAX)
    first_currency: str | None = None
    for i, item in enumerate(form.line_items):
        base = f"line_items[{i}]"
        quantity = _parse_int(item.quantity)
        if quantity is None or not 1 <= quantity <= QUANTITY_MAX:
            errors[f"{base}[quantity]"] = translate(
                "LinkForm", "Quantity must be a whole number from 1 to {max}."
            ).format(max=QUANTITY_MAX)
        if item.kind == PRICE:
            price = item.price.strip()
            if not price:
                errors[f"{base}[price]"] = translate(
                    "LinkForm", "Enter a price id (price_…) or switch to a custom amount."
                )
            elif not price.startswith("price_") or not price.isascii() or " " in price:
                errors[f"{base}[price]"] = translate(
                    "LinkForm", "A price id looks like price_3fg6hj9km1np."
                )
            continue
        try:
            currency = money.normalize_currency(item.currency)
        except money.MoneyError as exc:
            errors[f"{base}[price_data][currency]"] = str(exc)
            continue
        if first_currency is None:
            first_currency = currency
        elif currency != first_currency:
            errors[f"{base}[price_data][currency]"] = translate(
                "LinkForm", "All line items must use one currency; the first uses {currency}."
            ).format(currency=first_currency.upper())
        product = item.product.strip()
        if not product:
            errors[f"{base}[price_data][product]"] = translate(
                "LinkForm", "Enter the product id (prod_…)."
            )
        elif not product.isascii() or " " in product:
            errors[f"{base}[price_data][product]"] = translate(
                "LinkForm", "A product id looks like prod_8mn4qr7vw2xz."
            )
        elif len(product) > PRODUCT_MAX:
            errors[f"{base}[price_data][product]"] = translate(
                "LinkForm", "A product id can be at most {max} characters."
            ).format(max=PRODUCT_MAX)
        try:
            money.parse_amount(item.amount, currency)
        except money.MoneyError as exc:
            errors[f"{base}[price_data][unit_amount]"] = str(exc)


def _validate_metadata(pairs: list[tuple[str, str]], errors: dict[str, str]) -> None:
    seen: set[str] = set()
    kept = [(k, v) for k, v in pairs if k.strip() or v.strip()]
    if len(kept) > METADATA_MAX_KEYS:
        errors["metadata"] = translate("LinkForm", "Metadata can have at most {max} keys.").format(
            max=METADATA_MAX_KEYS
        )
    for key, value in kept:
        name = key.strip()
        param = f"metadata[{name}]"
        if not name:
            errors["metadata"] = translate("LinkForm", "Every metadata value needs a key.")
        elif len(name) > METADATA_KEY_MAX:
            errors[param] = translate(
                "LinkForm", "Metadata keys can be at most {max} characters."
            ).format(max=METADATA_KEY_MAX)
        elif name in seen:
            errors[param] = translate(
                "LinkForm", "The metadata key “{name}” is used twice."
            ).format(name=name)
        elif len(value) > METADATA_VALUE_MAX:
            errors[param] = translate(
                "LinkForm", "Metadata values can be at most {max} characters."
            ).format(max=METADATA_VALUE_MAX)
        elif has_control_chars(name) or has_control_chars(value):
            errors[param] = translate(
                "LinkForm", "Metadata contains invisible control characters; please retype it."
            )
        seen.add(name)


# ---------------------------------------------------------------------------- requests


def _after_completion(form: LinkForm) -> dict[str, Any]:
    if form.after_completion_type == REDIRECT:
        return {"type": REDIRECT, "redirect": {"url": normalize_redirect_url(form.redirect_url)}}
    if form.custom_message.strip():
        return {"type": HOSTED, "hosted_confirmation": {"custom_message": form.custom_message}}
    return {"type": HOSTED}


def _line_item(item: LineItemForm) -> dict[str, Any]:
    quantity = _parse_int(item.quantity)
    assert quantity is not None
    if item.kind == PRICE:
        return {"price": item.price.strip(), "quantity": quantity}
    currency = money.normalize_currency(item.currency)
    return {
        "price_data": {
            "currency": currency,
            "product": item.product.strip(),
            "unit_amount": money.parse_amount(item.amount, currency),
        },
        "quantity": quantity,
    }


def _metadata(pairs: list[tuple[str, str]]) -> dict[str, str]:
    return {k.strip(): v for k, v in pairs if k.strip()}


def _restrictions(form: LinkForm) -> dict[str, Any] | None:
    if not form.limit_enabled:
        return None
    limit = _parse_int(form.limit)
    assert limit is not None
    return {"completed_sessions": {"limit": limit}}


def create_params(form: LinkForm) -> dict[str, Any]:
    """Keyword arguments for ``checkout_links.create``; raises FormInvalid if not valid.

    Defaults are left out, so the request stays as small as the merchant's intent.
    """
    errors = validate(form)
    if errors:
        raise FormInvalid(errors)
    params: dict[str, Any] = {
        "title": form.title.strip(),
        "line_items": [_line_item(item) for item in form.line_items],
    }
    if form.description.strip():
        params["description"] = form.description.strip()
    after = _after_completion(form)
    if after != {"type": HOSTED}:
        params["after_completion"] = after
    if form.billing_address_collection != "auto":
        params["billing_address_collection"] = form.billing_address_collection
    if form.allow_promotion_codes:
        params["allow_promotion_codes"] = True
    restrictions = _restrictions(form)
    if restrictions is not None:
        params["restrictions"] = restrictions
    if form.submit_type != "auto":
        params["submit_type"] = form.submit_type
    metadata = _metadata(form.metadata)
    if metadata:
        params["metadata"] = metadata
    return params


def update_params(saved: LinkForm, form: LinkForm) -> dict[str, Any]:
    """Keyword arguments for ``checkout_links.update`` holding only what changed.

    ``None`` values clear a field (description, inactive message, restrictions). Removed
    metadata keys are sent as ``""``, which the API treats as removal.
    Raises FormInvalid if the form is not valid.
    """
    errors = validate(form, for_update=True)
    if errors:
        raise FormInvalid(errors)
    params: dict[str, Any] = {}
    if form.title.strip() != saved.title.strip():
        params["title"] = form.title.strip()
    if form.description.strip() != saved.description.strip():
        params["description"] = form.description.strip() or None
    after_new = _after_completion(form)
    if saved_after_differs(saved, after_new):
        params["after_completion"] = after_new
    for name in ("submit_type", "billing_address_collection", "allow_promotion_codes"):
        if getattr(form, name) != getattr(saved, name):
            params[name] = getattr(form, name)
    new_restrictions = _restrictions(form)
    old_limit = _parse_int(saved.limit) if saved.limit_enabled else None
    new_limit = (
        None if new_restrictions is None else new_restrictions["completed_sessions"]["limit"]
    )
    if new_limit != old_limit:
        params["restrictions"] = new_restrictions
    old_meta = _metadata(saved.metadata)
    new_meta = _metadata(form.metadata)
    changes = {k: v for k, v in new_meta.items() if old_meta.get(k) != v}
    changes.update({k: "" for k in old_meta if k not in new_meta})
    if changes:
        params["metadata"] = changes
    if form.active != saved.active:
        params["active"] = form.active
    if form.inactive_message.strip() != saved.inactive_message.strip():
        params["inactive_message"] = form.inactive_message.strip() or None
    return params


def saved_after_differs(saved: LinkForm, after_new: Mapping[str, Any]) -> bool:
    """Whether the after-completion part differs from what the saved link has."""
    try:
        return _after_completion(saved) != after_new
    except ValueError:  # a saved URL the form can no longer normalise: send the new one
        return True


def is_dirty(saved: LinkForm, form: LinkForm) -> bool:
    """True when the form differs from what is saved, in any way the merchant would notice."""
    return _comparable(saved) != _comparable(form)


def _comparable(form: LinkForm) -> tuple[Any, ...]:
    items = tuple(
        (
            i.kind,
            i.price.strip(),
            i.currency.strip().lower(),
            i.product.strip(),
            i.amount.strip(),
            i.quantity.strip(),
        )
        for i in form.line_items
    )
    meta = tuple(sorted((k.strip(), v) for k, v in form.metadata if k.strip() or v))
    return (
        form.title.strip(),
        form.description.strip(),
        items,
        form.after_completion_type,
        form.custom_message if form.after_completion_type == HOSTED else "",
        form.redirect_url.strip() if form.after_completion_type == REDIRECT else "",
        form.submit_type,
        form.billing_address_collection,
        form.allow_promotion_codes,
        form.limit_enabled,
        form.limit.strip() if form.limit_enabled else "",
        meta,
        form.active,
        form.inactive_message.strip(),
    )
