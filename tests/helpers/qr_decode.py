"""Decoding QR codes with a real decoder (zbarimg), and rasterising SVG and PDF for it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from leanrails_desktop.core.exports.sheet import SheetGeometry


def zbarimg() -> str:
    """The decoder's path; skips (a failure in CI) where it is missing."""
    path = shutil.which("zbarimg")
    if path is None:
        pytest.skip("zbarimg not installed (Debian zbar-tools)")
    return path


def pdftoppm() -> str:
    path = shutil.which("pdftoppm")
    if path is None:
        pytest.skip("pdftoppm not installed (Debian poppler-utils)")
    return path


def decode(zbarimg: str, *images: Path) -> list[str]:
    """One decoded text per symbol found in ``images``."""
    result = subprocess.run(
        [zbarimg, "--quiet", "--raw", *map(str, images)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    # 0: symbols found; 4: none found (an empty list fails the caller's assertion).
    assert result.returncode in (0, 4), result.stderr
    return result.stdout.splitlines()


def rasterize_pdf(pdftoppm: str, pdf: Path, prefix: Path) -> list[Path]:
    subprocess.run(
        [pdftoppm, "-r", "150", "-png", str(pdf), str(prefix)],
        check=True, capture_output=True, timeout=60,
    )
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def rasterize_svg(svg: str, target: Path) -> None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(renderer.defaultSize(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert image.save(str(target))  # format from the .png suffix


def decode_sheet_cells(
    zbarimg: str, pages: list[Path], geometry: SheetGeometry, count: int, dpi: int = 150
) -> list[str]:
    """Decode a print sheet one code at a time, as a phone held over one label would.

    zbarimg scanning a whole page of 20 codes sometimes misses one that decodes at once on
    its own (seen on about 1 sheet in 4 with random URLs), so each cell is cropped out.
    """
    from PIL import Image

    scale = dpi / 72
    found: list[str] = []
    for index in range(count):
        page_number, slot = divmod(index, geometry.per_page)
        left, top = geometry.cell_origin(slot)
        height = geometry.code_size + geometry.label_height
        box = (
            int(left * scale),
            int((geometry.page_height - top) * scale),
            int((left + geometry.cell_width) * scale) + 1,
            int((geometry.page_height - top + height) * scale) + 1,
        )
        cell = pages[page_number].with_name(f"cell-{index}.png")
        with Image.open(pages[page_number]) as page:
            page.crop(box).save(cell)
        found.extend(decode(zbarimg, cell))
    return found
