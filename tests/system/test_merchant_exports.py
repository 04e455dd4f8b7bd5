"""A merchant's export session in the window: 20 links selected → a print sheet PDF, a ZIP of
SVG codes and a CSV; every code scans (real decoder) to its link's URL."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas
import pytest
from helpers import qr_decode
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.exports.labels import grid_template
from leanrails_desktop.core.exports.qr import QrOptions
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.dialogs.export_dialogs import BulkChoice, CsvChoice

pytestmark = pytest.mark.system


def run_export(qtbot: QtBot, window: AppWindow, action_name: str) -> object:
    getattr(window.commands, action_name).trigger()
    qtbot.waitUntil(lambda: window.exports.running is None, timeout=60_000)
    window.runner.wait_for_idle(30_000)
    return window.exports.last_result


def test_twenty_links_sheet_zip_and_csv(
    qtbot: QtBot, window: AppWindow, sandbox, sandbox_key: str, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    zbarimg, pdftoppm = qr_decode.zbarimg(), qr_decode.pdftoppm()
    sandbox.seed_bulk(sandbox_key, count=35)
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 35 and not window.model.loading,
                    timeout=10_000)
    # Select rows 5–24 as a merchant would by shift-clicking.
    model, table = window.model, window.list_pane.table
    selection = QItemSelection(model.index(5, 0), model.index(24, model.columnCount() - 1))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chosen = window.list_pane.selected_links()
    assert len(chosen) == 20
    expected = {link.url for link in chosen}
    prompts = window.prompts

    prompts.bulk = BulkChoice("sheet", "selection", None, "a4", 4)  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "counter-sheet.pdf")  # type: ignore[attr-defined]
    assert run_export(qtbot, window, "bulk_qr_action") == 20
    pages = qr_decode.rasterize_pdf(pdftoppm, tmp_path / "counter-sheet.pdf", tmp_path / "page")
    geometry = grid_template("a4", 4)
    assert len(pages) == -(-20 // geometry.per_page)
    decoded = qr_decode.decode_sheet_cells(zbarimg, pages, geometry, 20)
    # Each code scans, in the order the links were selected.
    assert decoded == [link.url for link in chosen]

    prompts.bulk = BulkChoice("zip", "selection", QrOptions(format="svg", size_px=512))  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "codes.zip")  # type: ignore[attr-defined]
    names = run_export(qtbot, window, "bulk_qr_action")
    assert isinstance(names, list) and len(names) == 20
    scanned = []
    with zipfile.ZipFile(tmp_path / "codes.zip") as archive:
        assert sorted(archive.namelist()) == sorted(names)
        for index, name in enumerate(archive.namelist()):
            assert name.endswith(".svg")
            png = tmp_path / f"svg-{index}.png"
            qr_decode.rasterize_svg(archive.read(name).decode("utf-8"), png)
            scanned.extend(qr_decode.decode(zbarimg, png))
    assert sorted(scanned) == sorted(expected)

    prompts.csv = CsvChoice("selection", per_line_item=False, bom=True)  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "links.csv")  # type: ignore[attr-defined]
    assert run_export(qtbot, window, "export_csv_action") == 20
    sheet = pandas.read_csv(tmp_path / "links.csv", encoding="utf-8-sig", dtype=str,
                            keep_default_na=False)
    assert set(sheet["url"]) == expected
    assert set(sheet["id"]) == {link.id for link in chosen}
    # Totals come from each link's line items, in minor units and formatted.
    assert all(int(value) > 0 for value in sheet["amount_total"])
    assert all(value[-1].isdigit() and not value[0].isdigit()
               for value in sheet["amount_total_formatted"])
