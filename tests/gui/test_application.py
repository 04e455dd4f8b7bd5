"""The app as started from the command line: first run, the sandbox, restarts, --account, env."""

from __future__ import annotations

import argparse
import logging
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.modes import PRIVATE_FILE, PRIVATE_FOLDER, mode, not_private
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leanrails_desktop.app import build_parser
from leanrails_desktop.core.accounts import AccountStore
from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.paths import app_paths
from leanrails_desktop.ui.app.application import RunningApp, open_settings, start
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.controllers.accounts import AccountsController

pytestmark = pytest.mark.gui


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Started:
    def __init__(self) -> None:
        self.apps: list[RunningApp] = []

    def __call__(self, qtbot: QtBot, *argv: str) -> tuple[AppWindow, AccountsController]:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        args: argparse.Namespace = build_parser().parse_args(list(argv))
        running = start(args, app)
        window, controller = running.window, running.accounts
        qtbot.addWidget(window)
        window.show()
        self.apps.append(running)
        return window, controller

    def stop_all(self) -> None:
        for running in reversed(self.apps):
            window = running.window
            window.set_session(None)
            running.accounts.shutdown()
            if window.store is not None:
                window.store.close()
            running.uninstall_excepthook()


@pytest.fixture
def started(app_home, memory_keyring, monkeypatch: pytest.MonkeyPatch) -> Iterator[Started]:  # type: ignore[no-untyped-def]
    from leanrails_desktop.core import crashlog

    monkeypatch.setenv("LEANRAILS_SANDBOX_PORT", str(free_port()))
    root = logging.getLogger()
    level = root.level
    made = Started()
    yield made
    made.stop_all()
    crashlog.shutdown_logging()
    root.setLevel(level)


def loaded(window: AppWindow) -> bool:
    return window.model.rowCount() > 0 and not window.model.loading


def test_first_run_welcome_then_sandbox_then_restart_signed_in(
    qtbot: QtBot, started: Started, memory_keyring  # type: ignore[no-untyped-def]
) -> None:
    window, controller = started(qtbot)
    assert controller.welcome is not None
    assert window.central.currentWidget() is controller.welcome
    assert window.session is None

    controller.welcome.sandbox_requested.emit()
    qtbot.waitUntil(lambda: loaded(window), timeout=20_000)
    assert window.session is not None and window.session.account_name == "Local sandbox"
    assert window.model.rowCount() >= 10  # the demo links
    stored = [key for (service, _user), key in memory_keyring.entries.items()
              if service == "leanrails-desktop"]
    assert len(stored) == 1 and stored[0].startswith("sk_test_")
    window.set_session(None)
    controller.shutdown()

    # A restart: signed in at once, the key read back from the keyring, no typing.
    again, again_controller = started(qtbot)
    assert again_controller.welcome is None
    qtbot.waitUntil(lambda: loaded(again), timeout=20_000)
    assert again.session is not None and again.session.account_name == "Local sandbox"


def test_account_flag_and_unknown_name(qtbot: QtBot, started: Started, sandbox) -> None:  # type: ignore[no-untyped-def]
    accounts = AccountStore()
    accounts.add("Shop A", "sk_test_" + "a" * 24, base_url=sandbox.base_url, make_default=True)
    accounts.add("Shop B", "sk_test_" + "b" * 24, base_url=sandbox.base_url)
    window, _controller = started(qtbot, "--account", "Shop B")
    assert window.session is not None and window.session.account_name == "Shop B"
    window.set_session(None)

    other, _ = started(qtbot, "--account", "Nobody")
    assert other.session is not None and other.session.account_name == "Shop A"
    qtbot.waitUntil(lambda: "Nobody" in other.statusBar().currentMessage(), timeout=3000)


