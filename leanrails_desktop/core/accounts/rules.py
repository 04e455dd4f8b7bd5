"""The rules what a merchant types for an account must follow: the key, the name and the
API address. Each returns the cleaned value or raises
:class:`~leanrails_desktop.core.accounts.AccountError` with a sentence saying what is wrong.
"""

from __future__ import annotations

from leanrails_desktop.core.accounts.model import AccountError, KeyShapeError, Mode
from leanrails_desktop.core.api.errors import ConfigurationError
from leanrails_desktop.core.api.urls import DEFAULT_BASE_URL, normalize_base_url
from leanrails_desktop.core.i18n import translate

MAX_NAME_LENGTH = 60
_MIN_KEY_BODY = 8
_MAX_KEY_LENGTH = 255

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
        raise KeyShapeError(
            translate("AccountRules", "Paste your secret key. It starts with sk_test_ or sk_live_.")
        )
    lowered = key.lower()
    if lowered.startswith("pk_"):
        raise KeyShapeError(
            translate(
                "AccountRules",
                "This is a publishable key (it starts with pk_), which can't manage links. "
                "Paste your secret key instead: it starts with sk_test_ or sk_live_.",
            )
        )
    if lowered.startswith("rk_"):
        raise KeyShapeError(
            translate(
                "AccountRules",
                "This is a restricted key (it starts with rk_). Paste your secret key instead: "
                "it starts with sk_test_ or sk_live_.",
            )
        )
    mode = next((m for m in Mode if key.startswith(m.prefix)), None)
    if mode is None:
        if lowered.startswith("sk_"):
            raise KeyShapeError(
                translate(
                    "AccountRules",
                    "A secret key starts with sk_test_ (test mode) or sk_live_ (live mode); "
                    "this one starts differently. Copy it again from your LeanRails Dashboard.",
                )
            )
        raise KeyShapeError(
            translate(
                "AccountRules",
                "This doesn't look like a LeanRails secret key. A secret key starts with "
                "sk_test_ or sk_live_.",
            )
        )
    body = key[len(mode.prefix) :]
    if not (body.isascii() and body.isalnum()) and body:
        raise KeyShapeError(
            translate(
                "AccountRules",
                "This key contains characters a LeanRails secret key never has. "
                "Copy it again from your LeanRails Dashboard.",
            )
        )
    if len(body) < _MIN_KEY_BODY:
        raise KeyShapeError(
            translate(
                "AccountRules",
                "This key is too short to be a whole secret key. Copy it again, all of it.",
            )
        )
    if len(key) > _MAX_KEY_LENGTH:
        raise KeyShapeError(
            translate(
                "AccountRules", "This is too long to be a secret key. Copy just the key itself."
            )
        )
    return key


def clean_name(text: str) -> str:
    """The account name without surrounding space; :class:`AccountError` if unusable."""
    name = " ".join(text.split())
    if not name:
        raise AccountError(
            translate("AccountRules", "Give the account a name, such as the shop it belongs to.")
        )
    if len(name) > MAX_NAME_LENGTH:
        raise AccountError(
            translate("AccountRules", "Keep the name to {max} characters or fewer.").format(
                max=MAX_NAME_LENGTH
            )
        )
    return name


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
