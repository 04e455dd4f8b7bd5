"""The Qt table model behind the list pane.

It holds every link fetched so far once (``_links``) and a list of the row numbers that pass
the search box and sort order (``_visible``). Searching and sorting rebuild that small list
of integers in one Python pass instead of asking a proxy model about every row, which keeps
a keystroke over 10,000 links within a frame. Paging is lazy: the view asks
``canFetchMore``/``fetchMore`` as it scrolls near the end, and the model asks its
``page_loader`` for the next page.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from leanrails_desktop.core.api.objects import CheckoutLink, Page
from leanrails_desktop.core.links.listing import (
    AMOUNT,
    COLUMNS,
    CREATED,
    ID,
    STATUS,
    TITLE,
    amount_text,
    created_text,
    haystack,
    matching_rows,
    sort_key,
)
from leanrails_desktop.ui.text import plain_tooltip

LinkRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

# Callback: (cursor, on_page, on_error) → starts a background fetch of the next page.
PageLoader = Callable[
    [str | None, Callable[[Page[CheckoutLink]], None], Callable[[Exception], None]], None
]

AnyIndex = QModelIndex | QPersistentModelIndex

PUBLISH_INTERVAL = 0.25
"""Seconds between two row insertions the views hear of while pages stream in. Every
insertion lays out and repaints the table (about 5 ms), so a burst of pages is shown four
times a second instead of once per page (a 10,000-link load: 100 repaints become 2); a page
arriving after a quiet spell, and the last page, are shown at once. The first page alone
fills the screen, so what waits is rows below it."""

# The view asks for about ten roles per cell on every paint and size hint; these plain ints
# let ``data`` turn away the roles it never answers before touching the index at all.
_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_ACCESSIBLE_ROLE = int(Qt.ItemDataRole.AccessibleTextRole)
_LINK_ROLE = int(LinkRole)
_ANSWERED_ROLES = frozenset(
    {_DISPLAY_ROLE, _TOOLTIP_ROLE, _ALIGNMENT_ROLE, _ACCESSIBLE_ROLE, _LINK_ROLE}
)
_AMOUNT_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class LinksModel(QAbstractTableModel):
    """Links of one account and one server-side filter, fetched page by page."""

    loading_changed = Signal(bool)
    load_failed = Signal(str, object)
    page_loaded = Signal(int)
    totals_wanted = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._links: list[CheckoutLink] = []
        self._haystacks: list[str] = []
        self._row_of: dict[str, int] = {}
        self._visible: list[int] = []
        self._totals: dict[str, int | None] = {}
        self._totals_requested: set[str] = set()
        self._wanted: list[str] = []
        self._needle = ""
        self._sort_column = CREATED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._cursor: str | None = None
        self._has_more = False
        self._loading = False
        self._loader: PageLoader | None = None
        self._generation = 0
        self._stale = False
        self._paused = False
        # The page after the last one shown is fetched ahead, so scrolling finds it ready.
        self._ahead: Page[CheckoutLink] | None = None
        self._fetching_ahead = False
        self._deliver_ahead = False
        self.last_error: str | None = None
        # Rows received but not yet announced to the views (see PUBLISH_INTERVAL).
        self._pending: list[int] = []
        self._last_publish = -PUBLISH_INTERVAL
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.timeout.connect(self._publish)

    # ------------------------------------------------------------------ loading

    def reset(
        self, loader: PageLoader | None, links: Iterable[CheckoutLink] = (), *, stale: bool = False
    ) -> None:
        """Start over with a new loader (account or filter changed); ``links`` pre-fill it.

        ``stale`` links (from the local cache) are shown until the first fresh page arrives,
        which then replaces them all.
        """
        self.beginResetModel()
        self._stale = stale and loader is not None
        self._generation += 1
        self._loader = loader
        self._links = []
        self._haystacks = []
        self._row_of = {}
        self._totals_requested = set()
        self._wanted = []
        self._cursor = None
        self._has_more = loader is not None
        self._paused = False
        self._ahead = None
        self._fetching_ahead = False
        self._deliver_ahead = False
        self._set_loading(False)
        self.last_error = None
        self._append(links)
        self._rebuild_visible()
        self.endResetModel()

    @property
    def generation(self) -> int:
        """Changes with every :meth:`reset`: a result for an older list can tell."""
        return self._generation

    def prefill(self, links: Iterable[CheckoutLink], totals: dict[str, int | None]) -> bool:
        """Show ``links`` (a kept copy) until the first fresh page replaces them; only while
        nothing fresh has arrived. True if they are shown."""
        if self._links or self._loader is None or not self._has_more or self._cursor:
            return False
        self.beginResetModel()
        self._stale = True
        self._totals.update(totals)
        self._append(links)
        self._rebuild_visible()
        self.endResetModel()
        return True

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading and not self._paused

    def retry(self) -> None:
        """Ask for the next page again after a failure."""
        self._paused = False
        self.fetchMore()

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._has_more or self._loading or self._loader is None:
            return
        self._paused = False
        self.last_error = None
        if self._ahead is not None:  # fetched ahead: show it at once
            page, self._ahead = self._ahead, None
            self._receive(page)
            return
        self._set_loading(True)
        if self._fetching_ahead:  # on its way: show it when it lands
            self._deliver_ahead = True
            return
        generation = self._generation

        def on_page(page: Page[CheckoutLink]) -> None:
            if generation == self._generation:
                self._receive(page)

        def on_error(exc: Exception) -> None:
            if generation == self._generation:
                self._failed(exc)

        self._loader(self._cursor, on_page, on_error)

    def _failed(self, exc: Exception) -> None:
        # Stop automatic paging until someone asks again (retry / refresh), so a dead
        # server is not asked over and over as the view wants more rows.
        self._paused = True
        self.last_error = str(exc)
        self._set_loading(False)
        self.load_failed.emit(str(exc), exc)

    def _fetch_ahead(self) -> None:
        if not self._has_more or self._paused or self._loader is None or self._fetching_ahead:
            return
        generation = self._generation
        self._fetching_ahead = True

        def on_page(page: Page[CheckoutLink]) -> None:
            if generation != self._generation:
                return
            self._fetching_ahead = False
            if self._deliver_ahead:
                self._deliver_ahead = False
                self._receive(page)
            else:
                self._ahead = page

        def on_error(exc: Exception) -> None:
            if generation != self._generation:
                return
            self._fetching_ahead = False
            if self._deliver_ahead:  # someone is waiting for it: report the failure
                self._deliver_ahead = False
                self._failed(exc)
            # Otherwise stay quiet: the next fetchMore asks again and reports any failure.

        self._loader(self._cursor, on_page, on_error)

    def _receive(self, page: Page[CheckoutLink]) -> None:
        self._cursor = page.next_cursor
        self._has_more = page.has_more
        if self._stale:
            self._stale = False
            self.beginResetModel()
            self._links, self._haystacks, self._row_of = [], [], {}
            self._totals_requested = set()
            self._append(page.data)
            self._rebuild_visible()
            self.endResetModel()
            self._set_loading(False)
            self._fetch_ahead()
            self.page_loaded.emit(len(page.data))
            return
        fresh = [link for link in page.data if link.id not in self._row_of]
        if fresh:
            if (
                self._needle
                or self._sort_column != CREATED
                or (self._sort_order != Qt.SortOrder.DescendingOrder)
            ):
                self.layoutAboutToBeChanged.emit()
                self._append(fresh)
                old = self._visible
                self._rebuild_visible()
                self._remap_persistent(old)
                self.layoutChanged.emit()
            else:
                start = len(self._links)
                self._append(fresh)
                self._pending.extend(range(start, len(self._links)))
                self._publish_soon()
        self._set_loading(False)
        self._fetch_ahead()
        self.page_loaded.emit(len(fresh))

    def _publish_soon(self) -> None:
        wait = self._last_publish + PUBLISH_INTERVAL - time.monotonic()
        # The first rows of a list, and the last, never wait.
        if wait <= 0 or not self._visible or not self._has_more:
            self._publish()
        elif not self._publish_timer.isActive():
            self._publish_timer.start(max(1, round(wait * 1000)))

    def _publish(self) -> None:
        """Announce the rows received since the last announcement, in one insertion."""
        self._publish_timer.stop()
        self._last_publish = time.monotonic()
        pending, self._pending = self._pending, []
        if not pending:
            return
        first = len(self._visible)
        self.beginInsertRows(QModelIndex(), first, first + len(pending) - 1)
        self._visible.extend(pending)
        self.endInsertRows()

    @property
    def unpublished_count(self) -> int:
        """Rows received that the views have not been told of yet (at most 0.25 s old)."""
        return len(self._pending)

    def _append(self, links: Iterable[CheckoutLink]) -> None:
        for link in links:
            if link.id in self._row_of:
                continue
            self._row_of[link.id] = len(self._links)
            self._links.append(link)
            self._haystacks.append(haystack(link))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def stale(self) -> bool:
        """True while the rows come from the local cache, not yet refreshed."""
        return self._stale

    def totals(self) -> dict[str, int | None]:
        return dict(self._totals)

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def loaded_count(self) -> int:
        return len(self._links)

    def all_links(self) -> list[CheckoutLink]:
        return list(self._links)

    def visible_links(self) -> list[CheckoutLink]:
        return [self._links[i] for i in self._visible]

    # ------------------------------------------------------------------ edits

    def upsert(self, link: CheckoutLink, *, total: int | None = None) -> int:
        """Insert a new link at the top, or replace the saved one; returns its visible row."""
        if total is not None:
            self._totals[link.id] = total
        row = self._row_of.get(link.id)
        if row is None:
            self.beginResetModel()
            self._links.insert(0, link)
            self._haystacks.insert(0, haystack(link))
            self._row_of = {lnk.id: i for i, lnk in enumerate(self._links)}
            self._rebuild_visible()
            self.endResetModel()
        else:
            self._links[row] = link
            self._haystacks[row] = haystack(link)
            try:
                visible_row = self._visible.index(row)
            except ValueError:
                return -1
            self.dataChanged.emit(
                self.index(visible_row, 0), self.index(visible_row, len(COLUMNS) - 1)
            )
        return self.row_of(link.id)

    def set_totals(self, totals: dict[str, int | None]) -> None:
        """Record line-item totals fetched in the background and repaint their rows."""
        self._totals.update(totals)
        rows = [self._visible_row(link_id) for link_id in totals]
        rows = [r for r in rows if r >= 0]
        if rows:
            self.dataChanged.emit(self.index(min(rows), AMOUNT), self.index(max(rows), AMOUNT))

    def forget_total_request(self, link_ids: Iterable[str]) -> None:
        self._totals_requested.difference_update(link_ids)

    def total_of(self, link_id: str) -> int | None:
        return self._totals.get(link_id)

    def row_of(self, link_id: str) -> int:
        return self._visible_row(link_id)

    def _visible_row(self, link_id: str) -> int:
        row = self._row_of.get(link_id)
        if row is None:
            return -1
        try:
            return self._visible.index(row)
        except ValueError:
            return -1

    def link_at(self, row: int) -> CheckoutLink | None:
        if 0 <= row < len(self._visible):
            return self._links[self._visible[row]]
        return None

    # ------------------------------------------------------------------ search & sort

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._visible
        self._needle = needle
        self._rebuild_visible()
        self._remap_persistent(old)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self._visible
        self._sort_column = column
        self._sort_order = order
        self._rebuild_visible()
        self._remap_persistent(old)
        self.layoutChanged.emit()

    def _rebuild_visible(self) -> None:
        rows = matching_rows(self._needle, self._haystacks)
        # Every received row is in the rebuilt list, so none is waiting to be announced.
        self._pending = []
        self._publish_timer.stop()
        key = sort_key(self._sort_column, self._links, self._totals)
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        if key is not None:
            rows.sort(key=key, reverse=reverse)
        elif not reverse:  # list order is already newest first
            rows.reverse()
        self._visible = rows

    def _remap_persistent(self, old_visible: list[int]) -> None:
        persistent = self.persistentIndexList()
        if not persistent:
            return
        position = {source: row for row, source in enumerate(self._visible)}
        new_indexes = []
        for index in persistent:
            source = old_visible[index.row()] if 0 <= index.row() < len(old_visible) else None
            row = position.get(source, -1) if source is not None else -1
            new_indexes.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        visible = self._visible
        if not 0 <= row < len(visible):
            return None
        link = self._links[visible[row]]
        column = index.column()
        if role in (_DISPLAY_ROLE, _ACCESSIBLE_ROLE):
            return self._display(link, column)
        if role == _LINK_ROLE:
            return link
        if role == _TOOLTIP_ROLE:
            if column == TITLE:
                return plain_tooltip(link.title)
            if column == STATUS and not link.active and link.inactive_message:
                return plain_tooltip(f"Inactive: {link.inactive_message}")
            if column == ID:
                return plain_tooltip(link.url)
            return None
        if column == AMOUNT:  # the alignment role
            return _AMOUNT_ALIGNMENT
        return None

    def _display(self, link: CheckoutLink, column: int) -> str:
        if column == TITLE:
            return link.title
        if column == STATUS:
            return "Active" if link.active else "Inactive"
        if column == AMOUNT:
            totals = self._totals
            if link.id in totals:
                total = totals[link.id]
                return "—" if total is None else amount_text(total, link.currency)
            if link.id not in self._totals_requested:
                self._want_total(link.id)
            return "…"
        if column == CREATED:
            return created_text(link.created)
        if column == ID:
            return link.id
        return ""

    def _want_total(self, link_id: str) -> None:
        # One signal per event-loop pass for every total asked for in it (a first paint or
        # a size hint asks for many rows at once), instead of one per cell.
        self._totals_requested.add(link_id)
        if not self._wanted:
            QTimer.singleShot(0, self, self._emit_wanted)
        self._wanted.append(link_id)

    def _emit_wanted(self) -> None:
        wanted, self._wanted = self._wanted, []
        if wanted:
            self.totals_wanted.emit(wanted)

    # flags() is deliberately not overridden: QAbstractTableModel's own answer (enabled,
    # selectable, no children) is what the list wants, and leaving it in C++ spares every
    # paint about a thousand calls into Python.
