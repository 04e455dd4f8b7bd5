"""Atomic export files: the temporary file and the file it becomes are the user's alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.modes import PRIVATE_FILE, mode

from leanrails_desktop.core.exports.atomic import TEMP_SUFFIX, atomic_text, write_bytes_atomic

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits"),
    pytest.mark.usefixtures("typical_umask"),
]


def test_the_temporary_file_is_private_from_its_first_byte(tmp_path: Path) -> None:
    target = tmp_path / "links.csv"
    with atomic_text(target) as stream:
        [temp] = [p for p in tmp_path.iterdir() if p.name.endswith(TEMP_SUFFIX)]
        assert mode(temp) == PRIVATE_FILE  # before anything is written to it
        stream.write("id,title\n")
    assert not temp.exists()
    assert target.read_text(encoding="utf-8") == "id,title\n"
    assert mode(target) == PRIVATE_FILE


def test_replacing_a_readable_export_leaves_a_private_one(tmp_path: Path) -> None:
    target = tmp_path / "qr.png"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert mode(target) == PRIVATE_FILE
