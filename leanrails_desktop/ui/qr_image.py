"""QR codes as Qt images, for the preview pane and the clipboard."""

from __future__ import annotations

from PySide6.QtGui import QImage

from leanrails_desktop.core.exports.qr import Caption, QrOptions, render_png


def qr_png(url: str, size_px: int) -> bytes:
    """The link's QR code as PNG bytes; safe to call on a worker thread."""
    return render_png(url, QrOptions(format="png", size_px=size_px))


def qr_qimage(
    url: str, size_px: int = 512, title: str | None = None, caption: Caption = "none"
) -> QImage:
    """The link's QR code as a QImage, rendered by the export module (same pixels as a save)."""
    data = render_png(url, QrOptions(format="png", size_px=size_px, caption=caption), title=title)
    image = QImage()
    image.loadFromData(data, "PNG")
    return image
