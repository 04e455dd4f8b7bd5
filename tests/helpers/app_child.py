"""Runs the real app in this process (offscreen) for tests that need it in a process of its
own: one that can be killed, restarted, or scanned afterwards.

    python app_child.py STEP [ARGS...]

Steps (the app starts through ``leanrails_desktop.ui.app.application.start``, as ``run`` does):

- ``setup NAME BASE_URL``: save an account (the key comes on standard input) with
  ``AccountStore().add``, in whatever keyring ``PYTHON_KEYRING_BACKEND`` names.
- ``type-new``: open a new link, type into every field of the editor, wait until the draft
  is in the local store, print ``TYPED <JSON>``, then keep running until killed.
- ``type-edit LINK_ID``: the same with changes to the saved link ``LINK_ID``.
- ``restore``: start with prompts that answer "restore" to the draft offer, print
  ``RESTORED <JSON>`` with the editor's form, and exit.
- ``session EXPORT_DIR``: the scripted session of the secret scan (create a link, export a
  CSV and QR codes, API errors, a revoked key, crashes), then a clean quit; prints
  ``SESSION <JSON>``. It prints ``REVOKE`` and waits for a line on standard input while the
  test revokes the key on the sandbox.
- ``import FILE``: File → Import links… of FILE, Import pressed in the review; prints
  ``SENDING`` once links are being created and, if not killed before, ``IMPORTED <JSON>``
  with how many links were created in this run and how many by an earlier one, then exits.
- ``shown``: start (on whatever platform ``QT_QPA_PLATFORM`` names), make the window the
  active one, print ``READY``, then print ``SHOWN <JSON>`` with the texts the window shows
  (editor header, list footer, preview total, account) each time they change, until killed.
  What a screen reader reads through the accessibility bus is compared with these.

Nothing printed here ever contains the key. Modal questions are answered by patching
:class:`~leanrails_desktop.ui.views.dialogs.prompts.Prompts`, so the child never blocks on a dialog.
"""

from __future__ import annotations

import argparse
import base64
import dataclasses
import json
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget

from leanrails_desktop.core.accounts import AccountStore
from leanrails_desktop.core.exports.qr import QrOptions
from leanrails_desktop.core.link_form import PRICE, PRICE_DATA, REDIRECT, LineItemForm, LinkForm
from leanrails_desktop.core.store import Draft
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.dialogs import prompts
from leanrails_desktop.ui.views.dialogs.export_dialogs import CsvChoice
from leanrails_desktop.ui.views.editor_pane import EditorPane, EditorState

# What ``type-new`` types, as the form the editor must then hold.
NEW_FORM = LinkForm(
    title="Kyoto walking tour 🎧 جولة",
    description="Two hours on foot\nBring water ☕",
    line_items=[
        LineItemForm(
            kind=PRICE_DATA, currency="EUR", product="prod_tour", amount="12.50", quantity="3"
        ),
        LineItemForm(kind=PRICE, price="price_7kl2mn5pq8rs", currency="EUR", quantity="2"),
    ],
    after_completion_type=REDIRECT,
    custom_message="Merci ! À bientôt 👋",
    redirect_url="https://example.com/merci",
    submit_type="donate",
    billing_address_collection="required",
    allow_promotion_codes=True,
    limit_enabled=True,
    limit="25",
    metadata=[("order_ref", "A-17"), ("note", "café ☕")],
)

# What ``type-edit`` changes on the saved link (its line items cannot change).
EDITED = {
    "title": "Workshop — updated 🎉",
    "description": "Saturday morning\nDoors at 9 🕘",
    "custom_message": "See you there ✨",
    "submit_type": "book",
    "billing_address_collection": "required",
    "allow_promotion_codes": True,
    "limit_enabled": True,
    "limit": "40",
    "metadata": [("seats", "40"), ("room", "B ✨")],
    "inactive_message": "Fully booked 🙏",
}


def form_json(form: LinkForm) -> dict[str, Any]:
    """The form as the JSON a child prints (tuples become lists)."""
    decoded: dict[str, Any] = json.loads(json.dumps(dataclasses.asdict(form)))
    return decoded


