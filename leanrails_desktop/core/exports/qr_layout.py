"""Where everything of a QR code image goes, shared by PNG, SVG and PDF so that the three
look alike: the modules (with a logo's pad cleared), the quiet zone, an optional frame
outside it and the caption lines below the code.

Lengths are in pixels of an image ``options.size_px`` wide (printer dots at ``options.dpi``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from leanrails_desktop.core.exports import _text
from leanrails_desktop.core.exports.qr_logo import LogoBox, clear_pad, logo_box
from leanrails_desktop.core.exports.qr_options import (
    ErrorCorrection,
    QrOptions,
    QrOptionsError,
    check_dots,
)

Matrix = tuple[tuple[bool, ...], ...]
FRAME_MODULES = 1
"""The frame's line is one module thick and lies outside the quiet zone."""


@lru_cache(maxsize=512)
def qr_matrix(url: str, error_correction: ErrorCorrection = "M") -> Matrix:
    """The QR modules for ``url`` (True = dark), without any quiet zone.

    Cached, so the UI can call it on every repaint to draw the code itself. Raises
    QrOptionsError if the text does not fit in the largest QR code.
    """
    if error_correction not in ("L", "M", "Q", "H"):
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
        raise QrOptionsError("This link's address is too long to fit in a QR code.") from exc
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def runs(matrix: Matrix) -> Iterator[tuple[int, int, int]]:
    """Horizontal runs of dark modules as ``(row, first column, length)``."""
    for y, row in enumerate(matrix):
        x = 0
        size = len(row)
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                yield y, start, x - start
            else:
                x += 1


def num(value: float) -> str:
    """A number with at most three decimals and no exponent (for SVG and PDF)."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


@dataclass(frozen=True, slots=True)
class Line:
    """One caption line: its text, font size in pixels and baseline."""

    text: str
    size_px: int
    baseline: float


@dataclass(frozen=True, slots=True)
class Layout:
    """The whole image: its size, the code's modules and where each part lies."""

    width: int
    height: int
    matrix: Matrix  # with a logo's pad cleared
    module_px: float
    code_left: float  # first dark-module column (and row), in pixels
    lines: tuple[Line, ...]
    caption_top: int
    frame_px: float  # the frame line's thickness, 0 without a frame
    frame_at: float  # the frame's outer edge, from the image's left, top and right
    logo: LogoBox | None

    @property
    def modules(self) -> int:
        return len(self.matrix)


def display_url(url: str) -> str:
    """The URL as printed under a code: without ``https://``."""
    return url.removeprefix("https://")


def caption_texts(options: QrOptions, url: str, title: str | None) -> list[tuple[str, str]]:
    """The caption's lines in order, each with its kind: headline, title, price or url."""
    texts: list[tuple[str, str]] = []
    headline = _text.clean(options.headline)
    if headline:
        texts.append((headline, "headline"))
    if options.caption in ("title", "title_and_url"):
        cleaned = _text.clean(title or "")
        if cleaned:
            texts.append((cleaned, "title"))
    price = _text.clean(options.price)
    if price:
        texts.append((price, "price"))
    if options.caption in ("url", "title_and_url"):
        texts.append((display_url(url), "url"))
    return texts


def total_modules(matrix_width: int, options: QrOptions) -> int:
    """Modules across the image: the code, its quiet zone both sides and any frame."""
    frame = FRAME_MODULES if options.frame else 0
    return matrix_width + 2 * (options.border_modules + frame)


def code_matrix(url: str, options: QrOptions) -> tuple[Matrix, LogoBox | None]:
    """The modules to draw (a logo's pad cleared) and the logo's place, if any."""
    matrix = qr_matrix(url, options.error_correction)
    if options.logo is None:
        return matrix, None
    box = logo_box(len(matrix), options.logo_ratio)
    return clear_pad(matrix, box), box


def layout(url: str, options: QrOptions, title: str | None, *, whole_pixels: bool) -> Layout:
    """The layout of ``url``'s code with ``options``; refuses sizes too small to print."""
    matrix, box = code_matrix(url, options)
    size = options.size_px
    total = total_modules(len(matrix), options)
    check_dots(total, options)
    if whole_pixels:
        module_px: float = size // total
        pad = (size - total * int(module_px)) // 2
    else:
        module_px = size / total
        pad = 0
    frame_px = module_px * FRAME_MODULES if options.frame else 0.0
    code_left = pad + frame_px + options.border_modules * module_px
    caption_top = size - pad - round(frame_px)

    lines: list[Line] = []
    texts = caption_texts(options, url, title)
    height = size
    if texts:
        margin = max(2, round(size * 0.05)) + frame_px
        max_width = size - 2 * margin
        y = float(caption_top)
        for text, kind in texts:
            if kind == "url":
                base = max(7, round(size * 0.04))
                shown, px = _text.fit(text, base, max(7, round(base * 0.7)), max_width)
            else:
                px = max(8, round(size * (0.075 if kind == "headline" else 0.055)))
                shown = _text.elide(text, _text.font(px), max_width)
            ascent, descent = _text.metrics(_text.font(px))
            lines.append(Line(shown, px, y + ascent))
            y += (ascent + descent) * 1.15
        height = round(y + max(2, round(size * 0.04)) + frame_px)
    return Layout(
        size, height, matrix, module_px, code_left, tuple(lines), caption_top, frame_px, pad, box
    )
