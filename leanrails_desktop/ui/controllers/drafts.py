"""Unsaved work kept on this computer while the merchant types, and offered back after a
crash or a restart (with the idempotency key of a create whose answer was lost)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.links.editing import EditorState
from leanrails_desktop.core.store import Draft, StoreError
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.controllers.editor import EditorController
from leanrails_desktop.ui.views.editor_pane import EditorPane


class DraftsController(QObject):
    """Keeps the editor's unsaved work as a draft in the local store."""

    def __init__(self, context: AppContext, editor: EditorController, pane: EditorPane) -> None:
        super().__init__(context)
        self._context = context
        self._editor = editor
        self._pane = pane
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.save_draft)
        pane.changed.connect(self._timer.start)
        editor.about_to_create.connect(self.save_draft)
        editor.work_settled.connect(self.drop_draft)
        context.session_closing.connect(lambda _old: self.flush())
        context.session_changed.connect(self._session_changed)

    def _session_changed(self, session: ApiSession | None) -> None:
        if session is not None:
            self.offer_drafts()

    def save_draft(self) -> None:
        """Keep unsaved work in the local store (or forget it once nothing is unsaved)."""
        self._timer.stop()
        store, key = self._context.store, self._context.account_key
        editing = self._editor.session
        if store is None or not key or editing.draft_id is None:
            return
        if self._pane.state == EditorState.EMPTY:
            return
        try:
            if self._editor.is_dirty() or editing.create_key is not None:
                current = editing.current
                link_id = (
                    current.id if self._pane.state == EditorState.EDITING and current else None
                )
                store.save_draft(
                    key,
                    editing.draft_id,
                    self._pane.form(),
                    link_id=link_id,
                    idempotency_key=editing.create_key[1] if editing.create_key else None,
                )
            else:
                store.delete_draft(key, editing.draft_id)
        except (StoreError, ValueError) as exc:
            self._context.store_problem(exc)

    def flush(self) -> None:
        """Write the draft now if a write is waiting (closing, switching account)."""
        if self._timer.isActive():
            self.save_draft()

    def drop_draft(self) -> None:
        self._timer.stop()
        store, key = self._context.store, self._context.account_key
        draft_id = self._editor.session.draft_id
        if store is None or not key or draft_id is None:
            return
        try:
            store.delete_draft(key, draft_id)
        except StoreError as exc:
            self._context.store_problem(exc)

    def offer_drafts(self) -> None:
        store, key = self._context.store, self._context.account_key
        if store is None or not key:
            return
        try:
            drafts = store.drafts(key)
        except StoreError as exc:
            self._context.store_problem(exc)
            return
        if not drafts:
            return
        newest = drafts[0]
        answer = self._context.prompts.restore_draft(newest, len(drafts) - 1)
        if answer == "restore":
            self.restore_draft(newest)
        elif answer == "discard":
            try:
                for draft in drafts:
                    store.delete_draft(key, draft.draft_id)
            except StoreError as exc:
                self._context.store_problem(exc)

    def restore_draft(self, draft: Draft) -> None:
        """Put unsaved work from an earlier run back into the editor."""
        editing = self._editor.session
        if draft.link_id is None:
            self._editor.start_new(draft.form, dirty=True)
            editing.draft_id = draft.draft_id
            if draft.idempotency_key:
                # Saving again replays the earlier create instead of making a duplicate.
                editing.restore_create_key(draft.form, draft.idempotency_key)
            self._context.show_status(translate("Drafts", "Unsaved work restored."), 6000)
            return
        session = self._context.session
        if session is None:
            return
        link_id = draft.link_id

        def opened(link: CheckoutLink) -> None:
            self._editor.open_with_form(link, draft.form)
            editing.draft_id = draft.draft_id
            self._context.show_status(
                translate("Drafts", "Unsaved changes to “{title}” restored.").format(
                    title=link.title
                ),
                6000,
            )

        session.call(lambda c: c.checkout_links.retrieve(link_id), opened, self._context.show_error)
