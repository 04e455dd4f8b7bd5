"""An account as the app lists it, its mode, and the errors about accounts.

An :class:`Account` never holds its secret key, only the key's mode and last four
characters, for display as ``sk_test_…abcd``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from leanrails_desktop.core.api.urls import DEFAULT_BASE_URL, masked_form


class Mode(enum.StrEnum):
    """Test mode (``sk_test_``) or live mode (``sk_live_``: real payments)."""

    TEST = "test"
    LIVE = "live"

    @property
    def prefix(self) -> str:
        return f"sk_{self.value}_"


def mode_of(key: str) -> Mode:
    """The mode a well-formed key acts in."""
    return Mode.LIVE if key.startswith(Mode.LIVE.prefix) else Mode.TEST


class AccountError(Exception):
    """Something about an account was refused; ``message`` is a sentence for the merchant."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class KeyShapeError(AccountError):
    """The pasted text is not a LeanRails secret key; the message says why."""


class MissingKeyError(AccountError):
    """The account exists but its key is no longer in the keyring."""


@dataclass(frozen=True, slots=True)
class Account:
    """One account as listed. It never holds the key: ask the store with
    :meth:`~leanrails_desktop.core.accounts.AccountStore.key_for`."""

    id: str
    name: str
    mode: Mode
    base_url: str
    last4: str
    session_only: bool = False
    """True when the key is kept in memory for this run only (not in the keyring)."""

    @classmethod
    def for_key(
        cls, account_id: str, name: str, key: str, base_url: str, *, session_only: bool = False
    ) -> Account:
        """The account of a checked ``key``: its mode and last four characters come from
        the key, which itself is not kept."""
        return cls(account_id, name, mode_of(key), base_url, key[-4:], session_only)

    @property
    def local_key(self) -> str:
        """What this computer files the account's local data under (drafts, its mirror,
        the import journal): its id; for an account known for this run only (a key from
        the environment, whose id is always the same) also its server and the key's last
        four characters, so that two such keys do not share local data."""
        if not self.session_only:
            return self.id
        return f"{self.id}:{self.base_url}:{self.last4}"

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


def same_name(a: str, b: str) -> bool:
    """Whether two account names are the same to a person (case is ignored)."""
    return a.casefold() == b.casefold()


def find_named(accounts: Iterable[Account], name: str) -> Account | None:
    """The account called exactly ``name``, else the only one whose name differs in case."""
    listed = list(accounts)
    exact = next((a for a in listed if a.name == name), None)
    if exact is not None:
        return exact
    matches = [a for a in listed if same_name(a.name, name)]
    return matches[0] if len(matches) == 1 else None
