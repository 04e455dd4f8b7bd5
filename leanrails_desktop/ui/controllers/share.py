"""Sharing a link: its address and QR code in the preview (drawn on a worker and kept for
the last links shown), copying the link or the QR code, opening it in the browser, and the
Share dialog (the link tagged per channel, embed code, email, posts, several channels)."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports.qr import QrOptions, render_checked
from leanrails_desktop.core.exports.qr import warm_up as warm_up_qr
from leanrails_desktop.core.i18n import Context, translate
from leanrails_desktop.core.links import sharing
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.qr_image import qr_png
from leanrails_desktop.ui.qr_settings import account_group, remembered_options
from leanrails_desktop.ui.views.dialogs.share_dialog import QR_PX, ShareDialog
from leanrails_desktop.ui.views.preview_pane import PreviewPane

Share = Context("Share")

_log = logging.getLogger("leanrails_desktop.ui")

PREVIEW_QR_PX = 360
QR_CACHE_SIZE = 64
QR_WARM_UP_DELAY_MS = 1000
"""After the first account opens, when the QR libraries are loaded on a worker."""


class ShareController(QObject):
    """The preview's share area and the copy / open commands."""

    def __init__(
        self,
        context: AppContext,
        preview: PreviewPane,
        save_qr: Callable[[CheckoutLink], None] | None = None,
    ) -> None:
        """``save_qr`` asks how and where to save a link's QR code and saves it."""
        super().__init__(context)
        self._context = context
        self._preview = preview
        self._save_qr = save_qr
        self.share_dialog: ShareDialogController | None = None
        """The open Share dialog (tests reach its widgets here)."""
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
        text = Share.tr("{count} link(s) copied to the clipboard.", "", len(links))
        self._context.show_status(text.format(count=format_count(len(links))), 4000)

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
            self._context.show_status(
                translate("Share", "QR code of “{title}” copied as an image.").format(title=title),
                4000,
            )

        def refused(exc: Exception) -> None:
            self._context.prompts.warn(translate("Share", "QR code not copied"), str(exc))

        self._context.runner.submit(
            lambda: render_checked(url, options, title), copied, refused
        )

    def save_qr(self, link: CheckoutLink) -> None:
        """Ask how and where, then save the link's QR code (for its URL as given)."""
        if self._save_qr is not None:
            self._save_qr(link)

    def share(self, link: CheckoutLink | None) -> None:
        """Open the Share dialog for ``link`` (a saved link with an address)."""
        if link is None or not link.url:
            return
        if self.share_dialog is not None:
            self.share_dialog.close()
        self.share_dialog = ShareDialogController(self._context, self, link)
        self.share_dialog.dialog.finished.connect(lambda _result: self._dialog_closed())
        self.share_dialog.dialog.open()

    def _dialog_closed(self) -> None:
        if self.share_dialog is not None:
            self.share_dialog.dialog.deleteLater()
        self.share_dialog = None

    def open_in_browser(self, link: CheckoutLink | None) -> None:
        if link is not None and link.url:
            QDesktopServices.openUrl(QUrl(link.url))


