"""Typed objects returned by the LeanRails API.

Each ``from_dict`` is lenient in the way the contract asks: unknown fields are kept in
``extra`` and otherwise ignored; a missing optional field or a ``null`` where an object was
expected becomes the documented default. A missing required field (``id``) raises
:class:`ValueError`, which the client turns into a clean API error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

SubmitType = Literal["auto", "pay", "book", "donate"]
BillingAddressCollection = Literal["auto", "required"]
AfterCompletionType = Literal["hosted_confirmation", "redirect"]

SUBMIT_TYPES: tuple[str, ...] = ("auto", "pay", "book", "donate")
BUTTON_TEXT: dict[str, str] = {"auto": "Pay", "pay": "Pay", "book": "Book", "donate": "Donate"}


def _str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: Any, default: int = 0) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _bool(value: Any, default: bool = False) -> bool:
    return value if isinstance(value, bool) else default


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


@dataclass(frozen=True, slots=True)
class HostedConfirmation:
    custom_message: str | None = None


@dataclass(frozen=True, slots=True)
class Redirect:
    url: str


@dataclass(frozen=True, slots=True)
class AfterCompletion:
    """What the customer sees after paying: a hosted confirmation or a redirect."""

    type: str = "hosted_confirmation"
    hosted_confirmation: HostedConfirmation | None = None
    redirect: Redirect | None = None

    @classmethod
    def from_dict(cls, data: Any) -> AfterCompletion:
        raw = _dict(data)
        kind = _str(raw.get("type"), "hosted_confirmation")
        hosted_raw = raw.get("hosted_confirmation")
        redirect_raw = raw.get("redirect")
        if hosted_raw is None and redirect_raw is None and kind == "hosted_confirmation":
            return _PLAIN_CONFIRMATION  # most links: shared, as the object is immutable
        hosted = (
            HostedConfirmation(_opt_str(_dict(hosted_raw).get("custom_message")))
            if isinstance(hosted_raw, Mapping)
            else None
        )
        redirect = (
            Redirect(_str(redirect_raw.get("url")))
            if isinstance(redirect_raw, Mapping)
            else None
        )
        return cls(type=kind, hosted_confirmation=hosted, redirect=redirect)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type}
        if self.type == "redirect" and self.redirect is not None:
            out["redirect"] = {"url": self.redirect.url}
        if self.type == "hosted_confirmation" and self.hosted_confirmation is not None:
            message = self.hosted_confirmation.custom_message
            out["hosted_confirmation"] = {} if message is None else {"custom_message": message}
        return out


_PLAIN_CONFIRMATION = AfterCompletion()


@dataclass(frozen=True, slots=True)
class CompletedSessions:
    limit: int


@dataclass(frozen=True, slots=True)
class Restrictions:
    completed_sessions: CompletedSessions | None = None

    @classmethod
    def from_dict(cls, data: Any) -> Restrictions | None:
        if not isinstance(data, Mapping):
            return None
        completed = data.get("completed_sessions")
        if isinstance(completed, Mapping):
            limit = completed.get("limit")
            if isinstance(limit, str) and limit.strip().isdigit():
                limit = int(limit.strip())
            return cls(CompletedSessions(_int(limit, 1)))
        return cls(None)

    def to_dict(self) -> dict[str, Any]:
        if self.completed_sessions is None:
            return {}
        return {"completed_sessions": {"limit": self.completed_sessions.limit}}


@dataclass(frozen=True, slots=True)
class CheckoutLink:
    """A LeanRails Checkout Link, with every field of the API object."""

    id: str
    object: str = "checkout_link"
    active: bool = True
    mode: str = "payment"
    url: str = ""
    title: str = ""
    description: str | None = None
    currency: str = "usd"
    after_completion: AfterCompletion = field(default_factory=AfterCompletion)
    billing_address_collection: str = "auto"
    allow_promotion_codes: bool = False
    restrictions: Restrictions | None = None
    submit_type: str = "auto"
    inactive_message: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    livemode: bool = False
    created: int = 0
    line_items: list[LineItem] | None = field(default=None, repr=False, compare=False)
    """The link's line items when the server sent them (``expand``); None when it did not,
    or sent them incomplete or unreadable: then ask the line-items endpoint."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CheckoutLink:
        # The list's hot path (10,000 links a load): the field checks of _str/_opt_str/
        # _bool/_int are written inline, and the nested objects take shortcuts for their
        # usual empty values.
        get = data.get
        link_id = get("id")
        if not isinstance(link_id, str) or not link_id:
            raise ValueError("checkout_link without an id")
        raw_metadata = get("metadata")
        metadata = (
            {str(k): str(v) for k, v in raw_metadata.items() if v is not None}
            if isinstance(raw_metadata, Mapping) and raw_metadata
            else {}
        )
        raw_after = get("after_completion")
        raw_restrictions = get("restrictions")
        kind = get("object")
        active = get("active")
        mode = get("mode")
        url = get("url")
        title = get("title")
        description = get("description")
        currency = get("currency")
        billing = get("billing_address_collection")
        promotion_codes = get("allow_promotion_codes")
        submit_type = get("submit_type")
        inactive_message = get("inactive_message")
        livemode = get("livemode")
        created = get("created")
        raw_items = get("line_items")
        return cls(
            id=link_id,
            object=kind if isinstance(kind, str) else "checkout_link",
            active=active if isinstance(active, bool) else True,
            mode=mode if isinstance(mode, str) else "payment",
            url=url if isinstance(url, str) else "",
            title=title if isinstance(title, str) else "",
            description=description if isinstance(description, str) else None,
            currency=currency.lower() if isinstance(currency, str) else "usd",
            after_completion=AfterCompletion.from_dict(raw_after),
            billing_address_collection=billing if isinstance(billing, str) else "auto",
            allow_promotion_codes=promotion_codes if isinstance(promotion_codes, bool) else False,
            restrictions=(
                None if raw_restrictions is None else Restrictions.from_dict(raw_restrictions)
            ),
            submit_type=submit_type if isinstance(submit_type, str) else "auto",
            inactive_message=inactive_message if isinstance(inactive_message, str) else None,
            metadata=metadata,
            livemode=livemode if isinstance(livemode, bool) else False,
            created=(
                created if isinstance(created, int) and not isinstance(created, bool) else 0
            ),
            line_items=None if raw_items is None else _expanded_items(raw_items),
            extra=(
                {}
                if _LINK_FIELDS.issuperset(data)
                else {k: v for k, v in data.items() if k not in _LINK_FIELDS}
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The object as the API would send it (used by the local cache); ``line_items``
        only when the link carries them."""
        out = {
            "id": self.id,
            "object": self.object,
            "active": self.active,
            "mode": self.mode,
            "url": self.url,
            "title": self.title,
            "description": self.description,
            "currency": self.currency,
            "after_completion": self.after_completion.to_dict(),
            "billing_address_collection": self.billing_address_collection,
            "allow_promotion_codes": self.allow_promotion_codes,
            "restrictions": None if self.restrictions is None else self.restrictions.to_dict(),
            "submit_type": self.submit_type,
            "inactive_message": self.inactive_message,
            "metadata": dict(self.metadata),
            "livemode": self.livemode,
            "created": self.created,
        }
        if self.line_items is not None:
            out["line_items"] = {
                "object": "list",
                "data": [item.to_dict() for item in self.line_items],
                "has_more": False,
                "url": f"/v1/checkout_links/{self.id}/line_items",
            }
        return out

    @property
    def button_text(self) -> str:
        """The checkout button's label for this link's ``submit_type``."""
        return BUTTON_TEXT.get(self.submit_type, "Pay")

    @property
    def completed_sessions_limit(self) -> int | None:
        if self.restrictions is None or self.restrictions.completed_sessions is None:
            return None
        return self.restrictions.completed_sessions.limit


_LINK_FIELDS = frozenset(CheckoutLink.__dataclass_fields__) - {"extra"}


@dataclass(frozen=True, slots=True)
class LineItem:
    """One line item of a checkout link, as the line-items endpoint returns it."""

    id: str
    object: str = "item"
    price: str = ""
    product: str = ""
    quantity: int = 1
    amount_subtotal: int = 0
    amount_total: int = 0
    currency: str = "usd"
    description: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LineItem:
        # Expanded lists bring two or three of these per link: the checks of _str/_int/
        # _opt_str are written inline, as in CheckoutLink.from_dict.
        get = data.get
        item_id = get("id")
        if not isinstance(item_id, str) or not item_id:
            raise ValueError("line item without an id")
        kind = get("object")
        price = get("price")
        product = get("product")
        quantity = get("quantity")
        subtotal = get("amount_subtotal")
        total = get("amount_total")
        currency = get("currency")
        description = get("description")
        return cls(
            id=item_id,
            object=kind if isinstance(kind, str) else "item",
            price=price if isinstance(price, str) else "",
            product=product if isinstance(product, str) else "",
            quantity=(
                quantity if isinstance(quantity, int) and not isinstance(quantity, bool) else 1
            ),
            amount_subtotal=(
                subtotal if isinstance(subtotal, int) and not isinstance(subtotal, bool) else 0
            ),
            amount_total=total if isinstance(total, int) and not isinstance(total, bool) else 0,
            currency=currency.lower() if isinstance(currency, str) else "usd",
            description=description if isinstance(description, str) else None,
            extra=(
                {}
                if _ITEM_FIELDS.issuperset(data)
                else {k: v for k, v in data.items() if k not in _ITEM_FIELDS}
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": self.object,
            "price": self.price,
            "product": self.product,
            "quantity": self.quantity,
            "amount_subtotal": self.amount_subtotal,
            "amount_total": self.amount_total,
            "currency": self.currency,
            "description": self.description,
        }


_ITEM_FIELDS = frozenset(LineItem.__dataclass_fields__) - {"extra"}


def _expanded_items(raw: Any) -> list[LineItem] | None:
    """The items of an expanded ``line_items`` list object, or None unless it holds all of
    them, each readable (the line-items endpoint is then asked instead)."""
    if not isinstance(raw, Mapping) or raw.get("has_more") is True:
        return None
    data = raw.get("data")
    if not isinstance(data, list):
        return None
    try:
        return [LineItem.from_dict(item) for item in data]
    except (ValueError, TypeError, AttributeError):
        return None

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list response."""

    data: list[T]
    has_more: bool = False
    next_cursor: str | None = None
    url: str = ""

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], parse: Callable[[Mapping[str, Any]], T]) -> Page[T]:
        raw_items = data.get("data")
        if not isinstance(raw_items, list):
            # An answer without its list is unreadable, not an empty account.
            raise ValueError("list response without a data array")
        items = [parse(item) for item in raw_items if isinstance(item, Mapping)]

        cursor = _opt_str(data.get("next_cursor"))
        has_more = _bool(data.get("has_more")) and cursor is not None
        return cls(data=items, has_more=has_more, next_cursor=cursor, url=_str(data.get("url")))
