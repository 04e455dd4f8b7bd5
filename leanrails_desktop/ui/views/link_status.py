"""A saved link's status at the top of the editor: an icon and a sentence for on or off,
and the button that switches it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views import theme
from leanrails_desktop.ui.views.form_parts import error_label
from leanrails_desktop.ui.views.icons import icon

ICON_SIZE = QSize(18, 18)


class LinkStatusRow(QWidget):
    """Shows whether the link takes payments; its button asks to switch that."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkStatus")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 0, 8, 4)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        self.icon.setFixedSize(ICON_SIZE)
        self.label = plain_label(role=translate("LinkStatus", "Link status"))
        self.label.setWordWrap(True)
        self.toggle_button = QPushButton()
        self.toggle_button.setAccessibleName(
            translate("LinkStatus", "Deactivate or reactivate link")
        )
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label, 1)
        row.addWidget(self.toggle_button)
        column.addLayout(row)
        self.error = error_label("active")
        column.addWidget(self.error)
        self.set_active(True)

    def set_active(self, active: bool) -> None:
        """Show the link as taking payments (``active``) or switched off."""
        name = translate("LinkStatus", "Active") if active else translate("LinkStatus", "Inactive")
        self.icon.setPixmap(icon("activate" if active else "deactivate").pixmap(ICON_SIZE))
        self.icon.setAccessibleName(name)
        if active:
            self.label.setText(translate("LinkStatus", "Active — customers can pay"))
            self.label.setStyleSheet(theme.ACTIVE_STATUS)
            self.toggle_button.setText(translate("LinkStatus", "Deac&tivate…"))
        else:
            self.label.setText(
                translate("LinkStatus", "Inactive — visitors see the inactive message below")
            )
            self.label.setStyleSheet(theme.INACTIVE_STATUS)
            self.toggle_button.setText(translate("LinkStatus", "Reac&tivate"))
