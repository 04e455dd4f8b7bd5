"""Print sheets: a PDF of labelled QR codes on a label template (Avery sheets, a custom grid
or the plain grid), written through fpdf2.

Each label holds a vector code (with its quiet zone) and real text in an embedded font: an
optional headline ("Scan to pay"), the link's title, its price when known, and its short
URL (wrapped when the label is narrow). Each code is read back by the scan check at its
printed size at 300 dpi first; a code that does not scan is left off and reported. The
file appears only when it is complete.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO, Literal

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports.atomic import (
    ExportError,
    StrPath,
    atomic_binary,
    check_cancelled,
)
from leanrails_desktop.core.exports.labels import (
    MAX_PER_ROW,
    MIN_PER_ROW,
    PAPER_MM,
    LabelTemplate,
    grid_template,
)
from leanrails_desktop.core.exports.pdf_text import (
    centred_text,
    close_fonts,
    draw_matrix,
    elide,
    finish,
    new_document,
    printable,
    text_width,
)
from leanrails_desktop.core.exports.qr_layout import code_matrix, display_url, total_modules
from leanrails_desktop.core.exports.qr_logo import is_svg, logo_png
from leanrails_desktop.core.exports.qr_options import (
    MM_PER_INCH,
    ErrorCorrection,
    QrOptions,
    QrOptionsError,
    check_colors,
)
from leanrails_desktop.core.i18n import translate

if TYPE_CHECKING:
    from fpdf import FPDF

Paper = Literal["a4", "letter"]
SheetItem = CheckoutLink | tuple[str, str] | tuple[str, str, str]
"""A link, or ``(url, title)``, or ``(url, title, price)``."""
PRINT_DPI = 300
PT = MM_PER_INCH / 72  # one point in mm
__all__ = ["MAX_PER_ROW", "MIN_PER_ROW", "PAPER_MM", "SheetOptions", "SheetResult",
           "render_print_sheet", "write_print_sheet"]


@dataclass(frozen=True, slots=True)
class SheetOptions:
    """What goes on every label, and how the sheet is printed."""

    template: LabelTemplate = field(default_factory=grid_template)
    error_correction: ErrorCorrection = "M"
    foreground: str = "#000000"
    background: str = "#ffffff"
    logo: bytes | None = None
    logo_ratio: float = 0.2
    headline: str = ""
    show_title: bool = True
    show_url: bool = True
    cut_marks: bool = False
    offset: tuple[float, float] = (0.0, 0.0)
    """Printer offset in mm (x right, y down), to correct a printer that shifts the page."""
    check: bool = True

    def __post_init__(self) -> None:
        self.template.check()
        check_colors(self.foreground, self.background)
        if any(abs(v) > 20 for v in self.offset):
            raise ExportError(translate("Sheet", "Keep the printer offset within 20 mm each way."))

    def code_options(self, side_mm: float) -> QrOptions:
        """The code's options at its printed size at 300 dpi."""
        return QrOptions(
            size_px=max(64, round(side_mm / MM_PER_INCH * PRINT_DPI)), dpi=PRINT_DPI,
            error_correction=self.error_correction, foreground=self.foreground,
            background=self.background, logo=self.logo, logo_ratio=self.logo_ratio,
        )


@dataclass(slots=True)
class SheetResult:
    """How many codes were placed, and the codes left off with the reason for each."""

    placed: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Place:
    code_x: float
    code_y: float
    code_side: float
    text_x: float  # centre of the text column
    text_top: float
    text_width: float


def price_text(link: CheckoutLink) -> str:
    """The link's total as a merchant reads it (``$35.00``), or "" when its line items
    are not known or mix currencies."""
    from leanrails_desktop.core.money import format_amount

    items = link.line_items or []
    currencies = {item.currency for item in items}
    if len(currencies) != 1:
        return ""
    return format_amount(sum(item.amount_total for item in items), currencies.pop())


