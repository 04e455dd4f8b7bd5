"""Label sheets: where each label of a sticker sheet lies on the page, in millimetres.

Templates for common sheets (Avery L7160, L7163, L7651 on A4; Avery 5160 and 22805 round
labels on US Letter), a custom grid (page, margins, pitch, label size, rows × columns) and
the plain grid of earlier versions (1–6 codes a row on A4 or Letter). Paper follows the
locale's usual size: Letter in the Americas that use it and the Philippines, else A4.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from leanrails_desktop.core.exports.atomic import ExportError
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from leanrails_desktop.core.locale import format_measure

MM_PER_PT = 25.4 / 72
PAPER_MM: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PR", "GT", "SV", "HN", "NI", "CR", "PA", "DO", "CU", "VE", "CO",
     "CL", "PH", "BZ"}
)
"""Where US Letter is the usual paper (CLDR's paper-size data, rounded to what matters)."""
MIN_PER_ROW = 1
MAX_PER_ROW = 6
GRID_MARGIN = 12.7
GRID_GAP_X = 4.2
GRID_GAP_Y = 4.9


@dataclass(frozen=True, slots=True)
class LabelTemplate:
    """A sheet of ``columns`` × ``rows`` labels; lengths in millimetres from the page's
    top-left corner."""

    name: str
    title: str
    page_width: float
    page_height: float
    left: float
    top: float
    label_width: float
    label_height: float
    pitch_x: float
    pitch_y: float
    columns: int
    rows: int
    round: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def paper(self) -> str:
        """``a4``, ``letter`` or ``custom``."""
        for name, (w, h) in PAPER_MM.items():
            if abs(w - self.page_width) < 0.5 and abs(h - self.page_height) < 0.5:
                return name
        return "custom"

    def label_box(self, slot: int, offset: tuple[float, float] = (0.0, 0.0)
                  ) -> tuple[float, float, float, float]:
        """Left, top, width and height of label ``slot`` (0 … per_page - 1), shifted by
        the printer ``offset`` (x right, y down)."""
        row, column = divmod(slot, self.columns)
        return (
            self.left + column * self.pitch_x + offset[0],
            self.top + row * self.pitch_y + offset[1],
            self.label_width,
            self.label_height,
        )

    def check(self) -> None:
        """Raise ExportError when the labels do not fit on the page or overlap."""
        if self.columns < 1 or self.rows < 1:
            raise ExportError(
                translate("Labels", "A label sheet needs at least one row and one column.")
            )
        if min(self.label_width, self.label_height) < 10:
            raise ExportError(
                translate("Labels", "Labels must be at least 10 mm wide and high to hold a code.")
            )
        if (self.columns > 1 and self.pitch_x < self.label_width - 0.01) or (
            self.rows > 1 and self.pitch_y < self.label_height - 0.01
        ):
            raise ExportError(
                translate("Labels", "The labels overlap: make the pitch at least the label size.")
            )
        right = self.left + (self.columns - 1) * self.pitch_x + self.label_width
        bottom = self.top + (self.rows - 1) * self.pitch_y + self.label_height
        if self.left < 0 or self.top < 0 or right > self.page_width + 0.01 or (
            bottom > self.page_height + 0.01
        ):
            raise ExportError(
                translate(
                    "Labels",
                    "These labels reach past the page ({right} × {bottom} mm on a "
                    "{page_width} × {page_height} mm page): check the margins, pitch "
                    "and number of rows and columns.",
                ).format(
                    right=format_measure(right),
                    bottom=format_measure(bottom),
                    page_width=format_measure(self.page_width),
                    page_height=format_measure(self.page_height),
                )
            )


def _avery(name: str, title: str, paper: str, left: float, top: float, w: float, h: float,
           px: float, py: float, cols: int, rows: int, round_: bool = False) -> LabelTemplate:
    pw, ph = PAPER_MM[paper]
    return LabelTemplate(name, title, pw, ph, left, top, w, h, px, py, cols, rows, round_)


INCH = 25.4
TEMPLATES: dict[str, LabelTemplate] = {
    t.name: t
    for t in (
        _avery(
            "avery-l7160",
            QT_TRANSLATE_NOOP("QrOptionsForm", "Avery L7160 (A4, 21 labels 63.5 × 38.1 mm)"),
            "a4", 7.2, 15.1, 63.5, 38.1, 66.0, 38.1, 3, 7,
        ),
        _avery(
            "avery-l7163",
            QT_TRANSLATE_NOOP("QrOptionsForm", "Avery L7163 (A4, 14 labels 99.1 × 38.1 mm)"),
            "a4", 4.7, 15.1, 99.1, 38.1, 101.6, 38.1, 2, 7,
        ),
        _avery(
            "avery-l7651",
            QT_TRANSLATE_NOOP("QrOptionsForm", "Avery L7651 (A4, 65 labels 38.1 × 21.2 mm)"),
            "a4", 4.7, 10.7, 38.1, 21.2, 40.6, 21.2, 5, 13,
        ),
        _avery(
            "avery-5160",
            QT_TRANSLATE_NOOP("QrOptionsForm", "Avery 5160 (Letter, 30 labels 2⅝ × 1 in)"),
            "letter", 0.1875 * INCH, 0.5 * INCH, 2.625 * INCH, 1.0 * INCH, 2.75 * INCH,
            1.0 * INCH, 3, 10,
        ),
        _avery(
            "avery-22805",
            QT_TRANSLATE_NOOP("QrOptionsForm", "Avery 22805 (Letter, 24 round labels 1½ in)"),
            "letter", 0.6875 * INCH, 0.6875 * INCH, 1.5 * INCH, 1.5 * INCH, 1.875 * INCH,
            1.625 * INCH, 4, 6, True,
        ),
    )
}


def default_paper(locale_name: str) -> str:
    """``letter`` for a locale such as ``en_US`` or ``es-MX``, else ``a4``."""
    parts = locale_name.replace("-", "_").split(".")[0].split("@")[0].split("_")
    territory = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    return "letter" if territory in LETTER_TERRITORIES else "a4"


def grid_template(paper: str = "a4", per_row: int = 3) -> LabelTemplate:
    """The plain grid: ``per_row`` codes across, each with two lines of text below."""
    if paper not in PAPER_MM:
        raise ExportError(
            translate("Labels", "Choose A4 or Letter paper; “{paper}” is not a paper size.").format(
                paper=paper
            )
        )
    if not isinstance(per_row, int) or not MIN_PER_ROW <= per_row <= MAX_PER_ROW:
        raise ExportError(
            translate(
                "Labels", "A print sheet holds {min_per_row} to {max_per_row} codes per row."
            ).format(min_per_row=MIN_PER_ROW, max_per_row=MAX_PER_ROW)
        )
    width, height = PAPER_MM[paper]
    usable_w, usable_h = width - 2 * GRID_MARGIN, height - 2 * GRID_MARGIN
    cell_w = (usable_w - (per_row - 1) * GRID_GAP_X) / per_row
    text_h = min(13.0, max(7.0, cell_w * 0.2))
    cell_h = min(cell_w + text_h, usable_h)
    rows = max(1, math.floor((usable_h + GRID_GAP_Y) / (cell_h + GRID_GAP_Y)))
    return LabelTemplate(
        f"grid-{per_row}", f"{per_row} a row", width, height, GRID_MARGIN, GRID_MARGIN,
        cell_w, cell_h, cell_w + GRID_GAP_X, cell_h + GRID_GAP_Y, per_row, rows,
    )


def custom_template(
    *, page: tuple[float, float], margins: tuple[float, float], pitch: tuple[float, float],
    label: tuple[float, float], rows: int, columns: int, round_labels: bool = False,
) -> LabelTemplate:
    """A custom grid, checked: page and label size, left/top margin and pitch in mm."""
    template = LabelTemplate(
        "custom", f"Custom ({columns} × {rows})", page[0], page[1], margins[0], margins[1],
        label[0], label[1], pitch[0], pitch[1], columns, rows, round_labels,
    )
    template.check()
    return template


def template_named(name: str) -> LabelTemplate:
    """A template by name (``avery-l7160`` …, or ``grid-3-a4``); ExportError when unknown."""
    key = name.strip().lower()
    if key in TEMPLATES:
        return TEMPLATES[key]
    if key.startswith("grid-"):
        parts = key.split("-")
        if len(parts) == 3 and parts[1].isdigit():
            return grid_template(parts[2], int(parts[1]))
    known = ", ".join([*TEMPLATES, "grid-N-a4", "grid-N-letter"])
    raise ExportError(
        translate("Labels", "There is no label template “{name}”; choose one of {known}.").format(
            name=name, known=known
        )
    )
