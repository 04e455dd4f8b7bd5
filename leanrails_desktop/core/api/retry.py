"""When and how long to wait before the API client tries again: pure functions, tested
without a network."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from typing import Final

DEFAULT_MAX_RETRY_DELAY: Final = 20.0
INITIAL_RETRY_DELAY: Final = 0.5
"""Backoff before the first retry, before jitter; it doubles with each further retry."""


@dataclass(frozen=True, slots=True)
class RetryNotice:
    """Told to ``on_retry`` before the client waits and tries again.

    ``attempt`` is the number of the retry about to be made (1 for the first retry),
    ``delay`` the wait in seconds, ``reason`` a short sentence a merchant can read.
    """

    attempt: int
    delay: float
    reason: str




def backoff_delay(
    retry: int,
    *,
    initial: float = INITIAL_RETRY_DELAY,
    cap: float = DEFAULT_MAX_RETRY_DELAY,
    rng: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``retry`` (1-based), with jitter.

    The ceiling grows as ``initial * 2 ** (retry - 1)`` and is limited by ``cap``; the
    result is drawn uniformly from the upper half of that ceiling, so waits never collapse
    to zero yet clients that failed together do not retry together.
    """
    if retry < 1:
        raise ValueError("retry numbers start at 1")
    ceiling = min(cap, initial * 2.0 ** min(retry - 1, 62))
    fraction = min(max(rng(), 0.0), 1.0)
    return ceiling * (0.5 + 0.5 * fraction)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """The ``Retry-After`` header in seconds, or ``None`` if absent or unreadable.

    Accepts a number of seconds (possibly fractional) or an HTTP date. Negative values
    become 0; infinities and NaN are ignored.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        current = time.time() if now is None else now
        seconds = when.timestamp() - current
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def retry_delay(
    retry: int,
    retry_after: float | None,
    *,
    max_delay: float = DEFAULT_MAX_RETRY_DELAY,
    initial: float = INITIAL_RETRY_DELAY,
    rng: Callable[[], float] = random.random,
) -> float:
    """The wait before retry number ``retry``: the server's ``Retry-After`` if it gave one,
    else the jittered backoff; either way never more than ``max_delay``."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), max_delay)
    return backoff_delay(retry, initial=initial, cap=max_delay, rng=rng)
