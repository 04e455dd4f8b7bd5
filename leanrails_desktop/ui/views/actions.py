"""Every QAction of the main window, its menus, toolbar and the list's context menu.

Actions are declared once here and placed by :meth:`WindowActions.place`; what they do is
connected by the controllers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from leanrails_desktop.ui.views.icons import icon

_STD = QKeySequence.StandardKey


class WindowActions(QObject):
    """The window's commands. Each is a public ``QAction``; none is connected here."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._owner = parent
        self.new_action = self._make(
            "&New link", QKeySequence(_STD.New), "new", "Create a new checkout link"
        )
        self.save_action = self._make("&Save", QKeySequence(_STD.Save), "save", "Save the link")
        self.find_action = self._make("&Find…", QKeySequence(_STD.Find), "search", "Search links")
        self.refresh_action = self._make(
            "&Refresh", "F5", "refresh", "Bring the list up to date with LeanRails"
        )
        self.copy_link_action = self._make(
            "&Copy link", "Ctrl+Shift+C", "copy", "Copy the link's address"
        )
        self.copy_qr_action = self._make(
            "Copy &QR code", None, "qr", "Copy the QR code as an image"
        )
        self.save_qr_action = self._make(
            "Save QR code…", None, "qr-save", "Save the QR code as PNG, SVG or PDF"
        )
        self.share_action = self._make(
            "&Share…",
            "Ctrl+Shift+S",
            "",
            "Share the link: tagged per channel, embed code, email, posts",
        )
        self.activate_action = self._make("&Activate", None, "activate", "Switch the link on")
        self.deactivate_action = self._make(
            "&Deactivate…", None, "deactivate", "Switch the link off, with an optional message"
        )
        self.duplicate_action = self._make(
            "D&uplicate", "Ctrl+D", "duplicate", "Start a new link from this one"
        )
        self.change_links_action = self._make(
            "C&hange selected links…", None, "", "Set fields on all the selected links at once"
        )
        self.undo_action = self._make(
            "&Undo",
            QKeySequence(_STD.Undo),
            "",
            "Put back what the last save or bulk change changed",
        )
        self.history_action = self._make(
            "Hi&story…", None, "", "The changes made to this link from this computer"
        )
        self.open_action = self._make(
            "&Open in browser", None, "open", "Open the checkout page in your browser"
        )
        self.accounts_action = self._make(
            "&Accounts…", None, "accounts", "Add, switch or remove accounts"
        )
        self.quit_action = self._make("&Quit", "Ctrl+Q")
        self.about_action = self._make("&About")
        self.export_csv_action = self._make(
            "Links as &CSV…", "Ctrl+E", "export", "Export links to a spreadsheet"
        )
        self.import_action = self._make(
            "&Import links…", "Ctrl+I", "", "Create links from a CSV or Excel spreadsheet"
        )
        self.bulk_qr_action = self._make(
            "&QR codes and print sheet…",
            "Ctrl+Shift+E",
            "qr-save",
            "Save many QR codes, or a sheet to print",
        )
        self.accounts_menu = QMenu("Switch a&ccount", parent)
        self.accounts_menu.setObjectName("accountsMenu")
        self.toolbar = QToolBar("Main toolbar", parent)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _make(
        self,
        text: str,
        shortcut: QKeySequence | str | None = None,
        icon_name: str = "",
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self._owner)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self._owner.addAction(action)
        return action

    def place(self, window: QMainWindow) -> None:
        """Put the actions into the window's menu bar and toolbar."""
        bar = window.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_action, self.save_action])
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        export_menu = file_menu.addMenu("&Export")
        export_menu.addActions([self.export_csv_action, self.bulk_qr_action])
        file_menu.addSeparator()
        file_menu.addMenu(self.accounts_menu)
        file_menu.addAction(self.accounts_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addActions([self.copy_link_action, self.copy_qr_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        link_menu = bar.addMenu("&Link")
        link_menu.addActions(
            [
                self.duplicate_action,
                self.activate_action,
                self.deactivate_action,
                self.change_links_action,
                self.history_action,
                self.open_action,
                self.share_action,
                self.save_qr_action,
            ]
        )
        bar.addMenu("&View").addAction(self.refresh_action)
        bar.addMenu("&Help").addAction(self.about_action)
        self.toolbar.addActions(
            [
                self.new_action,
                self.save_action,
                self.refresh_action,
                self.copy_link_action,
                self.copy_qr_action,
                self.duplicate_action,
            ]
        )
        window.addToolBar(self.toolbar)

    def context_actions(self) -> list[QAction | None]:
        """The list's right-click menu (None draws a separator)."""
        return [
            self.copy_link_action,
            self.copy_qr_action,
            self.save_qr_action,
            self.share_action,
            None,
            self.activate_action,
            self.deactivate_action,
            self.change_links_action,
            self.history_action,
            None,
            self.duplicate_action,
            self.open_action,
            None,
            self.export_csv_action,
            self.bulk_qr_action,
        ]