def say(tag: str, payload: object | None = None) -> None:
    text = tag if payload is None else f"{tag} {json.dumps(payload, ensure_ascii=True)}"
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def wait_until(predicate: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        QTest.qWait(20)


def run_event_loop(app: QApplication, predicate: Callable[[], bool], what: str) -> None:
    """Run ``app.exec()`` until ``predicate`` holds (or 15 s pass)."""
    deadline = time.monotonic() + 15.0
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(
        lambda: app.exit(0) if predicate() or time.monotonic() > deadline else None
    )
    timer.start()
    app.exec()
    timer.stop()
    if not predicate():
        raise TimeoutError(f"timed out waiting for {what}")


# ---------------------------------------------------------------------------- answers


class Answers:
    """What the patched prompts answer; the session step changes them as it goes."""

    def __init__(self) -> None:
        self.restore = "keep"
        self.csv: CsvChoice | None = None
        self.qr: QrOptions | None = None
        self.path = ""
        self.warnings: list[str] = []


ANSWERS = Answers()


def install_answers() -> None:
    def restore_draft(self: prompts.Prompts, draft: Draft, others: int) -> str:
        return ANSWERS.restore

    def warn(self: prompts.Prompts, title: str, text: str) -> None:
        ANSWERS.warnings.append(f"{title}: {text}")

    def unsaved_changes(self: prompts.Prompts) -> prompts.UnsavedChoice:
        return prompts.UnsavedChoice.CANCEL

    def csv_choice(
        self: prompts.Prompts, settings: QSettings, selected: int, label: str
    ) -> CsvChoice | None:
        return ANSWERS.csv

    def qr_options(self: prompts.Prompts, settings: QSettings, title: str) -> QrOptions | None:
        return ANSWERS.qr

    def save_path(self: prompts.Prompts, title: str, suggested: str, filters: str) -> str:
        return ANSWERS.path

    patches: dict[str, Callable[..., Any]] = {
        "restore_draft": restore_draft,
        "warn": warn,
        "unsaved_changes": unsaved_changes,
        "csv_choice": csv_choice,
        "qr_options": qr_options,
        "save_path": save_path,
    }
    for name, function in patches.items():
        setattr(prompts.Prompts, name, function)


# ---------------------------------------------------------------------------- the app


def start_app() -> tuple[QApplication, AppWindow, Any]:
    from leanrails_desktop.ui.app.application import start

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("LeanRails Desktop")
    app.setOrganizationName("LeanRails")
    args = argparse.Namespace(sandbox=False, account=None, self_check=False)
    running = start(args, app)
    window, controller = running.window, running.accounts
    window.crash_reporter = running.crash_reporter  # type: ignore[attr-defined]
    window.show()
    wait_until(lambda: window.session is not None, "the account to open")
    wait_until(lambda: not window.model.loading, "the list to load")
    return app, window, controller


def drafts_of(window: AppWindow) -> list[Draft]:
    assert window.store is not None
    return window.store.drafts(window.account_key)


def wait_for_draft(window: AppWindow) -> Draft:
    wait_until(
        lambda: any(d.form == window.editor.form() for d in drafts_of(window)),
        "the draft to reach the local store",
    )
    return next(d for d in drafts_of(window) if d.form == window.editor.form())


def type_metadata(table: QTableWidget, editor: EditorPane, pairs: list[tuple[str, str]]) -> None:
    """Add rows with the button and type into the cell editors, committing with Return."""
    for key, value in pairs:
        editor.add_metadata_button.click()  # opens the new row's key cell for editing
        row = table.rowCount() - 1
        for column, text in ((0, key), (1, value)):
            if column == 1:
                item = table.item(row, 1)
                assert item is not None
                table.editItem(item)
            cell = table.viewport().findChild(QLineEdit)
            assert cell is not None, "no cell editor open"
            ascii_part = text.encode("ascii", "ignore").decode()
            QTest.keyClicks(cell, ascii_part)
            if ascii_part != text:  # typed keys cannot carry an emoji
                cell.setText(text)
            QTest.keyClick(cell, Qt.Key.Key_Return)
            QTest.qWait(10)


def type_text(widget: Any, text: str) -> None:
    """Type the ASCII part with key clicks; text with emoji is then set as a whole."""
    ascii_part = text.encode("ascii", "ignore").decode()
    QTest.keyClicks(widget, ascii_part)
    if ascii_part != text:
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)


