"""How a search finds its links: the plan (through the trigram index and the texts not
indexed yet, or by scanning every text), remembered until the mirror changes; and the index
catching up with the texts written."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Final

from leanrails_desktop.core.mirror.records import Counts
from leanrails_desktop.core.mirror.rows import _to_json
from leanrails_desktop.core.mirror.schema import _INACTIVE_MARK
from leanrails_desktop.core.mirror.texts import _MIN_INDEXED, _fts_phrase, _short_term, _words

_SPARSE: Final = 4000
"""Up to this many matches, a search collects its matches and sorts them; beyond, it walks
the list in order and tests each link until the window is full."""
_NARROWED: Final = 25_000
"""Up to this many matches found through the index, words it cannot answer alone are tested
on those matches only; beyond, on every text."""
_PENDING_SCANNED: Final = 2000
"""Up to this many texts not yet indexed are scanned beside the index; beyond, searches
scan everything until the index has caught up."""


@dataclass(frozen=True, slots=True)
class _Plan:
    """How a search finds its links.

    Not searching: every link. With ``candidates`` (a query of ``n``, with ``args``): the
    matches are few; they are collected, narrowed by the ``tests`` and sorted. Otherwise
    every link is tested, walking the list in order: the matches are many, so a window
    fills at once. ``tests`` are words the search text must hold; ``counts``, when known
    already, are the search's counts.
    """

    candidates: str | None = None
    args: tuple[Any, ...] = ()
    tests: tuple[str, ...] = ()
    counts: Counts | None = None

    @property
    def searching(self) -> bool:
        return self.candidates is not None or bool(self.tests)

    def texts(self) -> tuple[str, list[Any]]:
        """The FROM of the search texts to test (aliased ``s``) and its arguments."""
        if self.candidates is None:
            return "search_text s", []
        return (
            f"({self.candidates}) m CROSS JOIN search_text s ON s.n = m.n", list(self.args)
        )


def _listed(rows: Sequence[tuple[int, int]]) -> _Plan:
    """The plan of a search whose matches are all in ``rows``: (n, first character code)."""
    counts = Counts(total=len(rows), active=sum(mark == 1 for _, mark in rows))
    listed = _to_json([n for n, _ in rows])
    return _Plan(candidates="SELECT value AS n FROM json_each(?)", args=(listed,), counts=counts)


class _Searching:
    """The search plans and the search index of a :class:`~leanrails_desktop.core.mirror.Mirror`
    (which sets the attributes declared here)."""

    _indexed: bool
    _last_plan: tuple[str, int, _Plan] | None  # guarded by _read_lock
    _transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]

    def index_pending(self, batch: int = 5000) -> int:
        """Add up to ``batch`` texts written since the last call to the search index, in one
        transaction; returns how many are still waiting (0 without an index)."""
        with self._transaction() as db:
            return self._index(db, batch)

    def _index(self, db: sqlite3.Connection, batch: int) -> int:
        if not self._indexed:
            return 0
        db.execute(
            "INSERT INTO search (rowid, text, tripled) SELECT s.n, s.text, tripled(s.text)"
            " FROM search_pending p CROSS JOIN search_text s ON s.n = p.n ORDER BY p.n LIMIT ?",
            (batch,),
        )
        db.execute(
            "DELETE FROM search_pending WHERE n IN"
            " (SELECT n FROM search_pending ORDER BY n LIMIT ?)", (batch,)
        )
        left: int = db.execute("SELECT count(*) FROM search_pending").fetchone()[0]
        return left


    def _plan(self, db: sqlite3.Connection, search: str) -> _Plan:
        """How to find the links matching ``search`` (see :class:`_Plan`); the last one is
        remembered until the mirror changes, as a keystroke asks for counts and rows."""
        version: int = db.execute("PRAGMA data_version").fetchone()[0]
        if self._last_plan is not None and self._last_plan[:2] == (search, version):
            return self._last_plan[2]
        plan = self._new_plan(db, search)
        self._last_plan = (search, version, plan)
        return plan

    def _new_plan(self, db: sqlite3.Connection, search: str) -> _Plan:
        words = _words(search)
        if not words:
            return _Plan()
        indexed = self._indexed and db.execute(
            "SELECT count(*) <= ? FROM search_pending", (_PENDING_SCANNED,)
        ).fetchone()[0]
        if not indexed:
            return self._scan_plan(db, words)
        # A doubled letter ("ll") is found in the tripled text only where "l" is: tested.
        tests = [w for w in words if len(w) == 2 and w[0] == w[1]]
        phrase = " AND ".join(
            f"text : {_fts_phrase(w)}" if len(w) >= _MIN_INDEXED
            else f"tripled : {_fts_phrase(_short_term(w))}"
            for w in words
        )
        found = "SELECT rowid AS n FROM search WHERE search MATCH ?"
        # Texts not indexed yet are tested word by word.
        waiting = " AND ".join("instr(s.text, ?) > 0" for _ in words)
        candidates = (
            f"{found} UNION ALL SELECT p.n FROM search_pending p"
            f" CROSS JOIN search_text s ON s.n = p.n WHERE {waiting}"
        )
        args = (phrase, *words)
        row = db.execute(
            f"SELECT (SELECT count(*) FROM ({found})), (SELECT count(*) FROM ({found})),"
            " count(*), total(unicode(s.text) = 2) FROM search_pending p"
            f" CROSS JOIN search_text s ON s.n = p.n WHERE {waiting}",
            [phrase, f"{phrase} AND text : {_fts_phrase(_INACTIVE_MARK)}", *words],
        ).fetchone()
        matches = int(row[0]) + int(row[2])
        if not tests:
            # The index alone answers: counts without reading a row.
            counts = Counts(total=matches, active=matches - int(row[1]) - int(row[3]))
            if matches <= _SPARSE:
                return _Plan(candidates=candidates, args=args, counts=counts)
            return _Plan(tests=tuple(words), counts=counts)
        tested = "".join(" AND instr(s.text, ?) > 0" for _ in tests)
        source = f"({candidates}) m CROSS JOIN search_text s ON s.n = m.n WHERE 1{tested}"
        if matches <= _SPARSE:
            rows = db.execute(
                f"SELECT m.n, unicode(s.text) FROM {source}", [*args, *tests]
            ).fetchall()
            return _listed(rows)
        if matches > _NARROWED:  # testing every text costs less than joining these
            source = "search_text s WHERE " + " AND ".join("instr(s.text, ?) > 0" for _ in words)
            args, tests = (), words
        total, active = db.execute(
            f"SELECT count(*), total(unicode(s.text) = 1) FROM {source}", [*args, *tests]
        ).fetchone()
        return _Plan(tests=tuple(words), counts=Counts(total=int(total), active=int(active)))

    @staticmethod
    def _scan_plan(db: sqlite3.Connection, words: list[str]) -> _Plan:
        """Without an index (or one still catching up): one scan, stopped early when matches
        are plenty (then walking the list in order finds a window at once)."""
        where = " AND ".join("instr(text, ?) > 0" for _ in words)
        found = db.execute(
            f"SELECT n, unicode(text) FROM search_text WHERE {where} LIMIT ?",
            [*words, _SPARSE + 1],
        ).fetchall()
        if len(found) <= _SPARSE:
            return _listed(found)
        return _Plan(tests=tuple(words))
