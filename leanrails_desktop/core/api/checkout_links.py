"""The Checkout Links resource: create, retrieve, update, list, and list line items.

Parameters are accepted as plain dicts exactly as the API takes them, or as the typed
objects of :mod:`leanrails_desktop.core.api.objects`. Create sends only the parameters that
were given; update sends only the fields that were passed, where ``None`` clears a field.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar
from urllib.parse import quote

from leanrails_desktop.core.api import errors
from leanrails_desktop.core.api.objects import (
    AfterCompletion,
    CheckoutLink,
    LineItem,
    Page,
    Restrictions,
)
from leanrails_desktop.core.api.read_ahead import ReadAheadPages

if TYPE_CHECKING:
    from leanrails_desktop.core.api.client import LeanRailsClient

__all__ = [
    "NOT_GIVEN",
    "CheckoutLinks",
    "LineItemParam",
    "NotGiven",
    "new_idempotency_key",
    "path_segment",
]

T = TypeVar("T")

BASE_PATH: Final = "/v1/checkout_links"
EXPAND: Final = "expand[]"


class NotGiven(enum.Enum):
    """Type of :data:`NOT_GIVEN`, the default that means "leave this field as it is"."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
"""Default of every ``update`` field: the field is not sent. ``None`` sends ``null``."""

LineItemParam = Mapping[str, Any] | LineItem
AfterCompletionParam = Mapping[str, Any] | AfterCompletion
RestrictionsParam = Mapping[str, Any] | Restrictions


def new_idempotency_key() -> str:
    """A fresh key for one logical create or update (a random UUID)."""
    return str(uuid.uuid4())


def path_segment(value: str) -> str:
    """``value`` quoted as one URL path segment: ``/``, ``?``, ``#`` and dots cannot escape."""
    if not isinstance(value, str) or not value:
        raise ValueError("an object id must be a non-empty string")
    return quote(value, safe="").replace(".", "%2E")


def _line_item(item: LineItemParam) -> dict[str, Any]:
    if isinstance(item, LineItem):
        return {"price": item.price, "quantity": item.quantity}
    if isinstance(item, Mapping):
        return dict(item)
    raise TypeError("a line item must be a dict such as {'price': 'price_…', 'quantity': 1}")


def _json_fields(given: Mapping[str, Any], left_out: object) -> dict[str, Any]:
    """The request body for the fields ``given``: a field whose value is ``left_out`` is
    not sent; typed objects and mappings are sent as plain dicts."""
    body: dict[str, Any] = {}
    for name, value in given.items():
        if value is left_out:
            continue
        if isinstance(value, AfterCompletion | Restrictions):
            value = value.to_dict()
        elif isinstance(value, Mapping):
            value = dict(value)
        body[name] = value
    return body


def _parse(parse: Callable[[Mapping[str, Any]], T], body: Mapping[str, Any], what: str) -> T:
    try:
        return parse(body)
    except (ValueError, TypeError, AttributeError):
        raise errors.APIError(
            f"LeanRails sent {what} that could not be read (it has no id)."
        ) from None


def _parse_page(
    parse: Callable[[Mapping[str, Any]], T], body: Mapping[str, Any], what: str
) -> Page[T]:
    try:
        return Page.from_dict(body, parse)
    except (ValueError, TypeError, AttributeError):
        raise errors.APIError(
            f"LeanRails sent a list of {what} that could not be read."
        ) from None


def _parse_links(body: Mapping[str, Any]) -> Page[CheckoutLink]:
    return _parse_page(CheckoutLink.from_dict, body, "checkout links")


