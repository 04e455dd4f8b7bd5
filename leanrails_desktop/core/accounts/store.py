"""The merchant's accounts and, through the keyring, their keys.

The list lives in ``accounts.json`` in the app's config folder
(:class:`~leanrails_desktop.core.accounts.listfile.AccountsFile`). The secret keys do not:
each one is in the OS keyring through :class:`~leanrails_desktop.core.keystore.SecretStore`
(or, when the merchant chose so, in memory for this run only).
"""

from __future__ import annotations

import logging
import secrets as _random
import threading
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from leanrails_desktop.core.accounts.listfile import AccountsFile
from leanrails_desktop.core.accounts.model import (
    Account,
    AccountError,
    MissingKeyError,
    find_named,
    same_name,
)
from leanrails_desktop.core.accounts.rules import check_base_url, check_key, clean_name
from leanrails_desktop.core.accounts.startup import StartupPlan, StartupSource, resolve_startup
from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.urls import DEFAULT_BASE_URL
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from leanrails_desktop.core.keystore import KeyringStatus, KeystoreError, SecretStore
from leanrails_desktop.core.paths import app_paths

_log = logging.getLogger("leanrails_desktop.core.accounts")

_GONE = QT_TRANSLATE_NOOP(
    "AccountStore", "This account no longer exists. Choose another one in Accounts."
)


def _new_id() -> str:
    return "acct_" + _random.token_hex(8)


