"""Import links from a spreadsheet: choose the file, review what will be created, send,
see each link's result, retry the failed ones.

The file is read and checked on a worker (:mod:`core.bulk`); nothing is sent before the
merchant has seen the review. Links are created on the open account's session with the
keys :func:`~leanrails_desktop.core.bulk.idempotency_key` derives from the file, each
written to the local store's import journal before it is sent — the same journal
``leanrails import`` uses — so importing a file again (after a cancel, a crash, or from the
command line) creates only what is left, never a link twice. Switching account stops the
import. Save report… writes each link's line, result, id and address as CSV.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal

from leanrails_desktop.core import money
from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.bulk import (
    CREATED,
    NOT_SENT,
    ImportPlan,
    ImportResult,
    PlannedLink,
    SheetError,
    plan_import,
    read_sheet,
    retry_failed,
    send_import,
)
from leanrails_desktop.core.bulk.history import IMPORTED, record_created
from leanrails_desktop.core.bulk.report import default_report_path, write_report
from leanrails_desktop.core.i18n import Context, translate
from leanrails_desktop.core.link_form import LineItemForm
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.core.store import AccountImportJournal
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.background.tasks import TaskContext, TaskHandle
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.controllers.sending import ReviewedSending
from leanrails_desktop.ui.views.dialogs.import_dialog import ImportDialog, ResultRow, ReviewRow

Imports = Context("Imports")

_DIR_KEY = "import/dir"

Send = Callable[[LeanRailsClient, TaskContext], ImportResult]


def import_filters() -> str:
    """The file dialog's filters, in the app's language."""
    return translate("Imports", "Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)")


def result_status(status: str) -> str:
    """A link's import result as the review table shows it."""
    if status == CREATED:
        return translate("Imports", "created")
    if status == NOT_SENT:
        return translate("Imports", "not sent")
    return translate("Imports", "failed")


def _item_text(item: LineItemForm) -> str:
    """``2 × prod_pottery at €35.00`` (or the saved price's id)."""
    what = item.product.strip() or item.price.strip() or translate("Imports", "item")
    quantity = item.quantity.strip() or "1"
    if item.amount.strip():
        try:
            price = money.format_amount(
                money.parse_amount(item.amount, item.currency), item.currency
            )
        except (money.MoneyError, ValueError):
            price = f"{item.amount.strip()} {item.currency.upper()}".strip()
        return translate("Imports", "{quantity} × {what} at {price}").format(
            quantity=quantity, what=what, price=price
        )
    return translate("Imports", "{quantity} × {what}").format(quantity=quantity, what=what)


def review_row(link: PlannedLink) -> ReviewRow:
    lines = f"{link.lines[0]}–{link.lines[-1]}" if len(link.lines) > 1 else str(link.line)
    items = "; ".join(_item_text(item) for item in link.form.line_items)
    problems = "; ".join(
        f"{p.column}: {p.message}" if p.column else p.message for p in link.problems
    )
    return ReviewRow(lines, " ".join(link.form.title.split()), items, link.total(), problems)


