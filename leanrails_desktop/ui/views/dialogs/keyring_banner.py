"""The notice shown while secret keys can't be kept in the keyring: what is wrong, the fix,
and room for a button (the Accounts dialog, the add form and the welcome view show it)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.keystore import KeyringStatus
from leanrails_desktop.ui.text import plain_label, plain_tooltip
from leanrails_desktop.ui.views import theme
from leanrails_desktop.ui.views.icons import icon


class KeyringBanner(QFrame):
    """A notice shown while keys can't be kept in the keyring; hidden when they can."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KeyringBanner")
        self.setStyleSheet(theme.KEYRING_BANNER)
        self.setAccessibleName(translate("KeyringBanner", "Keyring notice"))
        self.title = plain_label(role=translate("KeyringBanner", "Keyring notice"))
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.text = plain_label()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_row = QHBoxLayout()
        self.action_row.addStretch(1)
        self.icon = QLabel()
        self.icon.setPixmap(icon("warning").pixmap(QSize(24, 24)))
        self.icon.setAccessibleName(translate("KeyringBanner", "Warning"))
        self.icon.setFixedSize(QSize(24, 24))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(10)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addLayout(self.action_row)
        layout.addLayout(column, 1)
        self.status: KeyringStatus | None = None
        self.hide()

    def add_action(self, button: QPushButton) -> None:
        """Put a button on the banner's bottom row."""
        self.action_row.addWidget(button)

    def set_status(self, status: KeyringStatus | None) -> None:
        """Show ``status`` (hidden when the keyring works)."""
        self.status = status
        if status is None or status.available:
            self.hide()
            return
        self.title.setText(status.message)
        self.text.setText(status.fix)
        self.setAccessibleDescription(status.sentence())
        self.setToolTip(plain_tooltip(status.detail))
        self.show()
