"""How a QR code is made: colours and their contrast rules, error correction, size in pixels
or at a physical size and printer resolution, a logo, a caption and a frame.

Every option is checked when :class:`QrOptions` is built; a refusal is a
:class:`QrOptionsError` whose message is the sentence to show the merchant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.locale import format_count, format_measure, format_number

QrFormat = Literal["png", "svg", "pdf"]
ErrorCorrection = Literal["L", "M", "Q", "H"]
Caption = Literal["none", "title", "url", "title_and_url"]
Color = tuple[int, int, int]

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
ERROR_CORRECTIONS: tuple[str, ...] = ("L", "M", "Q", "H")
CAPTIONS: tuple[str, ...] = ("none", "title", "url", "title_and_url")
MIN_SIZE_PX = 64
MAX_SIZE_PX = 4096
DEFAULT_SIZE_PX = 1024
MIN_BORDER_MODULES = 4
MAX_BORDER_MODULES = 40
MIN_CONTRAST = 4.0
DEFAULT_DPI = 300
MIN_DPI = 72
MAX_DPI = 2400
MIN_DOTS_PER_MODULE = 4
"""Fewer printer dots (or pixels) per square and printers smear the code."""
MAX_LOGO_RATIO = 0.25
MIN_LOGO_RATIO = 0.05
DEFAULT_LOGO_RATIO = 0.2
MAX_HEADLINE = 60
MM_PER_INCH = 25.4

_HEX_COLOR = re.compile(r"^#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_LENGTH = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(mm|cm|in|inch|inches|px|\")?\s*$", re.IGNORECASE)


class QrOptionsError(ValueError):
    """QR options that would give an unusable code; the message tells the merchant why."""


def parse_color(text: str) -> Color:
    """``#rrggbb`` or ``#rgb`` as an RGB triple; raises QrOptionsError otherwise."""
    value = text.strip()
    if not _HEX_COLOR.match(value):
        raise QrOptionsError(
            translate(
                "QrOptions", "Use a hex colour such as #000000 for black; “{text}” is not a colour."
            ).format(text=text)
        )
    digits = value.lstrip("#")
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def hex_color(color: Color) -> str:
    """``#rrggbb`` for an RGB triple."""
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
            translate(
                "QrOptions",
                "The code must be darker than its background: many phone scanners cannot read "
                "a light code on a dark background. Swap the two colours.",
            )
        )
    ratio = (bg + 0.05) / (fg + 0.05)
    if ratio < MIN_CONTRAST:
        raise QrOptionsError(
            translate(
                "QrOptions",
                "These colours are too close for scanners to read reliably (contrast "
                "{ratio}:1, at least {min_contrast}:1 is needed). Use a darker code "
                "colour or a lighter background.",
            ).format(
                ratio=format_number(Decimal(ratio).quantize(Decimal("0.1"))),
                min_contrast=format_number(Decimal(MIN_CONTRAST).quantize(Decimal(1))),
            )
        )


def parse_length(text: str) -> tuple[float, str]:
    """``"20mm"``, ``"2in"``, ``"1024px"`` (a bare number is pixels) as (value, unit), the
    unit one of ``mm``, ``in``, ``px``; raises QrOptionsError otherwise."""
    found = _LENGTH.match(text)
    if not found:
        raise QrOptionsError(
            translate(
                "QrOptions",
                "Give the size as millimetres, inches or pixels, such as 20mm, 2in or 1024px; "
                "“{text}” is not a size.",
            ).format(text=text)
        )
    value = float(found.group(1).replace(",", "."))
    unit = (found.group(2) or "px").lower()
    if unit == "cm":
        value, unit = value * 10, "mm"
    elif unit in ("inch", "inches", '"'):
        unit = "in"
    return value, unit


def size_px_for(text: str, dpi: int = DEFAULT_DPI) -> int:
    """The width in pixels (printer dots) of a size such as ``20mm`` printed at ``dpi``."""
    value, unit = parse_length(text)
    if unit == "px":
        if value != int(value):
            raise QrOptionsError(
                translate("QrOptions", "Enter the QR code size as a whole number of pixels.")
            )
        return int(value)
    inches = value / MM_PER_INCH if unit == "mm" else value
    return max(1, round(inches * dpi))


def describe_mm(mm: float) -> str:
    """``"20 mm"``, ``"16.5 mm"``: a length as people write it."""
    return format_measure(mm) + " mm"


