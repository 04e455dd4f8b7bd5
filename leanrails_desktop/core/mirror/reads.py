"""What the mirror reads: counts and windows of a query's list, ids, and the links and line
items as kept."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.mirror.records import _ALL, _ORDER, Counts, MirrorQuery, MirrorRow
from leanrails_desktop.core.mirror.rows import _IDS_PER_QUERY, _chunks
from leanrails_desktop.core.mirror.search import _Searching


class _Reading(_Searching):
    """The reads of a :class:`~leanrails_desktop.core.mirror.Mirror` (which provides
    ``_reading``)."""

    _reading: Callable[[], AbstractContextManager[sqlite3.Connection]]

    def counts(self, search: str = "") -> Counts:
        """How many links match ``search`` (every link for ""), and how many are active."""
        with self._reading() as db:
            plan = self._plan(db, search)
            if plan.counts is not None:
                return plan.counts
            if not plan.searching:
                total = db.execute("SELECT count(*) FROM links").fetchone()[0]
                active = db.execute(
                    "SELECT count(*) FROM links WHERE active = 1"
                ).fetchone()[0]
                return Counts(total=total, active=active)
            source, args = plan.texts()
            tests = "".join(" AND instr(s.text, ?) > 0" for _ in plan.tests)
            total, active = db.execute(
                f"SELECT count(*), total(unicode(s.text) = 1) FROM {source} WHERE 1{tests}",
                [*args, *plan.tests],
            ).fetchone()
        return Counts(total=int(total), active=int(active))

    def count(self, query: MirrorQuery = _ALL) -> int:
        """How many links match the query's filter and search."""
        counts = self.counts(query.search)
        if query.active is None:
            return counts.total
        return counts.active if query.active else counts.inactive

    def _select(
        self, db: sqlite3.Connection, columns: str, query: MirrorQuery, offset: int,
        limit: int | None,
    ) -> list[tuple[Any, ...]]:
        plan = self._plan(db, query.search)
        way = " DESC" if query.descending else ""
        order = ", ".join(f"l.{column}{way}" for column in _ORDER[query.sort])
        args: list[Any] = []
        tests = "".join(" AND instr(s.text, ?) > 0" for _ in plan.tests)
        if not plan.searching:
            source = "links l"
        elif plan.candidates is not None:
            # Few matches: collect them, then sort (the matches drive the loop).
            inner, args = plan.texts()
            source = f"{inner} CROSS JOIN links l ON l.n = s.n"
        else:
            # Many matches: walk the list in order, testing each link, until it is full.
            source = "links l CROSS JOIN search_text s ON s.n = l.n"
        args.extend(plan.tests)
        where = f" WHERE 1{tests}"
        if query.active is not None:
            # "+" keeps the status index out of it: the sort's index walks the list.
            where += " AND +l.active = ?"
            args.append(int(query.active))
        sql = f"SELECT {columns} FROM {source}{where} ORDER BY {order} LIMIT ? OFFSET ?"
        return db.execute(sql, [*args, -1 if limit is None else limit, max(0, offset)]).fetchall()

    def window(self, query: MirrorQuery, offset: int, limit: int) -> list[MirrorRow]:
        """Rows ``offset`` to ``offset + limit`` of the query's list."""
        with self._reading() as db:
            rows = self._select(
                db, "l.id, l.title, l.active, l.created, l.currency, l.amount_total, l.url",
                query, offset, max(0, limit),
            )
        return [
            MirrorRow(id=r[0], title=r[1], active=bool(r[2]), created=r[3], currency=r[4],
                      amount_total=r[5], url=r[6])
            for r in rows
        ]

    def ids(
        self, query: MirrorQuery = _ALL, offset: int = 0, limit: int | None = None
    ) -> list[str]:
        """The ids of the query's list from ``offset``; all of them when ``limit`` is None
        ("select all N matching")."""
        with self._reading() as db:
            return [row[0] for row in self._select(db, "l.id", query, offset, limit)]

    def raw(self, link_id: str) -> dict[str, Any] | None:
        """The link as the server last sent it, with ``line_items`` as a list object when
        they are known; None if the mirror does not have it."""
        found = self.raw_links([link_id])
        return found[0] if found else None

    def raw_links(self, link_ids: Sequence[str]) -> list[dict[str, Any]]:
        """:meth:`raw` of each id the mirror has, in the order given."""
        by_id: dict[str, dict[str, Any]] = {}
        with self._reading() as db:
            for chunk in _chunks(list(link_ids)):
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    "SELECT l.id, l.n, l.amount_total IS NOT NULL, o.raw FROM links l"
                    f" JOIN link_objects o ON o.n = l.n WHERE l.id IN ({marks})", list(chunk)
                ).fetchall()
                with_items = {n: link_id for link_id, n, has_items, _ in rows if has_items}
                items = self._raw_items(db, list(with_items))
                for link_id, n, has_items, raw in rows:
                    link = json.loads(raw)
                    if has_items:
                        link["line_items"] = {
                            "object": "list", "data": items.get(n, []), "has_more": False,
                            "url": f"/v1/checkout_links/{link_id}/line_items",
                        }
                    by_id[link_id] = link
        return [by_id[link_id] for link_id in link_ids if link_id in by_id]

    def links(self, link_ids: Sequence[str]) -> list[CheckoutLink]:
        """The links the mirror has of ``link_ids``, in that order, with their line items
        when known."""
        return [CheckoutLink.from_dict(raw) for raw in self.raw_links(link_ids)]

    def link(self, link_id: str) -> CheckoutLink | None:
        """One link with its line items when known, or None."""
        found = self.links([link_id])
        return found[0] if found else None

    def line_items(self, link_ids: Sequence[str]) -> dict[str, list[LineItem]]:
        """The known line items of each of ``link_ids``; a link whose line items are not
        known (or that the mirror does not have) is absent."""
        found: dict[str, list[LineItem]] = {}
        with self._reading() as db:
            for chunk in _chunks(list(link_ids)):
                marks = ",".join("?" * len(chunk))
                known = dict(db.execute(
                    f"SELECT n, id FROM links WHERE id IN ({marks})"
                    " AND amount_total IS NOT NULL", list(chunk)
                ).fetchall())
                for n, items in self._raw_items(db, list(known)).items():
                    found[known[n]] = [LineItem.from_dict(item) for item in items]
                for link_id in known.values():
                    found.setdefault(link_id, [])
        return found

    @staticmethod
    def _raw_items(db: sqlite3.Connection, ns: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        found: dict[int, list[dict[str, Any]]] = {}
        for start in range(0, len(ns), _IDS_PER_QUERY):
            chunk = ns[start:start + _IDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            for n, raw in db.execute(
                f"SELECT n, raw FROM line_items WHERE n IN ({marks}) ORDER BY n, position",
                list(chunk),
            ):
                found.setdefault(n, []).append(json.loads(raw))
        return found

    def without_line_items(self, limit: int | None = None) -> list[str]:
        """Ids of links whose line items are not known yet, newest first."""
        with self._reading() as db:
            rows = db.execute(
                "SELECT id FROM links WHERE amount_total IS NULL"
                " ORDER BY created DESC, id DESC LIMIT ?", (-1 if limit is None else limit,)
            )
            return [row[0] for row in rows]
