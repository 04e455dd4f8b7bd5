"""The LeanRails API client: ``LeanRailsClient``, its typed objects and its errors.

    from leanrails_desktop.core.api import LeanRailsClient

    with LeanRailsClient(api_key="sk_test_…") as client:
        link = client.checkout_links.create(
            title="Premium Headphones", line_items=[{"price": "price_…", "quantity": 1}]
        )
"""

from __future__ import annotations

from leanrails_desktop.core.api import errors
from leanrails_desktop.core.api.checkout_links import NOT_GIVEN, CheckoutLinks, NotGiven
from leanrails_desktop.core.api.client import LeanRailsClient, RetryNotice
from leanrails_desktop.core.api.errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    ConfigurationError,
    IdempotencyError,
    InvalidRequestError,
    LeanRailsError,
    NotFoundError,
    RateLimitError,
)
from leanrails_desktop.core.api.objects import (
    AfterCompletion,
    CheckoutLink,
    CompletedSessions,
    HostedConfirmation,
    LineItem,
    Page,
    Redirect,
    Restrictions,
)
from leanrails_desktop.core.api.urls import DEFAULT_BASE_URL

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "AfterCompletion",
    "AuthenticationError",
    "CheckoutLink",
    "CheckoutLinks",
    "CompletedSessions",
    "ConfigurationError",
    "HostedConfirmation",
    "IdempotencyError",
    "InvalidRequestError",
    "LeanRailsClient",
    "LeanRailsError",
    "LineItem",
    "NotFoundError",
    "NotGiven",
    "Page",
    "RateLimitError",
    "Redirect",
    "Restrictions",
    "RetryNotice",
    "errors",
]
