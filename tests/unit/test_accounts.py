"""Accounts: key rules, the account list file, keys only in the keyring, startup choice."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import keyring.errors
import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backends import fail
from keyring_fakes import MemoryKeyring, install

from leanrails_desktop.core.accounts import (
    DEFAULT_BASE_URL,
    ENV_BASE,
    ENV_KEY,
    Account,
    AccountError,
    AccountStore,
    KeyShapeError,
    MissingKeyError,
    Mode,
    StartupSource,
    check_base_url,
    check_key,
    clean_key,
    find_named,
    listfile,
    resolve_startup,
)
from leanrails_desktop.core.keystore import SERVICE_NAME, KeystoreError, SecretStore
from leanrails_desktop.core.redact import clear_registered_secrets

TEST_KEY = "sk_test_51HqLyjWDarjtT1zdp7dcAbCd"
LIVE_KEY = "sk_live_9ZyXwVuTsRqPoNmLkJiHgF12"


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    yield from install(MemoryKeyring())  # type: ignore[misc]


@pytest.fixture(autouse=True)
def _forget_registered_keys() -> Iterator[None]:
    yield
    clear_registered_secrets()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LEANRAILS_DESKTOP_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def store(home: Path, memory: MemoryKeyring) -> AccountStore:
    return AccountStore()


def all_bytes_under(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


# --------------------------------------------------------------------------- key rules


@pytest.mark.parametrize(
    "pasted",
    [
        f"  {TEST_KEY}\n",
        f'"{TEST_KEY}"',
        f"'{TEST_KEY}'",
        f"“{TEST_KEY}”",
        f'"{TEST_KEY}:"',  # from the docs' curl -u "sk_test_…:" example
        f"{TEST_KEY[:12]}\n{TEST_KEY[12:]}",
        f"\ufeff{TEST_KEY}\u200b",
        f"\t`{TEST_KEY}`  ",
    ],
)
def test_pasted_keys_are_cleaned(pasted: str) -> None:
    assert clean_key(pasted) == TEST_KEY
    assert check_key(pasted) == TEST_KEY


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "Paste your secret key"),
        ("   ", "Paste your secret key"),
        ("pk_test_51HqLyjWDarjtT1zdp7dc", "publishable key"),
        ("pk_live_51HqLyjWDarjtT1zdp7dc", "publishable key"),
        ("rk_live_51HqLyjWDarjtT1zdp7dc", "restricted key"),
        ("sk_prod_51HqLyjWDarjtT1zdp7dc", "sk_test_ (test mode) or sk_live_"),
        ("hello world", "doesn't look like a LeanRails secret key"),
        ("sk_test_abc", "too short"),
        ("sk_test_abc-def-ghi-jkl", "characters"),
        ("sk_test_" + "a" * 300, "too long"),
    ],
)
def test_wrong_shapes_are_refused_with_a_reason(text: str, why: str) -> None:
    with pytest.raises(KeyShapeError) as caught:
        check_key(text)
    assert why in caught.value.message
    body = text.strip()[8:]
    if len(body) >= 8:
        assert body not in caught.value.message


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=60))
def test_check_key_accepts_only_the_documented_shape(text: str) -> None:
    try:
        key = check_key(text)
    except KeyShapeError:
        return
    assert key.startswith(("sk_test_", "sk_live_"))
    assert key[8:].isalnum() and len(key[8:]) >= 8


def test_mode_and_mask() -> None:
    account = Account("a", "Shop", Mode.LIVE, DEFAULT_BASE_URL, "wxyz")
    assert account.masked_key == "sk_live_…wxyz"
    assert account.is_live
    made = Account.for_key("b", "Shop", TEST_KEY, DEFAULT_BASE_URL)
    assert (made.mode, made.last4, made.masked_key) == (Mode.TEST, "AbCd", "sk_test_…AbCd")
    assert TEST_KEY not in repr(made)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", DEFAULT_BASE_URL),
        (" https://api.leanrails.com/ ", DEFAULT_BASE_URL),
        ("api.example.test", "https://api.example.test"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("   ", DEFAULT_BASE_URL),
        ("HTTPS://API.LeanRails.com//", DEFAULT_BASE_URL),
    ],
)
def test_base_url_normalised(typed: str, expected: str) -> None:
    assert check_base_url(typed) == expected


@pytest.mark.parametrize("typed", ["ftp://x.test", "https://", "http://host:99999"])
def test_bad_base_url_refused(typed: str) -> None:
    with pytest.raises(AccountError) as caught:
        check_base_url(typed)
    assert "https://api.leanrails.com" in caught.value.message


def test_plain_http_to_another_computer_is_refused_on_the_field() -> None:
    with pytest.raises(AccountError, match="plain http"):
        check_base_url("http://192.168.1.20:8765")


def test_plain_http_elsewhere_in_the_environment_is_explained() -> None:
    env = {ENV_KEY: TEST_KEY, ENV_BASE: "http://api.example.test"}
    plan = resolve_startup(_accounts(), "a1", environ=env)
    assert plan.source is StartupSource.DEFAULT
    assert ENV_KEY in plan.notice and "plain http" in plan.notice
    assert TEST_KEY not in plan.notice


# --------------------------------------------------------------------------- the store


def test_add_keeps_key_in_keyring_only(
    store: AccountStore, memory: MemoryKeyring, home: Path
) -> None:
    account = store.add("My shop", f"  {TEST_KEY}\n")
    assert account.mode is Mode.TEST
    assert account.masked_key == "sk_test_…AbCd"
    assert memory.entries == {(SERVICE_NAME, account.id): TEST_KEY}
    assert TEST_KEY.encode() not in all_bytes_under(home)
    assert TEST_KEY not in repr(account) and TEST_KEY not in repr(store)
    data = json.loads((home / "config" / "accounts.json").read_text("utf-8"))
    assert data["default"] == account.id
    assert data["accounts"] == [{
        "id": account.id, "name": "My shop", "mode": "test",
        "base_url": DEFAULT_BASE_URL, "last4": "AbCd",
    }]
    assert store.key_for(account) == TEST_KEY


def test_list_survives_a_new_store(store: AccountStore, memory: MemoryKeyring) -> None:
    first = store.add("Test shop", TEST_KEY)
    live = store.add("Live shop", LIVE_KEY, base_url="https://api.example.test/")
    again = AccountStore()
    assert [a.name for a in again.accounts()] == ["Test shop", "Live shop"]
    assert again.default_id == first.id
    assert again.get(live.id) == live
    assert again.get(live.id).base_url == "https://api.example.test"  # type: ignore[union-attr]
    assert again.key_for(live.id) == LIVE_KEY


def test_first_account_becomes_default_and_default_can_move(store: AccountStore) -> None:
    a = store.add("A", TEST_KEY)
    b = store.add("B", LIVE_KEY)
    assert store.default() == a
    store.set_default(b.id)
    assert AccountStore().default() == b
    c = store.add("C", TEST_KEY, make_default=True)
    assert AccountStore().default_id == c.id


def test_names_must_be_unique_and_present(store: AccountStore) -> None:
    store.add("Shop", TEST_KEY)
    with pytest.raises(AccountError, match="already an account"):
        store.add("  shop ", LIVE_KEY)
    with pytest.raises(AccountError, match="Give the account a name"):
        store.add("   ", LIVE_KEY)
    with pytest.raises(AccountError, match="60 characters"):
        store.add("x" * 61, LIVE_KEY)


def test_bad_key_saves_nothing(store: AccountStore, memory: MemoryKeyring, home: Path) -> None:
    with pytest.raises(KeyShapeError):
        store.add("Shop", "pk_test_51HqLyjWDarjtT1zdp7dc")
    assert memory.entries == {}
    assert not (home / "config" / "accounts.json").exists()


def test_rename_keeps_the_key(store: AccountStore, memory: MemoryKeyring) -> None:
    account = store.add("Old", TEST_KEY)
    renamed = store.rename(account.id, "New name")
    assert renamed.name == "New name" and renamed.id == account.id
    assert AccountStore().find("new NAME") == renamed
    assert store.key_for(renamed) == TEST_KEY
    store.add("Other", LIVE_KEY)
    with pytest.raises(AccountError, match="already"):
        store.rename(account.id, "other")


def test_remove_deletes_the_keyring_entry(store: AccountStore, memory: MemoryKeyring) -> None:
    a = store.add("A", TEST_KEY)
    b = store.add("B", LIVE_KEY)
    store.remove(a.id)
    assert (SERVICE_NAME, a.id) not in memory.entries
    assert [x.id for x in AccountStore().accounts()] == [b.id]
    assert AccountStore().default_id == b.id
    store.remove(b.id)
    assert memory.entries == {}
    assert AccountStore().accounts() == []
    assert AccountStore().default() is None


def test_keyring_locked_on_add_saves_nothing(
    store: AccountStore, memory: MemoryKeyring, home: Path
) -> None:
    memory.fail_with = keyring.errors.KeyringLocked("locked")
    with pytest.raises(KeystoreError) as caught:
        store.add("Shop", TEST_KEY)
    assert "locked" in caught.value.status.message
    assert store.accounts() == []
    assert not (home / "config" / "accounts.json").exists()


def test_keyring_locked_on_remove_keeps_the_account(
    store: AccountStore, memory: MemoryKeyring
) -> None:
    account = store.add("Shop", TEST_KEY)
    memory.fail_with = keyring.errors.KeyringLocked("locked")
    with pytest.raises(KeystoreError):
        store.remove(account.id)
    assert AccountStore().get(account.id) == account
    with pytest.raises(KeystoreError) as caught:
        store.key_for(account)
    assert "Nothing has been lost" in caught.value.status.sentence()
    memory.fail_with = None
    assert store.key_for(account) == TEST_KEY


def test_remove_anyway_leaves_the_key_for_the_merchant(
    store: AccountStore, memory: MemoryKeyring
) -> None:
    account = store.add("Shop", TEST_KEY)
    memory.fail_with = keyring.errors.KeyringLocked("locked")
    store.remove(account.id, keep_key_if_keyring_fails=True)
    assert AccountStore().accounts() == []
    assert memory.entries[(SERVICE_NAME, account.id)] == TEST_KEY


def test_unwritable_list_takes_the_key_back(
    store: AccountStore, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, payload: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(listfile, "_atomic_write", refuse)
    with pytest.raises(PermissionError):
        store.add("Shop", TEST_KEY)
    assert memory.entries == {}
    assert store.accounts() == []


def test_unwritable_list_keeps_the_names_and_the_default(
    store: AccountStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = store.add("A", TEST_KEY)
    b = store.add("B", LIVE_KEY)

    def refuse(path: Path, payload: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(listfile, "_atomic_write", refuse)
    with pytest.raises(PermissionError):
        store.rename(a.id, "Renamed")
    with pytest.raises(PermissionError):
        store.set_default(b.id)
    assert [x.name for x in store.accounts()] == ["A", "B"]
    assert store.default_id == a.id
    assert [x.name for x in AccountStore().accounts()] == ["A", "B"]  # as on disk


def test_missing_keyring_entry_is_explained(store: AccountStore, memory: MemoryKeyring) -> None:
    account = store.add("Shop", TEST_KEY)
    memory.entries.clear()
    with pytest.raises(MissingKeyError) as caught:
        store.key_for(account)
    assert "no longer in your keyring" in caught.value.message


def test_session_only_account_is_never_written(home: Path) -> None:
    backend = fail.Keyring()
    store = AccountStore(secrets=SecretStore(backend=backend))
    assert not store.keyring_status().available
    with pytest.raises(KeystoreError):
        store.add("Shop", TEST_KEY)
    account = store.add("Shop", TEST_KEY, session_only=True)
    assert account.session_only
    assert store.key_for(account) == TEST_KEY
    assert store.default() == account
    assert not (home / "config" / "accounts.json").exists()
    assert AccountStore(secrets=SecretStore(backend=backend)).accounts() == []
    store.rename(account.id, "Renamed")
    store.remove(account.id)
    assert store.accounts() == []
    if home.exists():
        assert TEST_KEY.encode() not in all_bytes_under(home)


def test_damaged_list_is_set_aside_not_lost(home: Path, memory: MemoryKeyring) -> None:
    config = home / "config"
    config.mkdir(parents=True)
    (config / "accounts.json").write_text("{not json", "utf-8")
    store = AccountStore()
    assert store.accounts() == []
    assert store.load_problem and "set aside" in store.load_problem
    store.add("Shop", TEST_KEY)
    aside = [p for p in config.iterdir() if p.name.startswith("accounts.json.damaged-")]
    assert len(aside) == 1 and aside[0].read_text("utf-8") == "{not json"
    assert [a.name for a in AccountStore().accounts()] == ["Shop"]


def test_atomic_write_leaves_no_temp_files(store: AccountStore, home: Path) -> None:
    for n in range(3):
        store.add(f"Shop {n}", TEST_KEY)
    names = sorted(p.name for p in (home / "config").iterdir())
    assert names == ["accounts.json"]
    if os.name == "posix":
        assert (home / "config" / "accounts.json").stat().st_size > 0


def test_client_for_uses_the_stored_key(store: AccountStore) -> None:
    account = store.add("Shop", TEST_KEY, base_url="http://127.0.0.1:9")
    client = store.client_for(account, timeout=1.0, max_retries=0)
    try:
        assert TEST_KEY not in repr(client)
    finally:
        client.close()


# --------------------------------------------------------------------------- startup


def _accounts() -> list[Account]:
    return [
        Account("a1", "Shop", Mode.TEST, DEFAULT_BASE_URL, "1111"),
        Account("a2", "Live Shop", Mode.LIVE, DEFAULT_BASE_URL, "2222"),
    ]


def test_startup_default_then_first_then_none() -> None:
    accounts = _accounts()
    plan = resolve_startup(accounts, "a2")
    assert plan.account == accounts[1] and plan.source is StartupSource.DEFAULT
    assert resolve_startup(accounts, "gone").account == accounts[0]
    empty = resolve_startup([], None)
    assert empty.account is None and empty.source is StartupSource.NONE and not empty.notice


def test_startup_named_account() -> None:
    accounts = _accounts()
    plan = resolve_startup(accounts, "a1", requested_name="Live Shop")
    assert plan.account == accounts[1] and plan.source is StartupSource.NAMED
    assert resolve_startup(accounts, "a1", requested_name="live shop").account == accounts[1]


def test_a_name_differing_only_in_case_matches_only_when_it_is_the_only_one() -> None:
    twins = [
        Account("a1", "Shop", Mode.TEST, DEFAULT_BASE_URL, "1111"),
        Account("a2", "SHOP", Mode.TEST, DEFAULT_BASE_URL, "2222"),
    ]
    assert find_named(twins, "SHOP") == twins[1]
    assert find_named(twins, "shop") is None
    assert find_named(twins[:1], "shop") == twins[0]
    assert find_named(twins, "Other") is None


def test_startup_unknown_name_explains_and_falls_back() -> None:
    plan = resolve_startup(_accounts(), "a1", requested_name="Nope")
    assert plan.source is StartupSource.DEFAULT
    assert plan.account is not None and plan.account.id == "a1"
    assert "no account called “Nope”" in plan.notice
    assert "“Shop”, “Live Shop”" in plan.notice
    assert "Opened “Shop” instead." in plan.notice


def test_startup_environment_key() -> None:
    env = {ENV_KEY: f" {LIVE_KEY}\n", ENV_BASE: "http://127.0.0.1:8765/"}
    plan = resolve_startup(_accounts(), "a1", environ=env)
    assert plan.source is StartupSource.ENVIRONMENT
    assert plan.account is not None
    assert plan.account.session_only and plan.account.is_live
    assert plan.account.name == ENV_KEY  # the mode is shown beside it, not in it
    assert plan.account.base_url == "http://127.0.0.1:8765"
    assert plan.env_key == LIVE_KEY
    assert LIVE_KEY not in repr(plan)


def test_startup_named_account_beats_environment() -> None:
    plan = resolve_startup(_accounts(), "a1", requested_name="Shop", environ={ENV_KEY: TEST_KEY})
    assert plan.source is StartupSource.NAMED


def test_startup_bad_environment_key_is_explained() -> None:
    plan = resolve_startup(_accounts(), "a2", environ={ENV_KEY: "pk_test_51HqLyjWDarjtT1zd"})
    assert plan.source is StartupSource.DEFAULT and plan.account is not None
    assert plan.account.id == "a2"
    assert ENV_KEY in plan.notice and "publishable" in plan.notice
    assert "51HqLyjWDarjtT1zd" not in plan.notice


def test_open_at_startup_from_environment_does_not_touch_keyring(
    home: Path, memory: MemoryKeyring
) -> None:
    store = AccountStore()
    memory.calls.clear()
    plan = store.open_at_startup(None, {ENV_KEY: TEST_KEY})
    assert plan.source is StartupSource.ENVIRONMENT and plan.account is not None
    assert plan.env_key == ""
    assert store.key_for(plan.account) == TEST_KEY
    assert memory.calls == []
    assert not (home / "config" / "accounts.json").exists()


def test_open_at_startup_without_environment(store: AccountStore) -> None:
    account = store.add("Shop", TEST_KEY)
    plan = store.open_at_startup("shop", {})
    assert plan.account == account and plan.source is StartupSource.NAMED
