"""File → Import links… against a real sandbox: the review with problems by line, importing
the valid links, a failed link retried alone, and hostile titles shown as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.bulk import CREATED, FAILED
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.text import plain_tooltip, shown
from leanrails_desktop.ui.views.dialogs.import_dialog import PROBLEMS, RESULT, TITLE, ImportDialog

pytestmark = pytest.mark.gui

HOSTILE = "<b>Sale</b> <a href='https://evil.example/'>free</a> &amp; <img src=x>"

SHEET = (
    "title,currency,amount,quantity,product,notes\r\n"
    "Pottery,EUR,35.00,2,prod_pottery,kiln\r\n"
    "Bad amount,USD,12.345,1,prod_bad,\r\n"
    "Yen class,JPY,3500,1,prod_yen,\r\n"
    f"\"{HOSTILE}\",USD,5.00,1,prod_hostile,\r\n"
    "No currency,,5.00,1,prod_none,\r\n"
)
VALID = {"Pottery", "Yen class", HOSTILE}


def _titles(api: LeanRailsClient) -> list[str]:
    return sorted(link.title for link in api.checkout_links.list(limit=100).data)


def open_review(qtbot: QtBot, window: AppWindow, tmp_path: Path, text: str = SHEET) -> ImportDialog:
    path = tmp_path / "pottery.csv"
    path.write_text(text, encoding="utf-8", newline="")
    window.prompts.open_answer = str(path)  # type: ignore[attr-defined]
    window.commands.import_action.trigger()
    qtbot.waitUntil(lambda: window.imports.dialog is not None, timeout=10_000)
    dialog = window.imports.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def send(qtbot: QtBot, window: AppWindow, dialog: ImportDialog, button: object) -> None:
    before = window.imports.last_result
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(
        lambda: window.imports.running is None and window.imports.last_result is not before,
        timeout=30_000,
    )


def test_review_names_the_problems_by_line_and_waits_for_the_skip(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, tmp_path: Path
) -> None:
    assert window.commands.import_action.shortcut().toString() == "Ctrl+I"
    dialog = open_review(qtbot, window, tmp_path)
    assert dialog.table.rowCount() == 5
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(problems) == 2
    assert problems[0].startswith("line 3, amount: ") and "12.345" in problems[0]
    assert problems[1].startswith("line 6, currency: ")
    assert dialog.summary.text() == "3 links ready, 2 with problems"
    assert "notes" in dialog.ignored.text() and dialog.ignored.isVisible()
    assert dialog.cell_text(1, PROBLEMS) and not dialog.cell_text(0, PROBLEMS)
    assert dialog.import_button.text() == "Import 3 links"
    assert not dialog.import_button.isEnabled()
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.imports.dialog is None
    assert _titles(api) == []


def test_importing_the_valid_links_creates_exactly_those_and_lists_them(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, tmp_path: Path
) -> None:
    dialog = open_review(qtbot, window, tmp_path)
    dialog.skip_check.setChecked(True)
    send(qtbot, window, dialog, dialog.import_button)
    result = window.imports.last_result
    assert result is not None and result.ok
    assert [r.line for r in result.results] == [2, 4, 5]
    assert _titles(api) == sorted(VALID)
    by_title = {link.title: link for link in api.checkout_links.list(limit=100).data}
    assert dialog.cell_text(0, RESULT) == f"created: {by_title['Pottery'].url}"
    assert dialog.cell_text(1, RESULT) == "skipped: it has problems"
    assert not dialog.retry_button.isVisible()
    assert dialog.cancel_button.text() == "Close"
    assert window.statusBar().currentMessage() == "Created 3 links from pottery.csv"
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.rowCount() == 3, timeout=30_000
    )
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.imports.dialog is None


def test_a_failed_link_is_retried_alone(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, sandbox, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    sheet = (
        "title,currency,amount,product\n"
        "First,USD,1.00,prod_a\nSecond,USD,2.00,prod_b\nThird,USD,3.00,prod_c\n"
    )
    dialog = open_review(qtbot, window, tmp_path, sheet)
    assert dialog.import_button.isEnabled() and not dialog.skip_check.isVisible()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
    # Every try of the first create (the first and both retries) is answered 503.
    sandbox.faults.fail_next(3, status=503, retry_after=0)
    send(qtbot, window, dialog, dialog.import_button)
    first = window.imports.last_result
    assert first is not None
    assert [r.status for r in first.results] == [FAILED, CREATED, CREATED]
    assert dialog.cell_text(0, RESULT).startswith("failed: ")
    assert dialog.cell_text(1, RESULT).startswith("created: ")
    assert dialog.retry_button.isVisible() and dialog.retry_button.isEnabled()
    assert _titles(api) == ["Second", "Third"]
    assert "1 failed" in window.statusBar().currentMessage()

    send(qtbot, window, dialog, dialog.retry_button)
    merged = window.imports.last_result
    assert merged is not None and merged.ok
    assert merged.results[1:] == first.results[1:]
    assert _titles(api) == ["First", "Second", "Third"]
    assert dialog.cell_text(0, RESULT).startswith("created: ")
    assert not dialog.retry_button.isVisible()
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.rowCount() == 3, timeout=30_000
    )


def test_hostile_titles_are_shown_as_written(
    qtbot: QtBot, window: AppWindow, tmp_path: Path
) -> None:
    sheet = f'title,currency,amount,product\n"{HOSTILE}",USD,5.00,p\n"{HOSTILE}",USD,1.2345,p\n'
    dialog = open_review(qtbot, window, tmp_path, sheet)
    for row in (0, 1):
        item = dialog.table.item(row, TITLE)
        assert item.text() == shown(HOSTILE)
        assert item.toolTip() == plain_tooltip(HOSTILE)
    assert "<b>" in dialog.cell_text(0, TITLE)
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_cancel_stops_after_the_link_under_way_and_retry_finishes(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, sandbox, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    sheet = "title,currency,amount,product\n" + "".join(
        f"Class {n},USD,{n}.00,prod_{n}\n" for n in range(1, 7)
    )
    dialog = open_review(qtbot, window, tmp_path, sheet)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
    hold = sandbox.faults.hold_next()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert hold.wait_reached()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.imports.dialog is dialog  # Cancel while sending stops; it does not close
    hold.release()
    qtbot.waitUntil(lambda: window.imports.running is None, timeout=30_000)
    stopped = window.imports.last_result
    assert stopped is not None and stopped.cancelled
    assert [r.status for r in stopped.results] == [CREATED] + ["not sent"] * 5
    assert _titles(api) == ["Class 1"]
    assert "stopped, 5 not sent" in window.statusBar().currentMessage()

    send(qtbot, window, dialog, dialog.retry_button)
    finished = window.imports.last_result
    assert finished is not None and finished.ok
    assert _titles(api) == [f"Class {n}" for n in range(1, 7)]


def test_importing_again_days_later_creates_nothing_and_the_report_is_saved(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, sandbox, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """The app writes each request to the import journal: the same file imported again
    after the server forgot its keys creates nothing and says "already created"; Save
    report… writes each link's line, result, id and address."""
    import csv
    import time

    from leanrails_desktop.core.store import LocalStore

    store = LocalStore(tmp_path / "store.sqlite3")
    window.set_store(store)
    sheet = "title,currency,amount,product\nFirst,USD,1.00,prod_a\nSecond,EUR,2.00,prod_b\n"
    dialog = open_review(qtbot, window, tmp_path, sheet)
    assert not dialog.report_button.isVisible()
    send(qtbot, window, dialog, dialog.import_button)
    assert _titles(api) == ["First", "Second"]
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    for link in api.checkout_links.list(limit=10).data:  # each link's history begins
        (entry,) = store.history(window.account_key, link.id)
        assert entry.origin == "imported" and ("Title", "(none)", link.title) in entry.changes

    later = time.time() + 2 * 24 * 3600
    sandbox.store._clock = lambda: later  # the server no longer knows the keys
    dialog = open_review(qtbot, window, tmp_path, sheet)
    send(qtbot, window, dialog, dialog.import_button)
    assert _titles(api) == ["First", "Second"]
    by_title = {link.title: link for link in api.checkout_links.list(limit=10).data}
    assert dialog.cell_text(0, RESULT) == f"already created: {by_title['First'].url}"

    assert dialog.report_button.isVisible()
    report = tmp_path / "report.csv"
    window.prompts.path = str(report)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(report.exists, timeout=10_000)
    assert window.prompts.asked[-1] == f"save:{tmp_path / 'pottery-report.csv'}"  # type: ignore[attr-defined]
    with report.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["line"], r["status"], r["id"], r["url"]) for r in rows] == [
        ("2", "created", by_title["First"].id, by_title["First"].url),
        ("3", "created", by_title["Second"].id, by_title["Second"].url),
    ]
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    window.set_store(None)
    store.close()


