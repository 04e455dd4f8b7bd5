"""Exports of checkout links: QR codes, CSV, print sheets and bulk QR files.

Pure Python (qrcode, Pillow, the standard library); no Qt. Every file is written
atomically, so a failed or cancelled export never leaves a half-written file.
"""

from __future__ import annotations

from leanrails_desktop.core.exports.atomic import ExportCancelled, ExportError
from leanrails_desktop.core.exports.bulk import export_qr_folder, export_qr_zip
from leanrails_desktop.core.exports.csv import export_links_csv
from leanrails_desktop.core.exports.qr import (
    QrOptions,
    QrOptionsError,
    qr_matrix,
    render,
    render_pdf,
    render_png,
    render_svg,
    suggested_filename,
    write_qr,
)
from leanrails_desktop.core.exports.sheet import write_print_sheet

__all__ = [
    "ExportCancelled",
    "ExportError",
    "QrOptions",
    "QrOptionsError",
    "export_links_csv",
    "export_qr_folder",
    "export_qr_zip",
    "qr_matrix",
    "render",
    "render_pdf",
    "render_png",
    "render_svg",
    "suggested_filename",
    "write_print_sheet",
    "write_qr",
]
