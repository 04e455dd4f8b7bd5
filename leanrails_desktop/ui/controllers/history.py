"""Link → History… (the changes made to a link from this computer) and undoing the last
single save in the editor.

Saves, bulk changes and status switches write their history themselves, on the worker that
sent them (:mod:`core.bulk.history`); this shows it, and keeps the last save so Edit → Undo
can put it back — after checking that LeanRails still has what the save left.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, Signal

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.bulk import history
from leanrails_desktop.core.bulk.history import SavedEdit, SaveUndo
from leanrails_desktop.core.store import StoreError
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.controllers.editor import EditorController
from leanrails_desktop.ui.views.dialogs.history_dialog import HistoryDialog

EMPTY = (
    "No changes to this link were made from this computer yet. Saves, bulk changes, "
    "imports and switching it on or off will be listed here."
)


class HistoryController(QObject):
    """Shows a link's history, and undoes the last single save."""

    links_updated = Signal(list)
    """The server's answer after an undo (or its version, when the undo met a conflict)."""
    undo_changed = Signal()
    """Whether there is a save to undo changed."""

    def __init__(self, context: AppContext, editor: EditorController) -> None:
        super().__init__(context)
        self._context = context
        self.dialog: HistoryDialog | None = None
        self.undoable_save: SavedEdit | None = None
        self.undo_stamp = 0.0
        """When (monotonic) the save now undoable was made, to tell it from a bulk change."""
        self.undoing = False
        self.last_undo: SaveUndo | None = None
        editor.change_saved.connect(self._saved)
        context.session_changed.connect(self._session_changed)

    # ------------------------------------------------------------------ history

    def show_history(self, link: CheckoutLink | None) -> None:
        """Open the History dialog of ``link`` (one small read of at most 200 entries)."""
        store = self._context.store
        if link is None or self._context.session is None:
            return
        entries = []
        empty = EMPTY
        if store is None:
            empty = "The history is kept in the local store, which is not available."
        else:
            try:
                entries = store.history(self._context.account_key, link.id)
            except StoreError as exc:
                self._context.store_problem(exc)
                empty = str(exc)
        if self.dialog is not None:
            self.dialog.close()
        dialog = HistoryDialog(link.title or link.id, self._context.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._dialog_gone(dialog))
        dialog.show_rows(history.history_rows(entries), empty)
        self.dialog = dialog
        dialog.open()

    def _dialog_gone(self, dialog: HistoryDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # ------------------------------------------------------------------ undo of a save

    def _saved(self, edit: SavedEdit) -> None:
        self.undoable_save = edit
        self.undo_stamp = time.monotonic()
        self.undo_changed.emit()

    def undo_save(self) -> None:
        """Put back what the last save changed, unless the link changed on LeanRails since
        (then say so and send nothing)."""
        session, edit = self._context.session, self.undoable_save
        if session is None or edit is None or self.undoing:
            return
        store, account = self._context.store, self._context.account_key
        self.undoing = True
        self._context.show_status(f"Undoing the save of “{edit.title}”…", 10_000)

        def work(client: LeanRailsClient) -> SaveUndo:
            return history.undo_save(
                client,
                edit,
                lambda before, answer: history.record_updates(
                    store, account, [(before, answer)], history.UNDO
                ),
            )

        def done(result: SaveUndo) -> None:
            self.undoing = False
            self.last_undo = result
            if self.undoable_save is edit:
                self.undoable_save = None
            self.undo_changed.emit()
            self.links_updated.emit([result.link])
            sentence = result.sentence(edit.title)
            if result.conflicts or result.problem:
                self._context.prompts.warn("Not undone", sentence)
            self._context.show_status(sentence, 15_000)

        def failed(exc: Exception) -> None:
            self.undoing = False
            self._context.show_error(exc)

        session.call(work, done, failed)

    def _session_changed(self, _session: ApiSession | None) -> None:
        self.undoable_save = None
        self.undoing = False
        if self.dialog is not None:
            self.dialog.close()
        self.undo_changed.emit()
