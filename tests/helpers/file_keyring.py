"""A keyring backend for tests that keeps passwords in a JSON file, so they survive a process
being killed and restarted without a Secret Service.

Plain text on purpose: it is for tests only, viable only where a test set its file (and
then with a priority below any real keyring), and chosen with
``PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring`` (this folder on ``PYTHONPATH``). The
file is ``$LEANRAILS_TEST_KEYRING_FILE``; tests keep it outside the folders they scan.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend
from keyring.compat import properties

FILE_VARIABLE = "LEANRAILS_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    """Passwords in ``$LEANRAILS_TEST_KEYRING_FILE``, one JSON object, written atomically."""

    @properties.classproperty
    def priority(cls) -> float:
        # Viable only where a test set its file; lower than any real keyring even then.
        if not os.environ.get(FILE_VARIABLE):
            raise RuntimeError(f"test backend: {FILE_VARIABLE} is not set")
        return 0.1

    @property
    def path(self) -> Path:
        where = os.environ.get(FILE_VARIABLE)
        if not where:
            raise keyring.errors.InitError(f"{FILE_VARIABLE} is not set")
        return Path(where)

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".keyring-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data.setdefault(service, {})[username] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.get(service, {}).pop(username, None) is None:
            raise keyring.errors.PasswordDeleteError("not found")
        self._write(data)