def _unpack(item: SheetItem) -> tuple[str, str, str]:
    if isinstance(item, CheckoutLink):
        return item.url, item.title, price_text(item)
    if len(item) == 3:
        return item[0], item[1], item[2]
    return item[0], item[1], ""


def _sizes(t: LabelTemplate) -> tuple[float, float, float]:
    """Padding (mm), title and detail font sizes (pt) for the template's labels."""
    short = min(t.label_width, t.label_height)
    title_pt = min(11.0, max(5.0, short * 0.22))
    return max(1.2, short * 0.06), title_pt, max(4.0, title_pt * 0.75)


def _text_height(options: SheetOptions, title_pt: float, detail_pt: float) -> float:
    lines = [title_pt] * (bool(options.headline) + options.show_title)
    lines += [detail_pt] * (2 if options.show_url else 0)
    return sum(lines) * 1.2 * PT


def _place(t: LabelTemplate, box: tuple[float, float, float, float],
           options: SheetOptions) -> _Place:
    x, y, w, h = box
    pad, title_pt, detail_pt = _sizes(t)
    if t.round:
        d = min(w, h)
        side = d * 0.56
        return _Place(x + (w - side) / 2, y + d * 0.08, side, x + w / 2, y + d * 0.08 + side,
                      d * 0.62)
    text_h = _text_height(options, title_pt, detail_pt)
    stacked = min(w - 2 * pad, h - 2 * pad - text_h)
    beside = h - 2 * pad
    beside_text = w - 3 * pad - beside
    if text_h and (beside_text >= 35 or (stacked < 15 and beside_text >= 14)):
        top = y + (h - text_h) / 2
        return _Place(x + pad, y + pad, beside, x + 2 * pad + beside + beside_text / 2, top,
                      beside_text)
    side = stacked
    return _Place(x + (w - side) / 2, y + pad, side, x + w / 2, y + pad + side, w - 2 * pad)


