"""The bundled sandbox started as a child: its database is the user's alone."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from helpers.modes import not_private

from leanrails_desktop.core.local_sandbox import LocalSandbox

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits"),
    pytest.mark.usefixtures("typical_umask"),
]


def test_the_sandbox_database_and_its_folder_are_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    sandbox = LocalSandbox.start(data / "sandbox.db", seed_demo=False)
    try:
        answer = httpx.get(f"{sandbox.base_url}/_sandbox/health", timeout=5)
        assert answer.status_code == 200
        assert (data / "sandbox.db").is_file()
        assert not_private(data) == {}
    finally:
        sandbox.stop()
    assert not_private(data) == {}
