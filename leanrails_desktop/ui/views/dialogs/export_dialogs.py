"""Dialogs that ask how to export: one QR code, many QR codes or a print sheet, or a CSV.

They only collect choices (and remember them in the settings); the export controller runs
the work in the background.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.exports.atomic import ExportError
from leanrails_desktop.core.exports.qr import QrOptions, QrOptionsError
from leanrails_desktop.core.exports.sheet import Paper, SheetOptions
from leanrails_desktop.core.i18n import Context, translate
from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views.dialogs.qr_options_form import QrOptionsForm
from leanrails_desktop.ui.views.dialogs.sheet_options_box import SheetOptionsBox
from leanrails_desktop.ui.views.sizing import fit_to_content

__all__ = ["BulkChoice", "BulkQrDialog", "CsvChoice", "CsvExportDialog", "QrOptionsForm",
           "QrSaveDialog"]

class _ChoiceDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fit_to_content(self)

    def add_choice_group(self, title: str, *labels: str) -> tuple[QRadioButton, ...]:
        """A titled box of mutually exclusive choices; returns its radio buttons."""
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        group = QButtonGroup(self)
        buttons = tuple(QRadioButton(label) for label in labels)
        for button in buttons:
            group.addButton(button)
            layout.addWidget(button)
        self.layout_.addWidget(box)
        return buttons

    def finish_layout(self, ok_text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setAccessibleName(ok_text.replace("&", "").rstrip("…"))
        self.layout_.addWidget(self.buttons)


class QrSaveDialog(_ChoiceDialog):
    """Options for saving one link's QR code."""

    def __init__(self, settings: QSettings, link_title: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("ExportDialogs", "Save QR code"), parent)
        heading = plain_label(
            translate("ExportDialogs", "QR code for “{link_title}”").format(link_title=link_title)
        )
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)
        self.options_form = QrOptionsForm(settings)
        self.layout_.addWidget(self.options_form)
        self.finish_layout(translate("ExportDialogs", "&Choose file…"))
        self.options_form.format.currentIndexChanged.connect(self._update_ok)
        for signal in (
            self.options_form.size_value.valueChanged,
            self.options_form.dpi.valueChanged,
            self.options_form.size_unit.currentIndexChanged,
            self.options_form.caption.currentIndexChanged,
            self.options_form.level.currentIndexChanged,
            self.options_form.logo_size.valueChanged,
            self.options_form.headline.textChanged,
            self.options_form.frame.toggled,
        ):
            signal.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.options_form.check()
        )


def _filter_scope(list_filter: LinkFilter) -> str:
    if list_filter is LinkFilter.ALL:
        return translate("ExportDialogs", "All links of this account")
    if list_filter is LinkFilter.ACTIVE:
        return translate("ExportDialogs", "All active links")
    return translate("ExportDialogs", "All inactive links")


ExportDialogs = Context("ExportDialogs")


def _selected_label(count: int) -> str:
    text = ExportDialogs.tr("The {count} selected link(s)", "", count)
    return text.format(count=format_count(count))


@dataclass(frozen=True)
class BulkChoice:
    """What the bulk QR dialog decided."""

    target: str  # "folder" | "zip" | "sheet"
    scope: str  # "selection" | "filter"
    options: QrOptions | None
    paper: Paper = "a4"
    per_row: int = 3
    sheet: SheetOptions | None = None
    """A print sheet's template and code options (the plain grid of ``paper`` and
    ``per_row`` when None)."""


