"""Sharing a link: its address and QR code in the preview (drawn on a worker and kept for
the last links shown), copying the link or the QR code, opening it in the browser."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports.qr import QrOptions, render_checked
from leanrails_desktop.core.exports.qr import warm_up as warm_up_qr
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.qr_image import qr_png
from leanrails_desktop.ui.qr_settings import account_group, remembered_options
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
        self._scans: dict[str, str] = {}
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
        self._preview.set_scan_status(self._scans.get(url, "") if url else "")
        if cached is not None or not url:
            return
        options = self._code_options()
        title = link.title if link is not None else None

        def draw() -> tuple[bytes, str]:
            from leanrails_desktop.core.exports.scan_check import scan_status

            # The preview's code, and whether the code the merchant would save scans.
            return qr_png(url, PREVIEW_QR_PX), scan_status(url, options, title)

        def drawn(result: tuple[bytes, str]) -> None:
            data, status = result
            image = QImage()
            image.loadFromData(data, "PNG")
            self._images[url] = image
            self._scans[url] = status
            while len(self._images) > QR_CACHE_SIZE:
                self._scans.pop(next(iter(self._images)), None)
                self._images.pop(next(iter(self._images)))
            if self._shown is not None and self._shown.url == url:
                self._preview.set_share(url, image)
                self._preview.set_scan_status(status)

        self._context.runner.submit(
            draw, drawn, lambda exc: _log.warning("QR preview failed: %s", exc),
        )

    def _code_options(self) -> QrOptions:
        """The QR options this account last saved a code with, as a PNG."""
        with account_group(self._context.settings, self._context.account_key) as settings:
            return remembered_options(settings)

    def copy_links(self, links: list[CheckoutLink]) -> None:
        """Put the links' addresses on the clipboard, one per line."""
        if not links:
            return
        QGuiApplication.clipboard().setText("\n".join(link.url for link in links))
        what = "Link" if len(links) == 1 else f"{len(links)} links"
        self._context.show_status(f"{what} copied to the clipboard.", 4000)

    def copy_qr(self, link: CheckoutLink | None) -> None:
        """Put the link's QR code (the account's QR options, read back by the scan check on
        a worker first) on the clipboard as an image."""
        if link is None:
            return
        options = replace(self._code_options(), format="png")
        url, title = link.url, link.title

        def copied(data: bytes) -> None:
            image = QImage()
            image.loadFromData(data, "PNG")
            QGuiApplication.clipboard().setImage(image)
            self._context.show_status(f"QR code of “{title}” copied as an image.", 4000)

        def refused(exc: Exception) -> None:
            self._context.prompts.warn("QR code not copied", str(exc))

        self._context.runner.submit(
            lambda: render_checked(url, options, title), copied, refused
        )

    def open_in_browser(self, link: CheckoutLink | None) -> None:
        if link is not None and link.url:
            QDesktopServices.openUrl(QUrl(link.url))
