"""The list pane: filter, search box and the table of links, with empty/loading/error states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.i18n import Context, translate
from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.core.links.listing import AMOUNT, CREATED, ID, STATUS, TITLE
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.core.mirror import Counts
from leanrails_desktop.ui.models.links_model import LinksModel
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views import theme
from leanrails_desktop.ui.views.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from leanrails_desktop.core.api.objects import CheckoutLink


TITLE_MIN_WIDTH = 160
"""Below this the Title column no longer narrows: the table scrolls sideways instead."""


class ListPane(QWidget):
    """Shows a :class:`LinksModel`; emits what the merchant asks for."""

    filter_changed = Signal(object)
    current_link_changed = Signal(object)
    retry_requested = Signal()

    def __init__(self, model: LinksModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ListPane", "Links"))
        self.model = model
        self._context_actions: list[QAction | None] = []
        self._shown_state: tuple[object, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        self.filter = QComboBox()
        for link_filter in LinkFilter:
            label = (
                translate("ListPane", "All links")
                if link_filter is LinkFilter.ALL
                else link_filter.label
            )
            self.filter.addItem(label, link_filter)
        self.filter.setAccessibleName(translate("ListPane", "Show links"))
        guard_wheel(self.filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ListPane", "Search title, id, address, metadata"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ListPane", "Search links"))
        bar.addWidget(self.filter)
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)

        self.stack = QStackedWidget()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(translate("ListPane", "Links table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CREATED, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setTabKeyNavigation(False)
        # Every column is as wide as what it shows; Title takes the rest of the width, and
        # keeps a readable width when there is none to spare (the table then scrolls).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        for column in (STATUS, AMOUNT, CREATED, ID):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # Size columns from the rows on screen only; the default samples 1,000 rows after
        # every change, which costs hundreds of thousands of data() calls on a long list.
        header.setResizeContentsPrecision(0)
        header.setMinimumSectionSize(50)
        self.table.setColumnWidth(TITLE, TITLE_MIN_WIDTH)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sectionResized.connect(self._other_column_resized)
        self.table.viewport().installEventFilter(self)
        self.stack.addWidget(self.table)

        self.message_page = QWidget()
        message_layout = QVBoxLayout(self.message_page)
        message_layout.addStretch(1)
        self.message = plain_label(role=translate("ListPane", "List state"))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message_layout.addWidget(self.message)
        self.retry_button = QPushButton(translate("ListPane", "&Try again"))
        self.retry_button.setAccessibleName(translate("ListPane", "Try loading links again"))
        message_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(2)
        self.stack.addWidget(self.message_page)
        layout.addWidget(self.stack, 1)

        footer_row = QHBoxLayout()
        footer_row.setContentsMargins(6, 0, 6, 4)
        self.footer = plain_label(role=translate("ListPane", "Links in this account"))
        self.footer.setStyleSheet(theme.QUIET_TEXT)
        # Its text changes while a sync runs; a fixed height and no width demand keep that
        # from relaying out the panes.
        self.footer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.select_all_button = QPushButton()
        self.select_all_button.setFlat(True)
        self.select_all_button.setAccessibleDescription(
            translate(
                "ListPane",
                "Select every link the list shows, for copying, exports and switching on or off",
            )
        )
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.select_all_button.hide()
        footer_row.addWidget(self.footer, 1)
        footer_row.addWidget(self.select_all_button)
        layout.addLayout(footer_row)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.filter_changed.emit(self.current_filter())
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.retry_button.clicked.connect(self.retry_requested)
        for signal in (
            model.modelReset,
            model.counts_changed,
            model.loading_changed,
            model.load_failed,
        ):
            signal.connect(self.update_state)
        self.update_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    def _other_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column != TITLE:
            self._fit_title()

    def _fit_title(self) -> None:
        """Title gets the width the other columns leave (never less than a readable width)."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != TITLE and not header.isSectionHidden(column)
        )
        width = max(TITLE_MIN_WIDTH, self.table.viewport().width() - others)
        if header.sectionSize(TITLE) != width:
            header.resizeSection(TITLE, width)

    def current_filter(self) -> LinkFilter:
        """The filter chosen in the combo box."""
        chosen = self.filter.currentData()
        return chosen if isinstance(chosen, LinkFilter) else LinkFilter.ALL

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """Actions for the right-click menu (None draws a separator)."""
        self._context_actions = actions

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        self.update_state()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_link_changed.emit(
            self.model.link_at(current.row()) if current.isValid() else None
        )

    def selected_links(self) -> list[CheckoutLink]:
        """The selected links, whole (read from the mirror)."""
        return self.model.links_at(self.selected_rows())

    def current_link(self) -> CheckoutLink | None:
        index = self.table.currentIndex()
        return self.model.link_at(index.row()) if index.isValid() else None

    def select_link(self, link_id: str) -> None:
        row = self.model.row_of(link_id)
        if row >= 0:
            # Through the selection model: QTableView.selectRow selects nothing in a
            # right-to-left layout.
            flags = QItemSelectionModel.SelectionFlag
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            self.table.scrollTo(index)

    def update_state(self, *_args: object) -> None:
        """Show the table, or a sentence saying why it is empty; the footer counts."""
        model = self.model
        count = model.rowCount()
        account = model.account_counts
        searching = self.search.text().strip()
        # Called for every sync refresh and loading flip: skip the widgets when nothing
        # they show has changed.
        state = (
            count,
            model.loading,
            model.last_error,
            searching,
            account,
            self.filter.currentIndex(),
        )
        if state == self._shown_state:
            return
        self._shown_state = state
        self.retry_button.hide()
        if count:
            self.stack.setCurrentWidget(self.table)
        elif model.loading and not account.total:
            self._show_message(translate("ListPane", "Loading links…"))
        elif model.last_error and not account.total:
            self._show_message(
                translate("ListPane", "The links could not be loaded.\n{last_error}").format(
                    last_error=model.last_error
                )
            )
            self.retry_button.show()
        elif searching and account.total:
            self._show_message(
                translate("ListPane", "No link matches “{searching}”.").format(searching=searching)
            )
        elif not account.total:
            self._show_message(
                translate("ListPane", "No links yet. Press Ctrl+N to create your first one.")
            )
        else:
            self._show_message(
                translate("ListPane", "No active links.")
                if self.current_filter() is LinkFilter.ACTIVE
                else translate("ListPane", "No inactive links.")
            )
        self.footer.setText(footer_text(count, account, searching=bool(searching)))
        self.select_all_button.setVisible(count > 1)
        self.select_all_button.setText(
            translate("ListPane", "Select all {count} matching").format(count=format_count(count))
            if searching
            else translate("ListPane", "Select all {count}").format(count=format_count(count))
        )

    def selected_rows(self) -> list[int]:
        """The selected rows, read from the selection's ranges (a whole list of 100,000
        selected is one range)."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for number in range(selection.count()):
            selected = selection.at(number)
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message_page)


ListFooter = Context("ListFooter")


def footer_text(shown: int, account: Counts, *, searching: bool) -> str:
    """ "10,000 links · 7,412 active", or while searching "37 match · 10,000 links"."""
    if not account.total:
        return ""
    if searching:
        text = ListFooter.tr("{shown} match · {total} link(s)", "", account.total)
    else:
        text = ListFooter.tr("{total} link(s) · {active} active", "", account.total)
    return text.format(
        shown=format_count(shown),
        total=format_count(account.total),
        active=format_count(account.active),
    )
