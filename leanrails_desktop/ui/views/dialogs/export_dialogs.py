"""Dialogs that ask how to export: one QR code, many QR codes or a print sheet, or a CSV.

They only collect choices (and remember them in the settings); the export controller runs
the work in the background.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.exports.qr import QrOptions, QrOptionsError
from leanrails_desktop.core.exports.sheet import Paper
from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views import theme
from leanrails_desktop.ui.views.sizing import fit_to_content
from leanrails_desktop.ui.views.wheel_guard import guard_wheel

FORMATS = (("PNG image", "png"), ("SVG vector image", "svg"), ("PDF document", "pdf"))
CAPTIONS = (
    ("No caption", "none"),
    ("Title", "title"),
    ("Address", "url"),
    ("Title and address", "title_and_url"),
)
LEVELS = (
    ("Low (7%)", "L"),
    ("Medium (15%) — recommended", "M"),
    ("Quartile (25%)", "Q"),
    ("High (30%) — for print on rough surfaces", "H"),
)


def _combo(choices: tuple[tuple[str, str], ...], current: str, name: str) -> QComboBox:
    combo = QComboBox()
    for text, value in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.setAccessibleName(name)
    guard_wheel(combo)
    return combo


class QrOptionsForm(QWidget):
    """Format, size, error correction, caption and colours, with a live validity check."""

    def __init__(self, settings: QSettings, *, with_format: bool = True) -> None:
        super().__init__()
        self.settings = settings
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        value = settings.value
        self.format = _combo(FORMATS, str(value("export/qr_format", "png")), "File type")
        self.size_px = QSpinBox()
        self.size_px.setRange(64, 4096)
        self.size_px.setSingleStep(128)
        self.size_px.setSuffix(" px")
        self.size_px.setValue(int(str(value("export/qr_size", 1024))))
        self.size_px.setAccessibleName("Size in pixels")
        guard_wheel(self.size_px)
        self.level = _combo(LEVELS, str(value("export/qr_level", "M")), "Error correction")
        self.caption = _combo(CAPTIONS, str(value("export/qr_caption", "none")), "Caption")
        self._fg = QColor(str(value("export/qr_fg", "#000000")))
        self._bg = QColor(str(value("export/qr_bg", "#ffffff")))
        self.fg_button = QPushButton()
        self.fg_button.setAccessibleName("Code colour")
        self.bg_button = QPushButton()
        self.bg_button.setAccessibleName("Background colour")
        colours = QHBoxLayout()
        colours.addWidget(self.fg_button)
        colours.addWidget(self.bg_button)
        colours.addStretch(1)
        self.problem = plain_label(role="Problem with these choices")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.ERROR_TEXT)
        if with_format:
            form.addRow("File &type", self.format)
        else:
            self.format.hide()
        form.addRow("&Size", self.size_px)
        form.addRow("&Error correction", self.level)
        form.addRow("Ca&ption", self.caption)
        form.addRow("Colours", colours)
        form.addRow(self.problem)
        self.fg_button.clicked.connect(lambda: self._pick("fg"))
        self.bg_button.clicked.connect(lambda: self._pick("bg"))
        for combo in (self.format, self.level, self.caption):
            combo.currentIndexChanged.connect(self.check)
        self.size_px.valueChanged.connect(self.check)
        self._paint_buttons()
        self.check()

    def _pick(self, which: str) -> None:
        start = self._fg if which == "fg" else self._bg
        colour = QColorDialog.getColor(start, self, "Choose a colour")
        if colour.isValid():
            if which == "fg":
                self._fg = colour
            else:
                self._bg = colour
            self._paint_buttons()
            self.check()

    def set_colours(self, foreground: str, background: str) -> None:
        self._fg = QColor(foreground)
        self._bg = QColor(background)
        self._paint_buttons()
        self.check()

    def _paint_buttons(self) -> None:
        for button, colour, label in (
            (self.fg_button, self._fg, "Code"),
            (self.bg_button, self._bg, "Background"),
        ):
            text = "white" if colour.lightness() < 128 else "black"
            button.setText(f"{label} {colour.name()}")
            button.setStyleSheet(f"background: {colour.name()}; color: {text};")

    def options(self, fmt: str | None = None) -> QrOptions:
        """The chosen options; raises QrOptionsError with a sentence when they can't work."""
        return QrOptions(
            format=(fmt or str(self.format.currentData())),  # type: ignore[arg-type]
            size_px=self.size_px.value(),
            error_correction=str(self.level.currentData()),  # type: ignore[arg-type]
            caption=str(self.caption.currentData()),  # type: ignore[arg-type]
            foreground=self._fg.name(),
            background=self._bg.name(),
        )

    def check(self) -> bool:
        try:
            self.options()
        except QrOptionsError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return False
        self.problem.hide()
        return True

    def remember(self) -> None:
        settings = self.settings
        settings.setValue("export/qr_format", self.format.currentData())
        settings.setValue("export/qr_size", self.size_px.value())
        settings.setValue("export/qr_level", self.level.currentData())
        settings.setValue("export/qr_caption", self.caption.currentData())
        settings.setValue("export/qr_fg", self._fg.name())
        settings.setValue("export/qr_bg", self._bg.name())


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
        super().__init__("Save QR code", parent)
        heading = plain_label(f"QR code for “{link_title}”")
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)
        self.options_form = QrOptionsForm(settings)
        self.layout_.addWidget(self.options_form)
        self.finish_layout("&Choose file…")
        self.options_form.format.currentIndexChanged.connect(self._update_ok)
        for signal in (
            self.options_form.size_px.valueChanged,
            self.options_form.caption.currentIndexChanged,
        ):
            signal.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.options_form.check()
        )


