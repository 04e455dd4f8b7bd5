"""Remove secret keys from text before it is logged, shown in a report or stored.

Two layers:

- :func:`redact_secrets` removes what is a key beyond doubt: anything shaped like a
  secret or restricted key (``sk_test_…``, ``sk_live_…``, ``rk_…``), the exact keys the app
  registered with :func:`register_secret`, and the base64 forms of both (HTTP Basic sends
  ``base64("<key>:")``). The local store uses this layer, so a merchant's text is only
  touched where it really holds a key.
- :func:`redact` adds header-shaped credentials on top: the value of any
  ``Authorization`` header and ``Basic …`` / ``Bearer …`` credentials. Logs and crash
  reports use this layer.

Registered keys are kept in this module's memory only, for as long as the process runs;
nothing here writes anywhere.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import threading

REDACTED = "[redacted]"

_KEY_PREFIX = r"(?:sk|rk)_(?:test|live)_"
_KEY_TEXT = re.compile(_KEY_PREFIX + r"[A-Za-z0-9]+")
_KEY_BYTES = re.compile(_KEY_PREFIX.encode("ascii") + rb"[A-Za-z0-9]")

# A run of base64 characters (standard or URL-safe alphabet). 12 characters is the shortest
# encoding that can hold a key prefix plus one character.
_B64_RUN = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")
_URLSAFE_TO_STANDARD = str.maketrans("-_", "+/")
_STANDARD_TO_URLSAFE = str.maketrans("+/", "-_")

# The credential of an Authorization (or Proxy-Authorization) header, in the shapes it takes
# in raw HTTP, dict and tuple reprs, and keyword arguments; an auth scheme word is kept.
_AUTH_HEADER = re.compile(
    r"(?P<head>authorization\b[\"']?[ \t]*[:=,][ \t]*(?:b?[\"'])?)"
    r"(?P<scheme>(?:basic|bearer|digest|token)[ \t]+)?"
    r"(?P<cred>[^\s\"',;)}\]]+)",
    re.IGNORECASE,
)
_BASIC = re.compile(r"\b(?P<head>Basic[ \t]+)(?P<cred>[A-Za-z0-9+/]{4,}={0,2})", re.IGNORECASE)
_BEARER = re.compile(r"\b(?P<head>Bearer[ \t]+)(?P<cred>[A-Za-z0-9._~+/-]{16,}=*)", re.IGNORECASE)

_MIN_SECRET = 8

_lock = threading.Lock()
# Replaced as a whole under the lock, read without it: readers always see a complete tuple.
_registered: tuple[str, ...] = ()
_registered_forms: tuple[str, ...] = ()


def _b64_cores(data: bytes, min_length: int = _MIN_SECRET) -> set[str]:
    """Substrings that any base64 text (standard alphabet) containing ``data`` must contain.

    ``data`` can start at any of three byte offsets within a 3-byte group; for each, the
    characters that depend only on ``data`` (not on its neighbours) are the same wherever
    it appears.
    """
    cores: set[str] = set()
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + data + b"\0\0\0").decode("ascii")
        # Character i encodes bits 6i..6i+5; keep those lying wholly inside ``data``.
        start = -(-offset * 4 // 3)
        end = (offset + len(data)) * 4 // 3
        core = encoded[start:end]
        if len(core) >= min_length:
            cores.add(core)
    return cores


def _with_urlsafe(forms: set[str]) -> set[str]:
    return forms | {form.translate(_STANDARD_TO_URLSAFE) for form in forms}


# Every base64 encoding of a key holds one of these; runs without one are not decoded.
_KEY_MARKERS = tuple(_b64_cores(b"_test_", 6) | _b64_cores(b"_live_", 6))
_ANY_KEY_MARKER = re.compile(
    "|".join(re.escape(marker) for marker in sorted(_with_urlsafe(set(_KEY_MARKERS))))
)


def register_secret(secret: str) -> None:
    """Redact ``secret`` (and its base64 forms) from now on, wherever it occurs.

    Raises ValueError for strings shorter than 8 characters, which would redact ordinary
    words.
    """
    global _registered, _registered_forms
    if len(secret) < _MIN_SECRET:
        raise ValueError("a secret to redact must be at least 8 characters long")
    raw = secret.encode("utf-8")
    encoded = {base64.b64encode(raw + b":").decode("ascii"), base64.b64encode(raw).decode("ascii")}
    forms = {secret} | _with_urlsafe(encoded | _b64_cores(raw))
    with _lock:
        if secret in _registered:
            return
        _registered = (*_registered, secret)
        # Longest first, so a shorter form never splits a longer one before it is replaced;
        # then alphabetical, so the result never depends on the order of a set.
        _registered_forms = tuple(
            sorted(set(_registered_forms) | forms, key=lambda form: (-len(form), form))
        )


def clear_registered_secrets() -> None:
    """Forget every registered secret (for tests, and when all accounts are removed)."""
    global _registered, _registered_forms
    with _lock:
        _registered = ()
        _registered_forms = ()


def _decoded_variants(run: str) -> list[bytes]:
    """The bytes ``run`` stands for, tried at each of the four character alignments."""
    text = run.rstrip("=")
    if "-" in text or "_" in text:
        text = text.translate(_URLSAFE_TO_STANDARD)
    if not any(marker in text for marker in _KEY_MARKERS):
        return []
    out: list[bytes] = []
    for shift in range(4):
        chunk = text[shift:]
        if len(chunk) % 4 == 1:  # a lone last character holds no whole byte
            chunk = chunk[:-1]
        if len(chunk) < 12:
            continue
        try:
            # The last, partial group is decoded too: a key's first characters may be there.
            out.append(binascii.a2b_base64(chunk + "=" * (-len(chunk) % 4)))
        except binascii.Error:
            continue
    return out


def _b64_holds_key(run: str) -> bool:
    return any(_KEY_BYTES.search(data) for data in _decoded_variants(run))


def _redact_b64_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return REDACTED if _b64_holds_key(run) else run


def redact_secrets(text: str) -> str:
    """``text`` with every key, registered secret and base64 form of them replaced."""
    forms = _registered_forms
    for form in forms:
        if form in text:
            text = text.replace(form, REDACTED)
    text = _KEY_TEXT.sub(REDACTED, text)
    if _ANY_KEY_MARKER.search(text) is None:
        return text
    return _B64_RUN.sub(_redact_b64_run, text)


def contains_secret(text: str) -> bool:
    """Whether :func:`redact_secrets` would change ``text``."""
    return redact_secrets(text) != text


def _redact_basic(match: re.Match[str]) -> str:
    cred = match.group("cred")
    try:
        decoded = base64.b64decode(cred + "=" * (-len(cred) % 4), validate=True)
    except (binascii.Error, ValueError):
        return match.group(0)
    # HTTP Basic credentials are always "user:password"; ordinary words after "Basic" are not.
    return match.group("head") + REDACTED if b":" in decoded else match.group(0)


def _redact_auth_header(match: re.Match[str]) -> str:
    return match.group("head") + (match.group("scheme") or "") + REDACTED


def redact(text: str) -> str:
    """``text`` safe for a log or a report: keys, their base64 forms and credentials gone."""
    text = redact_secrets(text)
    text = _AUTH_HEADER.sub(_redact_auth_header, text)
    text = _BASIC.sub(_redact_basic, text)
    return _BEARER.sub(lambda m: m.group("head") + REDACTED, text)


class RedactingFilter(logging.Filter):
    """A logging filter that redacts each record's message, exception and stack text.

    Attach it to a handler: it then sees every record the handler writes, including those
    propagated from other loggers. The record is rewritten in place (its arguments merged
    into the message), so later handlers see the redacted text too.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # bad %-arguments: keep the template, never the raw arguments
            message = f"{record.msg!s} (log arguments could not be formatted)"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
