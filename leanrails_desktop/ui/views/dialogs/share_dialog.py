"""The Share dialog: a channel with its tags, the link tagged for it and its QR code, the
ways to pass it on (copy, QR, embed code, email, a post), and several channels at once.

Layout only: the share controller fills it in and acts on its buttons.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontDatabase, QImage, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.ui.text import plain_label, shown
from leanrails_desktop.ui.views import theme
from leanrails_desktop.ui.views.icons import icon
from leanrails_desktop.ui.views.sizing import fit_to_content
from leanrails_desktop.ui.views.wheel_guard import guard_wheel

QR_PX = 150
EMBED_STYLES = (("Button", "button"), ("Plain link", "link"))
EMBED_CODES = (
    ("QR code as inline SVG", "svg"),
    ("QR code as an image (PNG inside the code)", "img"),
    ("No QR code", "none"),
)


def _button(text: str, name: str, icon_name: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    if icon_name:
        button.setIcon(icon(icon_name))
    return button


def _combo(choices: Sequence[tuple[str, str]], name: str) -> QComboBox:
    combo = QComboBox()
    for text, value in choices:
        combo.addItem(text, value)
    combo.setAccessibleName(name)
    guard_wheel(combo)
    return combo


def _field(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class ShareDialog(QDialog):
    """Widgets of the Share dialog, public for the controller; it decides nothing."""

    def __init__(
        self,
        title: str,
        channels: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``channels`` are (label, key) pairs, in the order offered."""
        super().__init__(parent)
        self.setWindowTitle("Share link")
        self.setObjectName("shareDialog")
        layout = QVBoxLayout(self)
        self.heading = plain_label(f"Share “{shown(title)}”", role="Link being shared")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(theme.EDITOR_HEADER)
        layout.addWidget(self.heading)

        # Channel and tags (left), the QR code of the tagged link (right).
        top = QHBoxLayout()
        form = QFormLayout()
        self.channel = _combo(channels, "Channel")
        self.source = _field("Source", "where it is shared, e.g. newsletter")
        self.medium = _field("Medium", "the kind of channel, e.g. email")
        self.campaign = _field("Campaign", "e.g. spring-sale")
        form.addRow("C&hannel", self.channel)
        form.addRow("&Source", self.source)
        form.addRow("&Medium", self.medium)
        form.addRow("Ca&mpaign", self.campaign)
        self.problem = plain_label(role="Problem with these tags")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.ERROR_TEXT)
        self.problem.hide()
        form.addRow(self.problem)
        # Read-only text that wraps anywhere: a long tagged URL is seen whole and selectable.
        self.url_field = QPlainTextEdit()
        self.url_field.setReadOnly(True)
        self.url_field.setAccessibleName("Link for this channel")
        self.url_field.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.url_field.setTabChangesFocus(True)
        lines = self.url_field.fontMetrics().lineSpacing() * 3
        self.url_field.setFixedHeight(lines + 2 * self.url_field.frameWidth() + 8)
        form.addRow("Link", self.url_field)
        top.addLayout(form, 1)
        self.qr_label = QLabel()
        self.qr_label.setAccessibleName("QR code of the link for this channel")
        self.qr_label.setFixedSize(QSize(QR_PX, QR_PX))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        actions = QHBoxLayout()
        self.copy_link_button = _button("&Copy link", "Copy link", "copy")
        self.copy_qr_button = _button("Copy &QR code", "Copy QR code", "qr")
        self.save_qr_button = _button("Sa&ve QR…", "Save QR code", "qr-save")
        self.email_button = _button("&Email…", "Email the link")
        self.social_button = _button("Copy text for &posts", "Copy text for social posts")
        self.link_buttons = [
            self.copy_link_button,
            self.copy_qr_button,
            self.save_qr_button,
            self.email_button,
            self.social_button,
        ]
        for button in self.link_buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        embed = QGroupBox("Embed on your website")
        embed_layout = QGridLayout(embed)
        self.embed_style = _combo(EMBED_STYLES, "Embed as")
        self.embed_code = _combo(EMBED_CODES, "QR code in the embed code")
        self.copy_embed_button = _button("Copy embed c&ode", "Copy embed code")
        self.embed_preview = QPlainTextEdit()
        self.embed_preview.setReadOnly(True)
        self.embed_preview.setTabChangesFocus(True)
        self.embed_preview.setAccessibleName("Embed code")
        self.embed_preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.embed_preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.embed_preview.setMinimumHeight(90)
        embed_layout.addWidget(self.embed_style, 0, 0)
        embed_layout.addWidget(self.embed_code, 0, 1)
        embed_layout.addWidget(self.copy_embed_button, 0, 2)
        embed_layout.setColumnStretch(3, 1)
        embed_layout.addWidget(self.embed_preview, 1, 0, 1, 4)
        layout.addWidget(embed, 1)

        bulk = QGroupBox("Several channels at once")
        bulk_layout = QVBoxLayout(bulk)
        boxes = QHBoxLayout()
        self.bulk_boxes: dict[str, QCheckBox] = {}
        for label, key in channels:
            box = QCheckBox(label)
            box.setAccessibleName(f"Include {label}")
            self.bulk_boxes[key] = box
            boxes.addWidget(box)
        boxes.addStretch(1)
        bulk_layout.addLayout(boxes)
        bulk_buttons = QHBoxLayout()
        self.copy_all_button = _button("Copy &all links", "Copy all links", "copy")
        self.save_codes_button = _button("Save QR &codes…", "Save QR codes", "qr-save")
        self.sheet_button = _button("Print s&heet…", "Print sheet")
        for button in (self.copy_all_button, self.save_codes_button, self.sheet_button):
            bulk_buttons.addWidget(button)
        bulk_buttons.addStretch(1)
        bulk_layout.addLayout(bulk_buttons)
        self.bulk_problem = plain_label(role="Problem with these channels")
        self.bulk_problem.setWordWrap(True)
        self.bulk_problem.setStyleSheet(theme.ERROR_TEXT)
        self.bulk_problem.hide()
        bulk_layout.addWidget(self.bulk_problem)
        layout.addWidget(bulk)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_content(self)
        self.resize(900, 700)

    def set_problem(self, text: str) -> None:
        """Show why the tags cannot be used (empty: hide it), and disable what needs them."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        for button in [*self.link_buttons, self.copy_embed_button]:
            button.setEnabled(not text)

    def set_bulk_problem(self, text: str) -> None:
        self.bulk_problem.setText(text)
        self.bulk_problem.setVisible(bool(text))

    def show_link(self, url: str, embed_code: str) -> None:
        """The tagged link and the embed code for it."""
        self.url_field.setPlainText(url)
        self.embed_preview.setPlainText(embed_code)

    def show_qr(self, image: QImage | None) -> None:
        if image is None or image.isNull():
            self.qr_label.clear()
            return
        self.qr_label.setPixmap(
            QPixmap.fromImage(image).scaled(
                QR_PX,
                QR_PX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def checked_channels(self) -> list[str]:
        """Keys of the channels ticked for several at once, in the order offered."""
        return [key for key, box in self.bulk_boxes.items() if box.isChecked()]
