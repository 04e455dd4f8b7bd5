"""The Accounts dialog: the list of accounts with Add, Rename, Remove and Set as default.

Keys are shown only as ``sk_test_…abcd``. Adding one opens
:class:`~leanrails_desktop.ui.views.dialogs.add_account_dialog.AddAccountDialog`; the
keyring notice is :class:`~leanrails_desktop.ui.views.dialogs.keyring_banner.KeyringBanner`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.accounts import (
    Account,
    AccountError,
    AccountStore,
    verify_key,
)
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from leanrails_desktop.core.keystore import KeyringStatus, KeystoreError
from leanrails_desktop.core.messages import describe_verification_error
from leanrails_desktop.ui.background.tasks import TaskHandle, TaskRunner
from leanrails_desktop.ui.text import plain_label, plain_tooltip
from leanrails_desktop.ui.views import theme
from leanrails_desktop.ui.views.dialogs.account_parts import AccountPrompts, ModeBadgeDelegate
from leanrails_desktop.ui.views.dialogs.add_account_dialog import AddAccountDialog, Verifier
from leanrails_desktop.ui.views.dialogs.keyring_banner import KeyringBanner
from leanrails_desktop.ui.views.icons import icon
from leanrails_desktop.ui.views.sizing import fit_to_content


class AccountsDialog(QDialog):
    """The list of accounts with Add / Rename / Remove / Set as default.

    Construct with the app's :class:`AccountStore` and :class:`TaskRunner`; show with
    ``open()`` or ``exec()``. It changes the store itself and tells the app by signal.
    """

    accounts_changed = Signal()
    account_added = Signal(str)
    account_removed = Signal(str)
    default_changed = Signal(str)

    COLUMNS = (
        QT_TRANSLATE_NOOP("AccountsDialog", "Name"),
        QT_TRANSLATE_NOOP("AccountsDialog", "Secret key"),
        QT_TRANSLATE_NOOP("AccountsDialog", "Mode"),
        QT_TRANSLATE_NOOP("AccountsDialog", "Default"),
    )

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
        self.setWindowTitle(translate("AccountsDialog", "Accounts"))
        self.setObjectName("AccountsDialog")
        self.setAccessibleName(translate("AccountsDialog", "Accounts"))
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
            translate(
                "AccountsDialog",
                "Your LeanRails accounts. Secret keys are kept in this computer's keyring and "
                "shown here only by their last four characters.",
            )
        )
        heading.setWordWrap(True)

        self.banner = KeyringBanner()
        self.recheck_button = QPushButton(translate("AccountsDialog", "Check a&gain"))
        self.recheck_button.setAccessibleName(
            translate("AccountsDialog", "Check the keyring again")
        )
        self.recheck_button.clicked.connect(self.recheck_keyring)
        self.banner.add_action(self.recheck_button)
        self.banner.set_status(self._keyring_status)

        self.load_notice = plain_label(role=translate("AccountsDialog", "Account list notice"))
        self.load_notice.setWordWrap(True)
        self.load_notice.setStyleSheet(theme.ERROR_TEXT)
        self.load_notice.setVisible(bool(self.accounts.load_problem))
        self.load_notice.setText(self.accounts.load_problem or "")

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("AccountsDialog", "Accounts"))
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels([translate("AccountsDialog", c) for c in self.COLUMNS])
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

        self.empty_label = QLabel(
            translate("AccountsDialog", "No accounts yet. Choose Add to paste your secret key.")
        )
        self.empty_label.setAccessibleName(translate("AccountsDialog", "No accounts"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.add_button = QPushButton(translate("AccountsDialog", "&Add…"))
        self.add_button.setAccessibleName(translate("AccountsDialog", "Add an account"))
        self.rename_button = QPushButton(translate("AccountsDialog", "Re&name…"))
        self.rename_button.setAccessibleName(
            translate("AccountsDialog", "Rename the selected account")
        )
        self.remove_button = QPushButton(translate("AccountsDialog", "&Remove…"))
        self.remove_button.setAccessibleName(
            translate("AccountsDialog", "Remove the selected account")
        )
        self.default_button = QPushButton(translate("AccountsDialog", "Set as &default"))
        self.default_button.setAccessibleName(
            translate("AccountsDialog", "Open the selected account when the app starts")
        )
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

        self.status_label = plain_label(role=translate("AccountsDialog", "Status"))
        self.status_label.setWordWrap(True)

        self.close_buttons = QDialogButtonBox()
        self.close_button = self.close_buttons.addButton(
            translate("AccountsDialog", "&Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(translate("AccountsDialog", "Close"))
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
        fit_to_content(self)

    # -- list ---------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        """Rebuild the list from the store, keeping (or moving) the selection."""
        keep = select_id or self.selected_id()
        default_id = self.accounts.default_id
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for account in self.accounts.accounts():
            name = (
                translate("AccountsDialog", "{name}  · this run only").format(name=account.name)
                if account.session_only
                else account.name
            )
            mode = (
                translate("AccountsDialog", "LIVE")
                if account.is_live
                else translate("AccountsDialog", "TEST")
            )
            is_default = account.id == default_id
            item = QTreeWidgetItem(
                [
                    name,
                    account.masked_key,
                    mode,
                    translate("AccountsDialog", "Default") if is_default else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, account.id)
            parts = [
                account.name,
                translate("AccountsDialog", "live mode, real payments")
                if account.is_live
                else translate("AccountsDialog", "test mode"),
                translate("AccountsDialog", "key ending {last4}").format(last4=account.last4),
            ]
            if is_default:
                parts.append(translate("AccountsDialog", "default account"))
            if account.session_only:
                parts.append(translate("AccountsDialog", "kept for this run only"))
            described = translate("AccountsDialog", ", ").join(parts)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, described)
            item.setToolTip(
                0, plain_tooltip(account.base_url if not account.uses_default_api else "LeanRails")
            )
            item.setToolTip(
                2,
                translate("AccountsDialog", "Live mode: real payments")
                if account.is_live
                else translate("AccountsDialog", "Test mode: no real money moves"),
            )
            if account.is_live:
                item.setForeground(0, QBrush(QColor(theme.LIVE_RED)))
                item.setFont(0, bold)
            if is_default:
                item.setFont(3, bold)
                item.setIcon(3, icon("default"))
            if account.session_only:
                item.setToolTip(
                    0,
                    translate(
                        "AccountsDialog", "Kept for this run only: the key will not be remembered."
                    ),
                )
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
        added = (
            translate("AccountsDialog", "Added “{name}” for this run only.")
            if account.session_only
            else translate("AccountsDialog", "Added “{name}” and saved its key in your keyring.")
        )
        self.status_label.setText(added.format(name=account.name))
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
            self.prompts.warn(
                translate("AccountsDialog", "Rename account"), describe_verification_error(problem)
            )
            return
        self.refresh(select_id=renamed.id)
        self.status_label.setText(
            translate("AccountsDialog", "Renamed to “{name}”.").format(name=renamed.name)
        )
        self.accounts_changed.emit()

    def set_selected_default(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            self.accounts.set_default(account.id)
        except (AccountError, OSError) as problem:
            self.prompts.warn(
                translate("AccountsDialog", "Default account"), describe_verification_error(problem)
            )
            return
        self.refresh(select_id=account.id)
        self.status_label.setText(
            translate("AccountsDialog", "“{name}” opens when the app starts.").format(
                name=account.name
            )
        )
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

        self.status_label.setText(
            translate("AccountsDialog", "Removing “{name}”…").format(name=account.name)
        )
        self._remove_task = self.runner.submit(
            work,
            lambda _none: self._removed(account),
            lambda exc: self._remove_failed(account, exc),
        )
        self._update_buttons()

    def _removed(self, account: Account) -> None:
        self._remove_task = None
        self.refresh()
        self.status_label.setText(
            translate("AccountsDialog", "Removed “{name}”.").format(name=account.name)
        )
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
            self.prompts.warn(translate("AccountsDialog", "Remove account"), problem)

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
            self.status_label.setText(
                translate("AccountsDialog", "The keyring works: new keys will be remembered.")
            )

    def reject(self) -> None:
        if self.add_dialog is not None and self.add_dialog.isVisible():
            self.add_dialog.reject()
        super().reject()
