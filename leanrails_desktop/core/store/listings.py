"""The offline copy of listings: the last links fetched per account and filter, with the
line-item totals known for them, shown while offline or until fresh pages arrive."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.store.connection import StoreConnection
from leanrails_desktop.core.store.encoding import check_identifier, safe_json

_log = logging.getLogger("leanrails_desktop.core.store")


@dataclass(frozen=True, slots=True)
class CachedListing:
    """The last listing fetched for one account and filter."""

    links: list[CheckoutLink]
    line_item_totals: dict[str, int]
    saved_at: float
    """When it was saved, in Unix seconds."""


class ListingStore(StoreConnection):
    """The listings part of :class:`~leanrails_desktop.core.store.LocalStore`."""

    def save_listing(
        self,
        account_key: str,
        filter_key: str,
        links: Iterable[CheckoutLink],
        line_item_totals: Mapping[str, int] | None,
    ) -> None:
        """Replace the cached listing for ``filter_key`` with ``links``, in one transaction.

        ``line_item_totals`` maps link ids to their total amount in minor units, where known.
        """
        check_identifier("account_key", account_key)
        check_identifier("filter_key", filter_key)
        rows = [
            (account_key, filter_key, position, safe_json(link.to_dict()))
            for position, link in enumerate(links)
        ]
        totals = {
            str(k): int(v)
            for k, v in (line_item_totals or {}).items()
            if isinstance(v, int) and not isinstance(v, bool)
        }
        totals_json = safe_json(totals)
        with self._using(), self._transaction() as db:
            db.execute(
                "DELETE FROM listing_links WHERE account = ? AND filter_key = ?",
                (account_key, filter_key),
            )
            db.execute(
                """INSERT OR REPLACE INTO listings (account, filter_key, saved_at, totals)
                   VALUES (?, ?, ?, ?)""",
                (account_key, filter_key, self._clock(), totals_json),
            )
            db.executemany(
                """INSERT INTO listing_links (account, filter_key, position, link)
                   VALUES (?, ?, ?, ?)""",
                rows,
            )

    def load_listing(self, account_key: str, filter_key: str) -> CachedListing | None:
        """The cached listing, or None if there is none; unreadable links are skipped."""
        check_identifier("account_key", account_key)
        with self._using() as db:
            head = db.execute(
                "SELECT saved_at, totals FROM listings WHERE account = ? AND filter_key = ?",
                (account_key, filter_key),
            ).fetchone()
            if head is None:
                return None
            rows = db.execute(
                """SELECT link FROM listing_links WHERE account = ? AND filter_key = ?
                   ORDER BY position""",
                (account_key, filter_key),
            ).fetchall()
        links: list[CheckoutLink] = []
        for (link_json,) in rows:
            try:
                data = json.loads(str(link_json))
                if isinstance(data, dict):
                    links.append(CheckoutLink.from_dict(data))
                    continue
            except (ValueError, RecursionError):
                pass
            _log.warning("local store: skipped an unreadable cached link")
        return CachedListing(links, _read_totals(head[1]), float(head[0]))


def _read_totals(raw: Any) -> dict[str, int]:
    try:
        data = json.loads(str(raw)) if raw is not None else {}
    except (ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(k): v for k, v in data.items() if isinstance(v, int) and not isinstance(v, bool)
    }
