"""The Accounts dialog and the welcome view (pytest-qt, offscreen), against the real sandbox."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import keyring.errors
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.accounts import Account, AccountStore
from leanrails_desktop.core.keystore import SERVICE_NAME, SecretStore
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.views.dialogs.accounts_dialog import AccountsDialog
from leanrails_desktop.ui.views.dialogs.add_account_dialog import AddAccountDialog
from leanrails_desktop.ui.views.welcome import WelcomeView

pytestmark = pytest.mark.gui

LIVE_KEY = "sk_live_9ZyXwVuTsRqPoNmLkJiHgF12"
# ``memory_keyring`` (tests/gui/conftest.py) is a MemoryKeyring: ``entries``, ``fail_with``.


class ScriptedPrompts:
    """Answers the dialog's questions without a modal box, and records them."""

    def __init__(self) -> None:
        self.confirm = True
        self.anyway = False
        self.name: str | None = None
        self.asked: list[str] = []

    def confirm_remove(self, account: Account) -> bool:
        self.asked.append(f"remove:{account.name}")
        return self.confirm

    def remove_anyway(self, account: Account, problem: str) -> bool:
        self.asked.append(f"anyway:{problem}")
        return self.anyway

    def new_name(self, account: Account) -> str | None:
        self.asked.append(f"rename:{account.name}")
        return self.name

    def warn(self, title: str, text: str) -> None:
        self.asked.append(f"warn:{text}")


@pytest.fixture
def store(app_home: Path, memory_keyring: Any) -> AccountStore:
    return AccountStore()


def make_dialog(qtbot: QtBot, store: AccountStore, runner: TaskRunner) -> AccountsDialog:
    dialog = AccountsDialog(store, runner)
    dialog.prompts = ScriptedPrompts()  # type: ignore[assignment]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(form: AddAccountDialog, name: str, key: str, base_url: str) -> None:
    form.name_edit.setText(name)
    form.key_edit.setText(key)
    form.advanced_button.setChecked(True)
    form.base_url_edit.setText(base_url)


def all_bytes_under(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_revoked_key_shows_the_servers_answer_and_saves_nothing(
    qtbot: QtBot, store: AccountStore, runner: TaskRunner, sandbox, sandbox_key: str,  # type: ignore[no-untyped-def]
    memory_keyring: Any, app_home: Path,
) -> None:
    sandbox.revoke_key(sandbox_key)
    dialog = make_dialog(qtbot, store, runner)
    form = dialog.add_account()
    fill(form, "My shop", sandbox_key, sandbox.base_url)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.busy and form.progress.isVisible()
    assert not form.save_button.isEnabled()
    qtbot.waitUntil(lambda: not form.busy, timeout=15_000)
    assert form.error_label.isVisible()
    assert "This key was not accepted" in form.error_label.text()
    assert "revoked" in form.error_label.text()
    assert sandbox_key[8:] not in form.error_label.text()
    assert form.isVisible()
    assert form.name_edit.text() == "My shop" and form.key_edit.text() == sandbox_key
    assert form.save_button.isEnabled()
    assert memory_keyring.entries == {}
    assert store.accounts() == []
    assert not (app_home / "config" / "accounts.json").exists()
    assert dialog.tree.topLevelItemCount() == 0 and dialog.empty_label.isVisible()


def test_good_key_against_the_sandbox_is_saved_in_the_keyring(
    qtbot: QtBot, store: AccountStore, runner: TaskRunner, sandbox, sandbox_key: str,  # type: ignore[no-untyped-def]
    memory_keyring: Any, app_home: Path,
) -> None:
    dialog = make_dialog(qtbot, store, runner)
    form = dialog.add_account()
    fill(form, "Sandbox shop", f'  "{sandbox_key}"\n', sandbox.base_url)
    with qtbot.waitSignal(dialog.account_added, timeout=15_000) as added:
        form.save_button.click()
    account = store.get(added.args[0])
    assert account is not None
    assert account.name == "Sandbox shop" and account.base_url == sandbox.base_url
    assert memory_keyring.entries == {(SERVICE_NAME, account.id): sandbox_key}
    assert dialog.tree.topLevelItemCount() == 1
    row = dialog.tree.topLevelItem(0)
    assert row is not None
    assert row.text(1) == f"sk_test_…{sandbox_key[-4:]}"
    assert row.text(2) == "TEST" and row.text(3) == "Default"
    assert not row.icon(3).isNull()  # an icon, not a "✓" that some fonts lack
    assert "Added “Sandbox shop”" in dialog.status_label.text()
    assert not form.isVisible() and form.key_edit.text() == ""
    assert sandbox_key.encode() not in all_bytes_under(app_home)
    # A new store (the app restarted) reads the account and its key back.
    again = AccountStore()
    assert again.default() == account
    assert again.key_for(account) == sandbox_key


def test_remove_asks_then_deletes_the_keyring_entry(
    qtbot: QtBot, store: AccountStore, runner: TaskRunner, memory_keyring: Any,
) -> None:
    kept = store.add("Keep", "sk_test_aaaaaaaaaaaa1111")
    gone = store.add("Remove me", LIVE_KEY)
    dialog = make_dialog(qtbot, store, runner)
    prompts: ScriptedPrompts = dialog.prompts  # type: ignore[assignment]
    dialog.select(gone.id)
    prompts.confirm = False
    dialog.remove_button.click()
    assert prompts.asked == ["remove:Remove me"]
    assert store.get(gone.id) is not None
    prompts.confirm = True
    with qtbot.waitSignal(dialog.account_removed, timeout=5000) as removed:
        dialog.remove_button.click()
    assert removed.args == [gone.id]
    assert (SERVICE_NAME, gone.id) not in memory_keyring.entries
    assert (SERVICE_NAME, kept.id) in memory_keyring.entries
    assert [a.id for a in AccountStore().accounts()] == [kept.id]
    assert dialog.tree.topLevelItemCount() == 1


def test_remove_with_a_locked_keyring_keeps_everything_unless_told(
    qtbot: QtBot, store: AccountStore, runner: TaskRunner, memory_keyring: Any,
) -> None:
    account = store.add("Shop", LIVE_KEY)
    dialog = make_dialog(qtbot, store, runner)
    prompts: ScriptedPrompts = dialog.prompts  # type: ignore[assignment]
    memory_keyring.fail_with = keyring.errors.KeyringLocked("Failed to unlock the collection!")
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: any(a.startswith("anyway:") for a in prompts.asked), timeout=5000)
    assert "locked" in prompts.asked[-1]
    assert dialog.banner.isVisible() and "locked" in dialog.banner.title.text()
    assert AccountStore().get(account.id) == account
    assert dialog.tree.topLevelItemCount() == 1


