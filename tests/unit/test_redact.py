"""Redaction of keys and credentials from text and log records."""

from __future__ import annotations

import base64
import logging
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leanrails_desktop.core.redact import (
    REDACTED,
    RedactingFilter,
    clear_registered_secrets,
    contains_secret,
    redact,
    redact_secrets,
    register_secret,
)

KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
LIVE_KEY = "sk_live_51HxYzAbCdEfGhIjKlMnOpQr"
RESTRICTED = "rk_live_9ZyXwVuTsRqPoNmLk"


@pytest.fixture(autouse=True)
def _forget_secrets() -> Iterator[None]:
    clear_registered_secrets()
    yield
    clear_registered_secrets()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize("key", [KEY, LIVE_KEY, RESTRICTED, "sk_test_a"])
def test_key_shaped_strings_are_redacted(key: str) -> None:
    out = redact(f"request failed for key {key}, retrying")
    assert key not in out
    assert out == f"request failed for key {REDACTED}, retrying"


def test_keys_glued_to_other_text_are_redacted() -> None:
    out = redact(f"x{KEY}y and '{LIVE_KEY}'\n{RESTRICTED}.")
    for key in (KEY, LIVE_KEY, RESTRICTED):
        assert key not in out
    assert out.count(REDACTED) == 3


def test_ordinary_text_is_left_alone() -> None:
    text = (
        "Basic plan, Basic authentication, a bearer of good news; authorization failed. "
        "Link cl_abc123def456 at https://checkout.leanrails.com/cl/cl_abc123def456 "
        "price_3fg6hj9km1np prod_8mn4qr7vw2xz pk_test_publishable sk_other_thing"
    )
    assert redact(text) == text
    assert not contains_secret(text)


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Basic {b64}",
        "authorization: basic {b64}",
        "{{'Authorization': 'Basic {b64}'}}",
        '{{"authorization": "Basic {b64}"}}',
        "(b'Authorization', b'Basic {b64}')",
        "headers=Authorization=Basic {b64}",
        "Proxy-Authorization: Basic {b64}",
    ],
)
def test_authorization_basic_header_values_are_redacted(text: str) -> None:
    encoded = b64(f"{KEY}:")
    out = redact(text.format(b64=encoded))
    assert encoded not in out
    assert KEY not in out
    assert REDACTED in out


def test_authorization_header_keeps_the_scheme_and_the_rest_of_the_text() -> None:
    out = redact("GET /v1/checkout_links\r\nAuthorization: Basic dXNlcjpwYXNz\r\nHost: x\r\n")
    assert out == f"GET /v1/checkout_links\r\nAuthorization: Basic {REDACTED}\r\nHost: x\r\n"


def test_bearer_and_unknown_credentials_are_redacted() -> None:
    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc_DEF-123"
    assert token not in redact(f"Authorization: Bearer {token}")
    assert token not in redact(f"sent Bearer {token} upstream")
    assert "opaque-credential" not in redact("Authorization: opaque-credential")


def test_basic_credentials_outside_a_header_are_redacted() -> None:
    encoded = b64("merchant:hunter22")
    assert redact(f"retrying with Basic {encoded}") == f"retrying with Basic {REDACTED}"


@pytest.mark.parametrize("key", [KEY, LIVE_KEY, RESTRICTED])
@pytest.mark.parametrize("lead", [b"", b"x", b"xy"])
@pytest.mark.parametrize("urlsafe", [False, True])
def test_bare_base64_of_a_key_is_redacted_without_registration(
    key: str, lead: bytes, urlsafe: bool
) -> None:
    encode = base64.urlsafe_b64encode if urlsafe else base64.b64encode
    blob = encode(lead + key.encode() + b":").decode()
    for glue in ("", "Q", "ab"):
        out = redact_secrets(f"blob {glue}{blob}zz end")
        assert blob not in out
        assert REDACTED in out


def test_registered_secret_is_redacted_raw_and_in_base64_at_any_offset() -> None:
    secret = "not-key-shaped-but-secret-42"
    register_secret(secret)
    assert redact(f"value={secret};") == f"value={REDACTED};"
    for lead in range(4):
        for trail in range(3):
            blob = base64.b64encode(b"\x01" * lead + secret.encode() + b"\x02" * trail).decode()
            out = redact(f"payload {blob} end")
            assert blob not in out
    assert b64(f"{secret}:") not in redact(f"x {b64(f'{secret}:')} y")


def test_register_secret_refuses_short_strings_and_ignores_repeats() -> None:
    with pytest.raises(ValueError):
        register_secret("short")
    register_secret(KEY)
    register_secret(KEY)
    assert redact(KEY) == REDACTED


def test_clear_registered_secrets_forgets_them() -> None:
    register_secret("another-secret-value")
    clear_registered_secrets()
    assert redact("another-secret-value") == "another-secret-value"


def _record(msg: str, *args: object, exc: bool = False) -> logging.LogRecord:
    exc_info = sys.exc_info() if exc else None
    return logging.LogRecord("t", logging.ERROR, __file__, 1, msg, args or None, exc_info)


def _formatted(record: logging.LogRecord) -> str:
    assert RedactingFilter().filter(record)
    return logging.Formatter().format(record)


def test_filter_redacts_message_and_arguments() -> None:
    out = _formatted(_record("key %s header %r", KEY, {"Authorization": f"Basic {b64(KEY + ':')}"}))
    assert KEY not in out
    assert b64(KEY + ":") not in out
    assert "header" in out


def test_filter_redacts_an_exception_chain() -> None:
    try:
        try:
            raise ConnectionError(f"lost while sending {KEY}")
        except ConnectionError as cause:
            raise RuntimeError(f"Authorization: Basic {b64(LIVE_KEY + ':')}") from cause
    except RuntimeError:
        record = _record("request failed", exc=True)
    out = _formatted(record)
    assert "ConnectionError" in out
    assert "RuntimeError" in out
    assert "direct cause" in out
    assert KEY not in out
    assert LIVE_KEY not in out
    assert b64(LIVE_KEY + ":") not in out


def test_filter_redacts_stack_info_and_survives_bad_arguments() -> None:
    record = _record(f"two args %s %s for {KEY}", "only-one")
    record.stack_info = f"Stack (most recent call last):\n  secret {KEY}"
    out = _formatted(record)
    assert KEY not in out
    assert "could not be formatted" in out


_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
keys = st.builds(
    lambda kind, mode, body: f"{kind}_{mode}_{body}",
    st.sampled_from(["sk", "rk"]),
    st.sampled_from(["test", "live"]),
    st.text(alphabet=_ALNUM, min_size=1, max_size=48),
)


@given(prefix=st.text(), key=keys, suffix=st.text())
def test_property_a_key_anywhere_in_text_never_survives(prefix: str, key: str, suffix: str) -> None:
    assert key not in redact(prefix + key + suffix)


@given(prefix=st.text(), key=keys, suffix=st.text())
def test_property_basic_credentials_of_a_key_never_survive(
    prefix: str, key: str, suffix: str
) -> None:
    blob = b64(f"{key}:")
    out = redact(prefix + blob + suffix)
    assert blob not in out
    assert key not in out
