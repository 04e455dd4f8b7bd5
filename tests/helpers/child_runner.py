"""Runs ``app_child.py`` steps in fresh processes with a private app home, user home and a
file-based test keyring, and reads their tagged output lines."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HELPERS = Path(__file__).resolve().parent
REPO = HELPERS.parent.parent
CHILD = HELPERS / "app_child.py"


def child_env(root: Path) -> dict[str, str]:
    """An environment whose every writable place is under ``root``: the app's folders in
    ``root/app-home``, the user's home and XDG folders in ``root/user-home``, and the
    test keyring's file in ``root/keyring`` (the one place a key may be)."""
    user_home = root / "user-home"
    runtime = root / "runtime"
    for folder in (user_home, runtime, root / "app-home", root / "keyring"):
        folder.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("LEANRAILS_", "XDG_", "PYTHON_KEYRING", "QT_"))
        and name not in ("HOME", "PYTHONPATH", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY")
    }
    env.update(
        {
            "HOME": str(user_home),
            "XDG_CONFIG_HOME": str(user_home / ".config"),
            "XDG_DATA_HOME": str(user_home / ".local" / "share"),
            "XDG_CACHE_HOME": str(user_home / ".cache"),
            "XDG_STATE_HOME": str(user_home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(runtime),
            "LEANRAILS_DESKTOP_HOME": str(root / "app-home"),
            "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
            "LEANRAILS_TEST_KEYRING_FILE": str(root / "keyring" / "keyring.json"),
            "PYTHONPATH": os.pathsep.join([str(REPO), str(HELPERS)]),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONUNBUFFERED": "1",
            "LANG": "C.UTF-8",
        }
    )
    return env


@dataclass
class Child:
    """A running child; its stdout lines arrive on a queue, stderr is collected."""

    process: subprocess.Popen[str]
    lines: queue.Queue[str] = field(default_factory=queue.Queue)
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    readers: list[threading.Thread] = field(default_factory=list)
    hide: tuple[str, ...] = field(default=(), repr=False)
    """Secrets to blank out of the output shown when the child fails."""

    def start_readers(self) -> None:
        def pump(stream: Any, sink: list[str], to_queue: bool) -> None:
            for line in stream:
                sink.append(line)
                if to_queue:
                    self.lines.put(line.rstrip("\n"))

        for stream, sink, to_queue in (
            (self.process.stdout, self.stdout, True),
            (self.process.stderr, self.stderr, False),
        ):
            reader = threading.Thread(target=pump, args=(stream, sink, to_queue), daemon=True)
            reader.start()
            self.readers.append(reader)

    def close(self) -> None:
        """Wait for the process and its output, and close the pipes."""
        self.process.wait(30)
        for reader in self.readers:
            reader.join(10)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()

    def expect(self, tag: str, timeout: float = 60.0) -> Any:
        """The payload of the next line starting with ``tag`` (None for a bare tag)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {tag} line from the child; stderr:\n{self.errors()}")
            try:
                line = self.lines.get(timeout=min(left, 0.5))
            except queue.Empty:
                if self.process.poll() is not None and self.lines.empty():
                    time.sleep(0.2)  # let the readers finish
                    if self.lines.empty():
                        raise AssertionError(
                            f"the child exited ({self.process.returncode}) before {tag}; "
                            f"stderr:\n{self.errors()}"
                        ) from None
                continue
            if line == tag:
                return None
            if line.startswith(tag + " "):
                return json.loads(line[len(tag) + 1 :])

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def errors(self) -> str:
        text = "".join(self.stderr)[-4000:]
        for secret in self.hide:
            text = text.replace(secret, "[secret]")
        return text


def spawn(env: dict[str, str], *args: str, cwd: Path, hide: tuple[str, ...] = ()) -> Child:
    process = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
    )
    child = Child(process, hide=hide)
    child.start_readers()
    return child


def run_step(
    env: dict[str, str], *args: str, cwd: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, str(CHILD), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return result


def payload(output: str, tag: str) -> Any:
    for line in output.splitlines():
        if line.startswith(tag + " "):
            return json.loads(line[len(tag) + 1 :])
    raise AssertionError(f"no {tag} line in {output!r}")