class AccountStore:
    """The account list (``accounts.json``) and, through ``secrets``, the keys.

    Every change is written at once, atomically. A key is put in the keyring before the list
    names its account, and the account leaves the list only after its key is deleted, so a
    failure part-way never leaves a listed account without its key. Thread-safe.
    """

    def __init__(self, path: Path | None = None, secrets: SecretStore | None = None) -> None:
        self._file = AccountsFile(
            path if path is not None else app_paths().config / "accounts.json"
        )
        self.secrets = secrets if secrets is not None else SecretStore()
        self._lock = threading.RLock()
        self._saved: list[Account] = []
        self._session: list[Account] = []
        self._default_id: str | None = None
        self.reload()

    def __repr__(self) -> str:
        return f"AccountStore(path={str(self.path)!r}, accounts={len(self.accounts())})"

    @property
    def path(self) -> Path:
        """Where the list is kept."""
        return self._file.path

    @property
    def load_problem(self) -> str | None:
        """A sentence when ``accounts.json`` could not be read (it is then kept aside)."""
        return self._file.problem

    # -- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read ``accounts.json`` again (another window may have changed it)."""
        with self._lock:
            self._saved, self._default_id = self._file.read()

    def accounts(self) -> list[Account]:
        """Every account: the saved ones, then the ones kept for this run only."""
        with self._lock:
            return [*self._saved, *self._session]

    def get(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts() if a.id == account_id), None)

    def find(self, name: str) -> Account | None:
        """The account called ``name`` (exact first, then the only one ignoring case)."""
        return find_named(self.accounts(), name)

    @property
    def default_id(self) -> str | None:
        """The default account's id (the first account when none was chosen)."""
        with self._lock:
            ids = [a.id for a in self.accounts()]
            if self._default_id in ids:
                return self._default_id
            return ids[0] if ids else None

    def default(self) -> Account | None:
        """The account the app opens when nothing else is asked for."""
        found = self.default_id
        return self.get(found) if found else None

    def keyring_status(self) -> KeyringStatus:
        """Whether keys can be remembered across runs (see :meth:`SecretStore.check`)."""
        return self.secrets.check()

    # -- keys ---------------------------------------------------------------------------
    def key_for(self, account: Account | str) -> str:
        """The secret key of ``account``, fetched from the keyring (or this run's memory).

        Raises :class:`~leanrails_desktop.core.keystore.KeystoreError` when the keyring is
        locked or fails, :class:`MissingKeyError` when the entry is gone.
        """
        found = self._listed(account, _GONE)
        key = self.secrets.get(found.id)
        if not key:
            raise MissingKeyError(
                translate(
                    "AccountStore",
                    "The secret key for “{name}” is no longer in your keyring. "
                    "Remove the account and add it again with the key.",
                ).format(name=found.name)
            )
        return key

    def client_for(self, account: Account | str, **options: Any) -> LeanRailsClient:
        """A new API client for ``account``. ``options`` go to ``LeanRailsClient``
        (``timeout``, ``max_retries``, ``on_retry``…). The caller closes it."""
        found = self._listed(account, _GONE)
        return LeanRailsClient(api_key=self.key_for(found), base_url=found.base_url, **options)

    # -- changes ------------------------------------------------------------------------
    def add(
        self,
        name: str,
        key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        session_only: bool = False,
        make_default: bool = False,
    ) -> Account:
        """Add an account and store its key (in the keyring, or in memory for this run).

        Raises :class:`AccountError` (bad name, key or address), ``KeystoreError`` (the
        keyring refused; nothing was saved) or ``OSError`` (the list could not be written;
        the key was taken out of the keyring again).
        """
        account, clean = self._new_account(name, key, base_url, session_only=session_only)
        with self._lock:
            self.reload()
            self._refuse_duplicate(account.name)
            if session_only:
                self.secrets.put(account.id, clean, session_only=True)
                self._session.append(account)
                if make_default:
                    self._default_id = account.id
                return account
            self.secrets.put(account.id, clean)
            had_default = any(a.id == self._default_id for a in self._saved)
            default = account.id if make_default or not had_default else self._default_id
            try:
                self._save([*self._saved, account], default)
            except OSError:
                try:
                    self.secrets.delete(account.id)
                except KeystoreError:
                    _log.warning("Could not take back the keyring entry of an unsaved account")
                raise
        _log.info("Added account %s (%s)", account.id, account.mode.value)
        return account

    def add_session_account(
        self, name: str, key: str, *, base_url: str = DEFAULT_BASE_URL, account_id: str = ""
    ) -> Account:
        """An account for this run only, its key in memory; the keyring is not touched."""
        account, clean = self._new_account(
            name, key, base_url, account_id=account_id, session_only=True
        )
        with self._lock:
            self._session = [a for a in self._session if a.id != account.id]
            self.secrets.put(account.id, clean, session_only=True)
            self._session.append(account)
        return account

    def rename(self, account_id: str, new_name: str) -> Account:
        """Give an account another name (the key is untouched)."""
        name = clean_name(new_name)
        with self._lock:
            self.reload()
            current = self._require(account_id)
            if current.name == name:
                return current
            self._refuse_duplicate(name, except_id=account_id)
            renamed = replace(current, name=name)
            if current.session_only:
                self._session = [renamed if a.id == account_id else a for a in self._session]
                return renamed
            self._save(
                [renamed if a.id == account_id else a for a in self._saved], self._default_id
            )
        return renamed

    def set_default(self, account_id: str) -> None:
        """Open this account when the app starts."""
        with self._lock:
            self.reload()
            self._require(account_id)
            self._save(self._saved, account_id)

    def remove(self, account_id: str, *, keep_key_if_keyring_fails: bool = False) -> None:
        """Remove an account and delete its key from the keyring.

        If the keyring cannot delete the key, ``KeystoreError`` is raised and nothing
        changes, unless ``keep_key_if_keyring_fails``: then the account leaves the list and
        its key stays in the keyring for the merchant to delete there.
        """
        with self._lock:
            self.reload()
            account = self._require(account_id)
            try:
                self.secrets.delete(account.id)
            except KeystoreError:
                if not keep_key_if_keyring_fails:
                    raise
                _log.warning("Removed account %s; its keyring entry stays", account.id)
            if account.session_only:
                self._session = [a for a in self._session if a.id != account_id]
                return
            kept = [a for a in self._saved if a.id != account_id]
            default = self._default_id
            if default == account_id:
                default = kept[0].id if kept else None
            self._save(kept, default)
        _log.info("Removed account %s", account_id)

    # -- startup ------------------------------------------------------------------------
    def open_at_startup(
        self, requested_name: str | None, environ: Mapping[str, str]
    ) -> StartupPlan:
        """Decide which account to open (see :func:`resolve_startup`); an account from
        ``LEANRAILS_API_KEY`` is registered for this run only, without the keyring."""
        plan = resolve_startup(
            self.accounts(), self.default_id, requested_name=requested_name, environ=environ
        )
        if plan.source is StartupSource.ENVIRONMENT and plan.account is not None:
            account = self.add_session_account(
                plan.account.name,
                plan.env_key,
                base_url=plan.account.base_url,
                account_id=plan.account.id,
            )
            plan = replace(plan, account=account, env_key="")
        return plan

    # -- internals ----------------------------------------------------------------------
    @staticmethod
    def _new_account(
        name: str, key: str, base_url: str, *, account_id: str = "", session_only: bool
    ) -> tuple[Account, str]:
        """The account a merchant described, and its cleaned key; checked in the order
        the form shows the fields."""
        clean = check_key(key)
        account = Account.for_key(
            account_id or _new_id(),
            clean_name(name),
            clean,
            check_base_url(base_url),
            session_only=session_only,
        )
        return account, clean

    def _listed(self, account: Account | str, gone: str) -> Account:
        found = self.get(account) if isinstance(account, str) else account
        if found is None:
            raise AccountError(translate("AccountStore", gone))
        return found

    def _require(self, account_id: str) -> Account:
        return self._listed(
            account_id,
            translate(
                "AccountStore", "This account no longer exists. Close Accounts and open it again."
            ),
        )

    def _refuse_duplicate(self, name: str, *, except_id: str = "") -> None:
        for other in self.accounts():
            if other.id != except_id and same_name(other.name, name):
                raise AccountError(
                    translate(
                        "AccountStore",
                        "There is already an account called “{name}”. Choose another name.",
                    ).format(name=other.name)
                )

    def _save(self, saved: list[Account], default_id: str | None) -> None:
        """Make ``saved`` the list and ``default_id`` its default, and write them; when the
        file cannot be written (``OSError``), the list stays as it was."""
        self._file.write(saved, default_id)
        self._saved, self._default_id = saved, default_id
