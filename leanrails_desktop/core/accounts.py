"""The merchant's accounts: names, modes, API addresses, and which one opens by default.

The list lives in ``accounts.json`` in the app's config folder. The secret keys do not: each
one is in the OS keyring through :class:`~leanrails_desktop.core.keystore.SecretStore`
(or, when the merchant chose so, in memory for this run only). An :class:`Account` carries
only the key's mode and last four characters, for display as ``sk_test_…abcd``.

Also here: the rules a pasted key must follow (:func:`check_key`), and which account the
app opens at start (:func:`resolve_startup`, for ``--account`` and ``LEANRAILS_API_KEY``).
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import secrets as _random
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leanrails_desktop.core.api.errors import ConfigurationError
from leanrails_desktop.core.api.urls import DEFAULT_BASE_URL, masked_form, normalize_base_url
from leanrails_desktop.core.keystore import KeyringStatus, KeystoreError, SecretStore
from leanrails_desktop.core.paths import app_paths

if TYPE_CHECKING:
    from leanrails_desktop.core.api import LeanRailsClient

__all__ = [
    "DEFAULT_BASE_URL",
    "ENV_BASE",
    "ENV_KEY",
    "Account",
    "AccountError",
    "AccountStore",
    "KeyShapeError",
    "MissingKeyError",
    "Mode",
    "StartupPlan",
    "StartupSource",
    "check_base_url",
    "check_key",
    "clean_key",
    "resolve_startup",
    "verify_key",
]

ENV_KEY = "LEANRAILS_API_KEY"
ENV_BASE = "LEANRAILS_API_BASE"
ENV_ACCOUNT_ID = "session-env"
"""The id of the account opened from ``LEANRAILS_API_KEY`` (never saved)."""

MAX_NAME_LENGTH = 60
_MIN_KEY_BODY = 8
_MAX_KEY_LENGTH = 255
_FILE_VERSION = 1

_log = logging.getLogger("leanrails_desktop.core.accounts")


class Mode(enum.StrEnum):
    """Test mode (``sk_test_``) or live mode (``sk_live_``: real payments)."""

    TEST = "test"
    LIVE = "live"

    @property
    def prefix(self) -> str:
        return f"sk_{self.value}_"


# --------------------------------------------------------------------------- key rules


class AccountError(Exception):
    """Something about an account was refused; ``message`` is a sentence for the merchant."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class KeyShapeError(AccountError):
    """The pasted text is not a LeanRails secret key; the message says why."""


class MissingKeyError(AccountError):
    """The account exists but its key is no longer in the keyring."""


_QUOTES = "\"'`“”‘’«»"
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def clean_key(text: str) -> str:
    """The key as pasted, without stray whitespace, surrounding quotes or a trailing ``:``.

    A key copied from the docs' ``curl -u "sk_test_…:"`` example carries quotes and a colon;
    one copied from a wrapped line may carry a line break.
    """
    cleaned = "".join(ch for ch in "".join(text.split()) if ch not in _INVISIBLE)
    previous = None
    while cleaned != previous:
        previous = cleaned
        cleaned = cleaned.strip(_QUOTES)
        if cleaned.endswith(":"):
            cleaned = cleaned[:-1]
    return cleaned


def check_key(text: str) -> str:
    """The cleaned secret key, or :class:`KeyShapeError` with a sentence saying what is wrong.

    The message never repeats the key.
    """
    key = clean_key(text)
    if not key:
        raise KeyShapeError("Paste your secret key. It starts with sk_test_ or sk_live_.")
    lowered = key.lower()
    if lowered.startswith("pk_"):
        raise KeyShapeError(
            "This is a publishable key (it starts with pk_), which can't manage links. "
            "Paste your secret key instead: it starts with sk_test_ or sk_live_."
        )
    if lowered.startswith("rk_"):
        raise KeyShapeError(
            "This is a restricted key (it starts with rk_). Paste your secret key instead: "
            "it starts with sk_test_ or sk_live_."
        )
    mode = next((m for m in Mode if key.startswith(m.prefix)), None)
    if mode is None:
        if lowered.startswith("sk_"):
            raise KeyShapeError(
                "A secret key starts with sk_test_ (test mode) or sk_live_ (live mode); "
                "this one starts differently. Copy it again from your LeanRails Dashboard."
            )
        raise KeyShapeError(
            "This doesn't look like a LeanRails secret key. A secret key starts with "
            "sk_test_ or sk_live_."
        )
    body = key[len(mode.prefix):]
    if not (body.isascii() and body.isalnum()) and body:
        raise KeyShapeError(
            "This key contains characters a LeanRails secret key never has. "
            "Copy it again from your LeanRails Dashboard."
        )
    if len(body) < _MIN_KEY_BODY:
        raise KeyShapeError(
            "This key is too short to be a whole secret key. Copy it again, all of it."
        )
    if len(key) > _MAX_KEY_LENGTH:
        raise KeyShapeError("This is too long to be a secret key. Copy just the key itself.")
    return key