def _wrap(pdf: FPDF, text: str, width: float, max_lines: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (after a "/" where possible)."""
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines - 1 and text_width(pdf, rest) > width:
        cut = len(rest)
        while cut > 1 and text_width(pdf, rest[:cut]) > width:
            cut -= 1
        slash = rest.rfind("/", 0, cut)
        if slash > cut // 2:
            cut = slash + 1
        lines.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        lines.append(elide(pdf, rest, width))
    return lines


def _label_text(pdf: FPDF, place: _Place, options: SheetOptions, t: LabelTemplate,
                title: str, price: str, url: str) -> None:
    _pad, title_pt, detail_pt = _sizes(t)
    y = place.text_top
    width = place.text_width
    lines: list[tuple[str, float]] = []
    if options.headline:
        lines.append((options.headline, title_pt))
    if options.show_title and title:
        lines.append((title, title_pt))
    if price:
        lines.append((price, detail_pt))
    for text, size in lines:
        pdf.set_font_size(size)
        y += size * PT
        centred_text(pdf, elide(pdf, text, width), place.text_x, y)
        y += size * 0.2 * PT
    if options.show_url:
        pdf.set_font_size(detail_pt)
        for line in _wrap(pdf, printable(pdf, display_url(url)), width, 3):
            y += detail_pt * PT
            centred_text(pdf, line, place.text_x, y)
            y += detail_pt * 0.15 * PT


def _cut_marks(pdf: FPDF, t: LabelTemplate, offset: tuple[float, float]) -> None:
    """Short lines in the page margins in line with every label edge."""
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.15)
    xs = sorted({t.left + c * t.pitch_x + dx for c in range(t.columns)
                 for dx in (0.0, t.label_width)})
    ys = sorted({t.top + r * t.pitch_y + dy for r in range(t.rows)
                 for dy in (0.0, t.label_height)})
    top_gap, bottom_gap = ys[0], t.page_height - ys[-1]
    left_gap, right_gap = xs[0], t.page_width - xs[-1]
    for x in xs:
        x += offset[0]
        if top_gap > 2:
            pdf.line(x, max(0.5, ys[0] - 6) + offset[1], x, ys[0] - 1 + offset[1])
        if bottom_gap > 2:
            pdf.line(x, ys[-1] + 1 + offset[1], x, min(t.page_height - 0.5, ys[-1] + 6) + offset[1])
    for y in ys:
        y += offset[1]
        if left_gap > 2:
            pdf.line(max(0.5, xs[0] - 6) + offset[0], y, xs[0] - 1 + offset[0], y)
        if right_gap > 2:
            pdf.line(xs[-1] + 1 + offset[0], y, min(t.page_width - 0.5, xs[-1] + 6) + offset[0], y)


def render_print_sheet(
    stream: BinaryIO,
    items: Iterable[SheetItem],
    options: SheetOptions | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SheetResult:
    """Write the print sheet PDF to ``stream``; returns what was placed and left off."""
    from leanrails_desktop.core.exports.scan_check import require_scans

    options = options or SheetOptions()
    t = options.template
    pdf = new_document(t.page_width, t.page_height, translate("Sheet", "QR codes"))
    try:
        fg = QrOptions(foreground=options.foreground).fg
        bg = QrOptions(background=options.background).bg
        logo = None
        if options.logo is not None:
            logo = options.logo if is_svg(options.logo) else logo_png(options.logo)
        result = SheetResult()
        for done, item in enumerate(items, 1):
            check_cancelled(cancelled)
            url, title, price = _unpack(item)
            slot = result.placed % t.per_page
            place = _place(t, t.label_box(slot, options.offset), options)
            code = options.code_options(place.code_side)
            try:
                if options.check:
                    require_scans(url, code)
                matrix, box = code_matrix(url, code)
            except QrOptionsError as exc:
                result.refused.append((title or url, str(exc)))
            else:
                if slot == 0:
                    pdf.add_page()
                    pdf.set_text_color(*fg)
                    if options.cut_marks:
                        _cut_marks(pdf, t, options.offset)
                module = place.code_side / total_modules(len(matrix), code)
                if bg != (255, 255, 255):
                    pdf.set_fill_color(*bg)
                    side = place.code_side
                    pdf.rect(place.code_x, place.code_y, side, side, style="F")
                left = place.code_x + code.border_modules * module
                top = place.code_y + code.border_modules * module
                draw_matrix(pdf, matrix, left, top, module, fg)
                if box is not None and logo is not None:
                    side = box.logo_size * module
                    at = box.logo_start * module
                    pdf.image(io.BytesIO(logo), x=left + at, y=top + at, w=side, h=side,
                              keep_aspect_ratio=True)
                _label_text(pdf, place, options, t, title, price, url)
                result.placed += 1
            if progress is not None:
                progress(done)
        check_cancelled(cancelled)
        if not result.placed:
            if result.refused:
                raise ExportError(
                    translate("Sheet", "No code on the sheet would scan: {reason}").format(
                        reason=result.refused[0][1]
                    )
                )
            raise ExportError(translate("Sheet", "There are no links to put on the print sheet."))
        stream.write(finish(pdf))
        return result
    finally:
        close_fonts(pdf)


def write_print_sheet(
    path: StrPath,
    items: Iterable[SheetItem],
    options: SheetOptions | None = None,
    *,
    paper: Paper = "a4",
    per_row: int = 3,
    error_correction: ErrorCorrection = "M",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SheetResult:
    """Write the print sheet PDF to ``path`` atomically.

    Without ``options`` the plain grid of ``per_row`` codes on ``paper`` is used.
    ``progress`` is called with the number of links handled so far. If ``cancelled``
    returns True, ExportCancelled is raised and no file is left behind.
    """
    if options is None:  # refuse bad settings before creating any file
        options = SheetOptions(grid_template(paper, per_row), error_correction)
    with atomic_binary(path) as stream:
        return render_print_sheet(
            stream, items, options, progress=progress, cancelled=cancelled
        )
