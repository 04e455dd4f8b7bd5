"""Faults the sandbox can inject into ``/v1`` requests: latency, failures, lost responses,
and a request held in flight until a test lets it go.

All state is guarded by one lock, so tests may change it while requests are being served.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

FAILURE_STATUSES = (429, 500, 502, 503)
HOLD_TIMEOUT = 30.0
"""Seconds a held request waits at most for :meth:`Hold.release`, so none hangs for ever."""

DROP: Literal["drop"] = "drop"
"""A list request answered by closing the connection without a response."""


@dataclass(frozen=True, slots=True)
class Failure:
    """One injected error response: its status and, if any, its ``Retry-After`` seconds."""

    status: int
    retry_after: float | None


class Hold:
    """A request held in flight by :meth:`Faults.hold_next`.

    The request stops once it is admitted (authenticated, its Idempotency-Key claimed) and
    goes on when :meth:`release` is called, so a test can order a race by events.
    """

    def __init__(self) -> None:
        self._reached = threading.Event()
        self._released = threading.Event()

    def wait_reached(self, timeout: float = 10.0) -> bool:
        """Wait until the held request has arrived and stopped; False on timeout."""
        return self._reached.wait(timeout)

    def release(self) -> None:
        """Let the held request go on (at once, if it has not arrived yet)."""
        self._released.set()

    def block(self) -> None:
        """Called by the server in the held request: stop until released."""
        self._reached.set()
        self._released.wait(HOLD_TIMEOUT)


class Faults:
    """Switches for injected faults; everything is off until asked for."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latency = 0.0
        self._failures: list[Failure] = []
        self._drops = 0
        self._flaky_rate = 0.0
        self._flaky_retry_after = 0.0
        self._flaky_rng = random.Random(0)
        self._ignore_expand = False
        self._write_rates = (0.0, 0.0, 0.0)  # lost answers, 500s, 429s
        self._write_rng = random.Random(0)
        self._holds: list[Hold] = []  # waiting for a request
        self._issued: list[Hold] = []  # every hold since the last reset, for reset to release

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
        failure = _failure(status, retry_after)
        if count < 0:
            raise ValueError("count must be at least 0")
        with self._lock:
            self._failures.extend([failure] * count)

    def drop_next_create_response(self, n: int = 1) -> None:
        """Commit the next ``n`` creates, then close the connection without answering."""
        if n < 0:
            raise ValueError("n must be at least 0")
        with self._lock:
            self._drops += n

    def flaky_lists(self, rate: float, *, seed: int = 0, retry_after: float = 0.0) -> None:
        """From now on answer about ``rate`` (0 to 1) of list requests, of links or of line
        items, with a fault instead: a third each 500, 429 (with ``retry_after``) or a
        connection closed without an answer. The draws follow ``seed``; 0 switches it off."""
        rate = float(rate)
        if not 0.0 <= rate <= 1.0:
            raise ValueError("the flaky rate must be from 0 to 1")
        _failure(429, retry_after)  # checks retry_after
        with self._lock:
            self._flaky_rate = rate
            self._flaky_retry_after = float(retry_after)
            self._flaky_rng = random.Random(seed)

    def flaky_writes(
        self, *, drop: float = 0.0, error: float = 0.0, limited: float = 0.0, seed: int = 0
    ) -> None:
        """From now on draw a fault for each write (a create or an update): about ``drop``
        of them are committed and then answered by closing the connection, ``error`` are
        answered 500 and ``limited`` 429 (``Retry-After: 0``) without being carried out.
        The draws follow ``seed``; all three at 0 switch it off."""
        rates = (float(drop), float(error), float(limited))
        if any(not 0.0 <= rate <= 1.0 for rate in rates) or sum(rates) > 1.0:
            raise ValueError("each write fault rate must be from 0 to 1, and all three at most 1")
        with self._lock:
            self._write_rates = rates
            self._write_rng = random.Random(seed)

    def take_write_fault(self) -> Failure | Literal["drop"] | None:
        """The fault drawn for the write now arriving, if writes are flaky."""
        with self._lock:
            drop, error, limited = self._write_rates
            if drop + error + limited <= 0.0:
                return None
            draw = self._write_rng.random()
        if draw < drop:
            return DROP
        if draw < drop + error:
            return Failure(500, None)
        if draw < drop + error + limited:
            return Failure(429, 0.0)
        return None

    @property
    def ignore_expand(self) -> bool:
        """True while the API answers as a server that does not know ``expand[]``: the
        parameter is dropped unread and no object carries expanded line items."""
        with self._lock:
            return self._ignore_expand

    @ignore_expand.setter
    def ignore_expand(self, value: bool) -> None:
        with self._lock:
            self._ignore_expand = bool(value)
    def hold_next(self) -> Hold:
        """Hold the next ``/v1`` request in flight until the returned hold is released."""
        hold = Hold()
        with self._lock:
            self._holds.append(hold)
            self._issued.append(hold)
        return hold

    def reset(self) -> None:
        """Switch every fault off; every hold is released."""
        with self._lock:
            self._latency = 0.0
            self._failures.clear()
            self._drops = 0
            self._flaky_rate = 0.0
            self._write_rates = (0.0, 0.0, 0.0)
            self._ignore_expand = False
            self._holds.clear()
            issued, self._issued = self._issued, []
        for hold in issued:
            hold.release()

    def take_failure(self) -> Failure | None:
        """The injected failure for the request now arriving, if one is queued."""
        with self._lock:
            return self._failures.pop(0) if self._failures else None

    def take_list_fault(self) -> Failure | Literal["drop"] | None:
        """The fault drawn for the list request now arriving, if the lists are flaky."""
        with self._lock:
            if self._flaky_rate <= 0.0 or self._flaky_rng.random() >= self._flaky_rate:
                return None
            kind = self._flaky_rng.randrange(3)
            retry_after = self._flaky_retry_after
        if kind == 0:
            return Failure(500, None)
        if kind == 1:
            return Failure(429, retry_after)
        return DROP
    def take_hold(self) -> Hold | None:
        """The hold for the request now arriving, if one is pending."""
        with self._lock:
            return self._holds.pop(0) if self._holds else None

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
                "flaky_lists": self._flaky_rate,
                "flaky_writes": dict(zip(("drop", "error", "limited"), self._write_rates,
                                         strict=True)),
                "ignore_expand": self._ignore_expand,
            }

    def apply(self, command: Mapping[str, Any]) -> None:
        """Apply a JSON command of ``POST /_sandbox/faults``; ValueError says what is wrong.

        The whole command is checked before anything changes. ``reset`` is applied first, so
        ``{"reset": true, "latency": 0.2}`` means "only this".
        """
        known = {"latency", "fail_next", "drop_next_create", "reset", "flaky_lists",
                 "flaky_writes", "ignore_expand"}
        extra = sorted(set(command) - known)
        if extra:
            raise ValueError(f"unknown fault setting: {extra[0]}")
        reset = command.get("reset", False)
        if not isinstance(reset, bool):
            raise ValueError("reset must be true or false")
        latency = _number(command["latency"], "latency") if "latency" in command else None
        if latency is not None and (not math.isfinite(latency) or latency < 0):
            raise ValueError("latency must be a finite number of seconds, at least 0")
        failures: list[Failure] = []
        if "fail_next" in command:
            spec = command["fail_next"]
            if not isinstance(spec, Mapping) or set(spec) - {"count", "status", "retry_after"}:
                raise ValueError("fail_next must be an object of count, status and retry_after")
            retry = spec.get("retry_after")
            count = _whole(spec.get("count", 1), "fail_next.count")
            failure = _failure(
                _whole(spec.get("status", 503), "fail_next.status"),
                None if retry is None else _number(retry, "fail_next.retry_after"),
            )
            if count < 0:
                raise ValueError("fail_next.count must be at least 0")
            failures = [failure] * count
        drops = _whole(command.get("drop_next_create", 0), "drop_next_create")
        if drops < 0:
            raise ValueError("drop_next_create must be at least 0")
        flaky = _flaky(command["flaky_lists"]) if "flaky_lists" in command else None
        writes = _flaky_writes(command["flaky_writes"]) if "flaky_writes" in command else None
        ignore_expand = command.get("ignore_expand")
        if ignore_expand is not None and not isinstance(ignore_expand, bool):
            raise ValueError("ignore_expand must be true or false")
        if reset:
            self.reset()
        with self._lock:
            if latency is not None:
                self._latency = latency
            self._failures.extend(failures)
            self._drops += drops
            if ignore_expand is not None:
                self._ignore_expand = ignore_expand
        if flaky is not None:
            self.flaky_lists(flaky[0], seed=flaky[1], retry_after=flaky[2])
        if writes is not None:
            self.flaky_writes(**writes)


