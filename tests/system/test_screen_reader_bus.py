"""Screen readers read content, for real: the app on an X server (Xvfb) in a private D-Bus
session with the accessibility bus, read through AT-SPI the way Orca reads it.

The app runs in a child process (``tests/helpers/app_child.py shown``) with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on the ``xcb`` platform, signed in to a sandbox with
three links through ``LEANRAILS_API_KEY``. A reader script run by the system Python with
Debian's ``python3-pyatspi`` (``tests/system/atspi_reader.py``) finds it on the bus, opens
the first link by focusing the table and pressing Down and Up through the bus, and reads the
editor header, the list footer, the preview, the status bar and the buttons. What the bus
read out is printed (``pytest -s``) and compared with what the window shows.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers.child_runner import Child, child_env, spawn

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.sandbox import SandboxServer

pytestmark = [
    pytest.mark.system,
    pytest.mark.skipif(sys.platform != "linux", reason="AT-SPI is the Linux accessibility bus"),
]

HERE = Path(__file__).resolve().parent
READER = HERE / "atspi_reader.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APP_NAME = "LeanRails Desktop"
TITLES = ("Harbour tour", "Kyoto walking tour & tea", "Night market")
DEBS = "xvfb, dbus, at-spi2-core, python3-pyatspi, python3-gi, gir1.2-atspi-2.0"


def _require_tools() -> None:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    missing += [path for path in (BUS_LAUNCHER, SYSTEM_PYTHON) if not os.access(path, os.X_OK)]
    if not missing:
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=30
        )
        if probe.returncode != 0:
            missing.append("pyatspi for " + SYSTEM_PYTHON)
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian: {DEBS})")


def _stop(process: subprocess.Popen[Any], *, group: bool = True, grace: float = 5.0) -> None:
    """End a process (with ``group``: one started in its own session, and all it started)."""
    if process.poll() is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            if group:
                os.killpg(process.pid, sig)
            else:
                process.send_signal(sig)
        except ProcessLookupError:
            return
        try:
            process.wait(grace)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture
def display() -> Iterator[str]:
    """An X server of its own; Xvfb picks a free display number and writes it to a pipe."""
    _require_tools()
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
         "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 20)
        number = os.read(read_end, 64).decode().strip() if ready else ""
        if not number:
            _stop(server)
            errors = server.stderr.read().decode(errors="replace") if server.stderr else ""
            pytest.fail(f"Xvfb did not start: {errors[-2000:]}")
        yield f":{number}"
    finally:
        os.close(read_end)
        _stop(server)
        if server.stderr is not None:
            server.stderr.close()


@dataclass
class Desktop:
    """A display and a D-Bus session with the accessibility bus on it."""

    display: str
    bus_address: str
    root: Path


@pytest.fixture
def desktop(display: str, tmp_path: Path) -> Iterator[Desktop]:
    """``dbus-run-session`` with ``at-spi-bus-launcher``: the accessibility bus, whose
    registry daemon the bus starts when the first client asks for it."""
    address_file = tmp_path / "bus-address"
    env = child_env(tmp_path)  # a private HOME and XDG folders for the session's daemons
    env.update({"DISPLAY": display, "ADDRESS_FILE": str(address_file)})
    script = (
        'printf %s "$DBUS_SESSION_BUS_ADDRESS" > "$ADDRESS_FILE"; '
        f"{BUS_LAUNCHER} --launch-immediately & launcher=$!; "
        "echo ready; cat >/dev/null; kill $launcher; wait"
    )
    session = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", script],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, start_new_session=True,
    )
    try:
        assert session.stdout is not None
        ready, _, _ = select.select([session.stdout], [], [], 20)
        if not ready or session.stdout.readline().strip() != "ready":
            pytest.fail("the D-Bus session with the accessibility bus did not start")
        yield Desktop(display, address_file.read_text(), tmp_path)
    finally:
        if session.stdin is not None:
            session.stdin.close()  # ends `cat`: the launcher is stopped, then the bus
        try:
            session.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _stop(session)
        if session.stdout is not None:
            session.stdout.close()


def _seed(sandbox: SandboxServer, key: str) -> None:
    with LeanRailsClient(api_key=key, base_url=sandbox.base_url) as api:
        for title in TITLES:
            api.checkout_links.create(
                title=title,
                line_items=[
                    {
                        "price_data": {
                            "currency": "eur", "product": "prod_tour", "unit_amount": 1250
                        },
                        "quantity": 2,
                    }
                ],
            )


def _last_shown(child: Child, header_prefix: str, timeout: float = 10.0) -> dict[str, str]:
    """The latest ``SHOWN`` texts of the child once its header starts with the prefix."""
    deadline = time.monotonic() + timeout
    while True:
        shown = [line for line in child.stdout if line.startswith("SHOWN ")]
        if shown:
            latest: dict[str, str] = json.loads(shown[-1][len("SHOWN ") :])
            if latest["header"].startswith(header_prefix):
                return latest
        if time.monotonic() > deadline:
            raise AssertionError(f"the window never showed {header_prefix!r}: {shown[-3:]}")
        time.sleep(0.05)


def _transcript(read: dict[str, Any]) -> str:
    lines = ["What the accessibility bus (AT-SPI) read out:"]
    for name, value in read.items():
        if name in ("labels", "status bar"):
            lines.append(f"  {name}:")
            lines += [f"    {text!r}  ({role or 'no description'})" for text, role in value]
        else:
            lines.append(f"  {name}: {value!r}")
    return "\n".join(lines)


def test_a_screen_reader_reads_the_links_content_through_the_accessibility_bus(
    desktop: Desktop, sandbox: SandboxServer, sandbox_key: str
) -> None:
    _seed(sandbox, sandbox_key)
    env = child_env(desktop.root)
    env.update(
        {
            "DISPLAY": desktop.display,
            "DBUS_SESSION_BUS_ADDRESS": desktop.bus_address,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "LEANRAILS_API_KEY": sandbox_key,
            "LEANRAILS_API_BASE": sandbox.base_url,
        }
    )
    child = spawn(env, "shown", cwd=desktop.root, hide=(sandbox_key,))
    try:
        child.expect("READY", timeout=30)
        reader_env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": env["HOME"],
            "XDG_RUNTIME_DIR": env["XDG_RUNTIME_DIR"],
            "DISPLAY": desktop.display,
            "DBUS_SESSION_BUS_ADDRESS": desktop.bus_address,
            "LANG": "C.UTF-8",
        }
        result = subprocess.run(
            [SYSTEM_PYTHON, str(READER), APP_NAME],
            capture_output=True, text=True, encoding="utf-8", env=reader_env, timeout=90,
            cwd=desktop.root,
        )
        lines = [line for line in result.stdout.splitlines() if line.startswith("READ ")]
        assert lines, f"the reader printed nothing; stderr:\n{result.stderr[-3000:]}"
        read: dict[str, Any] = json.loads(lines[-1][len("READ ") :])
        print("\n" + _transcript(read))
        assert "error" not in read, (
            f"{read['error']}\n{_transcript(read)}\napp stderr:\n{child.errors()}"
        )
        shown = _last_shown(child, "Editing")
    finally:
        _stop(child.process, group=False)
        child.close()

    # The bus found the app and its window, and the table's first row is one of ours.
    assert read["application"] == APP_NAME
    assert read["window"].endswith(f"— {APP_NAME}")
    assert read["table columns"][:3] == ["Title", "Status", "Amount"]
    first_title = read["table first row"][0]
    assert first_title in TITLES
    assert read["table first row"][1:3] == ["Active", "€25.00"]
    assert read["table selected rows"] == [0]

    # Labels are read as what they show, not as a fixed name ("Editor state", "Links loaded").
    assert read["header before selecting"] == "Select a link, or press Ctrl+N to create one."
    assert read["header"] == f"Editing “{first_title}”" == shown["header"]
    assert read["footer"] == "3 links · 3 active" == shown["footer"]
    assert read["preview title"] == first_title
    assert read["preview total"] == "€25.00" == shown["total"]
    assert read["preview button"] == "Pay €25.00"
    assert read["link status"] == "Active — customers can pay"
    status = dict((role, text) for text, role in read["status bar"])
    assert status["Account"] == shown["account"] == "LEANRAILS_API_KEY"
    assert status["Mode"] == "TEST"
    assert status["Sync state"].startswith("Up to date")
    for text, role in read["labels"]:
        if role:  # a label with a role shows content: it must be read as that content
            assert text and text != role, f"a {role!r} label is read as {text!r}"

    # Every button a screen reader can reach says what it does.
    buttons = read["buttons"]
    assert "" not in buttons, buttons
    for name in ("New link", "Save", "Refresh", "Copy link", "Copy QR code", "Duplicate",
                 "Copy QR code image", "Save QR code", "Discard changes", "Save link",
                 "Deactivate or reactivate link", "Add metadata key", "Pay €25.00"):
        assert name in buttons, f"no button read as {name!r}: {buttons}"
