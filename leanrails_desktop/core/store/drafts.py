"""Drafts: unsaved work per account, with the idempotency key of a create that was sent
and whose answer may have been lost (kept until the link is saved, so a retry after a
restart reuses it)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.store.connection import StoreConnection
from leanrails_desktop.core.store.encoding import check_identifier, safe_json
from leanrails_desktop.core.store.forms import form_data, form_from_json

_log = logging.getLogger("leanrails_desktop.core.store")


@dataclass(frozen=True, slots=True)
class Draft:
    """Unsaved work: a new link (``link_id`` is None) or edits to a saved one."""

    draft_id: str
    link_id: str | None
    form: LinkForm
    idempotency_key: str | None
    updated_at: float


class DraftStore(StoreConnection):
    """The drafts part of :class:`~leanrails_desktop.core.store.LocalStore`."""

    def save_draft(
        self,
        account_key: str,
        draft_id: str,
        form: LinkForm,
        *,
        link_id: str | None,
        idempotency_key: str | None,
    ) -> None:
        """Create or replace a draft (all of it, including the idempotency key).

        ``link_id`` is None for a new link. ``idempotency_key`` is the key of a create
        that was sent and whose answer may have been lost: keep passing it until the link
        is saved, so a retry after a restart reuses it.
        """
        check_identifier("account_key", account_key)
        check_identifier("draft_id", draft_id)
        if link_id is not None:
            check_identifier("link_id", link_id)
        if idempotency_key is not None:
            check_identifier("idempotency_key", idempotency_key)
        form_json = safe_json(form_data(form))
        with self._using() as db:
            db.execute(
                """INSERT INTO drafts
                       (account, draft_id, link_id, form, idempotency_key, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (account, draft_id) DO UPDATE SET
                       link_id = excluded.link_id, form = excluded.form,
                       idempotency_key = excluded.idempotency_key,
                       updated_at = excluded.updated_at""",
                (account_key, draft_id, link_id, form_json, idempotency_key, self._clock()),
            )

    def drafts(self, account_key: str) -> list[Draft]:
        """The account's drafts, most recently saved first; unreadable ones are skipped."""
        check_identifier("account_key", account_key)
        with self._using() as db:
            rows = db.execute(
                """SELECT draft_id, link_id, form, idempotency_key, updated_at FROM drafts
                   WHERE account = ? ORDER BY updated_at DESC, draft_id""",
                (account_key,),
            ).fetchall()
        out: list[Draft] = []
        for draft_id, link_id, form_json, idempotency_key, updated_at in rows:
            try:
                form = form_from_json(str(form_json))
            except ValueError:
                _log.warning("local store: skipped an unreadable draft")
                continue
            out.append(
                Draft(
                    draft_id=str(draft_id),
                    link_id=None if link_id is None else str(link_id),
                    form=form,
                    idempotency_key=None if idempotency_key is None else str(idempotency_key),
                    updated_at=float(updated_at),
                )
            )
        return out

    def delete_draft(self, account_key: str, draft_id: str) -> None:
        """Remove a draft (after it was saved or discarded); a missing one is no error."""
        with self._using() as db:
            db.execute(
                "DELETE FROM drafts WHERE account = ? AND draft_id = ?", (account_key, draft_id)
            )
