"""Decoding QR codes with two real decoders (zbarimg and zxing-cpp), and rasterising SVG
and PDF for them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from leanrails_desktop.core.exports.labels import LabelTemplate


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


def zxing(*images: Path) -> list[str]:
    """One decoded text per QR code zxing-cpp finds in ``images``."""
    import zxingcpp
    from PIL import Image

    found: list[str] = []
    for path in images:
        with Image.open(path) as image:
            found.extend(b.text for b in zxingcpp.read_barcodes(
                image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode))
    return found


def both(zbarimg: str, image: Path) -> tuple[list[str], list[str]]:
    """What zbarimg and zxing-cpp each read in ``image``."""
    return decode(zbarimg, image), zxing(image)


def rasterize_pdf(pdftoppm: str, pdf: Path, prefix: Path, dpi: int = 150) -> list[Path]:
    subprocess.run(
        [pdftoppm, "-r", str(dpi), "-png", str(pdf), str(prefix)],
        check=True, capture_output=True, timeout=60,
    )
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def rasterize_svg(svg: str, target: Path) -> None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    # The file is sized in mm; draw one pixel per viewBox unit (a printer dot).
    image = QImage(renderer.viewBoxF().size().toSize(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert image.save(str(target))  # format from the .png suffix


def decode_sheet_cells(
    zbarimg: str, pages: list[Path], template: LabelTemplate, count: int, dpi: int = 150
) -> list[str]:
    """Decode a print sheet one code at a time, as a phone held over one label would.

    zbarimg scanning a whole page of 20 codes sometimes misses one that decodes at once on
    its own (seen on about 1 sheet in 4 with random URLs), so each cell is cropped out.
    """
    from PIL import Image

    scale = dpi / 25.4
    found: list[str] = []
    for index in range(count):
        page_number, slot = divmod(index, template.per_page)
        left, top, width, height = template.label_box(slot)
        box = (
            int(left * scale),
            int(top * scale),
            int((left + width) * scale) + 1,
            int((top + height) * scale) + 1,
        )
        cell = pages[page_number].with_name(f"cell-{index}.png")
        with Image.open(pages[page_number]) as page:
            page.crop(box).save(cell)
        found.extend(decode(zbarimg, cell))
    return found
