"""The Share dialog on a real sandbox: the link tagged per channel copied exactly, a hostile
title shown as text, the embed code, the email draft handed to the mail program, several
channels at once, and the choices remembered per account (pytest-qt, offscreen)."""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fit_helpers import settle, squeezed
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports.qr import QrOptions
from leanrails_desktop.core.links.sharing import campaign_for, email_draft, with_utm
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.controllers.share import ShareDialogController

pytestmark = pytest.mark.gui

HOSTILE = '<script>alert(1)</script>" onmouseover="x & <b>bold</b>'


def open_share(qtbot: QtBot, window: AppWindow, api: LeanRailsClient, title: str) -> tuple[
    CheckoutLink, ShareDialogController
]:
    link = api.checkout_links.create(
        title=title, line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}]
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=30_000)
    window.list_pane.select_link(link.id)
    qtbot.waitUntil(lambda: window.commands.share_action.isEnabled(), timeout=5_000)
    window.commands.share_action.trigger()
    share = window.share.share_dialog
    assert share is not None
    qtbot.waitUntil(lambda: share.dialog.isVisible(), timeout=5_000)
    return link, share


def choose(share: ShareDialogController, key: str) -> None:
    combo = share.dialog.channel
    combo.setCurrentIndex(combo.findData(key))


def wait_embed(qtbot: QtBot, share: ShareDialogController) -> None:
    qtbot.waitUntil(
        lambda: bool(share.embed_code) and share.tagged in share.embed_code.replace("&amp;", "&"),
        timeout=10_000,
    )


