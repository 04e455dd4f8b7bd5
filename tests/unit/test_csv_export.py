"""CSV export: round trips through Python's csv module and pandas, safety, atomicity, streaming."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leanrails_desktop.core.api.objects import (
    AfterCompletion,
    CheckoutLink,
    CompletedSessions,
    HostedConfirmation,
    LineItem,
    Redirect,
    Restrictions,
)
from leanrails_desktop.core.exports.atomic import TEMP_SUFFIX, ExportCancelled
from leanrails_desktop.core.exports.csv import (
    LINE_ITEM_COLUMNS,
    LINK_COLUMNS,
    export_links_csv,
    link_row,
    neutralize,
)

TRICKY_TITLE = 'Café "Deluxe", naïve 🎧 — שלום مرحبا'
TRICKY_DESCRIPTION = 'Line one, with comma\nLine two "quoted"\r\nLine three\ttab ✓'
TRICKY_METADATA = {"sku": 'A,1 "x"', "note": "multi\nline", "ünï": "ℝ → 🚀", "rtl": "עברית"}
CREATED = 1742025600  # 2025-03-15T08:00:00Z


def make_link(i: int = 1, **fields: object) -> CheckoutLink:
    link_id = f"cl_{i:012d}"
    values: dict[str, object] = {
        "id": link_id,
        "url": f"https://checkout.leanrails.com/cl/{link_id}",
        "title": f"Link {i}",
        "created": CREATED,
    }
    values.update(fields)
    return CheckoutLink(**values)  # type: ignore[arg-type]


def item(n: int, qty: int, unit: int, name: str, currency: str = "usd") -> LineItem:
    return LineItem(
        id=f"clli_{n}", price=f"price_{n}", product=f"prod_{n}", quantity=qty,
        amount_subtotal=qty * unit, amount_total=qty * unit, currency=currency, description=name,
    )


ITEMS = {
    "cl_000000000001": [item(1, 2, 49900, "Premium Headphones"), item(2, 1, 900, "Cable")],
    "cl_000000000002": [item(3, 3, 3500, "Tea", "jpy")],
}


def items_for(link: CheckoutLink) -> Sequence[LineItem]:
    return ITEMS.get(link.id, [])


def read_dicts(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def tricky_link() -> CheckoutLink:
    return make_link(
        1,
        title=TRICKY_TITLE,
        description=TRICKY_DESCRIPTION,
        metadata=TRICKY_METADATA,
        after_completion=AfterCompletion(
            type="hosted_confirmation",
            hosted_confirmation=HostedConfirmation("Merci, à bientôt!"),
        ),
        restrictions=Restrictions(CompletedSessions(5)),
        inactive_message="Sold out, sorry",
        allow_promotion_codes=True,
        livemode=True,
    )


def test_round_trip_through_the_csv_module(tmp_path: Path) -> None:
    target = tmp_path / "links.csv"
    redirect = make_link(
        2, after_completion=AfterCompletion(type="redirect", redirect=Redirect("https://x.example/ok")),
        active=False, submit_type="donate", billing_address_collection="required", created=0,
    )
    assert export_links_csv(target, [tricky_link(), redirect], line_items_for=items_for) == 2
    first, second = read_dicts(target)
    assert list(first) == list(LINK_COLUMNS)
    assert first["title"] == TRICKY_TITLE
    assert first["description"] == TRICKY_DESCRIPTION
    assert json.loads(first["metadata"]) == TRICKY_METADATA
    assert first["metadata"] == json.dumps(TRICKY_METADATA, sort_keys=True, ensure_ascii=False)
    assert first["amount_total"] == "100700"
    assert first["amount_total_formatted"] == "$1,007.00"
    assert first["line_items"] == "2 × Premium Headphones ($499.00); 1 × Cable ($9.00)"
    assert (first["active"], first["livemode"], first["allow_promotion_codes"]) == ("true",) * 3
    assert first["after_completion_type"] == "hosted_confirmation"
    assert first["custom_message"] == "Merci, à bientôt!"
    assert first["completed_sessions_limit"] == "5"
    assert first["inactive_message"] == "Sold out, sorry"
    assert first["created"] == "2025-03-15T08:00:00Z"
    assert first["currency"] == "usd"
    assert second["amount_total"] == "10500"
    assert second["amount_total_formatted"] == "¥10,500"
    assert second["line_items"] == "3 × Tea (¥3,500)"
    assert (second["active"], second["submit_type"]) == ("false", "donate")
    assert second["billing_address_collection"] == "required"
    assert second["redirect_url"] == "https://x.example/ok"
    assert second["completed_sessions_limit"] == "" and second["created"] == ""


def test_round_trip_through_pandas(tmp_path: Path) -> None:
    import pandas  # in the test extras; a missing pandas should fail, not skip

    target = tmp_path / "links.csv"
    export_links_csv(target, [tricky_link(), make_link(2)], line_items_for=items_for, bom=True)
    frame = pandas.read_csv(target, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(frame.columns) == list(LINK_COLUMNS)
    assert frame.loc[0, "title"] == TRICKY_TITLE
    assert frame.loc[0, "description"] == TRICKY_DESCRIPTION
    assert json.loads(frame.loc[0, "metadata"]) == TRICKY_METADATA
    assert frame.loc[1, "metadata"] == "{}"
    numbers = pandas.read_csv(target, encoding="utf-8-sig")
    assert numbers.loc[0, "amount_total"] == 100700


def test_without_line_items_totals_and_summary_are_empty(tmp_path: Path) -> None:
    target = tmp_path / "links.csv"
    export_links_csv(target, [make_link(1), make_link(9)], line_items_for=items_for)
    export_links_csv(tmp_path / "none.csv", [make_link(1)])
    rows = read_dicts(target)
    assert rows[0]["amount_total"] == "100700"
    assert (rows[1]["amount_total"], rows[1]["amount_total_formatted"], rows[1]["line_items"]) == (
        "", "", ""
    )
    (only,) = read_dicts(tmp_path / "none.csv")
    assert (only["amount_total"], only["line_items"]) == ("", "")


def test_rfc4180_crlf_line_ends_and_optional_bom(tmp_path: Path) -> None:
    plain, with_bom = tmp_path / "plain.csv", tmp_path / "bom.csv"
    export_links_csv(plain, [make_link(1), make_link(2)])
    export_links_csv(with_bom, [make_link(1), make_link(2)], bom=True)
    data = plain.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert with_bom.read_bytes() == b"\xef\xbb\xbf" + data
    lines = data.split(b"\r\n")
    assert len(lines) == 4 and lines[-1] == b""
    assert b"\n" not in data.replace(b"\r\n", b"")
    quoted = tmp_path / "quoted.csv"
    export_links_csv(quoted, [make_link(1, title='Say "hi", friend')])
    assert b'"Say ""hi"", friend"' in quoted.read_bytes()


@pytest.mark.parametrize(
    "value",
    ['=HYPERLINK("https://evil.example","Click")', "+1", "-1", "@SUM(A1:A3)", "\tx", "\rx",
     "  =1+2", "\n=cmd"],
)
def test_formula_cells_are_neutralised(tmp_path: Path, value: str) -> None:
    target = tmp_path / "links.csv"
    export_links_csv(
        target, [make_link(1, title=value, description=value, inactive_message=value)]
    )
    (row,) = read_dicts(target)
    assert row["title"] == row["description"] == row["inactive_message"] == "'" + value


@pytest.mark.parametrize("value", ["Plain", "a=b", "1+1", "", "e-mail", "'quoted"])
def test_harmless_cells_are_left_alone(value: str) -> None:
    assert neutralize(value) == value


def test_per_line_item_mode(tmp_path: Path) -> None:
    target = tmp_path / "items.csv"
    links = [make_link(1, title="=Bundle"), make_link(2), make_link(3, title="No items")]
    assert export_links_csv(target, links, line_items_for=items_for, per_line_item=True) == 4
    rows = read_dicts(target)
    assert list(rows[0]) == list(LINE_ITEM_COLUMNS)
    assert [(r["link_id"], r["line_item_id"]) for r in rows] == [
        ("cl_000000000001", "clli_1"),
        ("cl_000000000001", "clli_2"),
        ("cl_000000000002", "clli_3"),
        ("cl_000000000003", ""),
    ]
    first = rows[0]
    assert first["link_title"] == "'=Bundle"
    assert (first["price"], first["product"], first["description"]) == (
        "price_1", "prod_1", "Premium Headphones"
    )
    quantities = (first["quantity"], first["unit_amount"], first["amount_total"])
    assert quantities == ("2", "49900", "99800")
    assert first["amount_total_formatted"] == "$998.00"
    assert (first["currency"], first["active"]) == ("usd", "true")
    assert first["url"] == "https://checkout.leanrails.com/cl/cl_000000000001"
    assert rows[2]["amount_total_formatted"] == "¥10,500"
    assert rows[3]["quantity"] == "" and rows[3]["currency"] == "usd"


def test_cancel_after_some_rows_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "links.csv"
    done: list[int] = []
    with pytest.raises(ExportCancelled):
        export_links_csv(
            target, (make_link(i) for i in range(100)),
            progress=done.append, cancelled=lambda: len(done) >= 5,
        )
    assert done == [1, 2, 3, 4, 5]
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_existing_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "links.csv"
    target.write_bytes(b"previous export\r\n")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(ExportCancelled):
        export_links_csv(target, (make_link(i) for i in range(100)), cancelled=cancelled)
    assert target.read_bytes() == b"previous export\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["links.csv"]


def test_exception_mid_stream_leaves_no_temp_file(tmp_path: Path) -> None:
    def links() -> Iterator[CheckoutLink]:
        yield make_link(1)
        yield make_link(2)
        raise RuntimeError("connection lost while paging")

    target = tmp_path / "links.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError, match="connection lost"):
        export_links_csv(target, links())
    assert target.read_text(encoding="utf-8") == "old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(TEMP_SUFFIX)]
    assert [p.name for p in tmp_path.iterdir()] == ["links.csv"]


class OnceOnly:
    """An iterable that may be iterated once, like a pager over the API."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.iterations = 0

    def __iter__(self) -> Iterator[CheckoutLink]:
        self.iterations += 1
        assert self.iterations == 1, "links were iterated twice"
        return (make_link(i) for i in range(self.count))


