"""Decoding QR codes with a real decoder (zbarimg), and rasterising SVG and PDF for it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


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
