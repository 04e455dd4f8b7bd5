"""``run_self_check`` from source: every step passes, and a broken step is reported."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TextIO

import pytest
from helpers.modes import not_private

from leanrails_desktop import selfcheck
from leanrails_desktop.selfcheck import STEPS, run_self_check

EXPECTED_OK = [
    r"sandbox started at http://127\.0\.0\.1:\d+",
    r"link created: \S+ \(http://127\.0\.0\.1:\d+/\S+\)",
    r"QR code rendered: PNG 256×256 px, black on white",
    r"CSV written and read back: 1 link, \d+ columns",
    r"keyring backends bundled: .*SecretService.*"
    if sys.platform.startswith("linux")
    else r"keyring backends bundled: .+",
    r"main window built \(Qt 6\.\S+, PySide6 6\.\S+, platform \w+\)",
    r"icons render: \d+ SVG icons, app icon in 8 sizes",
    r"sandbox stopped",
]


def test_every_step_passes() -> None:
    out = io.StringIO()
    assert run_self_check(out) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("LeanRails Desktop ") and lines[0].endswith("self-check")
    steps = lines[1:-1]
    assert len(steps) == len(STEPS) == len(EXPECTED_OK)
    for line, pattern in zip(steps, EXPECTED_OK, strict=True):
        assert re.fullmatch(r"ok   " + pattern, line), line
    assert re.fullmatch(r"Self-check passed: all 8 steps \(\d+\.\d s\)", lines[-1])


def test_a_failing_step_is_reported_and_the_sandbox_still_stops(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import leanrails_desktop.core.exports.qr as qr

    real = qr.render_png

    def wrong_size(url: str, options: object = None, title: str | None = None) -> bytes:
        return real(url, qr.QrOptions(size_px=200), title)

    monkeypatch.setattr(qr, "render_png", wrong_size)
    out = io.StringIO()
    assert run_self_check(out) == 1
    lines = out.getvalue().splitlines()
    assert "FAIL QR code: the QR image is 200×200 pixels, expected 256×256" in lines
    assert "ok   sandbox stopped" in lines
    assert lines[-1].startswith("Self-check failed: 1 of 8 steps")


def test_later_steps_say_why_they_did_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from leanrails_desktop.core import local_sandbox

    def refuse(*args: object, **kwargs: object) -> local_sandbox.LocalSandbox:
        raise local_sandbox.SandboxStartError("The local sandbox did not start. port in use")

    monkeypatch.setattr(local_sandbox.LocalSandbox, "start", refuse)
    out = io.StringIO()
    assert run_self_check(out) == 1
    text = out.getvalue()
    assert "FAIL sandbox: The local sandbox did not start. port in use" in text
    assert "FAIL link: not run: the sandbox did not start" in text
    assert "FAIL QR code: not run: no link was created" in text
    assert "ok   main window built" in text  # independent steps still run
    assert "Self-check failed: 5 of 8 steps" in text


def test_runs_from_the_command_line_without_a_display() -> None:
    code = "import sys; from leanrails_desktop.selfcheck import main; sys.exit(main())"
    hidden = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=90, env=env
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("\nok   ") == len(STEPS)
    assert "platform offscreen" in done.stdout


def test_main_writes_a_report_file_when_there_is_no_console(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def fake(out: TextIO) -> int:
        out.write("report\n")
        return 0

    monkeypatch.setenv("LEANRAILS_DESKTOP_HOME", str(tmp_path))
    monkeypatch.setattr(selfcheck, "run_self_check", fake)
    monkeypatch.setattr(sys, "stdout", None)
    assert selfcheck.main() == 0
    assert (tmp_path / "logs" / "self-check.txt").read_text(encoding="utf-8") == "report\n"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.usefixtures("typical_umask")
def test_the_report_file_and_its_folder_are_private(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LEANRAILS_DESKTOP_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(selfcheck, "run_self_check", lambda out: out.write("report\n") and 0)
    monkeypatch.setattr(sys, "stdout", None)
    assert selfcheck.main() == 0
    assert (tmp_path / "home" / "logs" / "self-check.txt").read_text(encoding="utf-8") == "report\n"
    assert not_private(tmp_path / "home") == {}
