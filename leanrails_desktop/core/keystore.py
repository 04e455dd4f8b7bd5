"""Secret keys in the operating system's keyring. The only module that talks to ``keyring``.

A :class:`SecretStore` keeps one keyring entry per account under the service name
``leanrails-desktop``. When no usable keyring exists, it can hold a key in memory for this
run only; it never writes a key anywhere else (no file, no settings, no log line).

Every keyring failure becomes a :class:`KeyringStatus`: what went wrong and how to fix it,
in sentences a merchant can act on. Raw backend messages only reach ``status.detail`` after
every key has been redacted (``core.redact``); every key this store handles is registered
there, so no log line of the app can carry it.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import sys
import threading
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.redact import redact, register_secret

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_NAME = "leanrails-desktop"
"""The keyring service name every entry of the app is stored under."""

_log = logging.getLogger("leanrails_desktop.core.keystore")

# Backends that would keep secrets in a plain or weakly protected file, or drop them.
_REFUSED_MODULE_PREFIXES = ("keyrings.alt",)


def _keyring() -> ModuleType:
    """The ``keyring`` package, imported on first use: it costs ≈50 ms, which an app opened
    with an environment key never needs to pay at start."""
    import keyring
    import keyring.errors

    return keyring


def _errors() -> ModuleType:
    return _keyring().errors  # type: ignore[no-any-return]


def _refused_backends() -> tuple[type[KeyringBackend], ...]:
    from keyring.backends import fail, null

    return (fail.Keyring, null.Keyring)


class KeyringState(enum.Enum):
    """How the keyring answered the last time it was asked."""

    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"
    """There is no usable keyring at all (no Secret Service, no KWallet, a plain-file one)."""
    LOCKED = "locked"
    """There is a keyring but it is locked and could not be unlocked."""
    ERROR = "error"
    """The keyring answered with an error."""


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """The keyring's health, with a merchant sentence and the fix when it is not usable."""

    state: KeyringState
    message: str = ""
    fix: str = ""
    backend: str = ""
    detail: str = ""

    @property
    def available(self) -> bool:
        return self.state is KeyringState.AVAILABLE

    def sentence(self) -> str:
        """The problem and its fix in one paragraph ("" when the keyring works)."""
        return " ".join(part for part in (self.message, self.fix) if part)


class KeystoreError(Exception):
    """A keyring read, write or delete failed. ``status`` says why, in plain words."""

    def __init__(self, status: KeyringStatus) -> None:
        super().__init__(status.sentence())
        self.status = status

    def __repr__(self) -> str:
        return f"KeystoreError(state={self.status.state.value!r}, detail={self.status.detail!r})"


def _register(secret: str) -> None:
    """Have every log line and report of the app redact ``secret`` from now on."""
    # A secret too short to redact safely is refused as a key elsewhere.
    with contextlib.suppress(ValueError):
        register_secret(secret)


def _keyring_product() -> str:
    if sys.platform == "darwin":
        return "macOS Keychain"
    if sys.platform == "win32":
        return "Windows Credential Manager"
    return "GNOME Keyring or KWallet"


def _fix_for(state: KeyringState) -> str:
    mac, windows = sys.platform == "darwin", sys.platform == "win32"
    if state is KeyringState.UNAVAILABLE and mac:
        return translate(
            "Keystore",
            "Open Keychain Access, unlock your login keychain and restart LeanRails Desktop. "
            "Until then you can keep a key for this run only and paste it again next time.",
        )
    if state is KeyringState.UNAVAILABLE and windows:
        return translate(
            "Keystore",
            "Sign in to Windows again so Credential Manager is available and restart "
            "LeanRails Desktop. Until then you can keep a key for this run only and paste it "
            "again next time.",
        )
    if state is KeyringState.UNAVAILABLE:
        return translate(
            "Keystore",
            "To fix this, install GNOME Keyring (or KWallet on KDE), make sure it starts with "
            "your desktop session and is unlocked, then restart LeanRails Desktop. Until then "
            "you can keep a key for this run only and paste it again next time.",
        )
    if state is KeyringState.LOCKED and mac:
        return translate(
            "Keystore",
            "Open Keychain Access, unlock your login keychain, then try again. "
            "Nothing has been lost.",
        )
    if state is KeyringState.LOCKED and windows:
        return translate(
            "Keystore",
            "Sign in to Windows again so Credential Manager is available, then try again. "
            "Nothing has been lost.",
        )
    if state is KeyringState.LOCKED:
        return translate(
            "Keystore",
            "Unlock your keyring (sign in to your desktop again, or open Passwords and Keys), "
            "then try again. Nothing has been lost.",
        )
    return translate(
        "Keystore",
        "Make sure {keyring} is running and unlocked, then try again. Nothing has been lost.",
    ).format(keyring=_keyring_product())


