"""How values are written into the store: as JSON with no secret in it, under identifiers
that are never secrets."""

from __future__ import annotations

import json
from typing import Any

from leanrails_desktop.core.redact import contains_secret, redact_secrets


def scrub(value: Any) -> Any:
    """Decoded JSON with every string (and key) passed through :func:`redact_secrets`."""
    if isinstance(value, str):
        return redact_secrets(value)
    if isinstance(value, list | tuple):  # asdict() keeps tuples (metadata pairs) as tuples
        return [scrub(item) for item in value]
    if isinstance(value, dict):
        return {redact_secrets(str(k)): scrub(v) for k, v in value.items()}
    return value


def safe_json(data: Any) -> str:
    """``data`` as JSON, with any secret in it redacted field by field."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    # Scanning the whole document once is cheap; field-level scrubbing only when needed.
    if contains_secret(text):
        text = json.dumps(scrub(data), ensure_ascii=True, separators=(",", ":"))
    return text


def check_identifier(what: str, value: str) -> None:
    """Raise ValueError if ``value`` (an account key, id or filter) is or holds a secret."""
    if contains_secret(value):
        raise ValueError(f"{what} must not be or contain a secret key")
