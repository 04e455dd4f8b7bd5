"""An in-memory keyring backend for unit tests, installed with ``keyring.set_keyring``."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.compat import properties


class MemoryKeyring(KeyringBackend):
    """Keeps passwords in a dict. Set ``fail_with`` to make every call raise it (a locked
    or broken keyring arriving mid-session); ``calls`` records what was asked."""

    @properties.classproperty
    def priority(cls) -> float:
        # Not viable for keyring's own detection: only ever installed explicitly.
        raise RuntimeError("test backend")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.fail_with: Exception | None = None
        self.calls: list[tuple[str, str, str]] = []

    def _maybe_fail(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", service, username))
        self._maybe_fail()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", service, username))
        self._maybe_fail()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", service, username))
        self._maybe_fail()
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


def install(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """Use ``backend`` as keyring's backend for one test, then put the previous one back."""
    previous = keyring.core._keyring_backend
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.core._keyring_backend = previous