def _locked(action: str) -> str:
    if action == "read":
        return translate("Keystore", "Your keyring is locked, so the secret key could not be read.")
    if action == "save":
        return translate(
            "Keystore", "Your keyring is locked, so the secret key could not be saved."
        )
    if action == "delete":
        return translate(
            "Keystore", "Your keyring is locked, so the secret key could not be deleted."
        )
    return translate("Keystore", "Your keyring is locked, so the secret key could not be used.")


def _failed(action: str) -> str:
    if action == "read":
        return translate(
            "Keystore", "Your keyring answered with an error, so the secret key could not be read."
        )
    if action == "save":
        return translate(
            "Keystore", "Your keyring answered with an error, so the secret key could not be saved."
        )
    if action == "delete":
        return translate(
            "Keystore",
            "Your keyring answered with an error, so the secret key could not be deleted.",
        )
    return translate(
        "Keystore", "Your keyring answered with an error, so the secret key could not be used."
    )


def _status(
    state: KeyringState, action: str, backend: str, detail: str, *, plain_file: bool = False
) -> KeyringStatus:
    if state is KeyringState.UNAVAILABLE and plain_file:
        message = translate(
            "Keystore",
            "The only keyring on this computer keeps passwords in a plain file, so "
            "LeanRails Desktop will not use it to remember your secret key.",
        )
    elif state is KeyringState.UNAVAILABLE:
        message = translate(
            "Keystore",
            "LeanRails Desktop can't find a keyring on this computer, so it can't remember "
            "your secret key.",
        )
    elif state is KeyringState.LOCKED:
        message = _locked(action)
    else:
        message = _failed(action)
    return KeyringStatus(state, message, _fix_for(state), backend, detail)


def _backend_label(backend: KeyringBackend | None) -> str:
    if backend is None:
        return "none"
    kind = type(backend)
    return f"{kind.__module__}.{kind.__name__}"


def _available(backend: KeyringBackend) -> KeyringStatus:
    return KeyringStatus(KeyringState.AVAILABLE, backend=_backend_label(backend))


def _state_for_exception(exc: BaseException) -> KeyringState:
    """Sort a backend failure into unavailable / locked / error."""
    if isinstance(exc, _errors().KeyringLocked):
        return KeyringState.LOCKED
    if isinstance(exc, _errors().NoKeyringError | _errors().InitError):
        return KeyringState.UNAVAILABLE
    if isinstance(exc, _errors().KeyringError):
        return KeyringState.ERROR
    module = type(exc).__module__
    name = type(exc).__name__
    # secretstorage, jeepney and dbus-python are optional: recognise them by name.
    if module.startswith(("secretstorage", "jeepney", "dbus")):
        if name in ("LockedException", "PromptDismissedException"):
            return KeyringState.LOCKED
        if name == "SecretServiceNotAvailableException":
            return KeyringState.UNAVAILABLE
        text = str(exc)
        if "ServiceUnknown" in text or "NoServer" in text or "NoReply" in text:
            return KeyringState.UNAVAILABLE
        return KeyringState.ERROR
    if isinstance(exc, OSError | EOFError | RuntimeError | ImportError):
        # A missing D-Bus socket, a backend whose priority check failed, a missing module.
        return KeyringState.UNAVAILABLE
    return KeyringState.ERROR


_PROBE_ENTRY = "__leanrails_desktop_probe__"


