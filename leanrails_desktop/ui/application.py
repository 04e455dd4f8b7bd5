"""The running app: QApplication, settings, the main window, and which account it shows."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from leanrails_desktop import APP_ID, APP_NAME, __version__
from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.client import RetryNotice
from leanrails_desktop.core.local_sandbox import LocalSandbox, SandboxStartError
from leanrails_desktop.core.paths import AppPaths, app_paths
from leanrails_desktop.ui.icons import resource_path
from leanrails_desktop.ui.main_window import MainWindow
from leanrails_desktop.ui.session import ApiSession
from leanrails_desktop.ui.tasks import TaskRunner

DEFAULT_BASE_URL = "https://api.leanrails.com"


@dataclass(frozen=True)
class OpenAccount:
    """What the window needs to open an account: a name, where, and how to get the key."""

    name: str
    base_url: str
    key: str
    livemode: bool

    def __repr__(self) -> str:
        return (
            f"OpenAccount(name={self.name!r}, base_url={self.base_url!r}, livemode={self.livemode})"
        )


def open_settings(paths: AppPaths) -> QSettings:
    """The app's settings file (window layout, last account, export choices). Never a key."""
    paths.config.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.config / "settings.ini"), QSettings.Format.IniFormat)


class AppController(QObject):
    """Decides which account the window shows and owns the pieces that outlive a session."""

    def __init__(self, window: MainWindow, runner: TaskRunner, paths: AppPaths) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.paths = paths
        self.sandbox: LocalSandbox | None = None

    def open_account(self, account: OpenAccount) -> None:
        """Show ``account`` in the window; its key stays inside the client."""
        key, base_url = account.key, account.base_url

        def make_client(on_retry: Callable[[RetryNotice], None]) -> LeanRailsClient:
            return LeanRailsClient(api_key=key, base_url=base_url, on_retry=on_retry)

        session = ApiSession(
            self.runner, make_client, account_name=account.name, livemode=account.livemode
        )
        self.window.set_session(session)
        self.window.settings.setValue("accounts/last", account.name)

    def start_sandbox(self) -> str:
        """Start the bundled sandbox (once) and return its base URL."""
        if self.sandbox is None:
            self.sandbox = LocalSandbox.start(self.paths.data / "sandbox.db")
        return self.sandbox.base_url

    def shutdown(self) -> None:
        self.runner.drop_all()
        self.runner.wait_for_idle(5000)
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None


def run(args: argparse.Namespace) -> int:
    """Create the QApplication and the window, open the right account, run the event loop."""
    import os

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("LeanRails")
    app.setDesktopFileName(APP_ID)
    app_icon = resource_path("icons", "app.svg")
    if app_icon.exists():
        app.setWindowIcon(QIcon(str(app_icon)))
    paths = app_paths()
    settings = open_settings(paths)
    runner = TaskRunner()
    window = MainWindow(settings, runner)
    controller = AppController(window, runner, paths)
    app.aboutToQuit.connect(controller.shutdown)

    env_key = os.environ.get("LEANRAILS_API_KEY", "").strip()
    if env_key:
        base = os.environ.get("LEANRAILS_API_BASE", DEFAULT_BASE_URL).strip() or DEFAULT_BASE_URL
        controller.open_account(
            OpenAccount(
                "From environment (not saved)", base, env_key, env_key.startswith("sk_live_")
            )
        )
    elif args.sandbox:
        from leanrails_desktop.sandbox import DEMO_KEY

        try:
            url = controller.start_sandbox()
        except SandboxStartError as exc:
            QMessageBox.critical(window, "Sandbox not started", str(exc))
            return 1
        controller.open_account(OpenAccount("Sandbox (demo data)", url, DEMO_KEY, False))
    window.show()
    return int(app.exec())