def test_links_are_iterated_once(tmp_path: Path) -> None:
    links = OnceOnly(50)
    assert export_links_csv(tmp_path / "links.csv", links) == 50
    assert links.iterations == 1


def test_rows_are_written_while_links_are_still_arriving() -> None:
    stream = io.StringIO(newline="")

    def links() -> Iterator[CheckoutLink]:
        for i in range(1, 200):
            # Everything before this link is already in the stream: nothing is buffered up.
            assert stream.getvalue().count("\r\n") >= i  # header + (i - 1) rows
            yield make_link(i)

    assert export_links_csv(stream, links()) == 199
    assert stream.getvalue().count("\r\n") == 200


def test_binary_stream_gets_utf8(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    export_links_csv(buffer, [make_link(1, title="Crème")], bom=True)
    data = buffer.getvalue()
    assert data.startswith(b"\xef\xbb\xbfid,title,")
    assert "Crème".encode() in data
    assert not buffer.closed


printable = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
    max_size=80,
)


@settings(max_examples=60, deadline=None)
@given(
    title=printable, description=printable, meta=st.dictionaries(printable, printable, max_size=4)
)
def test_any_text_round_trips(title: str, description: str, meta: dict[str, str]) -> None:
    stream = io.StringIO(newline="")
    export_links_csv(stream, [make_link(1, title=title, description=description, metadata=meta)])
    (row,) = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert row["title"] == spreadsheet_safe(title)
    assert row["description"] == spreadsheet_safe(description)
    assert json.loads(row["metadata"]) == meta


