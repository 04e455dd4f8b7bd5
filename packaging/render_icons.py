"""Render the app icon (``resources/icons/app.svg``) to PNG, ICO and ICNS.

Run it after changing ``app.svg``, then commit what it wrote::

    .venv/bin/python packaging/render_icons.py

PNGs go to ``leanrails_desktop/resources/icons/app/app-<size>.png`` (the app and the Linux
installer use them); ``app.ico`` (Windows) and ``app.icns`` (macOS) go to ``packaging/``.
Rendering uses Qt's SVG renderer offscreen, so no display and no macOS tools are needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "leanrails_desktop" / "resources" / "icons" / "app.svg"
PNG_DIR = SOURCE.parent / "app"
ICO_PATH = ROOT / "packaging" / "windows" / "app.ico"
ICNS_PATH = ROOT / "packaging" / "macos" / "app.icns"

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""Windows icons stop at 256 px."""
ICNS_SIZES = (16, 32, 64, 128, 256, 512)
ICNS_LARGEST = 1024
"""macOS wants 512 px at 2x; it is rendered for the ICNS only, not kept as a PNG."""


def png_path(size: int) -> Path:
    """Where the PNG of ``size`` pixels lives."""
    return PNG_DIR / f"app-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, antialiased, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def to_pil(image: QImage) -> Image.Image:
    """A Pillow copy of a Qt image."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    size = (rgba.width(), rgba.height())
    data = bytes(rgba.constBits())
    return Image.frombytes("RGBA", size, data, "raw", "RGBA", rgba.bytesPerLine())


def main() -> int:
    """Write every PNG size, then the ICO and ICNS built from them."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"Cannot read {SOURCE}", file=sys.stderr)
        return 1
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        if not render(renderer, size).save(str(png_path(size))):
            print(f"Cannot write {png_path(size)}", file=sys.stderr)
            return 1
    images = {size: Image.open(png_path(size)).convert("RGBA") for size in SIZES}
    ICO_PATH.parent.mkdir(parents=True, exist_ok=True)
    largest_ico = max(ICO_SIZES)
    images[largest_ico].save(
        ICO_PATH,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest_ico],
    )
    ICNS_PATH.parent.mkdir(parents=True, exist_ok=True)
    to_pil(render(renderer, ICNS_LARGEST)).save(
        ICNS_PATH, format="ICNS", append_images=[images[s] for s in ICNS_SIZES]
    )
    for path in [*(png_path(s) for s in SIZES), ICO_PATH, ICNS_PATH]:
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
