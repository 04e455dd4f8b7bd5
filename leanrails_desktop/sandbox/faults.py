"""Faults the sandbox can inject into ``/v1`` requests: latency, failures, lost responses.

All state is guarded by one lock, so tests may change it while requests are being served.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

FAILURE_STATUSES = (429, 500, 502, 503)


@dataclass(frozen=True, slots=True)
class Failure:
    """One injected error response: its status and, if any, its ``Retry-After`` seconds."""

    status: int
    retry_after: float | None


class Faults:
    """Switches for injected faults; everything is off until asked for."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latency = 0.0
        self._failures: list[Failure] = []
        self._drops = 0

    @property
    def latency(self) -> float:
        """Seconds added to every ``/v1`` request."""
        with self._lock:
            return self._latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        seconds = float(seconds)
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("latency must be a finite number of seconds, at least 0")
        with self._lock:
            self._latency = seconds

    def fail_next(
        self, count: int = 1, status: int = 503, retry_after: float | None = None
    ) -> None:
        """Answer the next ``count`` ``/v1`` requests with ``status`` (429, 500, 502 or 503).

        A 429 always carries ``Retry-After`` (1 second unless ``retry_after`` is given).
        """
        if status not in FAILURE_STATUSES:
            raise ValueError(f"status must be one of {FAILURE_STATUSES}")
        if count < 0:
            raise ValueError("count must be at least 0")
        if retry_after is not None and (not math.isfinite(retry_after) or retry_after < 0):
            raise ValueError("retry_after must be a finite number of seconds, at least 0")
        if status == 429 and retry_after is None:
            retry_after = 1
        with self._lock:
            self._failures.extend(Failure(status, retry_after) for _ in range(count))

    def drop_next_create_response(self, n: int = 1) -> None:
        """Commit the next ``n`` creates, then close the connection without answering."""
        if n < 0:
            raise ValueError("n must be at least 0")
        with self._lock:
            self._drops += n

    def reset(self) -> None:
        """Switch every fault off."""
        with self._lock:
            self._latency = 0.0
            self._failures.clear()
            self._drops = 0

    def take_failure(self) -> Failure | None:
        """The injected failure for the request now arriving, if one is queued."""
        with self._lock:
            return self._failures.pop(0) if self._failures else None

    def take_drop(self) -> bool:
        """True if the response to the create just committed should be lost."""
        with self._lock:
            if self._drops == 0:
                return False
            self._drops -= 1
            return True

    def snapshot(self) -> dict[str, Any]:
        """The current settings, as the fault-control endpoint reports them."""
        with self._lock:
            return {
                "latency": self._latency,
                "pending_failures": len(self._failures),
                "pending_drops": self._drops,
            }

    def apply(self, command: Mapping[str, Any]) -> None:
        """Apply a JSON command of ``POST /_sandbox/faults``; ValueError says what is wrong.

        ``reset`` is applied first, so ``{"reset": true, "latency": 0.2}`` means "only this".
        """
        known = {"latency", "fail_next", "drop_next_create", "reset"}
        extra = sorted(set(command) - known)
        if extra:
            raise ValueError(f"unknown fault setting: {extra[0]}")
        if command.get("reset") is True:
            self.reset()
        elif "reset" in command and command["reset"] is not False:
            raise ValueError("reset must be true or false")
        if "latency" in command:
            self.latency = _number(command["latency"], "latency")
        if "fail_next" in command:
            spec = command["fail_next"]
            if not isinstance(spec, Mapping) or set(spec) - {"count", "status", "retry_after"}:
                raise ValueError("fail_next must be an object of count, status and retry_after")
            retry = spec.get("retry_after")
            self.fail_next(
                _whole(spec.get("count", 1), "fail_next.count"),
                status=_whole(spec.get("status", 503), "fail_next.status"),
                retry_after=None if retry is None else _number(retry, "fail_next.retry_after"),
            )
        if "drop_next_create" in command:
            self.drop_next_create_response(_whole(command["drop_next_create"], "drop_next_create"))


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number")
    return float(value)


def _whole(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number")
    return value
