"""The first-run view: add a secret key, or try the app on the local sandbox.

It only lays out and asks; the app decides what the two choices do.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.keystore import KeyringStatus
from leanrails_desktop.ui.views.dialogs.keyring_banner import KeyringBanner


class WelcomeView(QWidget):
    """Shown while there is no account. Emits :attr:`add_key_requested` or
    :attr:`sandbox_requested`; give it the keyring status to warn before a key is pasted."""

    add_key_requested = Signal()
    sandbox_requested = Signal()

    def __init__(
        self, keyring_status: KeyringStatus | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomeView")
        self.setAccessibleName(translate("Welcome", "Welcome"))

        self.heading = QLabel(translate("Welcome", "Welcome to LeanRails Desktop"))
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setAccessibleName(translate("Welcome", "Welcome to LeanRails Desktop"))

        self.intro = QLabel(
            translate(
                "Welcome",
                "Create checkout links, see what your customers will see, and share them as "
                "links or QR codes. How would you like to start?",
            )
        )
        self.intro.setWordWrap(True)

        self.add_key_button = QCommandLinkButton(
            translate("Welcome", "&Add your secret key"),
            translate(
                "Welcome",
                "Paste a key from your LeanRails Dashboard (sk_test_… or sk_live_…). It is kept "
                "in this computer's keyring, so you only paste it once.",
            ),
        )
        self.add_key_button.setAccessibleName(translate("Welcome", "Add your secret key"))
        self.add_key_button.setDefault(True)
        self.add_key_button.setAutoDefault(True)
        self.add_key_button.clicked.connect(self.add_key_requested)

        self.sandbox_button = QCommandLinkButton(
            translate("Welcome", "&Try it with the local sandbox"),
            translate(
                "Welcome",
                "No account needed: a practice server runs on this computer with sample links. "
                "Nothing you do there reaches LeanRails.",
            ),
        )
        self.sandbox_button.setAccessibleName(translate("Welcome", "Try it with the local sandbox"))
        self.sandbox_button.clicked.connect(self.sandbox_requested)

        self.banner = KeyringBanner()
        self.set_keyring_status(keyring_status)

        column = QWidget()
        column.setMinimumWidth(460)
        column.setMaximumWidth(640)
        inner = QVBoxLayout(column)
        inner.setSpacing(14)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addSpacing(8)
        inner.addWidget(self.add_key_button)
        inner.addWidget(self.sandbox_button)
        inner.addWidget(self.banner)

        # Stretch on both sides (not an alignment flag) so the column takes its full width
        # and wrapped text gets the height it needs.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.add_key_button, self.sandbox_button)

    def set_keyring_status(self, status: KeyringStatus | None) -> None:
        """Warn (or stop warning) that keys can't be remembered on this computer."""
        self.banner.set_status(status)
