"""History: the changes made to each link from this computer — when, how (saved, a bulk
change, an undo…), and each field's value before and after, as plain text.

The store keeps the newest :data:`HISTORY_LIMIT` entries of each link and drops older ones
as new ones are written, so a link changed every day for years does not grow the file
without end. What is written goes through :func:`~.encoding.safe_json`: a key pasted into
a title or metadata value is stored as ``[redacted]``, never as itself.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from leanrails_desktop.core.store.connection import StoreConnection
from leanrails_desktop.core.store.encoding import check_identifier, safe_json

_log = logging.getLogger("leanrails_desktop.core.store")

HISTORY_LIMIT = 200
"""Entries kept per link; the oldest go first."""


class DescribedChange(Protocol):
    """One field's change as the merchant reads it (``core.bulk.changes.FieldChange``)."""

    @property
    def name(self) -> str: ...

    @property
    def before(self) -> str: ...

    @property
    def after(self) -> str: ...


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change to one link: when (seconds since the epoch), its origin, and each field
    changed as ``(field label, before, after)``."""

    link_id: str
    changed_at: float
    origin: str
    changes: tuple[tuple[str, str, str], ...]


HistoryRecord = tuple[str, str, Sequence[DescribedChange]]
"""``(link id, origin, field changes)``: one entry to write."""


def _encode(changes: Sequence[DescribedChange]) -> str:
    return safe_json([[c.name, c.before, c.after] for c in changes])


def _decode(text: str) -> tuple[tuple[str, str, str], ...]:
    rows = json.loads(text)
    if not isinstance(rows, list):
        raise ValueError("not a list")
    out = []
    for row in rows:
        if not (isinstance(row, list) and len(row) == 3):
            raise ValueError("not a field change")
        out.append((str(row[0]), str(row[1]), str(row[2])))
    return tuple(out)


class HistoryStore(StoreConnection):
    """The history part of :class:`~leanrails_desktop.core.store.LocalStore`."""

    def record_change(
        self,
        account_key: str,
        link_id: str,
        origin: str,
        changes: Sequence[DescribedChange],
    ) -> None:
        """Add one entry to ``link_id``'s history (keeping its newest :data:`HISTORY_LIMIT`)."""
        self.record_changes(account_key, [(link_id, origin, changes)])

    def record_changes(self, account_key: str, records: Iterable[HistoryRecord]) -> None:
        """Add many entries in one transaction (a bulk change of 500 links is one write)."""
        check_identifier("account_key", account_key)
        rows = []
        for link_id, origin, changes in records:
            check_identifier("link_id", link_id)
            rows.append((account_key, link_id, origin, _encode(changes)))
        if not rows:
            return
        now = self._clock()
        with self._using(), self._transaction() as db:
            db.executemany(
                """INSERT INTO link_history (account, link_id, changed_at, origin, changes)
                   VALUES (?, ?, ?, ?, ?)""",
                [(a, lid, now, o, c) for a, lid, o, c in rows],
            )
            for link_id in {row[1] for row in rows}:
                db.execute(
                    """DELETE FROM link_history WHERE account = ? AND link_id = ? AND id NOT IN
                           (SELECT id FROM link_history WHERE account = ? AND link_id = ?
                            ORDER BY changed_at DESC, id DESC LIMIT ?)""",
                    (account_key, link_id, account_key, link_id, HISTORY_LIMIT),
                )

    def history(self, account_key: str, link_id: str) -> list[HistoryEntry]:
        """``link_id``'s changes made from this computer, newest first; an unreadable entry
        is skipped."""
        check_identifier("account_key", account_key)
        with self._using() as db:
            rows = db.execute(
                """SELECT changed_at, origin, changes FROM link_history
                   WHERE account = ? AND link_id = ? ORDER BY changed_at DESC, id DESC""",
                (account_key, link_id),
            ).fetchall()
        out: list[HistoryEntry] = []
        for changed_at, origin, changes in rows:
            try:
                decoded = _decode(str(changes))
            except ValueError:
                _log.warning("local store: skipped an unreadable history entry")
                continue
            out.append(HistoryEntry(link_id, float(changed_at), str(origin), decoded))
        return out
