"""The preview pane: the hosted checkout page as the customer will see it, and for a saved
link its address and QR code with copy and save buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.core.preview import CheckoutPreview
from leanrails_desktop.ui.text import PlainLabel, left_to_right, plain_label
from leanrails_desktop.ui.views import theme
from leanrails_desktop.ui.views.icons import icon

DESKTOP_WIDTH = 480
MOBILE_WIDTH = 320
QR_PREVIEW_PX = 120


def _label(text: str, *, role: str = "", style: str = "", wrap: bool = True) -> PlainLabel:
    label = plain_label(text, role=role)
    label.setWordWrap(wrap)
    if role:
        label.setObjectName(role)
    if style:
        label.setStyleSheet(style)
    return label


def _fake_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setReadOnly(True)
    field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    field.setAccessibleName(
        translate("PreviewPane", "Checkout field: {placeholder}").format(placeholder=placeholder)
    )
    return field


class PreviewPane(QWidget):
    """Renders a :class:`CheckoutPreview`; emits requests for the share buttons."""

    copy_link_requested = Signal()
    copy_qr_requested = Signal()
    save_qr_requested = Signal()
    share_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PreviewPane", "Checkout preview"))
        self._preview: CheckoutPreview | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        heading = _label(translate("PreviewPane", "Preview"), style=theme.BOLD, wrap=False)
        bar.addWidget(heading)
        bar.addStretch(1)
        self.desktop_button = QToolButton()
        self.desktop_button.setText(translate("PreviewPane", "Desktop"))
        self.desktop_button.setCheckable(True)
        self.desktop_button.setChecked(True)
        self.desktop_button.setAccessibleName(translate("PreviewPane", "Preview at desktop width"))
        self.mobile_button = QToolButton()
        self.mobile_button.setText(translate("PreviewPane", "Mobile"))
        self.mobile_button.setCheckable(True)
        self.mobile_button.setAccessibleName(translate("PreviewPane", "Preview at mobile width"))
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
        # Narrower than the card can be, the page scrolls sideways rather than clipping.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setAccessibleName(translate("PreviewPane", "Checkout page preview"))
        canvas = QWidget()
        canvas.setObjectName("previewCanvas")
        # No alignment on the layout: each part takes the pane's width up to its maximum,
        # centred, and wraps its text to fit.
        canvas_layout = QVBoxLayout(canvas)
        self.card = QFrame()
        self.card.setObjectName("checkoutCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setSpacing(8)
        canvas_layout.addWidget(self.card)
        self.after_note = _label(
            "", role=translate("PreviewPane", "After payment"), style=theme.QUIET
        )
        self.after_note.setMaximumWidth(DESKTOP_WIDTH)
        canvas_layout.addWidget(self.after_note)
        canvas_layout.addStretch(1)
        scroll.setWidget(canvas)
        outer.addWidget(scroll, 1)
        self.page_scroll = scroll

        # The share box stays below the page, so its buttons are always in view.
        self.share = QFrame()
        self.share.setObjectName("shareBox")
        self.share.setStyleSheet(theme.SHARE_BOX)
        share_layout = QVBoxLayout(self.share)
        share_layout.setContentsMargins(10, 6, 10, 8)
        share_layout.setSpacing(4)
        self.url_label = plain_label(role=translate("PreviewPane", "Link address"))
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setWordWrap(True)
        left_to_right(self.url_label)
        self.qr_label = QLabel()
        self.qr_label.setAccessibleName(translate("PreviewPane", "QR code of the link"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setFixedSize(QSize(QR_PREVIEW_PX, QR_PREVIEW_PX))
        self.copy_link_button = QPushButton(translate("PreviewPane", "Copy &link"))
        self.copy_link_button.setAccessibleName(translate("PreviewPane", "Copy link"))
        self.copy_qr_button = QPushButton(translate("PreviewPane", "Copy &QR"))
        self.copy_qr_button.setAccessibleName(translate("PreviewPane", "Copy QR code image"))
        self.save_qr_button = QPushButton(translate("PreviewPane", "Save QR…"))
        self.save_qr_button.setAccessibleName(translate("PreviewPane", "Save QR code"))
        self.share_button = QPushButton(translate("PreviewPane", "Share…"))
        self.share_button.setAccessibleName(translate("PreviewPane", "Share the link"))
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for button, name in (
            (self.copy_link_button, "copy"),
            (self.copy_qr_button, "qr"),
            (self.save_qr_button, "qr-save"),
            (self.share_button, ""),
        ):
            if name:
                button.setIcon(icon(name))
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            buttons.addWidget(button)
        self.scan_label = plain_label(role=translate("PreviewPane", "Scan check"))
        self.scan_label.setWordWrap(True)
        buttons.addWidget(self.scan_label)
        buttons.addStretch(1)
        # Buttons beside the code when the pane is wide enough for their words (which are
        # longer in some languages), under it otherwise.
        self._code_row = code_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        code_row.setSpacing(8)
        code_row.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        code_row.addLayout(buttons)
        code_row.addStretch(1)
        self._share_buttons = buttons
        share_layout.addWidget(_label(translate("PreviewPane", "Share"), style=theme.BOLD))
        share_layout.addWidget(self.url_label)
        share_layout.addLayout(code_row)
        outer.addWidget(self.share)

        self.copy_link_button.clicked.connect(self.copy_link_requested)
        self.copy_qr_button.clicked.connect(self.copy_qr_requested)
        self.save_qr_button.clicked.connect(self.save_qr_requested)
        self.share_button.clicked.connect(self.share_requested)
        self.desktop_button.toggled.connect(self._width_changed)
        self._width_changed()
        self._build_card()
        self.set_share(None, None)
        self.show_preview(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_share_buttons()

    def _place_share_buttons(self) -> None:
        margins = self.share.contentsMargins()
        beside = (
            QR_PREVIEW_PX
            + self._code_row.spacing()
            + self._share_buttons.sizeHint().width()
            + margins.left()
            + margins.right()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= beside
            else QBoxLayout.Direction.TopToBottom
        )
        if self._code_row.direction() != direction:
            self._code_row.setDirection(direction)

    def _width_changed(self) -> None:
        width = DESKTOP_WIDTH if self.desktop_button.isChecked() else MOBILE_WIDTH
        self.card.setMaximumWidth(width)
        self.after_note.setMaximumWidth(width)

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

    def set_scan_status(self, text: str) -> None:
        """What the scan check found for the code shown ("Scans ✓" or why not); "" hides it."""
        self.scan_label.setText(text)
        self.scan_label.setVisible(bool(text))

    def _build_card(self) -> None:
        """The card's widgets, made once; :meth:`show_preview` fills them in place (a
        rebuild per keystroke cost the GUI thread tens of milliseconds)."""
        layout = self.card_layout
        self.hint = _label(
            translate("PreviewPane", "The checkout page appears here as you type."),
            role=translate("PreviewPane", "Preview hint"),
            style=theme.QUIET,
        )
        self.title_label = _label(
            "", role=translate("PreviewPane", "Preview title"), style=theme.PREVIEW_TITLE
        )
        self.paused_icon = QLabel()
        self.paused_icon.setPixmap(icon("deactivate").pixmap(QSize(40, 40)))
        self.paused_icon.setAccessibleName(translate("PreviewPane", "Switched off"))
        self.inactive_label = _label(
            "", role=translate("PreviewPane", "Preview inactive message"), style="font-size: 11pt;"
        )
        self.description_label = _label(
            "", role=translate("PreviewPane", "Preview description"), style=theme.QUIET
        )
        self.lines_box = QWidget()
        self.lines_grid = QGridLayout(self.lines_box)
        self.lines_grid.setContentsMargins(0, 0, 0, 0)
        self.lines_grid.setHorizontalSpacing(12)
        self.lines_grid.setColumnStretch(0, 1)
        self._line_labels: list[tuple[PlainLabel, PlainLabel, PlainLabel]] = []
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.total_box = QWidget()
        total_row = QHBoxLayout(self.total_box)
        total_row.setContentsMargins(0, 0, 0, 0)
        total_row.addWidget(_label(translate("PreviewPane", "Total"), style=theme.BOLD, wrap=False))
        total_row.addStretch(1)
        self.total_label = _label(
            "", role=translate("PreviewPane", "Preview total"), style=theme.TOTAL, wrap=False
        )
        left_to_right(self.total_label)
        total_row.addWidget(self.total_label)
        self.payment_fields = [
            _fake_field(translate("PreviewPane", "Email")),
            _fake_field(translate("PreviewPane", "Card number    MM / YY    CVC")),
        ]
        self.billing_box = QWidget()
        billing = QVBoxLayout(self.billing_box)
        billing.setContentsMargins(0, 0, 0, 0)
        billing.addWidget(_label(translate("PreviewPane", "Billing address"), style=theme.BOLD))
        billing.addWidget(_fake_field(translate("PreviewPane", "Full name")))
        billing.addWidget(_fake_field(translate("PreviewPane", "Address")))
        city = QHBoxLayout()
        city.addWidget(_fake_field(translate("PreviewPane", "City")))
        city.addWidget(_fake_field(translate("PreviewPane", "Postal code")))
        billing.addLayout(city)
        billing.addWidget(_fake_field(translate("PreviewPane", "Country")))
        self.promo_field = _fake_field(translate("PreviewPane", "Add promotion code"))
        self.checkout_button = QPushButton()
        self.checkout_button.setObjectName("checkoutButton")
        self.checkout_button.setAccessibleDescription(
            translate("PreviewPane", "Preview checkout button")
        )
        self.checkout_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checkout_button.setStyleSheet(theme.CHECKOUT_BUTTON)
        for widget in (
            self.hint,
            self.title_label,
            self.paused_icon,
            self.inactive_label,
            self.description_label,
            self.lines_box,
            self.rule,
            self.total_box,
            *self.payment_fields,
            self.billing_box,
            self.promo_field,
            self.checkout_button,
        ):
            layout.addWidget(widget)

    def _show_lines(self, preview: CheckoutPreview) -> None:
        while len(self._line_labels) < len(preview.lines):
            row = len(self._line_labels)
            labels = (
                _label(
                    "",
                    role=translate("PreviewPane", "Preview item {number}").format(number=row + 1),
                ),
                _label("", wrap=False),
                _label(
                    "",
                    role=translate("PreviewPane", "Preview item {number} amount").format(
                        number=row + 1
                    ),
                    wrap=False,
                ),
            )
            labels[2].setAlignment(Qt.AlignmentFlag.AlignRight)
            left_to_right(labels[2])
            for column, label in enumerate(labels):
                self.lines_grid.addWidget(label, row, column)
            self._line_labels.append(labels)
        for row, labels in enumerate(self._line_labels):
            if row < len(preview.lines):
                line = preview.lines[row]
                labels[0].setText(line.label)
                labels[1].setText(f"× {line.quantity}")
                labels[2].setText(preview.format(line.amount))
            for label in labels:
                label.setVisible(row < len(preview.lines))

    def show_preview(self, preview: CheckoutPreview | None) -> None:
        """Show the checkout page for ``preview`` (None: nothing to show)."""
        self._preview = preview
        active = preview is not None and preview.active
        inactive = preview is not None and not preview.active
        self.hint.setVisible(preview is None)
        self.title_label.setVisible(preview is not None)
        self.paused_icon.setVisible(inactive)
        self.inactive_label.setVisible(inactive)
        self.description_label.setVisible(active and bool(preview and preview.description))
        for widget in (self.lines_box, self.rule, self.total_box, *self.payment_fields):
            widget.setVisible(active)
        self.billing_box.setVisible(active and bool(preview and preview.billing_address))
        self.promo_field.setVisible(active and bool(preview and preview.promotion_codes))
        self.checkout_button.setVisible(active)
        if preview is None:
            self.after_note.setText("")
            return
        self.title_label.setText(preview.title)
        if inactive:
            self.inactive_label.setText(preview.inactive_message)
            self.after_note.setText(
                translate(
                    "PreviewPane", "This link is switched off; visitors see only this message."
                )
            )
            return
        self.description_label.setText(preview.description or "")
        self._show_lines(preview)
        self.total_label.setText(preview.total_text)
        amount = f" {preview.total_text}" if preview.total is not None else ""
        # "&" would be taken as a keyboard mnemonic on a button: doubled, it shows as itself.
        self.checkout_button.setText(f"{preview.button_text}{amount}".replace("&", "&&"))
        self.checkout_button.setAccessibleName(f"{preview.button_text}{amount}")
        note = preview.after_completion
        if preview.limit is not None:
            stops = translate("PreviewPane", "The link stops accepting payments after {limit}.")
            note += "\n" + stops.format(limit=format_count(preview.limit))
        self.after_note.setText(note)

    def button_text(self) -> str:
        """The checkout button's text as shown ("" when it is hidden)."""
        if self.checkout_button.isHidden():
            return ""
        return self.checkout_button.text().replace("&&", "&")

    def visible_texts(self) -> list[str]:
        """Every text shown on the checkout card, top to bottom (tests and screen readers)."""
        return [
            label.text()
            for label in self.card.findChildren(QLabel)
            if label.text() and label.isVisibleTo(self.card)
        ]
