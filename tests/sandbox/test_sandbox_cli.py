"""``leanrails-sandbox`` as a separate process: start-up line, demo data, logs, shutdown."""

from __future__ import annotations

import os
import re
import selectors
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from sandbox_helpers import Api, new_key

from leanrails_desktop.sandbox import DEMO_KEY

REPO = Path(__file__).resolve().parents[2]


@contextmanager
def running(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Start the sandbox process; yields it and the URL it printed. Stops it on exit."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "leanrails_desktop.sandbox", *args],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ)
            assert selector.select(timeout=20), "the sandbox printed nothing within 20 s"
        yield proc, proc.stdout.readline()
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for pipe in (proc.stdout, proc.stderr):
                if pipe is not None:
                    pipe.close()


def _finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    """SIGTERM the process and collect its exit status and remaining output."""
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=10)
    return proc.returncode, out, err


def test_cli_prints_its_url_serves_demo_data_and_stops_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    other_key = new_key()
    with running("--port", "0", "--seed-demo", "--db", str(db)) as (proc, line):
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+\n", line), line
        url = line.strip()
        with httpx.Client(base_url=url, auth=(DEMO_KEY, ""), verify=False) as c:
            demo = Api(c).list_all(limit=100)
            assert len(demo) == 12
        with httpx.Client(base_url=url, auth=(other_key, ""), verify=False) as c:
            api = Api(c)
            assert api.page().json()["data"] == []  # demo data is DEMO_KEY's alone
            api.create_ok()
            assert api.create(api.body(title="")).status_code == 400
            assert c.get("/v1/nowhere").status_code == 404
            assert c.post("/_sandbox/faults", json={"fail_next": {"count": 1}}).status_code == 200
            assert api.page().status_code == 503
        code, out, err = _finish(proc)
    assert code == 0
    assert out == ""  # the URL line was the only thing on stdout
    assert other_key not in err and other_key[8:] not in err
    assert f"sk_test_…{other_key[-4:]}" in err  # requests are logged, with the key masked
    assert "POST /v1/checkout_links 200" in err
    hint = [row for row in err.splitlines() if DEMO_KEY in row]
    assert len(hint) == 1 and "12" in hint[0]

    # A restart on the same database keeps the data and does not seed twice.
    with running("--port", "0", "--seed-demo", "--db", str(db)) as (proc, line):
        with httpx.Client(base_url=line.strip(), auth=(DEMO_KEY, ""), verify=False) as c:
            assert len(Api(c).list_all(limit=100)) == 12
        with httpx.Client(base_url=line.strip(), auth=(other_key, ""), verify=False) as c:
            assert len(Api(c).page().json()["data"]) == 1
        code, _, err = _finish(proc)
    assert code == 0 and "already" in err


def test_cli_reports_a_port_in_use(tmp_path: Path) -> None:
    with running("--port", "0") as (first, line):
        port = line.strip().rsplit(":", 1)[1]
        with running("--port", port) as (second, _):
            assert second.wait(timeout=10) == 1
            assert second.stderr is not None
            assert "cannot start" in second.stderr.read()
        assert first.poll() is None
