"""The ``/v1`` API: authentication, routing, and the checkout-link endpoints.

This module knows nothing of sockets. The HTTP layer hands it an :class:`ApiRequest` and
writes out the :class:`ApiResponse` it gets back.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from leanrails_desktop.sandbox import errors, keys, links, paging
from leanrails_desktop.sandbox.errors import SandboxError
from leanrails_desktop.sandbox.idempotency import IdempotencyGuard, request_hash
from leanrails_desktop.sandbox.store import Merchant, Store
from leanrails_desktop.sandbox.validation import merge_metadata, validate_create, validate_update

LINKS_PATH = "/v1/checkout_links"
LIST_EXPANDABLE = ("data.line_items",)
"""What ``expand[]`` may name on the link list."""
RETRIEVE_EXPANDABLE = ("line_items",)
"""What ``expand[]`` may name when retrieving one link."""


@dataclass(slots=True)
class ApiRequest:
    """What the API needs of an HTTP request."""

    method: str
    path: str
    query: str = ""
    body: bytes = b""
    authorization: str | None = None
    idempotency_key: str | None = None
    pause: Callable[[], None] = lambda: None
    """Applies injected latency; the API calls it once the request is admitted."""


@dataclass(slots=True)
class ApiResponse:
    """An answer: status, JSON body, extra headers, and what happened."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    created: bool = False
    """True when this request committed a new link (not for a replay)."""


def _error_response(error: SandboxError) -> ApiResponse:
    return ApiResponse(error.status, error.body(), dict(error.headers))


def _basic_user(authorization: str | None) -> str:
    """The key from an HTTP Basic ``Authorization`` header (user name, empty password)."""
    if not authorization:
        raise errors.unauthenticated(
            "api_key_missing",
            "No API key was provided. Send your secret key with HTTP Basic authentication, "
            "as the user name with an empty password.",
        )
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "basic":
        raise errors.unauthenticated(
            "api_key_invalid",
            "Send your secret key with HTTP Basic authentication, as the user name with an "
            "empty password.",
        )
    try:
        decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        raise errors.unauthenticated(
            "api_key_invalid", "The Authorization header could not be read."
        ) from None
    return decoded.partition(":")[0]


def _parse_body(raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        return {}

    def refuse_constant(name: str) -> Any:
        raise ValueError(name)

    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=refuse_constant)
    except (UnicodeDecodeError, ValueError):
        raise errors.bad_request(
            "The request body is not valid JSON.", code="body_invalid"
        ) from None
    if not isinstance(value, dict):
        raise errors.bad_request("The request body must be a JSON object.", code="body_invalid")
    return value


