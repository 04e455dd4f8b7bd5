"""Every dialog, in every state it can be in, gives each of its parts the room it needs:
notices it can show included, in English, German and Japanese (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fit_helpers import settle, squeezed
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.accounts import AccountStore
from leanrails_desktop.core.keystore import KeyringStatus, SecretStore
from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.views.dialogs.about_dialog import AboutDialog
from leanrails_desktop.ui.views.dialogs.accounts_dialog import AccountsDialog
from leanrails_desktop.ui.views.dialogs.add_account_dialog import AddAccountDialog
from leanrails_desktop.ui.views.dialogs.crash_dialog import CrashDialog
from leanrails_desktop.ui.views.dialogs.export_dialogs import (
    BulkQrDialog,
    CsvExportDialog,
    QrSaveDialog,
)

pytestmark = pytest.mark.gui

LONG_TITLE = "Premium Headphones with the travel case and a spare cable"


@pytest.fixture
def accounts(app_home: Path, memory_keyring: Any) -> AccountStore:
    return AccountStore()


@pytest.fixture
def no_keyring() -> KeyringStatus:
    return SecretStore(backend=fail.Keyring()).check()


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    return dialog


def add_account_states(
    qtbot: QtBot, accounts: AccountStore, runner: TaskRunner, no_keyring: KeyringStatus
) -> Iterator[tuple[str, QWidget]]:
    works = accounts.secrets.check()
    plain = AddAccountDialog(accounts, runner, keyring_status=works)
    yield "add: keyring works", shown(qtbot, plain)
    plain.advanced_button.setChecked(True)
    yield "add: advanced", plain
    plain.key_edit.setText("sk_live_" + "x" * 24)
    yield "add: live key", plain
    plain._show_error("This key was not accepted. " * 6)
    yield "add: error", plain
    plain._set_busy(True, "Checking the key with LeanRails…")
    yield "add: busy", plain
    plain._set_busy(False)

    squashed = AddAccountDialog(accounts, runner, keyring_status=no_keyring)
    yield "add: no keyring", shown(qtbot, squashed)
    squashed.session_button.show()
    squashed._show_error("LeanRails accepted the key, but it could not be saved. " * 3)
    yield "add: keep for this run", squashed
    squashed.advanced_button.setChecked(True)
    yield "add: no keyring, advanced", squashed

    later = AddAccountDialog(accounts, runner, keyring_status=works)
    shown(qtbot, later)
    later.set_keyring_status(no_keyring)
    yield "add: keyring lost after opening", later


@pytest.mark.parametrize("ui_locale", ["", "de_DE", "ja_JP"], indirect=True)
def test_dialogs_give_every_part_the_room_it_needs(
    qtbot: QtBot,
    ui_locale: str,
    accounts: AccountStore,
    runner: TaskRunner,
    no_keyring: KeyringStatus,
    tmp_path: Path,
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    states: list[tuple[str, QWidget]] = []
    problems: dict[str, list[str]] = {}

    def check(name: str, dialog: QWidget) -> None:
        settle(qtbot)
        states.append((name, dialog))
        found = squeezed(dialog)
        if found:
            problems[name] = found

    for name, dialog in add_account_states(qtbot, accounts, runner, no_keyring):
        check(name, dialog)

    empty = shown(qtbot, AccountsDialog(accounts, runner))
    check("accounts: empty", empty)
    accounts.add("My shop with a rather long name", "sk_test_" + "a" * 24)
    accounts.add("Live shop", "sk_live_" + "b" * 24)
    listed = shown(qtbot, AccountsDialog(accounts, runner))
    check("accounts: listed", listed)
    assert isinstance(listed, AccountsDialog)
    listed.status_label.setText("Removing “My shop with a rather long name”… " * 3)
    check("accounts: status", listed)
    banner = shown(qtbot, AccountsDialog(accounts, runner, keyring_status=no_keyring))
    check("accounts: no keyring", banner)
    assert isinstance(banner, AccountsDialog)
    banner.add_account()
    assert banner.add_dialog is not None
    check("accounts: add over it", banner.add_dialog)

    qr = shown(qtbot, QrSaveDialog(settings, LONG_TITLE))
    check("qr: fine", qr)
    assert isinstance(qr, QrSaveDialog)
    qr.options_form.set_colours("#ffffff", "#ffffff")
    check("qr: problem", qr)
    bulk = shown(qtbot, BulkQrDialog(settings, 0, LinkFilter.INACTIVE))
    check("bulk: sheet", bulk)
    assert isinstance(bulk, BulkQrDialog)
    bulk.to_folder.setChecked(True)
    check("bulk: files", bulk)
    bulk.options_form.set_colours("#ffffff", "#ffffff")
    check("bulk: files with a problem", bulk)
    check("csv", shown(qtbot, CsvExportDialog(settings, 2, LinkFilter.ACTIVE)))
    about = shown(qtbot, AboutDialog(open_url=lambda _url: False))
    check("about", about)
    assert isinstance(about, AboutDialog)
    about.open_folder("cache")
    check("about: folder not opened", about)
    crash = shown(qtbot, CrashDialog("Traceback…\n" * 40, tmp_path / "crash-report.txt"))
    check("crash", crash)
    assert len(states) >= 20
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
