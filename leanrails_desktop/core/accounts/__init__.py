"""The merchant's accounts: names, modes, API addresses, and which one opens by default.

- :mod:`.model`: :class:`Account` (never its key; only its mode and last four characters,
  shown as ``sk_test_…abcd``), :class:`Mode` and the errors.
- :mod:`.rules`: what a pasted key, a name and an API address must look like.
- :mod:`.listfile`: ``accounts.json``, the saved list.
- :mod:`.store`: :class:`AccountStore`, the list and, through the OS keyring, the keys.
- :mod:`.verification`: :func:`verify_key`, asking LeanRails whether it accepts a key.
- :mod:`.startup`: :func:`resolve_startup`, which account opens (``--account``,
  ``LEANRAILS_API_KEY``).
"""

from __future__ import annotations

from leanrails_desktop.core.accounts.model import (
    Account,
    AccountError,
    KeyShapeError,
    MissingKeyError,
    Mode,
    find_named,
    mode_of,
)
from leanrails_desktop.core.accounts.rules import (
    MAX_NAME_LENGTH,
    check_base_url,
    check_key,
    clean_key,
    clean_name,
)
from leanrails_desktop.core.accounts.startup import (
    ENV_ACCOUNT_ID,
    ENV_BASE,
    ENV_KEY,
    StartupPlan,
    StartupSource,
    resolve_startup,
)
from leanrails_desktop.core.accounts.store import AccountStore
from leanrails_desktop.core.accounts.verification import verify_key
from leanrails_desktop.core.api.urls import DEFAULT_BASE_URL

__all__ = [
    "DEFAULT_BASE_URL",
    "ENV_ACCOUNT_ID",
    "ENV_BASE",
    "ENV_KEY",
    "MAX_NAME_LENGTH",
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
    "clean_name",
    "describe_verification_error",
    "find_named",
    "mode_of",
    "resolve_startup",
    "verify_key",
]
