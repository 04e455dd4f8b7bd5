"""The store as one object: unreadable rows, secrets kept out of every file, identifiers."""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

import pytest
from store_helpers import ACCOUNT, KEY, full_form, make_link

from leanrails_desktop.core.api.objects import LineItem
from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.redact import register_secret
from leanrails_desktop.core.store import LocalStore, open_store


@pytest.mark.parametrize("bad", [KEY, "sk_live_abc123", "rk_test_Zz9", f"acct-{KEY}"])
def test_secret_keys_are_refused_as_identifiers(store: LocalStore, bad: str) -> None:
    with pytest.raises(ValueError):
        store.save_draft(bad, "d", LinkForm(), link_id=None, idempotency_key=None)
    with pytest.raises(ValueError):
        store.drafts(bad)
    with pytest.raises(ValueError):
        store.save_listing(bad, "all", [], None)
    with pytest.raises(ValueError):
        store.save_listing(ACCOUNT, bad, [], None)
    with pytest.raises(ValueError):
        store.load_listing(bad, "all")
    with pytest.raises(ValueError):
        store.cache_line_items(bad, "cl_1", [])



def test_unreadable_rows_are_skipped_not_fatal(path: Path) -> None:
    store, _ = open_store(path)
    store.save_draft(ACCOUNT, "good", LinkForm(title="ok"), link_id=None, idempotency_key=None)
    store.save_listing(ACCOUNT, "all", [make_link(1), make_link(2)], None)
    store.cache_line_items(ACCOUNT, "cl_1", [LineItem(id="clli_1")])
    store.close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO drafts VALUES (?, 'bad', NULL, '[oops', NULL, 1.0)", (ACCOUNT,))
    db.execute("UPDATE listing_links SET link = '{\"no\": \"id\"}' WHERE position = 0")
    db.execute("UPDATE listings SET totals = 'garbage'")
    db.execute("UPDATE line_items SET items = '{}'")
    db.commit()
    db.close()
    store, message = open_store(path)
    assert message is None
    assert [d.draft_id for d in store.drafts(ACCOUNT)] == ["good"]
    listing = store.load_listing(ACCOUNT, "all")
    assert listing is not None and [link.id for link in listing.links] == ["cl_000000000002"]
    assert listing.line_item_totals == {}
    assert store.cached_line_items(ACCOUNT, "cl_1") is None
    store.close()



def test_store_file_never_holds_a_secret(path: Path) -> None:
    register_secret(KEY)
    basic = base64.b64encode(f"{KEY}:".encode()).decode()
    store, _ = open_store(path)
    leaky = full_form()
    leaky.title = f"pasted {KEY} by mistake"
    leaky.metadata = [("api_key", KEY), (KEY, "as a key"), ("auth", basic)]
    store.save_draft(ACCOUNT, "d", leaky, link_id=None, idempotency_key=None)
    store.save_listing(
        ACCOUNT, "all", [make_link(1, description=f"see {KEY}", metadata={"k": basic})], {"cl_1": 1}
    )
    store.cache_line_items(ACCOUNT, "cl_1", [LineItem(id="clli_1", description=KEY)])
    [draft] = store.drafts(ACCOUNT)
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

