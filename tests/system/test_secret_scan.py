"""Never leak a key: after a whole scripted session, no file the app wrote holds the key.

A child process runs the real app (``application.start``, offscreen) on a sandbox in this
test process, with a saved account whose key is in a file-based test keyring. The session
creates a link through the window, exports a CSV and QR codes (PNG, SVG, PDF), meets server
errors and then a revoked key, logs a request's headers, and crashes three ways (in a Qt
slot, straight into ``sys.excepthook``, on a worker thread) with the key and its
``Authorization: Basic`` header in the exception text. Then every byte of every file under
the app's home (config, data, cache, logs), the user's home and the export folder is
scanned for the key in each form it could take.

The keyring's own storage is the one place a key belongs, so the test keyring's file is kept
outside the scanned folders, and is scanned separately only to show the scan finds a key
where there is one.
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

import pytest
from helpers.child_runner import child_env, run_step, spawn

from leanrails_desktop.sandbox import SandboxServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX child environment")


def key_forms(key: str) -> dict[str, bytes]:
    """Every spelling of ``key`` that would count as a leak."""
    body = key.removeprefix("sk_test_")
    basic = base64.b64encode(f"{key}:".encode()).decode()
    forms = {
        "key": key,
        "key body": body,
        "Basic credential": basic,
        "Basic credential, URL-safe": basic.translate(str.maketrans("+/", "-_")),
        "base64 of the key": base64.b64encode(key.encode()).decode(),
    }
    encoded = {name: text.encode("utf-8") for name, text in forms.items()}
    for name, text in (("key", key), ("key body", body)):
        encoded[f"{name}, UTF-16 LE"] = text.encode("utf-16-le")
        encoded[f"{name}, UTF-16 BE"] = text.encode("utf-16-be")
    return encoded


def scan(folders: list[Path], needles: dict[str, bytes]) -> tuple[int, int, list[str]]:
    """(files scanned, bytes scanned, "file: form" for each hit)."""
    files = bytes_read = 0
    hits: list[str] = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
            data = path.read_bytes()
            files += 1
            bytes_read += len(data)
            hits.extend(f"{path}: {name}" for name, needle in needles.items() if needle in data)
    return files, bytes_read, hits


def test_no_file_written_in_a_whole_session_holds_the_key(
    tmp_path: Path, sandbox: SandboxServer, sandbox_key: str
) -> None:
    env = child_env(tmp_path)
    exports = tmp_path / "exports"
    exports.mkdir()
    setup = run_step(
        env, "setup", "Scan shop", sandbox.base_url, cwd=tmp_path, stdin=sandbox_key + "\n"
    )
    forms = key_forms(sandbox_key)
    hide = tuple(needle.decode() for name, needle in forms.items() if "UTF-16" not in name)
    child = spawn(env, "session", str(exports), cwd=tmp_path, hide=hide)
    try:
        child.expect("REVOKE")
        sandbox.revoke_key(sandbox_key)
        child.send("revoked")
        session = child.expect("SESSION")
        child.process.wait(30)  # it quits by itself after saying so
    finally:
        if child.process.poll() is None:
            child.process.kill()
        child.close()
    assert child.process.returncode == 0, child.errors()

    # The session did what it set out to do, so the scan below has something to find.
    assert session["created"] and session["created"].startswith("cl_")
    assert session["exports"] == ["links.csv", "poster.pdf", "poster.png", "poster.svg"]
    assert "LeanRails had a problem answering." in session["server_error"]
    assert "This key was not accepted by LeanRails." in session["auth_error"]
    assert session["crash_reports"] == 3
    assert session["dialog_redacted"] is True
    assert session["dialog_has_key"] is False and session["clipboard_has_key"] is False
    assert session["warnings"] == []

    app_home, user_home = tmp_path / "app-home", tmp_path / "user-home"
    folders = [app_home, user_home, exports]
    needles = key_forms(sandbox_key)
    files, size, hits = scan(folders, needles)
    written = {
        p.relative_to(tmp_path).as_posix() for f in folders for p in f.rglob("*") if p.is_file()
    }
    log_text = (app_home / "logs" / "leanrails-desktop.log").read_text(encoding="utf-8")
    print(
        f"\nsecret scan: {files} files, {size:,} bytes scanned under app home, user home and "
        f"exports for {len(needles)} forms of the key; occurrences: {len(hits)}"
    )

    assert hits == []
    # What was scanned: the app's settings, account list, local store, log, three crash
    # reports, and the four exports (the store's WAL is folded in when the app closes).
    crash_files = sorted(name for name in written if name.startswith("app-home/logs/crash-"))
    assert len(crash_files) == 3
    # The account's mirror (every link it synced) is scanned too: no key in it either.
    mirrors = {name for name in written if name.startswith("app-home/data/mirrors/")}
    assert any(name.endswith(".mirror.db") for name in mirrors)
    assert written - set(crash_files) - mirrors == {
        "app-home/config/settings.ini",
        "app-home/config/accounts.json",
        "app-home/data/local-store.sqlite3",
        "app-home/logs/leanrails-desktop.log",
        "exports/links.csv",
        "exports/poster.pdf",
        "exports/poster.png",
        "exports/poster.svg",
    }
    assert files == len(written) == 11 + len(mirrors)
    # The key did reach the log's path (headers, crash texts), and was redacted there.
    assert "[redacted]" in log_text and "Unhandled exception" in log_text
    for stream in (setup.stdout, setup.stderr, "".join(child.stdout), child.errors()):
        assert sandbox_key not in stream and needles["key body"].decode() not in stream

    # The scan does find a key where one is: the test keyring's own file (not scanned above).
    keyring_files, _, keyring_hits = scan([tmp_path / "keyring"], needles)
    assert keyring_files == 1 and any(hit.endswith(": key") for hit in keyring_hits)
