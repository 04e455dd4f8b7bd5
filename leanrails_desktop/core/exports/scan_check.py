"""The scan check: a code the app makes is read back from its own pixels by an independent
decoder (zxing-cpp, not the library that drew it) before anyone gets the file.

A code is checked as exported (``size_px`` at its ``dpi``) and as printed at 300 dpi (the
same physical size). It passes only when the decoder returns exactly the link's URL. A
refusal says what to change: a smaller logo, higher error correction, more contrast, or a
larger size.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from leanrails_desktop.core.exports.qr_options import (
    MIN_CONTRAST,
    QrOptions,
    QrOptionsError,
    contrast_ratio,
    describe_mm,
)

if TYPE_CHECKING:
    from PIL import Image

PRINT_DPI = 300
SCANS_OK = "Scans ✓"


class ScanCheckError(QrOptionsError):
    """The code did not read back as its URL; the message says what to change."""


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What the decoder read at one size."""

    what: str  # "1024 px" or "20 mm at 300 dpi"
    decoded: tuple[str, ...]
    expected: str

    @property
    def ok(self) -> bool:
        return self.decoded == (self.expected,)


def decode(image: Image.Image) -> list[str]:
    """Every QR code zxing-cpp finds in ``image``, as text."""
    import zxingcpp

    gray = image if image.mode == "L" else image.convert("L")
    found = zxingcpp.read_barcodes(
        gray, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode), try_rotate=False
    )
    return [barcode.text for barcode in found]


def check_sizes(options: QrOptions) -> list[tuple[str, QrOptions]]:
    """The renderings to read back: as exported, and as printed at 300 dpi if different."""
    exported = replace(options, format="png")
    sizes = [(f"{options.size_px} px", exported)]
    if options.dpi != PRINT_DPI:
        printed_px = round(options.size_px * PRINT_DPI / options.dpi)
        sizes.append(
            (f"{describe_mm(options.width_mm)} at {PRINT_DPI} dpi",
             replace(exported, size_px=printed_px, dpi=PRINT_DPI))
        )
    return sizes


def scan(url: str, options: QrOptions, title: str | None = None) -> list[ScanResult]:
    """Read the code back at each size; raises QrOptionsError for options refused before
    anything is drawn (such as a size too small for the printer)."""
    from leanrails_desktop.core.exports.qr import render_gray

    results = []
    for what, variant in check_sizes(options):
        decoded = tuple(decode(render_gray(url, variant, title)))
        results.append(ScanResult(what, decoded, url))
    return results


def advice(options: QrOptions) -> str:
    """What to change so that a code that did not scan may scan."""
    steps: list[str] = []
    if options.logo is not None:
        steps.append("use a smaller logo (or none)")
    elif options.error_correction != "H":
        steps.append("choose a higher error correction")
    if contrast_ratio(options.foreground, options.background) < MIN_CONTRAST * 2:
        steps.append("use more contrast between the colours")
    steps.append("choose a larger size")
    return ", ".join(steps[:-1]) + (" or " if len(steps) > 1 else "") + steps[-1]


def require_scans(url: str, options: QrOptions, title: str | None = None) -> list[ScanResult]:
    """:func:`scan`, raising ScanCheckError with what to change unless every size read back
    exactly ``url``."""
    results = scan(url, options, title)
    for result in results:
        if not result.ok:
            read = (
                "could not be read" if not result.decoded
                else f"read as “{result.decoded[0]}” instead of the link"
            )
            raise ScanCheckError(
                f"This code {read} at {result.what} by an independent decoder, so it was not "
                f"saved: {advice(options)}."
            )
    return results


def scan_status(url: str, options: QrOptions, title: str | None = None) -> str:
    """``"Scans ✓"``, or the sentence saying why not: for the preview."""
    try:
        require_scans(url, options, title)
    except QrOptionsError as exc:
        return str(exc)
    return SCANS_OK
