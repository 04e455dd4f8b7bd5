"""What the local store raises: one error a merchant can read, one for a file it cannot use."""

from __future__ import annotations


class StoreError(Exception):
    """The local store could not be read or written; ``str()`` is a merchant sentence."""


class StoreUnusable(StoreError):
    """The file is not a store this version can use (corrupt, unreadable, foreign, newer)."""

    def __init__(self, message: str, *, newer: bool = False) -> None:
        super().__init__(message)
        self.newer = newer