def test_wrong_shape_is_refused_before_any_network_call(
    qtbot: QtBot, store: AccountStore, runner: TaskRunner,
) -> None:
    calls: list[str] = []
    dialog = AddAccountDialog(store, runner, verifier=lambda key, url: calls.append(url))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.key_edit.setText("pk_test_51HqLyjWDarjtT1zdp7dc")
    dialog.save_button.click()
    assert not dialog.busy
    assert "publishable key" in dialog.error_label.text()
    assert dialog.key_edit.hasFocus() or not dialog.isActiveWindow()
    dialog.key_edit.setText("sk_prod_51HqLyjWDarjtT1zdp7dc")
    dialog.save_button.click()
    assert "sk_test_ (test mode) or sk_live_" in dialog.error_label.text()
    assert calls == []


def test_cancel_while_checking_saves_nothing(
    qtbot: QtBot, store: AccountStore, runner: TaskRunner, memory_keyring: Any,
) -> None:
    release = threading.Event()
    started = threading.Event()

    def slow_verifier(key: str, base_url: str) -> None:
        started.set()
        release.wait(10)

    form = AddAccountDialog(store, runner, verifier=slow_verifier)
    qtbot.addWidget(form)
    form.show()
    form.key_edit.setText("sk_test_aaaaaaaaaaaa1111")
    form.save_button.click()
    qtbot.waitUntil(started.is_set, timeout=5000)
    form.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert store.accounts() == [] and memory_keyring.entries == {}


def test_show_toggle_and_live_hint(qtbot: QtBot, store: AccountStore, runner: TaskRunner) -> None:
    dialog = AddAccountDialog(store, runner)
    qtbot.addWidget(dialog)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_key.setChecked(True)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_key.setChecked(False)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.key_edit.setText(LIVE_KEY)
    assert "LIVE" in dialog.key_hint.text()
    assert not dialog.advanced_box.isVisibleTo(dialog)
    dialog.advanced_button.setChecked(True)
    assert dialog.advanced_box.isVisibleTo(dialog)