# The rule, as the module's docstring states it: a cell whose first character (or first one
# after leading whitespace) is = + - @, or that starts with a tab or carriage return, gets a
# leading apostrophe. Written out here rather than taken from ``neutralize``.
def spreadsheet_safe(text: str) -> str:
    starts_formula = text[:1] in ("=", "+", "-", "@", "\t", "\r")
    after_space = text.lstrip()[:1] in ("=", "+", "-", "@")
    return "'" + text if starts_formula or after_space else text


@pytest.mark.parametrize(
    ("text", "cell"),
    [("=1", "'=1"), ("  +1", "'  +1"), ("\n-1", "'\n-1"), ("\r", "'\r"), ("a=1", "a=1"), ("", "")],
)
def test_the_oracle_rule_itself(text: str, cell: str) -> None:
    assert spreadsheet_safe(text) == cell


def test_ten_thousand_links_stream_in_small_memory(tmp_path: Path) -> None:
    import tracemalloc

    target = tmp_path / "big.csv"
    links = (make_link(i, description="A fairly ordinary description. " * 3) for i in range(10_000))
    tracemalloc.start()
    try:
        assert export_links_csv(target, links) == 10_000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = target.stat().st_size
    assert size > 2_000_000
    assert peak < size / 4, f"peak {peak} bytes for a {size}-byte file"


