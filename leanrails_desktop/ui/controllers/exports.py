"""Exports: one QR code, bulk QR codes, print sheets and CSV files.

Choices come from the prompts; the work runs on a worker, bound to the open account's
session, with progress and Cancel; the core writers guarantee that a cancelled or failed
export leaves no partial file. Switching account stops an export the same way Cancel does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.exports import qr as qr_export
from leanrails_desktop.core.exports.atomic import ExportCancelled
from leanrails_desktop.core.i18n import Context, translate
from leanrails_desktop.core.link_source import (
    MirrorLineItems,
    links_by_id,
    mirror_links,
    mirror_pairs,
    split_pairs,
    with_line_items,
)
from leanrails_desktop.core.links import LinkFilter
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.core.mirror import Mirror
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.background.tasks import TaskContext, TaskHandle
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.models.links_model import LinksModel
from leanrails_desktop.ui.qr_settings import account_group
from leanrails_desktop.ui.views.list_pane import ListPane

Exports = Context("Exports")

Work = Callable[[LeanRailsClient | None, TaskContext], object]


def _number(value: object) -> int:
    """A worker's count result (0 when it gave something else)."""
    return value if isinstance(value, int) else 0


class ExportController(QObject):
    """The export commands of one window."""

    def __init__(
        self,
        context: AppContext,
        list_pane: ListPane,
        model: LinksModel,
        list_filter: Callable[[], LinkFilter],
    ) -> None:
        super().__init__(context)
        self._context = context
        self._list = list_pane
        self._model = model
        self._list_filter = list_filter
        self.running: TaskHandle[Any] | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._close_running: Callable[[], None] | None = None
        self.last_result: object = None
        self.last_progress: tuple[int, int | None] = (0, None)
        context.session_closing.connect(self._session_closing)

    # ------------------------------------------------------------------ helpers

    def _status(self, text: str, ms: int = 8000) -> None:
        self._context.show_status(text, ms)

    def _start_dir(self, key: str) -> str:
        return str(self._context.settings.value(key, "") or Path.home())

    def _remember_dir(self, key: str, path: str) -> None:
        folder = path if os.path.isdir(path) else os.path.dirname(path)
        self._context.settings.setValue(key, folder)

    def _session_closing(self, _session: ApiSession) -> None:
        """The account is being switched: its export stops as if cancelled."""
        if self._close_running is not None:
            self._close_running()
            self._status(
                translate(
                    "Exports",
                    "Export stopped because another account was opened; "
                    "no partial file was left behind.",
                )
            )

    def _run(
        self, title: str, work: Work, done: Callable[[object], None], total: int | None
    ) -> None:
        """Run ``work`` on a worker with a progress dialog whose Cancel really cancels."""
        dialog = QProgressDialog(
            title, translate("Exports", "Cancel"), 0, total or 0, self._list.window()
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(translate("Exports", "Export progress"))
        self.progress_dialog = dialog
        session = self._context.session
        handle: TaskHandle[Any] | None = None

        def close_dialog() -> None:
            # Closing a progress dialog emits `canceled`; the work is over, so unhook first.
            self.running = None
            self._close_running = None
            dialog.canceled.disconnect(cancel)
            dialog.hide()
            dialog.deleteLater()

        def stop() -> None:
            if handle is not None:
                handle.drop()
            close_dialog()

        def cancel() -> None:
            stop()
            self._status(translate("Exports", "Export cancelled; no partial file was left behind."))

        def progress(done_count: int, count_total: int | None) -> None:
            self.last_progress = (done_count, count_total)
            if count_total:
                dialog.setMaximum(count_total)
            dialog.setValue(done_count)
            done_text = Exports.tr("{count} link(s) done", "", done_count)
            dialog.setLabelText(f"{title}\n" + done_text.format(count=format_count(done_count)))

        def finished(result: object) -> None:
            close_dialog()
            self.last_result = result
            done(result)

        def failed(exc: Exception) -> None:
            close_dialog()
            if isinstance(exc, ExportCancelled):
                self._status(
                    translate("Exports", "Export cancelled; no partial file was left behind.")
                )
                return
            self.last_result = exc
            self._context.prompts.warn(translate("Exports", "Export failed"), describe_error(exc))

        if session is not None and not self._context.offline:
            handle = session.run_long(work, finished, failed, progress)
        else:
            # Offline (or no account), exports work from what is kept on this computer.
            handle = self._context.runner.submit_long(
                lambda context: work(None, context), finished, failed, progress
            )
        self.running = handle
        self._close_running = stop
        dialog.canceled.connect(cancel)

    def _scope(self, scope: str) -> tuple[Mirror | None, list[str], int]:
        """The mirror and the ids an export of ``scope`` covers, read now (on the GUI
        thread: ids only, a few milliseconds even for 100,000): the selection, every link
        the list shows ("filter": filter and search), or every link of the account."""
        mirror = self._model.mirror
        if mirror is None:
            return None, [], 0
        if scope == "selection":
            ids = self._model.ids_at(self._list.selected_rows())
        elif scope == "filter":
            ids = mirror.ids(self._model.query)
        else:
            ids = mirror.ids()
        return mirror, ids, len(ids)

    @staticmethod
    def _stream(
        mirror: Mirror | None,
        ids: list[str],
        client: LeanRailsClient | None,
        cancelled: Callable[[], bool],
    ) -> Iterator[tuple[CheckoutLink, list[LineItem]]]:
        """The links with their line items: from the mirror, and the line items it does
        not have yet from LeanRails (kept for next time); offline, what the mirror has."""
        if mirror is None:
            return iter(())
        if client is None:
            return mirror_pairs(mirror, ids, cancelled)
        kept = MirrorLineItems(mirror)
        return with_line_items(
            client, mirror_links(mirror, ids, cancelled=cancelled),
            saved=kept.saved, remember=kept.remember, cancelled=cancelled,
        )

    # ------------------------------------------------------------------ one QR code

    def save_qr(self, link: CheckoutLink) -> None:
        with account_group(self._context.settings, self._context.account_key) as settings:
            options = self._context.prompts.qr_options(settings, link.title)
        if options is None:
            return
        suggested = qr_export.suggested_filename(link, options.format)
        start = os.path.join(self._start_dir("export/qr_dir"), suggested)
        filters = {
            "png": translate("Exports", "PNG image (*.png)"),
            "svg": translate("Exports", "SVG vector image (*.svg)"),
            "pdf": translate("Exports", "PDF document (*.pdf)"),
        }
        path = self._context.prompts.save_path(
            translate("Exports", "Save QR code"), start, filters[options.format]
        )
        if not path:
            return
        if not path.lower().endswith(f".{options.format}"):
            path += f".{options.format}"
        self._remember_dir("export/qr_dir", path)
        url, title = link.url, link.title

        def work(_client: LeanRailsClient | None, _context: TaskContext) -> str:
            qr_export.write_qr(path, url, options, title=title)  # read back before it is written
            return path

        self._run(
            translate("Exports", "Saving QR code"),
            work,
            lambda _r: self._status(
                translate("Exports", "QR code saved to {path}.").format(path=path)
            ),
            1,
        )

    # ------------------------------------------------------------------ bulk QR and print sheet

    def bulk_qr(self, link_ids: Sequence[str] | None = None) -> None:
        """QR codes of many links into a folder, a ZIP or onto a print sheet: of the
        selection (or of ``link_ids``, the links an import made), or of what the list shows.
        """
        selected = len(link_ids) if link_ids is not None else len(self._list.selected_rows())
        with account_group(self._context.settings, self._context.account_key) as settings:
            choice = self._context.prompts.bulk_choice(settings, selected, self._list_filter())
        if choice is None:
            return
        start = self._start_dir("export/bulk_dir")
        if choice.target == "folder":
            path = self._context.prompts.folder_path(
                translate("Exports", "Choose a folder for the QR codes"), start
            )
        elif choice.target == "zip":
            path = self._context.prompts.save_path(
                translate("Exports", "Save QR codes as ZIP"),
                os.path.join(start, "qr-codes.zip"),
                translate("Exports", "ZIP archive (*.zip)"),
            )
            if path and not path.lower().endswith(".zip"):
                path += ".zip"
        else:
            path = self._context.prompts.save_path(
                translate("Exports", "Save print sheet"),
                os.path.join(start, "qr-sheet.pdf"),
                translate("Exports", "PDF document (*.pdf)"),
            )
            if path and not path.lower().endswith(".pdf"):
                path += ".pdf"
        if not path:
            return
        self._remember_dir("export/bulk_dir", path)
        if link_ids is not None and choice.scope == "selection":
            mirror, ids, total = self._model.mirror, list(link_ids), len(link_ids)
        else:
            mirror, ids, total = self._scope(choice.scope)
        refused: list[tuple[str, str]] = []

        def work(client: LeanRailsClient | None, context: TaskContext) -> object:
            from leanrails_desktop.core.exports import bulk, sheet

            links = links_by_id(mirror, ids, client, cancelled=context.cancelled)

            def progress(done: int) -> None:
                context.progress(done, total)

            # Every code is read back by the scan check; those that do not scan are left
            # out and reported, one by one.
            if choice.target == "folder":
                return bulk.export_qr_folder(
                    path, links, choice.options, progress=progress,
                    cancelled=context.cancelled, refused=refused,
                )
            if choice.target == "zip":
                return bulk.export_qr_zip(
                    path, links, choice.options, progress=progress,
                    cancelled=context.cancelled, refused=refused,
                )
            result = sheet.write_print_sheet(
                path, links, choice.sheet, paper=choice.paper, per_row=choice.per_row,
                progress=progress, cancelled=context.cancelled,
            )
            refused.extend(result.refused)
            return result.placed

        def done(result: object) -> None:
            count = len(result) if isinstance(result, list) else result
            number = int(count) if isinstance(count, int) else 0
            if choice.target == "folder":
                text = Exports.tr("{count} QR file(s) saved in {path}.", "", number)
            elif choice.target == "zip":
                text = Exports.tr("{count} QR code(s) saved to {path}.", "", number)
            else:
                text = Exports.tr(
                    "{count} QR code(s) placed on the print sheet saved as {path}.",
                    "",
                    number,
                )
            self._status(text.format(count=format_count(number), path=path))
            if refused:
                lines = "\n".join(f"• {title}: {reason}" for title, reason in refused[:20])
                if len(refused) > 20:
                    more = translate("Exports", "… and {count} more.").format(
                        count=format_count(len(refused) - 20)
                    )
                    lines += "\n" + more
                left_out = Exports.tr(
                    "{count} codes were saved; {refused} would not scan and were left out:",
                    "",
                    number,
                ).format(count=format_count(number), refused=format_count(len(refused)))
                self._context.prompts.warn(
                    translate("Exports", "Some codes were left out"), f"{left_out}\n{lines}"
                )

        self._run(translate("Exports", "Exporting QR codes"), work, done, total)

    # ------------------------------------------------------------------ CSV

    def export_csv(self) -> None:
        selected = len(self._list.selected_rows())
        choice = self._context.prompts.csv_choice(
            self._context.settings, selected, self._list_filter()
        )
        if choice is None:
            return
        start = os.path.join(self._start_dir("export/csv_dir"), "checkout-links.csv")
        path = self._context.prompts.save_path(
            translate("Exports", "Export links as CSV"),
            start,
            translate("Exports", "CSV spreadsheet (*.csv)"),
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        self._remember_dir("export/csv_dir", path)
        mirror, ids, total = self._scope(choice.scope)

        def work(client: LeanRailsClient | None, context: TaskContext) -> int:
            from leanrails_desktop.core.exports import csv as csv_export

            links, items_of = split_pairs(self._stream(mirror, ids, client, context.cancelled))
            return csv_export.export_links_csv(
                path,
                links,
                line_items_for=items_of,
                per_line_item=choice.per_line_item,
                bom=choice.bom,
                progress=lambda done: context.progress(done, total),
                cancelled=context.cancelled,
            )

        self._run(
            translate("Exports", "Exporting CSV"),
            work,
            lambda rows: self._status(
                Exports.tr("{rows} row(s) exported to {path}.", "", _number(rows)).format(
                    rows=format_count(_number(rows)), path=path
                )
            ),
            total,
        )