def _failure(status: int, retry_after: float | None) -> Failure:
    if status not in FAILURE_STATUSES:
        raise ValueError(f"status must be one of {', '.join(map(str, FAILURE_STATUSES))}")
    if retry_after is not None and (not math.isfinite(retry_after) or retry_after < 0):
        raise ValueError("retry_after must be a finite number of seconds, at least 0")
    if status == 429 and retry_after is None:
        retry_after = 1
    return Failure(status, retry_after)


def _flaky(spec: Any) -> tuple[float, int, float]:
    """``{"rate", "seed"?, "retry_after"?}`` of the control endpoint, checked."""
    if not isinstance(spec, Mapping) or set(spec) - {"rate", "seed", "retry_after"}:
        raise ValueError("flaky_lists must be an object of rate, seed and retry_after")
    rate = _number(spec.get("rate"), "flaky_lists.rate")
    if not 0.0 <= rate <= 1.0:
        raise ValueError("flaky_lists.rate must be from 0 to 1")
    retry_after = _number(spec.get("retry_after", 0), "flaky_lists.retry_after")
    if not math.isfinite(retry_after) or retry_after < 0:
        raise ValueError("flaky_lists.retry_after must be a finite number of seconds, at least 0")
    return rate, _whole(spec.get("seed", 0), "flaky_lists.seed"), retry_after


def _flaky_writes(spec: Any) -> dict[str, Any]:
    """``{"drop"?, "error"?, "limited"?, "seed"?}`` of the control endpoint, checked."""
    names = {"drop", "error", "limited"}
    if not isinstance(spec, Mapping) or set(spec) - names - {"seed"}:
        raise ValueError("flaky_writes must be an object of drop, error, limited and seed")
    rates = {name: _number(spec.get(name, 0), f"flaky_writes.{name}") for name in names}
    if any(not 0.0 <= rate <= 1.0 for rate in rates.values()) or sum(rates.values()) > 1.0:
        raise ValueError("flaky_writes rates must each be from 0 to 1, and at most 1 together")
    return {**rates, "seed": _whole(spec.get("seed", 0), "flaky_writes.seed")}


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number")
    return float(value)


def _whole(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number")
    return value