def test_environment_key_opens_a_session_only_account(
    qtbot: QtBot, started: Started, sandbox, sandbox_key: str, memory_keyring,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LEANRAILS_API_KEY", f"  {sandbox_key}\n")
    monkeypatch.setenv("LEANRAILS_API_BASE", sandbox.base_url)
    window, _ = started(qtbot)
    assert window.session is not None
    qtbot.waitUntil(lambda: not window.model.loading, timeout=10_000)
    assert window.model.last_error is None
    assert [call for call in memory_keyring.calls if call[0] == "set"] == []
    assert AccountStore().accounts() == []
    # The account's name and its mode, each said once: in the menu, the title, the status bar.
    menu = [action.text() for action in window.commands.accounts_menu.actions()]
    assert len(menu) == 1
    assert menu[0].count("LEANRAILS_API_KEY") == 1
    assert menu[0].lower().count("test") == 1
    assert window.windowTitle().lower().count("test") == 0
    assert window.status.account_label.text().lower().count("test") == 0
    assert window.status.mode_badge.text().strip() == "TEST"


def test_switching_account_reads_the_key_off_the_gui_thread(
    qtbot: QtBot, started: Started, sandbox, memory_keyring  # type: ignore[no-untyped-def]
) -> None:
    import threading

    accounts = AccountStore()
    accounts.add("Shop A", "sk_test_" + "a" * 24, base_url=sandbox.base_url, make_default=True)
    second = accounts.add("Shop B", "sk_test_" + "b" * 24, base_url=sandbox.base_url)
    window, controller = started(qtbot)
    assert window.session is not None and window.session.account_name == "Shop A"
    gui = threading.get_ident()
    reads: list[int] = []
    original = memory_keyring.get_password

    def recording(service: str, username: str) -> str | None:
        reads.append(threading.get_ident())
        return original(service, username)

    memory_keyring.get_password = recording  # type: ignore[method-assign]
    controller._switch_to(second)
    qtbot.waitUntil(lambda: window.session is not None
                    and window.session.account_name == "Shop B", timeout=10_000)
    assert reads and gui not in reads
    memory_keyring.fail_with = RuntimeError("keyring gone")
    warned: list[str] = []
    window.prompts.warn = lambda title, text: warned.append(text)  # type: ignore[method-assign]
    first = accounts.find("Shop A")
    assert first is not None
    controller._switch_to(first)
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "keyring" in warned[0].lower()
    assert window.session is not None and window.session.account_name == "Shop B"


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@posix_only
@pytest.mark.usefixtures("typical_umask")
def test_settings_file_and_its_folder_are_private(app_home: Path) -> None:
    settings = open_settings(app_paths())
    settings.setValue("window/geometry", "somewhere")
    settings.sync()
    path = app_home / "config" / "settings.ini"
    assert "somewhere" in path.read_text(encoding="utf-8")
    assert mode(path) == PRIVATE_FILE
    assert mode(path.parent) == PRIVATE_FOLDER


@posix_only
@pytest.mark.usefixtures("typical_umask")
def test_settings_left_readable_by_an_older_version_are_made_private(app_home: Path) -> None:
    path = app_home / "config" / "settings.ini"
    path.parent.mkdir(mode=0o755)
    path.write_text("[accounts]\nlast=Shop\n", encoding="utf-8")
    path.chmod(0o644)
    settings = open_settings(app_paths())
    assert settings.value("accounts/last") == "Shop"
    settings.setValue("accounts/last", "Other")
    settings.sync()
    assert not_private(path.parent) == {}


@posix_only
@pytest.mark.usefixtures("typical_umask")
def test_everything_the_app_writes_is_private(
    qtbot: QtBot, started: Started, app_home: Path, memory_keyring  # type: ignore[no-untyped-def]
) -> None:
    window, _controller = started(qtbot, "--sandbox")
    qtbot.waitUntil(lambda: loaded(window), timeout=20_000)
    assert window.store is not None
    window.store.save_draft("acct_x", "d", LinkForm(title="mine"), link_id=None,
                            idempotency_key=None)
    window.settings.setValue("probe", 1)
    window.settings.sync()
    logging.getLogger("leanrails_desktop.test").warning("a line for the log")
    written = {str(p.relative_to(app_home)) for p in app_home.rglob("*")}
    expected = {"config/settings.ini", "data/local-store.sqlite3-wal", "data/sandbox.db",
                "logs/leanrails-desktop.log"}
    assert expected <= written
    loose = not_private(app_home)
    loose.pop(".")  # made by the test, not the app
    assert loose == {}, " ".join(f"{name}={bits}" for name, bits in sorted(loose.items()))


def test_removing_the_open_account_deletes_what_this_computer_kept_of_it(
    qtbot: QtBot, started: Started, app_home: Path
) -> None:
    window, controller = started(qtbot, "--sandbox")
    qtbot.waitUntil(lambda: loaded(window) and not window.sync.running, timeout=20_000)
    account = controller.current
    assert account is not None
    mirrors = app_home / "data" / "mirrors"
    assert [p.name for p in mirrors.iterdir() if p.name.endswith(".mirror.db")]
    assert window.store is not None
    window.store.save_draft(
        account.id, "d", LinkForm(title="unsent"), link_id=None, idempotency_key=None
    )

    controller.accounts.remove(account.id)
    controller._account_removed(account.id)

    assert window.session is None
    assert window.model.rowCount() == 0
    assert list(mirrors.iterdir()) == []
    assert window.store.drafts(account.id) == []
