"""The preview pane: the hosted checkout page as the customer will see it, and for a saved
link its address and QR code with copy and save buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.preview import CheckoutPreview

DESKTOP_WIDTH = 480
MOBILE_WIDTH = 320
QR_PREVIEW_PX = 180


def _label(text: str, *, name: str = "", style: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    if style:
        label.setStyleSheet(style)
    return label


def _fake_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setReadOnly(True)
    field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    field.setAccessibleName(f"Checkout field: {placeholder}")
    return field


class PreviewPane(QWidget):
    """Renders a :class:`CheckoutPreview`; emits requests for the share buttons."""

    copy_link_requested = Signal()
    copy_qr_requested = Signal()
    save_qr_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Checkout preview")
        self._preview: CheckoutPreview | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        heading = _label("Preview", style="font-weight: 600;", wrap=False)
        bar.addWidget(heading)
        bar.addStretch(1)
        self.desktop_button = QToolButton()
        self.desktop_button.setText("Desktop")
        self.desktop_button.setCheckable(True)
        self.desktop_button.setChecked(True)
        self.desktop_button.setAccessibleName("Preview at desktop width")
        self.mobile_button = QToolButton()
        self.mobile_button.setText("Mobile")
        self.mobile_button.setCheckable(True)
        self.mobile_button.setAccessibleName("Preview at mobile width")
        widths = QButtonGroup(self)
        widths.setExclusive(True)
        widths.addButton(self.desktop_button)
        widths.addButton(self.mobile_button)
        bar.addWidget(self.desktop_button)
        bar.addWidget(self.mobile_button)
        outer.addLayout(bar)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName("Checkout page preview")
        canvas = QWidget()
        canvas.setObjectName("previewCanvas")
        canvas_layout = QVBoxLayout(canvas)
        canvas_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.card = QFrame()
        self.card.setObjectName("checkoutCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setSpacing(8)
        canvas_layout.addWidget(self.card)
        self.after_note = _label("", name="After payment", style="color: palette(mid);")
        self.after_note.setMaximumWidth(DESKTOP_WIDTH)
        canvas_layout.addWidget(self.after_note)

        self.share = QFrame()
        self.share.setObjectName("shareBox")
        share_layout = QVBoxLayout(self.share)
        self.url_label = QLabel()
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setAccessibleName("Link address")
        self.url_label.setWordWrap(True)
        self.qr_label = QLabel()
        self.qr_label.setAccessibleName("QR code of the link")
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setFixedSize(QSize(QR_PREVIEW_PX, QR_PREVIEW_PX))
        buttons = QHBoxLayout()
        self.copy_link_button = QPushButton("Copy &link")
        self.copy_link_button.setAccessibleName("Copy link")
        self.copy_qr_button = QPushButton("Copy &QR")
        self.copy_qr_button.setAccessibleName("Copy QR code image")
        self.save_qr_button = QPushButton("Save QR…")
        self.save_qr_button.setAccessibleName("Save QR code")
        for button in (self.copy_link_button, self.copy_qr_button, self.save_qr_button):
            buttons.addWidget(button)
        share_layout.addWidget(_label("Share", style="font-weight: 600;"))
        share_layout.addWidget(self.url_label)
        share_layout.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignHCenter)
        share_layout.addLayout(buttons)
        self.share.setMaximumWidth(DESKTOP_WIDTH)
        canvas_layout.addWidget(self.share)
        canvas_layout.addStretch(1)
        scroll.setWidget(canvas)
        outer.addWidget(scroll, 1)

        self.copy_link_button.clicked.connect(self.copy_link_requested)
        self.copy_qr_button.clicked.connect(self.copy_qr_requested)
        self.save_qr_button.clicked.connect(self.save_qr_requested)
        self.desktop_button.toggled.connect(self._width_changed)
        self._width_changed()
        self.set_share(None, None)
        self.show_preview(None)

    def _width_changed(self) -> None:
        width = DESKTOP_WIDTH if self.desktop_button.isChecked() else MOBILE_WIDTH
        self.card.setMaximumWidth(width)
        self.after_note.setMaximumWidth(width)
        self.share.setMaximumWidth(width)

    @property
    def preview(self) -> CheckoutPreview | None:
        return self._preview

    def set_share(self, url: str | None, qr_image: QImage | None) -> None:
        """Show a saved link's address and QR code, or hide the share box for new links."""
        self.share.setVisible(url is not None)
        self.url_label.setText(url or "")
        if qr_image is not None and not qr_image.isNull():
            pixmap = QPixmap.fromImage(qr_image).scaled(
                QR_PREVIEW_PX,
                QR_PREVIEW_PX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.qr_label.setPixmap(pixmap)
        else:
            self.qr_label.clear()

    def show_preview(self, preview: CheckoutPreview | None) -> None:
        """Redraw the checkout page for ``preview`` (None: nothing to show)."""
        self._preview = preview
        _empty_layout(self.card_layout)
        add = self.card_layout.addWidget
        if preview is None:
            add(
                _label(
                    "The checkout page appears here as you type.",
                    name="Preview hint",
                    style="color: palette(mid);",
                )
            )
            self.after_note.setText("")
            return
        add(_label(preview.title, name="Preview title", style="font-size: 15pt; font-weight: 600;"))
        if not preview.active:
            add(_label("⏸", style="font-size: 24pt;"))
            add(
                _label(
                    preview.inactive_message,
                    name="Preview inactive message",
                    style="font-size: 11pt;",
                )
            )
            self.after_note.setText("This link is switched off; visitors see only this message.")
            return
        if preview.description:
            add(
                _label(
                    preview.description, name="Preview description", style="color: palette(mid);"
                )
            )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, line in enumerate(preview.lines):
            grid.addWidget(_label(line.label, name=f"Preview item {row + 1}"), row, 0)
            grid.addWidget(_label(f"× {line.quantity}", wrap=False), row, 1)
            amount_label = _label(
                preview.format(line.amount), wrap=False, name=f"Preview item {row + 1} amount"
            )
            amount_label.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(amount_label, row, 2)
        grid.setColumnStretch(0, 1)
        self.card_layout.addLayout(grid)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        add(rule)
        total_row = QHBoxLayout()
        total_row.addWidget(_label("Total", style="font-weight: 600;", wrap=False))
        total_row.addStretch(1)
        total = _label(
            preview.total_text,
            name="Preview total",
            style="font-weight: 600; font-size: 12pt;",
            wrap=False,
        )
        total_row.addWidget(total)
        self.card_layout.addLayout(total_row)
        add(_fake_field("Email"))
        add(_fake_field("Card number    MM / YY    CVC"))
        if preview.billing_address:
            add(_label("Billing address", style="font-weight: 600;"))
            add(_fake_field("Full name"))
            add(_fake_field("Address"))
            city = QHBoxLayout()
            city.addWidget(_fake_field("City"))
            city.addWidget(_fake_field("Postal code"))
            self.card_layout.addLayout(city)
            add(_fake_field("Country"))
        if preview.promotion_codes:
            add(_fake_field("Add promotion code"))
        amount = f" {preview.total_text}" if preview.total is not None else ""
        button = QPushButton(f"{preview.button_text}{amount}")
        button.setObjectName("checkoutButton")
        button.setAccessibleName("Preview checkout button")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setStyleSheet(
            "QPushButton#checkoutButton { background: #3b5bdb; color: white; border: none;"
            " border-radius: 6px; padding: 10px; font-weight: 600; font-size: 11pt; }"
        )
        add(button)
        note = preview.after_completion
        if preview.limit is not None:
            note += f"\nThe link stops accepting payments after {preview.limit:,}."
        self.after_note.setText(note)

    def button_text(self) -> str:
        button = self.card.findChild(QPushButton, "checkoutButton")
        return button.text() if button is not None else ""

    def visible_texts(self) -> list[str]:
        """Every text on the checkout card, top to bottom (tests and screen readers)."""
        return [label.text() for label in self.card.findChildren(QLabel) if label.text()]


def _empty_layout(layout: QLayout) -> None:
    """Remove and delete everything in ``layout``, nested layouts included."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        nested = item.layout()
        if widget is not None:
            widget.setParent(None)  # gone from findChildren() at once, deleted later
            widget.deleteLater()
        elif nested is not None:
            _empty_layout(nested)
            nested.deleteLater()
