"""GUI test fixtures: each test gets its own app folders and an in-memory keyring.

``app_home`` points ``LEANRAILS_DESKTOP_HOME`` at a fresh temp folder (settings, data, cache
and logs all land there) and hides any ``LEANRAILS_API_KEY`` of the person running the
tests. ``memory_keyring`` installs a :class:`MemoryKeyring` through ``keyring.set_keyring``
so no test ever reads or writes the real keyring (and forgets, afterwards, the keys it
registered for log redaction).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import keyring.errors
import pytest
from keyring_fakes import MemoryKeyring

from leanrails_desktop.core.redact import clear_registered_secrets
from leanrails_desktop.ui.app import translations


@pytest.fixture(scope="session", autouse=True)
def english_translators(qapp: object) -> Iterator[None]:
    """The translators the app installs at start for English: its plural forms."""
    from PySide6.QtCore import QLocale

    installed = translations.install(QLocale("en_US"))
    yield
    installed.remove()


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh ``LEANRAILS_DESKTOP_HOME`` for this test (created empty)."""
    home = tmp_path / "app-home"
    home.mkdir()
    monkeypatch.setenv("LEANRAILS_DESKTOP_HOME", str(home))
    monkeypatch.delenv("LEANRAILS_API_KEY", raising=False)
    monkeypatch.delenv("LEANRAILS_API_BASE", raising=False)
    return home


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring, installed as keyring's backend for this test."""
    previous = keyring.core._keyring_backend
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.core._keyring_backend = previous
        clear_registered_secrets()
