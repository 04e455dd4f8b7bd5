"""The API address and the key as shown: one rule for each, used by every part of the app.

- :data:`DEFAULT_BASE_URL`, the public API.
- :func:`normalize_base_url`: what an API address must look like, and its one spelling.
  Plain ``http://`` is allowed only for this computer (:func:`is_loopback`), because the
  secret key travels with every request.
- :func:`mask_key`: a key as it may be shown back to a person, ``sk_test_…abcd``.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Final
from urllib.parse import urlsplit

import httpx

from leanrails_desktop.core.api.errors import ConfigurationError

__all__ = [
    "DEFAULT_BASE_URL",
    "address_for_messages",
    "is_loopback",
    "mask_key",
    "masked_form",
    "normalize_base_url",
]

DEFAULT_BASE_URL: Final = "https://api.leanrails.com"

_KEY_PREFIX: Final = re.compile(r"(?:sk|rk|pk)_(?:test|live)_")
_MIN_HIDDEN: Final = 8
"""A key shows its last four characters only when at least this many follow its prefix,
so that what is shown is never more than half of what is secret."""


def is_loopback(host: str) -> bool:
    """True when ``host`` can only mean this computer: ``localhost``, any ``127.x.y.z``,
    ``::1`` (with or without brackets) and IPv4-mapped loopback (``::ffff:127.0.0.1``)."""
    name = host.strip().lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    if name.rstrip(".") == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def normalize_base_url(text: str) -> str:
    """The API address in its one spelling, or :class:`ConfigurationError` saying what is
    wrong in a sentence for the merchant.

    Surrounding space and trailing ``/`` go; scheme and host become lower case; an address
    typed without a scheme gets ``https://``. Refused: anything but http(s), no host, a
    user name or password, ``?`` or ``#``, spaces, a bad port, and plain ``http://`` to
    any host but this computer.
    """
    text = text.strip()
    if not text:
        raise ConfigurationError(f"The API address is empty; the usual one is {DEFAULT_BASE_URL}.")
    if "://" not in text:
        text = "https://" + text
    text = text.rstrip("/")
    if any(ch.isspace() or not ch.isprintable() for ch in text):
        raise ConfigurationError("The API address cannot contain spaces.")
    not_a_url = f"The API address is not a valid web address; use one such as {DEFAULT_BASE_URL}."
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not 0-65535
    except ValueError:
        raise ConfigurationError(not_a_url) from None
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if scheme not in ("http", "https") or not host:
        raise ConfigurationError(
            f"The API address must start with https:// and name a host, such as {DEFAULT_BASE_URL}."
        )
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError(
            "The API address must not contain a user name or password; "
            "the key is sent separately."
        )
    if parts.query or parts.fragment:
        raise ConfigurationError("The API address must not contain '?' or '#'.")
    if scheme == "http" and not is_loopback(host):
        raise ConfigurationError(
            f"Refusing to send a secret key to {host} over plain http; "
            "use an https:// address (plain http is allowed only for this computer)."
        )
    normalized = f"{scheme}://{parts.netloc.lower()}{parts.path}"
    try:
        httpx.URL(normalized)
    except (httpx.InvalidURL, ValueError):
        raise ConfigurationError(not_a_url) from None
    return normalized


def address_for_messages(base_url: str) -> str:
    """``host`` or ``host:port`` of a normalized base URL, as sentences name the server."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    shown = f"[{host}]" if ":" in host else host
    return shown if parts.port is None else f"{shown}:{parts.port}"


def mask_key(key: str) -> str:
    """``sk_test_…abcd``: the key's prefix and, when the key is long enough to spare them,
    its last four characters. An unknown prefix is not guessed (``…1234``)."""
    found = _KEY_PREFIX.match(key)
    prefix = found.group(0) if found else ""
    last4 = key[-4:] if len(key) - len(prefix) >= _MIN_HIDDEN else ""
    return masked_form(prefix, last4)


def masked_form(prefix: str, last4: str) -> str:
    """The shown form of a key known only by its prefix and last four characters."""
    return f"{prefix}…{last4}"
