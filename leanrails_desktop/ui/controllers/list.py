"""The list of links: which filter, what the search finds, the footer's counts, and asking
for the list to be brought up to date (a sync pass)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.controllers.sync import SyncController
from leanrails_desktop.ui.models.links_model import LinksModel
from leanrails_desktop.ui.views.list_pane import ListPane


class ListController(QObject):
    """Decides what the list pane shows; the rows come from the account's mirror."""

    def __init__(
        self, context: AppContext, model: LinksModel, pane: ListPane, sync: SyncController
    ) -> None:
        super().__init__(context)
        self._context = context
        self.model = model
        self._pane = pane
        self._sync = sync
        self.filter = LinkFilter.ALL
        pane.filter_changed.connect(self._filter_changed)
        pane.retry_requested.connect(self.refresh)

    def refresh(self) -> None:
        """Bring the list up to date with LeanRails (a sync pass), keeping the editor."""
        self._sync.sync_now()

    def _filter_changed(self, link_filter: LinkFilter) -> None:
        self.filter = link_filter
        self.model.set_filter(link_filter)