class BulkQrDialog(_ChoiceDialog):
    """Many QR codes: into a folder, into one ZIP, or onto a print sheet."""

    def __init__(
        self,
        settings: QSettings,
        selected: int,
        list_filter: LinkFilter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("ExportDialogs", "Export QR codes"), parent)
        self.settings = settings
        self.scope_selection, self.scope_filter = self.add_choice_group(
            translate("ExportDialogs", "Which links"),
            _selected_label(selected),
            translate("ExportDialogs", "{scope} (fetches every page)").format(
                scope=_filter_scope(list_filter)
            ),
        )
        self.scope_selection.setEnabled(selected > 0)
        (self.scope_selection if selected else self.scope_filter).setChecked(True)

        target = QGroupBox(translate("ExportDialogs", "Save as"))
        target_layout = QVBoxLayout(target)
        self.to_sheet = QRadioButton(
            translate("ExportDialogs", "A &print sheet (PDF of labelled codes)")
        )
        self.to_zip = QRadioButton(translate("ExportDialogs", "One &ZIP file of QR codes"))
        self.to_folder = QRadioButton(translate("ExportDialogs", "Separate files in a &folder"))
        last = str(settings.value("export/bulk_target", "sheet"))
        target_group = QButtonGroup(self)
        for button, value in (
            (self.to_sheet, "sheet"),
            (self.to_zip, "zip"),
            (self.to_folder, "folder"),
        ):
            target_group.addButton(button)
            target_layout.addWidget(button)
            button.setChecked(value == last)
        self.layout_.addWidget(target)

        # Two columns, so that the dialog stays within a 900 × 700 screen.
        columns = QHBoxLayout()
        self.sheet_box = SheetOptionsBox(settings)
        self.paper, self.per_row = self.sheet_box.paper, self.sheet_box.per_row
        columns.addWidget(self.sheet_box, 1)
        self.codes_box = QGroupBox(translate("ExportDialogs", "Codes"))
        codes_layout = QVBoxLayout(self.codes_box)
        self.options_form = QrOptionsForm(settings)
        self.sheet_form = QrOptionsForm(settings, with_format=False, with_size=False,
                                        with_caption=False)
        codes_layout.addWidget(self.options_form)
        codes_layout.addWidget(self.sheet_form)
        columns.addWidget(self.codes_box, 1)
        self.layout_.addLayout(columns)
        self.files_box = self.options_form  # what only files use
        self.finish_layout(translate("ExportDialogs", "&Export…"))
        for button in (self.to_sheet, self.to_zip, self.to_folder):
            button.toggled.connect(self._target_changed)
        self._target_changed()

    def _target_changed(self) -> None:
        sheet = self.to_sheet.isChecked()
        self.sheet_box.setVisible(sheet)
        self.sheet_form.setVisible(sheet)
        self.options_form.setVisible(not sheet)
        self.adjustSize()

    def choice(self) -> BulkChoice:
        """The decision; raises QrOptionsError when the options can't work."""
        target = (
            "sheet" if self.to_sheet.isChecked() else "zip" if self.to_zip.isChecked() else "folder"
        )
        scope = "selection" if self.scope_selection.isChecked() else "filter"
        self.settings.setValue("export/bulk_target", target)
        if target == "sheet":
            code = self.sheet_form.options("pdf")
            try:
                sheet = SheetOptions(
                    self.sheet_box.label_template(), code.error_correction, code.foreground,
                    code.background, code.logo, code.logo_ratio, code.headline,
                    cut_marks=self.sheet_box.cut_marks.isChecked(),
                    offset=self.sheet_box.offset(),
                )
            except ExportError as exc:
                raise QrOptionsError(str(exc)) from None
            self.sheet_box.remember()
            self.sheet_form.remember()
            paper: Paper = "letter" if self.paper.currentData() == "letter" else "a4"
            return BulkChoice(target, scope, None, paper, self.per_row.value(), sheet)
        options = self.options_form.options()
        self.options_form.remember()
        return BulkChoice(target, scope, options)


@dataclass(frozen=True)
class CsvChoice:
    scope: str  # "selection" | "filter" | "all"
    per_line_item: bool
    bom: bool


class CsvExportDialog(_ChoiceDialog):
    """Which links, one row per link or per line item, and Excel-friendly encoding."""

    def __init__(
        self,
        settings: QSettings,
        selected: int,
        list_filter: LinkFilter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("ExportDialogs", "Export links as CSV"), parent)
        self.settings = settings
        self.scope_selection, self.scope_filter, self.scope_all = self.add_choice_group(
            translate("ExportDialogs", "Which links"),
            _selected_label(selected),
            _filter_scope(list_filter),
            translate("ExportDialogs", "All links of this account"),
        )
        self.scope_selection.setEnabled(selected > 0)
        # With no filter on, "the current filter" and "all links" are the same choice.
        self.scope_filter.setVisible(list_filter is not LinkFilter.ALL)
        (self.scope_selection if selected > 1 else self.scope_all).setChecked(True)
        self.per_link, self.per_item = self.add_choice_group(
            translate("ExportDialogs", "Rows"),
            translate("ExportDialogs", "One row per &link"),
            translate("ExportDialogs", "One row per line &item"),
        )
        per_item = str(settings.value("export/csv_per_item", "false")) == "true"
        (self.per_item if per_item else self.per_link).setChecked(True)
        self.bom = QCheckBox(
            translate(
                "ExportDialogs", "Make accents show correctly in &Excel (adds a byte-order mark)"
            )
        )
        self.bom.setChecked(str(settings.value("export/csv_bom", "true")) == "true")
        self.bom.setAccessibleName(translate("ExportDialogs", "Excel-compatible encoding"))
        self.layout_.addWidget(self.bom)
        self.finish_layout(translate("ExportDialogs", "&Export…"))

    def choice(self) -> CsvChoice:
        scope = (
            "selection"
            if self.scope_selection.isChecked()
            else "filter"
            if self.scope_filter.isChecked()
            else "all"
        )
        self.settings.setValue(
            "export/csv_per_item", "true" if self.per_item.isChecked() else "false"
        )
        self.settings.setValue("export/csv_bom", "true" if self.bom.isChecked() else "false")
        return CsvChoice(scope, self.per_item.isChecked(), self.bom.isChecked())
