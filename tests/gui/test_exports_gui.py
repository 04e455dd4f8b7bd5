"""Exports from the window: a QR file, bulk QR codes with progress, CSV of every page, cancel."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.exports.qr import QrOptions
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.dialogs.export_dialogs import BulkChoice, CsvChoice

pytestmark = pytest.mark.gui


def load_all(qtbot: QtBot, window: AppWindow, count: int) -> None:
    """Sync the account into the window's mirror and wait until the list shows it."""
    window.refresh()
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.rowCount() == count, timeout=30_000
    )


def wait_export(qtbot: QtBot, window: AppWindow) -> object:
    qtbot.waitUntil(lambda: window.exports.running is None, timeout=60_000)
    window.runner.wait_for_idle(10_000)
    qtbot.wait(20)
    return window.exports.last_result


def test_save_one_qr_code(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, tmp_path: Path
) -> None:
    link = api.checkout_links.create(
        title="Poster / A3", line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    load_all(qtbot, window, 1)
    window.list_pane.select_link(link.id)
    prompts = window.prompts
    prompts.qr = QrOptions(format="svg", caption="title")  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "poster")  # type: ignore[attr-defined]
    window.commands.save_qr_action.trigger()
    wait_export(qtbot, window)
    saved = tmp_path / "poster.svg"
    assert saved.exists()
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("<?xml") or text.startswith("<svg")
    assert "Poster / A3" in text
    assert any("poster-a3" in asked for asked in prompts.asked)  # type: ignore[attr-defined]


def test_bulk_zip_of_50_links_with_progress(
    qtbot: QtBot,
    window: AppWindow,
    sandbox,
    sandbox_key: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    sandbox.seed_bulk(sandbox_key, count=50)
    load_all(qtbot, window, 50)
    window.list_pane.table.selectAll()
    assert len(window.list_pane.selected_links()) == 50
    prompts = window.prompts
    prompts.bulk = BulkChoice("zip", "selection", QrOptions(format="png", size_px=256))  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "codes.zip")  # type: ignore[attr-defined]
    window.commands.bulk_qr_action.trigger()
    names = wait_export(qtbot, window)
    assert isinstance(names, list) and len(names) == 50
    with zipfile.ZipFile(tmp_path / "codes.zip") as archive:
        assert len(archive.namelist()) == 50
        assert all(name.endswith(".png") for name in archive.namelist())
    assert window.exports.last_progress == (50, 50)


def test_print_sheet_of_the_whole_filter(
    qtbot: QtBot,
    window: AppWindow,
    sandbox,
    sandbox_key: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    sandbox.seed_bulk(sandbox_key, count=12)
    load_all(qtbot, window, 12)
    prompts = window.prompts
    prompts.bulk = BulkChoice("sheet", "filter", None, "letter", 4)  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "sheet.pdf")  # type: ignore[attr-defined]
    window.commands.bulk_qr_action.trigger()
    assert wait_export(qtbot, window) == 12
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")


def test_csv_of_every_page_with_line_item_totals(
    qtbot: QtBot,
    window: AppWindow,
    api: LeanRailsClient,
    sandbox,
    sandbox_key: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    sandbox.seed_bulk(sandbox_key, count=130)
    special = api.checkout_links.create(
        title='=HYPERLINK("x") «Café», "quoted"',
        line_items=[{"price": "price_3fg6hj9km1np", "quantity": 2}],
    )
    load_all(qtbot, window, 131)
    prompts = window.prompts
    prompts.csv = CsvChoice("all", per_line_item=False, bom=True)  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "links.csv")  # type: ignore[attr-defined]
    window.commands.export_csv_action.trigger()
    assert wait_export(qtbot, window) == 131
    raw = (tmp_path / "links.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(tmp_path / "links.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 131 and len({row["id"] for row in rows}) == 131
    row = next(r for r in rows if r["id"] == special.id)
    assert row["title"] == "'" + special.title
    assert "$998.00" in row.values()


def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot,
    window: AppWindow,
    sandbox,
    sandbox_key: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    sandbox.seed_bulk(sandbox_key, count=300)
    load_all(qtbot, window, 300)
    prompts = window.prompts
    prompts.bulk = BulkChoice("zip", "filter", QrOptions(size_px=1024))  # type: ignore[attr-defined]
    target = tmp_path / "cancel.zip"
    prompts.path = str(target)  # type: ignore[attr-defined]
    window.commands.bulk_qr_action.trigger()
    dialog = window.exports.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: window.exports.last_progress[0] > 0, timeout=20_000)
    cancel_button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    cancel_button.click()
    window.runner.wait_for_idle(60_000)
    qtbot.wait(50)
    assert window.exports.last_result is None
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "cancel" in p.name] == []
