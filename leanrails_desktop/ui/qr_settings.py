"""QR options as the app remembers them: per account (a settings group named after the
account), a logo read from its file (SVG drawn with Qt's SVG renderer, as the core has
none), and the options rebuilt for a copy or a preview's scan check."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, Qt
from PySide6.QtGui import QImage, QPainter

from leanrails_desktop.core.exports.qr_logo import is_svg
from leanrails_desktop.core.exports.qr_options import QrOptions, QrOptionsError, size_px_for

LOGO_RASTER_PX = 512


@contextmanager
def account_group(settings: QSettings, account_key: str) -> Iterator[QSettings]:
    """``settings`` with every key inside the open account's own group, while in use."""
    name = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in account_key)
    settings.beginGroup(f"accounts/{name or 'none'}")
    try:
        yield settings
    finally:
        settings.endGroup()


@contextmanager
def outside_group(settings: QSettings) -> Iterator[QSettings]:
    """``settings`` at its top level for a moment (for what belongs to this computer, such
    as the printer's offset, rather than to an account)."""
    group = settings.group()
    while settings.group():
        settings.endGroup()
    try:
        yield settings
    finally:
        if group:
            settings.beginGroup(group)


def _svg_png(data: bytes) -> bytes:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise QrOptionsError("The SVG logo could not be read; choose another file.")
    size = renderer.defaultSize()
    scale = LOGO_RASTER_PX / max(1, size.width(), size.height())
    image = QImage(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)),
                   QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return bytes(buffer.data().data())


def logo_bytes(path: str) -> bytes:
    """The logo file's image as PNG or JPEG bytes (an SVG drawn at 512 px); raises
    QrOptionsError with a sentence when it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise QrOptionsError(
            f"The logo file {Path(path).name} cannot be read ({exc.strerror or exc}); "
            "choose another one or remove the logo."
        ) from None
    return _svg_png(data) if is_svg(data) else data


def remembered_options(settings: QSettings) -> QrOptions:
    """The QR options last chosen (in the current settings group) as a PNG, or the defaults
    when they are missing or no longer valid."""
    value = settings.value
    try:
        unit = str(value("export/qr_size_unit", "px"))
        dpi = int(str(value("export/qr_dpi", 300)))
        amount = str(value("export/qr_size_value", value("export/qr_size", 1024)))
        logo_path = str(value("export/qr_logo", "") or "")
        return QrOptions(
            size_px=size_px_for(f"{amount}{unit}", dpi), dpi=dpi,
            error_correction=str(value("export/qr_level", "M")),  # type: ignore[arg-type]
            caption=str(value("export/qr_caption", "none")),  # type: ignore[arg-type]
            foreground=str(value("export/qr_fg", "#000000")),
            background=str(value("export/qr_bg", "#ffffff")),
            headline=str(value("export/qr_headline", "") or ""),
            frame=str(value("export/qr_frame", "false")) == "true",
            logo=logo_bytes(logo_path) if logo_path else None,
            logo_ratio=float(str(value("export/qr_logo_pct", 20))) / 100,
        )
    except (QrOptionsError, ValueError):
        return QrOptions()