# Every text cell of both layouts, from a link whose every text field a hostile server (or a
# merchant's paste) made formula-shaped. The expected cells are written out: the apostrophe
# that a spreadsheet shows as nothing, in front of the text as it was.
def hostile_link() -> CheckoutLink:
    return CheckoutLink(
        id="=cl_id()",
        url="=url()",
        title="=HYPERLINK(\"https://evil.example\",\"Click\")",
        description="+description",
        currency="-cur",
        submit_type="@submit",
        billing_address_collection="\tbilling",
        after_completion=AfterCompletion(
            type="=type",
            hosted_confirmation=HostedConfirmation("=cmd|' /C calc'!A0"),
        ),
        inactive_message="\r=inactive",
        metadata={"=key": "=value"},
        created=CREATED,
    )


def hostile_redirect_link() -> CheckoutLink:
    return make_link(
        7,
        after_completion=AfterCompletion(type="redirect", redirect=Redirect("  =redirect()")),
    )


def hostile_item() -> LineItem:
    return LineItem(
        id="=clli()", price="+price", product="-prod", quantity=1, amount_subtotal=500,
        amount_total=500, currency="usd", description="@item",
    )


def test_every_text_column_of_the_link_layout_is_neutralised(tmp_path: Path) -> None:
    target = tmp_path / "links.csv"
    export_links_csv(
        target, [hostile_link(), hostile_redirect_link()], line_items_for=lambda _: [hostile_item()]
    )
    row, redirect_row = read_dicts(target)
    assert {column: row[column] for column in LINK_COLUMNS} == {
        "id": "'=cl_id()",
        "title": "'=HYPERLINK(\"https://evil.example\",\"Click\")",
        "description": "'+description",
        "active": "true",
        "url": "'=url()",
        "currency": "'-cur",
        "amount_total": "500",
        "amount_total_formatted": "$5.00",
        "line_items": "1 × @item ($5.00)",
        "submit_type": "'@submit",
        "billing_address_collection": "'\tbilling",
        "allow_promotion_codes": "false",
        "after_completion_type": "'=type",
        "redirect_url": "",
        "custom_message": "'=cmd|' /C calc'!A0",
        "completed_sessions_limit": "",
        "inactive_message": "'\r=inactive",
        "metadata": '{"=key": "=value"}',
        "livemode": "false",
        "created": "2025-03-15T08:00:00Z",
    }
    assert redirect_row["redirect_url"] == "'  =redirect()"
    assert redirect_row["custom_message"] == ""


def test_every_text_column_of_the_line_item_layout_is_neutralised(tmp_path: Path) -> None:
    target = tmp_path / "items.csv"
    export_links_csv(
        target, [hostile_link()], line_items_for=lambda _: [hostile_item()], per_line_item=True
    )
    (row,) = read_dicts(target)
    assert {column: row[column] for column in LINE_ITEM_COLUMNS} == {
        "link_id": "'=cl_id()",
        "link_title": "'=HYPERLINK(\"https://evil.example\",\"Click\")",
        "line_item_id": "'=clli()",
        "price": "'+price",
        "product": "'-prod",
        "description": "'@item",
        "quantity": "1",
        "unit_amount": "500",
        "amount_total": "500",
        "amount_total_formatted": "$5.00",
        "currency": "usd",
        "active": "true",
        "url": "'=url()",
    }


