"""The local store: drafts, cached listings, corrupt files, secrets, and being killed."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import leanrails_desktop
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.cache import (
    SCHEMA_VERSION,
    CachedListing,
    LocalStore,
    StoreError,
    form_from_json,
    form_to_json,
    open_store,
)
from leanrails_desktop.core.link_form import PRICE, REDIRECT, LineItemForm, LinkForm
from leanrails_desktop.core.redact import clear_registered_secrets, register_secret

ACCOUNT = "acct_1Nv0FGQ9RKHgCVdK"
OTHER = "acct_2Pq7XYZ"
KEY = "sk_test_9fJ3kL2mN8pQ4rS6tU1vW0xY"


@pytest.fixture(autouse=True)
def _forget_secrets() -> Iterator[None]:
    yield
    clear_registered_secrets()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "local-store.sqlite3"


@pytest.fixture
def store(path: Path) -> Iterator[LocalStore]:
    opened, message = open_store(path)
    assert message is None
    yield opened
    opened.close()


def full_form() -> LinkForm:
    """A form where every field differs from its default, with hard-to-store text."""
    title = ("Kopfhörer 🎧 — سماعات الرأس \u202eRTL\u202c \x07\x00\t" * 8)[:250]
    assert len(title) == 250
    return LinkForm(
        title=title,
        description="Line one\nשורה שתיים\r\n\x1b[31m控制字符\udcff lone surrogate",
        line_items=[
            LineItemForm(kind=PRICE, price="price_3fg6hj9km1np", currency="jpy", product="prod_a",
                         amount="3500", quantity="2", description="Premium 🎧",
                         amount_total=7000),
            LineItemForm(currency="eur", product="prod_8mn4qr7vw2xz", amount="12,50",
                         quantity="999"),
        ],
        after_completion_type=REDIRECT,
        custom_message="Danke! 🙏",
        redirect_url="https://bücher.example/thanks?x=1&y=ü",
        submit_type="donate",
        billing_address_collection="required",
        allow_promotion_codes=True,
        limit_enabled=True,
        limit="12",
        metadata=[("order", "42"), ("", ""), ("emoji 🎉", "ملاحظة"), ("order", "dup")],
        active=False,
        inactive_message="Sold out — ausverkauft 🛑",
    )


def test_full_form_really_sets_every_field() -> None:
    form, default = full_form(), LinkForm()
    for field in dataclasses.fields(LinkForm):
        assert getattr(form, field.name) != getattr(default, field.name), field.name
    for field in dataclasses.fields(LineItemForm):
        assert getattr(form.line_items[0], field.name) != getattr(LineItemForm(), field.name)


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


def test_form_json_is_tolerant_of_missing_extra_and_mistyped_fields() -> None:
    data = json.loads(form_to_json(full_form()))
    data["a_field_from_the_future"] = {"nested": [1, 2]}
    del data["description"]
    data["limit"] = 12  # wrong type: falls back to the default
    data["line_items"][0]["discount"] = "10%"
    data["line_items"][1]["amount_total"] = "many"
    data["line_items"].append("not an item")
    data["metadata"].append(["only-one"])
    form = form_from_json(json.dumps(data))
    assert form.description == ""
    assert form.limit == ""
    assert form.title == full_form().title
    assert len(form.line_items) == 2
    assert form.line_items[1].amount_total is None
    assert form.line_items[0].amount_total == 7000
    assert form.metadata == full_form().metadata
    assert form_from_json("{}") == LinkForm()
    assert form_from_json('{"line_items": []}').line_items == []
    for bad in ("[]", "null", "not json", '"text"'):
        with pytest.raises(ValueError):
            form_from_json(bad)


def _link(n: int, **extra: object) -> CheckoutLink:
    return CheckoutLink.from_dict(
        {"id": f"cl_{n:012d}", "title": f"Link {n} 🎧",
         "url": f"https://checkout.leanrails.com/cl/cl_{n:012d}",
         "metadata": {"sku": str(n)}, "created": 1_700_000_000 + n, **extra}
    )


def test_listing_is_replaced_whole_and_loaded_in_order(path: Path) -> None:
    store = LocalStore(path, clock=lambda: 1234.5)
    assert store.load_listing(ACCOUNT, "all") is None
    store.save_listing(ACCOUNT, "all", [_link(1), _link(2), _link(3)], {"cl_000000000001": 500})
    store.save_listing(ACCOUNT, "active", [_link(9)], None)
    store.save_listing(OTHER, "all", [_link(7)], None)
    newer = (link for link in [_link(5), _link(4)])  # any iterable, consumed once
    store.save_listing(ACCOUNT, "all", newer, {"cl_000000000005": 9900})
    listing = store.load_listing(ACCOUNT, "all")
    assert listing == CachedListing([_link(5), _link(4)], {"cl_000000000005": 9900}, 1234.5)
    assert [link.title for link in listing.links] == ["Link 5 🎧", "Link 4 🎧"]
    assert listing.links[0].to_dict() == _link(5).to_dict()
    active = store.load_listing(ACCOUNT, "active")
    assert active is not None and [link.id for link in active.links] == ["cl_000000000009"]
    other = store.load_listing(OTHER, "all")
    assert other is not None and [link.id for link in other.links] == ["cl_000000000007"]
    store.save_listing(ACCOUNT, "all", [], None)
    assert store.load_listing(ACCOUNT, "all") == CachedListing([], {}, 1234.5)
    store.close()


def test_a_failed_listing_save_leaves_the_old_listing(store: LocalStore) -> None:
    store.save_listing(ACCOUNT, "all", [_link(1)], None)

    def broken() -> Iterator[CheckoutLink]:
        yield _link(2)
        raise ConnectionError("page 2 failed")

    with pytest.raises(ConnectionError):
        store.save_listing(ACCOUNT, "all", broken(), None)
    listing = store.load_listing(ACCOUNT, "all")
    assert listing is not None and [link.id for link in listing.links] == ["cl_000000000001"]


def test_line_items_cache(store: LocalStore) -> None:
    items = [
        LineItem.from_dict({"id": "clli_1", "price": "price_1", "product": "prod_1", "quantity": 2,
                            "amount_subtotal": 9800, "amount_total": 9800, "currency": "usd",
                            "description": "Kopfhörer 🎧"}),
        LineItem(id="clli_2"),
    ]
    assert store.cached_line_items(ACCOUNT, "cl_1") is None
    store.cache_line_items(ACCOUNT, "cl_1", items)
    store.cache_line_items(ACCOUNT, "cl_2", [])
    assert store.cached_line_items(ACCOUNT, "cl_1") == items
    assert store.cached_line_items(ACCOUNT, "cl_2") == []
    assert store.cached_line_items(OTHER, "cl_1") is None


def test_line_items_of_many_links_in_one_go(store: LocalStore) -> None:
    many = {f"cl_{n:04d}": [LineItem(id=f"clli_{n}", quantity=n % 3 + 1)] for n in range(450)}
    many["cl_empty"] = []
    store.cache_line_items_many(ACCOUNT, many)
    store.cache_line_items_many(ACCOUNT, {})  # nothing to do is fine
    asked = [*many, "cl_unknown", "cl_0001"]  # more ids than one query takes, a repeat
    found = store.cached_line_items_for(ACCOUNT, asked)
    assert found == many  # every cached one, the empty list included; unknown ids left out
    assert store.cached_line_items_for(OTHER, asked) == {}
    assert store.cached_line_items(ACCOUNT, "cl_0007") == many["cl_0007"]


def test_line_items_of_many_links_skip_an_unreadable_row(path: Path) -> None:
    store, _ = open_store(path)
    store.cache_line_items_many(ACCOUNT, {"cl_1": [LineItem(id="clli_1")], "cl_2": []})
    store.close()
    db = sqlite3.connect(path)
    db.execute("UPDATE line_items SET items = '[oops' WHERE link_id = 'cl_2'")
    db.commit()
    db.close()
    store, _ = open_store(path)
    try:
        assert store.cached_line_items_for(ACCOUNT, ["cl_1", "cl_2"]) == {
            "cl_1": [LineItem(id="clli_1")]
        }
    finally:
        store.close()


def test_unreadable_rows_are_skipped_not_fatal(path: Path) -> None:
    store, _ = open_store(path)
    store.save_draft(ACCOUNT, "good", LinkForm(title="ok"), link_id=None, idempotency_key=None)
    store.save_listing(ACCOUNT, "all", [_link(1), _link(2)], None)
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


# ---------------------------------------------------------------------------- bad files


def _fill(path: Path) -> None:
    store, _ = open_store(path)
    for i in range(40):
        store.save_draft(ACCOUNT, f"d{i}", full_form(), link_id=None, idempotency_key=None)
    store.save_listing(ACCOUNT, "all", [_link(i) for i in range(100)], None)
    store.close()


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _foreign(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, blob BLOB)")
    db.execute("INSERT INTO photos (blob) VALUES (x'00ff')")
    db.commit()
    db.close()


def _ours_but_reshaped(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE drafts (something TEXT)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.commit()
    db.close()


def _truncated(path: Path) -> None:
    _fill(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer(path: Path) -> None:
    _fill(path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()


@pytest.mark.parametrize(
    "spoil", [_garbage, _foreign, _ours_but_reshaped, _truncated, _newer],
    ids=["garbage", "foreign-schema", "reshaped", "truncated", "newer-version"],
)
def test_bad_file_is_moved_aside_and_a_fresh_store_works(path: Path, spoil: object) -> None:
    path.parent.mkdir(parents=True)
    assert callable(spoil)
    spoil(path)
    original = path.read_bytes()
    store, message = open_store(path)
    assert message is not None
    aside = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".corrupt-")]
    assert [p.name for p in aside if not p.name.endswith(("-wal", "-shm"))] == [aside[0].name]
    assert aside[0].read_bytes() == original
    assert str(aside[0]) in message
    assert message.endswith("a fresh store was started.")
    if spoil is _newer:
        assert "newer version" in message
    else:
        assert message.startswith("Saved drafts could not be read")
    store.save_draft(ACCOUNT, "d", LinkForm(title="fresh"), link_id=None, idempotency_key=None)
    assert [d.form.title for d in store.drafts(ACCOUNT)] == ["fresh"]
    store.close()
    again, message = open_store(path)
    assert message is None
    assert len(again.drafts(ACCOUNT)) == 1
    again.close()


def test_a_stale_wal_never_reaches_the_fresh_store(path: Path) -> None:
    path.parent.mkdir(parents=True)
    _garbage(path)
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"stale wal")
    store, message = open_store(path)
    assert message is not None
    # SQLite may drop an invalid WAL itself; if it survives, it sits beside the set-aside file.
    assert not wal.exists() or wal.read_bytes() != b"stale wal"
    store.save_draft(ACCOUNT, "d", LinkForm(), link_id=None, idempotency_key=None)
    store.close()
    again, message = open_store(path)
    assert message is None and len(again.drafts(ACCOUNT)) == 1
    again.close()


def test_a_folder_in_place_of_the_file_is_set_aside(path: Path) -> None:
    path.mkdir(parents=True)
    store, message = open_store(path)
    assert message is not None and "set aside" in message
    store.save_draft(ACCOUNT, "d", LinkForm(), link_id=None, idempotency_key=None)
    assert path.is_file()
    store.close()


def test_without_any_usable_place_the_store_lives_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store, message = open_store(blocker / "local-store.sqlite3")
    assert message is not None and "only while the app is open" in message
    assert store.path is None
    store.save_draft(ACCOUNT, "d", LinkForm(title="kept"), link_id=None, idempotency_key=None)
    assert store.drafts(ACCOUNT)[0].form.title == "kept"
    store.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_an_unreadable_file_is_set_aside(path: Path) -> None:
    _fill(path)
    path.chmod(0)
    store, message = open_store(path)
    assert message is not None
    store.save_draft(ACCOUNT, "d", LinkForm(), link_id=None, idempotency_key=None)
    store.close()


def test_a_closed_store_raises_store_error(path: Path) -> None:
    store, _ = open_store(path)
    store.close()
    with pytest.raises(StoreError):
        store.drafts(ACCOUNT)


# ---------------------------------------------------------------------------- no secrets


def test_store_file_never_holds_a_secret(path: Path) -> None:
    register_secret(KEY)
    basic = base64.b64encode(f"{KEY}:".encode()).decode()
    store, _ = open_store(path)
    leaky = full_form()
    leaky.title = f"pasted {KEY} by mistake"
    leaky.metadata = [("api_key", KEY), (KEY, "as a key"), ("auth", basic)]
    store.save_draft(ACCOUNT, "d", leaky, link_id=None, idempotency_key=None)
    store.save_listing(
        ACCOUNT, "all", [_link(1, description=f"see {KEY}", metadata={"k": basic})], {"cl_1": 1}
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


# ---------------------------------------------------------------------------- concurrency


def test_threads_can_share_one_store(store: LocalStore) -> None:
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(25):
                store.save_draft(ACCOUNT, f"t{n}-{i}", LinkForm(title=str(i)), link_id=None,
                                 idempotency_key=None)
                store.load_listing(ACCOUNT, "all")
        except BaseException as exc:
            errors.append(exc)

    def lister() -> None:
        for i in range(25):
            store.save_listing(ACCOUNT, "all", [_link(i)], None)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    threads.append(threading.Thread(target=lister))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert len(store.drafts(ACCOUNT)) == 100


# ---------------------------------------------------------------------------- killed mid-write

_WRITER = r"""
import sys
from pathlib import Path
from leanrails_desktop.core.cache import LocalStore
from leanrails_desktop.core.link_form import LinkForm

