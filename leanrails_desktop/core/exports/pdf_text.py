"""PDF documents through fpdf2: embedded fonts that cover the labels' text, vector QR codes.

The main font is a system sans-serif covering Latin, Greek and Cyrillic (DejaVu Sans and
the like); a CJK font is added as a fallback when the system has one. fpdf2 embeds only the
glyphs used (subsetting), so a sheet stays small. Without any TrueType font the standard
Helvetica is used and characters outside Latin-1 become "?" rather than failing.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from leanrails_desktop.core.exports import _text
from leanrails_desktop.core.exports.qr_layout import Matrix, num, runs

if TYPE_CHECKING:
    from fpdf import FPDF

Color = tuple[int, int, int]
MAIN_FONT = "LabelSans"
CJK_FONT = "LabelCJK"
_MAIN_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
_CJK_PATHS = (
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "C:/Windows/Fonts/msgothic.ttc",
)


def _fc_match(pattern: str) -> str | None:
    program = shutil.which("fc-match")
    if program is None:
        return None
    try:
        found = subprocess.run(
            [program, "-f", "%{file}", pattern], capture_output=True, text=True, timeout=5,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return found if found.lower().endswith(".ttf") and Path(found).is_file() else None


@lru_cache(maxsize=1)
def font_files() -> tuple[str | None, str | None]:
    """The TrueType files for the main and the CJK font (either may be None)."""
    main = next((p for p in _MAIN_PATHS if Path(p).is_file()), None) or _fc_match("sans")
    cjk = next((p for p in _CJK_PATHS if Path(p).is_file() and p.endswith(".ttf")), None)
    return main, cjk or _fc_match("sans:lang=ja")


def new_document(width_mm: float, height_mm: float, title: str | None) -> FPDF:
    """An fpdf2 document in millimetres with pages of the given size and the label fonts."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format=(width_mm, height_mm))
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pdf.set_producer("LeanRails Desktop")
    pdf.set_creator("LeanRails Desktop")
    if title:
        pdf.set_title(title)
    main, cjk = font_files()
    if main is not None:
        pdf.add_font(MAIN_FONT, "", main)
        if cjk is not None:
            pdf.add_font(CJK_FONT, "", cjk)
        pdf.set_font(MAIN_FONT, size=10)
    else:
        pdf.set_font("Helvetica", size=10)
    return pdf


def finish(pdf: FPDF) -> bytes:
    """The document's bytes."""
    return bytes(pdf.output())


def close_fonts(pdf: FPDF) -> None:
    """Close the font files fpdf2 opened: fontTools reads them lazily and keeps them open
    until the collector finds them otherwise (call it when the document is done with,
    written or not)."""
    for font in pdf.fonts.values():
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.close()


def printable(pdf: FPDF, text: str) -> str:
    """``text`` on one line, limited to what the document's fonts can show."""
    text = _text.clean(text)
    if pdf.font_family.lower() == "helvetica":
        return text.encode("latin-1", "replace").decode("latin-1")
    return text


def _runs(pdf: FPDF, text: str) -> list[tuple[str, str]]:
    """``text`` split into (font family, piece): the main font where it has the glyph, the
    CJK font where only that one has it."""
    main = pdf.fonts.get(MAIN_FONT.lower())
    cjk = pdf.fonts.get(CJK_FONT.lower())
    if main is None or cjk is None:
        return [(pdf.font_family, text)]
    main_map, cjk_map = getattr(main, "cmap", {}), getattr(cjk, "cmap", {})
    if all(ord(ch) in main_map for ch in text):
        return [(MAIN_FONT, text)]
    pieces: list[tuple[str, str]] = []
    for ch in text:
        family = CJK_FONT if ord(ch) not in main_map and ord(ch) in cjk_map else MAIN_FONT
        if pieces and pieces[-1][0] == family:
            pieces[-1] = (family, pieces[-1][1] + ch)
        else:
            pieces.append((family, ch))
    return pieces


def text_width(pdf: FPDF, text: str) -> float:
    """The width of ``text`` in mm, each piece in the font that draws it."""
    pieces = _runs(pdf, text)
    if len(pieces) == 1 and pieces[0][0].lower() == pdf.font_family:
        return float(pdf.get_string_width(text))
    size = pdf.font_size_pt
    total = 0.0
    for family, piece in pieces:
        pdf.set_font(family, size=size)
        total += pdf.get_string_width(piece)
    pdf.set_font(MAIN_FONT if MAIN_FONT.lower() in pdf.fonts else pdf.font_family, size=size)
    return total


def draw_text(pdf: FPDF, text: str, x: float, baseline: float) -> None:
    """One line of real text from ``x`` on ``baseline``, switching to the CJK font where
    the main font has no glyph."""
    size = pdf.font_size_pt
    for family, piece in _runs(pdf, text):
        pdf.set_font(family, size=size)
        pdf.text(x, baseline, piece)
        x += pdf.get_string_width(piece)
    pdf.set_font(MAIN_FONT if MAIN_FONT.lower() in pdf.fonts else pdf.font_family, size=size)


def elide(pdf: FPDF, text: str, max_width: float) -> str:
    """``text`` shortened with "…" to at most ``max_width`` in the current font."""
    text = printable(pdf, text)
    if text_width(pdf, text) <= max_width:
        return text
    ellipsis = "…" if pdf.font_family.lower() != "helvetica" else "..."
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if text_width(pdf, text[:mid].rstrip() + ellipsis) <= max_width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ellipsis if low else ellipsis


def centred_text(pdf: FPDF, text: str, centre_x: float, baseline: float) -> None:
    """Draw one line of real text centred on ``centre_x`` with its baseline at ``baseline``."""
    if text:
        draw_text(pdf, text, centre_x - text_width(pdf, text) / 2, baseline)


def draw_matrix(
    pdf: FPDF, matrix: Matrix, left: float, top: float, module: float, color: Color
) -> None:
    """The QR modules as vector rectangles (mm), top-left module at (``left``, ``top``).

    Every module goes into one path filled once, so renderers that anti-alias leave no
    hairlines between neighbours; written as raw operators, as 500 codes of a few hundred
    rectangles each would be slow through one call per rectangle.
    """
    k = pdf.k
    r, g, b = (num(c / 255) for c in color)
    transform = (
        f"{num(module * k)} 0 0 {num(-module * k)} {num(left * k)} {num((pdf.h - top) * k)} cm"
    )
    parts = ["q", f"{r} {g} {b} rg", transform]
    parts.extend(f"{x} {y} {length} 1 re" for y, x, length in runs(matrix))
    parts.append("f Q")
    pdf._out("\n".join(parts))
