"""What the mirror writes: a sync page's links, and this app's own writes (links and line
items as the server answered them, links removed)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from leanrails_desktop.core.mirror.records import PageWritten
from leanrails_desktop.core.mirror.rows import (
    _chunks,
    _expanded,
    _marked,
    _row_values,
    _safe,
    _to_json,
    _total,
    _without_items,
)
from leanrails_desktop.core.mirror.search import _Searching
from leanrails_desktop.core.mirror.texts import search_text
from leanrails_desktop.core.redact import contains_secret

_SMALL_BATCH: Final = 500
"""Texts indexed along with one of this app's own writes."""


class _Writing(_Searching):
    """The writes of a :class:`~leanrails_desktop.core.mirror.Mirror`."""

    def put_links(self, links: Iterable[Mapping[str, Any]]) -> None:
        """Keep links as the server just answered them (a create, an update), in one
        transaction: they count as seen by the pass under way, which keeps them."""
        page = list(links)
        if page:
            with self._transaction() as db:
                stamp = db.execute("SELECT passes FROM sync_state").fetchone()[0]
                self._write(db, page, stamp)
                self._index(db, _SMALL_BATCH)

    def put_line_items(self, found: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """Keep the line items fetched for links (objects as sent), in one transaction.
        Links no longer in the mirror are skipped."""
        if not found:
            return
        with self._transaction() as db:
            for link_id, items in found.items():
                row = db.execute(
                    "SELECT l.n, o.raw, l.active FROM links l JOIN link_objects o"
                    " ON o.n = l.n WHERE l.id = ?", (link_id,)
                ).fetchone()
                if row is None:
                    continue
                n, raw, active = row
                kept = [dict(item) for item in items]
                db.execute("DELETE FROM line_items WHERE n = ?", (n,))
                db.executemany(
                    "INSERT INTO line_items (n, position, raw) VALUES (?, ?, ?)",
                    [(n, position, _safe(_to_json(item))) for position, item in enumerate(kept)],
                )
                db.execute(
                    "UPDATE links SET amount_total = ? WHERE n = ?", (_total(kept), n)
                )
                db.execute(
                    "UPDATE search_text SET text = ? WHERE n = ?",
                    (_marked(bool(active), search_text(json.loads(raw), kept)), n),
                )
            self._index(db, _SMALL_BATCH)

    def remove(self, link_ids: Iterable[str]) -> None:
        """Forget links (with their line items)."""
        ids = list(link_ids)
        with self._transaction() as db:
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM links WHERE id IN ({marks})", list(chunk))

    def _write(
        self, db: sqlite3.Connection, links: Sequence[Mapping[str, Any]], stamp: int
    ) -> PageWritten:
        """Insert or update links (and line items they carry in full) inside a transaction,
        with the statements batched: new links are numbered here, as one writer holds the
        file."""
        page: dict[str, Mapping[str, Any]] = {link["id"]: link for link in links}
        if not page:
            return PageWritten(0, 0, [])
        objects = {link_id: _without_items(link) for link_id, link in page.items()}
        raws = {link_id: _to_json(link) for link_id, link in objects.items()}
        if contains_secret("".join(raws.values())):
            raws = {link_id: _safe(raw) for link_id, raw in raws.items()}
            objects = {link_id: json.loads(raw) for link_id, raw in raws.items()}
        ids = list(page)
        marks = ",".join("?" * len(ids))
        known: dict[str, tuple[int, bool, str]] = {
            link_id: (n, has_items, raw)
            for link_id, n, has_items, raw in db.execute(
                "SELECT l.id, l.n, l.amount_total IS NOT NULL, o.raw FROM links l"
                f" JOIN link_objects o ON o.n = l.n WHERE l.id IN ({marks})", ids
            )
        }
        next_n: int = db.execute("SELECT coalesce(max(n), 0) + 1 FROM links").fetchone()[0]
        rows: list[tuple[Any, ...]] = []
        changed_rows: list[tuple[Any, ...]] = []
        kept_objects: list[tuple[int, str]] = []
        kept_items: list[tuple[int, int, str]] = []
        texts: list[tuple[int, str]] = []
        changed_texts: list[tuple[str, int]] = []
        unchanged: list[int] = []
        missing: list[str] = []
        added = changed = 0
        for link_id, link in page.items():
            raw = raws[link_id]
            found = known.get(link_id)
            stored_items = found is not None and found[1]
            items = None if stored_items else _expanded(link)
            if found is not None and found[2] == raw and items is None:
                unchanged.append(found[0])
                if not stored_items:
                    missing.append(link_id)
                continue
            obj = objects[link_id]
            values = _row_values(obj)
            total = None if items is None else _total(items)
            if found is None:
                n = next_n
                next_n += 1
                added += 1
                rows.append((n, *values, total, stamp))
                known_items = items
            else:
                n = found[0]
                changed += found[2] != raw
                changed_rows.append((*values[1:], stamp, n))
                if items is not None:
                    db.execute("UPDATE links SET amount_total = ? WHERE n = ?", (total, n))
                    db.execute("DELETE FROM line_items WHERE n = ?", (n,))
                known_items = items if items is not None else (
                    self._stored_items(db, n) if stored_items else None
                )
            if found is None or found[2] != raw:
                kept_objects.append((n, raw))
            if items is not None:
                kept_items.extend(
                    (n, position, _to_json(item)) for position, item in enumerate(items)
                )
            if known_items is None:
                missing.append(link_id)
            text = _marked(values[2] == 1, search_text(obj, known_items))
            if found is None:
                texts.append((n, text))
            else:
                changed_texts.append((text, n))
        db.executemany(
            "INSERT INTO links (n, id, created, active, title, title_key, currency, url,"
            " amount_total, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )
        db.executemany(
            "UPDATE links SET created = ?, active = ?, title = ?, title_key = ?, currency = ?,"
            " url = ?, seen = max(seen, ?) WHERE n = ?", changed_rows
        )
        db.executemany("INSERT OR REPLACE INTO link_objects (n, raw) VALUES (?, ?)", kept_objects)
        if kept_items and contains_secret("".join(row[2] for row in kept_items)):
            kept_items = [(n, position, _safe(raw)) for n, position, raw in kept_items]
        db.executemany("INSERT INTO line_items (n, position, raw) VALUES (?, ?, ?)", kept_items)
        db.executemany("INSERT INTO search_text (n, text) VALUES (?, ?)", texts)
        db.executemany("UPDATE search_text SET text = ? WHERE n = ?", changed_texts)
        for chunk in _chunks([str(n) for n in unchanged]):
            db.execute(
                # max(): a pass running beside a newer one (a second window on the same
                # folder) never takes back the newer pass's stamp, which would let the
                # newer pass's end remove a link both of them listed.
                f"UPDATE links SET seen = max(seen, ?) WHERE n IN ({','.join(chunk)})",
                (stamp,),
            )
        return PageWritten(added, changed, missing)

    @staticmethod
    def _stored_items(db: sqlite3.Connection, n: int) -> list[dict[str, Any]]:
        rows = db.execute("SELECT raw FROM line_items WHERE n = ? ORDER BY position", (n,))
        return [json.loads(row[0]) for row in rows]