class ImportController(ReviewedSending[ImportDialog, ImportResult]):
    """File → Import links… of one window."""

    imported = Signal(int)
    """Links were created (how many); the window brings the list up to date."""
    print_requested = Signal(list)
    """QR codes or a print sheet of these links (the ids this import made) were asked for."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.plan: ImportPlan | None = None
        self.last_result: ImportResult | None = None
        self.reading: TaskHandle[tuple[ImportPlan, list[ReviewRow]]] | None = None
        self._file_name = ""
        self._path = ""
        self._rows: dict[str, int] = {}
        context.session_closing.connect(self._session_closing)

    # ------------------------------------------------------------------ choose and read

    def import_links(self) -> None:
        """Ask for a file, read and check it on a worker, then show the review."""
        session = self._context.session
        if session is None or self.dialog is not None or self.reading is not None:
            return
        start = str(self._context.settings.value(_DIR_KEY, "") or Path.home())
        path = self._context.prompts.open_path(
            translate("Imports", "Import links"), start, import_filters()
        )
        if not path:
            return
        self._context.settings.setValue(_DIR_KEY, os.path.dirname(path))
        self._path = path
        self._file_name = Path(path).name
        self._context.show_status(
            translate("Imports", "Reading {file_name}…").format(file_name=self._file_name)
        )
        self._read(None)

    def _read(self, sheet: str | None) -> None:
        """Read and check the file (``sheet``: of a workbook; None for the first)."""
        session, path = self._context.session, self._path

        def work() -> tuple[ImportPlan, list[ReviewRow]]:
            plan = plan_import(read_sheet(path, sheet=sheet))
            return plan, [review_row(link) for link in plan.links]  # off the GUI thread too

        def done(read: tuple[ImportPlan, list[ReviewRow]]) -> None:
            self.reading = None
            self._context.in_session(session, lambda: self._review(*read))

        def failed(exc: Exception) -> None:
            self.reading = None
            text = str(exc) if isinstance(exc, SheetError) else describe_error(exc)
            self._context.show_status("")
            self._context.prompts.warn(translate("Imports", "The file cannot be imported"), text)
            if self.plan is not None and self.dialog is not None:  # the sheet shown stays
                self.dialog.set_sheets(self.plan.sheet.sheets, self.plan.sheet.sheet)
                self._update_review()

        self.reading = self._context.runner.submit(work, done, failed)

    def _choose_sheet(self, name: str) -> None:
        if self.running is None and self.reading is None and self.dialog is not None:
            self.dialog.set_summary(
                translate("Imports", "Reading the sheet “{name}”…").format(name=name)
            )
            self._read(name)

    # ------------------------------------------------------------------ review

    def _review(self, plan: ImportPlan, rows: list[ReviewRow]) -> None:
        self._context.show_status("")
        self.plan = plan
        self.last_result = None
        self._rows = {link.group: index for index, link in enumerate(plan.links)}
        dialog = self.dialog
        if dialog is None:
            dialog = ImportDialog(self._file_name, self._context.dialog_parent)
            self.dialog = dialog
            dialog.skip_check.toggled.connect(self._update_review)
            dialog.import_requested.connect(self._send)
            dialog.report_requested.connect(self._save_report)
            dialog.print_requested.connect(self._print_created)
            dialog.sheet_chosen.connect(self._choose_sheet)
            dialog.retry_requested.connect(self._retry)
            dialog.cancel_requested.connect(self._cancel)
            dialog.open()
        dialog.set_sheets(plan.sheet.sheets, plan.sheet.sheet)
        dialog.show_review(
            rows,
            [str(problem) for problem in plan.all_problems()],
            plan.ignored_columns,
        )
        self._update_review()

    def _update_review(self, *_args: object) -> None:
        """The count, and whether Import can be pressed: not while any problem stands,
        unless the merchant chose to skip the links with problems."""
        plan, dialog = self.plan, self.dialog
        if plan is None or dialog is None:
            return
        ready = len(plan.valid_links())
        refused = len(plan.links) - ready
        summary = Imports.tr("{ready} link(s) ready, {refused} with problems", "", ready)
        summary = summary.format(ready=format_count(ready), refused=format_count(refused))
        if plan.problems:
            summary = translate(
                "Imports", "{summary} — the sheet itself has problems; fix them and import it again"
            ).format(summary=summary)
        dialog.set_summary(summary)
        skipping = dialog.skip_check.isChecked()
        enabled = ready > 0 and not plan.problems and (refused == 0 or skipping)
        dialog.set_import_button(
            Imports.tr("Import {count} link(s)", "", ready).format(count=format_count(ready)),
            enabled,
        )

    # ------------------------------------------------------------------ send

    def _send(self) -> None:
        plan = self.plan
        if plan is None or self.running is not None:
            return
        only = [link.group for link in plan.valid_links()]
        journal = self._journal(plan)

        def work(client: LeanRailsClient, task: TaskContext) -> ImportResult:
            result = send_import(
                client, plan, only=only, journal=journal, progress=task.progress,
                cancelled=lambda: self._stopped(task),
            )
            self._record(result)
            return result

        self._start(work, len(only))

    def _retry(self) -> None:
        plan, previous = self.plan, self.last_result
        if plan is None or previous is None or self.running is not None:
            return
        journal = self._journal(plan)

        def work(client: LeanRailsClient, task: TaskContext) -> ImportResult:
            result = retry_failed(
                client, plan, previous, journal=journal, progress=task.progress,
                cancelled=lambda: self._stopped(task),
            )
            self._record(result)
            return result

        self._start(work, len(previous.failed()))

    def _record(self, result: ImportResult) -> None:
        """Each link this run made starts its history (on the worker; one write)."""
        made = [item.link for item in result.results if item.link is not None]
        record_created(self._context.store, self._context.account_key, made, IMPORTED)

    def _journal(self, plan: ImportPlan) -> AccountImportJournal | None:
        """The import journal of this file and account (None without a local store: the
        keys derived from the file still keep a rerun within a day exactly once)."""
        store = self._context.store
        if store is None:
            return None
        return AccountImportJournal(store, self._context.account_key, plan.digest)

    def _print_created(self) -> None:
        result = self.last_result
        if result is not None and result.created():
            self.print_requested.emit([item.link_id for item in result.created()])

    def _save_report(self) -> None:
        plan, result = self.plan, self.last_result
        if plan is None:
            return
        start = str(self._context.settings.value(_DIR_KEY, "") or Path.home())
        suggested = default_report_path(Path(start) / self._file_name)
        path = self._context.prompts.save_path(
            translate("Imports", "Save import report"),
            str(suggested),
            translate("Imports", "CSV spreadsheet (*.csv)"),
        )
        if not path:
            return

        def done(rows: int) -> None:
            text = Imports.tr("Report of {count} link(s) saved to {path}.", "", rows)
            self._context.show_status(text.format(count=format_count(rows), path=path))

        def failed(exc: Exception) -> None:
            self._context.prompts.warn(
                translate("Imports", "The report was not saved"), describe_error(exc)
            )

        self._context.runner.submit(lambda: write_report(Path(path), plan, result), done, failed)

    def _progress_text(self, done: int, count: int) -> str:
        return translate("Imports", "Creating links: {done} of {count}").format(
            done=format_count(done), count=format_count(count)
        )

    def _stopping_text(self) -> str:
        return translate("Imports", "Stopping after the link under way…")

    def _finished(self, result: ImportResult) -> None:
        self.running = None
        self.last_result = result
        created = len(result.created())
        failed = len(result.failed())
        if self.dialog is not None:
            rows = [
                ResultRow(
                    self._rows[r.group],
                    translate("Imports", "already created")
                    if r.earlier
                    else result_status(r.status),
                    r.url if r.status == CREATED else r.error,
                    r.status != CREATED,
                )
                for r in result.results
                if r.group in self._rows
            ]
            if self.plan is not None:
                rows += [
                    ResultRow(
                        self._rows[link.group],
                        translate("Imports", "skipped"),
                        translate("Imports", "it has problems"),
                        True,
                    )
                    for link in self.plan.links
                    if not link.ok
                ]
            retry = (
                translate("Imports", "&Retry the failed ones ({failed})").format(
                    failed=format_count(failed)
                )
                if failed
                else ""
            )
            self.dialog.show_results(rows, retry)
            self.dialog.print_button.setEnabled(created > 0)
            self.dialog.set_summary(self._outcome(created, failed, result.cancelled))
        self._context.show_status(self._outcome(created, failed, result.cancelled), 15_000)
        if created:
            self.imported.emit(created)

    def _outcome(self, created: int, failed: int, cancelled: bool) -> str:
        text = Imports.tr("Created {count} link(s) from {file_name}", "", created)
        text = text.format(count=format_count(created), file_name=self._file_name)
        if cancelled:
            return translate("Imports", "{done}; stopped, {failed} not sent").format(
                done=text, failed=format_count(failed)
            )
        if failed:
            return translate("Imports", "{done}; {failed} failed").format(
                done=text, failed=format_count(failed)
            )
        return text

    def _failed(self, exc: Exception) -> None:
        self.running = None
        if self.dialog is not None:
            self.dialog.set_summary(describe_error(exc))
            self.dialog.show_results(
                [], translate("Imports", "&Retry the failed ones") if self.last_result else ""
            )
        self._context.show_error(exc)

    # ------------------------------------------------------------------ cancel and close

    def _dialog_closed(self) -> None:
        self.plan = None

    def _session_closing(self, _session: ApiSession) -> None:
        """Another account is opened: the import stops and its dialog closes."""
        if self.reading is not None:
            self.reading.drop()
            self.reading = None
        if self.running is not None:
            self.running.drop()
            self.running = None
            self._context.show_status(
                translate(
                    "Imports",
                    "Import stopped because another account was opened; importing the same "
                    "file again finishes it without duplicates.",
                ),
                15_000,
            )
        self._close()