def type_new(window: AppWindow) -> None:
    window.commands.new_action.trigger()
    editor = window.editor
    assert editor.state == EditorState.NEW
    type_text(editor.title, NEW_FORM.title)
    QTest.keyClicks(editor.description, "Two hours on foot")
    QTest.keyClick(editor.description, Qt.Key.Key_Return)
    QTest.keyClicks(editor.description, "Bring water ")
    editor.description.insertPlainText("☕")

    first = editor.line_item_rows()[0]
    currency = first.currency.lineEdit()
    assert currency is not None
    currency.selectAll()
    QTest.keyClicks(currency, "EUR")
    QTest.keyClicks(first.amount, "12.50")
    QTest.keyClicks(first.product, "prod_tour")
    first.quantity.selectAll()
    QTest.keyClicks(first.quantity, "3")

    editor.add_item_button.click()
    second = editor.line_item_rows()[1]
    second.kind.setCurrentIndex(second.kind.findData(PRICE))
    QTest.keyClicks(second.price, "price_7kl2mn5pq8rs")
    second.quantity.selectAll()
    QTest.keyClicks(second.quantity, "2")

    type_text(editor.custom_message, NEW_FORM.custom_message)
    editor.after_redirect.click()
    QTest.keyClicks(editor.redirect_url, NEW_FORM.redirect_url)
    editor.submit_type.setCurrentIndex(editor.submit_type.findData("donate"))
    editor.billing_required.click()
    editor.promo_codes.click()
    editor.limit_enabled.click()
    editor.limit.selectAll()
    QTest.keyClicks(editor.limit, "25")
    type_metadata(editor.metadata, editor, NEW_FORM.metadata)


def type_edit(window: AppWindow, link_id: str) -> None:
    window.list_pane.select_link(link_id)
    wait_until(lambda: window.editor.state == EditorState.EDITING, "the link to open")
    wait_until(lambda: link_id in window.line_items.known(), "its line items")
    editor = window.editor
    editor.title.selectAll()
    type_text(editor.title, str(EDITED["title"]))
    editor.description.selectAll()
    QTest.keyClicks(editor.description, "Saturday morning")
    QTest.keyClick(editor.description, Qt.Key.Key_Return)
    QTest.keyClicks(editor.description, "Doors at 9 ")
    editor.description.insertPlainText("🕘")
    editor.custom_message.selectAll()
    type_text(editor.custom_message, str(EDITED["custom_message"]))
    editor.submit_type.setCurrentIndex(editor.submit_type.findData("book"))
    editor.billing_required.click()
    editor.promo_codes.click()
    editor.limit_enabled.click()
    editor.limit.selectAll()
    QTest.keyClicks(editor.limit, "40")
    type_metadata(editor.metadata, editor, list(EDITED["metadata"]))  # type: ignore[call-overload]
    type_text(editor.inactive_message, str(EDITED["inactive_message"]))


def step_type(kind: str, link_id: str = "") -> None:
    install_answers()
    app, window, _controller = start_app()
    if kind == "new":
        type_new(window)
    else:
        type_edit(window, link_id)
    draft = wait_for_draft(window)
    say(
        "TYPED",
        {
            "form": form_json(window.editor.form()),
            "draft_id": draft.draft_id,
            "link_id": draft.link_id,
            "account": window.account_key,
        },
    )
    app.exec()  # until killed


