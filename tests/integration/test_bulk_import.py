"""Importing spreadsheets into the sandbox over real HTTP: creation, reruns without
duplicates, retrying failed links alone, the export → import round trip, and the command."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.bulk import (
    CREATED,
    FAILED,
    plan_import,
    read_sheet,
    retry_failed,
    send_import,
)
from leanrails_desktop.core.exports.csv import export_links_csv
from leanrails_desktop.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[2]

SHEET = (
    "link,title,currency,amount,quantity,product,submit_type,active,inactive_message\r\n"
    'w1,Pottery,EUR,"1.234,50",2,prod_pottery,book,,\r\n'
    'w1,,EUR,"35,00",1,prod_clay,,,\r\n'
    ",Yen class,JPY,3500,1,prod_yen,,,\r\n"
    ",Kuwait tour,KWD,1.500,3,prod_tour,,false,Season over\r\n"
)


def _all(client: LeanRailsClient) -> list[CheckoutLink]:
    return list(client.checkout_links.iter())


def _items(client: LeanRailsClient, link_id: str) -> list[tuple[str, int, int, str]]:
    return [
        (i.product, i.quantity, i.amount_total, i.currency)
        for i in client.checkout_links.iter_line_items(link_id)
    ]


def test_import_creates_the_links_and_a_rerun_creates_none(
    client: LeanRailsClient, tmp_path: Path
) -> None:
    path = tmp_path / "links.csv"
    path.write_text(SHEET, encoding="utf-8-sig", newline="")
    plan = plan_import(read_sheet(path))
    assert plan.ok
    seen: list[tuple[int, int]] = []
    result = send_import(client, plan, progress=lambda d, t: seen.append((d, t)))
    assert result.ok and seen == [(1, 3), (2, 3), (3, 3)]
    by_title = {link.title: link for link in _all(client)}
    assert set(by_title) == {"Pottery", "Yen class", "Kuwait tour"}
    pottery = by_title["Pottery"]
    assert pottery.submit_type == "book"
    assert _items(client, pottery.id) == [
        ("prod_pottery", 2, 246900, "eur"), ("prod_clay", 1, 3500, "eur")
    ]
    assert _items(client, by_title["Yen class"].id) == [("prod_yen", 1, 3500, "jpy")]
    kuwait = by_title["Kuwait tour"]
    assert _items(client, kuwait.id) == [("prod_tour", 3, 4500, "kwd")]
    assert not kuwait.active and kuwait.inactive_message == "Season over"
    assert [(r.line, r.link_id) for r in result.results] == [
        (2, pottery.id), (4, by_title["Yen class"].id), (5, kuwait.id)
    ]

    again = send_import(client, plan_import(read_sheet(path)))
    assert again.ok
    assert [r.link_id for r in again.results] == [r.link_id for r in result.results]
    assert len(_all(client)) == 3


def test_failed_links_are_retried_alone(
    sandbox: SandboxServer, make_client: Callable[..., LeanRailsClient], tmp_path: Path
) -> None:
    client = make_client(max_retries=0)
    path = tmp_path / "links.csv"
    path.write_text(SHEET, encoding="utf-8", newline="")
    plan = plan_import(read_sheet(path))
    sandbox.faults.fail_next(1, status=500)
    first = send_import(client, plan)
    assert [r.status for r in first.results] == [FAILED, CREATED, CREATED]
    assert first.results[0].error
    assert len(_all(client)) == 2

    sent: list[tuple[int, int]] = []
    merged = retry_failed(client, plan, first, progress=lambda d, t: sent.append((d, t)))
    assert sent == [(1, 1)]
    assert merged.ok
    assert merged.results[1:] == first.results[1:]
    assert len(_all(client)) == 3


def test_cancel_leaves_the_rest_for_a_rerun(client: LeanRailsClient, tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text(SHEET, encoding="utf-8", newline="")
    plan = plan_import(read_sheet(path))
    done: list[int] = []
    result = send_import(
        client, plan, progress=lambda d, t: done.append(d), cancelled=lambda: len(done) >= 1
    )
    assert result.cancelled and len(result.created()) == 1
    finished = retry_failed(client, plan, result)
    assert finished.ok and len(_all(client)) == 3


def _make_catalogue(client: LeanRailsClient) -> None:
    client.checkout_links.create(
        title="Pottery, evening",
        description="Bring an apron",
        line_items=[
            {"price_data": {"currency": "usd", "product": "prod_pot", "unit_amount": 3500},
             "quantity": 2},
            {"price_data": {"currency": "usd", "product": "prod_clay", "unit_amount": 990},
             "quantity": 1},
        ],
        submit_type="book",
        metadata={"season": "summer"},
        restrictions={"completed_sessions": {"limit": 12}},
    )
    client.checkout_links.create(
        title="Kuwait tour",
        line_items=[{"price_data": {"currency": "kwd", "product": "prod_kw",
                                    "unit_amount": 1500}, "quantity": 1}],
        after_completion={"type": "redirect", "redirect": {"url": "https://example.com/t"}},
    )


def _shape(client: LeanRailsClient) -> list[tuple[object, ...]]:
    return sorted(
        (
            link.title, link.description, link.submit_type, dict(link.metadata),
            link.completed_sessions_limit, link.after_completion.to_dict(),
            tuple(_items(client, link.id)),
        )
        for link in _all(client)
    )


def test_export_then_import_copies_the_catalogue(
    make_client: Callable[..., LeanRailsClient], tmp_path: Path
) -> None:
    import secrets

    source = make_client()
    _make_catalogue(source)
    links = _all(source)

    def items_for(link: CheckoutLink) -> list[object]:
        return list(source.checkout_links.iter_line_items(link.id))

    for per_line_item in (False, True):
        path = tmp_path / f"export-{per_line_item}.csv"
        export_links_csv(path, links, line_items_for=items_for,  # type: ignore[arg-type]
                         per_line_item=per_line_item, bom=True)
        target = make_client(api_key="sk_test_" + secrets.token_hex(12))
        plan = plan_import(read_sheet(path))
        assert plan.ok, plan.all_problems()
        assert send_import(target, plan).ok
        copied = _shape(target)
        original = _shape(source)
        if per_line_item:
            # The per-line-item export carries only the items and the title.
            original = [(t[0], None, "auto", {}, None, {"type": "hosted_confirmation"}, t[6])
                        for t in original]
        assert copied == original
        assert {link.id for link in _all(target)}.isdisjoint(link.id for link in links)


def test_xlsx_import(client: LeanRailsClient, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["title", "currency", "amount", "quantity", "product"])
    sheet.append(["Workshop", "USD", 35.5, 2, "prod_w"])
    path = tmp_path / "links.xlsx"
    book.save(path)
    assert send_import(client, plan_import(read_sheet(path))).ok
    (link,) = _all(client)
    assert _items(client, link.id) == [("prod_w", 2, 7100, "usd")]


def _run_cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from leanrails_desktop.cli import main; "
         "sys.exit(main())", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=60,
    )


def test_console_command_against_the_sandbox(
    sandbox: SandboxServer, sandbox_key: str, client: LeanRailsClient, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEANRAILS")}
    env |= {
        "LEANRAILS_API_KEY": sandbox_key,
        "LEANRAILS_API_BASE": sandbox.base_url,
        "LEANRAILS_DESKTOP_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    }
    good = tmp_path / "links.csv"
    good.write_text(SHEET, encoding="utf-8", newline="")
    bad = tmp_path / "bad.csv"
    bad.write_text("title,currency,amount,product,Colour\nOdd,USD,12.345,prod_a,red\n",
                   encoding="utf-8")

    dry = _run_cli(["import", str(good), "--dry-run"], env, ROOT)
    assert dry.returncode == 0, dry.stderr
    assert "lines 2–3: “Pottery” — 2 line items, €2,504.00" in dry.stdout
    assert "nothing sent" in dry.stdout and _all(client) == []

    refused = _run_cli(["import", str(bad)], env, ROOT)
    assert refused.returncode == 1
    assert "Ignored columns (not known): “Colour”" in refused.stdout
    assert "line 2, amount: 12.345 has more decimals than USD allows" in refused.stdout
    assert _all(client) == []

    done = _run_cli(["import", str(good)], env, ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    ids = {link.id for link in _all(client)}
    assert len(ids) == 3 and all(i in done.stdout for i in ids)
    assert "3 of 3 links created." in done.stdout

    rerun = _run_cli(["import", str(good)], env, ROOT)
    assert rerun.returncode == 0 and {link.id for link in _all(client)} == ids

    missing = _run_cli(["import", str(tmp_path / "nope.csv")], env, ROOT)
    assert missing.returncode == 2 and "could not be read" in missing.stderr

    for run in (dry, refused, done, rerun, missing):
        assert sandbox_key not in run.stdout + run.stderr
        assert sandbox_key[8:] not in run.stdout + run.stderr


def test_console_report_and_export(
    sandbox: SandboxServer, sandbox_key: str, client: LeanRailsClient, tmp_path: Path
) -> None:
    """The import writes its report beside the file (line, status, id, url; formulas
    written as text; readable by its user only); ``leanrails export`` writes the account
    as the app's CSV, filtered, per link or per line item — and offline, what this
    computer has."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEANRAILS")}
    env |= {
        "LEANRAILS_API_KEY": sandbox_key,
        "LEANRAILS_API_BASE": sandbox.base_url,
        "LEANRAILS_DESKTOP_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    }
    sheet = tmp_path / "links.csv"
    sheet.write_text(SHEET + ",=HYPERLINK(1),USD,12.345,1,prod_x,,,\r\n", encoding="utf-8")
    done = _run_cli(["import", str(sheet), "--skip-invalid"], env, ROOT)
    assert done.returncode == 1, done.stdout + done.stderr  # one row refused
    report_path = tmp_path / "links-report.csv"
    assert f"Report: {report_path}" in done.stdout
    assert report_path.stat().st_mode & 0o077 == 0
    with report_path.open(encoding="utf-8-sig", newline="") as stream:
        report = list(csv.DictReader(stream))
    ids = {link.id: link for link in _all(client)}
    assert [(r["line"], r["status"]) for r in report] == [
        ("2–3", "created"), ("4", "created"), ("5", "created"), ("6", "refused")]
    assert {r["id"] for r in report[:3]} == set(ids)
    assert all(r["url"] == ids[r["id"]].url for r in report[:3])
    assert report[3]["title"] == "'=HYPERLINK(1)"
    assert "more decimals than USD allows" in report[3]["error"]

    # The report prints straight to a label sheet of the links it made.
    sheet_pdf = tmp_path / "labels.pdf"
    printed = _run_cli(["sheet", "--out", str(sheet_pdf), "--from", str(report_path),
                        "--template", "avery-l7160"], env, ROOT)
    assert printed.returncode == 0, printed.stdout + printed.stderr
    assert "3 codes" in printed.stdout
    text = subprocess.run(["pdftotext", str(sheet_pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert all(title in text for title in ("Pottery", "Yen class", "Kuwait tour"))

    out = tmp_path / "all.csv"
    exported = _run_cli(["export", str(out)], env, ROOT)
    assert exported.returncode == 0, exported.stderr
    assert "3 links written" in exported.stdout
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {r["id"] for r in rows} == set(ids)
    assert {r["title"]: r["amount_total"] for r in rows} == {
        "Pottery": "250400", "Yen class": "3500", "Kuwait tour": "4500"}

    inactive = _run_cli(["export", str(out), "--inactive", "--per-line-item"], env, ROOT)
    assert inactive.returncode == 0 and "1 line items written" in inactive.stdout
    with out.open(encoding="utf-8", newline="") as stream:
        (row,) = list(csv.DictReader(stream))
    assert (row["link_title"], row["quantity"], row["unit_amount"]) == ("Kuwait tour", "3", "1500")

    sandbox.stop()
    offline = _run_cli(["export", str(out), "--active"], env, ROOT)
    assert offline.returncode == 0, offline.stderr
    assert "copy on this computer as of" in offline.stderr
    assert "2 links written" in offline.stdout
    bad = _run_cli(["export", str(tmp_path / "x.txt")], env, ROOT)
    assert bad.returncode == 2 and "must end in .csv" in bad.stderr
    for run in (done, exported, inactive, offline, bad):
        assert sandbox_key not in run.stdout + run.stderr
