"""The main window's layout: list, editor and preview panes in a splitter, the live banner,
the menus and toolbar (from :mod:`.actions`) and the status bar (:mod:`.status_bar`).

It lays out and remembers its layout; the controllers decide what happens.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from leanrails_desktop import APP_NAME
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from leanrails_desktop.ui.models.links_model import LinksModel
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views import theme
from leanrails_desktop.ui.views.actions import WindowActions
from leanrails_desktop.ui.views.editor_pane import EditorPane
from leanrails_desktop.ui.views.list_pane import ListPane
from leanrails_desktop.ui.views.preview_pane import PreviewPane
from leanrails_desktop.ui.views.status_bar import StatusBar

LIVE_WARNING = QT_TRANSLATE_NOOP(
    "MainWindow", "LIVE account — links you create and change here take real payments."
)


class MainWindow(QMainWindow):
    """The app's one main window, as laid out: panes, banner, menus, toolbar, status bar."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self.settings = settings
        self.model = LinksModel(self)
        self.list_pane = ListPane(self.model)
        self.editor = EditorPane()
        self.preview = PreviewPane()
        self.commands = WindowActions(self)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane, minimum, stretch in (
            # Together (with the handles) no wider than an 800-pixel screen.
            (self.list_pane, 170, 3),
            (self.editor, 360, 3),
            (self.preview, 250, 2),
        ):
            self.splitter.addWidget(pane)
            pane.setMinimumWidth(minimum)
            self.splitter.setStretchFactor(self.splitter.indexOf(pane), stretch)
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.live_banner = plain_label(translate("MainWindow", LIVE_WARNING))
        self.live_banner.setObjectName("liveBanner")
        self.live_banner.setAccessibleName(translate("MainWindow", LIVE_WARNING))
        self.live_banner.setStyleSheet(theme.LIVE_BANNER)
        self.live_banner.hide()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(0)
        holder_layout.addWidget(self.live_banner)
        holder_layout.addWidget(self.central, 1)
        self.setCentralWidget(holder)
        self.welcome: QWidget | None = None

        self.commands.place(self)
        self.list_pane.set_context_actions(self.commands.context_actions())
        self._restore_layout()

    # ------------------------------------------------------------------ account look

    def show_account(self, name: str | None, livemode: bool | None) -> None:
        """Title, status bar, banner and toolbar for the open account (None: no account)."""
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)
        self.status.set_account(name, livemode)
        self.live_banner.setVisible(bool(livemode))
        self.commands.toolbar.setStyleSheet(theme.LIVE_TOOLBAR if livemode else "")

    # ------------------------------------------------------------------ central stack

    def show_welcome(self, welcome: QWidget) -> None:
        """Show the first-run welcome view instead of the panes (until an account opens)."""
        if self.welcome is not None and self.welcome is not welcome:
            self.central.removeWidget(self.welcome)
            self.welcome.deleteLater()
        self.welcome = welcome
        if self.central.indexOf(welcome) < 0:
            self.central.addWidget(welcome)
        self.central.setCurrentWidget(welcome)

    def show_panes(self) -> None:
        """Show the list, editor and preview."""
        self.central.setCurrentWidget(self.splitter)

    def focus_search(self) -> None:
        self.list_pane.search.setFocus()
        self.list_pane.search.selectAll()

    # ------------------------------------------------------------------ layout persistence

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([460, 460, 360])

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
