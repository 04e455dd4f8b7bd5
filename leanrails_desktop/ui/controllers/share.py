"""Sharing a link: its address and QR code in the preview (drawn on a worker and kept for
the last links shown), copying the link or the QR code, opening it in the browser."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports.qr import warm_up as warm_up_qr
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.qr_image import qr_png, qr_qimage
from leanrails_desktop.ui.views.preview_pane import PreviewPane

_log = logging.getLogger("leanrails_desktop.ui")

PREVIEW_QR_PX = 360
QR_CACHE_SIZE = 64
QR_WARM_UP_DELAY_MS = 1000
"""After the first account opens, when the QR libraries are loaded on a worker."""


class ShareController(QObject):
    """The preview's share area and the copy / open commands."""

    def __init__(self, context: AppContext, preview: PreviewPane) -> None:
        super().__init__(context)
        self._context = context
        self._preview = preview
        self._shown: CheckoutLink | None = None
        self._images: dict[str, QImage] = {}
        self._warmed = False
        context.session_changed.connect(self._session_changed)

    def _session_changed(self, session: ApiSession | None) -> None:
        if session is not None and not self._warmed:
            self._warmed = True
            # The first link shown then gets its QR code without waiting for the libraries.
            QTimer.singleShot(
                QR_WARM_UP_DELAY_MS,
                self,
                lambda: self._context.runner.submit(warm_up_qr, None, lambda _exc: None),
            )

    def show(self, link: CheckoutLink | None) -> None:
        """Show the link's address at once and its QR code as soon as a worker drew it."""
        self._shown = link
        url = link.url if link is not None else None
        cached = self._images.get(url) if url else None
        self._preview.set_share(url, cached)
        if cached is not None or not url:
            return

        def drawn(data: bytes) -> None:
            image = QImage()
            image.loadFromData(data, "PNG")
            self._images[url] = image
            while len(self._images) > QR_CACHE_SIZE:
                self._images.pop(next(iter(self._images)))
            if self._shown is not None and self._shown.url == url:
                self._preview.set_share(url, image)

        self._context.runner.submit(
            lambda: qr_png(url, PREVIEW_QR_PX),
            drawn,
            lambda exc: _log.warning("QR preview failed: %s", exc),
        )

    def copy_links(self, links: list[CheckoutLink]) -> None:
        """Put the links' addresses on the clipboard, one per line."""
        if not links:
            return
        QGuiApplication.clipboard().setText("\n".join(link.url for link in links))
        what = "Link" if len(links) == 1 else f"{format_count(len(links))} links"
        self._context.show_status(f"{what} copied to the clipboard.", 4000)

    def copy_qr(self, link: CheckoutLink | None) -> None:
        """Put the link's QR code on the clipboard as an image."""
        if link is None:
            return
        QGuiApplication.clipboard().setImage(qr_qimage(link.url, 1024))
        self._context.show_status(f"QR code of “{link.title}” copied as an image.", 4000)

    def open_in_browser(self, link: CheckoutLink | None) -> None:
        if link is not None and link.url:
            QDesktopServices.openUrl(QUrl(link.url))
