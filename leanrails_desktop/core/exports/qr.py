"""QR codes for a checkout link's URL, as PNG, vector SVG or vector PDF.

A code is ``size_px`` wide, which is also its printer dots at ``dpi``: the PNG carries that
resolution (pHYs), the SVG is written in millimetres and the PDF page is the same physical
size (1024 px at 300 dpi → 86.7 mm). In a PNG modules are a whole number of pixels each and
the code is centred, so its quiet zone may be a few pixels wider than ``border_modules``.
A caption, if asked for, adds a band below the code's quiet zone, so the image is then
taller than it is wide. :func:`write_qr` and :func:`render_checked` decode what they made
with an independent decoder before handing it over (see ``scan_check``).
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from leanrails_desktop.core.exports import _text
from leanrails_desktop.core.exports.atomic import StrPath, write_bytes_atomic
from leanrails_desktop.core.exports.filenames import safe_filename, suggested_filename, url_ident
from leanrails_desktop.core.exports.qr_layout import Layout, layout, num, qr_matrix, runs
from leanrails_desktop.core.exports.qr_logo import fitted_logo, is_svg, logo_png
from leanrails_desktop.core.exports.qr_options import (
    CAPTIONS,
    ERROR_CORRECTIONS,
    FORMATS,
    MAX_SIZE_PX,
    MIN_BORDER_MODULES,
    MIN_SIZE_PX,
    MM_PER_INCH,
    Caption,
    Color,
    ErrorCorrection,
    QrFormat,
    QrOptions,
    QrOptionsError,
    check_colors,
    contrast_ratio,
    hex_color,
    parse_color,
)

if TYPE_CHECKING:
    from PIL import Image

MEDIA_TYPES: dict[str, str] = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
}
PDF_DPI = 300
"""The resolution assumed when nothing else is said (QrOptions.dpi's default)."""


_INK_TABLES = {ink: bytes.maketrans(b"\x00\x01", bytes((0, ink))) for ink in (1, 255)}


def _ink_image(lay: Layout, *, top: int = 0, ink: int = 255, code: bool = True) -> Image.Image:
    """An ``L`` image of the layout from row ``top`` down: 0 = background, ``ink`` = code."""
    from PIL import Image, ImageDraw

    canvas = Image.new("L", (lay.width, lay.height - top), 0)
    if code:
        n = lay.modules
        scale = int(lay.module_px)
        cells = b"".join(bytes(row) for row in lay.matrix)  # True/False → 1/0
        small = Image.frombytes("L", (n, n), cells.translate(_INK_TABLES[ink]))
        offset = int(lay.code_left)
        big = small.resize((n * scale, n * scale), Image.Resampling.NEAREST)
        canvas.paste(big, (offset, offset - top))
    draw = ImageDraw.Draw(canvas)
    if lay.frame_px:
        pad = lay.frame_at
        draw.rectangle(
            (pad, pad - top, lay.width - 1 - pad, lay.height - 1 - pad - top),
            outline=ink, width=max(1, round(lay.frame_px)),
        )
    center = lay.width / 2
    for line in lay.lines:
        draw.text(
            (center, line.baseline - top), line.text, fill=ink,
            font=_text.font(line.size_px), anchor="ms",
        )
    return canvas


def _colorize(ink: Image.Image, fg: Color, bg: Color, levels: int = 256) -> Image.Image:
    """Turn an ink image (values ``0 … levels - 1``) into a palette image, bg → fg, in place."""
    palette: list[int] = []
    for i in range(levels):
        t = i / (levels - 1)
        palette.extend(round(b + (f - b) * t) for f, b in zip(fg, bg, strict=True))
    ink.putpalette(palette)  # turns the L image into a P image with this palette, in place
    return ink


def warm_up() -> None:
    """Draw one small code and throw it away. The first code a process draws also loads the
    encoder and the image library (about 25 ms, several times that while the window is
    busy); the app calls this on a worker once its list is shown."""
    render_png("https://leanrails.com/", QrOptions(size_px=256))


def render_image(url: str, options: QrOptions | None = None,
                 title: str | None = None) -> Image.Image:
    """The QR code as a Pillow image (palette, or RGB with a logo): the PNG's pixels."""
    return _render_image(url, options or QrOptions(), title)[0]


def _logo_place(lay: Layout) -> tuple[int, int, int]:
    """The logo's square side and top-left corner, in pixels."""
    assert lay.logo is not None
    side = max(1, round(lay.logo.logo_size * lay.module_px))
    left = round(lay.code_left + lay.logo.logo_start * lay.module_px)
    return side, left, left


@lru_cache(maxsize=16)
def _logo_patch(data: bytes, side: int, bg: Color) -> tuple[Image.Image, Image.Image, list[int]]:
    """The logo on the background colour (RGB), the same as palette indices 2… of a
    two-colour code (``L``), and that part of the palette."""
    from PIL import Image

    logo = fitted_logo(data, side)
    patch = Image.new("RGB", (side, side), bg)
    patch.paste(logo, ((side - logo.width) // 2, (side - logo.height) // 2), logo)
    quantized = patch.quantize(colors=254, method=Image.Quantize.FASTOCTREE)
    shift = bytes(min(255, i + 2) for i in range(256))
    indices = Image.frombytes("L", patch.size, quantized.tobytes().translate(shift))
    palette = (quantized.getpalette() or [])[: 254 * 3]
    return patch, indices, palette


def _render_image(url: str, options: QrOptions, title: str | None) -> tuple[Image.Image, bool]:
    lay = layout(url, options, title, whole_pixels=True)
    # Without anti-aliased caption text two colours suffice, which Pillow saves as a 1-bit
    # PNG (or, with a logo, an 8-bit palette one): far quicker to encode than RGB.
    levels = 256 if lay.lines else 2
    ink = _ink_image(lay, ink=levels - 1)
    if lay.logo is None or options.logo is None:
        return _colorize(ink, options.fg, options.bg, levels), levels == 2
    side, x, y = _logo_place(lay)
    patch, indices, logo_palette = _logo_patch(options.logo, side, options.bg)
    if levels == 2:
        ink.paste(indices, (x, y))
        ink.putpalette([*options.bg, *options.fg, *logo_palette])
        return ink, True
    image = _colorize(ink, options.fg, options.bg, levels).convert("RGB")
    image.paste(patch, (x, y))
    return image, False


def render_gray(url: str, options: QrOptions, title: str | None = None) -> Image.Image:
    """The PNG's pixels in grey (``L``), as a camera sees them: for the scan check."""
    lay = layout(url, options, title, whole_pixels=True)
    levels = 256 if lay.lines else 2
    ink = _ink_image(lay, ink=levels - 1)

    def grey(color: Color) -> int:
        r, g, b = color
        return (r * 299 + g * 587 + b * 114) // 1000

    fg, bg = grey(options.fg), grey(options.bg)
    table = [round(bg + (fg - bg) * min(v, levels - 1) / (levels - 1)) for v in range(256)]
    image = ink.point(table)
    if lay.logo is not None and options.logo is not None:
        side, x, y = _logo_place(lay)
        image.paste(_logo_patch(options.logo, side, options.bg)[0].convert("L"), (x, y))
    return image


def render_png(url: str, options: QrOptions | None = None, title: str | None = None) -> bytes:
    """The QR code for ``url`` as PNG bytes carrying its DPI, with an optional caption."""
    options = options or QrOptions()
    image, fast = _render_image(url, options, title)
    out = io.BytesIO()
    # zlib level 1 halves the encoding time of these long runs for a few hundred bytes more.
    image.save(out, "PNG", dpi=(options.dpi, options.dpi), compress_level=1 if fast else 6)
    return out.getvalue()


def render_svg(url: str, options: QrOptions | None = None, title: str | None = None) -> str:
    """The QR code for ``url`` as an SVG document sized in millimetres: one vector path."""
    options = options or QrOptions()
    lay = layout(url, options, title, whole_pixels=False)
    u = lay.module_px
    origin = num(lay.code_left)
    mm = MM_PER_INCH / options.dpi
    path = "".join(f"M{x} {y}h{length}v1h-{length}z" for y, x, length in runs(lay.matrix))
    fg, bg = hex_color(options.fg), hex_color(options.bg)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        f'width="{num(lay.width * mm)}mm" height="{num(lay.height * mm)}mm" '
        f'viewBox="0 0 {lay.width} {lay.height}">',
    ]
    label = _text.clean(title or "")
    if label:
        parts.append(f"<title>{escape(label)}</title>")
    parts.append(f'<rect width="100%" height="100%" fill="{bg}"/>')
    parts.append(
        f'<path fill="{fg}" shape-rendering="crispEdges" '
        f'transform="matrix({num(u)} 0 0 {num(u)} {origin} {origin})" d="{path}"/>'
    )
    if lay.frame_px:
        half = lay.frame_px / 2
        parts.append(
            f'<rect x="{num(half)}" y="{num(half)}" width="{num(lay.width - lay.frame_px)}" '
            f'height="{num(lay.height - lay.frame_px)}" fill="none" stroke="{fg}" '
            f'stroke-width="{num(lay.frame_px)}"/>'
        )
    if lay.logo is not None and options.logo is not None:
        side = lay.logo.logo_size * u
        at = lay.code_left + lay.logo.logo_start * u
        media = "image/svg+xml" if is_svg(options.logo) else "image/png"
        data = options.logo if is_svg(options.logo) else logo_png(options.logo)
        href = f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"
        parts.append(
            f'<image x="{num(at)}" y="{num(at)}" width="{num(side)}" height="{num(side)}" '
            f'preserveAspectRatio="xMidYMid meet" href={quoteattr(href)}/>'
        )
    for line in lay.lines:
        parts.append(
            f'<text x="{num(lay.width / 2)}" y="{num(line.baseline)}" '
            f'font-family="DejaVu Sans, Arial, Helvetica, sans-serif" '
            f'font-size="{line.size_px}" text-anchor="middle" fill="{fg}">'
            f"{escape(line.text)}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def render_pdf(url: str, options: QrOptions | None = None, title: str | None = None) -> bytes:
    """The QR code for ``url`` as a one-page vector PDF at its true printed size."""
    from leanrails_desktop.core.exports.qr_pdf import code_pdf

    return code_pdf(url, options or QrOptions(), title)


def render(url: str, options: QrOptions | None = None, title: str | None = None) -> bytes:
    """The QR code in ``options.format`` as bytes (SVG encoded as UTF-8), not checked."""
    options = options or QrOptions()
    if options.format == "svg":
        return render_svg(url, options, title).encode("utf-8")
    if options.format == "pdf":
        return render_pdf(url, options, title)
    return render_png(url, options, title)


def render_checked(url: str, options: QrOptions | None = None,
                   title: str | None = None) -> bytes:
    """:func:`render`, after the scan check read the code back as exactly ``url``; raises
    ScanCheckError (a QrOptionsError) saying what to change when it did not."""
    from leanrails_desktop.core.exports.scan_check import require_scans

    options = options or QrOptions()
    require_scans(url, options, title)
    return render(url, options, title)


def write_qr(
    path: StrPath, url: str, options: QrOptions | None = None, title: str | None = None,
    *, check: bool = True,
) -> None:
    """Render the QR code, check that it scans, and write it to ``path`` atomically."""
    data = render_checked(url, options, title) if check else render(url, options, title)
    write_bytes_atomic(path, data)


__all__ = [
    "CAPTIONS",
    "ERROR_CORRECTIONS",
    "FORMATS",
    "MAX_SIZE_PX",
    "MEDIA_TYPES",
    "MIN_BORDER_MODULES",
    "MIN_SIZE_PX",
    "Caption",
    "ErrorCorrection",
    "QrFormat",
    "QrOptions",
    "QrOptionsError",
    "check_colors",
    "contrast_ratio",
    "parse_color",
    "qr_matrix",
    "render",
    "render_checked",
    "render_image",
    "render_pdf",
    "render_png",
    "render_svg",
    "safe_filename",
    "suggested_filename",
    "url_ident",
    "warm_up",
    "write_qr",
]
