"""The QR options form shared by every dialog that makes a code: file type, size in pixels,
millimetres or inches at a printer resolution, error correction, caption with an optional
line such as "Scan to pay", frame, logo and colours, with a live validity check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from leanrails_desktop.core.exports.qr_options import (
    MAX_HEADLINE,
    QrOptions,
    QrOptionsError,
    size_px_for,
)
from leanrails_desktop.ui.qr_settings import logo_bytes
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views import theme
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
UNITS = (("px", "px"), ("mm", "mm"), ("in", "in"))
_RANGES = {"px": (64.0, 4096.0, 0, 128.0), "mm": (5.0, 350.0, 1, 5.0), "in": (0.2, 14.0, 2, 0.25)}


def buddy_row(form: QFormLayout, text: str, buddy: QWidget, row: QLayout) -> None:
    """A form row of several widgets whose label's shortcut goes to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, row)


def combo(choices: tuple[tuple[str, str], ...], current: str, name: str) -> QComboBox:
    """A combo box of (text, value) choices with ``current`` selected; it asks for no more
    width than 22 characters, so long choices do not widen the dialog."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(22)
    for text, value in choices:
        box.addItem(text, value)
    box.setCurrentIndex(max(box.findData(current), 0))
    box.setAccessibleName(name)
    guard_wheel(box)
    return box


class QrOptionsForm(QWidget):
    """Every QR option, remembered in ``settings`` (the open account's group)."""

    def __init__(self, settings: QSettings, *, with_format: bool = True,
                 with_size: bool = True, with_caption: bool = True) -> None:
        super().__init__()
        self.settings = settings
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        value = settings.value
        self.format = combo(FORMATS, str(value("export/qr_format", "png")), "File type")
        unit = str(value("export/qr_size_unit", "px"))
        self.size_unit = combo(UNITS, unit, "Size unit")
        self.size_unit.setMinimumContentsLength(3)
        self.size_value = QDoubleSpinBox()
        self.size_value.setAccessibleName("Size")
        guard_wheel(self.size_value)
        self._apply_unit_range()
        self.size_value.setValue(float(str(value("export/qr_size_value",
                                                 value("export/qr_size", 1024)))))
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 2400)
        self.dpi.setSingleStep(50)
        self.dpi.setSuffix(" dpi")
        self.dpi.setValue(int(str(value("export/qr_dpi", 300))))
        self.dpi.setAccessibleName("Printer resolution")
        guard_wheel(self.dpi)
        size_row = QHBoxLayout()
        for widget in (self.size_value, self.size_unit, self.dpi):
            size_row.addWidget(widget)
        size_row.addStretch(1)
        self.level = combo(LEVELS, str(value("export/qr_level", "M")), "Error correction")
        self._chosen_level = str(self.level.currentData())
        self.caption = combo(CAPTIONS, str(value("export/qr_caption", "none")), "Caption")
        self.headline = QLineEdit(str(value("export/qr_headline", "") or ""))
        self.headline.setPlaceholderText("e.g. Scan to pay")
        self.headline.setMaxLength(MAX_HEADLINE)
        self.headline.setAccessibleName("Line above the caption")
        self.frame = QCheckBox("Draw a &frame around the code and caption")
        self.frame.setChecked(str(value("export/qr_frame", "false")) == "true")
        self.frame.setAccessibleName("Frame")
        self._logo_path = str(value("export/qr_logo", "") or "")
        self._logo_data: bytes | None = None
        self._logo_problem = ""
        self.logo_button = QPushButton("Choose…")
        self.logo_button.setAccessibleName("Choose logo")
        self.logo_remove = QPushButton("No logo")
        self.logo_remove.setAccessibleName("Remove logo")
        self.logo_size = QSpinBox()
        self.logo_size.setRange(5, 25)
        self.logo_size.setSuffix(" % of the width")
        self.logo_size.setValue(int(str(value("export/qr_logo_pct", 20))))
        self.logo_size.setAccessibleName("Logo size")
        guard_wheel(self.logo_size)
        self.logo_name = plain_label(role="Logo file")
        logo_row = QHBoxLayout()
        for part in (self.logo_button, self.logo_remove, self.logo_name):
            logo_row.addWidget(part)
        logo_row.addStretch(1)
        size_of_logo = QHBoxLayout()
        size_of_logo.addWidget(self.logo_size)
        size_of_logo.addStretch(1)
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
        self.with_size = with_size
        if with_size:
            buddy_row(form, "&Size", self.size_value, size_row)
        else:
            for widget in (self.size_value, self.size_unit, self.dpi):
                widget.hide()
        form.addRow("&Error correction", self.level)
        if with_caption:
            form.addRow("Ca&ption", self.caption)
            form.addRow("Line a&bove it", self.headline)
            form.addRow("", self.frame)
        else:
            self.caption.hide()
            self.frame.hide()
            form.addRow("Line a&bove the title", self.headline)
        buddy_row(form, "Lo&go", self.logo_button, logo_row)
        buddy_row(form, "Logo si&ze", self.logo_size, size_of_logo)
        form.addRow("Colours", colours)
        form.addRow(self.problem)
        self.fg_button.clicked.connect(lambda: self._pick("fg"))
        self.bg_button.clicked.connect(lambda: self._pick("bg"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_remove.clicked.connect(lambda: self.set_logo(""))
        self.size_unit.currentIndexChanged.connect(self._unit_changed)
        self.level.activated.connect(self._level_chosen)
        for box in (self.format, self.level, self.caption):
            box.currentIndexChanged.connect(self.check)
        for spin in (self.size_value, self.dpi, self.logo_size):
            spin.valueChanged.connect(self.check)
        self.headline.textChanged.connect(self.check)
        self.frame.toggled.connect(self.check)
        self._paint_buttons()
        self.set_logo(self._logo_path)

    # ------------------------------------------------------------------ parts

    def _apply_unit_range(self) -> None:
        low, high, decimals, step = _RANGES[str(self.size_unit.currentData())]
        self.size_value.setDecimals(decimals)
        self.size_value.setRange(low, high)
        self.size_value.setSingleStep(step)

    def _unit_changed(self) -> None:
        self._apply_unit_range()
        default = {"px": 1024.0, "mm": 30.0, "in": 1.25}[str(self.size_unit.currentData())]
        self.size_value.setValue(default)
        self.check()

    def _level_chosen(self) -> None:
        self._chosen_level = str(self.level.currentData())

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

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Choose a logo", str(Path(self._logo_path).parent if self._logo_path
                                       else Path.home()),
            "Images (*.png *.jpg *.jpeg *.svg)",
        )
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> None:
        """Use the image at ``path`` as the logo ("" for none); H is then the only level."""
        self._logo_path = path
        self._logo_data = None
        self._logo_problem = ""
        if path:
            try:
                self._logo_data = logo_bytes(path)
            except QrOptionsError as exc:
                self._logo_problem = str(exc)
        has_logo = bool(path)
        self.logo_name.setText(Path(path).name if has_logo else "No logo")
        self.logo_size.setEnabled(has_logo)
        self.logo_remove.setEnabled(has_logo)
        if has_logo:
            self.level.setCurrentIndex(self.level.findData("H"))
        else:
            self.level.setCurrentIndex(max(self.level.findData(self._chosen_level), 0))
        self.level.setEnabled(not has_logo)
        self.level.setToolTip("A logo needs the highest error correction." if has_logo else "")
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

    # ------------------------------------------------------------------ results

    def size_px(self) -> int:
        """The chosen size in pixels (printer dots at the chosen resolution)."""
        unit = str(self.size_unit.currentData())
        if unit == "px":
            return round(self.size_value.value())
        return size_px_for(f"{self.size_value.value()}{unit}", self.dpi.value())

    def options(self, fmt: str | None = None) -> QrOptions:
        """The chosen options; raises QrOptionsError with a sentence when they can't work."""
        if self._logo_problem:
            raise QrOptionsError(self._logo_problem)
        return QrOptions(
            format=(fmt or str(self.format.currentData())),  # type: ignore[arg-type]
            size_px=self.size_px(),
            dpi=self.dpi.value(),
            error_correction=str(self.level.currentData()),  # type: ignore[arg-type]
            caption=str(self.caption.currentData()),  # type: ignore[arg-type]
            foreground=self._fg.name(),
            background=self._bg.name(),
            headline=self.headline.text(),
            frame=self.frame.isChecked(),
            logo=self._logo_data,
            logo_ratio=self.logo_size.value() / 100,
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
        settings.setValue("export/qr_size_unit", self.size_unit.currentData())
        settings.setValue("export/qr_size_value", self.size_value.value())
        settings.setValue("export/qr_dpi", self.dpi.value())
        settings.setValue("export/qr_level", self._chosen_level)
        settings.setValue("export/qr_caption", self.caption.currentData())
        settings.setValue("export/qr_headline", self.headline.text())
        settings.setValue("export/qr_frame", "true" if self.frame.isChecked() else "false")
        settings.setValue("export/qr_logo", self._logo_path)
        settings.setValue("export/qr_logo_pct", self.logo_size.value())
        settings.setValue("export/qr_fg", self._fg.name())
        settings.setValue("export/qr_bg", self._bg.name())