def mode_of(key: str) -> Mode:
    """The mode a well-formed key acts in."""
    return Mode.LIVE if key.startswith(Mode.LIVE.prefix) else Mode.TEST


def check_base_url(text: str) -> str:
    """The API address as typed in an account's field, in its one spelling (see
    :func:`~leanrails_desktop.core.api.urls.normalize_base_url`); a blank field means the
    public API. :class:`AccountError` says what is wrong."""
    if not text.strip():
        return DEFAULT_BASE_URL
    try:
        return normalize_base_url(text)
    except ConfigurationError as problem:
        raise AccountError(problem.message) from None


def clean_name(text: str) -> str:
    """The account name without surrounding space; :class:`AccountError` if unusable."""
    name = " ".join(text.split())
    if not name:
        raise AccountError("Give the account a name, such as the shop it belongs to.")
    if len(name) > MAX_NAME_LENGTH:
        raise AccountError(f"Keep the name to {MAX_NAME_LENGTH} characters or fewer.")
    return name


# --------------------------------------------------------------------------- accounts


@dataclass(frozen=True, slots=True)
class Account:
    """One account as listed. It never holds the key: ask the store with
    :meth:`AccountStore.key_for`."""

    id: str
    name: str
    mode: Mode
    base_url: str
    last4: str
    session_only: bool = False
    """True when the key is kept in memory for this run only (not in the keyring)."""

    @property
    def masked_key(self) -> str:
        """The key as it may be shown: ``sk_test_…abcd``."""
        return masked_form(self.mode.prefix, self.last4)

    @property
    def is_live(self) -> bool:
        return self.mode is Mode.LIVE

    @property
    def uses_default_api(self) -> bool:
        return self.base_url == DEFAULT_BASE_URL

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "name": self.name,
            "mode": self.mode.value,
            "base_url": self.base_url,
            "last4": self.last4,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Account:
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            mode=Mode(data["mode"]),
            base_url=str(data.get("base_url") or DEFAULT_BASE_URL),
            last4=str(data.get("last4", ""))[-4:],
        )


def _new_id() -> str:
    return "acct_" + _random.token_hex(8)


