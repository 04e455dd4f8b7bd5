"""Print-grade QR codes in the window: an Avery sheet with real text and prices, a code
refused by the scan check reported per code, QR options remembered per account, and the
dialogs within a 900 × 700 screen."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.exports.labels import TEMPLATES
from leanrails_desktop.core.exports.qr import QrOptions
from leanrails_desktop.core.exports.sheet import SheetOptions
from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.qr_settings import account_group, remembered_options
from leanrails_desktop.ui.views.dialogs.export_dialogs import BulkChoice, BulkQrDialog, QrSaveDialog

pytestmark = pytest.mark.gui


def _load(qtbot: QtBot, window: AppWindow, count: int) -> None:
    window.refresh()
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.rowCount() == count, timeout=30_000
    )


def _finish(qtbot: QtBot, window: AppWindow) -> object:
    qtbot.waitUntil(lambda: window.exports.running is None, timeout=60_000)
    window.runner.wait_for_idle(10_000)
    qtbot.wait(20)
    return window.exports.last_result


def test_avery_sheet_from_the_window_has_titles_prices_and_urls_as_text(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, tmp_path: Path
) -> None:
    for title, price in (("Café crème", "price_3fg6hj9km1np"), ("Кофе", "price_3fg6hj9km1np")):
        api.checkout_links.create(title=title, line_items=[{"price": price, "quantity": 1}])
    _load(qtbot, window, 2)
    prompts = window.prompts
    sheet = SheetOptions(TEMPLATES["avery-l7163"], headline="Scan to pay", cut_marks=True)
    prompts.bulk = BulkChoice("sheet", "filter", None, "a4", 3, sheet)  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "labels.pdf")  # type: ignore[attr-defined]
    window.commands.bulk_qr_action.trigger()
    assert _finish(qtbot, window) == 2
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (Debian poppler-utils)")
    text = subprocess.run(["pdftotext", str(tmp_path / "labels.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Café crème" in text and "Кофе" in text and text.count("Scan to pay") == 2
    for row in range(2):
        link = window.model.link_at(row)
        assert link is not None and link.url.removeprefix("https://") in text


def test_codes_that_would_not_print_are_left_out_and_named(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, tmp_path: Path
) -> None:
    api.checkout_links.create(title="Mug", line_items=[{"price": "price_3fg6hj9km1np",
                                                        "quantity": 1}])
    _load(qtbot, window, 1)
    prompts = window.prompts
    too_small = QrOptions(size_px=100)  # fewer than 4 pixels a module for this URL
    prompts.bulk = BulkChoice("zip", "filter", too_small)  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "codes.zip")  # type: ignore[attr-defined]
    window.commands.bulk_qr_action.trigger()
    result = _finish(qtbot, window)
    assert isinstance(result, Exception) and "choose at least" in str(result)
    assert not (tmp_path / "codes.zip").exists()


def test_qr_options_are_remembered_per_account_and_the_printer_offset_for_all(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (32, 32), (10, 120, 40)).save(logo)
    with account_group(settings, "acct_shop_one"):
        dialog = QrSaveDialog(settings, "Mug")
        qtbot.addWidget(dialog)
        form = dialog.options_form
        form.size_unit.setCurrentIndex(form.size_unit.findData("mm"))
        form.size_value.setValue(25)
        form.set_logo(str(logo))
        assert form.level.currentData() == "H" and not form.level.isEnabled()
        form.remember()
        bulk = BulkQrDialog(settings, 1, LinkFilter.ALL)
        qtbot.addWidget(bulk)
        bulk.sheet_box.offset_x.setValue(1.5)
        bulk.sheet_box.remember()
    with account_group(settings, "acct_shop_one"):
        kept = remembered_options(settings)
        assert kept.size_px == 295 and kept.logo is not None and kept.error_correction == "H"
    with account_group(settings, "acct_shop_two"):
        assert remembered_options(settings) == QrOptions()
        other = BulkQrDialog(settings, 1, LinkFilter.ALL)
        qtbot.addWidget(other)
        assert other.sheet_box.offset_x.value() == 1.5  # the printer's, not the account's
    assert settings.group() == ""


def test_export_dialogs_fit_a_900_by_700_screen(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    qr = QrSaveDialog(settings, "Premium Headphones with the travel case and a spare cable")
    bulk = BulkQrDialog(settings, 3, LinkFilter.ACTIVE)
    states: list[Any] = []
    for dialog in (qr, bulk):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        states.append(dialog.sizeHint())
    for target in (bulk.to_zip, bulk.to_folder, bulk.to_sheet):
        target.setChecked(True)
        for kind in ("grid", "custom", "avery-22805"):
            bulk.sheet_box.template.setCurrentIndex(bulk.sheet_box.template.findData(kind))
            qtbot.wait(10)
            states.append(bulk.sizeHint())
    assert all(size.width() <= 900 and size.height() <= 700 for size in states), states
