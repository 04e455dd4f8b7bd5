"""Which account the window shows: opening one (its key read on a worker, its sandbox
started), switching, adding, removing, the first-run welcome, and the keyring's health."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from leanrails_desktop.core.accounts import Account, AccountError, AccountStore
from leanrails_desktop.core.api import LeanRailsClient, RetryNotice
from leanrails_desktop.core.keystore import KeyringStatus, KeystoreError
from leanrails_desktop.core.local_sandbox import LocalSandbox, SandboxStartError, demo_key
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.core.paths import AppPaths
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.controllers.context import AppContext

if TYPE_CHECKING:
    from leanrails_desktop.ui.views.welcome import WelcomeView

_log = logging.getLogger("leanrails_desktop.app")

SANDBOX_ACCOUNT = "Local sandbox"
KEYRING_CHECK_DELAY_MS = 2000
"""With an account open, how long after start-up the keyring's health is first asked."""


def sandbox_port() -> int:
    """The bundled sandbox's fixed port (so its account's address stays the same across
    runs); ``LEANRAILS_SANDBOX_PORT`` overrides it."""
    try:
        return int(os.environ.get("LEANRAILS_SANDBOX_PORT", "48765"))
    except ValueError:
        return 48765


class AccountsController(QObject):
    """Decides which account the window shows and owns what outlives a session."""

    def __init__(
        self,
        context: AppContext,
        paths: AppPaths,
        accounts: AccountStore,
        *,
        accounts_menu: QMenu,
        can_leave: Callable[[], bool],
        show_welcome: Callable[[QWidget], None],
        forget_local: Callable[[str], None] = lambda _account_id: None,
    ) -> None:
        super().__init__(context)
        self._context = context
        self.runner = context.runner
        self._menu = accounts_menu
        self._can_leave = can_leave
        self._show_welcome = show_welcome
        self._forget_local = forget_local
        self.paths = paths
        self.accounts = accounts
        self.sandbox: LocalSandbox | None = None
        self.keyring_status: KeyringStatus | None = None
        self.current: Account | None = None
        self.welcome: WelcomeView | None = None  # imported on first run only
        self.dialogs: list[QObject] = []
        self._switch_group = QActionGroup(self)
        self.rebuild_account_menu()

    # ------------------------------------------------------------------ accounts

    def _prepare(self, account: Account) -> str:
        """Everything opening ``account`` may wait for: its sandbox, and its key from the
        keyring (a D-Bus round trip, or an unlock prompt). Returns the key."""
        if account.base_url == self._sandbox_url_for(account):
            self.start_sandbox()
        return self.accounts.key_for(account)

    def open_account(self, account: Account) -> bool:
        """Show ``account`` in the window now (start-up: nothing is on screen to freeze)."""
        try:
            key = self._prepare(account)
        except (KeystoreError, AccountError, SandboxStartError) as exc:
            self._context.prompts.warn("Account not opened", describe_error(exc))
            return False
        self._open_with_key(account, key)
        return True

    def open_account_later(self, account: Account) -> None:
        """Show ``account`` once its key is read on a worker, so a slow or locked keyring
        never freezes the window."""
        self._context.show_status(f"Opening “{account.name}”…", 10_000)

        def failed(exc: Exception) -> None:
            self._context.prompts.warn("Account not opened", describe_error(exc))
            self.rebuild_account_menu()

        self.runner.submit(
            lambda: self._prepare(account),
            lambda key: self._open_with_key(account, key),
            failed,
        )

    def _open_with_key(self, account: Account, key: str) -> None:
        base_url = account.base_url

        def make_client(on_retry: Callable[[RetryNotice], None]) -> LeanRailsClient:
            return LeanRailsClient(api_key=key, base_url=base_url, on_retry=on_retry)

        session = ApiSession(
            self.runner,
            make_client,
            account_name=account.name,
            livemode=account.is_live,
            account_key=account.local_key,
        )
        self.current = account
        self._context.set_session(session)
        self._context.settings.setValue("accounts/last", account.name)
        self.rebuild_account_menu()

    def _sandbox_url_for(self, account: Account) -> str:
        return f"http://127.0.0.1:{sandbox_port()}" if account.name == SANDBOX_ACCOUNT else ""

    def start_sandbox(self) -> str:
        """Start the bundled sandbox once (or reuse one already listening on its port)."""
        if self.sandbox is not None:
            return self.sandbox.base_url
        port = sandbox_port()
        url = f"http://127.0.0.1:{port}"
        if _sandbox_answers(url):
            return url
        self.sandbox = LocalSandbox.start(self.paths.data / "sandbox.db", port=port)
        return self.sandbox.base_url

    def open_sandbox_account(self) -> bool:
        """The 'try it' path: the bundled sandbox with demo data and an account for it."""
        try:
            url = self.start_sandbox()
            key = demo_key(url)
        except SandboxStartError as exc:
            self._context.prompts.warn("Sandbox not started", str(exc))
            return False
        account = self.accounts.find(SANDBOX_ACCOUNT)
        if account is None:
            status = self.accounts.keyring_status()
            try:
                account = self.accounts.add(
                    SANDBOX_ACCOUNT,
                    key,
                    base_url=url,
                    session_only=not status.available,
                    make_default=not self.accounts.accounts(),
                )
            except (KeystoreError, AccountError, OSError) as exc:
                self._context.prompts.warn("Sandbox account not saved", describe_error(exc))
                account = self.accounts.add_session_account(SANDBOX_ACCOUNT, key, base_url=url)
            if not status.available:
                self._context.show_status(
                    f"{status.message} The sandbox key is kept for this run only.", 20_000
                )
        return self.open_account(account)

    def rebuild_account_menu(self) -> None:
        menu = self._menu
        menu.clear()
        for action in self._switch_group.actions():
            self._switch_group.removeAction(action)
        for account in self.accounts.accounts():
            label = f"{account.name}   ({'LIVE' if account.is_live else 'test'})"
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setChecked(self.current is not None and self.current.id == account.id)
            action.triggered.connect(lambda _c=False, a=account: self._switch_to(a))
            self._switch_group.addAction(action)
            menu.addAction(action)
        menu.setEnabled(bool(self.accounts.accounts()))

    def _switch_to(self, account: Account) -> None:
        if self.current is not None and account.id == self.current.id:
            return
        if self._can_leave():
            self.open_account_later(account)
        else:
            self.rebuild_account_menu()

    def manage_accounts(self) -> None:
        from leanrails_desktop.ui.views.dialogs.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(
            self.accounts,
            self.runner,
            self._context.dialog_parent,
            keyring_status=self.keyring_status,
        )
        dialog.accounts_changed.connect(self.rebuild_account_menu)
        dialog.account_added.connect(self._account_added)
        dialog.account_removed.connect(self._account_removed)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog))
        self.dialogs.append(dialog)
        dialog.open()

    def add_first_key(self) -> None:
        from leanrails_desktop.ui.views.dialogs.add_account_dialog import AddAccountDialog

        dialog = AddAccountDialog(
            self.accounts,
            self.runner,
            self._context.dialog_parent,
            keyring_status=self.keyring_status,
        )
        dialog.account_added.connect(lambda account: self.open_account(account))
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog))
        self.dialogs.append(dialog)
        dialog.open()

    def _account_added(self, account_id: str) -> None:
        account = self.accounts.get(account_id)
        if account is not None and self._context.session is None:
            self.open_account_later(account)

    def _account_removed(self, account_id: str) -> None:
        if self.current is not None and self.current.id == account_id:
            self.current = None
            fallback = self.accounts.default()
            if fallback is None or not self.open_account(fallback):
                self._context.set_session(None)
                self.show_welcome()
        # Closed by now: what this computer kept of the account goes with it.
        self._forget_local(account_id)

    def show_welcome(self) -> None:
        from leanrails_desktop.ui.views.welcome import WelcomeView

        welcome = WelcomeView(self.keyring_status)
        welcome.add_key_requested.connect(self.add_first_key)
        welcome.sandbox_requested.connect(self.open_sandbox_account)
        self.welcome = welcome
        self._show_welcome(welcome)

    def check_keyring_later(self) -> None:
        """Ask the keyring how it is (a D-Bus round trip) off the GUI thread: at once when
        the welcome view waits to show it, otherwise once start-up has settled, so that
        importing the keyring backends does not compete with the first page of links."""

        def done(status: KeyringStatus) -> None:
            self.keyring_status = status
            if self.welcome is not None:
                self.welcome.set_keyring_status(status)

        def check() -> None:
            self.runner.submit(self.accounts.keyring_status, done, lambda exc: None)

        if self.welcome is not None:
            check()
        else:
            QTimer.singleShot(KEYRING_CHECK_DELAY_MS, self, check)

    def shutdown(self) -> None:
        self.runner.drop_all()
        self.runner.wait_for_idle(5000)
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None


def _sandbox_answers(url: str) -> bool:
    import httpx

    try:
        return httpx.get(f"{url}/_sandbox/health", timeout=0.5).status_code == 200
    except httpx.HTTPError:
        return False
