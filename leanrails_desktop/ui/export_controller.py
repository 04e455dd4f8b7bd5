"""Runs exports for the main window: one QR code, bulk QR codes, print sheets and CSV files.

Choices come from the window's prompts; the work runs on a worker thread with progress and
Cancel; the core writers guarantee that a cancelled or failed export leaves no partial file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.exports import qr as qr_export
from leanrails_desktop.core.exports.atomic import ExportCancelled
from leanrails_desktop.core.link_source import KeptLineItems, iter_links, with_line_items
from leanrails_desktop.core.links import LinkFilter
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.ui.tasks import TaskContext, TaskHandle

if TYPE_CHECKING:
    from leanrails_desktop.ui.main_window import MainWindow


class ExportController(QObject):
    """Export actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running: TaskHandle[Any] | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.last_result: object = None
        self.last_progress: tuple[int, int | None] = (0, None)

    # ------------------------------------------------------------------ helpers

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _start_dir(self, key: str) -> str:
        return str(self.window.settings.value(key, "") or Path.home())

    def _remember_dir(self, key: str, path: str) -> None:
        folder = path if os.path.isdir(path) else os.path.dirname(path)
        self.window.settings.setValue(key, folder)

    def _run(
        self,
        title: str,
        work: Callable[[LeanRailsClient | None, TaskContext], object],
        done: Callable[[object], None],
        total: int | None,
    ) -> None:
        """Run ``work`` on a worker with a progress dialog whose Cancel really cancels."""
        window = self.window
        dialog = QProgressDialog(title, "Cancel", 0, total or 0, window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName("Export progress")
        self.progress_dialog = dialog
        session = window.session
        handle: TaskHandle[Any] | None = None

        def cancel() -> None:
            if handle is not None:
                handle.drop()
            self.running = None
            dialog.canceled.disconnect(cancel)
            dialog.hide()
            dialog.deleteLater()
            self._status("Export cancelled; no partial file was left behind.")

        def progress(done_count: int, count_total: int | None) -> None:
            self.last_progress = (done_count, count_total)
            if count_total:
                dialog.setMaximum(count_total)
            dialog.setValue(done_count)
            noun = "link" if done_count == 1 else "links"
            dialog.setLabelText(f"{title}\n{done_count:,} {noun} done")

        def close_dialog() -> None:
            # Closing a progress dialog emits `canceled`; the work is over, so unhook first.
            dialog.canceled.disconnect(cancel)
            dialog.hide()
            dialog.deleteLater()

        def finished(result: object) -> None:
            self.running = None
            close_dialog()
            self.last_result = result
            done(result)

        def failed(exc: Exception) -> None:
            self.running = None
            close_dialog()
            if isinstance(exc, ExportCancelled):
                self._status("Export cancelled; no partial file was left behind.")
                return
            self.last_result = exc
            window.prompts.warn("Export failed", describe_error(exc))

        # Offline, exports work from the copy of the list kept on this computer.
        client = session.client if session is not None and not window.offline else None
        handle = window.runner.submit_long(
            lambda context: work(client, context),
            finished,
            failed,
            progress,
        )
        self.running = handle

        dialog.canceled.connect(cancel)

    def _links_source(
        self, scope: str, client: LeanRailsClient | None, selected: list[CheckoutLink]
    ) -> Iterable[CheckoutLink]:
        if scope == "selection":
            return selected
        if client is None:  # offline: what is cached
            return self.window.model.all_links()
        active = self.window.current_filter() if scope == "filter" else None
        return iter_links(client, LinkFilter.from_active(active))

    # ------------------------------------------------------------------ one QR code

    def save_qr(self, link: CheckoutLink) -> None:
        window = self.window
        options = window.prompts.qr_options(window.settings, link.title)
        if options is None:
            return
        suggested = qr_export.suggested_filename(link, options.format)
        start = os.path.join(self._start_dir("export/qr_dir"), suggested)
        filters = {
            "png": "PNG image (*.png)",
            "svg": "SVG vector image (*.svg)",
            "pdf": "PDF document (*.pdf)",
        }
        path = window.prompts.save_path("Save QR code", start, filters[options.format])
        if not path:
            return
        if not path.lower().endswith(f".{options.format}"):
            path += f".{options.format}"
        self._remember_dir("export/qr_dir", path)
        url, title = link.url, link.title

        def work(_client: LeanRailsClient | None, _context: TaskContext) -> str:
            qr_export.write_qr(path, url, options, title=title)
            return path

        self._run("Saving QR code", work, lambda _r: self._status(f"QR code saved to {path}."), 1)

    # ------------------------------------------------------------------ bulk QR and print sheet

    def bulk_qr(self) -> None:
        window = self.window
        selected = window.list_pane.selected_links()
        choice = window.prompts.bulk_choice(
            window.settings, len(selected), window.list_pane.filter.currentText()
        )
        if choice is None:
            return
        start = self._start_dir("export/bulk_dir")
        if choice.target == "folder":
            path = window.prompts.folder_path("Choose a folder for the QR codes", start)
        elif choice.target == "zip":
            path = window.prompts.save_path(
                "Save QR codes as ZIP", os.path.join(start, "qr-codes.zip"), "ZIP archive (*.zip)"
            )
            if path and not path.lower().endswith(".zip"):
                path += ".zip"
        else:
            path = window.prompts.save_path(
                "Save print sheet", os.path.join(start, "qr-sheet.pdf"), "PDF document (*.pdf)"
            )
            if path and not path.lower().endswith(".pdf"):
                path += ".pdf"
        if not path:
            return
        self._remember_dir("export/bulk_dir", path)
        total = len(selected) if choice.scope == "selection" else None

        def work(client: LeanRailsClient | None, context: TaskContext) -> object:
            from leanrails_desktop.core.exports import bulk, sheet

            links = self._links_source(choice.scope, client, selected)

            def progress(done: int) -> None:
                context.progress(done, total)

            if choice.target == "folder":
                return bulk.export_qr_folder(
                    path, links, choice.options, progress=progress, cancelled=context.cancelled
                )
            if choice.target == "zip":
                return bulk.export_qr_zip(
                    path, links, choice.options, progress=progress, cancelled=context.cancelled
                )
            return sheet.write_print_sheet(
                path,
                links,
                paper=choice.paper,
                per_row=choice.per_row,
                progress=progress,
                cancelled=context.cancelled,
            )

        def done(result: object) -> None:
            count = len(result) if isinstance(result, list) else result
            what = {
                "folder": "QR files saved in",
                "zip": "QR codes saved to",
                "sheet": "QR codes placed on the print sheet",
            }[choice.target]
            self._status(f"{count} {what} {path}.")

        self._run("Exporting QR codes", work, done, total)

    # ------------------------------------------------------------------ CSV

    def export_csv(self) -> None:
        window = self.window
        selected = window.list_pane.selected_links()
        choice = window.prompts.csv_choice(
            window.settings, len(selected), window.list_pane.filter.currentText()
        )
        if choice is None:
            return
        start = os.path.join(self._start_dir("export/csv_dir"), "checkout-links.csv")
        path = window.prompts.save_path("Export links as CSV", start, "CSV spreadsheet (*.csv)")
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        self._remember_dir("export/csv_dir", path)
        known = dict(window.line_items_cache())
        store, account_key = window.store, window.account_key
        kept = KeptLineItems(store, account_key)

        def saved_items(link_id: str) -> list[LineItem]:
            # Offline the store is the only source, so its failure ends the export.
            if store is None or not account_key:
                return []
            return store.cached_line_items(account_key, link_id) or []

        total = len(selected) if choice.scope == "selection" else None

        def work(client: LeanRailsClient | None, context: TaskContext) -> int:
            from leanrails_desktop.core.exports import csv as csv_export

            links = self._links_source(choice.scope, client, selected)
            current: dict[str, list[LineItem]] = {}

            def stream() -> Iterator[CheckoutLink]:
                if client is None:
                    for link in links:
                        current.clear()
                        current[link.id] = known.get(link.id) or saved_items(link.id)
                        yield link
                    return
                for link, items in with_line_items(
                    client,
                    links,
                    known,
                    saved=kept.saved,
                    remember=kept.remember,
                    cancelled=context.cancelled,
                ):
                    current.clear()
                    current[link.id] = items
                    yield link

            return csv_export.export_links_csv(
                path,
                stream(),
                line_items_for=lambda link: current.get(link.id, []),
                per_line_item=choice.per_line_item,
                bom=choice.bom,
                progress=lambda done: context.progress(done, total),
                cancelled=context.cancelled,
            )

        self._run(
            "Exporting CSV",
            work,
            lambda rows: self._status(f"{rows:,} rows exported to {path}."),
            total,
        )
