"""The running app: QApplication, settings, logging, the main window, and which account it
shows (a saved account, one from the environment, the bundled sandbox, or the welcome view).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from leanrails_desktop import APP_ID, APP_NAME, __version__
from leanrails_desktop.core import crashlog
from leanrails_desktop.core.accounts import AccountStore, StartupSource
from leanrails_desktop.core.locale import SETTING_KEY, choose_locale, set_locale
from leanrails_desktop.core.mirror import default_mirror_folder
from leanrails_desktop.core.paths import AppPaths, app_paths, private_file, private_folder
from leanrails_desktop.core.store import STORE_FILENAME, StoreError, open_store
from leanrails_desktop.ui.app import translations
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.controllers.accounts import AccountsController
from leanrails_desktop.ui.views.dialogs.crash_dialog import CrashReporter
from leanrails_desktop.ui.views.icons import resource_path

_log = logging.getLogger("leanrails_desktop.app")


def open_settings(paths: AppPaths) -> QSettings:
    """The app's settings file (window layout, last account, export choices). Never a key."""
    path = private_file(paths.config / "settings.ini")  # 0600 before Qt writes to it
    return QSettings(str(path), QSettings.Format.IniFormat)


def apply_locale(settings: QSettings) -> str:
    """Choose the locale amounts, dates and counts are shown in, once, before any window:
    the ``language`` setting when set, else the system's; returns the name used."""
    chosen = settings.value(SETTING_KEY, "")
    name = choose_locale(
        chosen if isinstance(chosen, str) else "", QLocale.system().name(), os.environ
    )
    _log.info("Locale: %s", name)
    chosen_name = set_locale(name)
    # Qt's own widgets (the payment limit's spin box) write numbers in the same locale.
    QLocale.setDefault(QLocale(chosen_name))
    return chosen_name


@dataclass
class RunningApp:
    """What :func:`start` built: the window, the accounts controller, the crash reporter."""

    window: AppWindow
    accounts: AccountsController
    crash_reporter: CrashReporter
    uninstall_excepthook: Callable[[], None]


def start(args: argparse.Namespace, app: QApplication) -> RunningApp:
    """Build the window and open the right account (the caller runs the loop)."""
    paths = app_paths()
    try:
        crashlog.setup_logging(paths.logs)
    except OSError as exc:  # a read-only home must not stop the app
        _log.warning("Log file not available: %s", exc)
    reporter = CrashReporter()
    uninstall_hook = crashlog.install_excepthook(reporter.report)
    settings = open_settings(paths)
    apply_locale(settings)
    translations.install(translations.chosen_locale(settings))
    store, store_notice = open_store(paths.data / STORE_FILENAME)
    runner = TaskRunner()
    window = AppWindow(settings, runner, mirror_folder=private_folder(default_mirror_folder()))
    reporter.set_parent_widget(window)
    window.set_store(store)
    accounts = AccountStore()
    controller = AccountsController(
        window.context,
        paths,
        accounts,
        accounts_menu=window.commands.accounts_menu,
        can_leave=window.confirm_leave_edits,
        show_welcome=window.show_welcome,
        forget_local=lambda account_id: _forget_local(window, account_id),
    )
    window.commands.accounts_action.triggered.connect(controller.manage_accounts)
    app.aboutToQuit.connect(controller.shutdown)
    app.aboutToQuit.connect(store.close)
    notices = [store_notice] if store_notice else []

    if args.sandbox:
        controller.open_sandbox_account()
    else:
        plan = accounts.open_at_startup(args.account, os.environ)
        if plan.notice:
            notices.append(plan.notice)
        account = plan.account if plan.source is not StartupSource.NONE else None
        if account is None or not controller.open_account(account):
            controller.show_welcome()
    controller.check_keyring_later()
    if notices:
        text = " ".join(notices)
        QTimer.singleShot(0, lambda: window.context.show_status(text, 30_000))
    return RunningApp(window, controller, reporter, uninstall_hook)


def _forget_local(window: AppWindow, account_id: str) -> None:
    """A removed account's drafts, pending keys and mirror leave this computer."""
    window.sync.forget(account_id)
    store = window.store
    if store is not None:
        try:
            store.forget_account(account_id)
        except StoreError as exc:
            _log.warning("A removed account's drafts were not deleted: %s", exc)


def run(args: argparse.Namespace) -> int:
    """Create the QApplication and the window, open the right account, run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("LeanRails")
    app.setDesktopFileName(APP_ID)
    app_icon = resource_path("icons", "app.svg")
    if app_icon.exists():
        app.setWindowIcon(QIcon(str(app_icon)))
    running = start(args, app)
    running.window.show()
    return int(app.exec())