def test_a_negative_amount_from_the_server_is_not_a_formula(tmp_path: Path) -> None:
    refund = LineItem(
        id="clli_r", price="price_r", product="prod_r", quantity=1, amount_subtotal=-250,
        amount_total=-250, currency="usd", description="Refund",
    )
    links_csv, items_csv = tmp_path / "links.csv", tmp_path / "items.csv"
    export_links_csv(links_csv, [make_link(1)], line_items_for=lambda _: [refund])
    export_links_csv(
        items_csv, [make_link(1)], line_items_for=lambda _: [refund], per_line_item=True
    )
    (row,) = read_dicts(links_csv)
    assert (row["amount_total"], row["amount_total_formatted"]) == ("-250", "'-$2.50")
    assert row["line_items"] == "1 × Refund (-$2.50)"
    (item_row,) = read_dicts(items_csv)
    assert (item_row["amount_total"], item_row["amount_total_formatted"]) == ("-250", "'-$2.50")


def test_odd_line_items_from_the_server(tmp_path: Path) -> None:
    odd = [
        # 3 for 1000 cents: no whole unit price, so the total is shown instead.
        LineItem(id="clli_a", price="price_a", product="prod_a", quantity=3,
                 amount_subtotal=1000, amount_total=1000, currency="eur", description="Thirds"),
        LineItem(id="clli_b", price="price_b", product="prod_b", quantity=0,
                 amount_subtotal=0, amount_total=0, currency="eur", description="None at all"),
        LineItem(id="clli_c", price="price_c", product="prod_c", quantity=1,
                 amount_subtotal=100, amount_total=100, currency="eur"),
        LineItem(id="clli_d", price="price_d", quantity=1, amount_subtotal=100,
                 amount_total=100, currency="eur"),
        LineItem(id="clli_e", quantity=1, amount_subtotal=100, amount_total=100, currency="eur"),
    ]
    links_csv, items_csv = tmp_path / "links.csv", tmp_path / "items.csv"
    link = make_link(1, currency="eur", active=False)
    export_links_csv(links_csv, [link], line_items_for=lambda _: odd)
    export_links_csv(items_csv, [link], line_items_for=lambda _: odd, per_line_item=True)
    (row,) = read_dicts(links_csv)
    assert row["line_items"] == (
        "3 × Thirds (€10.00 in total); 0 × None at all (€0.00 in total); "
        "1 × prod_c (€1.00); 1 × price_d (€1.00); 1 × clli_e (€1.00)"
    )
    assert (row["amount_total"], row["amount_total_formatted"]) == ("1300", "€13.00")
    rows = read_dicts(items_csv)
    assert [(r["quantity"], r["unit_amount"], r["amount_total"]) for r in rows] == [
        ("3", "", "1000"), ("0", "", "0"), ("1", "100", "100"), ("1", "100", "100"),
        ("1", "100", "100"),
    ]
    assert [r["active"] for r in rows] == ["false"] * 5
    assert [(r["price"], r["product"], r["description"]) for r in rows[2:]] == [
        ("price_c", "prod_c", ""), ("price_d", "", ""), ("", "", ""),
    ]


def test_empty_optional_fields_are_empty_cells(tmp_path: Path) -> None:
    target = tmp_path / "links.csv"
    export_links_csv(target, [make_link(1, description=None, inactive_message=None)])
    (row,) = read_dicts(target)
    assert (row["description"], row["inactive_message"], row["redirect_url"]) == ("", "", "")
    assert (row["custom_message"], row["completed_sessions_limit"]) == ("", "")
    assert (row["id"], row["url"]) == (
        "cl_000000000001", "https://checkout.leanrails.com/cl/cl_000000000001"
    )


