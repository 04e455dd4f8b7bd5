"""Secret keys in a real Secret Service: gnome-keyring-daemon in its own D-Bus session,
unlocked with a throwaway password, with HOME and the XDG folders in a temp dir.

Every step runs the app's code in a new process, as a restart would. At the end every file
written under the temp dir (the app's config, data, cache and logs, and the keyring's own
file) is scanned: the key's bytes appear nowhere.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.system

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CHILD = HERE / "keyring_child.py"
PASSWORD = "throwaway-test-password"
KEY = "sk_test_" + hashlib.sha256(os.urandom(16)).hexdigest()[:32]


def _require_tools() -> None:
    missing = [tool for tool in ("gnome-keyring-daemon", "dbus-run-session")
               if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian: gnome-keyring, dbus)")


def _base_env(root: Path) -> dict[str, str]:
    home = root / "home"
    runtime = root / "runtime"
    for folder in (home, runtime):
        folder.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LEANRAILS_DESKTOP_HOME": str(root / "app"),
        "PYTHONPATH": str(REPO),
        "LANG": "C.UTF-8",
    }


@dataclass
class Session:
    env: dict[str, str]
    root: Path
    process: subprocess.Popen[str]

    def run(self, *args: str, key: str = "", env: dict[str, str] | None = None) -> Any:
        result = subprocess.run(
            [sys.executable, str(CHILD), *args], input=key, capture_output=True, text=True,
            env=env or self.env, timeout=60, cwd=self.root,
        )
        for stream in (result.stdout, result.stderr):
            assert KEY not in stream and KEY[8:] not in stream
        assert result.returncode == 0, result.stderr[-2000:]
        return json.loads(result.stdout.strip().splitlines()[-1])

    def restart_daemon(self) -> None:
        """A fresh daemon reads the keyring file again, unlocked with the password."""
        subprocess.run(
            ["gnome-keyring-daemon", "--replace", "--unlock", "--components=secrets"],
            input=PASSWORD, capture_output=True, text=True, env=self.env, timeout=30,
            check=True,
        )


@pytest.fixture
def secret_service(tmp_path: Path) -> Iterator[Session]:
    _require_tools()
    env = _base_env(tmp_path)
    address_file = tmp_path / "bus-address"
    script = (
        'printf %s "$DBUS_SESSION_BUS_ADDRESS" > "$ADDRESS_FILE"; '
        f'printf %s "{PASSWORD}" | gnome-keyring-daemon --unlock --components=secrets '
        '>/dev/null 2>&1; echo ready; exec cat >/dev/null'
    )
    process = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", script],
        env={**env, "ADDRESS_FILE": str(address_file)},
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        ready = process.stdout.readline().strip()
        if ready != "ready":
            pytest.fail("the D-Bus session with gnome-keyring did not start")
        env["DBUS_SESSION_BUS_ADDRESS"] = address_file.read_text()
        yield Session(env, tmp_path, process)
    finally:
        if process.stdin is not None:
            process.stdin.close()  # ends `cat`, so dbus-run-session ends its bus
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _forms_of(key: str) -> list[bytes]:
    raw = key.encode()
    return [
        raw,
        key[8:].encode(),
        key.encode("utf-16-le"),
        base64.b64encode(f"{key}:".encode()),  # the HTTP Basic credentials
        base64.b64encode(raw),
    ]


def _files_under(root: Path) -> list[Path]:
    return [p for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()]


def _assert_key_absent(root: Path, key: str) -> list[Path]:
    files = _files_under(root)
    for path in files:
        data = path.read_bytes()
        for form in _forms_of(key):
            assert form not in data, f"the key's bytes were found in {path}"
    return files


def _secret_tool_lookup(session: Session, account_id: str) -> str:
    result = subprocess.run(
        ["secret-tool", "lookup", "service", "leanrails-desktop", "username", account_id],
        capture_output=True, text=True, env=session.env, timeout=30,
    )
    return result.stdout


def test_key_lives_only_in_the_secret_service(secret_service: Session) -> None:
    session = secret_service
    port = _free_port()

    status = session.run("status")
    assert status["state"] == "available", status
    assert "SecretService" in status["backend"]

    added = session.run("add", "Sandbox shop", str(port), key=f'  "{KEY}"\n')
    assert added["masked"] == f"sk_test_…{KEY[-4:]}"

    # A new process: the app starts and is signed in without the key being typed.
    opened = session.run("open", str(port))
    assert opened["account"] == "Sandbox shop" and opened["source"] == "default"
    assert opened["sha256"] == hashlib.sha256(KEY.encode()).hexdigest()
    assert opened["listed"] == 0

    if shutil.which("secret-tool"):
        assert _secret_tool_lookup(session, added["id"]) == KEY

    accounts_file = session.root / "app" / "config" / "accounts.json"
    listed = json.loads(accounts_file.read_text("utf-8"))
    assert [a["name"] for a in listed["accounts"]] == ["Sandbox shop"]

    # A keyring locked mid-session: a clear sentence, nothing lost.
    locked = session.run("lock")
    assert locked["state"] == "locked"
    assert "locked" in locked["sentence"] and "Nothing has been lost" in locked["sentence"]
    assert locked["accounts"] == ["Sandbox shop"]
    session.restart_daemon()
    again = session.run("open", str(port))
    assert again["sha256"] == opened["sha256"]

    removed = session.run("remove", "Sandbox shop")
    assert removed["left"] == []
    if shutil.which("secret-tool"):
        assert _secret_tool_lookup(session, added["id"]) == ""
    assert json.loads(accounts_file.read_text("utf-8"))["accounts"] == []

    files = _assert_key_absent(session.root, KEY)
    names = {p.name for p in files}
    assert "accounts.json" in names and "app.log" in names and "sandbox.db" in names
    assert any(p.suffix == ".keyring" for p in files), "the keyring file itself was scanned"
    log = (session.root / "app" / "logs" / "app.log").read_text("utf-8")
    assert "Added account" in log and "Removed account" in log


def test_without_a_keyring_the_key_is_kept_for_this_run_only(tmp_path: Path) -> None:
    _require_tools()
    env = _base_env(tmp_path)
    # A headless box: no session bus to find a Secret Service on.
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'no-such-bus'}"
    session = Session(env, tmp_path, process=None)  # type: ignore[arg-type]
    result = session.run("session", "For now", key=KEY)
    assert result["state"] == "unavailable"
    assert "GNOME Keyring" in result["sentence"] and "this run only" in result["sentence"]
    assert result["refused"]
    assert result["session_only"] is True
    assert result["sha256"] == hashlib.sha256(KEY.encode()).hexdigest()
    assert result["saved"] == []
    _assert_key_absent(tmp_path, KEY)
