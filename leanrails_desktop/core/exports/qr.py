"""QR codes for a checkout link's URL, as PNG, vector SVG or vector PDF.

Sizes are in pixels. A PNG is ``size_px`` wide; modules are a whole number of pixels each and
the code is centred, so its quiet zone may be a few pixels wider than ``border_modules``.
An SVG has the same layout at any scale. A PDF page is the PNG's layout printed at 300 dpi
(1024 px → 86.7 mm), with the code as vector paths. A caption, if asked for, adds a band
below the code's quiet zone, so the image is then taller than it is wide.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Literal
from xml.sax.saxutils import escape

from leanrails_desktop.core.exports import _pdf, _text
from leanrails_desktop.core.exports.atomic import StrPath, write_bytes_atomic
from leanrails_desktop.core.exports.filenames import safe_filename, suggested_filename, url_ident
from leanrails_desktop.core.locale import format_count, format_number

QrFormat = Literal["png", "svg", "pdf"]
ErrorCorrection = Literal["L", "M", "Q", "H"]
Caption = Literal["none", "title", "url", "title_and_url"]
Color = tuple[int, int, int]
Matrix = tuple[tuple[bool, ...], ...]

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
ERROR_CORRECTIONS: tuple[str, ...] = ("L", "M", "Q", "H")
CAPTIONS: tuple[str, ...] = ("none", "title", "url", "title_and_url")
MIN_SIZE_PX = 64
MAX_SIZE_PX = 4096
DEFAULT_SIZE_PX = 1024
MIN_BORDER_MODULES = 4
MAX_BORDER_MODULES = 40
MIN_CONTRAST = 4.0
PDF_DPI = 300
"""Resolution at which a QR PDF page matches the PNG of the same ``size_px``."""

MEDIA_TYPES: dict[str, str] = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
}

if TYPE_CHECKING:
    from PIL import Image

# qrcode and Pillow are imported where a code is first drawn, not when the app starts.
_EC_LEVELS = ("L", "M", "Q", "H")
_HEX_COLOR = re.compile(r"^#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


class QrOptionsError(ValueError):
    """QR options that would give an unusable code; the message tells the merchant why."""


def parse_color(text: str) -> Color:
    """``#rrggbb`` or ``#rgb`` as an RGB triple; raises QrOptionsError otherwise."""
    value = text.strip()
    if not _HEX_COLOR.match(value):
        raise QrOptionsError(
            f"Use a hex colour such as #000000 for black; “{text}” is not a colour."
        )
    digits = value.lstrip("#")
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _hex(color: Color) -> str:
    return "#{:02x}{:02x}{:02x}".format(*color)