def _raw_object(data: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(data.get("id"), str) or not data["id"]:
        raise ValueError("checkout_link without an id")
    return dict(data)


def _parse_raw_links(body: Mapping[str, Any]) -> Page[dict[str, Any]]:
    return _parse_page(_raw_object, body, "checkout links")


def _list_params(limit: int | None, cursor: str | None) -> dict[str, str]:
    params: dict[str, str] = {}
    if limit is not None:
        params["limit"] = str(int(limit))
    if cursor is not None:
        params["cursor"] = cursor
    return params


class CheckoutLinks:
    """Operations on checkout links; reached as ``client.checkout_links``."""

    def __init__(self, client: LeanRailsClient) -> None:
        self._client = client

    def create(
        self,
        *,
        title: str,
        line_items: Sequence[LineItemParam],
        description: str | None = None,
        after_completion: AfterCompletionParam | None = None,
        billing_address_collection: Literal["auto", "required"] | str | None = None,
        allow_promotion_codes: bool | None = None,
        restrictions: RestrictionsParam | None = None,
        submit_type: Literal["auto", "pay", "book", "donate"] | str | None = None,
        metadata: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> CheckoutLink:
        """Create a checkout link. Parameters left as ``None`` are not sent.

        One ``Idempotency-Key`` (generated when not given) covers every retry, so a create
        whose answer was lost is never made twice.
        """
        optional = _json_fields(
            {
                "description": description,
                "after_completion": after_completion,
                "billing_address_collection": billing_address_collection,
                "allow_promotion_codes": allow_promotion_codes,
                "restrictions": restrictions,
                "submit_type": submit_type,
                "metadata": metadata,
            },
            left_out=None,
        )
        body = {"title": title, "line_items": [_line_item(item) for item in line_items]}
        return self._post_link(BASE_PATH, body | optional, idempotency_key)

    def retrieve(self, link_id: str, *, expand_line_items: bool = False) -> CheckoutLink:
        """Fetch one checkout link by id; an unknown id raises NotFoundError.

        ``expand_line_items`` asks for its line items in the same answer; ``line_items`` is
        still None if the server ignored the request."""
        params = {EXPAND: "line_items"} if expand_line_items else None
        data = self._client.request(
            "GET", f"{BASE_PATH}/{path_segment(link_id)}", params=params
        )
        return _parse(CheckoutLink.from_dict, data, "a checkout link")

    def update(
        self,
        link_id: str,
        *,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        inactive_message: str | NotGiven | None = NOT_GIVEN,
        after_completion: AfterCompletionParam | NotGiven = NOT_GIVEN,
        billing_address_collection: str | NotGiven = NOT_GIVEN,
        allow_promotion_codes: bool | NotGiven = NOT_GIVEN,
        restrictions: RestrictionsParam | NotGiven | None = NOT_GIVEN,
        submit_type: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> CheckoutLink:
        """Change the fields passed, and only those.

        ``None`` sends ``null``, which clears ``description``, ``inactive_message`` and
        ``restrictions``. ``metadata`` merges into the link's metadata; a key set to ``""``
        is removed. ``active=False`` deactivates the link, ``active=True`` reactivates it.
        """
        body = _json_fields(
            {
                "title": title,
                "description": description,
                "active": active,
                "inactive_message": inactive_message,
                "after_completion": after_completion,
                "billing_address_collection": billing_address_collection,
                "allow_promotion_codes": allow_promotion_codes,
                "restrictions": restrictions,
                "submit_type": submit_type,
                "metadata": metadata,
            },
            left_out=NOT_GIVEN,
        )
        return self._post_link(f"{BASE_PATH}/{path_segment(link_id)}", body, idempotency_key)

    def _post_link(
        self, path: str, body: dict[str, Any], idempotency_key: str | None
    ) -> CheckoutLink:
        """Send a create or an update; one ``Idempotency-Key`` (made here when not given)
        covers every retry."""
        key = idempotency_key if idempotency_key is not None else new_idempotency_key()
        data = self._client.request("POST", path, json_body=body, idempotency_key=key)
        return _parse(CheckoutLink.from_dict, data, "a checkout link")

    def list(
        self,
        *,
        limit: int | None = None,
        active: bool | None = None,
        cursor: str | None = None,
        expand_line_items: bool = False,
    ) -> Page[CheckoutLink]:
        """One page of links, newest first. ``active`` filters; ``cursor`` asks for a later
        page (``page.next_cursor``). ``limit`` is 1–100; the server's default is 10.

        ``expand_line_items`` asks for each link's line items in the same answer; a link's
        ``line_items`` is still None when the server ignored that (then ask
        :meth:`list_line_items`)."""
        return _parse_links(self._list_body(limit, active, cursor, expand_line_items))

    def pages(
        self,
        *,
        limit: int | None = None,
        active: bool | None = None,
        expand_line_items: bool = False,
    ) -> ReadAheadPages[CheckoutLink]:
        """The same pages as :meth:`list`, each asking for the next one as soon as it has
        arrived: ``pages.page(None)`` is the first, ``pages.page(page.next_cursor)`` the
        next. For a list shown page by page while the merchant scrolls."""
        return ReadAheadPages(
            lambda cursor: self._list_body(limit, active, cursor, expand_line_items),
            _parse_links,
        )

    def raw_pages(
        self,
        *,
        limit: int | None = None,
        active: bool | None = None,
        expand_line_items: bool = False,
    ) -> ReadAheadPages[dict[str, Any]]:
        """The pages of :meth:`pages` with each link as the JSON object the server sent,
        every field kept: for keeping a faithful copy of the account. Each has an ``id``."""
        return ReadAheadPages(
            lambda cursor: self._list_body(limit, active, cursor, expand_line_items),
            _parse_raw_links,
        )

    def _list_body(
        self, limit: int | None, active: bool | None, cursor: str | None, expand: bool
    ) -> Mapping[str, Any]:
        params = _list_params(limit, cursor)
        if active is not None:
            params["active"] = "true" if active else "false"
        if expand:
            params[EXPAND] = "data.line_items"
        return self._client.request("GET", BASE_PATH, params=params)

    def iter(
        self,
        *,
        active: bool | None = None,
        page_size: int = 100,
        expand_line_items: bool = False,
    ) -> Iterator[CheckoutLink]:
        """Every link, newest first, fetching one page at a time as the loop advances."""
        return _follow(
            lambda cursor: self.list(
                limit=page_size, active=active, cursor=cursor,
                expand_line_items=expand_line_items,
            )
        )

    def list_line_items(
        self, link_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[LineItem]:
        """One page of the link's line items, with their amounts."""
        data = self._client.request(
            "GET",
            f"{BASE_PATH}/{path_segment(link_id)}/line_items",
            params=_list_params(limit, cursor),
        )
        return _parse_page(LineItem.from_dict, data, "line items")

    def iter_line_items(self, link_id: str, *, page_size: int = 100) -> Iterator[LineItem]:
        """Every line item of the link, fetching pages lazily."""
        return _follow(
            lambda cursor: self.list_line_items(link_id, limit=page_size, cursor=cursor)
        )


def _follow(fetch: Callable[[str | None], Page[T]]) -> Iterator[T]:
    """Yield the items of successive pages until a page says there are no more."""
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        page = fetch(cursor)
        yield from page.data
        if not page.has_more or page.next_cursor is None:
            return
        if page.next_cursor in seen:
            raise errors.APIError(
                "LeanRails sent the same page cursor twice; the listing was stopped."
            )
        seen.add(page.next_cursor)
        cursor = page.next_cursor