store = LocalStore(Path(sys.argv[1]))
big = "x" * 20000
i = 0
while True:
    i += 1
    store.save_draft("acct_1", "main", LinkForm(title=f"rev {i}", description=big),
                     link_id=None, idempotency_key=f"key-{i}")
    store.save_listing("acct_1", "all", [], {"cl_%d" % n: n for n in range(i % 50)})
    print(i, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after", [5, 60])
def test_a_process_killed_mid_write_leaves_a_readable_store(path: Path, kill_after: int) -> None:
    path.parent.mkdir(parents=True)
    root = Path(leanrails_desktop.__file__).resolve().parent.parent
    search_path = os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": search_path}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, env=env, text=True
    )
    assert proc.stdout is not None
    printed: list[int] = []
    try:
        for line in proc.stdout:
            printed.append(int(line))
            if printed[-1] >= kill_after:
                break
        assert printed, "the writer never committed anything"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        printed.extend(int(line) for line in proc.stdout.read().split())
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    last = printed[-1]
    store, message = open_store(path)
    assert message is None
    [draft] = store.drafts("acct_1")
    revision = int(draft.form.title.split()[1])
    # Everything reported as committed is there; at most the next write also landed.
    assert last <= revision <= last + 1
    assert draft.idempotency_key == f"key-{revision}"
    assert draft.form.description == "x" * 20000
    assert store.load_listing("acct_1", "all") is not None
    store.close()


def test_every_cached_line_item_of_an_account(store: LocalStore) -> None:
    store.cache_line_items_many(
        ACCOUNT, {"cl_1": [LineItem(id="clli_1"), LineItem(id="clli_2")], "cl_2": []}
    )
    store.cache_line_items(OTHER, "cl_9", [LineItem(id="clli_9")])
    every = sorted(item.id for items in store.all_cached_line_items(ACCOUNT) for item in items)
    assert every == ["clli_1", "clli_2"]
