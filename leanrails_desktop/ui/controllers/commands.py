"""The window's commands: what each action does, and when it is enabled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from leanrails_desktop.core.bulk.history import undo_label
from leanrails_desktop.core.links.editing import EditorState
from leanrails_desktop.ui.controllers.bulk import BulkChangeController
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.controllers.editor import EditorController
from leanrails_desktop.ui.controllers.exports import ExportController
from leanrails_desktop.ui.controllers.history import HistoryController
from leanrails_desktop.ui.controllers.imports import ImportController
from leanrails_desktop.ui.controllers.link_actions import LinkActionsController
from leanrails_desktop.ui.controllers.list import ListController
from leanrails_desktop.ui.controllers.share import ShareController
from leanrails_desktop.ui.views.actions import WindowActions
from leanrails_desktop.ui.views.list_pane import ListPane
from leanrails_desktop.ui.views.preview_pane import PreviewPane


class CommandsController(QObject):
    """Connects each action to the controller that carries it out, and keeps them enabled
    only when they can act."""

    def __init__(
        self,
        context: AppContext,
        actions: WindowActions,
        *,
        list_pane: ListPane,
        preview: PreviewPane,
        links: ListController,
        editor: EditorController,
        link_actions: LinkActionsController,
        share: ShareController,
        exports: Callable[[], ExportController],
        imports: ImportController,
        bulk: BulkChangeController,
        history: HistoryController,
    ) -> None:
        super().__init__(context)
        self._context = context
        self._actions = actions
        self._list = list_pane
        self._editor = editor
        self._link_actions = link_actions
        self._bulk = bulk
        self._history = history

        connections: list[tuple[QAction, Callable[[], object]]] = [
            (actions.new_action, editor.new_link),
            (actions.save_action, editor.save),
            (actions.refresh_action, links.refresh),
            (actions.duplicate_action, editor.duplicate),
            (actions.copy_link_action, lambda: share.copy_links(link_actions.target_links())),
            (actions.copy_qr_action, lambda: share.copy_qr(link_actions.target_link())),
            (actions.open_action, lambda: share.open_in_browser(link_actions.target_link())),
            (actions.share_action, lambda: share.share(link_actions.target_link())),
            (actions.save_qr_action, self._save_qr(exports)),
            (actions.activate_action, lambda: link_actions.set_selected_active(True)),
            (actions.deactivate_action, lambda: link_actions.set_selected_active(False)),
            (actions.export_csv_action, lambda: exports().export_csv()),
            (actions.bulk_qr_action, lambda: exports().bulk_qr()),
            (actions.import_action, imports.import_links),
            (actions.change_links_action, bulk.change_selected),
            (actions.undo_action, self.undo),
            (actions.history_action, lambda: history.show_history(link_actions.target_link())),
        ]
        for action, slot in connections:
            action.triggered.connect(lambda _checked=False, run=slot: run())
        preview.copy_link_requested.connect(actions.copy_link_action.trigger)
        preview.copy_qr_requested.connect(actions.copy_qr_action.trigger)
        preview.save_qr_requested.connect(actions.save_qr_action.trigger)
        preview.share_requested.connect(actions.share_action.trigger)

        list_pane.table.selectionModel().selectionChanged.connect(self.update)
        editor.state_changed.connect(self.update)
        context.session_changed.connect(self.update)
        bulk.undo_changed.connect(self.update)
        history.undo_changed.connect(self.update)
        self.update()

    def _save_is_last(self) -> bool:
        """Whether Undo puts back the last single save (rather than the last bulk change):
        whichever of the two was made later."""
        if self._history.undoable_save is None:
            return False
        return not self._bulk.undoable or self._history.undo_stamp > self._bulk.undo_stamp

    def undo(self) -> None:
        """Edit → Undo: the last single save or bulk change, whichever came last."""
        if self._save_is_last():
            self._history.undo_save()
        else:
            self._bulk.undo()

    def _save_qr(self, exports: Callable[[], ExportController]) -> Callable[[], None]:
        def save() -> None:
            link = self._link_actions.target_link()
            if link is not None:
                exports().save_qr(link)

        return save

    def update(self, *_args: object) -> None:
        """Enable each action when it can act."""
        actions = self._actions
        has_session = self._context.session is not None
        state = self._editor.editor.state
        target = self._link_actions.target_link()
        pool = self._link_actions.target_links()
        actions.new_action.setEnabled(has_session)
        actions.save_action.setEnabled(has_session and state != EditorState.EMPTY)
        actions.refresh_action.setEnabled(has_session)
        for action in (
            actions.copy_link_action,
            actions.copy_qr_action,
            actions.save_qr_action,
            actions.open_action,
            actions.share_action,
        ):
            action.setEnabled(target is not None)
        actions.duplicate_action.setEnabled(state == EditorState.EDITING)
        actions.export_csv_action.setEnabled(has_session)
        actions.bulk_qr_action.setEnabled(has_session)
        actions.import_action.setEnabled(has_session)
        actions.change_links_action.setEnabled(
            has_session and len(self._list.selected_rows()) >= 2
        )
        save = self._history.undoable_save if self._save_is_last() else None
        label = undo_label(save, 0 if save else len(self._bulk.undoable))
        # "&" in a title would otherwise mark a shortcut letter.
        actions.undo_action.setText("&" + label.replace("&", "&&"))
        actions.undo_action.setEnabled(
            has_session
            and (save is not None or bool(self._bulk.undoable))
            and not self._history.undoing
        )
        actions.history_action.setEnabled(has_session and target is not None)
        actions.activate_action.setEnabled(has_session and any(not lnk.active for lnk in pool))
        actions.deactivate_action.setEnabled(has_session and any(lnk.active for lnk in pool))
