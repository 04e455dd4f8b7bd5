"""What the mirror is asked and what it answers: its errors, queries and sorts, the rows of
the list, counts, sync state and what writing a page changed."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final


class MirrorError(Exception):
    """The mirror could not be read or written; ``str()`` is a merchant sentence."""


class MirrorUnusable(MirrorError):
    """The file is not a mirror this version can use (corrupt, foreign or newer)."""


class SortKey(enum.Enum):
    """What the list can be sorted by; ties are broken by the link id."""

    CREATED = "created"
    TITLE = "title"
    ACTIVE = "active"
    """Inactive before active (ascending), then by creation time."""
    AMOUNT = "amount"
    """By currency, then amount total; links whose line items are not known yet first."""
    URL = "url"
    ID = "id"


_ORDER: dict[SortKey, tuple[str, ...]] = {
    SortKey.CREATED: ("created", "id"),
    SortKey.TITLE: ("title_key", "id"),
    SortKey.ACTIVE: ("active", "created", "id"),
    SortKey.AMOUNT: ("currency", "amount_total", "id"),
    SortKey.URL: ("url", "id"),
    SortKey.ID: ("id",),
}


@dataclass(frozen=True, slots=True)
class MirrorQuery:
    """Which links, in which order: the filter (``active``: None for all), the search as
    typed, and the sort."""

    active: bool | None = None
    search: str = ""
    sort: SortKey = SortKey.CREATED
    descending: bool = True


_ALL: Final = MirrorQuery()


@dataclass(frozen=True, slots=True)
class MirrorRow:
    """What the list shows of one link. ``amount_total`` is None until its line items are
    known."""

    id: str
    title: str
    active: bool
    created: int
    currency: str
    amount_total: int | None
    url: str


@dataclass(frozen=True, slots=True)
class Counts:
    """How many links match (the filter aside), and how many of those are active."""

    total: int
    active: int

    @property
    def inactive(self) -> int:
        return self.total - self.active


@dataclass(frozen=True, slots=True)
class SyncState:
    """What the mirror knows of its syncing. Times are Unix seconds.

    ``last_complete`` is when the last complete pass ended (None: never), ``last_duration``
    how long it took and ``last_count`` how many links it found. ``last_failure`` is the
    sentence of the last pass that stopped short, if it came after the last complete one.
    """

    last_complete: float | None = None
    last_duration: float | None = None
    last_count: int | None = None
    last_failure: str | None = None
    last_failure_at: float | None = None
    passes: int = 0
    """How many passes were ever begun."""


@dataclass(frozen=True, slots=True)
class PageWritten:
    """What writing one page changed: links new to the mirror, links changed, and the ids
    of the page's links whose line items are still unknown."""

    added: int
    changed: int
    missing_items: list[str]