def test_a_workbook_sheet_is_chosen_in_the_review(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, tmp_path: Path
) -> None:
    """A workbook with several sheets: the review reads the first and offers the others;
    choosing one reads and checks it, and Import creates that sheet's links."""
    import openpyxl

    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(["title", "price note"])
    notes.append(["Remember the kiln", "n/a"])
    links = book.create_sheet("Spring <b>term<b>")
    links.append(["title", "currency", "amount", "product"])
    links.append(["Clay", "EUR", 35, "prod_clay"])
    links.append(["Glaze", "JPY", 3500, "prod_glaze"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    window.prompts.open_answer = str(path)  # type: ignore[attr-defined]
    window.commands.import_action.trigger()
    qtbot.waitUntil(lambda: window.imports.dialog is not None, timeout=10_000)
    dialog = window.imports.dialog
    assert dialog is not None
    assert dialog.sheet_box.isVisibleTo(dialog)
    assert [dialog.sheet_box.itemText(i) for i in range(2)] == ["Notes", "Spring <b>term<b>"]
    assert dialog.sheet_box.currentText() == "Notes"
    assert not dialog.import_button.isEnabled()  # the notes sheet has no currency column

    dialog.sheet_box.activated.emit(1)
    qtbot.waitUntil(lambda: window.imports.plan is not None
                    and window.imports.plan.sheet.sheet == "Spring <b>term<b>", timeout=10_000)
    assert dialog.sheet_box.currentIndex() == 1
    assert dialog.table.rowCount() == 2 and dialog.import_button.isEnabled()
    send(qtbot, window, dialog, dialog.import_button)
    assert _titles(api) == ["Clay", "Glaze"]
    assert not dialog.sheet_box.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_the_links_an_import_made_print_on_a_label_sheet(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, tmp_path: Path
) -> None:
    """Print QR codes… in the results: a label sheet of exactly the links this import made
    (links the local copy does not have yet are read from LeanRails: test_link_source)."""
    import subprocess

    from leanrails_desktop.core.exports.labels import template_named
    from leanrails_desktop.core.exports.sheet import SheetOptions
    from leanrails_desktop.ui.views.dialogs.export_dialogs import BulkChoice

    api.checkout_links.create(
        title="Already there", line_items=[{"price_data": {
            "currency": "usd", "product": "prod_x", "unit_amount": 100}, "quantity": 1}],
    )
    sheet = (
        "title,currency,amount,product\nClay evening,EUR,35.00,prod_a\n"
        "Glaze day,JPY,3500,prod_b\n"
    )
    dialog = open_review(qtbot, window, tmp_path, sheet)
    assert not dialog.print_button.isVisible()
    send(qtbot, window, dialog, dialog.import_button)
    assert dialog.print_button.isVisible() and dialog.print_button.isEnabled()

    pdf = tmp_path / "labels.pdf"
    window.prompts.bulk = BulkChoice(  # type: ignore[attr-defined]
        target="sheet", scope="selection", options=None,
        sheet=SheetOptions(template_named("avery-l7160"), headline="Scan to pay"),
    )
    window.prompts.path = str(pdf)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.exports.running is None and pdf.exists(), timeout=30_000)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Clay evening" in text and "Glaze day" in text and "Scan to pay" in text
    assert "Already there" not in text
    assert "2 QR codes placed on the print sheet" in window.statusBar().currentMessage()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
