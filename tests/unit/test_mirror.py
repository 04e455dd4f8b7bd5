"""The mirror: links and line items kept as sent, passes, counts, windows, search and sort.

Every read is checked the same way with and without the trigram index, and against a plain
Python model of the same links.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.locale import using_locale
from leanrails_desktop.core.mirror import (
    Counts,
    Mirror,
    MirrorQuery,
    MirrorUnusable,
    SortKey,
    open_mirror,
    search_text,
)
from leanrails_desktop.core.mirror import search as mirror_search

BASE = "https://checkout.leanrails.com/cl/"


def item(n: int, amount: int, *, quantity: int = 1, currency: str = "usd",
         description: str = "Premium Headphones", product: str = "prod_headphones1",
         **extra: Any) -> dict[str, Any]:
    return {
        "id": f"clli_{n:012d}", "object": "item", "price": f"price_{n:012d}",
        "product": product, "quantity": quantity, "amount_subtotal": amount,
        "amount_total": amount, "currency": currency, "description": description, **extra,
    }


def link(n: int, *, title: str | None = None, created: int | None = None, active: bool = True,
         currency: str = "usd", items: list[dict[str, Any]] | None = None,
         **fields: Any) -> dict[str, Any]:
    """A link object as the server lists it; ``items`` expanded when given."""
    link_id = f"cl_{n:012d}"
    body: dict[str, Any] = {
        "id": link_id, "object": "checkout_link", "active": active, "mode": "payment",
        "url": BASE + link_id, "title": title if title is not None else f"Link {n}",
        "description": None, "currency": currency,
        "after_completion": {"type": "hosted_confirmation"},
        "billing_address_collection": "auto", "allow_promotion_codes": False,
        "restrictions": None, "submit_type": "auto", "inactive_message": None,
        "metadata": {}, "livemode": False,
        "created": created if created is not None else 1_700_000_000 + n,
    }
    body.update(fields)
    if items is not None:
        body["line_items"] = {"object": "list", "data": items, "has_more": False,
                              "url": f"/v1/checkout_links/{link_id}/line_items"}
    return body


@pytest.fixture(params=[True, False], ids=["index", "scan"])
def mirror(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Mirror]:
    with Mirror(tmp_path / "mirror.sqlite3", use_index=request.param) as made:
        yield made


def fill(mirror: Mirror, links: list[dict[str, Any]], *, index_after: int | None = None) -> int:
    """Write ``links`` in one complete pass; the search index catches up with the first
    ``index_after`` of them (all, for None), as a sync does after its pass."""
    number = mirror.begin_pass()
    for start in range(0, len(links), 100):
        mirror.write_page(number, links[start:start + 100])
        if index_after is not None and start + 100 == index_after:
            while mirror.index_pending(batch=700):
                pass
    mirror.finish_pass(number, started=1.0, ended=3.5)
    if index_after is None:
        while mirror.index_pending(batch=700):
            pass
    return number


def test_texts_wait_for_the_index_until_asked(tmp_path: Path) -> None:
    with Mirror(tmp_path / "m.sqlite3") as mirror:
        fill(mirror, [link(n) for n in range(30)], index_after=0)
        ones = {link(n)["id"] for n in (1, *range(10, 20), 21)}
        assert set(mirror.ids(MirrorQuery(search="link 1"))) == ones  # found all the same
        assert mirror.index_pending(batch=20) == 10
        assert set(mirror.ids(MirrorQuery(search="link 1"))) == ones
        assert mirror.index_pending() == 0
        assert set(mirror.ids(MirrorQuery(search="link 1"))) == ones
        mirror.put_links([link(3, title="Now renamed")])  # indexed at once
        assert mirror.index_pending() == 0
        assert mirror.ids(MirrorQuery(search="renamed")) == [link(3)["id"]]
        assert link(3)["id"] not in mirror.ids(MirrorQuery(search="link 3"))


def test_the_trigram_index_is_used_when_asked(tmp_path: Path) -> None:
    with Mirror(tmp_path / "a.sqlite3") as indexed, \
            Mirror(tmp_path / "b.sqlite3", use_index=False) as scanning:
        assert indexed.indexed_search and not scanning.indexed_search


# ---------------------------------------------------------------------------- kept as sent


def test_links_and_line_items_are_kept_exactly_as_sent(mirror: Mirror) -> None:
    sent = link(1, items=[item(1, 4999, quantity=1, tax_rate="x"), item(2, 100)],
                metadata={"sku": "HP-1"}, brand_new_field={"nested": [1, 2]})
    fill(mirror, [sent])
    assert mirror.raw(sent["id"]) == sent
    (kept,) = mirror.links([sent["id"]])
    assert kept == CheckoutLink.from_dict(sent)
    assert kept.extra == {"brand_new_field": {"nested": [1, 2]}}
    assert kept.line_items == [LineItem.from_dict(i) for i in sent["line_items"]["data"]]
    assert mirror.line_items([sent["id"], "cl_unknown"]) == {sent["id"]: kept.line_items}
    (row,) = mirror.window(MirrorQuery(), 0, 10)
    assert (row.id, row.title, row.active, row.created, row.currency, row.amount_total,
            row.url) == (sent["id"], "Link 1", True, sent["created"], "usd", 5099, sent["url"])


def test_a_link_listed_without_line_items_has_none_until_they_are_put(mirror: Mirror) -> None:
    number = mirror.begin_pass()
    written = mirror.write_page(number, [link(1), link(2, items=[item(1, 300)])])
    assert (written.added, written.changed, written.missing_items) == (2, 0, [link(1)["id"]])
    assert mirror.raw(link(1)["id"]) == link(1)
    assert mirror.link(link(1)["id"]).line_items is None  # type: ignore[union-attr]
    assert mirror.without_line_items() == [link(1)["id"]]
    oldest = MirrorQuery(sort=SortKey.ID, descending=False)
    assert mirror.window(oldest, 0, 1)[0].amount_total is None
    assert mirror.count(MirrorQuery(search="17.76")) == 0
    mirror.put_line_items({link(1)["id"]: [item(9, 1776)], "cl_gone": [item(8, 1)]})
    assert mirror.without_line_items() == []
    assert mirror.raw(link(1)["id"]) == link(1, items=[item(9, 1776)])
    assert mirror.count(MirrorQuery(search="17.76")) == 1


def test_a_page_again_changes_nothing_unless_a_link_changed(mirror: Mirror) -> None:
    links = [link(n, items=[item(n, 100 * n)]) for n in range(5)]
    fill(mirror, links)
    number = mirror.begin_pass()
    assert mirror.write_page(number, links) == type(mirror.write_page(number, []))(0, 0, [])
    changed = copy.deepcopy(links)
    changed[2]["title"] = "Renamed"
    changed[2]["active"] = False
    changed[4]["metadata"] = {"new": "key"}
    del changed[3]["line_items"]  # kept line items stay
    written = mirror.write_page(number, changed)
    assert (written.added, written.changed, written.missing_items) == (0, 2, [])
    assert mirror.raw(changed[2]["id"]) == changed[2]
    assert mirror.raw(changed[3]["id"]) == links[3]
    assert mirror.count(MirrorQuery(search="renamed", active=False)) == 1
    assert mirror.count(MirrorQuery(search="new")) == 1


def test_line_items_once_kept_are_not_replaced_by_a_listing(mirror: Mirror) -> None:
    fill(mirror, [link(1, items=[item(1, 500)])])
    number = mirror.begin_pass()
    mirror.write_page(number, [link(1, items=[item(2, 900)])])
    assert mirror.raw(link(1)["id"]) == link(1, items=[item(1, 500)])


def test_incomplete_or_unreadable_expansions_are_not_kept(mirror: Mirror) -> None:
    partial = link(1, items=[item(1, 5)])
    partial["line_items"]["has_more"] = True
    broken = link(2)
    broken["line_items"] = {"object": "list", "data": [{"no": "id"}]}
    number = mirror.begin_pass()
    written = mirror.write_page(number, [partial, broken])
    assert sorted(written.missing_items) == [partial["id"], broken["id"]]
    assert mirror.raw(partial["id"]) == link(1)


def test_a_secret_key_is_never_kept(mirror: Mirror) -> None:
    secret = "sk_live_" + "a1B2c3D4e5F6g7H8i9J0k1L2"
    fill(mirror, [link(1, title=f"Key {secret}", metadata={"k": secret},
                       items=[item(1, 5, description=secret)])])
    text = "".join(
        line.decode("utf-8", "replace")
        for path in mirror.path.parent.glob("mirror.sqlite3*")
        for line in [path.read_bytes()]
    )
    assert secret not in text
    kept = mirror.raw(link(1)["id"])
    assert kept is not None and "[redacted]" in kept["title"]
    assert kept["metadata"] == {"k": "[redacted]"}


# ---------------------------------------------------------------------------- passes


def test_a_complete_pass_removes_links_it_did_not_see(mirror: Mirror) -> None:
    fill(mirror, [link(n, items=[item(n, n)]) for n in range(10)])
    number = mirror.begin_pass()
    mirror.write_page(number, [link(n) for n in range(0, 10, 2)])
    mirror.put_links([link(50)])  # the app created it meanwhile: kept
    assert mirror.count() == 11  # nothing removed before the pass completes
    assert mirror.finish_pass(number, started=10.0, ended=12.0) == 5
    assert mirror.ids(MirrorQuery(sort=SortKey.ID, descending=False)) == [
        link(n)["id"] for n in (0, 2, 4, 6, 8, 50)
    ]
    assert mirror.line_items([link(3)["id"]]) == {}
    assert mirror.count(MirrorQuery(search="link 3")) == 0


def test_a_pass_that_stops_short_keeps_what_it_had(mirror: Mirror) -> None:
    fill(mirror, [link(n) for n in range(6)])
    number = mirror.begin_pass()
    mirror.write_page(number, [link(5, title="Changed")])
    mirror.note_failure("LeanRails could not be reached.", at=20.0)
    assert mirror.count() == 6
    assert mirror.link(link(5)["id"]).title == "Changed"  # type: ignore[union-attr]
    state = mirror.sync_state()
    assert (state.last_complete, state.last_duration, state.last_count) == (3.5, 2.5, 6)
    assert (state.last_failure, state.last_failure_at) == ("LeanRails could not be reached.", 20)
    assert state.passes == 2


def test_sync_state_of_a_complete_pass(mirror: Mirror) -> None:
    assert mirror.sync_state().last_complete is None
    fill(mirror, [link(n) for n in range(3)])
    state = mirror.sync_state()
    assert (state.last_complete, state.last_duration, state.last_count, state.last_failure) == (
        3.5, 2.5, 3, None
    )


def test_remove(mirror: Mirror) -> None:
    fill(mirror, [link(n, items=[item(n, 1)]) for n in range(4)])
    mirror.remove([link(1)["id"], link(3)["id"], "cl_not_there"])
    assert mirror.ids(MirrorQuery(sort=SortKey.ID, descending=False)) == [
        link(0)["id"], link(2)["id"]
    ]


def test_state_survives_reopening(tmp_path: Path) -> None:
    with Mirror(tmp_path / "m.sqlite3") as first:
        fill(first, [link(n, items=[item(n, 7)]) for n in range(3)])
    with Mirror(tmp_path / "m.sqlite3") as again:
        assert again.count() == 3 and again.sync_state().last_count == 3
        assert again.count(MirrorQuery(search="0.07")) == 3


# ---------------------------------------------------------------------------- searching

SEARCHABLE = [
    link(1, title="Zanzibar Spice Tour", description="Half a day in Stone Town.",
         items=[item(1, 4999, description="Spice tour seat", product="prod_spice01")]),
    link(2, title="Kyoto Walking Tour", currency="jpy", metadata={"guide": "Aiko"},
         items=[item(2, 17000, currency="jpy", description="Walking tour", quantity=2)]),
    link(3, title="Espresso Tasting Box", active=False, metadata={"roast_level": "dark"},
         items=[item(3, 123450, description="Espresso beans"), item(4, 50)]),
    link(4, title="Pearl Diving — Kuwait", currency="kwd",
         items=[item(5, 1500, currency="kwd", description="Pearl dive")]),
    link(5, title="Ünïcödé Straße 100%", items=[item(6, 100, description="Größe_M")]),
]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("zanzibar", {1}),
        ("ZANZ", {1}),
        ("tour", {1, 2}),
        ("tour kyoto", {2}),
        ("walking  tour ", {2}),
        ("stone town", {1}),
        ("cl_000000000003", {3}),
        ("checkout.leanrails.com/cl/cl_000000000004", {4}),
        ("HTTPS://checkout.leanrails.com/cl/cl_000000000005", {5}),
        ("leanrails.com/cl/", set()),
        ("aiko", {2}),
        ("guide", {2}),
        ("roast_level", {3}),
        ("dark", {3}),
        ("spice tour seat", {1}),
        ("prod_spice01", {1}),
        ("espresso beans", {3}),
        ("49.99", {1}),
        ("17,000", {2}),  # the line item: ¥17,000 for two
        ("17000", {2}),
        ("8,500", {2}),  # a unit price
        ("1,235.00", {3}),  # the link's total
        ("1234.50", {3}),
        ("1.500", {4}),
        ("straße", {5}),
        ("strasse", {5}),
        ("100%", {5}),
        ("e_m", {5}),
        ("größe_m", {5}),
        ('"', set()),
        ('tour"', set()),
        ("%", {5}),
        ("_", {1, 2, 3, 4, 5}),  # every URL holds "cl_"
        ("a", {1, 2, 3, 4, 5}),
        ("z", {1}),
        ("ky", {2}),
        ("x", {3}),
        ("nothing like it", set()),
        ("town tokyo", set()),
        ("pearl\x1fdive", {4}),  # characters nobody types are dropped
        ("", {1, 2, 3, 4, 5}),
        ("   ", {1, 2, 3, 4, 5}),
    ],
)
def test_search(mirror: Mirror, search: str, expected: set[int]) -> None:
    fill(mirror, SEARCHABLE)
    ids = {f"cl_{n:012d}" for n in expected}
    assert set(mirror.ids(MirrorQuery(search=search))) == ids
    assert mirror.count(MirrorQuery(search=search)) == len(ids)
    active = {link_id for link_id in ids if link_id != "cl_000000000003"}
    assert mirror.counts(search) == Counts(total=len(ids), active=len(active))
    assert set(mirror.ids(MirrorQuery(search=search, active=True))) == active
    assert mirror.count(MirrorQuery(search=search, active=False)) == len(ids - active)


@pytest.mark.parametrize(
    ("locale", "search", "expected"),
    [
        ("de_DE", "49,99", {1}),  # as the list shows it: 49,99 $
        ("de_DE", "49.99", {1}),  # a dot still reads as decimals
        ("de_DE", "17.000", {2}),  # the German grouping dot
        ("de_DE", "1.234,50", {3}),
        ("de_DE", "1.234,5", {3}),  # typing goes on
        ("de_DE", "1,5", {4}),  # 1,500 KWD
        ("fr_FR", "1 234,50", {3}),  # two words, each found
        ("fr_FR", "1\u202f234,50", {3}),
        ("ja_JP", "１７，０００", {2}),  # full width, from a Japanese input method
        ("de_DE", "zanzibar", {1}),
        ("de_DE", "cl_000000000003", {3}),
    ],
)
def test_search_reads_amounts_as_typed_in_the_locale(
    mirror: Mirror, locale: str, search: str, expected: set[int]
) -> None:
    fill(mirror, SEARCHABLE)
    with using_locale(locale):
        assert set(mirror.ids(MirrorQuery(search=search))) == {f"cl_{n:012d}" for n in expected}


def test_a_match_never_spans_two_fields(mirror: Mirror) -> None:
    fill(mirror, [link(1, title="Alpha", description="Beta")])
    assert mirror.count(MirrorQuery(search="alphabeta")) == 0
    assert mirror.count(MirrorQuery(search="alpha beta")) == 1


def test_search_text_names_every_searchable_field() -> None:
    text = search_text(SEARCHABLE[1], SEARCHABLE[1]["line_items"]["data"])
    assert BASE not in text  # a link's address is found by its id
    for part in ("kyoto walking tour", "cl_000000000002", "guide", "aiko",
                 "walking tour", "17,000", "17000", "8,500", "8500"):
        assert part.casefold() in text


def test_status_changes_move_a_link_between_filters(mirror: Mirror) -> None:
    fill(mirror, SEARCHABLE)
    number = mirror.begin_pass()
    mirror.write_page(number, [{**SEARCHABLE[0], "active": False}])
    assert mirror.count(MirrorQuery(search="zanzibar", active=False)) == 1
    assert mirror.count(MirrorQuery(search="z", active=True)) == 0


# ---------------------------------------------------------------------------- big lists


def many(count: int) -> list[dict[str, Any]]:
    """Links whose words are dense (every link), medium and rare, for both search plans."""
    made = []
    for n in range(count):
        words = ["common"]
        if n % 7 == 0:
            words.append("weekly")
        if n % 997 == 0:
            words.append("rare")
        made.append(link(
            n, title=f"{' '.join(words)} item {n:05d} {chr(97 + n % 26)}",
            created=1_700_000_000 + (n * 7919) % count, active=n % 3 != 0,
            currency=("usd", "eur", "jpy")[n % 3],
            items=None if n % 11 == 0 else [item(n, (n * 31) % 5000 + 1)],
        ))
    return made


BIG = many(3000)


def _model(search: str, active: bool | None) -> list[dict[str, Any]]:
    words = search.casefold().split()
    found = []
    for body in BIG:
        items = body.get("line_items", {}).get("data")
        text = search_text(body, items)
        if all(word in text for word in words) and active in (None, body["active"]):
            found.append(body)
    return found


def _key(sort: SortKey, body: dict[str, Any]) -> tuple[Any, ...]:
    total = (sum(i["amount_total"] for i in body["line_items"]["data"])
             if "line_items" in body else None)
    return {
        SortKey.CREATED: (body["created"], body["id"]),
        SortKey.TITLE: (body["title"].casefold(), body["id"]),
        SortKey.ACTIVE: (body["active"], body["created"], body["id"]),
        SortKey.AMOUNT: (body["currency"], -1 if total is None else total, body["id"]),
        SortKey.URL: (body["url"], body["id"]),
        SortKey.ID: (body["id"],),
    }[sort]


@pytest.fixture(scope="module", params=["index", "pending", "scan"])
def big(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
        ) -> Iterator[Mirror]:
    """The index caught up; the last 1,000 links not indexed yet; no index at all."""
    path = tmp_path_factory.mktemp("big") / "m.sqlite3"
    with Mirror(path, use_index=request.param != "scan") as made:
        fill(made, BIG, index_after=2000 if request.param == "pending" else None)
        yield made


@pytest.mark.parametrize("search", ["", "common", "weekly", "rare", "item 0", "c", "k",
                                    "weekly b", "rare item", "zzz", "common 9", "weekly 1",
                                    "mm", "common mm", "weekly mm"])
@pytest.mark.parametrize("active", [None, True, False])
@pytest.mark.parametrize("limits", ["as shipped", "small"])
def test_counts_and_windows_match_a_plain_model(
    big: Mirror, search: str, active: bool | None, limits: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if limits == "small":  # every way of planning a search, on 3,000 links
        monkeypatch.setattr(mirror_search, "_SPARSE", 40)
        monkeypatch.setattr(mirror_search, "_NARROWED", 1000)
        monkeypatch.setattr(mirror_search, "_PENDING_SCANNED", 500)
    monkeypatch.setattr(big, "_last_plan", None)
    expected = _model(search, active)
    query = MirrorQuery(search=search, active=active)
    assert big.count(query) == len(expected)
    for sort in SortKey:
        for descending in (False, True):
            ordered = sorted(expected, key=lambda body: _key(sort, body), reverse=descending)
            ids = [body["id"] for body in ordered]
            q = MirrorQuery(search=search, active=active, sort=sort, descending=descending)
            assert [row.id for row in big.window(q, 0, 50)] == ids[:50], (sort, descending)
            middle = len(ids) // 2
            assert big.ids(q, middle, 30) == ids[middle:middle + 30], (sort, descending)
    assert big.ids(query) == [
        body["id"] for body in sorted(expected, key=lambda b: _key(SortKey.CREATED, b),
                                      reverse=True)
    ]


def test_window_past_the_end_is_empty(big: Mirror) -> None:
    assert big.window(MirrorQuery(), 3000, 100) == []
    assert len(big.window(MirrorQuery(), 2990, 100)) == 10
    assert big.window(MirrorQuery(), 0, 0) == []


# ---------------------------------------------------------------------------- files


def test_reads_do_not_wait_for_a_write_under_way(tmp_path: Path) -> None:
    with Mirror(tmp_path / "m.sqlite3") as mirror:
        fill(mirror, [link(n) for n in range(3)])
        other = sqlite3.connect(tmp_path / "m.sqlite3", timeout=0.1, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE links SET active = 0")
        assert mirror.counts() == Counts(total=3, active=3)  # the last committed state
        assert len(mirror.window(MirrorQuery(search="link"), 0, 10)) == 3
        other.execute("ROLLBACK")
        other.close()


def test_a_damaged_file_is_set_aside_and_started_again(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    path.write_bytes(b"this is not a database, just bytes" * 200)
    mirror, message = open_mirror(path)
    with mirror:
        assert message is not None and "set aside" in message
        assert mirror.count() == 0
        fill(mirror, [link(1)])
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    again, message = open_mirror(path)
    with again:
        assert message is None and again.count() == 1


def test_a_foreign_or_newer_file_is_not_used(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE notes (x)")
    db.commit()
    db.close()
    with pytest.raises(MirrorUnusable):
        Mirror(foreign)
    newer = tmp_path / "newer.sqlite3"
    Mirror(newer).close()
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    with pytest.raises(MirrorUnusable, match="newer"):
        Mirror(newer)
    mirror, message = open_mirror(newer)
    with mirror:
        assert message is not None and mirror.count() == 0


def test_objects_are_stored_as_json(tmp_path: Path) -> None:
    with Mirror(tmp_path / "m.sqlite3") as mirror:
        fill(mirror, [link(1, metadata={"ключ": "значение"})])
    db = sqlite3.connect(tmp_path / "m.sqlite3")
    (raw,) = db.execute("SELECT raw FROM link_objects").fetchone()
    db.close()
    assert json.loads(raw)["metadata"] == {"ключ": "значение"}


def test_two_instances_opening_one_new_mirror_at_once_both_open(tmp_path: Path) -> None:
    """A second window on the same data folder, opening the account while the first one
    creates its mirror: before the fix about one open in sixteen failed "database is
    locked" (switching to WAL does not wait for the other's lock)."""
    import threading

    failures: list[str] = []
    for attempt in range(60):
        path = tmp_path / f"race-{attempt}.db"
        barrier = threading.Barrier(2)

        def open_one(target: Path = path, wait: threading.Barrier = barrier) -> None:
            wait.wait(10)
            try:
                Mirror(target).close()
            except Exception as exc:
                failures.append(str(exc))

        threads = [threading.Thread(target=open_one) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert failures == []