def _same_name(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


class AccountStore:
    """The account list (``accounts.json``) and, through ``secrets``, the keys.

    Every change is written at once, atomically. A key is put in the keyring before the list
    names its account, and the account leaves the list only after its key is deleted, so a
    failure part-way never leaves a listed account without its key. Thread-safe.
    """

    def __init__(self, path: Path | None = None, secrets: SecretStore | None = None) -> None:
        self.path = path if path is not None else app_paths().config / "accounts.json"
        self.secrets = secrets if secrets is not None else SecretStore()
        self._lock = threading.RLock()
        self._saved: list[Account] = []
        self._session: list[Account] = []
        self._default_id: str | None = None
        self.load_problem: str | None = None
        """A sentence when ``accounts.json`` could not be read (it is then kept aside)."""
        self._unreadable = False
        self.reload()

    def __repr__(self) -> str:
        return f"AccountStore(path={str(self.path)!r}, accounts={len(self.accounts())})"

    # -- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read ``accounts.json`` again (another window may have changed it)."""
        with self._lock:
            self._saved, self._default_id = self._read()

    def accounts(self) -> list[Account]:
        """Every account: the saved ones, then the ones kept for this run only."""
        with self._lock:
            return [*self._saved, *self._session]

    def get(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts() if a.id == account_id), None)

    def find(self, name: str) -> Account | None:
        """The account called ``name`` (exact first, then ignoring case)."""
        accounts = self.accounts()
        exact = next((a for a in accounts if a.name == name), None)
        return exact or next((a for a in accounts if _same_name(a.name, name)), None)

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
        found = self.get(account) if isinstance(account, str) else account
        if found is None:
            raise AccountError("This account no longer exists. Choose another one in Accounts.")
        key = self.secrets.get(found.id)
        if not key:
            raise MissingKeyError(
                f"The secret key for “{found.name}” is no longer in your keyring. "
                "Remove the account and add it again with the key."
            )
        return key

    def client_for(self, account: Account | str, **options: Any) -> LeanRailsClient:
        """A new API client for ``account``. ``options`` go to ``LeanRailsClient``
        (``timeout``, ``max_retries``, ``on_retry``…). The caller closes it."""
        from leanrails_desktop.core.api import LeanRailsClient

        found = self.get(account) if isinstance(account, str) else account
        if found is None:
            raise AccountError("This account no longer exists. Choose another one in Accounts.")
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
        clean = check_key(key)
        account = Account(
            id=_new_id(),
            name=clean_name(name),
            mode=mode_of(clean),
            base_url=check_base_url(base_url),
            last4=clean[-4:],
            session_only=session_only,
        )
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
            before = (list(self._saved), self._default_id)
            had_default = any(a.id == self._default_id for a in self._saved)
            self._saved.append(account)
            if make_default or not had_default:
                self._default_id = account.id
            try:
                self._write()
            except OSError:
                self._saved, self._default_id = before
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
        clean = check_key(key)
        account = Account(
            id=account_id or _new_id(),
            name=clean_name(name),
            mode=mode_of(clean),
            base_url=check_base_url(base_url),
            last4=clean[-4:],
            session_only=True,
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
            before = list(self._saved)
            self._saved = [renamed if a.id == account_id else a for a in self._saved]
            try:
                self._write()
            except OSError:
                self._saved = before
                raise
        return renamed

    def set_default(self, account_id: str) -> None:
        """Open this account when the app starts."""
        with self._lock:
            self.reload()
            self._require(account_id)
            before = self._default_id
            self._default_id = account_id
            try:
                self._write()
            except OSError:
                self._default_id = before
                raise

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
            before = (list(self._saved), self._default_id)
            self._saved = [a for a in self._saved if a.id != account_id]
            if self._default_id == account_id:
                self._default_id = self._saved[0].id if self._saved else None
            try:
                self._write()
            except OSError:
                self._saved, self._default_id = before
                raise
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
                plan.account.name, plan.env_key, base_url=plan.account.base_url,
                account_id=plan.account.id,
            )
            plan = replace(plan, account=account, env_key="")
        return plan

    # -- internals ----------------------------------------------------------------------
    def _require(self, account_id: str) -> Account:
        found = self.get(account_id)
        if found is None:
            raise AccountError("This account no longer exists. Close Accounts and open it again.")
        return found

    def _refuse_duplicate(self, name: str, *, except_id: str = "") -> None:
        for other in self.accounts():
            if other.id != except_id and _same_name(other.name, name):
                raise AccountError(
                    f"There is already an account called “{other.name}”. Choose another name."
                )

    def _read(self) -> tuple[list[Account], str | None]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return [], None
        except OSError as exc:
            self.load_problem = (
                f"Your account list could not be read ({exc.strerror or 'unknown error'})."
            )
            self._unreadable = True
            return [], None
        try:
            data = json.loads(raw.decode("utf-8"))
            accounts = [Account.from_json(item) for item in data.get("accounts", [])]
            default = data.get("default")
        except (ValueError, KeyError, TypeError, AttributeError):
            self.load_problem = (
                "Your account list was damaged, so it was set aside and a new one started. "
                "Your keys are still in your keyring."
            )
            self._unreadable = True
            return [], None
        self._unreadable = False
        return accounts, default if isinstance(default, str) else None

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._unreadable and self.path.exists():
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
            os.replace(self.path, aside)
            self._unreadable = False
        default = self._default_id if any(a.id == self._default_id for a in self._saved) else None
        document = {
            "version": _FILE_VERSION,
            "default": default,
            "accounts": [a.to_json() for a in self._saved],
        }
        payload = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        _atomic_write(self.path, payload)