def test_cancelled_after_the_last_row_still_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "links.csv"
    done: list[int] = []
    with pytest.raises(ExportCancelled):
        export_links_csv(
            target, [make_link(1), make_link(2)],
            progress=done.append, cancelled=lambda: len(done) == 2,
        )
    assert done == [1, 2]
    assert list(tmp_path.iterdir()) == []


def test_a_text_stream_that_is_not_a_text_io_base(tmp_path: Path) -> None:
    import tempfile

    with tempfile.SpooledTemporaryFile(mode="w+", newline="", encoding="utf-8") as spooled:
        assert export_links_csv(spooled, [make_link(1, title="Crème")]) == 1
        spooled.seek(0)
        text = spooled.read()
    assert text.startswith("id,title,") and "Crème" in text


def test_a_binary_stream_is_utf8_whatever_the_locale() -> None:
    script = (
        "import io, sys\n"
        "from leanrails_desktop.core.api.objects import CheckoutLink\n"
        "from leanrails_desktop.core.exports.csv import export_links_csv\n"
        "buffer = io.BytesIO()\n"
        "export_links_csv(buffer, [CheckoutLink(id='cl_1', title='Cr\\u00e8me \\U0001f3a7')])\n"
        "sys.stdout.write(buffer.getvalue().hex())\n"
    )
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0",
           "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    data = bytes.fromhex(done.stdout)
    assert data.split(b"\r\n")[1].startswith(b"cl_1,Cr\xc3\xa8me \xf0\x9f\x8e\xa7,")
    # The same bytes as this process writes under its own (UTF-8) locale.
    here = io.BytesIO()
    export_links_csv(here, [CheckoutLink(id="cl_1", title="Cr\u00e8me \U0001f3a7")])
    assert here.getvalue() == data


def test_link_row_gives_each_columns_value() -> None:
    items = ITEMS["cl_000000000001"]
    assert dict(zip(LINK_COLUMNS, link_row(tricky_link(), items), strict=True)) == {
        "id": "cl_000000000001",
        "title": TRICKY_TITLE,
        "description": TRICKY_DESCRIPTION,
        "active": True,
        "url": "https://checkout.leanrails.com/cl/cl_000000000001",
        "currency": "usd",
        "amount_total": 100700,
        "amount_total_formatted": "$1,007.00",
        "line_items": "2 × Premium Headphones ($499.00); 1 × Cable ($9.00)",
        "submit_type": "auto",
        "billing_address_collection": "auto",
        "allow_promotion_codes": True,
        "after_completion_type": "hosted_confirmation",
        "redirect_url": None,
        "custom_message": "Merci, à bientôt!",
        "completed_sessions_limit": 5,
        "inactive_message": "Sold out, sorry",
        "metadata": json.dumps(TRICKY_METADATA, sort_keys=True, ensure_ascii=False),
        "livemode": True,
        "created": "2025-03-15T08:00:00Z",
    }
    redirect = make_link(
        2, after_completion=AfterCompletion(type="redirect", redirect=Redirect("https://x.example")),
    )
    row = dict(zip(LINK_COLUMNS, link_row(redirect), strict=True))
    assert (row["amount_total"], row["amount_total_formatted"], row["line_items"]) == (
        None, None, None
    )
    assert (row["redirect_url"], row["custom_message"], row["metadata"]) == (
        "https://x.example", None, "{}"
    )
    assert row["completed_sessions_limit"] is None


@pytest.mark.parametrize("link", [tricky_link(), hostile_link(), make_link(3, active=False)])
def test_the_export_writes_what_link_row_gives(link: CheckoutLink) -> None:
    # Two paths build a row (the export's fast one and link_row): they must agree cell for
    # cell, with None empty, booleans true/false, and text made spreadsheet-safe.
    items = [hostile_item()]
    stream = io.StringIO(newline="")
    export_links_csv(stream, [link], line_items_for=lambda _: items)
    (written,) = list(csv.reader(io.StringIO(stream.getvalue(), newline="")))[1:]

    def shown(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return spreadsheet_safe(value) if isinstance(value, str) else str(value)

    assert written == [shown(value) for value in link_row(link, items)]