def test_copy_puts_the_exact_tagged_url_on_the_clipboard(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link, share = open_share(qtbot, window, api, HOSTILE)
    dialog = share.dialog
    choose(share, "instagram")
    expected = with_utm(link.url, "instagram", "social", campaign_for(HOSTILE))
    assert dialog.url_field.toPlainText() == expected
    assert dialog.source.isReadOnly() and dialog.source.text() == "instagram"
    dialog.copy_link_button.click()
    assert QGuiApplication.clipboard().text() == expected

    # The campaign as typed, spaces and all, goes into the URL encoded.
    dialog.campaign.clear()
    qtbot.keyClicks(dialog.campaign, "Spring & Summer")
    assert parse_qs(urlsplit(dialog.url_field.toPlainText()).query)["utm_campaign"] == [
        "Spring & Summer"
    ]
    dialog.copy_link_button.click()
    assert QGuiApplication.clipboard().text() == with_utm(
        link.url, "instagram", "social", "Spring & Summer"
    )


def test_a_hostile_title_is_shown_as_plain_text_and_escaped_in_the_embed_code(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    _link, share = open_share(qtbot, window, api, HOSTILE)
    dialog = share.dialog
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText
    assert dialog.heading.text() == f"Share “{HOSTILE}”"
    assert not [
        label.text()
        for label in dialog.findChildren(QLabel)
        if "<" in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]
    dialog.embed_style.setCurrentIndex(dialog.embed_style.findData("link"))
    dialog.embed_code.setCurrentIndex(dialog.embed_code.findData("img"))
    wait_embed(qtbot, share)
    shown = dialog.embed_preview.toPlainText()
    assert "<script>" not in shown and "&lt;script&gt;" in shown and "<img src=" in shown
    dialog.copy_embed_button.click()
    assert QGuiApplication.clipboard().text() == shown
    qtbot.waitUntil(lambda: dialog.qr_label.pixmap() is not None and
                    not dialog.qr_label.pixmap().isNull(), timeout=10_000)


class MailCatcher(QObject):
    """Stands in for the mail program: the URL QDesktopServices would hand it."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_email_hands_the_encoded_draft_to_the_mail_program(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link, share = open_share(qtbot, window, api, "Café & “Crème” #1")
    choose(share, "email")
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    try:
        share.dialog.email_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    tagged = with_utm(link.url, "email", "email", campaign_for(link.title))
    assert len(catcher.urls) == 1
    sent = bytes(catcher.urls[0].toEncoded().data()).decode("ascii")
    assert sent == email_draft(tagged, link.title).url
    assert "%20" in sent and "%0D%0A" in sent


def test_custom_tags_refusals_and_remembered_choices(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link, share = open_share(qtbot, window, api, "Poster")
    dialog = share.dialog
    choose(share, "custom")
    assert not dialog.source.isReadOnly()
    qtbot.keyClicks(dialog.source, "partner site")
    qtbot.keyClicks(dialog.medium, "banner")
    assert dialog.url_field.toPlainText() == with_utm(link.url, "partner site", "banner", "poster")
    dialog.campaign.setText("c" * 151)
    dialog.campaign.textEdited.emit(dialog.campaign.text())
    assert dialog.problem.isVisible() and "at most 150" in dialog.problem.text()
    assert not dialog.copy_link_button.isEnabled() and dialog.url_field.toPlainText() == ""
    dialog.campaign.setText("c" * 150)
    dialog.campaign.textEdited.emit(dialog.campaign.text())
    assert not dialog.problem.isVisible() and dialog.copy_link_button.isEnabled()
    dialog.embed_code.setCurrentIndex(dialog.embed_code.findData("none"))
    dialog.close()
    qtbot.waitUntil(lambda: window.share.share_dialog is None, timeout=5_000)

    window.commands.share_action.trigger()
    again = window.share.share_dialog
    assert again is not None
    assert again.dialog.channel.currentData() == "custom"
    assert (again.dialog.source.text(), again.dialog.medium.text()) == ("partner site", "banner")
    assert again.dialog.embed_code.currentData() == "none"
    choose(again, "facebook")
    assert again.dialog.source.text() == "facebook" and again.dialog.source.isReadOnly()
    choose(again, "custom")
    assert again.dialog.source.text() == "partner site"
    again.dialog.close()
    qtbot.waitUntil(lambda: window.share.share_dialog is None, timeout=5_000)

    # Another account has its own choices.
    assert window.session is not None
    window.session.account_key = "acct_other/shop"
    window.commands.share_action.trigger()
    other = window.share.share_dialog
    assert other is not None
    assert other.dialog.channel.currentData() == "email"
    choose(other, "custom")
    assert (other.dialog.source.text(), other.dialog.medium.text()) == ("", "")
    other.dialog.close()


def test_several_channels_give_their_urls_codes_and_one_sheet(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, tmp_path: Path
) -> None:
    link, share = open_share(qtbot, window, api, "Poster")
    dialog = share.dialog
    for key, box in dialog.bulk_boxes.items():
        box.setChecked(key in ("email", "x", "print"))
    dialog.copy_all_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines == [
        f"Email: {with_utm(link.url, 'email', 'email', 'poster')}",
        f"X: {with_utm(link.url, 'x', 'social', 'poster')}",
        f"Print: {with_utm(link.url, 'print', 'qr', 'poster')}",
    ]
    prompts = window.prompts
    prompts.qr = QrOptions(format="png", size_px=256)  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "codes")  # type: ignore[attr-defined]
    dialog.save_codes_button.click()
    qtbot.waitUntil(lambda: len(list((tmp_path / "codes").glob("*.png"))) == 3, timeout=20_000)
    prompts.path = str(tmp_path / "channels")  # type: ignore[attr-defined]
    dialog.sheet_button.click()
    sheet = tmp_path / "channels.pdf"
    qtbot.waitUntil(sheet.exists, timeout=20_000)
    window.runner.wait_for_idle(10_000)
    assert sheet.read_bytes().startswith(b"%PDF")

    for box in dialog.bulk_boxes.values():
        box.setChecked(False)
    dialog.copy_all_button.click()
    assert dialog.bulk_problem.isVisible() and "at least one channel" in dialog.bulk_problem.text()


def test_preview_button_opens_it_and_it_fits_at_900_by_700(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    link = api.checkout_links.create(
        title="Premium Headphones with the travel case and a spare cable",
        line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}],
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=30_000)
    window.list_pane.select_link(link.id)
    qtbot.waitUntil(lambda: window.preview.share_button.isVisible(), timeout=10_000)
    window.preview.share_button.click()
    share = window.share.share_dialog
    assert share is not None and share.link.id == link.id
    wait_embed(qtbot, share)
    settle(qtbot)
    assert (share.dialog.width(), share.dialog.height()) == (900, 700)
    assert squeezed(share.dialog) == []
    assert all(
        widget.accessibleName()
        for widget in [share.dialog.channel, share.dialog.url_field, share.dialog.embed_preview,
                       *share.dialog.link_buttons, *share.dialog.bulk_boxes.values()]
    )


def test_copy_and_save_qr_are_the_codes_of_the_tagged_url(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, tmp_path: Path
) -> None:
    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    link, share = open_share(qtbot, window, api, "Poster")
    choose(share, "print")
    tagged = with_utm(link.url, "print", "qr", "poster")
    QGuiApplication.clipboard().clear()
    share.dialog.copy_qr_button.click()  # drawn and read back on a worker first
    qtbot.waitUntil(lambda: not QGuiApplication.clipboard().image().isNull(), timeout=10_000)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QGuiApplication.clipboard().image().save(buffer, "PNG")
    copied = Image.open(io.BytesIO(bytes(buffer.data().data())))
    assert [r.text for r in zxingcpp.read_barcodes(copied)] == [tagged]

    prompts = window.prompts
    prompts.qr = QrOptions(format="png", size_px=512)  # type: ignore[attr-defined]
    prompts.path = str(tmp_path / "print-code")  # type: ignore[attr-defined]
    share.dialog.save_qr_button.click()
    saved = tmp_path / "print-code.png"
    qtbot.waitUntil(lambda: window.exports.running is None and saved.exists(), timeout=20_000)
    assert [r.text for r in zxingcpp.read_barcodes(Image.open(saved))] == [tagged]


def test_share_is_offered_only_for_a_saved_link(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient
) -> None:
    assert not window.commands.share_action.isEnabled()
    window.commands.new_action.trigger()
    assert not window.commands.share_action.isEnabled()
    assert not window.preview.share_button.isVisibleTo(window.preview)
    window.share.share(None)
    assert window.share.share_dialog is None
