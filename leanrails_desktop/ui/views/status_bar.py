"""The status bar's small widgets: sync state, progress of a save, account and mode badge."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QStatusBar, QWidget

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views import theme


class StatusBar(QStatusBar):
    """Shows what the controllers tell it; decides nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Each label is read to screen readers as what it shows; its role is the description.
        self.sync_label = plain_label(role=translate("StatusBar", "Sync state"))
        # A fixed size: its text changes with every page, and a label whose size may change
        # makes the whole window lay itself out again (tens of ms with three panes).
        widest = self.sync_label.fontMetrics().horizontalAdvance(
            translate("StatusBar", "Offline — list as of 00:00")
        )
        self.sync_label.setFixedSize(widest + 12, self.sync_label.sizeHint().height())
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("StatusBar", "Progress"))
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.account_label = plain_label(
            translate("StatusBar", "No account"), role=translate("StatusBar", "Account")
        )
        self.mode_badge = plain_label(role=translate("StatusBar", "Mode"))
        self.addPermanentWidget(self.sync_label)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.account_label)
        self.addPermanentWidget(self.mode_badge)
        self.set_account(None, None)

    def set_sync(self, text: str) -> None:
        """The sync state, e.g. "Up to date 13:02"."""
        self.sync_label.setText(text)

    def set_busy(self, busy: bool) -> None:
        """An indefinite progress bar while a save is on its way."""
        if busy:
            self.progress.setRange(0, 0)
            self.progress.show()
        else:
            self.progress.hide()

    def set_account(self, name: str | None, livemode: bool | None) -> None:
        """The open account and its TEST / LIVE badge (None: no account)."""
        text = name if name is not None else translate("StatusBar", "No account")
        self.account_label.setText(text)
        if livemode is None:
            self.mode_badge.hide()
            return
        self.mode_badge.show()
        badge = (
            translate("StatusBar", "LIVE — real payments")
            if livemode
            else translate("StatusBar", "TEST")
        )
        self.mode_badge.setText(badge)
        self.mode_badge.setStyleSheet(theme.LIVE_BADGE if livemode else theme.TEST_BADGE)
