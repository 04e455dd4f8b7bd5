"""The one base-URL rule, the one loopback test and the one masked form of a key."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leanrails_desktop.core.api import DEFAULT_BASE_URL, ConfigurationError
from leanrails_desktop.core.api.urls import (
    address_for_messages,
    is_loopback,
    mask_key,
    masked_form,
    normalize_base_url,
)

# ---------------------------------------------------------------- loopback


@pytest.mark.parametrize(
    "host",
    ["localhost", "LOCALHOST", "localhost.", "127.0.0.1", "127.0.0.2", "127.255.255.254",
     "127.10.20.30", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1", "[::ffff:127.9.9.9]"],
)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize(
    "host",
    ["", "localhost.example.com", "mylocalhost", "127.0.0.1.nip.io", "128.0.0.1", "10.0.0.5",
     "0.0.0.0", "::", "::2", "::ffff:10.0.0.1", "fe80::1", "127.1", "[127.0.0.1",
     "api.leanrails.com"],
)
def test_hosts_that_are_not_this_computer(host: str) -> None:
    assert not is_loopback(host)


# ---------------------------------------------------------------- base URL


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (DEFAULT_BASE_URL, DEFAULT_BASE_URL),
        ("  https://api.leanrails.com/  ", DEFAULT_BASE_URL),
        ("https://api.leanrails.com///", DEFAULT_BASE_URL),
        ("HTTPS://API.LEANRAILS.COM", DEFAULT_BASE_URL),
        ("api.leanrails.com", DEFAULT_BASE_URL),
        ("api.leanrails.com/", DEFAULT_BASE_URL),
        ("https://api.leanrails.com:8443", "https://api.leanrails.com:8443"),
        ("https://Proxy.Example.com/LeanRails/", "https://proxy.example.com/LeanRails"),
        ("http://127.0.0.1:8765/", "http://127.0.0.1:8765"),
        ("http://127.3.2.1", "http://127.3.2.1"),
        ("http://localhost:8765", "http://localhost:8765"),
        ("http://LocalHost:8765/", "http://localhost:8765"),
        ("http://[::1]:8765/", "http://[::1]:8765"),
        ("http://[::1]", "http://[::1]"),
        ("https://[2001:db8::1]:443", "https://[2001:db8::1]:443"),
    ],
)
def test_accepted_addresses_in_their_one_spelling(typed: str, kept: str) -> None:
    assert normalize_base_url(typed) == kept


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("http://api.leanrails.com", "plain http"),
        ("http://10.0.0.5:8080", "plain http"),
        ("http://localhost.example.com", "plain http"),
        ("http://127.0.0.1.nip.io", "plain http"),
        ("http://[::2]:8765", "plain http"),
        ("ftp://api.leanrails.com", "must start with https://"),
        ("https://", "must start with https://"),
        ("https:///v1", "must start with https://"),
        ("https://user:pw@api.leanrails.com", "user name or password"),
        ("https://api.leanrails.com/?x=1", "'?' or '#'"),
        ("https://api.leanrails.com/#top", "'?' or '#'"),
        ("https://h:99999", "not a valid web address"),
        ("https://h:port", "not a valid web address"),
        ("https://[::1", "not a valid web address"),
        ("https://api.leanrails.com/a b", "spaces"),
        ("https://exa\tmple.com", "spaces"),
        ("https://api.leanrails.com\x00", "spaces"),
    ],
)
def test_refused_addresses_say_why(typed: str, why: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        normalize_base_url(typed)
    assert why in caught.value.message


def test_the_plain_http_refusal_names_the_host_and_the_way_out() -> None:
    with pytest.raises(ConfigurationError) as caught:
        normalize_base_url("http://shop.example.com/api/")
    message = caught.value.message
    assert "shop.example.com" in message and "https://" in message


@given(st.text(max_size=40))
def test_an_accepted_address_is_already_in_its_one_spelling(typed: str) -> None:
    try:
        kept = normalize_base_url(typed)
    except ConfigurationError:
        return
    assert normalize_base_url(kept) == kept
    assert kept.startswith(("https://", "http://")) and not kept.endswith("/")
    if kept.startswith("http://"):
        assert is_loopback(urlsplit(kept).hostname or "")


@pytest.mark.parametrize(
    ("base_url", "shown"),
    [
        (DEFAULT_BASE_URL, "api.leanrails.com"),
        ("http://127.0.0.1:8765", "127.0.0.1:8765"),
        ("http://[::1]:8765", "[::1]:8765"),
        ("https://proxy.example.com/leanrails", "proxy.example.com"),
    ],
)
def test_the_address_sentences_name(base_url: str, shown: str) -> None:
    assert address_for_messages(base_url) == shown


# ---------------------------------------------------------------- masked key


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("sk_test_51HqLyjWDarjtT1zdp7dcAbCd", "sk_test_…AbCd"),
        ("sk_live_0123456789abcd", "sk_live_…abcd"),
        ("rk_live_0123456789wxyz", "rk_live_…wxyz"),
        ("pk_test_0123456789wxyz", "pk_test_…wxyz"),
        ("sk_test_12345678", "sk_test_…5678"),  # 8 after the prefix: the shortest with a tail
        ("sk_test_123456789", "sk_test_…6789"),  # an odd length
        ("sk_test_1234567", "sk_test_…"),  # 7: too short to spare four
        ("sk_test_abcd", "sk_test_…"),  # showing four would show all of it
        ("sk_test_", "sk_test_…"),
        ("whatever-key-1234", "…1234"),  # no known prefix: none is invented
        ("short", "…"),
        ("", "…"),
        ("sk_prod_0123456789abcd", "…abcd"),
    ],
)
def test_mask_key(key: str, shown: str) -> None:
    assert mask_key(key) == shown


@given(st.text(max_size=60))
def test_a_masked_key_never_shows_more_than_four_secret_characters(key: str) -> None:
    shown = mask_key(key)
    prefix, _, tail = shown.partition("…")
    assert key.startswith(prefix) and key.endswith(tail)
    assert len(tail) in (0, 4)
    secret = key[len(prefix):]
    assert not tail or len(secret) >= 2 * len(tail)


def test_masked_form_is_the_form_an_account_shows() -> None:
    assert masked_form("sk_test_", "abcd") == "sk_test_…abcd"
    assert masked_form("sk_test_", "abcd") == mask_key("sk_test_0000abcd")
