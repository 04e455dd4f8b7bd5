"""The Qt table model behind the list pane: a window onto the account's mirror.

Every link of the account is in the mirror (:mod:`leanrails_desktop.core.mirror`); the model
holds no link objects, only the number of rows the current query has and a few blocks of
narrow rows read as the view scrolls. Filter, search and sort are the mirror's query, so
they cover the whole account. When the mirror changes (a sync page, a save), :meth:`refresh`
keeps the selection on the same links even when they moved.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.core.links.listing import (
    AMOUNT,
    COLUMNS,
    CREATED,
    ID,
    STATUS,
    TITLE,
    amount_text,
    created_text,
)
from leanrails_desktop.core.mirror import (
    Counts,
    Mirror,
    MirrorError,
    MirrorQuery,
    MirrorRow,
    SortKey,
)
from leanrails_desktop.ui.text import plain_tooltip

_log = logging.getLogger("leanrails_desktop.ui")

AnyIndex = QModelIndex | QPersistentModelIndex

BLOCK = 200
"""Rows read from the mirror at a time: about a screen and a half."""
FOLLOWED_ROWS = 10_000
"""How far down the list a selected link is followed when the list changes."""
KEPT_BLOCKS = 32
"""Blocks kept in memory (6,400 rows), the least recently shown dropped first."""

SORT_KEYS = {
    TITLE: SortKey.TITLE,
    STATUS: SortKey.ACTIVE,
    AMOUNT: SortKey.AMOUNT,
    CREATED: SortKey.CREATED,
    ID: SortKey.ID,
}

_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE_ROLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_ANSWERED_ROLES = frozenset({_DISPLAY_ROLE, _TOOLTIP_ROLE, _ALIGNMENT_ROLE, _ACCESSIBLE_ROLE})
_AMOUNT_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NO_COUNTS = Counts(total=0, active=0)


class LinksModel(QAbstractTableModel):
    """The links of one account that match the filter and search, in the chosen order."""

    loading_changed = Signal(bool)
    """A sync pass started (True) or ended (False)."""
    load_failed = Signal(str, object)
    """A sync pass stopped short: the sentence and the exception."""
    counts_changed = Signal()
    """The account's or the search's counts changed (the footer follows)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mirror: Mirror | None = None
        self._query = MirrorQuery()
        self._count = 0
        self._blocks: OrderedDict[int, list[MirrorRow]] = OrderedDict()
        self._account = _NO_COUNTS
        self._matching = _NO_COUNTS
        self._loading = False
        self.last_error: str | None = None

    # ------------------------------------------------------------------ what is shown

    @property
    def mirror(self) -> Mirror | None:
        return self._mirror

    @property
    def query(self) -> MirrorQuery:
        """The filter, search and sort in use (for "all N matching" and exports)."""
        return self._query

    def set_mirror(self, mirror: Mirror | None) -> None:
        """Show another account's mirror (None: nothing)."""
        self.beginResetModel()
        self._mirror = mirror
        self._blocks.clear()
        self.last_error = None
        self._count = self._read_counts()
        self.endResetModel()
        self.counts_changed.emit()

    def set_filter(self, link_filter: LinkFilter) -> None:
        self._requery(replace(self._query, active=link_filter.active))

    def set_search(self, text: str) -> None:
        """Show the links matching ``text`` (every word, anywhere in the link)."""
        search = " ".join(text.split())
        if search != self._query.search:
            self._requery(replace(self._query, search=search))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column, SortKey.CREATED)
        descending = order == Qt.SortOrder.DescendingOrder
        self._requery(replace(self._query, sort=key, descending=descending))

    def _requery(self, query: MirrorQuery) -> None:
        self._query = query
        # The mirror is as it was: the account's counts stand, and a selected link is
        # looked for among the rows the view is about to show anyway.
        self.refresh(mirror_changed=False)

    def refresh(self, *, mirror_changed: bool = True) -> None:
        """Read the counts again and show the mirror as it is now; selected and current
        rows stay on their links (or are dropped if a link left the list)."""
        old_count = self._count
        new_count = self._read_counts(account=mirror_changed)
        if new_count > old_count:  # rows at the end first, so every new row can be pointed at
            self.beginInsertRows(QModelIndex(), old_count, new_count - 1)
            self._count = new_count
            self.endInsertRows()
        if not self.persistentIndexList() and mirror_changed:
            # Nothing selected to follow (a sync writing pages while nobody touches the
            # list): the rows on screen are repainted, without laying the table out again.
            self._blocks.clear()
            self._shrink_to(new_count, old_count)
            if self._count:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1)
                )
            self.counts_changed.emit()
            return
        # The views turn their selection and current row into persistent indexes when told
        # the layout is about to change; they are read (by the rows kept so far) only then.
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._kept_id(index.row()) for index in persistent]
        self._blocks.clear()
        within = FOLLOWED_ROWS if mirror_changed else BLOCK
        rows = self._rows_of([link_id for link_id in held if link_id], within=within)
        if persistent:
            moved = [
                self.index(rows[link_id], index.column())
                if link_id in rows and rows[link_id] < max(new_count, old_count)
                else QModelIndex()
                for index, link_id in zip(persistent, held, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        self._shrink_to(new_count, old_count)
        self.counts_changed.emit()

    def _shrink_to(self, new_count: int, old_count: int) -> None:
        if new_count < old_count:
            self.beginRemoveRows(QModelIndex(), new_count, old_count - 1)
            self._count = new_count
            self.endRemoveRows()

    def _kept_id(self, row: int) -> str | None:
        """The id shown at ``row`` as last read (no new read: the mirror may have moved)."""
        block = self._blocks.get(row // BLOCK)
        if block is None:
            return None
        offset = row - (row // BLOCK) * BLOCK
        return block[offset].id if offset < len(block) else None

    def _read_counts(self, *, account: bool = True) -> int:
        mirror = self._mirror
        if mirror is None:
            self._account = self._matching = _NO_COUNTS
            return 0
        try:
            if account:
                self._account = mirror.counts()
            search = self._query.search
            self._matching = mirror.counts(search) if search else self._account
        except MirrorError as exc:
            _log.warning("The mirror could not be counted: %s", exc)
            return 0
        active = self._query.active
        if active is None:
            return self._matching.total
        return self._matching.active if active else self._matching.inactive

    def _rows_of(self, link_ids: list[str], within: int = FOLLOWED_ROWS) -> dict[str, int]:
        """Where ``link_ids`` are among the first ``within`` rows of the list now. When the
        list changes, links further down are not looked for: reading every id of a
        100,000-link list costs more than a keystroke may (a selection that far down is
        let go)."""
        mirror = self._mirror
        if mirror is None or not link_ids:
            return {}
        wanted = set(link_ids)
        found: dict[str, int] = {}
        offset, step = 0, 500
        try:
            while len(found) < len(wanted) and offset < within:
                ids = mirror.ids(self._query, offset, step)
                found.update((i, offset + n) for n, i in enumerate(ids) if i in wanted)
                if len(ids) < step:
                    break
                offset += step
                step = min(step * 4, within - offset)
        except MirrorError as exc:
            _log.warning("The mirror could not be read: %s", exc)
        return found

    # ------------------------------------------------------------------ rows

    def _row(self, row: int) -> MirrorRow | None:
        if not 0 <= row < self._count or self._mirror is None:
            return None
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            try:
                block = self._mirror.window(self._query, number * BLOCK, BLOCK)
            except MirrorError as exc:
                _log.warning("The mirror could not be read: %s", exc)
                return None
            self._blocks[number] = block
            while len(self._blocks) > KEPT_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        offset = row - number * BLOCK
        return block[offset] if offset < len(block) else None

    def _id_at(self, row: int) -> str | None:
        found = self._row(row)
        return found.id if found is not None else None

    def link_at(self, row: int) -> CheckoutLink | None:
        """The whole link shown at ``row`` (with its line items when known)."""
        link_id = self._id_at(row)
        if link_id is None or self._mirror is None:
            return None
        try:
            return self._mirror.link(link_id)
        except MirrorError as exc:
            _log.warning("The mirror could not be read: %s", exc)
            return None

    def ids_at(self, rows: list[int]) -> list[str]:
        """The ids of the links shown at ``rows``, in that order."""
        if len(rows) > 2 * BLOCK and rows == list(range(rows[0], rows[-1] + 1)):
            # A long run (a whole list selected): one read instead of a block per screen.
            if self._mirror is None:
                return []
            return self._mirror.ids(self._query, rows[0], len(rows))
        return [link_id for link_id in (self._id_at(row) for row in rows) if link_id]

    def links_at(self, rows: list[int]) -> list[CheckoutLink]:
        """The links shown at ``rows``, in that order."""
        ids = self.ids_at(rows)
        if not ids or self._mirror is None:
            return []
        return self._mirror.links(ids)

    def row_of(self, link_id: str) -> int:
        """Where ``link_id`` is in the list, or -1."""
        for number, block in self._blocks.items():
            for offset, shown in enumerate(block):
                if shown.id == link_id:
                    return number * BLOCK + offset
        found = self._rows_of([link_id], within=self._count).get(link_id, -1)
        return found if found < self._count else -1  # written, but not shown yet

    def total_of(self, link_id: str) -> int | None:
        """The link's line-item total, None until its line items are known."""
        row = self.row_of(link_id)
        found = self._row(row) if row >= 0 else None
        return found.amount_total if found is not None else None

    def all_links(self) -> list[CheckoutLink]:
        """Every link the list shows (filter and search applied), in its order."""
        if self._mirror is None:
            return []
        return self._mirror.links(self._mirror.ids(self._query))

    # ------------------------------------------------------------------ counts and state

    @property
    def account_counts(self) -> Counts:
        """How many links the account has, and how many are active."""
        return self._account

    @property
    def matching_counts(self) -> Counts:
        """How many links match the search (the filter aside)."""
        return self._matching

    @property
    def loaded_count(self) -> int:
        """How many links the account has on this computer."""
        return self._account.total

    @property
    def loading(self) -> bool:
        """True while a sync pass runs."""
        return self._loading

    def set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            if loading:
                self.last_error = None
            self.loading_changed.emit(loading)

    def upsert(self, link: CheckoutLink) -> int:
        """Keep ``link`` as LeanRails just answered it (a create or an update) and show it;
        returns its row, or -1 if the filter or search hides it."""
        self.upsert_many([link])
        return self.row_of(link.id) if self._mirror is not None else -1

    def upsert_many(self, links: list[CheckoutLink]) -> None:
        """Keep ``links`` as LeanRails just answered them, in one write and one refresh
        (switching 400 links off is one change to the list, not 400)."""
        if self._mirror is None or not links:
            return
        try:
            self._mirror.put_links([link.to_dict() for link in links])
        except MirrorError as exc:
            _log.warning("The saved links could not be kept: %s", exc)
        self.refresh()

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return translate("Listing", COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role in (_DISPLAY_ROLE, _ACCESSIBLE_ROLE):
            text = _display(row, column)
            if role == _DISPLAY_ROLE and column in _LEFT_TO_RIGHT and _mirrored():
                # An amount, a date or an id reads left to right inside a mirrored row.
                return f"\u2066{text}\u2069"
            return text
        if role == _TOOLTIP_ROLE:
            if column == TITLE:
                return plain_tooltip(row.title)
            if column == ID:
                return plain_tooltip(row.url)
            return None
        if column == AMOUNT:  # the alignment role
            return _AMOUNT_ALIGNMENT
        return None


_LEFT_TO_RIGHT = frozenset({AMOUNT, CREATED, ID})


def _mirrored() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _display(row: MirrorRow, column: int) -> str:
    if column == TITLE:
        return row.title
    if column == STATUS:
        return (
            translate("LinksModel", "Active") if row.active else translate("LinksModel", "Inactive")
        )
    if column == AMOUNT:
        return "…" if row.amount_total is None else amount_text(row.amount_total, row.currency)
    if column == CREATED:
        return created_text(row.created)
    if column == ID:
        return row.id
    return ""
