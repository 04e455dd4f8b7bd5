"""Secret keys: their shape, how they are stored (hashed), and how they are shown (masked).

The sandbox never keeps or prints a raw key. A merchant is found by the SHA-256 of the key;
log lines and messages show at most ``sk_test_…abcd``.
"""

from __future__ import annotations

import hashlib
import re

KEY_PATTERN = re.compile(r"sk_(?:test|live)_[A-Za-z0-9]{8,}")
_WHOLE_KEY = re.compile(rf"^{KEY_PATTERN.pattern}$")


def is_well_formed(key: str) -> bool:
    """True for ``sk_test_``/``sk_live_`` followed by at least 8 ASCII letters or digits."""
    return _WHOLE_KEY.match(key) is not None


def is_live(key: str) -> bool:
    """True for a live-mode key."""
    return key.startswith("sk_live_")


def key_hash(key: str) -> str:
    """The hex SHA-256 the database stores in place of the key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def mask(key: str) -> str:
    """``sk_test_…abcd``: the prefix and the last four characters, nothing more."""
    prefix = "sk_live_" if is_live(key) else "sk_test_"
    return f"{prefix}…{key[-4:]}"


def scrub(text: str) -> str:
    """Replace anything shaped like a secret key in ``text`` by its masked form."""
    return KEY_PATTERN.sub(lambda found: mask(found.group(0)), text)
