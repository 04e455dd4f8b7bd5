"""Fixtures of the local store's tests: a store file's path, and a store open on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from leanrails_desktop.core.redact import clear_registered_secrets
from leanrails_desktop.core.store import LocalStore, open_store


@pytest.fixture(autouse=True)
def _forget_secrets() -> Iterator[None]:
    yield
    clear_registered_secrets()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "local-store.sqlite3"


@pytest.fixture
def store(path: Path) -> Iterator[LocalStore]:
    opened, message = open_store(path)
    assert message is None
    yield opened
    opened.close()
