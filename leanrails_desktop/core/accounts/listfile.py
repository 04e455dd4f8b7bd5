"""``accounts.json``, the saved account list: read forgivingly, written atomically.

It holds names, modes, API addresses and the keys' last four characters, never a key.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from leanrails_desktop.core.accounts.model import Account
from leanrails_desktop.core.i18n import translate

_FILE_VERSION = 1


class AccountsFile:
    """The list file at ``path``. A file that cannot be read is not overwritten: the next
    write first sets it aside as ``accounts.json.damaged-<time>``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        """A sentence for the merchant once the file could not be read."""
        self._unreadable = False

    def read(self) -> tuple[list[Account], str | None]:
        """The saved accounts and the default account's id; nothing when there is no
        file or it could not be read (then :attr:`problem` says why)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return [], None
        except OSError as exc:
            reason = exc.strerror or translate("AccountStore", "unknown error")
            self.problem = translate(
                "AccountStore", "Your account list could not be read ({reason})."
            ).format(reason=reason)
            self._unreadable = True
            return [], None
        try:
            data = json.loads(raw.decode("utf-8"))
            accounts = [Account.from_json(item) for item in data.get("accounts", [])]
            default = data.get("default")
        except (ValueError, KeyError, TypeError, AttributeError):
            self.problem = translate(
                "AccountStore",
                "Your account list was damaged, so it was set aside and a new one started. "
                "Your keys are still in your keyring.",
            )
            self._unreadable = True
            return [], None
        self._unreadable = False
        return accounts, default if isinstance(default, str) else None

    def write(self, accounts: Sequence[Account], default_id: str | None) -> None:
        """Replace the file with ``accounts``; ``default_id`` is kept only if it is one of
        them. Raises ``OSError`` when the file cannot be written."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._unreadable and self.path.exists():
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
            os.replace(self.path, aside)
            self._unreadable = False
        document = {
            "version": _FILE_VERSION,
            "default": default_id if any(a.id == default_id for a in accounts) else None,
            "accounts": [a.to_json() for a in accounts],
        }
        payload = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        _atomic_write(self.path, payload)


def _atomic_write(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` so a crash leaves either the old or the new file.

    ``mkstemp`` creates the file readable by this user only, which the list keeps; the
    exporters' atomic writer leaves permissions to the umask, as for a merchant's document.
    """
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