def _settings_prefix(account_key: str) -> str:
    """Where the Share dialog's choices of one account are kept in the settings."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", account_key) or "no-account"
    return f"share/{safe}/"


class ShareDialogController(QObject):
    """One open Share dialog: works out the tagged link, its embed code and QR code through
    :mod:`core.links.sharing` as the merchant chooses, and carries out its buttons."""

    def __init__(self, context: AppContext, share: ShareController, link: CheckoutLink) -> None:
        super().__init__(context)
        self._context = context
        self._share = share
        self.link = link
        self._prefix = _settings_prefix(context.account_key)
        self.tagged = ""
        """The link's URL tagged for the chosen channel ("" while the tags are refused)."""
        self.embed_code = ""
        """The embed code for ``tagged`` once a worker made it."""
        self._embedded_url = ""
        self._custom = self._remembered_custom()
        self._shown_channel = ""
        channels = [(translate("Sharing", c.label), c.key) for c in sharing.CHANNELS]
        self.dialog = ShareDialog(link.title, channels, context.dialog_parent)
        self.closed = False
        """True once the dialog was closed: results still on their way are dropped."""
        dialog = self.dialog
        value = context.settings.value
        dialog.channel.setCurrentIndex(
            max(dialog.channel.findData(str(value(self._prefix + "channel", "email"))), 0)
        )
        dialog.campaign.setText(sharing.campaign_for(link.title))
        for combo, key in ((dialog.embed_style, "embed_style"), (dialog.embed_code, "embed_code")):
            index = combo.findData(str(value(self._prefix + key, "")))
            if index >= 0:
                combo.setCurrentIndex(index)
        ticked = str(value(self._prefix + "bulk", "email,instagram,facebook,x,print")).split(",")
        for key, box in dialog.bulk_boxes.items():
            box.setChecked(key in ticked)
        dialog.save_qr_button.setVisible(share._save_qr is not None)

        dialog.channel.currentIndexChanged.connect(self._channel_changed)
        for edit in (dialog.source, dialog.medium, dialog.campaign):
            edit.textEdited.connect(self._tags_edited)
        dialog.embed_style.currentIndexChanged.connect(self._refresh)
        dialog.embed_code.currentIndexChanged.connect(self._refresh)
        dialog.copy_link_button.clicked.connect(self.copy_link)
        dialog.copy_qr_button.clicked.connect(self.copy_qr)
        dialog.save_qr_button.clicked.connect(self.save_qr)
        dialog.email_button.clicked.connect(self.email)
        dialog.social_button.clicked.connect(self.copy_social_text)
        dialog.copy_embed_button.clicked.connect(self.copy_embed_code)
        dialog.copy_all_button.clicked.connect(self.copy_all_links)
        dialog.save_codes_button.clicked.connect(self.save_codes)
        dialog.sheet_button.clicked.connect(self.save_sheet)
        dialog.finished.connect(lambda _result: self._finished())
        self._channel_changed()

    # ------------------------------------------------------------------ choices

    def _remembered_custom(self) -> sharing.UtmTags:
        value = self._context.settings.value
        return sharing.UtmTags(
            str(value(self._prefix + "custom_source", "") or ""),
            str(value(self._prefix + "custom_medium", "") or ""),
        )

    def channel(self) -> sharing.Channel:
        return sharing.channel(str(self.dialog.channel.currentData()))

    def _channel_changed(self) -> None:
        dialog = self.dialog
        chosen = self.channel()
        custom = chosen.key == "custom"
        tags = self._custom if custom else sharing.tags_for(chosen, "")
        dialog.source.setText(tags.source)
        dialog.medium.setText(tags.medium)
        for edit in (dialog.source, dialog.medium):
            edit.setReadOnly(not custom)
        self._shown_channel = chosen.key
        self._refresh()

    def _tags_edited(self) -> None:
        if self._shown_channel == "custom":
            self._custom = sharing.UtmTags(self.dialog.source.text(), self.dialog.medium.text())
        self._refresh()

    def tags(self) -> sharing.UtmTags:
        """The tags as the dialog shows them."""
        dialog = self.dialog
        return sharing.UtmTags(dialog.source.text(), dialog.medium.text(), dialog.campaign.text())

    def _finished(self) -> None:
        self.closed = True
        self.remember()
        self.deleteLater()

    def remember(self) -> None:
        """Keep the channel, the custom tags and the embed and bulk choices for this account."""
        settings, prefix, dialog = self._context.settings, self._prefix, self.dialog
        settings.setValue(prefix + "channel", dialog.channel.currentData())
        settings.setValue(prefix + "custom_source", self._custom.source)
        settings.setValue(prefix + "custom_medium", self._custom.medium)
        settings.setValue(prefix + "embed_style", dialog.embed_style.currentData())
        settings.setValue(prefix + "embed_code", dialog.embed_code.currentData())
        settings.setValue(prefix + "bulk", ",".join(dialog.checked_channels()))

    def _refresh(self) -> None:
        """Tag the link as chosen; show it, then its embed code and QR code from a worker."""
        dialog = self.dialog
        try:
            tagged = sharing.tagged_url(self.link.url, self.tags())
        except sharing.ShareError as exc:
            self.tagged = ""
            self.embed_code = ""
            dialog.set_problem(str(exc))
            dialog.show_link("", "")
            dialog.show_qr(None)
            return
        dialog.set_problem("")
        self.tagged = tagged
        style = str(dialog.embed_style.currentData())
        code = str(dialog.embed_code.currentData())
        title = self.link.title
        dialog.show_link(tagged, self.embed_code if tagged == self._embedded_url else "")

        def work() -> tuple[str, bytes]:
            snippet = sharing.embed_snippet(
                tagged, title, style=style, code=code  # type: ignore[arg-type]
            )
            return snippet, qr_png(tagged, 2 * QR_PX)

        def done(result: tuple[str, bytes]) -> None:
            if self.closed or (tagged, style, code) != (self.tagged, *self._embed_choice()):
                return  # the merchant changed something meanwhile
            snippet, png = result
            self.embed_code = snippet
            self._embedded_url = tagged
            image = QImage()
            image.loadFromData(png, "PNG")
            dialog.show_link(tagged, snippet)
            dialog.show_qr(image)

        self._context.runner.submit(work, done, self._failed)

    def _embed_choice(self) -> tuple[str, str]:
        return str(self.dialog.embed_style.currentData()), str(self.dialog.embed_code.currentData())

    def _failed(self, exc: Exception) -> None:
        if not self.closed:
            self._context.show_error(exc)

    # ------------------------------------------------------------------ one channel

    def _status(self, text: str) -> None:
        self._context.show_status(text, 5000)

    def _tagged_link(self) -> CheckoutLink:
        return dataclasses.replace(self.link, url=self.tagged)

    def copy_link(self) -> None:
        if self.tagged:
            QGuiApplication.clipboard().setText(self.tagged)
            self._status(
                translate("Share", "Link for {label} copied to the clipboard.").format(
                    label=translate("Sharing", self.channel().label)
                )
            )

    def copy_qr(self) -> None:
        if self.tagged:
            self._share.copy_qr(self._tagged_link())

    def save_qr(self) -> None:
        if self.tagged:
            self._share.save_qr(self._tagged_link())

    def copy_embed_code(self) -> None:
        """Copy the embed code (made now if the worker's copy is not back yet)."""
        if not self.tagged:
            return
        style, code = self._embed_choice()
        snippet = sharing.embed_snippet(
            self.tagged, self.link.title, style=style, code=code  # type: ignore[arg-type]
        )
        QGuiApplication.clipboard().setText(snippet)
        self._status(translate("Share", "Embed code copied: paste it into your web page's HTML."))

    def email(self) -> None:
        """Open a new message with the link in the merchant's mail program."""
        if not self.tagged:
            return
        draft = sharing.email_draft(self.tagged, self.link.title)
        if QDesktopServices.openUrl(QUrl.fromEncoded(draft.url.encode("ascii"))):
            self._status(
                translate("Share", "A new message with the link was opened in your mail program.")
            )
            return
        QGuiApplication.clipboard().setText(f"{draft.subject}\n\n{draft.body}")
        self._status(
            translate("Share", "No mail program could be opened; the message was copied instead.")
        )

    def copy_social_text(self) -> None:
        if self.tagged:
            text = sharing.social_text(self.tagged, self.link.title)
            QGuiApplication.clipboard().setText(text)
            self._status(translate("Share", "Text for a post copied to the clipboard."))

    # ------------------------------------------------------------------ several channels

    def tagged_channels(self) -> list[sharing.TaggedLink]:
        """The link tagged for each ticked channel; [] (with the reason shown) if refused."""
        try:
            tagged = sharing.tag_channels(
                self.link.url,
                [sharing.channel(key) for key in self.dialog.checked_channels()],
                self.dialog.campaign.text(),
                self._custom,
            )
        except sharing.ShareError as exc:
            self.dialog.set_bulk_problem(str(exc))
            return []
        self.dialog.set_bulk_problem("")
        return tagged

    def copy_all_links(self) -> None:
        tagged = self.tagged_channels()
        if tagged:
            QGuiApplication.clipboard().setText(sharing.tagged_list_text(tagged))
            self._status(
                Share.tr("{count} link(s) copied, one per channel.", "", len(tagged)).format(
                    count=format_count(len(tagged))
                )
            )

    def save_codes(self) -> None:
        """Ask for the QR options and a folder, then save one code per ticked channel."""
        tagged = self.tagged_channels()
        if not tagged:
            return
        prompts, settings = self._context.prompts, self._context.settings
        options = prompts.qr_options(settings, self.link.title)
        if options is None:
            return
        folder = prompts.folder_path(
            translate("Share", "Choose a folder for the QR codes"), self._start_dir()
        )
        if not folder:
            return
        settings.setValue("export/bulk_dir", folder)
        title = self.link.title
        self._context.runner.submit(
            lambda: sharing.write_channel_codes(folder, tagged, title, options),
            lambda paths: self._status(
                Share.tr("{count} QR code(s) saved in {folder}.", "", len(paths)).format(
                    count=format_count(len(paths)), folder=folder
                )
            ),
            self._write_failed,
        )

    def save_sheet(self) -> None:
        """Ask where, then save a print sheet with one code per ticked channel."""
        tagged = self.tagged_channels()
        if not tagged:
            return
        name = f"{sharing.campaign_for(self.link.title)}-channels.pdf"
        start = str(Path(self._start_dir()) / name)
        path = self._context.prompts.save_path(
            translate("Share", "Save print sheet"),
            start,
            translate("Share", "PDF document (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        title = self.link.title
        self._context.runner.submit(
            lambda: sharing.write_channel_sheet(path, tagged, title),
            lambda count: self._status(
                Share.tr("Print sheet with {count} code(s) saved to {path}.", "", count).format(
                    count=format_count(count), path=path
                )
            ),
            self._write_failed,
        )

    def _start_dir(self) -> str:
        return str(self._context.settings.value("export/bulk_dir", "") or Path.home())

    def _write_failed(self, exc: Exception) -> None:
        self._context.prompts.warn(translate("Share", "Could not save"), describe_error(exc))

    def close(self) -> None:
        self.dialog.close()
