"""The print sheet's choices: label template (Avery sheets, the plain grid, a custom grid),
cut marks and the printer's offset. The offset belongs to this computer's printer, so it
is kept outside the account's settings."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from leanrails_desktop.core.exports.labels import (
    PAPER_MM,
    TEMPLATES,
    LabelTemplate,
    custom_template,
    default_paper,
    grid_template,
)
from leanrails_desktop.ui.qr_settings import outside_group
from leanrails_desktop.ui.views.dialogs.qr_options_form import buddy_row, combo
from leanrails_desktop.ui.views.wheel_guard import guard_wheel

TEMPLATE_CHOICES = (
    ("Plain grid (choose codes per row)", "grid"),
    *((t.title, name) for name, t in TEMPLATES.items()),
    ("Custom grid…", "custom"),
)
PAPERS = (("A4", "a4"), ("US Letter", "letter"))


def _mm(value: float, name: str, low: float = 0.0, high: float = 300.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setSuffix(" mm")
    spin.setValue(value)
    spin.setAccessibleName(name)
    guard_wheel(spin)
    return spin


def _pair(first: QWidget, second: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(first)
    row.addWidget(second)
    row.addStretch(1)
    return row


class SheetOptionsBox(QGroupBox):
    """Template, paper and grid, cut marks, printer offset."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__("Print sheet")
        self.settings = settings
        value = settings.value
        form = QFormLayout(self)
        paper = str(value("export/sheet_paper", default_paper(QLocale.system().name())))
        self.template = combo(TEMPLATE_CHOICES, str(value("export/sheet_template", "grid")),
                              "Label template")
        self.paper = combo(PAPERS, paper, "Paper size")
        self.per_row = QSpinBox()
        self.per_row.setRange(1, 6)
        self.per_row.setValue(int(str(value("export/sheet_per_row", 3))))
        self.per_row.setAccessibleName("Codes per row")
        guard_wheel(self.per_row)
        self.columns = QSpinBox()
        self.columns.setRange(1, 20)
        self.columns.setValue(int(str(value("export/custom_columns", 3))))
        self.columns.setAccessibleName("Columns")
        self.rows = QSpinBox()
        self.rows.setRange(1, 40)
        self.rows.setValue(int(str(value("export/custom_rows", 7))))
        self.rows.setAccessibleName("Rows")
        for spin in (self.columns, self.rows):
            guard_wheel(spin)
        number = float(str(value("export/custom_left", 7.2)))
        self.left = _mm(number, "Left margin")
        self.top = _mm(float(str(value("export/custom_top", 15.1))), "Top margin")
        self.pitch_x = _mm(float(str(value("export/custom_pitch_x", 66.0))), "Across pitch")
        self.pitch_y = _mm(float(str(value("export/custom_pitch_y", 38.1))), "Down pitch")
        self.label_w = _mm(float(str(value("export/custom_w", 63.5))), "Label width", 10)
        self.label_h = _mm(float(str(value("export/custom_h", 38.1))), "Label height", 10)
        self.cut_marks = QCheckBox("Print c&ut marks")
        self.cut_marks.setChecked(str(value("export/sheet_cut_marks", "false")) == "true")
        self.cut_marks.setAccessibleName("Cut marks")
        with outside_group(settings):
            offset_x = float(str(settings.value("printer/offset_x", 0.0)))
            offset_y = float(str(settings.value("printer/offset_y", 0.0)))
        self.offset_x = _mm(offset_x, "Printer offset right", -20, 20)
        self.offset_y = _mm(offset_y, "Printer offset down", -20, 20)
        form.addRow("&Labels", self.template)
        form.addRow("P&aper", self.paper)
        form.addRow("Codes per &row", self.per_row)
        self._custom_rows = [
            ("Columns × rows", _pair(self.columns, self.rows)),
            ("Margins (left, top)", _pair(self.left, self.top)),
            ("Pitch (across, down)", _pair(self.pitch_x, self.pitch_y)),
            ("Label (width, height)", _pair(self.label_w, self.label_h)),
        ]
        for label, row in self._custom_rows:
            form.addRow(label, row)
        form.addRow("", self.cut_marks)
        buddy_row(form, "Printer &offset (right, down)", self.offset_x,
                  _pair(self.offset_x, self.offset_y))
        self._form = form
        self.template.currentIndexChanged.connect(self._template_changed)
        self._template_changed()

    def _template_changed(self) -> None:
        kind = str(self.template.currentData())
        self._form.setRowVisible(self.paper, kind in ("grid", "custom"))
        self._form.setRowVisible(self.per_row, kind == "grid")
        for _label, row in self._custom_rows:
            self._form.setRowVisible(row, kind == "custom")

    def label_template(self) -> LabelTemplate:
        """The chosen template; raises ExportError for a custom grid that does not fit."""
        kind = str(self.template.currentData())
        paper = str(self.paper.currentData())
        if kind == "grid":
            return grid_template(paper, self.per_row.value())
        if kind == "custom":
            return custom_template(
                page=PAPER_MM[paper], margins=(self.left.value(), self.top.value()),
                pitch=(self.pitch_x.value(), self.pitch_y.value()),
                label=(self.label_w.value(), self.label_h.value()),
                rows=self.rows.value(), columns=self.columns.value(),
            )
        return TEMPLATES[kind]

    def offset(self) -> tuple[float, float]:
        return self.offset_x.value(), self.offset_y.value()

    def remember(self) -> None:
        s = self.settings
        for key, spin_value in (
            ("export/sheet_template", self.template.currentData()),
            ("export/sheet_paper", self.paper.currentData()),
            ("export/sheet_per_row", self.per_row.value()),
            ("export/sheet_cut_marks", "true" if self.cut_marks.isChecked() else "false"),
            ("export/custom_columns", self.columns.value()),
            ("export/custom_rows", self.rows.value()),
            ("export/custom_left", self.left.value()),
            ("export/custom_top", self.top.value()),
            ("export/custom_pitch_x", self.pitch_x.value()),
            ("export/custom_pitch_y", self.pitch_y.value()),
            ("export/custom_w", self.label_w.value()),
            ("export/custom_h", self.label_h.value()),
        ):
            s.setValue(key, spin_value)
        with outside_group(s):
            s.setValue("printer/offset_x", self.offset_x.value())
            s.setValue("printer/offset_y", self.offset_y.value())