class Api:
    """Answers ``/v1`` requests from the store."""

    def __init__(
        self, store: Store, base_url: Callable[[], str], clock: Callable[[], float] = time.time
    ) -> None:
        self._store = store
        self._base_url = base_url
        self._clock = clock
        self._guard = IdempotencyGuard(store)

    def handle(self, request: ApiRequest) -> ApiResponse:
        """Answer one request; every failure becomes the contract's error body."""
        try:
            merchant = self._authenticate(_basic_user(request.authorization))
            return self._route(request, merchant)
        except SandboxError as error:
            return _error_response(error)

    def authenticated_key(self, request: ApiRequest) -> str | None:
        """The well-formed key a request carries, for masked logging; None otherwise."""
        try:
            key = _basic_user(request.authorization)
        except SandboxError:
            return None
        return key if keys.is_well_formed(key) else None

    def _authenticate(self, key: str) -> Merchant:
        if not keys.is_well_formed(key):
            raise errors.unauthenticated(
                "api_key_invalid",
                "The API key provided is not a valid secret key. Keys start with sk_test_ "
                "or sk_live_; copy the whole key from your dashboard.",
            )
        merchant = self._store.merchant(key)
        if merchant.revoked:
            raise errors.unauthenticated(
                "api_key_revoked", "This API key has been revoked; use another key."
            )
        return merchant

    def _route(self, request: ApiRequest, merchant: Merchant) -> ApiResponse:
        segments = request.path.split("/")[1:]
        if segments[:2] == ["v1", "checkout_links"] and all(segments[2:]):
            rest = [unquote(segment) for segment in segments[2:]]
            match request.method, rest:
                case "GET", []:
                    request.pause()
                    return self._list_links(merchant, request.query)
                case "POST", []:
                    return self._idempotent(request, merchant, self._create)
                case "GET", [link_id]:
                    request.pause()
                    return self._retrieve(merchant, link_id, request.query)
                case "POST", [link_id]:
                    return self._idempotent(
                        request, merchant, lambda m, body: self._update(m, link_id, body)
                    )
                case "GET", [link_id, "line_items"]:
                    request.pause()
                    return self._list_items(merchant, link_id, request.query)
        raise errors.not_found(f"Unrecognized request URL ({request.method} {request.path}).")

    def _idempotent(
        self,
        request: ApiRequest,
        merchant: Merchant,
        handler: Callable[[Merchant, dict[str, Any]], ApiResponse],
    ) -> ApiResponse:
        """Run a POST handler, honouring its Idempotency-Key if it has one."""
        body = _parse_body(request.body)
        idem_key = (request.idempotency_key or "").strip()
        if not idem_key:
            request.pause()
            return self._run(lambda: handler(merchant, body))
        digest = request_hash(request.method, request.path, body)
        record = self._guard.begin(merchant.id, idem_key, digest)
        if record is not None:
            return ApiResponse(record.status, record.body, {"Idempotent-Replayed": "true"})
        try:
            request.pause()
            with self._store.transaction():
                response = self._run(lambda: handler(merchant, body))
                self._store.put_idempotency(
                    merchant.id, idem_key, digest, response.status, response.body
                )
            return response
        finally:
            self._guard.finish(merchant.id, idem_key)

    # -- endpoints ---------------------------------------------------------------------

    def _create(self, merchant: Merchant, body: Mapping[str, Any]) -> ApiResponse:
        params = validate_create(body)
        link, items = links.new_link(
            params, livemode=merchant.livemode, created=int(self._clock())
        )
        self._store.insert_links(merchant.id, [link], ((link["id"], item) for item in items))
        return ApiResponse(200, self._render(link), created=True)

    def _update(self, merchant: Merchant, link_id: str, body: Mapping[str, Any]) -> ApiResponse:
        link = self._find(merchant, link_id)
        changes = validate_update(body)
        if "metadata" in changes:
            changes["metadata"] = merge_metadata(link["metadata"], changes["metadata"])
        link.update(changes)
        self._store.save_link(merchant.id, link)
        return ApiResponse(200, self._render(link))

    def _retrieve(self, merchant: Merchant, link_id: str, query: str) -> ApiResponse:
        expand = paging.parse_retrieve_query(query, expandable=RETRIEVE_EXPANDABLE)
        link = self._find(merchant, link_id)
        body = self._render(link)
        if "line_items" in expand:
            items = self._store.items_of_links([link["id"]]).get(link["id"], [])
            body["line_items"] = links.render_items_list(link["id"], items)
        return ApiResponse(200, body)

    def _list_links(self, merchant: Merchant, query: str) -> ApiResponse:
        params = paging.parse_list_query(query, with_active=True, expandable=LIST_EXPANDABLE)
        after = paging.decode_link_cursor(params.cursor) if params.cursor else None
        rows = self._store.list_links(
            merchant.id, limit=params.limit + 1, active=params.active, after=after
        )
        page = rows[: params.limit]
        has_more = len(rows) > params.limit
        cursor = (
            paging.encode_link_cursor(page[-1]["created"], page[-1]["id"]) if has_more else None
        )
        data = [self._render(link) for link in page]
        if "data.line_items" in params.expand:
            items = self._store.items_of_links([link["id"] for link in page])
            for body in data:
                body["line_items"] = links.render_items_list(body["id"], items.get(body["id"], []))
        return ApiResponse(200, _list_body(data, has_more, cursor, LINKS_PATH))

    def _list_items(self, merchant: Merchant, link_id: str, query: str) -> ApiResponse:
        link = self._find(merchant, link_id)
        params = paging.parse_list_query(query, with_active=False)
        after = paging.decode_item_cursor(params.cursor) if params.cursor else None
        rows = self._store.list_items(link["id"], limit=params.limit + 1, after=after)
        page = rows[: params.limit]
        has_more = len(rows) > params.limit
        cursor = paging.encode_item_cursor(page[-1].position) if has_more else None
        data = [links.render_item(item) for item in page]
        url = f"{LINKS_PATH}/{link['id']}/line_items"
        return ApiResponse(200, _list_body(data, has_more, cursor, url))

    # -- helpers -----------------------------------------------------------------------

    def _find(self, merchant: Merchant, link_id: str) -> dict[str, Any]:
        link = self._store.get_link(merchant.id, link_id)
        if link is None:
            raise errors.not_found(f"No such checkout link: “{link_id}”.", "id")
        return link

    def _render(self, link: dict[str, Any]) -> dict[str, Any]:
        return links.render_link(link, self._base_url())

    def _run(self, handler: Callable[[], ApiResponse]) -> ApiResponse:
        """Call a handler in its own (nested) transaction; a refusal leaves nothing behind."""
        try:
            with self._store.transaction():
                return handler()
        except SandboxError as error:
            return _error_response(error)


def _list_body(
    data: list[dict[str, Any]], has_more: bool, cursor: str | None, url: str
) -> dict[str, Any]:
    return {"object": "list", "data": data, "has_more": has_more, "next_cursor": cursor, "url": url}
