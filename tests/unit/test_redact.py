"""Redaction of keys and credentials from text and log records."""

from __future__ import annotations

import base64
import logging
import os
import subprocess
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


def test_a_secret_of_exactly_eight_characters_can_be_registered() -> None:
    register_secret("8charsOK")
    assert redact_secrets("pw=8charsOK.") == f"pw={REDACTED}."
    with pytest.raises(ValueError) as refused:
        register_secret("7chars!")
    assert str(refused.value) == "a secret to redact must be at least 8 characters long"


def test_the_basic_form_of_a_registered_secret_is_redacted_whole() -> None:
    secret = "merchant-password-9"
    register_secret(secret)
    # base64("<secret>:") as HTTP Basic sends it: nothing of it may be left beside the marker.
    assert redact_secrets(b64(f"{secret}:")) == REDACTED
    assert redact_secrets(f"[{b64(secret)}]") == f"[{REDACTED}]"


# A registered secret inside base64 text that starts 0, 1 or 2 bytes before it: base64
# character i stands for bits 6i..6i+5, so the characters from 4·lead/3 (rounded up) to
# 4·(lead + 13)/3 (rounded down) hold the secret's bits only and are all removed; the few
# beside them also hold the neighbouring bytes and are kept.
@pytest.mark.parametrize(("lead", "first", "end"), [(0, 0, 17), (1, 2, 18), (2, 3, 20)])
def test_base64_of_a_registered_secret_is_cut_out_to_the_last_character(
    lead: int, first: int, end: int
) -> None:
    secret = b"correct-horse"  # 13 bytes
    register_secret(secret.decode())
    blob = base64.b64encode(b"\xfe" * lead + secret + b"\xff\xff\xff").decode()
    assert redact_secrets(blob) == blob[:first] + REDACTED + blob[end:]


def test_url_safe_base64_of_a_registered_secret_is_redacted() -> None:
    secret = "~~~~~~~~>>>>????"  # its standard base64 is full of + and /
    register_secret(secret)
    standard = b64(f"{secret}:")
    urlsafe = base64.urlsafe_b64encode(f"{secret}:".encode()).decode()
    assert ("+" in standard or "/" in standard) and urlsafe != standard
    assert redact_secrets(f"<{urlsafe}>") == f"<{REDACTED}>"


@pytest.mark.parametrize(
    "key", ["sk_test_W", "sk_live_abc", "rk_test_Zz9", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"]
)
def test_base64_of_any_key_shaped_text_is_redacted(key: str) -> None:
    assert redact_secrets(b64(key)) == REDACTED
    assert redact_secrets(f"({b64(key)})") == f"({REDACTED})"


@pytest.mark.parametrize("lead", [b"", b"\xfb", b"\xfb\xef"])
def test_url_safe_base64_of_a_key_is_redacted_whichever_symbol_it_uses(lead: bytes) -> None:
    # \xfb and \xef encode as "-" or "_" in the URL-safe alphabet: runs with only "-", only
    # "_", or both must all be read as URL-safe.
    for key in (KEY, LIVE_KEY, RESTRICTED):
        blob = base64.urlsafe_b64encode(lead + key.encode() + b"\xfb").decode()
        assert blob not in redact_secrets(f"x {blob} y"), blob


def test_url_safe_runs_with_only_one_of_the_two_symbols() -> None:
    dash_only = base64.urlsafe_b64encode(b"\xfb\xef\xbe" + KEY.encode()).decode()
    underscore_only = base64.urlsafe_b64encode(b"\xff\xff\xff" + KEY.encode()).decode()
    assert "-" in dash_only and "_" not in dash_only.replace(KEY, "")
    assert "_" in underscore_only and "-" not in underscore_only
    for blob in (dash_only, underscore_only):
        assert redact_secrets(blob) == REDACTED, blob


def test_basic_credentials_without_padding_are_redacted() -> None:
    for user in ("ab:c", "abc:de", "abcd:efg"):  # base64 lengths 8, 8 and 12 less the "="
        encoded = b64(user).rstrip("=")
        assert redact(f"Basic {encoded} then") == f"Basic {REDACTED} then"
    two_pad = b64("a:b").rstrip("=")  # "YTpi"
    assert redact(f"Basic {two_pad}") == f"Basic {REDACTED}"
    one_pad = b64("ab:cd").rstrip("=")  # 7 characters: one "=" was dropped
    assert len(one_pad) % 4 == 3
    assert redact(f"Basic {one_pad}") == f"Basic {REDACTED}"


def test_words_after_basic_that_are_not_base64_are_kept() -> None:
    for text in ("Basic abcde plan", "Basic plan", "a Basic Zm9vYmFy offer"):
        assert redact(text) == text


def test_an_authorization_header_without_a_scheme_is_redacted_whole() -> None:
    assert redact("Authorization: token123456") == f"Authorization: {REDACTED}"
    assert redact("Authorization: Basic abc") == f"Authorization: Basic {REDACTED}"


def test_a_bearer_token_outside_a_header_keeps_its_word() -> None:
    token = "abcdefghijklmnopqrstuvwxyz012345"
    assert redact(f"sent Bearer {token} upstream") == f"sent Bearer {REDACTED} upstream"


def test_filter_keeps_the_redacted_stack() -> None:
    record = _record("with stack")
    record.stack_info = f"Stack (most recent call last):\n  File x, in f {KEY}"
    out = _formatted(record)
    assert record.stack_info == f"Stack (most recent call last):\n  File x, in f {REDACTED}"
    assert out.endswith(f"in f {REDACTED}")


@pytest.mark.parametrize("lead", [b"", b"\x89", b"\x89\x01"])
@pytest.mark.parametrize("key", ["sk_test_Z9", "rk_live_a", "sk_live_xy"])
def test_base64_of_a_short_key_ending_in_a_partial_group_is_redacted(
    lead: bytes, key: str
) -> None:
    # The key's only characters after its prefix may sit in the last, partial base64 group.
    blob = base64.b64encode(lead + key.encode()).decode()
    assert redact_secrets(blob) == REDACTED, blob
    assert redact_secrets(blob.rstrip("=")) == REDACTED, blob
    assert redact_secrets(f"id={blob};") == f"id={REDACTED};", blob


@pytest.mark.parametrize(
    ("lead", "symbol"), [(b"\xfd\x77\xb0", "_"), (b"\xf9\x77\xb0", "-")]
)
def test_a_url_safe_symbol_in_front_of_a_key_is_read_as_url_safe(lead: bytes, symbol: str) -> None:
    blob = base64.urlsafe_b64encode(lead + b"rk_live_9aa99p").decode()
    assert blob.startswith(symbol) and blob.count("-") + blob.count("_") == 1
    assert redact_secrets(blob) == REDACTED


def test_redaction_does_not_depend_on_the_hash_seed() -> None:
    # A periodic secret's base64 forms overlap; which is replaced first must not vary.
    script = (
        "import base64\n"
        "from leanrails_desktop.core.redact import redact_secrets, register_secret\n"
        "register_secret('aaaaaaaaaaaaaaaaa')\n"
        "for lead in (b'', b':', b':\\xc1'):\n"
        "    print(redact_secrets(base64.b64encode(lead + b'a' * 30 + b':').decode()))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1, outputs


@pytest.mark.parametrize("stray", ["A", "=", "-"])
def test_base64_of_a_key_followed_by_a_stray_character_is_redacted(stray: str) -> None:
    blob = b64("rk_live_a")  # "cmtfbGl2ZV9h": the key's last character in its last group
    assert redact_secrets(blob + stray) == REDACTED