def step_restore() -> None:
    install_answers()
    ANSWERS.restore = "restore"
    _app, window, _controller = start_app()
    wait_until(lambda: window.editor.state != EditorState.EMPTY, "the draft to be restored")
    if window.editor.state == EditorState.EDITING:
        wait_until(window.is_dirty, "the restored changes")
    current = window.editor_control.current
    say(
        "RESTORED",
        {
            "state": window.editor.state.value,
            "form": form_json(window.editor.form()),
            "link_id": current.id if current is not None else None,
            "drafts": len(drafts_of(window)),
            "warnings": ANSWERS.warnings,
        },
    )
    sys.stdout.flush()
    os._exit(0)  # the editor holds unsaved work on purpose: leave without closing it


# ---------------------------------------------------------------------------- secret scan


def post_faults(base_url: str, command: dict[str, Any]) -> None:
    import httpx

    answer = httpx.post(f"{base_url}/_sandbox/faults", json=command, timeout=5)
    answer.raise_for_status()


def step_session(export_dir: str) -> None:
    install_answers()
    accounts = AccountStore()
    account = accounts.default()
    assert account is not None
    key = accounts.key_for(account)  # the app holds the key in memory; so does this script
    basic = base64.b64encode(f"{key}:".encode()).decode()
    app, window, controller = start_app()
    out = Path(export_dir)
    result: dict[str, Any] = {}

    # Create a link through the editor.
    window.commands.new_action.trigger()
    editor = window.editor
    QTest.keyClicks(editor.title, "Scan session poster")
    row = editor.line_item_rows()[0]
    QTest.keyClicks(row.amount, "9.99")
    QTest.keyClicks(row.product, "prod_poster")
    window.commands.save_action.trigger()
    wait_until(lambda: editor.state == EditorState.EDITING, "the link to be created")
    result["created"] = window.editor_control.current.id if window.editor_control.current else None

    # Export a CSV of every link, and the QR code as PNG, SVG and PDF.
    ANSWERS.csv = CsvChoice("all", per_line_item=True, bom=True)
    ANSWERS.path = str(out / "links.csv")
    window.commands.export_csv_action.trigger()
    wait_until(lambda: window.exports.running is None, "the CSV export")
    formats: tuple[Literal["png", "svg", "pdf"], ...] = ("png", "svg", "pdf")
    for fmt in formats:
        ANSWERS.qr = QrOptions(format=fmt, caption="title")
        ANSWERS.path = str(out / f"poster.{fmt}")
        window.commands.save_qr_action.trigger()
        wait_until(lambda: window.exports.running is None, f"the {fmt} QR export")
    result["exports"] = sorted(p.name for p in out.iterdir())

    # API errors: server errors past the retries, then a revoked key.
    # Three tries of the client, asked three times by the sync: one pass that fails.
    post_faults(account.base_url, {"fail_next": {"count": 9, "status": 500}})
    window.refresh()
    wait_until(lambda: window.model.last_error is not None, "the server error", timeout=45)
    result["server_error"] = window.model.last_error
    say("REVOKE")
    sys.stdin.readline()
    window.refresh()
    wait_until(lambda: window.model.last_error is not None, "the authentication error")
    result["auth_error"] = window.model.last_error

    # A library logging a request's headers: the log's filter must redact them.
    logging.getLogger("httpx").warning(
        "request headers: %s", {"Authorization": f"Basic {basic}", "X-Key": key}
    )

    # Crashes: in a Qt slot, straight into the hook, and on a worker thread.
    reporter = window.crash_reporter  # type: ignore[attr-defined]

    def slot_that_fails() -> None:
        raise RuntimeError(f"Request failed with Authorization: Basic {basic} for {key}")

    # Under the app's own event loop (as in ``run``), where a slot's exception reaches the
    # excepthook; a nested wait would hand it back to this script instead.
    QTimer.singleShot(0, slot_that_fails)
    run_event_loop(app, lambda: len(reporter.dialogs) == 1, "the crash dialog")
    dialog = reporter.dialogs[0]
    result["dialog_has_key"] = key in dialog.report.toPlainText()
    result["dialog_redacted"] = "[redacted]" in dialog.report.toPlainText()
    dialog.copy_button.click()
    result["clipboard_has_key"] = key in (QApplication.clipboard().text() or "")
    dialog.reject()

    try:
        try:
            raise KeyError(key)
        except KeyError as inner:
            raise ValueError(f"headers={{'Authorization': 'Basic {basic}'}} key={key}") from inner
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def worker() -> None:
        raise ConnectionError(f"proxy said: Authorization: Basic {basic}")

    thread = threading.Thread(target=worker, name="scan-worker")
    thread.start()
    thread.join(5)
    QTest.qWait(200)  # queued reports reach the GUI thread
    logs = Path(os.environ["LEANRAILS_DESKTOP_HOME"]) / "logs"
    wait_until(lambda: len(list(logs.glob("crash-*.txt"))) >= 3, "three crash reports")
    result["crash_reports"] = len(list(logs.glob("crash-*.txt")))

    # Quit the way a person does: close the window, then the app.
    window.close()
    wait_until(lambda: not window.isVisible(), "the window to close")
    controller.shutdown()
    if window.store is not None:
        window.store.close()
    logging.shutdown()
    result["warnings"] = ANSWERS.warnings
    say("SESSION", result)
    app.quit()
    sys.stdout.flush()
    os._exit(0)


