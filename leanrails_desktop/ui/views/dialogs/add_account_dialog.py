"""The Add-account form: name, secret key and (advanced) API address.

The key is typed into a masked field and checked with LeanRails (one ``list(limit=1)`` on a
worker thread) before it is saved in the keyring. When there is no usable keyring the form
says so, names the fix, and offers to keep the key for this run only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.accounts import (
    DEFAULT_BASE_URL,
    Account,
    AccountError,
    AccountStore,
    check_base_url,
    check_key,
    clean_key,
    clean_name,
    mode_of,
    verify_key,
)
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.keystore import KeyringStatus, KeystoreError
from leanrails_desktop.core.messages import describe_verification_error
from leanrails_desktop.ui.background.tasks import TaskHandle, TaskRunner
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views import theme
from leanrails_desktop.ui.views.dialogs.keyring_banner import KeyringBanner
from leanrails_desktop.ui.views.sizing import fit_to_content

Verifier = Callable[[str, str], None]
"""``verifier(key, base_url)`` raises the API client's error when LeanRails refuses the key."""


@dataclass(frozen=True, slots=True)
class _Outcome:
    account: Account | None
    keyring_problem: KeyringStatus | None = None


class AddAccountDialog(QDialog):
    """Name, secret key and (advanced) API address; *Verify and save* checks the key with
    LeanRails on a worker thread, then stores it. Emits :attr:`account_added` and closes."""

    account_added = Signal(object)
    """The new :class:`Account`."""

    def __init__(
        self,
        accounts: AccountStore,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        verifier: Verifier = verify_key,
        keyring_status: KeyringStatus | None = None,
        base_url: str = DEFAULT_BASE_URL,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AddAccountDialog", "Add an account"))
        self.setObjectName("AddAccountDialog")
        self.setAccessibleName(translate("AddAccountDialog", "Add an account"))
        self.accounts = accounts
        self.runner = runner
        self.verifier = verifier
        self._task: TaskHandle[_Outcome] | None = None
        self._cancelled = threading.Event()
        self._pending: tuple[str, str, str] | None = None  # name, key, base URL once verified
        self._build(base_url)
        status = keyring_status if keyring_status is not None else accounts.secrets.status
        self.set_keyring_status(status)
        self._update_key_hint()

    # -- layout -------------------------------------------------------------------------
    def _build(self, base_url: str) -> None:
        intro = QLabel(
            translate(
                "AddAccountDialog",
                "Paste a secret key from your LeanRails Dashboard. It is checked with LeanRails, "
                "then kept in this computer's keyring, never in a file.",
            )
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(translate("AddAccountDialog", "Account name"))
        self.name_edit.setPlaceholderText(translate("AddAccountDialog", "For example: My shop"))
        self.name_edit.setMaxLength(60)
        self.name_label = QLabel(translate("AddAccountDialog", "&Name:"))
        self.name_label.setBuddy(self.name_edit)

        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName(translate("AddAccountDialog", "Secret key"))
        self.key_edit.setAccessibleDescription(
            translate("AddAccountDialog", "Starts with sk_test_ or sk_live_. Hidden as you type.")
        )
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(translate("AddAccountDialog", "sk_test_… or sk_live_…"))
        self.key_edit.setMinimumWidth(320)
        # Keep the key out of the input method's memory and predictive text.
        self.key_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.key_edit.textChanged.connect(self._update_key_hint)
        self.show_key = QCheckBox(translate("AddAccountDialog", "S&how"))
        self.show_key.setAccessibleName(translate("AddAccountDialog", "Show the secret key"))
        self.show_key.toggled.connect(self._toggle_show)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        self.key_label = QLabel(translate("AddAccountDialog", "Secret &key:"))
        self.key_label.setBuddy(self.key_edit)
        self.key_hint = plain_label(role=translate("AddAccountDialog", "About this key"))
        self.key_hint.setWordWrap(True)

        self.advanced_button = QToolButton()
        self.advanced_button.setText(translate("AddAccountDialog", "A&dvanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setAccessibleName(
            translate("AddAccountDialog", "Show advanced settings")
        )
        self.advanced_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.advanced_button.toggled.connect(self._toggle_advanced)
        self.base_url_edit = QLineEdit(base_url)
        self.base_url_edit.setAccessibleName(translate("AddAccountDialog", "API address"))
        self.base_url_edit.setPlaceholderText(DEFAULT_BASE_URL)
        self.base_url_label = QLabel(translate("AddAccountDialog", "API &address:"))
        self.base_url_label.setBuddy(self.base_url_edit)
        self.advanced_box = QWidget()
        advanced_form = QFormLayout(self.advanced_box)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        advanced_form.addRow(self.base_url_label, self.base_url_edit)
        url_note = QLabel(
            translate(
                "AddAccountDialog", "Change this only to use the local sandbox or a test server."
            )
        )
        url_note.setWordWrap(True)
        advanced_form.addRow("", url_note)
        self.advanced_box.setVisible(base_url != DEFAULT_BASE_URL)
        self.advanced_button.setChecked(base_url != DEFAULT_BASE_URL)

        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.key_label, key_row)
        form.addRow("", self.key_hint)

        self.banner = KeyringBanner()
        self.session_only = QCheckBox(
            translate(
                "AddAccountDialog", "Keep this key for this &run only (it won't be remembered)"
            )
        )
        self.session_only.setAccessibleName(
            translate("AddAccountDialog", "Keep this key for this run only")
        )
        self.session_button = QPushButton(translate("AddAccountDialog", "Keep for this run &only"))
        self.session_button.setAccessibleName(
            translate("AddAccountDialog", "Keep the checked key for this run only")
        )
        self.session_button.clicked.connect(self._save_for_session)
        self.session_button.hide()
        self.banner.add_action(self.session_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(translate("AddAccountDialog", "Checking the key"))
        self.progress.hide()
        self.status_label = plain_label(role=translate("AddAccountDialog", "Progress"))
        self.status_label.setWordWrap(True)
        self.error_label = plain_label(role=translate("AddAccountDialog", "Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(theme.ERROR_TEXT)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            translate("AddAccountDialog", "&Verify and save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setAccessibleName(translate("AddAccountDialog", "Verify and save"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            translate("AddAccountDialog", "&Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(translate("AddAccountDialog", "Cancel"))
        self.save_button.clicked.connect(self.verify_and_save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.advanced_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced_box)
        layout.addWidget(self.banner)
        layout.addWidget(self.session_only)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.name_edit, self.key_edit)
        self.setTabOrder(self.key_edit, self.show_key)
        self.setTabOrder(self.show_key, self.advanced_button)
        self.setTabOrder(self.advanced_button, self.base_url_edit)
        self.setMinimumWidth(520)
        fit_to_content(self)

    # -- state --------------------------------------------------------------------------
    def set_keyring_status(self, status: KeyringStatus) -> None:
        """Show the keyring notice and the this-run-only choice when keys can't be kept."""
        self.banner.set_status(status)
        unavailable = not status.available
        self.session_only.setVisible(unavailable)
        self.session_only.setChecked(unavailable)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _toggle_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced_box.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.advanced_button.setArrowType(arrow)
        self.advanced_button.setAccessibleName(
            translate("AddAccountDialog", "Hide advanced settings")
            if shown
            else translate("AddAccountDialog", "Show advanced settings")
        )

    def _update_key_hint(self) -> None:
        key = clean_key(self.key_edit.text())
        if key.startswith("sk_live_"):
            self.key_hint.setText(
                translate("AddAccountDialog", "LIVE key: links you create take real payments.")
            )
            self.key_hint.setStyleSheet(theme.LIVE_TEXT)
        elif key.startswith("sk_test_"):
            self.key_hint.setText(translate("AddAccountDialog", "Test key: no real money moves."))
            self.key_hint.setStyleSheet("")
        else:
            self.key_hint.setText(
                translate(
                    "AddAccountDialog", "Starts with sk_test_ (test mode) or sk_live_ (live mode)."
                )
            )
            self.key_hint.setStyleSheet("")

    def _show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.error_label.setAccessibleDescription(text)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (
            self.name_edit,
            self.key_edit,
            self.base_url_edit,
            self.save_button,
            self.session_only,
            self.session_button,
        ):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status_label.setText(text)

    # -- actions ------------------------------------------------------------------------
    def verify_and_save(self) -> None:
        """Check the form, then verify the key with LeanRails and save it (off the GUI thread)."""
        if self.busy:
            return
        self.error_label.hide()
        self.session_button.hide()
        try:
            key = check_key(self.key_edit.text())
        except AccountError as problem:
            self._show_error(problem.message, self.key_edit)
            return
        if key != self.key_edit.text():
            self.key_edit.setText(key)  # show what will be saved (still masked)
        try:
            name = self._name_for(key)
        except AccountError as problem:
            self._show_error(problem.message, self.name_edit)
            return
        try:
            base_url = check_base_url(self.base_url_edit.text())
        except AccountError as problem:
            self.advanced_button.setChecked(True)
            self._show_error(problem.message, self.base_url_edit)
            return
        session_only = self.session_only.isVisible() and self.session_only.isChecked()
        self._cancelled = threading.Event()
        cancelled = self._cancelled
        accounts, verifier = self.accounts, self.verifier

        def work() -> _Outcome:
            verifier(key, base_url)
            if cancelled.is_set():
                return _Outcome(None)
            try:
                added = accounts.add(name, key, base_url=base_url, session_only=session_only)
            except KeystoreError as failure:
                return _Outcome(None, failure.status)
            return _Outcome(added)

        self._pending = (name, key, base_url)
        self._set_busy(True, translate("AddAccountDialog", "Checking the key with LeanRails…"))
        self._task = self.runner.submit(work, self._finished, self._failed)

    def _name_for(self, key: str) -> str:
        typed = self.name_edit.text()
        if typed.strip():
            name = clean_name(typed)
        else:
            base = (
                translate("AddAccountDialog", "Live account")
                if mode_of(key).value == "live"
                else translate("AddAccountDialog", "Test account")
            )
            name, number = base, 2
            while self.accounts.find(name) is not None:
                name, number = f"{base} {number}", number + 1
        if self.accounts.find(name) is not None:
            raise AccountError(
                translate(
                    "AddAccountDialog",
                    "There is already an account called “{name}”. Choose another name.",
                ).format(name=name)
            )
        return name

    def _finished(self, outcome: _Outcome) -> None:
        self._task = None
        self._set_busy(False)
        if outcome.account is not None:
            self._pending = None
            self.account_added.emit(outcome.account)
            self.accept()
            return
        if outcome.keyring_problem is not None:
            # The key was accepted by LeanRails; only the keyring refused to keep it.
            self.banner.set_status(outcome.keyring_problem)
            self.session_button.show()
            self._show_error(
                translate(
                    "AddAccountDialog",
                    "LeanRails accepted the key, but it could not be saved in your keyring. "
                    "Nothing was saved; you can keep the key for this run only.",
                ),
                self.session_button,
            )

    def _failed(self, exc: Exception) -> None:
        self._task = None
        self._pending = None
        self._set_busy(False)
        self._show_error(describe_verification_error(exc), self.key_edit)

    def _save_for_session(self) -> None:
        if self._pending is None:
            return
        name, key, base_url = self._pending
        try:
            added = self.accounts.add(name, key, base_url=base_url, session_only=True)
        except AccountError as problem:
            self._show_error(problem.message)
            return
        self._pending = None
        self.account_added.emit(added)
        self.accept()

    def reject(self) -> None:
        """Close without saving; a check still running is abandoned."""
        self._cancelled.set()
        if self._task is not None:
            self._task.drop()
            self._task = None
        super().reject()

    def done(self, result: int) -> None:
        """Closing, either way, forgets the typed key: the form keeps no copy of it."""
        self._pending = None
        self.key_edit.clear()
        super().done(result)
