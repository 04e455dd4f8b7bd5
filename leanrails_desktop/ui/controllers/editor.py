"""The editor: which link it shows, new / duplicate / discard, dirty state, the preview as
you type, and saving (create with an idempotency key, or send only what changed).

The rules live in :class:`~leanrails_desktop.core.links.editing.EditingSession`; this
controller moves between it, the editor and preview panes, and the API.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from leanrails_desktop.core import link_form
from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.errors import InvalidRequestError
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.bulk import history
from leanrails_desktop.core.bulk.history import SavedEdit
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.link_form import FormInvalid, LinkForm
from leanrails_desktop.core.links import conflicts
from leanrails_desktop.core.links.editing import (
    CreateRequest,
    EditingSession,
    EditorState,
)
from leanrails_desktop.core.locale import format_time
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.core.preview import preview_from_form
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.controllers.line_items import LineItemsController
from leanrails_desktop.ui.views.dialogs.prompts import UnsavedChoice
from leanrails_desktop.ui.views.editor_pane import EditorPane
from leanrails_desktop.ui.views.list_pane import ListPane
from leanrails_desktop.ui.views.preview_pane import PreviewPane
from leanrails_desktop.ui.views.status_bar import StatusBar


class EditorController(QObject):
    """Decides what the editor and preview show and what Save sends."""

    link_saved = Signal(object)
    """A link was created or updated; the list shows the server's answer."""
    current_link_changed = Signal(object)
    """The saved link in the editor (None: a new link or nothing)."""
    state_changed = Signal()
    """Anything the window's actions depend on changed (state, dirty, current link)."""
    about_to_create = Signal()
    """A create is about to leave: its idempotency key must be kept first."""
    work_settled = Signal()
    """The unsaved work is saved or discarded: its draft can go."""
    toggle_active_requested = Signal(object)
    """The editor's Deactivate/Reactivate button, for the link actions."""
    change_saved = Signal(object)
    """A saved link was updated: the :class:`SavedEdit` (before and after), for Undo."""

    def __init__(
        self,
        context: AppContext,
        editor: EditorPane,
        preview: PreviewPane,
        list_pane: ListPane,
        status: StatusBar,
        line_items: LineItemsController,
    ) -> None:
        super().__init__(context)
        self._context = context
        self.editor = editor
        self._preview = preview
        self._list = list_pane
        self._status = status
        self._line_items = line_items
        self.session = EditingSession()
        self._reverting_selection = False
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.refresh_preview)

        list_pane.current_link_changed.connect(self._selection_changed)
        # Enter or a double click opens the link for typing; moving through the list with
        # the arrow keys keeps the keyboard in the list.
        list_pane.table.activated.connect(lambda _i: editor.start_at_top())
        editor.changed.connect(self._edited)
        editor.save_requested.connect(self.save)
        editor.discard_requested.connect(self.discard)
        editor.duplicate_requested.connect(self.duplicate)
        editor.toggle_active_requested.connect(self._toggle_requested)
        line_items.prices_learnt.connect(self._prices_learnt)
        # Products arrive in bursts while the list's totals load: passed on once a burst ends.
        self._products_timer = QTimer(self)
        self._products_timer.setSingleShot(True)
        self._products_timer.setInterval(100)
        self._products_timer.timeout.connect(self._offer_products)
        line_items.products_learnt.connect(self._products_timer.start)
        context.session_changed.connect(self._session_changed)

    @property
    def current(self) -> CheckoutLink | None:
        """The saved link in the editor, if any."""
        return self.session.current

    def _session_changed(self, _session: ApiSession | None) -> None:
        self.session.forget_account()
        self.show_empty()

    # ------------------------------------------------------------------ selection

    def _selection_changed(self, link: CheckoutLink | None) -> None:
        if self._reverting_selection:
            return
        current = self.session.current
        if link is not None and current is not None and link.id == current.id:
            return
        if not self.confirm_leave_edits():
            self._select_in_list(current)
            return
        if link is None:
            if self.editor.state == EditorState.EDITING:
                self.show_empty()
            return
        self.show_link(link)

    def _select_in_list(self, link: CheckoutLink | None) -> None:
        """Select ``link`` in the list without asking to leave the editor."""
        self._reverting_selection = True
        try:
            if link is not None:
                self._list.select_link(link.id)
            else:
                self._list.table.clearSelection()
        finally:
            self._reverting_selection = False

    # ------------------------------------------------------------------ showing

    def show_empty(self) -> None:
        self.session.clear()
        self.editor.set_empty()
        self._preview.show_preview(None)
        self.current_link_changed.emit(None)
        self.state_changed.emit()

    def show_link(self, link: CheckoutLink) -> None:
        """Open a saved link in the editor and preview (line items fetched if needed).
        Another link opens at the top of the form; the open one, shown again (saved,
        discarded, switched on or off), keeps its place."""
        reopened = self.session.is_current(link.id)
        items = self._line_items.items_of(link.id)
        form = self.session.open_link(link, items)
        self.editor.set_form(
            form, EditorState.EDITING, link_label=link.title, items_loaded=items is not None
        )
        if not reopened:
            self.editor.start_at_top(focus_title=False)
        self.current_link_changed.emit(link)
        self.refresh_preview()
        self.state_changed.emit()
        if items is None:
            link_id = link.id
            self._line_items.fetch(link_id, lambda got: self._items_arrived(link_id, got))

    def _items_arrived(self, link_id: str, items: list[LineItem]) -> None:
        loaded = self.session.items_arrived(link_id, items)
        if loaded is not None:
            self.editor.set_items_loaded(loaded)
            self.refresh_preview()

    def open_with_form(self, link: CheckoutLink, form: LinkForm) -> None:
        """Open ``link`` with edits not yet saved (a restored draft) in the editor."""
        self.show_link(link)
        self.editor.set_form(form, EditorState.EDITING, link_label=link.title)
        self._edited()

    def new_link(self) -> None:
        """Start a new, unsaved link (asks first if there are unsaved edits)."""
        if self.confirm_leave_edits():
            self.start_new(LinkForm())

    def start_new(self, form: LinkForm, *, dirty: bool = False) -> None:
        """Open ``form`` as a new, unsaved link."""
        self.session.start_new()
        self._list.table.clearSelection()
        self.editor.set_form(form, EditorState.NEW)
        if dirty:
            self.editor.set_dirty(True)
        self.current_link_changed.emit(None)
        self.refresh_preview()
        self.state_changed.emit()
        self.editor.start_at_top()

    def duplicate(self) -> None:
        """Open a copy of the current link as a new, unsaved link."""
        if self.editor.state == EditorState.EMPTY:
            return
        source = self.editor.form()
        if self.editor.state == EditorState.EDITING and not self.confirm_leave_edits():
            return
        self.start_new(link_form.duplicate_form(source), dirty=True)
        self._context.show_status(
            translate("Editor", "Duplicate opened as a new link. Change it, then create it."), 6000
        )

    def _edited(self) -> None:
        self._preview_timer.start()
        if self.editor.state == EditorState.EDITING:
            self.editor.set_dirty(self.is_dirty())
        self.state_changed.emit()

    def refresh_preview(self) -> None:
        if self.editor.state == EditorState.EMPTY:
            self._preview.show_preview(None)
            return
        self._preview.show_preview(preview_from_form(self.editor.form(), self._line_items.prices))

    def _prices_learnt(self) -> None:
        if self.editor.state == EditorState.NEW:  # a price id typed there may now be known
            self.refresh_preview()

    def _offer_products(self) -> None:
        self.editor.set_products(self._line_items.products())

    # ------------------------------------------------------------------ leaving

    def is_dirty(self) -> bool:
        return self.session.is_dirty(self.editor.form())

    def confirm_leave_edits(self) -> bool:
        """Ask what to do with unsaved edits; True when it is fine to move on."""
        if not self.is_dirty():
            return True
        choice = self._context.prompts.unsaved_changes()
        if choice == UnsavedChoice.DISCARD:
            self.work_settled.emit()
            return True
        if choice == UnsavedChoice.SAVE:
            self.save()
        return False

    def discard(self) -> None:
        self.work_settled.emit()
        if self.editor.state == EditorState.NEW:
            self.show_empty()
        elif self.session.current is not None:
            self.show_link(self.session.current)

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Create the new link, or send what changed on the saved one."""
        session = self._context.session
        if session is None or self.session.saving:
            return
        try:
            request = self.session.save_request(self.editor.form())
        except FormInvalid as invalid:
            self.editor.show_errors(
                invalid.errors, banner=translate("Editor", "Please fix the highlighted fields.")
            )
            return
        if request is None:
            if self.editor.state == EditorState.EDITING:
                self._context.show_status(translate("Editor", "Nothing to save."), 3000)
            return
        if isinstance(request, CreateRequest):
            self.about_to_create.emit()  # the key is on disk before the request leaves
            self.set_saving(True, translate("Editor", "Creating link…"))
            params, key = request.params, request.idempotency_key
            store, account = self._context.store, self._context.account_key

            def create(client: LeanRailsClient) -> CheckoutLink:
                link = client.checkout_links.create(**params, idempotency_key=key)
                history.record_created(store, account, [link], history.CREATED)
                return link

            session.call(create, self._created, self.save_failed)
            return
        self.set_saving(True, translate("Editor", "Saving…"))
        link_id, params = request.link_id, request.params
        opened = self.session.saved_form
        assert opened is not None
        before = opened.copy()
        store, account = self._context.store, self._context.account_key

        def save_unless_changed(client: LeanRailsClient) -> tuple[CheckoutLink, bool]:
            # A newer version on the server is never overwritten blindly: the edits go out
            # only if what the editor opened is still what LeanRails has.
            now = client.checkout_links.retrieve(link_id)
            if conflicts.server_changed(opened, link_form.form_from_link(now)):
                return now, False
            answer = client.checkout_links.update(link_id, **params)
            history.record_updates(store, account, [(before, answer)], history.SAVED)
            return answer, True

        def answered(result: tuple[CheckoutLink, bool]) -> None:
            link, saved = result
            if saved:
                self.change_saved.emit(SavedEdit.of(before, link))
                self._updated(link)
            else:
                self._changed_meanwhile(link)

        session.call(save_unless_changed, answered, self.save_failed)

    def _changed_meanwhile(self, now: CheckoutLink) -> None:
        """LeanRails has a newer version than the one being edited: let the merchant choose,
        part by part, then send what differs from the newer version."""
        self.set_saving(False)
        opened = self.session.saved_form
        if opened is None or not self.session.is_current(now.id):
            return
        theirs = link_form.form_from_link(now)
        theirs.line_items = opened.line_items
        yours = self.editor.form()
        rows = conflicts.changes(opened, theirs, yours)
        choices = self._context.prompts.resolve_conflict(now.title, rows)
        self.link_saved.emit(now)  # the list shows what LeanRails has now
        if choices is None:
            self._status.set_sync(translate("Editor", "Not saved"))
            self._context.show_status(
                translate(
                    "Editor",
                    "Not saved: “{title}” was changed on LeanRails meanwhile. "
                    "Your edits are still here.",
                ).format(title=now.title),
                10_000,
            )
            return
        merged = conflicts.merge(yours, theirs, choices)
        self.session.current, self.session.saved_form = now, theirs
        self.editor.set_form(merged, EditorState.EDITING, link_label=now.title)
        self._edited()
        if self.is_dirty():
            self.save()
        else:
            self.work_settled.emit()
            self.show_link(now)
            self._context.show_status(
                translate("Editor", "“{title}” now shows the version on LeanRails.").format(
                    title=now.title
                ),
                6000,
            )

    def set_saving(self, saving: bool, text: str = "") -> None:
        """A save (or status change) is on its way: no second Save until it is answered."""
        self.session.saving = saving
        self.editor.save_button.setEnabled(not saving)
        if saving:
            self._status.set_sync(text)
        self._status.set_busy(saving)

    def _created(self, link: CheckoutLink) -> None:
        self.set_saving(False)
        self.work_settled.emit()
        self.session.created()
        self._status.set_sync(
            translate("Editor", "Created {time}").format(time=format_time(time.time()))
        )
        self._context.show_status(
            translate("Editor", "Created “{title}”. Its link is ready to share.").format(
                title=link.title
            ),
            8000,
        )
        self.link_saved.emit(link)
        self.show_link(link)
        self._select_in_list(link)

    def _updated(self, link: CheckoutLink) -> None:
        self.set_saving(False)
        if self.session.is_current(link.id):
            self.work_settled.emit()
        self._status.set_sync(
            translate("Editor", "Saved {time}").format(time=format_time(time.time()))
        )
        self._context.show_status(
            translate("Editor", "Saved “{title}”.").format(title=link.title), 5000
        )
        self.link_saved.emit(link)
        if self.session.is_current(link.id):
            self.show_link(link)

    def save_failed(self, exc: Exception) -> None:
        self.set_saving(False)
        self._status.set_sync(translate("Editor", "Not saved"))
        message = describe_error(exc)
        if isinstance(exc, InvalidRequestError) and exc.param:
            self.editor.show_errors(
                {exc.param: exc.message or message},
                banner=translate("Editor", "LeanRails did not accept this link."),
            )
        else:
            self.editor.show_errors({}, banner=message)
        self._context.show_status(message, 10_000)

    # ------------------------------------------------------------------ status changes

    def _toggle_requested(self) -> None:
        if self.session.current is not None:
            self.toggle_active_requested.emit(self.session.current)

    def links_updated(self, updated: list[CheckoutLink]) -> None:
        """Links were switched on or off: the open one shows its new status, keeping edits."""
        current = self.session.current
        fresh = next((lnk for lnk in updated if current and lnk.id == current.id), None)
        if fresh is None:
            return
        if self.is_dirty():
            self.session.status_changed(fresh)
            self.editor.set_active(fresh.active)
            self.refresh_preview()
        else:
            self.show_link(fresh)
