"""The store as one object: unreadable rows, secrets kept out of every file, identifiers."""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

import pytest
from store_helpers import ACCOUNT, KEY, full_form

from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.redact import register_secret
from leanrails_desktop.core.store import LocalStore, form_to_json, open_store
from leanrails_desktop.core.store.schema import MIGRATIONS


@pytest.mark.parametrize("bad", [KEY, "sk_live_abc123", "rk_test_Zz9", f"acct-{KEY}"])
def test_secret_keys_are_refused_as_identifiers(store: LocalStore, bad: str) -> None:
    with pytest.raises(ValueError):
        store.save_draft(bad, "d", LinkForm(), link_id=None, idempotency_key=None)
    with pytest.raises(ValueError):
        store.drafts(bad)


def test_unreadable_rows_are_skipped_not_fatal(path: Path) -> None:
    store, _ = open_store(path)
    store.save_draft(ACCOUNT, "good", LinkForm(title="ok"), link_id=None, idempotency_key=None)
    store.close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO drafts VALUES (?, 'bad', NULL, '[oops', NULL, 1.0)", (ACCOUNT,))
    db.execute(
        "INSERT INTO drafts VALUES (?, 'odd', NULL, '{\"title\": 7}', NULL, 2.0)", (ACCOUNT,)
    )
    db.commit()
    db.close()
    store, message = open_store(path)
    assert message is None
    assert "good" in [d.draft_id for d in store.drafts(ACCOUNT)]
    assert "bad" not in [d.draft_id for d in store.drafts(ACCOUNT)]
    store.close()


def test_store_file_never_holds_a_secret(path: Path) -> None:
    register_secret(KEY)
    basic = base64.b64encode(f"{KEY}:".encode()).decode()
    store, _ = open_store(path)
    leaky = full_form()
    leaky.title = f"pasted {KEY} by mistake"
    leaky.metadata = [("api_key", KEY), (KEY, "as a key"), ("auth", basic)]
    store.save_draft(ACCOUNT, "d", leaky, link_id=None, idempotency_key=None)
    edited = full_form()
    edited.description = f"see {KEY}"
    edited.metadata = [("k", basic)]
    store.save_draft(ACCOUNT, "e", edited, link_id="cl_1", idempotency_key=None)
    draft = next(d for d in store.drafts(ACCOUNT) if d.draft_id == "d")
    assert draft.form.title == "pasted [redacted] by mistake"
    files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
    before_close = b"".join(p.read_bytes() for p in files)
    store.close()
    after_close = path.read_bytes()
    for data in (before_close, after_close):
        assert data.count(KEY.encode()) == 0
        assert data.count(basic.encode()) == 0
        assert data.count(base64.b64encode(KEY.encode())) == 0
    assert b"pasted [redacted] by mistake" in after_close


def test_a_store_of_the_last_version_drops_its_copies_of_links(path: Path) -> None:
    """Links and line items moved to each account's mirror: opening a version-1 store
    drops the tables that kept them and keeps the drafts."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO drafts VALUES (?, 'kept', NULL, ?, NULL, 1.0)",
        (ACCOUNT, form_to_json(LinkForm(title="still here"))),
    )
    db.commit()
    db.close()
    store, message = open_store(path)
    assert message is None
    assert [d.form.title for d in store.drafts(ACCOUNT)] == ["still here"]
    store.close()
    db = sqlite3.connect(path)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    db.close()
    assert tables - {"sqlite_sequence"} == {"drafts", "import_requests", "link_history"}
