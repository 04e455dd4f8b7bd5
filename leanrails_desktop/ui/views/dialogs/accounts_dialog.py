"""The Accounts dialog: add, verify, rename, remove accounts and choose the default one.

Keys are typed into a masked field and shown back only as ``sk_test_…abcd``. A new key is
checked with LeanRails (one ``list(limit=1)`` on a worker thread) before it is saved in the
keyring. When there is no usable keyring the dialog says so, names the fix, and offers to
keep the key for this run only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
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
from leanrails_desktop.core.api.errors import AuthenticationError
from leanrails_desktop.core.keystore import KeyringStatus, KeystoreError
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.ui.background.tasks import TaskHandle, TaskRunner
from leanrails_desktop.ui.text import PlainMessageBox, ask_text, plain_label, plain_tooltip, warn

Verifier = Callable[[str, str], None]
"""``verifier(key, base_url)`` raises the API client's error when LeanRails refuses the key."""

LIVE_RED = "#c62828"
_ERROR_STYLE = f"color: {LIVE_RED};"
_BANNER_STYLE = (
    "QFrame#KeyringBanner { background: #fff4e5; border: 1px solid #f0ad4e; border-radius: 4px; }"
    " QFrame#KeyringBanner QLabel { color: #3d2a00; }"
)


def describe_verification_error(exc: BaseException) -> str:
    """The sentence shown when a key could not be verified or saved."""
    if isinstance(exc, AuthenticationError):
        answer = exc.message.strip()
        said = f" LeanRails said: “{answer}”" if answer else ""
        return (
            f"This key was not accepted.{said} Check that you copied the whole secret key, "
            "and that it has not been revoked."
        )
    if isinstance(exc, AccountError):
        return exc.message
    if isinstance(exc, KeystoreError):
        return exc.status.sentence()
    return describe_error(exc)


class KeyringBanner(QFrame):
    """A notice shown while keys can't be kept in the keyring; hidden when they can."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KeyringBanner")
        self.setStyleSheet(_BANNER_STYLE)
        self.setAccessibleName("Keyring notice")
        self.title = plain_label(role="Keyring notice")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.text = plain_label()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_row = QHBoxLayout()
        self.action_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(self.action_row)
        self.status: KeyringStatus | None = None
        self.hide()

    def add_action(self, button: QPushButton) -> None:
        """Put a button on the banner's bottom row."""
        self.action_row.addWidget(button)

    def set_status(self, status: KeyringStatus | None) -> None:
        """Show ``status`` (hidden when the keyring works)."""
        self.status = status
        if status is None or status.available:
            self.hide()
            return
        self.title.setText(status.message)
        self.text.setText(status.fix)
        self.setAccessibleDescription(status.sentence())
        self.setToolTip(plain_tooltip(status.detail))
        self.show()


# --------------------------------------------------------------------------- prompts