@dataclass(frozen=True, slots=True)
class QrOptions:
    """How a QR code is exported. Invalid combinations raise QrOptionsError when built.

    ``size_px`` is the code's width in pixels, which is also printer dots at ``dpi``: a
    PNG carries that resolution, an SVG is written in millimetres and a PDF page is the
    same physical size. ``logo`` is the image file's bytes (PNG, JPEG or SVG); while it is
    set the error correction is H whatever was asked. ``headline`` is a line such as
    "Scan to pay" above the caption; ``frame`` draws a border outside the quiet zone.
    """

    format: QrFormat = "png"
    size_px: int = DEFAULT_SIZE_PX
    error_correction: ErrorCorrection = "M"
    border_modules: int = MIN_BORDER_MODULES
    caption: Caption = "none"
    foreground: str = "#000000"
    background: str = "#ffffff"
    dpi: int = DEFAULT_DPI
    logo: bytes | None = None
    logo_ratio: float = DEFAULT_LOGO_RATIO
    headline: str = ""
    frame: bool = False
    price: str = ""
    """Shown in the caption when not empty (the caller formats the link's amount)."""

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise QrOptionsError(
                translate(
                    "QrOptions",
                    "Choose PNG, SVG or PDF for the QR code; “{format}” is not a QR file type.",
                ).format(format=self.format)
            )
        if not isinstance(self.size_px, int) or isinstance(self.size_px, bool):
            raise QrOptionsError(
                translate("QrOptions", "Enter the QR code size as a whole number of pixels.")
            )
        if self.size_px < MIN_SIZE_PX:
            raise QrOptionsError(
                translate(
                    "QrOptions",
                    "A QR code of {size_px} pixels is too small to scan; choose at least "
                    "{min_size_px} pixels.",
                ).format(size_px=self.size_px, min_size_px=MIN_SIZE_PX)
            )
        if self.size_px > MAX_SIZE_PX:
            raise QrOptionsError(
                translate(
                    "QrOptions",
                    "A QR code can be at most {max_size_px} pixels (printer dots) wide; "
                    "{size_px} is too large. Choose a smaller size or a lower resolution.",
                ).format(max_size_px=format_count(MAX_SIZE_PX), size_px=format_count(self.size_px))
            )
        if not isinstance(self.dpi, int) or not MIN_DPI <= self.dpi <= MAX_DPI:
            raise QrOptionsError(
                translate(
                    "QrOptions", "Choose a printer resolution from {min_dpi} to {max_dpi} dpi."
                ).format(min_dpi=MIN_DPI, max_dpi=MAX_DPI)
            )
        if self.error_correction not in ERROR_CORRECTIONS:
            raise QrOptionsError(
                translate(
                    "QrOptions",
                    "Choose error correction L, M, Q or H; “{error_correction}” is not a level.",
                ).format(error_correction=self.error_correction)
            )
        if not isinstance(self.border_modules, int) or self.border_modules < MIN_BORDER_MODULES:
            raise QrOptionsError(
                translate(
                    "QrOptions",
                    "Scanners need a blank border of at least {min_border_modules} squares "
                    "around the code; choose a border of 4 or more.",
                ).format(min_border_modules=MIN_BORDER_MODULES)
            )
        if self.border_modules > MAX_BORDER_MODULES:
            raise QrOptionsError(
                translate(
                    "QrOptions",
                    "A border of {border_modules} squares leaves almost no room for the code; "
                    "choose at most {max_border_modules}.",
                ).format(border_modules=self.border_modules, max_border_modules=MAX_BORDER_MODULES)
            )
        if self.caption not in CAPTIONS:
            raise QrOptionsError(
                translate(
                    "QrOptions",
                    "Choose a caption of none, title, URL, or title and URL; “{caption}” is "
                    "not one of them.",
                ).format(caption=self.caption)
            )
        if len(self.headline) > MAX_HEADLINE:
            raise QrOptionsError(
                translate(
                    "QrOptions",
                    "Keep the line above the caption to {max_headline} characters or fewer.",
                ).format(max_headline=MAX_HEADLINE)
            )
        check_colors(self.foreground, self.background)
        if self.logo is not None:
            if not self.logo:
                raise QrOptionsError(
                    translate(
                        "QrOptions", "The logo file is empty; choose a PNG, JPEG or SVG image."
                    )
                )
            if not MIN_LOGO_RATIO <= self.logo_ratio <= MAX_LOGO_RATIO + 1e-9:
                raise QrOptionsError(
                    (
                        translate(
                            "QrOptions",
                            "A logo of {ratio} of the code's width is too large: choose from "
                            "{min} to {max}, as a larger logo hides too much of the code to scan.",
                        )
                        if self.logo_ratio > MAX_LOGO_RATIO
                        else translate(
                            "QrOptions",
                            "A logo of {ratio} of the code's width is too small: choose from "
                            "{min} to {max}.",
                        )
                    ).format(
                        ratio=f"{self.logo_ratio:.0%}",
                        min=f"{MIN_LOGO_RATIO:.0%}",
                        max=f"{MAX_LOGO_RATIO:.0%}",
                    )
                )
            # A logo hides part of the code; only the highest error correction restores it.
            object.__setattr__(self, "error_correction", "H")

    @property
    def fg(self) -> Color:
        """Foreground (code) colour as RGB."""
        return parse_color(self.foreground)

    @property
    def bg(self) -> Color:
        """Background colour as RGB."""
        return parse_color(self.background)

    @property
    def width_mm(self) -> float:
        """The code's printed width (with its quiet zone and frame) in millimetres."""
        return self.size_px / self.dpi * MM_PER_INCH


def check_dots(total_modules: int, options: QrOptions) -> None:
    """Refuse a size that gives fewer than four pixels (printer dots) per square, naming
    the smallest size that works."""
    per_module = options.size_px / total_modules
    if per_module >= MIN_DOTS_PER_MODULE:
        return
    need_px = total_modules * MIN_DOTS_PER_MODULE
    need_mm = need_px / options.dpi * MM_PER_INCH
    need_mm = int(need_mm * 10 + 0.999) / 10  # rounded up to the next 0.1 mm
    raise QrOptionsError(
        translate(
            "QrOptions",
            "At {width_mm} mm and {dpi} dpi this code's squares would be {per_module} "
            "printer dots wide, too small to print sharply (at least {min_dots_per_module} are "
            "needed); choose at least {size} ({need_px} px).",
        ).format(
            width_mm=format_measure(options.width_mm),
            dpi=options.dpi,
            per_module=format_measure(per_module),
            min_dots_per_module=MIN_DOTS_PER_MODULE,
            size=describe_mm(need_mm),
            need_px=need_px,
        )
    )