def _filter_scope(list_filter: LinkFilter) -> str:
    if list_filter is LinkFilter.ALL:
        return "All links of this account"
    return f"All {list_filter.label.lower()} links"


def _selected_label(count: int) -> str:
    return f"The {format_count(count)} selected link{'s' if count != 1 else ''}"


@dataclass(frozen=True)
class BulkChoice:
    """What the bulk QR dialog decided."""

    target: str  # "folder" | "zip" | "sheet"
    scope: str  # "selection" | "filter"
    options: QrOptions | None
    paper: Paper = "a4"
    per_row: int = 3


class BulkQrDialog(_ChoiceDialog):
    """Many QR codes: into a folder, into one ZIP, or onto a print sheet."""

    def __init__(
        self,
        settings: QSettings,
        selected: int,
        list_filter: LinkFilter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Export QR codes", parent)
        self.settings = settings
        self.scope_selection, self.scope_filter = self.add_choice_group(
            "Which links",
            _selected_label(selected),
            f"{_filter_scope(list_filter)} (fetches every page)",
        )
        self.scope_selection.setEnabled(selected > 0)
        (self.scope_selection if selected else self.scope_filter).setChecked(True)

        target = QGroupBox("Save as")
        target_layout = QVBoxLayout(target)
        self.to_sheet = QRadioButton("A &print sheet (PDF with a grid of labelled codes)")
        self.to_zip = QRadioButton("One &ZIP file of QR codes")
        self.to_folder = QRadioButton("Separate files in a &folder")
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

        self.sheet_box = QGroupBox("Print sheet")
        sheet_form = QFormLayout(self.sheet_box)
        self.paper = _combo(
            (("A4", "a4"), ("US Letter", "letter")),
            str(settings.value("export/sheet_paper", "a4")),
            "Paper size",
        )
        self.per_row = QSpinBox()
        self.per_row.setRange(1, 6)
        self.per_row.setValue(int(str(settings.value("export/sheet_per_row", 3))))
        self.per_row.setAccessibleName("Codes per row")
        guard_wheel(self.per_row)
        sheet_form.addRow("P&aper", self.paper)
        sheet_form.addRow("Codes per &row", self.per_row)
        self.layout_.addWidget(self.sheet_box)
        self.files_box = QGroupBox("Files")
        files_layout = QVBoxLayout(self.files_box)
        self.options_form = QrOptionsForm(settings)
        files_layout.addWidget(self.options_form)
        self.layout_.addWidget(self.files_box)
        self.finish_layout("&Export…")
        for button in (self.to_sheet, self.to_zip, self.to_folder):
            button.toggled.connect(self._target_changed)
        self._target_changed()

    def _target_changed(self) -> None:
        sheet = self.to_sheet.isChecked()
        self.sheet_box.setVisible(sheet)
        self.files_box.setVisible(not sheet)
        self.adjustSize()

    def choice(self) -> BulkChoice:
        """The decision; raises QrOptionsError when file options can't work."""
        target = (
            "sheet" if self.to_sheet.isChecked() else "zip" if self.to_zip.isChecked() else "folder"
        )
        scope = "selection" if self.scope_selection.isChecked() else "filter"
        self.settings.setValue("export/bulk_target", target)
        if target == "sheet":
            self.settings.setValue("export/sheet_paper", self.paper.currentData())
            self.settings.setValue("export/sheet_per_row", self.per_row.value())
            paper: Paper = "letter" if self.paper.currentData() == "letter" else "a4"
            return BulkChoice(target, scope, None, paper, self.per_row.value())
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
        super().__init__("Export links as CSV", parent)
        self.settings = settings
        self.scope_selection, self.scope_filter, self.scope_all = self.add_choice_group(
            "Which links",
            _selected_label(selected),
            _filter_scope(list_filter),
            "All links of this account",
        )
        self.scope_selection.setEnabled(selected > 0)
        # With no filter on, "the current filter" and "all links" are the same choice.
        self.scope_filter.setVisible(list_filter is not LinkFilter.ALL)
        (self.scope_selection if selected > 1 else self.scope_all).setChecked(True)
        self.per_link, self.per_item = self.add_choice_group(
            "Rows", "One row per &link", "One row per line &item"
        )
        per_item = str(settings.value("export/csv_per_item", "false")) == "true"
        (self.per_item if per_item else self.per_link).setChecked(True)
        self.bom = QCheckBox("Make accents show correctly in &Excel (adds a byte-order mark)")
        self.bom.setChecked(str(settings.value("export/csv_bom", "true")) == "true")
        self.bom.setAccessibleName("Excel-compatible encoding")
        self.layout_.addWidget(self.bom)
        self.finish_layout("&Export…")

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