class AccountPrompts:
    """The questions the dialog asks, in one object tests can replace."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def confirm_remove(self, account: Account) -> bool:
        box = PlainMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Remove account")
        box.setText(f"Remove “{account.name}” ({account.masked_key})?")
        box.setInformativeText(
            "Its secret key is deleted from this computer's keyring. Your links on LeanRails "
            "are not affected; you can add the key again later."
        )
        remove = box.addButton("&Remove", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    def remove_anyway(self, account: Account, problem: str) -> bool:
        box = PlainMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Remove account")
        box.setText(problem)
        box.setInformativeText(
            f"Remove “{account.name}” from the list anyway? Its key would stay in your "
            "keyring until you delete it there."
        )
        anyway = box.addButton("Remove &anyway", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway

    def new_name(self, account: Account) -> str | None:
        return ask_text(self.parent, "Rename account", "New name:", account.name)

    def warn(self, title: str, text: str) -> None:
        warn(self.parent, title, text)


# --------------------------------------------------------------------------- add form


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
        self.setWindowTitle("Add an account")
        self.setObjectName("AddAccountDialog")
        self.setAccessibleName("Add an account")
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
            "Paste a secret key from your LeanRails Dashboard. It is checked with LeanRails, "
            "then kept in this computer's keyring, never in a file."
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Account name")
        self.name_edit.setPlaceholderText("For example: My shop")
        self.name_edit.setMaxLength(60)
        self.name_label = QLabel("&Name:")
        self.name_label.setBuddy(self.name_edit)

        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName("Secret key")
        self.key_edit.setAccessibleDescription(
            "Starts with sk_test_ or sk_live_. Hidden as you type."
        )
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("sk_test_… or sk_live_…")
        self.key_edit.setMinimumWidth(320)
        # Keep the key out of the input method's memory and predictive text.
        self.key_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.key_edit.textChanged.connect(self._update_key_hint)
        self.show_key = QCheckBox("S&how")
        self.show_key.setAccessibleName("Show the secret key")
        self.show_key.toggled.connect(self._toggle_show)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        self.key_label = QLabel("Secret &key:")
        self.key_label.setBuddy(self.key_edit)
        self.key_hint = plain_label(role="About this key")
        self.key_hint.setWordWrap(True)

        self.advanced_button = QToolButton()
        self.advanced_button.setText("A&dvanced")
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setAccessibleName("Show advanced settings")
        self.advanced_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.advanced_button.toggled.connect(self._toggle_advanced)
        self.base_url_edit = QLineEdit(base_url)
        self.base_url_edit.setAccessibleName("API address")
        self.base_url_edit.setPlaceholderText(DEFAULT_BASE_URL)
        self.base_url_label = QLabel("API &address:")
        self.base_url_label.setBuddy(self.base_url_edit)
        self.advanced_box = QWidget()
        advanced_form = QFormLayout(self.advanced_box)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        advanced_form.addRow(self.base_url_label, self.base_url_edit)
        url_note = QLabel("Change this only to use the local sandbox or a test server.")
        url_note.setWordWrap(True)
        advanced_form.addRow("", url_note)
        self.advanced_box.setVisible(base_url != DEFAULT_BASE_URL)
        self.advanced_button.setChecked(base_url != DEFAULT_BASE_URL)

        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.key_label, key_row)
        form.addRow("", self.key_hint)

        self.banner = KeyringBanner()
        self.session_only = QCheckBox("Keep this key for this &run only (it won't be remembered)")
        self.session_only.setAccessibleName("Keep this key for this run only")
        self.session_button = QPushButton("Keep for this run &only")
        self.session_button.setAccessibleName("Keep the checked key for this run only")
        self.session_button.clicked.connect(self._save_for_session)
        self.session_button.hide()
        self.banner.add_action(self.session_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName("Checking the key")
        self.progress.hide()
        self.status_label = plain_label(role="Progress")
        self.status_label.setWordWrap(True)
        self.error_label = plain_label(role="Problem")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            "&Verify and save", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName("Verify and save")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            "&Cancel", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName("Cancel")
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
            "Hide advanced settings" if shown else "Show advanced settings"
        )

    def _update_key_hint(self) -> None:
        key = clean_key(self.key_edit.text())
        if key.startswith("sk_live_"):
            self.key_hint.setText("LIVE key: links you create take real payments.")
            self.key_hint.setStyleSheet(f"color: {LIVE_RED}; font-weight: bold;")
        elif key.startswith("sk_test_"):
            self.key_hint.setText("Test key: no real money moves.")
            self.key_hint.setStyleSheet("")
        else:
            self.key_hint.setText("Starts with sk_test_ (test mode) or sk_live_ (live mode).")
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
        self._set_busy(True, "Checking the key with LeanRails…")
        self._task = self.runner.submit(work, self._finished, self._failed)

    def _name_for(self, key: str) -> str:
        typed = self.name_edit.text()
        if typed.strip():
            name = clean_name(typed)
        else:
            base = "Live account" if mode_of(key).value == "live" else "Test account"
            name, number = base, 2
            while self.accounts.find(name) is not None:
                name, number = f"{base} {number}", number + 1
        if self.accounts.find(name) is not None:
            raise AccountError(f"There is already an account called “{name}”. Choose another name.")
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
                "LeanRails accepted the key, but it could not be saved in your keyring. "
                "Nothing was saved; you can keep the key for this run only.",
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


# --------------------------------------------------------------------------- list


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
        live = text == "LIVE"
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
        painter.setBrush(QBrush(QColor(LIVE_RED if live else "#e0e0e0")))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("white" if live else "#333333"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), option.fontMetrics.height() + 8))


class AccountsDialog(QDialog):
    """The list of accounts with Add / Rename / Remove / Set as default.

    Construct with the app's :class:`AccountStore` and :class:`TaskRunner`; show with
    ``open()`` or ``exec()``. It changes the store itself and tells the app by signal.
    """

    accounts_changed = Signal()
    account_added = Signal(str)
    account_removed = Signal(str)
    default_changed = Signal(str)

    COLUMNS = ("Name", "Secret key", "Mode", "Default")

    def __init__(
        self,
        accounts: AccountStore,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        verifier: Verifier = verify_key,
        keyring_status: KeyringStatus | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Accounts")
        self.setObjectName("AccountsDialog")
        self.setAccessibleName("Accounts")
        self.accounts = accounts
        self.runner = runner
        self.verifier = verifier
        self.prompts = AccountPrompts(self)
        self.add_dialog: AddAccountDialog | None = None
        self._remove_task: TaskHandle[None] | None = None
        self._keyring_status = (
            keyring_status if keyring_status is not None else accounts.secrets.status
        )
        self._build()
        self.refresh()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(
            "Your LeanRails accounts. Secret keys are kept in this computer's keyring and "
            "shown here only by their last four characters."
        )
        heading.setWordWrap(True)

        self.banner = KeyringBanner()
        self.recheck_button = QPushButton("Check a&gain")
        self.recheck_button.setAccessibleName("Check the keyring again")
        self.recheck_button.clicked.connect(self.recheck_keyring)
        self.banner.add_action(self.recheck_button)
        self.banner.set_status(self._keyring_status)

        self.load_notice = plain_label(role="Account list notice")
        self.load_notice.setWordWrap(True)
        self.load_notice.setStyleSheet(_ERROR_STYLE)
        self.load_notice.setVisible(bool(self.accounts.load_problem))
        self.load_notice.setText(self.accounts.load_problem or "")

        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Accounts")
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels(list(self.COLUMNS))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegateForColumn(2, ModeBadgeDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.setMinimumHeight(160)

        self.empty_label = QLabel("No accounts yet. Choose Add to paste your secret key.")
        self.empty_label.setAccessibleName("No accounts")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.add_button = QPushButton("&Add…")
        self.add_button.setAccessibleName("Add an account")
        self.rename_button = QPushButton("Re&name…")
        self.rename_button.setAccessibleName("Rename the selected account")
        self.remove_button = QPushButton("&Remove…")
        self.remove_button.setAccessibleName("Remove the selected account")
        self.default_button = QPushButton("Set as &default")
        self.default_button.setAccessibleName("Open the selected account when the app starts")
        self.add_button.clicked.connect(self.add_account)
        self.rename_button.clicked.connect(self.rename_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.default_button.clicked.connect(self.set_selected_default)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.remove_button,
            self.default_button,
        ):
            side.addWidget(button)
        side.addStretch(1)

        self.status_label = plain_label(role="Status")
        self.status_label.setWordWrap(True)

        self.close_buttons = QDialogButtonBox()
        self.close_button = self.close_buttons.addButton(
            "&Close", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName("Close")
        self.close_buttons.rejected.connect(self.reject)

        middle = QHBoxLayout()
        list_column = QVBoxLayout()
        list_column.addWidget(self.tree, 1)
        list_column.addWidget(self.empty_label)
        middle.addLayout(list_column, 1)
        middle.addLayout(side)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.load_notice)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.close_buttons)
        self.setTabOrder(self.tree, self.add_button)
        self.setTabOrder(self.add_button, self.rename_button)
        self.setTabOrder(self.rename_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.default_button)
        self.setTabOrder(self.default_button, self.close_button)
        self.resize(680, 360)

    # -- list ---------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        """Rebuild the list from the store, keeping (or moving) the selection."""
        keep = select_id or self.selected_id()
        default_id = self.accounts.default_id
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for account in self.accounts.accounts():
            name = account.name + ("  · this run only" if account.session_only else "")
            mode = "LIVE" if account.is_live else "TEST"
            is_default = account.id == default_id
            item = QTreeWidgetItem(
                [name, account.masked_key, mode, "✓ Default" if is_default else ""]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, account.id)
            described = (
                f"{account.name}, {'live mode, real payments' if account.is_live else 'test mode'}"
                f", key ending {account.last4}"
                + (", default" if is_default else "")
                + (", kept for this run only" if account.session_only else "")
            )
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, described)
            item.setToolTip(
                0, plain_tooltip(account.base_url if not account.uses_default_api else "LeanRails")
            )
            item.setToolTip(
                2,
                "Live mode: real payments" if account.is_live else "Test mode: no real money moves",
            )
            if account.is_live:
                item.setForeground(0, QBrush(QColor(LIVE_RED)))
                item.setFont(0, bold)
            if is_default:
                item.setFont(3, bold)
            if account.session_only:
                item.setToolTip(0, "Kept for this run only: the key will not be remembered.")
            self.tree.addTopLevelItem(item)
            if account.id == keep:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
        has_any = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        first = self.tree.topLevelItem(0)
        if first is not None and not self.tree.selectedItems():
            first.setSelected(True)
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def selected_id(self) -> str | None:
        items = self.tree.selectedItems() if hasattr(self, "tree") else []
        if not items:
            return None
        value = items[0].data(0, Qt.ItemDataRole.UserRole)
        return str(value) if value else None

    def selected(self) -> Account | None:
        found = self.selected_id()
        return self.accounts.get(found) if found else None

    def select(self, account_id: str) -> None:
        """Select the row of ``account_id``."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is None:
                continue
            item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == account_id)
            if item.isSelected():
                self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        account = self.selected()
        idle = self._remove_task is None
        self.rename_button.setEnabled(account is not None and idle)
        self.remove_button.setEnabled(account is not None and idle)
        self.default_button.setEnabled(
            account is not None
            and idle
            and account.id != self.accounts.default_id
            and not account.session_only
        )

    # -- actions ------------------------------------------------------------------------
    def add_account(self) -> AddAccountDialog:
        """Open the add form (window-modal); returns it."""
        dialog = AddAccountDialog(
            self.accounts,
            self.runner,
            self,
            verifier=self.verifier,
            keyring_status=self._keyring_status,
        )
        dialog.account_added.connect(self._added)
        dialog.finished.connect(lambda _result: self._add_closed(dialog))
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _add_closed(self, dialog: AddAccountDialog) -> None:
        # The closed form stays a hidden child until this dialog goes; deleting it from
        # inside its own finished signal is not safe with every Qt binding.
        if self.add_dialog is dialog:
            self.add_dialog = None

    def _added(self, account: Account) -> None:
        self.refresh(select_id=account.id)
        where = "for this run only" if account.session_only else "and its key saved in your keyring"
        self.status_label.setText(f"Added “{account.name}” {where}.")
        self.account_added.emit(account.id)
        self.accounts_changed.emit()

    def rename_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        new_name = self.prompts.new_name(account)
        if new_name is None:
            return
        try:
            renamed = self.accounts.rename(account.id, new_name)
        except (AccountError, OSError) as problem:
            self.prompts.warn("Rename account", describe_verification_error(problem))
            return
        self.refresh(select_id=renamed.id)
        self.status_label.setText(f"Renamed to “{renamed.name}”.")
        self.accounts_changed.emit()

    def set_selected_default(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            self.accounts.set_default(account.id)
        except (AccountError, OSError) as problem:
            self.prompts.warn("Default account", describe_verification_error(problem))
            return
        self.refresh(select_id=account.id)
        self.status_label.setText(f"“{account.name}” opens when the app starts.")
        self.default_changed.emit(account.id)
        self.accounts_changed.emit()

    def remove_selected(self) -> None:
        """Ask, then delete the key from the keyring (on a worker thread) and the account."""
        account = self.selected()
        if account is None or self._remove_task is not None:
            return
        if not self.prompts.confirm_remove(account):
            return
        self._start_remove(account, force=False)

    def _start_remove(self, account: Account, *, force: bool) -> None:
        accounts = self.accounts

        def work() -> None:
            accounts.remove(account.id, keep_key_if_keyring_fails=force)

        self.status_label.setText(f"Removing “{account.name}”…")
        self._remove_task = self.runner.submit(
            work,
            lambda _none: self._removed(account),
            lambda exc: self._remove_failed(account, exc),
        )
        self._update_buttons()

    def _removed(self, account: Account) -> None:
        self._remove_task = None
        self.refresh()
        self.status_label.setText(f"Removed “{account.name}”.")
        self.account_removed.emit(account.id)
        self.accounts_changed.emit()

    def _remove_failed(self, account: Account, exc: Exception) -> None:
        self._remove_task = None
        self._update_buttons()
        problem = describe_verification_error(exc)
        self.status_label.setText(problem)
        if isinstance(exc, KeystoreError):
            self.banner.set_status(exc.status)
            if self.prompts.remove_anyway(account, problem):
                self._start_remove(account, force=True)
                return
        else:
            self.prompts.warn("Remove account", problem)

    def recheck_keyring(self) -> None:
        """Ask the keyring again (on a worker thread) and update the notice."""
        self.recheck_button.setEnabled(False)
        self.runner.submit(
            self.accounts.secrets.check,
            self._rechecked,
            lambda _exc: self.recheck_button.setEnabled(True),
        )

    def _rechecked(self, status: KeyringStatus) -> None:
        self.recheck_button.setEnabled(True)
        self._keyring_status = status
        self.banner.set_status(status)
        if status.available:
            self.status_label.setText("The keyring works: new keys will be remembered.")

    def reject(self) -> None:
        if self.add_dialog is not None and self.add_dialog.isVisible():
            self.add_dialog.reject()
        super().reject()
