"""Fonts, measuring and eliding for captions and labels drawn with Pillow.

A common system sans-serif (DejaVu Sans, Arial, …) is preferred because it covers accented,
Greek, Cyrillic, Hebrew and Arabic text; Pillow's own scalable default font is the fallback,
so nothing has to be bundled.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

# Pillow is imported where a font is first needed, not when the app starts.
if TYPE_CHECKING:
    from PIL import ImageFont

    Font = ImageFont.FreeTypeFont | ImageFont.ImageFont | ImageFont.TransposedFont

_CANDIDATES = (
    "DejaVuSans.ttf",
    "NotoSans-Regular.ttf",
    "LiberationSans-Regular.ttf",
    "arial.ttf",
    "Arial.ttf",
    "segoeui.ttf",
    "Helvetica.ttc",
)
ELLIPSIS = "…"
_ZWJ = "\u200d"


@lru_cache(maxsize=1)
def _font_path() -> str | None:
    from PIL import ImageFont

    for name in _CANDIDATES:
        try:
            found = ImageFont.truetype(name, 12)
        except OSError:
            continue
        path = found.path
        return path if isinstance(path, str) else name
    return None


# FreeType faces are not safe to share between threads, and exports run in workers while the
# UI may draw a preview, so each thread keeps its own fonts.
_local = threading.local()


def font(size_px: int) -> Font:
    """A sans-serif font ``size_px`` pixels high (em size)."""
    size = max(1, size_px)
    cache: dict[int, Font] = _local.__dict__.setdefault("fonts", {})
    found = cache.get(size)
    if found is None:
        found = _load_font(size)
        if len(cache) >= 64:
            cache.clear()
        cache[size] = found
    return found


def _load_font(size: int) -> Font:
    from PIL import ImageFont

    path = _font_path()
    if path is not None:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            pass
    return ImageFont.load_default(size=size)


def metrics(face: Font) -> tuple[int, int]:
    """Ascent and descent of ``face`` in pixels."""
    from PIL import ImageFont

    if isinstance(face, ImageFont.FreeTypeFont):
        return face.getmetrics()
    box = face.getbbox("Ag")
    return int(-box[1]) if box[1] < 0 else int(box[3]), 0


def width(text: str, face: Font) -> float:
    """Advance width of ``text`` in pixels."""
    return float(face.getlength(text)) if text else 0.0


def clean(text: str) -> str:
    """One line of printable text: control characters dropped, runs of whitespace one space."""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn")
    )
    return " ".join(kept.split())


def _cut_point(text: str, index: int) -> int:
    # Never split a base letter from its accent or an emoji from its joiner/modifier.
    while 0 < index < len(text):
        ch, before = text[index], text[index - 1]
        if (
            unicodedata.combining(ch)
            or ch == _ZWJ
            or before == _ZWJ
            or "\ufe00" <= ch <= "\ufe0f"
            or "\U0001f3fb" <= ch <= "\U0001f3ff"
        ):
            index -= 1
            continue
        break
    return index


def elide(text: str, face: Font, max_width: float) -> str:
    """``text`` shortened with a trailing ellipsis so it is at most ``max_width`` wide."""
    text = clean(text)
    if width(text, face) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if width(text[:mid].rstrip() + ELLIPSIS, face) <= max_width:
            low = mid
        else:
            high = mid - 1
    cut = _cut_point(text, low)
    return text[:cut].rstrip() + ELLIPSIS if cut else ELLIPSIS


def fit(text: str, size_px: int, min_size_px: int, max_width: float) -> tuple[str, int]:
    """Shrink the font from ``size_px`` towards ``min_size_px`` to fit; elide if still too wide."""
    text = clean(text)
    size = size_px
    while size > min_size_px and width(text, font(size)) > max_width:
        size -= max(1, size // 12)
    size = max(size, min_size_px)
    return elide(text, font(size), max_width), size
