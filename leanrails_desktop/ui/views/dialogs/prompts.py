"""The questions the main window asks the merchant, in one replaceable object.

Tests hand the window a scripted ``Prompts`` so that no modal dialog blocks them; the app
uses this real one.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from leanrails_desktop.core.exports.qr import QrOptions, QrOptionsError
from leanrails_desktop.core.i18n import Context, translate
from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.ui.text import PlainMessageBox, ask_text, warn

Drafts = Context("Drafts")

if TYPE_CHECKING:
    from leanrails_desktop.core.links.conflicts import FieldChange, Side
    from leanrails_desktop.core.store import Draft
    from leanrails_desktop.ui.views.dialogs.export_dialogs import BulkChoice, CsvChoice


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts:
    """Modal questions, parented to the window."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def unsaved_changes(self) -> UnsavedChoice:
        box = PlainMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Prompts", "Unsaved changes"))
        box.setText(translate("Prompts", "This link has changes that are not saved."))
        box.setInformativeText(translate("Prompts", "Save them, discard them, or keep editing?"))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Cancel)
        answer = box.exec()
        if answer == buttons.Save:
            return UnsavedChoice.SAVE
        if answer == buttons.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def inactive_message(self, what: str, current: str) -> str | None:
        """Ask for the optional message shown while links are off; None when cancelled."""
        return ask_text(
            self.parent,
            translate("Prompts", "Deactivate"),
            translate(
                "Prompts",
                "Deactivate {what}?\n"
                "Visitors will see this message instead of the checkout (optional):",
            ).format(what=what),
            current,
            multiline=True,
        )

    def save_path(self, title: str, suggested: str, filters: str) -> str:
        """A path to save to, or "" when cancelled."""
        path, _chosen = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return path

    def open_path(self, title: str, start: str, filters: str) -> str:
        """An existing file to read, or "" when cancelled."""
        path, _chosen = QFileDialog.getOpenFileName(self.parent, title, start, filters)
        return path

    def folder_path(self, title: str, start: str) -> str:
        """A folder to save into, or "" when cancelled."""
        return QFileDialog.getExistingDirectory(self.parent, title, start)

    def qr_options(self, settings: QSettings, link_title: str) -> QrOptions | None:
        from leanrails_desktop.ui.views.dialogs.export_dialogs import QrSaveDialog

        dialog = QrSaveDialog(settings, link_title, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.options_form.remember()
        try:
            return dialog.options_form.options()
        except QrOptionsError:
            return None

    def bulk_choice(
        self, settings: QSettings, selected: int, list_filter: LinkFilter
    ) -> BulkChoice | None:
        from leanrails_desktop.ui.views.dialogs.export_dialogs import BulkQrDialog

        dialog = BulkQrDialog(settings, selected, list_filter, self.parent)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                return dialog.choice()
            except QrOptionsError as exc:
                self.warn(translate("Prompts", "Check the QR options"), str(exc))
        return None

    def csv_choice(
        self, settings: QSettings, selected: int, list_filter: LinkFilter
    ) -> CsvChoice | None:
        from leanrails_desktop.ui.views.dialogs.export_dialogs import CsvExportDialog

        dialog = CsvExportDialog(settings, selected, list_filter, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def restore_draft(self, draft: Draft, others: int) -> str:
        """Offer unsaved work from an earlier run: "restore", "discard" or "keep"."""
        box = PlainMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Prompts", "Restore unsaved work?"))
        title = draft.form.title.strip() or translate("Prompts", "an untitled link")
        text = (
            translate(
                "Prompts", "You have unsaved work from an earlier session: a new link, “{title}”."
            )
            if draft.link_id is None
            else translate(
                "Prompts",
                "You have unsaved work from an earlier session: changes to the link “{title}”.",
            )
        )
        box.setText(text.format(title=title))
        if others:
            box.setInformativeText(
                Drafts.tr("{others} more unsaved draft(s) are kept as well.", "", others).format(
                    others=format_count(others)
                )
            )
        restore = box.addButton(translate("Prompts", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            translate("Prompts", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("Prompts", "&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        if clicked is restore:
            return "restore"
        if clicked is discard:
            return "discard"
        return "keep"

    def resolve_conflict(self, title: str, rows: list[FieldChange]) -> dict[str, Side] | None:
        """Which version of each changed part to save; None keeps editing, nothing sent."""
        from leanrails_desktop.ui.views.dialogs.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(title, rows, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices()

    def inform(self, title: str, text: str) -> None:
        """A plain-text notice with an OK button."""
        box = PlainMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def warn(self, title: str, text: str) -> None:
        warn(self.parent, title, text)
