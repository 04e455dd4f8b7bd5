"""Shared pieces of the client ↔ sandbox tests."""

from __future__ import annotations

import time
from typing import Any

from leanrails_desktop.core.api import RetryNotice

PRICE = "price_3fg6hj9km1np"  # Premium Headphones, $499.00 in the sandbox catalogue
ITEMS: list[dict[str, Any]] = [{"price": PRICE, "quantity": 1}]


class Waits:
    """A sleep that really sleeps, and remembers each wait and each retry notice."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.notices: list[RetryNotice] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        time.sleep(seconds)

    def notice(self, notice: RetryNotice) -> None:
        self.notices.append(notice)
