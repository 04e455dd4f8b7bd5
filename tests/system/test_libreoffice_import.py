"""A workbook written by openpyxl, saved as CSV by LibreOffice in a German locale
(semicolons, decimal commas, grouping dots), imports exactly: the same links, amounts and
quantities as the workbook itself, and as the sandbox then holds."""

from __future__ import annotations

import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.bulk import plan_import, read_sheet, send_import

pytestmark = pytest.mark.system

# CSV export filter options: field separator ";" (59), text delimiter '"' (34), UTF-8 (76),
# from line 1. The decimal comma comes from the locale LibreOffice runs in, not from these.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):59,34,76,1"

# title, currency, amount (a number in the workbook), its cell format, quantity, product,
# and the unit amount in minor units the import must send.
ROWS: list[tuple[str, str, Decimal, str, int, str, int]] = [
    ("Töpfern am Abend — Café « spécial »", "USD", Decimal("1234.5"), "#,##0.00", 2,
     "prod_pottery", 123450),
    ("東京 ワークショップ", "JPY", Decimal("3500"), "#,##0", 1, "prod_tokyo", 3500),
    ('Glass "blowing"\nsecond line', "EUR", Decimal("35"), "#,##0.00", 3, "prod_glass", 3500),
    ("Kuwait desert tour", "KWD", Decimal("1.5"), "#,##0.000", 4, "prod_desert", 1500),
    ("Falaj walk; with lunch", "KWD", Decimal("12.345"), "#,##0.000", 1, "prod_falaj", 12345),
    ("Souk evening", "KWD", Decimal("1234.5"), "#,##0.000", 1, "prod_souk", 1234500),
    ("Naïve ‘quotes’, commas, and 😀", "EUR", Decimal("19.9"), "General", 12, "prod_naive",
     1990),
    ("Plain yen", "JPY", Decimal("1500000"), "General", 999, "prod_yen", 1500000),
]


def write_workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Workshops"
    sheet.append(["title", "currency", "amount", "quantity", "product"])
    for title, currency, amount, number_format, quantity, product, _minor in ROWS:
        # Numbers as a spreadsheet holds them (floats), shown in the cell's format.
        sheet.append([title, currency, float(amount), quantity, product])
        sheet.cell(sheet.max_row, 3).number_format = number_format
    book.save(path)


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.skip("soffice not installed (Debian libreoffice-calc-nogui)")
    return path


def convert_in_german(workbook: Path, out: Path, profile: Path) -> Path:
    """``soffice --headless --convert-to csv`` as a German user runs it."""
    env = dict(os.environ, LC_ALL="de_DE.UTF-8", LANG="de_DE.UTF-8", LANGUAGE="de")
    done = subprocess.run(
        [soffice(), "--headless", "--norestore",
         f"-env:UserInstallation={profile.as_uri()}",  # private: parallel runs do not clash
         "--convert-to", CSV_FILTER, "--outdir", str(out), str(workbook)],
        capture_output=True, text=True, env=env, timeout=180, check=False,
    )
    target = out / (workbook.stem + ".csv")
    assert done.returncode == 0 and target.is_file(), (done.stdout, done.stderr)
    return target


def expected_params() -> list[dict[str, object]]:
    return [
        {
            "title": title,
            "line_items": [{
                "price_data": {"currency": currency.lower(), "product": product,
                               "unit_amount": minor},
                "quantity": quantity,
            }],
        }
        for title, currency, _amount, _format, quantity, product, minor in ROWS
    ]


def test_libreoffice_csv_in_german_imports_exactly(
    tmp_path: Path, sandbox, sandbox_key: str  # type: ignore[no-untyped-def]
) -> None:
    workbook = tmp_path / "workshops.xlsx"
    write_workbook(workbook)
    csv_path = convert_in_german(workbook, tmp_path / "out", tmp_path / "profile")
    data = csv_path.read_bytes()
    # What LibreOffice wrote: semicolons, decimal commas, grouping dots, quoted text.
    text = data.decode("utf-8")
    assert text.startswith(
        '"title";"currency";"amount";"quantity";"product"\n'
        '"Töpfern am Abend — Café « spécial »";"USD";1.234,50;2;"prod_pottery"\n'
        '"東京 ワークショップ";"JPY";3.500;1;"prod_tokyo"\n'
        '"Glass ""blowing""\nsecond line";"EUR";35,00;3;"prod_glass"\n'
    )
    for written in (';"KWD";1,500;4;', ';"KWD";12,345;1;', ';"KWD";1.234,500;1;', ";19,9;12;"):
        assert written in text

    from_csv = plan_import(read_sheet(csv_path))
    assert from_csv.ok, [str(p) for p in from_csv.all_problems()]
    assert [link.params for link in from_csv.links] == expected_params()
    assert [link.lines for link in from_csv.links] == [(n,) for n in range(2, 2 + len(ROWS))]

    from_xlsx = plan_import(read_sheet(workbook))
    assert from_xlsx.ok, [str(p) for p in from_xlsx.all_problems()]
    assert [link.params for link in from_xlsx.links] == expected_params()

    with LeanRailsClient(api_key=sandbox_key, base_url=sandbox.base_url) as client:
        result = send_import(client, from_csv)
        assert result.ok
        held = []
        for made in result.results:
            link = client.checkout_links.retrieve(made.link_id)
            (item,) = client.checkout_links.iter_line_items(made.link_id)
            held.append((link.title, item.currency, item.product, item.quantity,
                         item.amount_total // item.quantity))
    assert held == [(t, c.lower(), p, q, m) for t, c, _a, _f, q, p, m in ROWS]
