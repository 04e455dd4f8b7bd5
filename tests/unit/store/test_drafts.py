"""Drafts: unsaved work per account, kept across restarts with its idempotency key."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from store_helpers import ACCOUNT, OTHER, full_form

from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.store import LocalStore, open_store


def test_draft_round_trip_keeps_every_field_and_the_idempotency_key(store: LocalStore) -> None:
    form = full_form()
    store.save_draft(ACCOUNT, "draft-1", form, link_id=None, idempotency_key="4f1c-idem")
    [draft] = store.drafts(ACCOUNT)
    assert draft.draft_id == "draft-1"
    assert draft.link_id is None
    assert draft.idempotency_key == "4f1c-idem"
    assert draft.form == form
    assert draft.updated_at == pytest.approx(time.time(), abs=60)


def test_draft_survives_a_restart_with_its_idempotency_key(path: Path) -> None:
    first, _ = open_store(path)
    first.save_draft(ACCOUNT, "d", full_form(), link_id=None, idempotency_key="key-1")
    first.close()
    second, message = open_store(path)
    assert message is None
    [draft] = second.drafts(ACCOUNT)
    assert draft.idempotency_key == "key-1"
    assert draft.form == full_form()
    second.close()


def test_drafts_are_per_account_and_replace_and_delete(path: Path) -> None:
    ticks = iter(range(100, 200))
    store = LocalStore(path, clock=lambda: float(next(ticks)))
    store.save_draft(ACCOUNT, "new", LinkForm(title="a"), link_id=None, idempotency_key="k1")
    store.save_draft(ACCOUNT, "edit", LinkForm(title="b"), link_id="cl_x", idempotency_key=None)
    store.save_draft(OTHER, "new", LinkForm(title="other"), link_id=None, idempotency_key=None)
    store.save_draft(ACCOUNT, "new", LinkForm(title="a2"), link_id=None, idempotency_key=None)
    mine = store.drafts(ACCOUNT)
    assert [(d.draft_id, d.form.title, d.link_id, d.idempotency_key) for d in mine] == [
        ("new", "a2", None, None),
        ("edit", "b", "cl_x", None),
    ]
    assert [d.form.title for d in store.drafts(OTHER)] == ["other"]
    store.delete_draft(ACCOUNT, "new")
    store.delete_draft(ACCOUNT, "missing")
    assert [d.draft_id for d in store.drafts(ACCOUNT)] == ["edit"]
    assert [d.draft_id for d in store.drafts(OTHER)] == ["new"]
    assert store.drafts("acct_nobody") == []
    store.forget_account(ACCOUNT)
    assert store.drafts(ACCOUNT) == []
    assert len(store.drafts(OTHER)) == 1
    store.close()
