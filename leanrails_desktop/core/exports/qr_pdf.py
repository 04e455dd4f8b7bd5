"""One QR code as a PDF page at its true printed size: vector modules, real caption text
in an embedded font, the logo as an image (an SVG logo stays vector)."""

from __future__ import annotations

import io

from leanrails_desktop.core.exports import _text
from leanrails_desktop.core.exports.pdf_text import (
    centred_text,
    close_fonts,
    draw_matrix,
    elide,
    finish,
    new_document,
)
from leanrails_desktop.core.exports.qr_layout import layout
from leanrails_desktop.core.exports.qr_logo import is_svg, logo_png
from leanrails_desktop.core.exports.qr_options import MM_PER_INCH, QrOptions

PT_PER_MM = 72 / MM_PER_INCH


def code_pdf(url: str, options: QrOptions, title: str | None) -> bytes:
    """The PDF bytes of ``url``'s code drawn with ``options``."""
    lay = layout(url, options, title, whole_pixels=False)
    mm = MM_PER_INCH / options.dpi
    width, height = lay.width * mm, lay.height * mm
    pdf = new_document(width, height, _text.clean(title or "") or None)
    try:
        pdf.add_page()
        pdf.set_fill_color(*options.bg)
        pdf.rect(0, 0, width, height, style="F")
        draw_matrix(pdf, lay.matrix, lay.code_left * mm, lay.code_left * mm, lay.module_px * mm,
                    options.fg)
        if lay.frame_px:
            line = lay.frame_px * mm
            pdf.set_draw_color(*options.fg)
            pdf.set_line_width(line)
            pdf.rect(line / 2, line / 2, width - line, height - line, style="D")
        if lay.logo is not None and options.logo is not None:
            side = lay.logo.logo_size * lay.module_px * mm
            at = (lay.code_left + lay.logo.logo_start * lay.module_px) * mm
            data = options.logo if is_svg(options.logo) else logo_png(options.logo)
            pdf.image(io.BytesIO(data), x=at, y=at, w=side, h=side, keep_aspect_ratio=True)
        pdf.set_text_color(*options.fg)
        margin = max(2, round(lay.width * 0.05)) * mm + lay.frame_px * mm
        for line_ in lay.lines:
            pdf.set_font_size(line_.size_px * mm * PT_PER_MM)
            shown = elide(pdf, line_.text, width - 2 * margin)
            centred_text(pdf, shown, width / 2, line_.baseline * mm)
        return finish(pdf)
    finally:
        close_fonts(pdf)