class SecretStore:
    """Secret keys by entry name (an account id): in the OS keyring, or in memory for this run.

    ``backend`` is for tests and special setups; by default the store asks ``keyring`` for
    its current backend on every call, so ``keyring.set_keyring(...)`` takes effect at once.
    Safe to use from worker threads.
    """

    def __init__(
        self, backend: KeyringBackend | None = None, *, service: str = SERVICE_NAME
    ) -> None:
        self._backend = backend
        self.service = service
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        self._status: KeyringStatus | None = None

    def __repr__(self) -> str:
        with self._lock:
            count = len(self._memory)
        return f"SecretStore(service={self.service!r}, session_only_entries={count})"

    # -- health -------------------------------------------------------------------------
    def check(self) -> KeyringStatus:
        """Ask the keyring whether it can be used now (a harmless read), and remember it."""
        try:
            backend = self._usable_backend("check")
            backend.get_password(self.service, _PROBE_ENTRY)
        except KeystoreError as failure:
            return self._remember(failure.status)
        except Exception as exc:
            return self._remember(self._failure(exc, "check", self._backend_or_none()).status)
        return self._remember(_available(backend))

    @property
    def status(self) -> KeyringStatus:
        """The last known status; checks the keyring the first time it is asked."""
        with self._lock:
            known = self._status
        return known if known is not None else self.check()

    # -- secrets ------------------------------------------------------------------------
    def get(self, entry: str) -> str | None:
        """The secret for ``entry``, or None if there is none. Raises :class:`KeystoreError`."""
        with self._lock:
            if entry in self._memory:
                return self._memory[entry]
        backend = self._usable_backend("read")
        try:
            secret = backend.get_password(self.service, entry)
        except Exception as exc:
            raise self._failure(exc, "read", backend) from None
        self._mark_available(backend)
        if secret:
            _register(secret)
        return secret

    def put(self, entry: str, secret: str, *, session_only: bool = False) -> None:
        """Store ``secret`` in the keyring, or only in memory when ``session_only``.

        Raises :class:`KeystoreError` if the keyring cannot store it; nothing is then kept.
        """
        if not secret:
            raise ValueError("an empty secret cannot be stored")
        _register(secret)
        if session_only:
            with self._lock:
                self._memory[entry] = secret
            return
        backend = self._usable_backend("save")
        try:
            backend.set_password(self.service, entry, secret)
        except Exception as exc:
            raise self._failure(exc, "save", backend, secret) from None
        with self._lock:
            self._memory.pop(entry, None)
        self._mark_available(backend)

    def delete(self, entry: str) -> None:
        """Forget ``entry`` (memory and keyring). A missing entry is not an error."""
        with self._lock:
            was_in_memory = self._memory.pop(entry, None) is not None
        if was_in_memory:
            return
        backend = self._usable_backend("delete")
        try:
            backend.delete_password(self.service, entry)
        except _errors().PasswordDeleteError:
            # Most backends say "not found" this way; make sure it really is gone.
            try:
                still_there = backend.get_password(self.service, entry) is not None
            except Exception as exc:
                raise self._failure(exc, "delete", backend) from None
            if still_there:
                raise self._failure(
                    _errors().PasswordDeleteError("entry still present"), "delete", backend
                ) from None
        except Exception as exc:
            raise self._failure(exc, "delete", backend) from None
        self._mark_available(backend)

    def is_session_only(self, entry: str) -> bool:
        """True when ``entry`` is kept in memory for this run only."""
        with self._lock:
            return entry in self._memory

    def forget_session(self) -> None:
        """Drop every key kept for this run only."""
        with self._lock:
            self._memory.clear()

    # -- internals ----------------------------------------------------------------------
    def _backend_or_none(self) -> KeyringBackend | None:
        try:
            return self._backend or _keyring().get_keyring()
        except Exception:
            return None

    def _usable_backend(self, action: str) -> KeyringBackend:
        try:
            backend = self._backend or _keyring().get_keyring()
        except Exception as exc:  # a configured backend that cannot load
            raise self._failure(exc, action, None) from None
        effective = backend
        chained = getattr(backend, "backends", None)
        if isinstance(chained, list):
            # A chainer writes to its first backend; judge that one.
            if not chained:
                raise self._refusal(action, backend)
            effective = chained[0]
        if isinstance(effective, _refused_backends()):
            raise self._refusal(action, effective)
        if type(effective).__module__.startswith(_REFUSED_MODULE_PREFIXES):
            raise self._refusal(action, effective, plain_file=True)
        return backend

    def _refusal(
        self, action: str, backend: KeyringBackend, *, plain_file: bool = False
    ) -> KeystoreError:
        label = _backend_label(backend)
        status = _status(
            KeyringState.UNAVAILABLE,
            action,
            label,
            f"refused backend {label}",
            plain_file=plain_file,
        )
        self._remember(status)
        return KeystoreError(status)

    def _failure(
        self, exc: BaseException, action: str, backend: KeyringBackend | None, *secrets: str
    ) -> KeystoreError:
        state = _state_for_exception(exc)
        label = _backend_label(backend)
        text = f"{type(exc).__name__}: {exc}"
        for secret in secrets:
            text = text.replace(secret, "[redacted]")
        detail = redact(text)[:300]
        status = _status(state, action, label, detail)
        _log.warning("Keyring %s failed (%s, %s): %s", action, state.value, label, detail)
        self._remember(status)
        return KeystoreError(status)

    def _mark_available(self, backend: KeyringBackend) -> None:
        with self._lock:
            if self._status is None or not self._status.available:
                self._status = _available(backend)

    def _remember(self, status: KeyringStatus) -> KeyringStatus:
        with self._lock:
            self._status = status
        return status
