"""The main window with its controllers: the layout from :mod:`ui.views.main_window`, the
shared :class:`AppContext`, and each controller given the views it drives.

This is where the pieces meet; nothing is decided here. The few properties below are the
window's public face for the app's start-up, the self-check, tests and benchmarks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.store import LocalStore
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.controllers.bulk import BulkChangeController
from leanrails_desktop.ui.controllers.commands import CommandsController
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.controllers.drafts import DraftsController
from leanrails_desktop.ui.controllers.editor import EditorController
from leanrails_desktop.ui.controllers.exports import ExportController
from leanrails_desktop.ui.controllers.history import HistoryController
from leanrails_desktop.ui.controllers.imports import ImportController
from leanrails_desktop.ui.controllers.line_items import LineItemsController
from leanrails_desktop.ui.controllers.link_actions import LinkActionsController
from leanrails_desktop.ui.controllers.list import ListController
from leanrails_desktop.ui.controllers.share import ShareController
from leanrails_desktop.ui.controllers.sync import SyncController
from leanrails_desktop.ui.views.dialogs.prompts import Prompts
from leanrails_desktop.ui.views.main_window import MainWindow


class AppWindow(MainWindow):
    """The main window, wired to its controllers."""

    def __init__(
        self,
        settings: QSettings,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        mirror_folder: Path | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.runner = runner or TaskRunner(parent=self)
        self.context = AppContext(
            settings, self.runner, Prompts(self), self.status, dialog_parent=self, parent=self
        )
        # Created in the order they should hear of a new session.
        self.sync = SyncController(self.context, self.model, self.status, mirror_folder)
        self.line_items = LineItemsController(self.context, lambda: self.sync.mirror)
        self.editor_control = EditorController(
            self.context, self.editor, self.preview, self.list_pane, self.status, self.line_items
        )
        self.links = ListController(self.context, self.model, self.list_pane, self.sync)
        self.drafts = DraftsController(self.context, self.editor_control, self.editor)
        self.share = ShareController(
            self.context, self.preview, save_qr=lambda link: self.exports.save_qr(link)
        )
        self.link_actions = LinkActionsController(
            self.context, self.list_pane, self.editor_control, self.status
        )
        self._exports: ExportController | None = None
        self.imports = ImportController(self.context)
        self.bulk = BulkChangeController(self.context, self.list_pane)
        self.history = HistoryController(self.context, self.editor_control)
        self.commands_control = CommandsController(
            self.context,
            self.commands,
            list_pane=self.list_pane,
            preview=self.preview,
            links=self.links,
            editor=self.editor_control,
            link_actions=self.link_actions,
            share=self.share,
            exports=lambda: self.exports,
            imports=self.imports,
            bulk=self.bulk,
            history=self.history,
        )
        self.editor_control.current_link_changed.connect(self.share.show)
        self.editor_control.link_saved.connect(self._upsert)
        self.link_actions.links_updated.connect(self._links_updated)
        self.bulk.links_updated.connect(self._links_updated)
        self.history.links_updated.connect(self._links_updated)
        self.imports.imported.connect(lambda _count: self.links.refresh())
        self.imports.print_requested.connect(lambda ids: self.exports.bulk_qr(ids))
        self.context.session_changed.connect(self._session_changed)
        self.commands.find_action.triggered.connect(self.focus_search)
        self.commands.quit_action.triggered.connect(self.close)
        self.commands.about_action.triggered.connect(self.show_about)

    # ------------------------------------------------------------------ wiring

    def _session_changed(self, session: ApiSession | None) -> None:
        if session is None:
            self.show_account(None, None)
        else:
            self.show_panes()
            self.show_account(session.account_name, session.livemode)

    def _upsert(self, link: CheckoutLink) -> None:
        self.model.upsert(link)

    def _links_updated(self, links: list[CheckoutLink]) -> None:
        self.model.upsert_many(links)
        self.editor_control.links_updated(links)

    def show_about(self) -> None:
        from leanrails_desktop.ui.views.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ------------------------------------------------------------------ public face

    @property
    def exports(self) -> ExportController:
        """The export commands; built when first used, which keeps the export modules out
        of start-up."""
        if self._exports is None:
            self._exports = ExportController(
                self.context, self.list_pane, self.model, lambda: self.links.filter
            )
        return self._exports

    @property
    def prompts(self) -> Prompts:
        return self.context.prompts

    @prompts.setter
    def prompts(self, prompts: Prompts) -> None:
        self.context.prompts = prompts

    @property
    def session(self) -> ApiSession | None:
        return self.context.session

    def set_session(self, session: ApiSession | None) -> None:
        """Show ``session``'s account; results still on their way for the old one are dropped."""
        self.context.set_session(session)

    @property
    def store(self) -> LocalStore | None:
        return self.context.store

    def set_store(self, store: LocalStore | None) -> None:
        """The local store for drafts and the offline copy of the list."""
        self.context.store = store

    @property
    def account_key(self) -> str:
        return self.context.account_key

    @property
    def offline(self) -> bool:
        return self.context.offline

    def refresh(self) -> None:
        self.links.refresh()

    def is_dirty(self) -> bool:
        return self.editor_control.is_dirty()

    def confirm_leave_edits(self) -> bool:
        return self.editor_control.confirm_leave_edits()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editor_control.confirm_leave_edits():
            event.ignore()
            return
        self.save_layout()
        self.drafts.flush()
        if self.session is not None:
            self.session.close()
        event.accept()
