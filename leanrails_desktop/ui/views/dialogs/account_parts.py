"""The Accounts dialog's parts: its questions (one object tests replace) and the Mode
column's badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from leanrails_desktop.core.accounts import Account
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.ui.text import PlainMessageBox, ask_text, warn
from leanrails_desktop.ui.views import theme


class AccountPrompts:
    """The questions the dialog asks, in one object tests can replace."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def confirm_remove(self, account: Account) -> bool:
        box = PlainMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("AccountsDialog", "Remove account"))
        box.setText(
            translate("AccountsDialog", "Remove “{name}” ({masked_key})?").format(
                name=account.name, masked_key=account.masked_key
            )
        )
        box.setInformativeText(
            translate(
                "AccountsDialog",
                "Its secret key is deleted from this computer's keyring. Your links on LeanRails "
                "are not affected; you can add the key again later.",
            )
        )
        remove = box.addButton(
            translate("AccountsDialog", "&Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    def remove_anyway(self, account: Account, problem: str) -> bool:
        box = PlainMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("AccountsDialog", "Remove account"))
        box.setText(problem)
        box.setInformativeText(
            translate(
                "AccountsDialog",
                "Remove “{name}” from the list anyway? "
                "Its key would stay in your keyring until you delete it there.",
            ).format(name=account.name)
        )
        anyway = box.addButton(
            translate("AccountsDialog", "Remove &anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway

    def new_name(self, account: Account) -> str | None:
        return ask_text(
            self.parent,
            translate("AccountsDialog", "Rename account"),
            translate("AccountsDialog", "New name:"),
            account.name,
        )

    def warn(self, title: str, text: str) -> None:
        warn(self.parent, title, text)


class ModeBadgeDelegate(QStyledItemDelegate):
    """Paints the Mode column as a badge: a red LIVE, a quiet TEST."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        live = text == translate("AccountsDialog", "LIVE")
        font = QFont(option.font)
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        metrics_width = painter.fontMetrics().horizontalAdvance(text)
        height = painter.fontMetrics().height() + 4
        rect = QRect(0, 0, metrics_width + 16, height)
        rect.moveCenter(option.rect.center())
        rect.moveLeft(option.rect.left() + 6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(theme.LIVE_RED if live else "#e0e0e0")))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("white" if live else "#333333"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), option.fontMetrics.height() + 8))