def test_no_keyring_offers_this_run_only(
    qtbot: QtBot, app_home: Path, runner: TaskRunner, sandbox, sandbox_key: str,  # type: ignore[no-untyped-def]
) -> None:
    store = AccountStore(secrets=SecretStore(backend=fail.Keyring()))
    dialog = make_dialog(qtbot, store, runner)
    assert dialog.banner.isVisible()
    assert "GNOME Keyring" in dialog.banner.text.text()
    # The notice is marked by a warning icon, not a font glyph some systems lack.
    assert dialog.banner.icon.isVisible() and not dialog.banner.icon.pixmap().isNull()
    assert dialog.banner.icon.accessibleName() == "Warning"
    form = dialog.add_account()
    assert form.banner.isVisible()
    assert form.session_only.isVisible() and form.session_only.isChecked()
    fill(form, "For now", sandbox_key, sandbox.base_url)
    with qtbot.waitSignal(dialog.account_added, timeout=15_000) as added:
        form.save_button.click()
    account = store.get(added.args[0])
    assert account is not None and account.session_only
    assert store.key_for(account) == sandbox_key
    row = dialog.tree.topLevelItem(0)
    assert row is not None and "this run only" in row.text(0)
    assert "for this run only" in dialog.status_label.text()
    assert sandbox_key.encode() not in all_bytes_under(app_home)
    assert AccountStore(secrets=SecretStore(backend=fail.Keyring())).accounts() == []


def test_keyring_locked_while_saving_keeps_the_form_and_offers_this_run(
    qtbot: QtBot, store: AccountStore, runner: TaskRunner, sandbox, sandbox_key: str,  # type: ignore[no-untyped-def]
    memory_keyring: Any,
) -> None:
    form = AddAccountDialog(store, runner)
    qtbot.addWidget(form)
    form.show()
    memory_keyring.fail_with = keyring.errors.KeyringLocked("Failed to unlock the collection!")
    fill(form, "Shop", sandbox_key, sandbox.base_url)
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.busy, timeout=15_000)
    assert form.isVisible()
    assert "accepted the key, but it could not be saved" in form.error_label.text()
    assert form.banner.isVisible() and "locked" in form.banner.title.text()
    assert form.session_button.isVisible()
    assert store.accounts() == [] and memory_keyring.entries == {}
    with qtbot.waitSignal(form.account_added, timeout=2000) as added:
        form.session_button.click()
    assert added.args[0].session_only
    assert memory_keyring.entries == {}


def test_rename_and_set_default(qtbot: QtBot, store: AccountStore, runner: TaskRunner) -> None:
    first = store.add("First", "sk_test_aaaaaaaaaaaa1111")
    second = store.add("Second", LIVE_KEY)
    dialog = make_dialog(qtbot, store, runner)
    prompts: ScriptedPrompts = dialog.prompts  # type: ignore[assignment]
    dialog.select(second.id)
    prompts.name = "Main shop"
    dialog.rename_button.click()
    assert AccountStore().get(second.id).name == "Main shop"  # type: ignore[union-attr]
    prompts.name = "first"
    dialog.rename_button.click()
    assert "already an account" in prompts.asked[-1]
    assert store.default_id == first.id
    with qtbot.waitSignal(dialog.default_changed) as changed:
        dialog.default_button.click()
    assert changed.args == [second.id]
    assert AccountStore().default_id == second.id
    assert not dialog.default_button.isEnabled()
    live_row = dialog.tree.topLevelItem(1)
    assert live_row is not None and live_row.text(2) == "LIVE"
    assert live_row.text(3) == "Default"


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, store: AccountStore, runner: TaskRunner,
) -> None:
    store.add("Shop", LIVE_KEY)
    dialog = make_dialog(qtbot, store, runner)
    form = dialog.add_account()
    welcome = WelcomeView()
    qtbot.addWidget(welcome)
    for root in (dialog, form, welcome):
        for widget in root.findChildren(QWidget):
            focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            if focusable and widget.isVisibleTo(root) and not isinstance(widget, QScrollBar):
                assert widget.accessibleName(), f"{type(widget).__name__} in {root.objectName()}"
    for button in (dialog.add_button, dialog.rename_button, dialog.remove_button,
                   dialog.default_button, form.save_button, welcome.add_key_button,
                   welcome.sandbox_button):
        assert "&" in button.text()


def test_welcome_view_emits_its_two_choices(qtbot: QtBot) -> None:
    welcome = WelcomeView()
    qtbot.addWidget(welcome)
    welcome.show()
    assert not welcome.banner.isVisible()
    with qtbot.waitSignal(welcome.add_key_requested, timeout=1000):
        welcome.add_key_button.click()
    with qtbot.waitSignal(welcome.sandbox_requested, timeout=1000):
        welcome.sandbox_button.click()
    welcome.set_keyring_status(SecretStore(backend=fail.Keyring()).check())
    assert welcome.banner.isVisible()
