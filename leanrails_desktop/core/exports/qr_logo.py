"""A logo in the middle of a QR code: read from PNG, JPEG or SVG, placed on a plain pad of
whole modules that never touches the finder patterns or the format information beside them.

The pad clears the modules under it; the highest error correction (H, about 30% of the
code) rebuilds them, and the scan check proves it did.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from leanrails_desktop.core.exports.qr_options import QrOptionsError
from leanrails_desktop.core.i18n import translate

if TYPE_CHECKING:
    from PIL import Image

Matrix = tuple[tuple[bool, ...], ...]
_RESERVED = 9
"""Modules from each corner given to a finder pattern, its separator and format info."""


@dataclass(frozen=True, slots=True)
class LogoBox:
    """Where the logo goes, in modules from the code's top-left dark-module corner."""

    pad_start: int  # first cleared module (row and column)
    pad_size: int  # cleared modules across
    logo_size: float  # the logo's width in modules (≤ the requested share of the code)

    @property
    def logo_start(self) -> float:
        return self.pad_start + (self.pad_size - self.logo_size) / 2


def is_svg(data: bytes) -> bool:
    """True when ``data`` looks like an SVG document rather than a bitmap."""
    head = data[:512].lstrip().lower()
    return head.startswith(b"<?xml") or head.startswith(b"<svg") or b"<svg" in head


def _svg_to_png(data: bytes) -> bytes:
    """An SVG logo drawn as a PNG by resvg (no Qt needed, so the command line reads SVG
    logos too). It draws the document alone: nothing is fetched from the network."""
    import resvg_py

    try:
        return bytes(resvg_py.svg_to_bytes(svg_string=data.decode("utf-8"), width=1024))
    except Exception:  # resvg raises plain exceptions for a bad document
        raise QrOptionsError(
            translate("QrLogo", "The logo is not an SVG image that can be read.")
        ) from None


@lru_cache(maxsize=8)
def load_logo(data: bytes) -> Image.Image:
    """The logo as an RGBA image; raises QrOptionsError for a file that is not an image."""
    from PIL import Image, UnidentifiedImageError

    if is_svg(data):
        data = _svg_to_png(data)
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            image = opened.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise QrOptionsError(
            translate(
                "QrLogo",
                "The logo is not an image this app can read; choose a PNG, JPEG or SVG file.",
            )
        ) from exc
    box = image.getbbox()  # trim fully transparent edges so the share is the visible logo
    if box is not None:
        image = image.crop(box)
    if image.width < 1 or image.height < 1:
        raise QrOptionsError(
            translate("QrLogo", "The logo is empty; choose a PNG, JPEG or SVG image.")
        )
    return image


def logo_box(modules: int, ratio: float) -> LogoBox:
    """The pad for a logo ``ratio`` of the code's width on a code ``modules`` across.

    The pad is the logo plus half a module each side, rounded up to whole modules of the
    same parity as the code so it sits exactly in the middle. Raises QrOptionsError when it
    would reach a finder pattern.
    """
    logo = modules * ratio
    pad = math.ceil(logo + 1)
    if pad % 2 != modules % 2:
        pad += 1
    start = (modules - pad) // 2
    if start < _RESERVED:
        largest = max(0, modules - 2 * _RESERVED - 1) / modules
        raise QrOptionsError(
            translate(
                "QrLogo",
                "This link's code is too small for a logo of {ratio:.0%} of its width: it "
                "would cover the corner squares scanners look for. Choose a logo of at most "
                "{largest:.0%}, or no logo.",
            ).format(ratio=ratio, largest=largest)
        )
    return LogoBox(start, pad, logo)


def clear_pad(matrix: Matrix, box: LogoBox) -> Matrix:
    """``matrix`` with the pad's modules light."""
    end = box.pad_start + box.pad_size
    return tuple(
        tuple(
            False if box.pad_start <= y < end and box.pad_start <= x < end else value
            for x, value in enumerate(row)
        )
        for y, row in enumerate(matrix)
    )


@lru_cache(maxsize=16)
def fitted_logo(data: bytes, side_px: int) -> Image.Image:
    """The logo scaled to fit a ``side_px`` square (aspect kept), as RGBA; shared, so not
    to be changed by the caller."""
    from PIL import Image

    logo = load_logo(data)
    scale = side_px / max(logo.width, logo.height)
    size = (max(1, round(logo.width * scale)), max(1, round(logo.height * scale)))
    return logo.resize(size, Image.Resampling.LANCZOS)


def logo_png(data: bytes, side_px: int = 512) -> bytes:
    """The logo as PNG bytes for embedding in an SVG or PDF."""
    out = io.BytesIO()
    fitted_logo(data, side_px).save(out, "PNG")
    return out.getvalue()
