"""History: each link's changes made from this computer, newest first, capped, per account,
forgotten with the account, and never holding a key."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import ACCOUNT, KEY, OTHER

from leanrails_desktop.core.bulk.changes import FieldChange
from leanrails_desktop.core.store import HISTORY_LIMIT, LocalStore, open_store


def _ticking(path: Path) -> LocalStore:
    ticks = iter(range(1000, 100_000))
    return LocalStore(path, clock=lambda: float(next(ticks)))


def test_round_trip_keeps_every_field_change_as_text_and_survives_a_restart(path: Path) -> None:
    store = _ticking(path)
    hostile = "<b>Sale</b> 🎧 \u202eRTL\u202c\n&amp; \"quoted\""
    store.record_change(
        ACCOUNT, "cl_1", "saved",
        (FieldChange("Title", "Pottery", hostile), FieldChange("Button", "Pay", "Book")),
    )
    store.close()
    again, message = open_store(path)
    assert message is None
    [entry] = again.history(ACCOUNT, "cl_1")
    assert entry.link_id == "cl_1"
    assert entry.origin == "saved"
    assert entry.changed_at == 1000.0
    assert entry.changes == (("Title", "Pottery", hostile), ("Button", "Pay", "Book"))
    again.close()


def test_newest_first_per_link_and_per_account(path: Path) -> None:
    store = _ticking(path)
    store.record_change(ACCOUNT, "cl_1", "created", (FieldChange("Title", "(none)", "A"),))
    store.record_change(ACCOUNT, "cl_2", "saved", (FieldChange("Title", "X", "Y"),))
    store.record_change(ACCOUNT, "cl_1", "bulk change", (FieldChange("Button", "Pay", "Book"),))
    store.record_change(OTHER, "cl_1", "saved", (FieldChange("Title", "other", "acct"),))
    store.record_change(ACCOUNT, "cl_1", "undo", (FieldChange("Button", "Book", "Pay"),))
    mine = store.history(ACCOUNT, "cl_1")
    assert [e.origin for e in mine] == ["undo", "bulk change", "created"]
    assert [e.changed_at for e in mine] == sorted((e.changed_at for e in mine), reverse=True)
    assert [e.changes for e in store.history(ACCOUNT, "cl_2")] == [(("Title", "X", "Y"),)]
    assert [e.changes for e in store.history(OTHER, "cl_1")] == [(("Title", "other", "acct"),)]
    assert store.history(ACCOUNT, "cl_none") == []
    store.close()


def test_entries_written_in_one_go_keep_their_order(store: LocalStore) -> None:
    # Same clock for all: the later one written still comes first.
    store.record_changes(
        ACCOUNT,
        [
            ("cl_1", "saved", (FieldChange("Title", "a", "b"),)),
            ("cl_2", "bulk change", (FieldChange("Button", "Pay", "Book"),)),
            ("cl_1", "undo", (FieldChange("Title", "b", "a"),)),
        ],
    )
    assert [e.origin for e in store.history(ACCOUNT, "cl_1")] == ["undo", "saved"]
    assert len(store.history(ACCOUNT, "cl_2")) == 1
    store.record_changes(ACCOUNT, [])  # nothing to write is no error


def test_each_link_keeps_its_newest_entries_only(path: Path) -> None:
    store = _ticking(path)
    for number in range(HISTORY_LIMIT + 25):
        store.record_change(
            ACCOUNT, "cl_busy", "saved", (FieldChange("Title", str(number), str(number + 1)),)
        )
    store.record_change(ACCOUNT, "cl_quiet", "saved", (FieldChange("Title", "q", "r"),))
    kept = store.history(ACCOUNT, "cl_busy")
    assert len(kept) == HISTORY_LIMIT == 200
    assert kept[0].changes == ((("Title", str(HISTORY_LIMIT + 24), str(HISTORY_LIMIT + 25))),)
    assert kept[-1].changes == (("Title", "25", "26"),)  # the first 25 went
    assert len(store.history(ACCOUNT, "cl_quiet")) == 1
    store.close()


def test_forgetting_an_account_clears_its_history_only(store: LocalStore) -> None:
    store.record_change(ACCOUNT, "cl_1", "saved", (FieldChange("Title", "a", "b"),))
    store.record_change(OTHER, "cl_1", "saved", (FieldChange("Title", "c", "d"),))
    store.forget_account(ACCOUNT)
    assert store.history(ACCOUNT, "cl_1") == []
    assert len(store.history(OTHER, "cl_1")) == 1


def test_a_key_in_a_title_or_metadata_is_never_stored(path: Path) -> None:
    store = _ticking(path)
    store.record_change(
        ACCOUNT, "cl_1", "saved",
        (
            FieldChange("Title", "Shop", f"Shop {KEY}"),
            FieldChange(f"Metadata {KEY}", "(none)", KEY),
        ),
    )
    [entry] = store.history(ACCOUNT, "cl_1")
    assert KEY not in repr(entry)
    assert entry.changes[0] == ("Title", "Shop", "Shop [redacted]")
    store.close()
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    assert KEY.encode() not in raw
    assert KEY[8:].encode() not in raw


def test_a_key_as_account_or_link_id_is_refused(store: LocalStore) -> None:
    with pytest.raises(ValueError):
        store.record_change(KEY, "cl_1", "saved", ())
    with pytest.raises(ValueError):
        store.record_change(ACCOUNT, KEY, "saved", ())
    with pytest.raises(ValueError):
        store.history(KEY, "cl_1")


def test_an_unreadable_entry_is_skipped(store: LocalStore) -> None:
    store.record_change(ACCOUNT, "cl_1", "saved", (FieldChange("Title", "a", "b"),))
    with store._using() as db:
        db.execute(
            "INSERT INTO link_history (account, link_id, changed_at, origin, changes) "
            "VALUES (?, 'cl_1', 1e12, 'saved', '{not json')",
            (ACCOUNT,),
        )
    assert [e.changes for e in store.history(ACCOUNT, "cl_1")] == [(("Title", "a", "b"),)]