def _atomic_write(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` so a crash leaves either the old or the new file."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    if hasattr(os, "O_DIRECTORY"):
        try:
            dir_fd = os.open(path.parent, os.O_DIRECTORY)
        except OSError:
            return
        try:
            os.fsync(dir_fd)
        except OSError:
            pass
        finally:
            os.close(dir_fd)


# --------------------------------------------------------------------------- verification


def verify_key(key: str, base_url: str = DEFAULT_BASE_URL, *, timeout: float = 20.0) -> None:
    """Ask LeanRails whether it accepts ``key`` (one ``list(limit=1)``). Raises the API
    client's ``LeanRailsError`` (``AuthenticationError`` for a refused key).

    Makes a network call: run it on a worker thread, never the GUI thread.
    """
    from leanrails_desktop.core.api import LeanRailsClient

    client = LeanRailsClient(api_key=key, base_url=base_url, timeout=timeout, max_retries=1)
    try:
        client.checkout_links.list(limit=1)
    finally:
        client.close()


# --------------------------------------------------------------------------- startup


class StartupSource(enum.Enum):
    """Why :func:`resolve_startup` chose what it chose."""

    NAMED = "named"
    """``--account NAME`` named it."""
    ENVIRONMENT = "environment"
    """``LEANRAILS_API_KEY`` was set: a session-only account, the keyring untouched."""
    DEFAULT = "default"
    """The default account (or the first one)."""
    NONE = "none"
    """There is no account: show the welcome view."""


@dataclass(frozen=True, slots=True)
class StartupPlan:
    """The account to open at start, and a sentence to show if something asked for was
    not possible (an unknown ``--account``, a malformed ``LEANRAILS_API_KEY``)."""

    account: Account | None
    source: StartupSource
    notice: str = ""
    env_key: str = field(default="", repr=False)
    """For :attr:`StartupSource.ENVIRONMENT` only: the key to keep in memory."""


def resolve_startup(
    accounts: Sequence[Account],
    default_id: str | None,
    *,
    requested_name: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> StartupPlan:
    """Which account the app opens. Pure: reads nothing but its arguments.

    Order: ``--account NAME`` (exact name, else the only case-insensitive match); then a
    key in ``LEANRAILS_API_KEY`` (with ``LEANRAILS_API_BASE``, default the public API);
    then the default account; then none (the welcome view). Whatever could not be honoured
    is explained in ``notice`` and the next choice is taken.
    """
    environ = environ if environ is not None else {}
    notices: list[str] = []

    if requested_name is not None and requested_name.strip():
        wanted = " ".join(requested_name.split())
        found = next((a for a in accounts if a.name == wanted), None)
        if found is None:
            matches = [a for a in accounts if _same_name(a.name, wanted)]
            found = matches[0] if len(matches) == 1 else None
        if found is not None:
            return StartupPlan(found, StartupSource.NAMED)
        names = ", ".join(f"“{a.name}”" for a in accounts)
        notices.append(
            f"There is no account called “{wanted}”."
            + (f" Your accounts are {names}." if names else "")
        )

    raw_key = environ.get(ENV_KEY, "")
    if raw_key.strip():
        try:
            key = check_key(raw_key)
            base = check_base_url(environ.get(ENV_BASE, ""))
        except AccountError as problem:
            notices.append(f"{ENV_KEY} was not used: {problem.message}")
        else:
            mode = mode_of(key)
            account = Account(
                id=ENV_ACCOUNT_ID,
                name=f"{ENV_KEY} ({mode.value})",
                mode=mode,
                base_url=base,
                last4=key[-4:],
                session_only=True,
            )
            return StartupPlan(
                account, StartupSource.ENVIRONMENT, " ".join(notices), env_key=key
            )

    chosen = next((a for a in accounts if a.id == default_id), None)
    if chosen is None and accounts:
        chosen = accounts[0]
    if chosen is not None:
        if notices:
            notices.append(f"Opened “{chosen.name}” instead.")
        return StartupPlan(chosen, StartupSource.DEFAULT, " ".join(notices))
    return StartupPlan(None, StartupSource.NONE, " ".join(notices))
