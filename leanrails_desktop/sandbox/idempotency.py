"""Idempotency keys: which request a key was first used with, and which are in flight.

A key is looked up and claimed under one lock, and a finished request stores its record
before releasing its claim, so two requests with one key can never both be processed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any

from leanrails_desktop.sandbox import errors
from leanrails_desktop.sandbox.store import IdempotencyRecord, Store

MAX_KEY_LENGTH = 255


def request_hash(method: str, path: str, body: Any) -> str:
    """SHA-256 of the method, path and canonical JSON body: what "the same request" means."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{method}\n{path}\n{canonical}".encode()).hexdigest()


class IdempotencyGuard:
    """Admits one request per (merchant, key) at a time and finds earlier responses."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._in_flight: set[tuple[int, str]] = set()

    def begin(self, merchant_id: int, key: str, digest: str) -> IdempotencyRecord | None:
        """Return the earlier response to replay, or claim the key and return None.

        Raises 400 if the key was used with another request, 409 if it is in flight.
        """
        if len(key) > MAX_KEY_LENGTH:
            raise errors.bad_request(
                f"An Idempotency-Key can be at most {MAX_KEY_LENGTH} characters long."
            )
        with self._lock:
            if (merchant_id, key) in self._in_flight:
                raise errors.idempotency(
                    409,
                    "idempotency_key_in_use",
                    "A request with this Idempotency-Key is still being processed; "
                    "try again in a moment.",
                )
            record = self._store.get_idempotency(merchant_id, key)
            if record is None:
                self._in_flight.add((merchant_id, key))
                return None
        if record.request_hash != digest:
            raise errors.idempotency(
                400,
                "idempotency_key_reused",
                "This Idempotency-Key was already used with a different request; "
                "use a new key for a new request.",
            )
        return record

    def finish(self, merchant_id: int, key: str) -> None:
        """Release a claim taken by :meth:`begin` (after its record, if any, is stored)."""
        with self._lock:
            self._in_flight.discard((merchant_id, key))