def relative_luminance(color: Color) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two hex colours, from 1.0 (same) to 21.0 (black on white)."""
    a = relative_luminance(parse_color(foreground))
    b = relative_luminance(parse_color(background))
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def check_colors(foreground: str, background: str) -> None:
    """Raise QrOptionsError if phones would struggle to scan these colours."""
    fg = relative_luminance(parse_color(foreground))
    bg = relative_luminance(parse_color(background))
    if fg > bg:
        raise QrOptionsError(
            "The code must be darker than its background: many phone scanners cannot read "
            "a light code on a dark background. Swap the two colours."
        )
    ratio = (bg + 0.05) / (fg + 0.05)
    if ratio < MIN_CONTRAST:
        raise QrOptionsError(
            f"These colours are too close for scanners to read reliably (contrast "
            f"{format_number(Decimal(ratio).quantize(Decimal('0.1')))}:1, at least "
            f"{format_number(Decimal(MIN_CONTRAST).quantize(Decimal(1)))}:1 is needed). "
            "Use a darker code colour or a lighter background."
        )


@dataclass(frozen=True, slots=True)
class QrOptions:
    """How a QR code is exported. Invalid combinations raise QrOptionsError when built."""

    format: QrFormat = "png"
    size_px: int = DEFAULT_SIZE_PX
    error_correction: ErrorCorrection = "M"
    border_modules: int = MIN_BORDER_MODULES
    caption: Caption = "none"
    foreground: str = "#000000"
    background: str = "#ffffff"

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise QrOptionsError(
                f"Choose PNG, SVG or PDF for the QR code; “{self.format}” is not a QR file type."
            )
        if not isinstance(self.size_px, int) or isinstance(self.size_px, bool):
            raise QrOptionsError("Enter the QR code size as a whole number of pixels.")
        if self.size_px < MIN_SIZE_PX:
            raise QrOptionsError(
                f"A QR code of {self.size_px} pixels is too small to scan; "
                f"choose at least {MIN_SIZE_PX} pixels."
            )
        if self.size_px > MAX_SIZE_PX:
            raise QrOptionsError(
                f"A QR code can be at most {format_count(MAX_SIZE_PX)} pixels wide; "
                f"{format_count(self.size_px)} is too large."
            )
        if self.error_correction not in ERROR_CORRECTIONS:
            raise QrOptionsError(
                "Choose error correction L, M, Q or H; "
                f"“{self.error_correction}” is not a level."
            )
        if not isinstance(self.border_modules, int) or self.border_modules < MIN_BORDER_MODULES:
            raise QrOptionsError(
                f"Scanners need a blank border of at least {MIN_BORDER_MODULES} squares "
                "around the code; choose a border of 4 or more."
            )
        if self.border_modules > MAX_BORDER_MODULES:
            raise QrOptionsError(
                f"A border of {self.border_modules} squares leaves almost no room for the "
                f"code; choose at most {MAX_BORDER_MODULES}."
            )
        if self.caption not in CAPTIONS:
            raise QrOptionsError(
                "Choose a caption of none, title, URL, or title and URL; "
                f"“{self.caption}” is not one of them."
            )
        check_colors(self.foreground, self.background)

    @property
    def fg(self) -> Color:
        """Foreground (code) colour as RGB."""
        return parse_color(self.foreground)

    @property
    def bg(self) -> Color:
        """Background colour as RGB."""
        return parse_color(self.background)


@lru_cache(maxsize=512)
def qr_matrix(url: str, error_correction: ErrorCorrection = "M") -> Matrix:
    """The QR modules for ``url`` (True = dark), without any quiet zone.

    Cached, so the UI can call it on every repaint to draw the code itself. Raises
    QrOptionsError if the text does not fit in the largest QR code.
    """
    if error_correction not in _EC_LEVELS:
        raise QrOptionsError(
            f"Choose error correction L, M, Q or H; “{error_correction}” is not a level."
        )
    if not url:
        raise QrOptionsError("This link has no URL yet, so there is no QR code to make.")
    import qrcode
    import qrcode.constants
    import qrcode.exceptions

    level = {
        "L": qrcode.constants.ERROR_CORRECT_L,
        "M": qrcode.constants.ERROR_CORRECT_M,
        "Q": qrcode.constants.ERROR_CORRECT_Q,
        "H": qrcode.constants.ERROR_CORRECT_H,
    }[error_correction]
    code = qrcode.QRCode(error_correction=level, border=0)
    code.add_data(url.encode("utf-8"))
    try:
        code.make(fit=True)
    except (qrcode.exceptions.DataOverflowError, ValueError) as exc:
        # Past version 40 qrcode raises a plain ValueError rather than DataOverflowError.
        raise QrOptionsError(
            "This link's address is too long to fit in a QR code."
        ) from exc
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


# ---------------------------------------------------------------------------------------
# Layout, shared by every format so a PNG, SVG and PDF of the same options look alike.


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    size_px: int
    baseline: float


@dataclass(frozen=True, slots=True)
class _Layout:
    width: int
    height: int
    modules: int  # dark-module matrix width, without border
    module_px: float
    code_left: float  # first dark-module column, in pixels
    lines: tuple[_Line, ...]
    caption_top: int


def _display_url(url: str) -> str:
    return url.removeprefix("https://")


def _caption_texts(options: QrOptions, url: str, title: str | None) -> list[tuple[str, bool]]:
    texts: list[tuple[str, bool]] = []
    if options.caption in ("title", "title_and_url"):
        cleaned = _text.clean(title or "")
        if cleaned:
            texts.append((cleaned, False))
    if options.caption in ("url", "title_and_url"):
        texts.append((_display_url(url), True))
    return texts


def _layout(
    matrix: Matrix, options: QrOptions, url: str, title: str | None, *, whole_pixels: bool
) -> _Layout:
    size = options.size_px
    modules = len(matrix)
    total = modules + 2 * options.border_modules
    if size < total:
        # Below one pixel per module a bitmap cannot show the code, and a print of the same
        # size (300 dpi) is too fine for a phone camera.
        raise QrOptionsError(
            f"This link's QR code needs at least {total} pixels; {size} pixels is too small."
        )
    if whole_pixels:
        module_px: float = size // total
        pad = (size - total * int(module_px)) // 2
    else:
        module_px = size / total
        pad = 0
    code_left = pad + options.border_modules * module_px
    caption_top = size - pad

    lines: list[_Line] = []
    texts = _caption_texts(options, url, title)
    height = size
    if texts:
        margin = max(2, round(size * 0.05))
        max_width = size - 2 * margin
        y = float(caption_top)
        for text, is_url in texts:
            if is_url:
                base = max(7, round(size * 0.04))
                shown, px = _text.fit(text, base, max(7, round(base * 0.7)), max_width)
            else:
                px = max(8, round(size * 0.055))
                shown = _text.elide(text, _text.font(px), max_width)
            ascent, descent = _text.metrics(_text.font(px))
            lines.append(_Line(shown, px, y + ascent))
            y += (ascent + descent) * 1.15
        height = round(y + max(2, round(size * 0.04)))
    return _Layout(size, height, modules, module_px, code_left, tuple(lines), caption_top)


def _ink_image(
    layout: _Layout, matrix: Matrix | None, *, top: int = 0, ink: int = 255
) -> Image.Image:
    """An ``L`` image of the layout from row ``top`` down: 0 = background, ``ink`` = code."""
    from PIL import Image, ImageDraw

    canvas = Image.new("L", (layout.width, layout.height - top), 0)
    if matrix is not None:
        n = layout.modules
        scale = int(layout.module_px)
        small = Image.frombytes("L", (n, n), bytes(ink if v else 0 for row in matrix for v in row))
        offset = int(layout.code_left)
        big = small.resize((n * scale, n * scale), Image.Resampling.NEAREST)
        canvas.paste(big, (offset, offset))
    if layout.lines:
        draw = ImageDraw.Draw(canvas)
        center = layout.width / 2
        for line in layout.lines:
            draw.text(
                (center, line.baseline - top),
                line.text,
                fill=ink,
                font=_text.font(line.size_px),
                anchor="ms",
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


# ---------------------------------------------------------------------------------------
# Renderers


def warm_up() -> None:
    """Draw one small code and throw it away. The first code a process draws also loads the
    encoder and the image library (about 25 ms, several times that while the window is
    busy); the app calls this on a worker once its list is shown."""
    render_png("https://leanrails.com/", QrOptions(size_px=MIN_SIZE_PX))


def render_png(url: str, options: QrOptions | None = None, title: str | None = None) -> bytes:
    """The QR code for ``url`` as PNG bytes, with an optional caption below it."""
    options = options or QrOptions()
    matrix = qr_matrix(url, options.error_correction)
    layout = _layout(matrix, options, url, title, whole_pixels=True)
    # Without anti-aliased caption text two colours suffice, which Pillow saves as a 1-bit
    # PNG: about a third faster to encode than 8 bits, and smaller.
    levels = 256 if layout.lines else 2
    ink = _ink_image(layout, matrix, ink=levels - 1)
    image = _colorize(ink, options.fg, options.bg, levels)
    out = io.BytesIO()
    # zlib level 1 halves the encoding time of these long runs for a few hundred bytes more.
    image.save(out, "PNG", dpi=(PDF_DPI, PDF_DPI), compress_level=1 if levels == 2 else 6)
    return out.getvalue()


def _svg_number(value: float) -> str:
    return _pdf.num(value)


def render_svg(url: str, options: QrOptions | None = None, title: str | None = None) -> str:
    """The QR code for ``url`` as an SVG document: one vector path, scalable via viewBox."""
    options = options or QrOptions()
    matrix = qr_matrix(url, options.error_correction)
    layout = _layout(matrix, options, url, title, whole_pixels=False)
    u = layout.module_px
    origin = _svg_number(layout.code_left)
    path = "".join(f"M{x} {y}h{length}v1h-{length}z" for y, x, length in _pdf.runs(matrix))
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        f'width="{layout.width}" height="{layout.height}" '
        f'viewBox="0 0 {layout.width} {layout.height}">',
    ]
    label = _text.clean(title or "")
    if label:
        parts.append(f"<title>{escape(label)}</title>")
    parts.append(f'<rect width="100%" height="100%" fill="{_hex(options.bg)}"/>')
    parts.append(
        f'<path fill="{_hex(options.fg)}" shape-rendering="crispEdges" '
        f'transform="matrix({_svg_number(u)} 0 0 {_svg_number(u)} {origin} {origin})" '
        f'd="{path}"/>'
    )
    for line in layout.lines:
        parts.append(
            f'<text x="{_svg_number(layout.width / 2)}" y="{_svg_number(line.baseline)}" '
            f'font-family="DejaVu Sans, Arial, Helvetica, sans-serif" '
            f'font-size="{line.size_px}" text-anchor="middle" fill="{_hex(options.fg)}">'
            f"{escape(line.text)}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def render_pdf(url: str, options: QrOptions | None = None, title: str | None = None) -> bytes:
    """The QR code for ``url`` as a one-page vector PDF sized for printing at 300 dpi."""
    options = options or QrOptions()
    matrix = qr_matrix(url, options.error_correction)
    layout = _layout(matrix, options, url, title, whole_pixels=False)
    pt = 72 / PDF_DPI
    page_w, page_h = layout.width * pt, layout.height * pt
    ops = [f"q {_pdf.rgb_operator(options.bg)} 0 0 {_pdf.num(page_w)} {_pdf.num(page_h)} re f Q"]
    ops.append(
        _pdf.qr_ops(matrix, layout.code_left * pt, page_h - layout.code_left * pt,
                    layout.module_px * pt, options.fg)
    )
    out = io.BytesIO()
    writer = _pdf.PdfWriter(out, title=_text.clean(title or "") or None)
    images: dict[str, int] = {}
    if layout.lines:
        band = _colorize(_ink_image(layout, None, top=layout.caption_top), options.fg, options.bg)
        grey = all(len(set(color)) == 1 for color in (options.fg, options.bg))
        images["Caption"] = writer.add_image(band.convert("L" if grey else "RGB"))
        band_h = (layout.height - layout.caption_top) * pt
        ops.append(_pdf.image_ops("Caption", 0, 0, page_w, band_h))
    writer.add_page(page_w, page_h, "\n".join(ops), images)
    writer.close()
    return out.getvalue()


def render(url: str, options: QrOptions | None = None, title: str | None = None) -> bytes:
    """The QR code in ``options.format`` as bytes (SVG encoded as UTF-8)."""
    options = options or QrOptions()
    if options.format == "svg":
        return render_svg(url, options, title).encode("utf-8")
    if options.format == "pdf":
        return render_pdf(url, options, title)
    return render_png(url, options, title)


def write_qr(
    path: StrPath, url: str, options: QrOptions | None = None, title: str | None = None
) -> None:
    """Render the QR code and write it to ``path`` atomically."""
    write_bytes_atomic(path, render(url, options, title))


__all__ = [
    "CAPTIONS",
    "ERROR_CORRECTIONS",
    "FORMATS",
    "MAX_SIZE_PX",
    "MEDIA_TYPES",
    "MIN_SIZE_PX",
    "QrOptions",
    "QrOptionsError",
    "check_colors",
    "contrast_ratio",
    "parse_color",
    "qr_matrix",
    "render",
    "render_pdf",
    "render_png",
    "render_svg",
    "safe_filename",
    "suggested_filename",
    "url_ident",
    "warm_up",
    "write_qr",
]