# ---------------------------------------------------------------------------- screen reader


def shown_texts(window: AppWindow) -> dict[str, str]:
    """What the labels a screen reader is asked about show on screen."""
    total = window.preview.total_label
    return {
        "header": window.editor.header.text(),
        "footer": window.list_pane.footer.text(),
        "total": total.text() if total.isVisibleTo(window) else "",
        "account": window.status.account_label.text(),
    }


def step_shown() -> None:
    install_answers()
    app, window, _controller = start_app()
    # Keys synthesised through the accessibility bus go to the window with the X input
    # focus; with no window manager on the display, the app has to take it itself.
    window.raise_()
    window.activateWindow()
    wait_until(window.isActiveWindow, "the window to become active")
    last: dict[str, str] = {}

    def report() -> None:
        nonlocal last
        texts = shown_texts(window)
        if texts != last:
            last = texts
            say("SHOWN", texts)

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(report)
    timer.start()
    report()
    say("READY")
    app.exec()  # until killed


# ---------------------------------------------------------------------------- main


def step_import(path: str) -> None:
    install_answers()

    def open_path(self: prompts.Prompts, title: str, start: str, filters: str) -> str:
        return path

    prompts.Prompts.open_path = open_path  # type: ignore[method-assign]
    app, window, _controller = start_app()
    window.commands.import_action.trigger()
    wait_until(lambda: window.imports.dialog is not None and window.imports.plan is not None,
               "the review")
    dialog = window.imports.dialog
    assert dialog is not None and dialog.import_button.isEnabled(), ANSWERS.warnings
    dialog.import_button.click()
    say("SENDING")
    run_event_loop(app, lambda: window.imports.running is None
                   and window.imports.last_result is not None, "the import to finish")
    result = window.imports.last_result
    assert result is not None
    created = result.created()
    say("IMPORTED", {
        "created": sum(1 for r in created if not r.earlier),
        "earlier": sum(1 for r in created if r.earlier),
        "failed": len(result.failed()),
        "errors": [f"{r.line}: {r.error}" for r in result.failed()],
    })
    window.close()


def step_setup(name: str, base_url: str) -> None:
    key = sys.stdin.readline().strip()
    account = AccountStore().add(name, key, base_url=base_url, make_default=True)
    say("ACCOUNT", {"id": account.id, "masked": account.masked_key})


def main(argv: list[str]) -> None:
    step, args = argv[0], argv[1:]
    if step == "setup":
        step_setup(args[0], args[1])
    elif step == "type-new":
        step_type("new")
    elif step == "type-edit":
        step_type("edit", args[0])
    elif step == "restore":
        step_restore()
    elif step == "session":
        step_session(args[0])
    elif step == "shown":
        step_shown()
    elif step == "import":
        step_import(args[0])
    else:
        raise SystemExit(f"unknown step {step!r}")


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except BaseException:
        # The app's own excepthook would take this for a crash of the app and only write a
        # report; a failing step must say why on stderr, for the test to show.
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
