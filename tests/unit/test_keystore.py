"""SecretStore: keys in the keyring (an in-memory backend here), failures in plain words."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from keyring.backends import fail, null
from keyring_fakes import MemoryKeyring, install

from leanrails_desktop.core.keystore import (
    SERVICE_NAME,
    KeyringState,
    KeystoreError,
    SecretStore,
)
from leanrails_desktop.core.redact import clear_registered_secrets, redact

KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    yield from install(MemoryKeyring())  # type: ignore[misc]


@pytest.fixture(autouse=True)
def _forget_registered_keys() -> Iterator[None]:
    yield
    clear_registered_secrets()


def test_put_get_delete_go_through_keyring(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.put("acct_1", KEY)
    assert memory.entries == {(SERVICE_NAME, "acct_1"): KEY}
    assert store.get("acct_1") == KEY
    store.delete("acct_1")
    assert memory.entries == {}
    assert store.get("acct_1") is None


def test_set_keyring_takes_effect_without_a_new_store(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.put("a", KEY)
    other = MemoryKeyring()
    keyring.set_keyring(other)
    assert store.get("a") is None
    store.put("a", KEY)
    assert other.entries[(SERVICE_NAME, "a")] == KEY


def test_deleting_a_missing_entry_is_fine(memory: MemoryKeyring) -> None:
    SecretStore().delete("never-stored")


def test_check_reports_available(memory: MemoryKeyring) -> None:
    status = SecretStore().check()
    assert status.available
    assert status.sentence() == ""
    assert "MemoryKeyring" in status.backend


def test_session_only_never_touches_the_keyring(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.put("s", KEY, session_only=True)
    assert store.get("s") == KEY
    assert store.is_session_only("s")
    store.delete("s")
    assert store.get("s") is None
    assert memory.entries == {}
    assert all(user != "s" for _op, _svc, user in memory.calls[:-1])


def test_session_only_works_with_no_keyring_at_all() -> None:
    store = SecretStore(backend=fail.Keyring())
    store.put("s", KEY, session_only=True)
    assert store.get("s") == KEY
    store.forget_session()
    with pytest.raises(KeystoreError):
        store.get("s")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_keyring_says_so_and_names_the_fix(backend: keyring.backend.KeyringBackend) -> None:
    store = SecretStore(backend=backend)
    status = store.check()
    assert status.state is KeyringState.UNAVAILABLE
    assert "can't remember your secret key" in status.message
    assert "GNOME Keyring" in status.fix and "KWallet" in status.fix
    assert "this run only" in status.fix
    with pytest.raises(KeystoreError) as caught:
        store.put("a", KEY)
    assert caught.value.status.state is KeyringState.UNAVAILABLE
    assert store.status.state is KeyringState.UNAVAILABLE


def test_null_backend_is_refused_rather_than_silently_losing_keys() -> None:
    backend = null.Keyring()
    with pytest.raises(KeystoreError):
        SecretStore(backend=backend).put("a", KEY)


def test_plain_file_backend_is_refused() -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    backend = PlaintextKeyring()
    store = SecretStore(backend=backend)
    with pytest.raises(KeystoreError) as caught:
        store.put("a", KEY)
    assert "plain file" in caught.value.status.message
    assert backend.entries == {}


@pytest.mark.parametrize(
    ("exc", "state", "words"),
    [
        (keyring.errors.KeyringLocked("Failed to unlock"), KeyringState.LOCKED, "locked"),
        (keyring.errors.NoKeyringError("none"), KeyringState.UNAVAILABLE, "can't find"),
        (keyring.errors.InitError("no collection"), KeyringState.UNAVAILABLE, "can't find"),
        (keyring.errors.PasswordSetError("nope"), KeyringState.ERROR, "error"),
        (ConnectionRefusedError("dbus socket"), KeyringState.UNAVAILABLE, "can't find"),
        (ValueError("weird"), KeyringState.ERROR, "error"),
    ],
)
def test_backend_failures_map_to_plain_sentences(
    memory: MemoryKeyring, exc: Exception, state: KeyringState, words: str
) -> None:
    store = SecretStore()
    memory.fail_with = exc
    with pytest.raises(KeystoreError) as caught:
        store.put("a", KEY)
    status = caught.value.status
    assert status.state is state
    assert words in status.message
    assert status.fix
    assert store.check().state is state


def test_dbus_style_errors_are_recognised_by_name(memory: MemoryKeyring) -> None:
    locked = type("LockedException", (Exception,), {"__module__": "secretstorage.exceptions"})
    gone = type(
        "SecretServiceNotAvailableException", (Exception,),
        {"__module__": "secretstorage.exceptions"},
    )
    reply = type("DBusErrorResponse", (Exception,), {"__module__": "jeepney.wrappers"})
    store = SecretStore()
    for exc, state in (
        (locked("x"), KeyringState.LOCKED),
        (gone("x"), KeyringState.UNAVAILABLE),
        (reply("org.freedesktop.DBus.Error.ServiceUnknown"), KeyringState.UNAVAILABLE),
        (reply("org.freedesktop.DBus.Error.Failed"), KeyringState.ERROR),
    ):
        memory.fail_with = exc
        with pytest.raises(KeystoreError) as caught:
            store.get("a")
        assert caught.value.status.state is state


def test_locked_mid_session_loses_nothing(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.put("a", KEY)
    memory.fail_with = keyring.errors.KeyringLocked("Failed to unlock the collection!")
    with pytest.raises(KeystoreError) as caught:
        store.get("a")
    assert "locked" in str(caught.value)
    assert "Nothing has been lost" in str(caught.value)
    with pytest.raises(KeystoreError):
        store.delete("a")
    memory.fail_with = None
    assert store.get("a") == KEY
    assert store.status.available


def test_key_never_leaks_into_errors_or_logs(
    memory: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    memory.fail_with = keyring.errors.PasswordSetError(f"could not store {KEY} for you")
    store = SecretStore()
    with pytest.raises(KeystoreError) as caught:
        store.put("a", KEY)
    texts = [str(caught.value), repr(caught.value), caught.value.status.detail,
             repr(caught.value.status), caplog.text, repr(store)]
    for text in texts:
        assert KEY not in text
        assert KEY[8:] not in text
    assert "[redacted]" in caught.value.status.detail


def test_keys_handled_are_redacted_from_every_log_line(
    memory: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    odd = "legacy-token-0123456789"  # not key-shaped: only registration can catch it
    assert redact(odd) == odd
    memory.entries[(SERVICE_NAME, "a")] = odd
    assert SecretStore().get("a") == odd
    assert odd not in redact(f"request failed for {odd}")


def test_repr_does_not_show_session_keys() -> None:
    store = SecretStore(backend=fail.Keyring())
    store.put("s", KEY, session_only=True)
    assert KEY not in repr(store)
    assert "session_only_entries=1" in repr(store)


def test_empty_secret_is_refused(memory: MemoryKeyring) -> None:
    with pytest.raises(ValueError):
        SecretStore().put("a", "")


def test_delete_reports_an_entry_that_will_not_go(memory: MemoryKeyring) -> None:
    class Stubborn(MemoryKeyring):
        def delete_password(self, service: str, username: str) -> None:
            raise keyring.errors.PasswordDeleteError("denied")

    backend = Stubborn()
    backend.entries[(SERVICE_NAME, "a")] = KEY
    with pytest.raises(KeystoreError) as caught:
        SecretStore(backend=backend).delete("a")
    assert caught.value.status.state is KeyringState.ERROR
    assert "could not be deleted" in caught.value.status.message
