"""Kept line items: a saved link's line items never change, so once fetched they are kept
per account and link and read back instead of asked for again."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from leanrails_desktop.core.api.objects import LineItem
from leanrails_desktop.core.store.connection import StoreConnection
from leanrails_desktop.core.store.encoding import check_identifier, safe_json

_log = logging.getLogger("leanrails_desktop.core.store")

_IDS_PER_QUERY = 200


class LineItemStore(StoreConnection):
    """The kept line items part of :class:`~leanrails_desktop.core.store.LocalStore`."""

    def cache_line_items(self, account_key: str, link_id: str, items: list[LineItem]) -> None:
        """Remember a link's line items (replacing what was cached for it)."""
        self.cache_line_items_many(account_key, {link_id: items})

    def cache_line_items_many(
        self, account_key: str, items_by_link: Mapping[str, list[LineItem]]
    ) -> None:
        """Remember the line items of many links at once, in one transaction."""
        check_identifier("account_key", account_key)
        now = self._clock()
        rows = []
        for link_id, items in items_by_link.items():
            check_identifier("link_id", link_id)
            rows.append(
                (account_key, link_id, safe_json([item.to_dict() for item in items]), now)
            )
        if not rows:
            return
        with self._using(), self._transaction() as db:
            db.executemany(
                """INSERT OR REPLACE INTO line_items (account, link_id, items, saved_at)
                   VALUES (?, ?, ?, ?)""",
                rows,
            )

    def cached_line_items_for(
        self, account_key: str, link_ids: Iterable[str]
    ) -> dict[str, list[LineItem]]:
        """The cached line items of those of ``link_ids`` that have readable ones."""
        check_identifier("account_key", account_key)
        wanted = list(dict.fromkeys(link_ids))
        found: dict[str, list[LineItem]] = {}
        # SQLite allows a few hundred parameters per statement; ask in slices.
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            part = wanted[start : start + _IDS_PER_QUERY]
            marks = ",".join("?" * len(part))
            with self._using() as db:
                rows = db.execute(
                    f"SELECT link_id, items FROM line_items WHERE account = ? "
                    f"AND link_id IN ({marks})",
                    (account_key, *part),
                ).fetchall()
            for link_id, raw in rows:
                items = _read_line_items(raw)
                if items is not None:
                    found[str(link_id)] = items
        return found

    def all_cached_line_items(self, account_key: str) -> Iterator[list[LineItem]]:
        """Every link's cached line items for the account, one list per link (unreadable
        rows skipped). The rows are read first, so nothing is held open while the caller
        goes through them."""
        check_identifier("account_key", account_key)
        with self._using() as db:
            rows = db.execute(
                "SELECT items FROM line_items WHERE account = ?", (account_key,)
            ).fetchall()
        for (raw,) in rows:
            items = _read_line_items(raw)
            if items is not None:
                yield items

    def cached_line_items(self, account_key: str, link_id: str) -> list[LineItem] | None:
        """A link's cached line items, or None if none are cached (or they are unreadable)."""
        return self.cached_line_items_for(account_key, [link_id]).get(link_id)


def _read_line_items(raw: Any) -> list[LineItem] | None:
    try:
        data = json.loads(str(raw))
        if not isinstance(data, list):
            raise ValueError("not a list")
        return [LineItem.from_dict(item) for item in data if isinstance(item, dict)]
    except (ValueError, RecursionError):
        _log.warning("local store: skipped unreadable cached line items")
        return None
