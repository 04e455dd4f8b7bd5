"""The command line of ``leanrails-desktop``: whatever it starts, files it creates are private."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROBE = r"""
import os, sys
from leanrails_desktop.app import main
os.umask(0o022)
try:
    main(["--version"])
except SystemExit:
    pass
sys.stderr.write(oct(os.umask(0o022)))
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX umask")
def test_main_makes_the_process_umask_user_only() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "0o77"
