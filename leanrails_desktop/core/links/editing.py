"""The editing session: what the editor is working on, and what saving it sends. No Qt.

The editor controller drives it; the drafts controller reads it. Every transition the
editor can make (open a link, start a new one, save, a save that comes back) is a method
here, so the rules are tested without a window.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from enum import Enum
from typing import Any

from leanrails_desktop.core import link_form
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.link_form import LinkForm


class EditorState(Enum):
    """What the editor shows: nothing, a new unsaved link, or a saved link."""

    EMPTY = "empty"
    NEW = "new"
    EDITING = "editing"


@dataclass(frozen=True)
class CreateRequest:
    """Create a link with ``params``; ``idempotency_key`` makes a resend a replay."""

    params: dict[str, Any]
    idempotency_key: str


@dataclass(frozen=True)
class UpdateRequest:
    """Send ``params`` (only what changed) to the saved link ``link_id``."""

    link_id: str
    params: dict[str, Any]


def fingerprint(params: dict[str, Any]) -> str:
    """Identifies a create request's content, to reuse its idempotency key on a resend."""
    return hashlib.sha256(json.dumps(params, sort_keys=True).encode()).hexdigest()


class EditingSession:
    """The link in the editor, the form it was opened with, its draft and its create key."""

    def __init__(self) -> None:
        self.state = EditorState.EMPTY
        self.current: CheckoutLink | None = None
        self.saved_form: LinkForm | None = None
        self.draft_id: str | None = None
        self.create_key: tuple[str, str] | None = None  # (request fingerprint, key)
        self.saving = False

    # ------------------------------------------------------------------ transitions

    def clear(self) -> None:
        """Nothing in the editor."""
        self.state = EditorState.EMPTY
        self.current = None
        self.saved_form = None

    def forget_account(self) -> None:
        """Another account opened: nothing of the last one's work applies."""
        self.clear()
        self.create_key = None
        self.draft_id = None
        self.saving = False

    def open_link(self, link: CheckoutLink, items: list[LineItem] | None) -> LinkForm:
        """Open a saved link; returns the form to show (also kept as the saved form)."""
        self.state = EditorState.EDITING
        self.current = link
        self.draft_id = f"edit-{link.id}"
        self.saved_form = link_form.form_from_link(link, items)
        return self.saved_form

    def items_arrived(self, link_id: str, items: list[LineItem]) -> LinkForm | None:
        """The open link's line items came: the form with them, or None if another link
        is open by now."""
        if self.current is None or self.current.id != link_id or self.saved_form is None:
            return None
        loaded = link_form.form_from_link(self.current, items)
        self.saved_form.line_items = loaded.line_items
        return loaded

    def start_new(self) -> None:
        """A new, unsaved link with a draft of its own."""
        self.state = EditorState.NEW
        self.current = None
        self.saved_form = None
        self.create_key = None
        self.draft_id = f"new-{uuid.uuid4().hex}"

    def restore_create_key(self, form: LinkForm, key: str) -> None:
        """A draft kept the key of a create whose answer was lost: saving the same form
        again replays that create instead of making a second link."""
        try:
            params = link_form.create_params(form)
        except link_form.FormInvalid:
            return
        self.create_key = (fingerprint(params), key)

    # ------------------------------------------------------------------ questions

    def is_dirty(self, form: LinkForm) -> bool:
        """Whether ``form`` (as typed now) differs from what was opened."""
        if self.state == EditorState.NEW:
            return link_form.is_dirty(LinkForm(), form)
        if self.state == EditorState.EDITING and self.saved_form is not None:
            return link_form.is_dirty(self.saved_form, form)
        return False

    def is_current(self, link_id: str) -> bool:
        return self.current is not None and self.current.id == link_id

    # ------------------------------------------------------------------ saving

    def save_request(self, form: LinkForm) -> CreateRequest | UpdateRequest | None:
        """What Save sends for ``form``, or None when nothing changed.

        Raises :class:`~leanrails_desktop.core.link_form.FormInvalid` with the field errors.
        A create gets one idempotency key per distinct request: pressing Save again after
        a lost answer replays the first create instead of making a second link.
        """
        if self.state == EditorState.NEW:
            params = link_form.create_params(form)
            digest = fingerprint(params)
            if self.create_key is None or self.create_key[0] != digest:
                self.create_key = (digest, str(uuid.uuid4()))
            return CreateRequest(params, self.create_key[1])
        if self.state == EditorState.EDITING and self.current is not None:
            assert self.saved_form is not None
            params = link_form.update_params(self.saved_form, form)
            return UpdateRequest(self.current.id, params) if params else None
        return None

    def created(self) -> None:
        """The create was answered: its key is spent."""
        self.create_key = None
        self.current = None

    def status_changed(self, fresh: CheckoutLink) -> None:
        """The open link was switched on or off while the merchant has edits: keep the
        edits, take the new status as the saved one."""
        self.current = fresh
        if self.saved_form is not None:
            self.saved_form.active = fresh.active
            self.saved_form.inactive_message = fresh.inactive_message or ""
