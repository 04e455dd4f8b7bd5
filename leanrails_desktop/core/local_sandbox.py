"""Starting the bundled sandbox server as a child process, for ``--sandbox`` and first run.

The app talks to it over HTTP like to the real API; it never calls into the server's code,
not even to learn the key of its demo data (:func:`demo_key` asks the running sandbox).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from pathlib import Path

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.paths import PRIVATE_UMASK, private_folder

SANDBOX_FLAG = "--run-sandbox-server"
"""Frozen builds have no ``python -m``: the app binary runs the sandbox when given this flag."""

HEALTH_PATH = "/_sandbox/health"
"""Answers ``{"ok": true, "demo_key": "sk_test_…"}`` without a key."""


class SandboxStartError(RuntimeError):
    """The sandbox did not start; the message says what it printed."""


def sandbox_command(db_path: Path, *, seed_demo: bool = True, port: int = 0) -> list[str]:
    """The command line that starts the sandbox on loopback."""
    if getattr(sys, "frozen", False):
        command = [sys.executable, SANDBOX_FLAG]
    else:
        command = [sys.executable, "-m", "leanrails_desktop.sandbox"]
    command += ["--port", str(port), "--db", str(db_path)]
    if seed_demo:
        command.append("--seed-demo")
    return command


class LocalSandbox:
    """A running sandbox child process. Use :meth:`start`, then :attr:`base_url`."""

    def __init__(self, process: subprocess.Popen[str], base_url: str) -> None:
        self.process = process
        self.base_url = base_url

    @classmethod
    def start(
        cls, db_path: Path, *, seed_demo: bool = True, timeout: float = 20.0, port: int = 0
    ) -> LocalSandbox:
        """Start the sandbox and wait until it prints its address.

        The child's stdin is a pipe that this process holds: when the app ends, even by a
        crash or a kill, the pipe closes and the sandbox stops with it.
        """
        private_folder(db_path.parent)
        env = dict(os.environ)
        env.pop("LEANRAILS_API_KEY", None)
        process = subprocess.Popen(
            [*sandbox_command(db_path, seed_demo=seed_demo, port=port), "--exit-with-stdin"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            umask=PRIVATE_UMASK,  # the database and its -wal and -shm are the user's alone
        )
        assert process.stdout is not None
        first_line: list[str] = []
        reader = threading.Thread(
            target=lambda: first_line.append(process.stdout.readline() if process.stdout else ""),
            daemon=True,
        )
        reader.start()
        reader.join(timeout)
        url = first_line[0].strip() if first_line else ""
        if not url.startswith("http"):
            process.kill()
            _out, err = process.communicate(timeout=5)
            detail = (err.strip().splitlines() or [""])[-1]
            raise SandboxStartError(
                translate("LocalSandbox", "The local sandbox did not start. {detail}")
                .format(detail=detail)
                .strip()
            )
        # Keep draining stderr so the child never blocks on a full pipe.
        threading.Thread(target=_drain, args=(process,), daemon=True).start()
        return cls(process, url)

    def stop(self) -> None:
        """Stop the child process (politely, then firmly) and close its pipes."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def demo_key(base_url: str, *, timeout: float = 2.0) -> str:
    """The test key whose merchant holds the demo links of the sandbox at ``base_url``, as
    the sandbox itself says. :class:`SandboxStartError` when it does not answer like the
    bundled sandbox (nothing listening, another program, no usable test key).

    Makes a (loopback) network call.
    """
    # Imported here: this module is imported by the app's command line before anything
    # else, and ``--run-sandbox-server`` needs neither httpx nor the key rules.
    import httpx

    from leanrails_desktop.core.accounts import AccountError, Mode, check_key, mode_of

    try:
        response = httpx.get(base_url + HEALTH_PATH, timeout=timeout)
        response.raise_for_status()
        answer = response.json()
    except (httpx.HTTPError, ValueError):
        answer = None
    offered = answer.get("demo_key") if isinstance(answer, dict) else None
    try:
        key = check_key(offered) if isinstance(offered, str) else ""
    except AccountError:
        key = ""
    # A live key from a local sandbox can only be a mistake: its links would pass as real.
    if not key or mode_of(key) is not Mode.TEST:
        raise SandboxStartError(
            translate(
                "LocalSandbox",
                "The local sandbox at {base_url} did not say which test key "
                "its demo data belongs to.",
            ).format(base_url=base_url)
        )
    return key


def _drain(process: subprocess.Popen[str]) -> None:
    for stream in (process.stderr, process.stdout):
        if stream is None:
            continue
        try:
            for _line in stream:
                pass
        except (OSError, ValueError):  # closed by stop()
            return
