"""Print sheets: a PDF grid of labelled QR codes on A4 or US Letter paper.

Each cell holds a code (vector, with its quiet zone) and under it the link's title and its
short URL, or its id when the URL does not fit. Pages are written as they fill up, so a sheet
of thousands of links streams to disk; the file appears only when it is complete.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, Literal

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports import _pdf, _text
from leanrails_desktop.core.exports.atomic import (
    ExportError,
    StrPath,
    atomic_binary,
    check_cancelled,
)
from leanrails_desktop.core.exports.qr import (
    MIN_BORDER_MODULES,
    ErrorCorrection,
    qr_matrix,
    url_ident,
)

if TYPE_CHECKING:
    from PIL import Image

Paper = Literal["a4", "letter"]
SheetItem = CheckoutLink | tuple[str, str]
"""A link, or a ``(url, title)`` pair."""

PAPER_SIZES: dict[str, tuple[float, float]] = {
    "a4": (595.276, 841.890),
    "letter": (612.0, 792.0),
}
"""Paper width and height in points (1/72 inch)."""

MIN_PER_ROW = 1
MAX_PER_ROW = 6
MARGIN_PT = 36.0
COLUMN_GAP_PT = 12.0
ROW_GAP_PT = 14.0
LABEL_DPI = 300
_BLACK = (0, 0, 0)


@dataclass(frozen=True, slots=True)
class SheetGeometry:
    """Where codes go on a page; all lengths in points."""

    paper: str
    page_width: float
    page_height: float
    per_row: int
    rows: int
    cell_width: float
    code_size: float
    title_pt: float
    detail_pt: float
    label_height: float

    @property
    def per_page(self) -> int:
        return self.per_row * self.rows

    def cell_origin(self, index: int) -> tuple[float, float]:
        """Left edge and top edge (PDF y, from the bottom) of cell ``index`` on its page."""
        row, column = divmod(index, self.per_row)
        left = MARGIN_PT + column * (self.cell_width + COLUMN_GAP_PT)
        top = self.page_height - MARGIN_PT - row * (
            self.code_size + self.label_height + ROW_GAP_PT
        )
        return left, top


def sheet_geometry(paper: str = "a4", per_row: int = 3) -> SheetGeometry:
    """The grid for ``paper`` with ``per_row`` codes across; rows are as many as fit."""
    if paper not in PAPER_SIZES:
        raise ExportError(f"Choose A4 or Letter paper; “{paper}” is not a paper size.")
    if not isinstance(per_row, int) or not MIN_PER_ROW <= per_row <= MAX_PER_ROW:
        raise ExportError(
            f"A print sheet holds {MIN_PER_ROW} to {MAX_PER_ROW} codes per row."
        )
    width, height = PAPER_SIZES[paper]
    usable_w = width - 2 * MARGIN_PT
    usable_h = height - 2 * MARGIN_PT
    cell_w = (usable_w - (per_row - 1) * COLUMN_GAP_PT) / per_row
    title_pt = min(14.0, max(7.5, cell_w * 0.09))
    detail_pt = title_pt * 0.8
    label_h = (title_pt + detail_pt) * 1.3 + 4
    code = min(cell_w, usable_h - label_h)
    rows = max(1, math.floor((usable_h + ROW_GAP_PT) / (code + label_h + ROW_GAP_PT)))
    return SheetGeometry(
        paper, width, height, per_row, rows, cell_w, code, title_pt, detail_pt, label_h
    )


def _url_and_title(item: SheetItem) -> tuple[str, str]:
    if isinstance(item, CheckoutLink):
        return item.url, item.title
    url, title = item
    return url, title


def _label_image(geometry: SheetGeometry, url: str, title: str) -> Image.Image:
    from PIL import Image, ImageDraw, ImageOps

    scale = LABEL_DPI / 72
    width_px = max(1, round(geometry.cell_width * scale))
    height_px = max(1, round(geometry.label_height * scale))
    title_px = round(geometry.title_pt * scale)
    detail_px = round(geometry.detail_pt * scale)
    max_width = width_px - 2
    ink = Image.new("L", (width_px, height_px), 0)
    draw = ImageDraw.Draw(ink)
    title_font = _text.font(title_px)
    detail_font = _text.font(detail_px)
    short_url = url.removeprefix("https://")
    detail = (
        short_url
        if _text.width(short_url, detail_font) <= max_width
        else url_ident(url) or short_url
    )
    ascent, descent = _text.metrics(title_font)
    y = 2 * scale + ascent
    center = width_px / 2
    title_line = _text.elide(title, title_font, max_width)
    if title_line:
        draw.text((center, y), title_line, fill=255, font=title_font, anchor="ms")
    y += descent + geometry.detail_pt * scale * 1.2
    draw.text(
        (center, y), _text.elide(detail, detail_font, max_width), fill=128, font=detail_font,
        anchor="ms",
    )
    return ImageOps.invert(ink)


def render_print_sheet(
    stream: BinaryIO,
    items: Iterable[SheetItem],
    *,
    paper: Paper = "a4",
    per_row: int = 3,
    error_correction: ErrorCorrection = "M",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the print sheet PDF to ``stream``; returns the number of codes placed."""
    geometry = sheet_geometry(paper, per_row)
    writer = _pdf.PdfWriter(stream, title="QR codes")
    ops: list[str] = []
    images: dict[str, int] = {}
    placed = 0

    def flush_page() -> None:
        writer.add_page(geometry.page_width, geometry.page_height, "\n".join(ops), images)
        ops.clear()
        images.clear()

    for item in items:
        check_cancelled(cancelled)
        url, title = _url_and_title(item)
        matrix = qr_matrix(url, error_correction)
        index = placed % geometry.per_page
        if index == 0 and placed:
            flush_page()
        left, top = geometry.cell_origin(index)
        total_modules = len(matrix) + 2 * MIN_BORDER_MODULES
        module = geometry.code_size / total_modules
        code_left = left + (geometry.cell_width - geometry.code_size) / 2
        quiet = MIN_BORDER_MODULES * module
        ops.append(_pdf.qr_ops(matrix, code_left + quiet, top - quiet, module, _BLACK))
        name = f"L{index}"
        images[name] = writer.add_image(_label_image(geometry, url, title))
        label_top = top - geometry.code_size
        ops.append(
            _pdf.image_ops(
                name, left, label_top - geometry.label_height, geometry.cell_width,
                geometry.label_height,
            )
        )
        placed += 1
        if progress is not None:
            progress(placed)
    check_cancelled(cancelled)
    if not placed:
        raise ExportError("There are no links to put on the print sheet.")
    flush_page()
    writer.close()
    return placed


def write_print_sheet(
    path: StrPath,
    items: Iterable[SheetItem],
    *,
    paper: Paper = "a4",
    per_row: int = 3,
    error_correction: ErrorCorrection = "M",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the print sheet PDF to ``path`` atomically; returns the number of codes.

    ``progress`` is called with the number of codes placed so far. If ``cancelled``
    returns True, ExportCancelled is raised and no file is left behind.
    """
    sheet_geometry(paper, per_row)  # refuse bad settings before creating any file
    with atomic_binary(path) as stream:
        return render_print_sheet(
            stream,
            items,
            paper=paper,
            per_row=per_row,
            error_correction=error_correction,
            progress=progress,
            cancelled=cancelled,
        )
