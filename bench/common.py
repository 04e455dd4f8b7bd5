"""What every benchmark shares: settings, result rows, statistics, the seeded sandbox.

Nothing here imports Qt, so the coordinating process stays small and quiet while the GUI
benchmarks run in child processes of their own.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_KEY = "sk_test_benchmark0000000000000001"
"""The sandbox key the seeded links belong to (a test key: nothing real)."""

DEFAULT_LINKS = 10_000
DEFAULT_REPEAT = 5
ROOT = Path(__file__).resolve().parent.parent


def env_int(name: str, default: int, minimum: int = 1) -> int:
    """An integer from the environment, or ``default`` when unset or unreadable."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return max(minimum, int(raw.replace("_", "").replace(",", "")))
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class Settings:
    """How big and how often: ``links`` in the sandbox, ``repeat`` runs of each benchmark."""

    links: int = DEFAULT_LINKS
    repeat: int = DEFAULT_REPEAT

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            links=env_int("BENCH_LINKS", DEFAULT_LINKS),
            repeat=env_int("BENCH_REPEAT", DEFAULT_REPEAT),
        )


@dataclass(slots=True)
class Row:
    """One line of the result table.

    ``measured`` and ``baseline`` are in ``unit``; ``ratio`` is measured/baseline (or, for
    an additive target such as memory, measured − baseline, in ``unit``). ``limit`` is the
    target the ``compared`` figure must not exceed.
    """

    name: str
    measured: float
    unit: str
    target: str
    limit: float
    baseline: float | None = None
    baseline_name: str = ""
    compared: str = "ratio"  # "ratio" | "difference" | "measured"
    samples: list[float] = field(default_factory=list)
    baseline_samples: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def figure(self) -> float:
        """The number checked against ``limit``."""
        if self.compared == "ratio":
            assert self.baseline is not None
            return self.measured / self.baseline if self.baseline else float("inf")
        if self.compared == "difference":
            assert self.baseline is not None
            return self.measured - self.baseline
        return self.measured

    @property
    def met(self) -> bool:
        return self.figure <= self.limit

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "measured": self.measured,
            "baseline": self.baseline,
            "unit": self.unit,
            "compared": self.compared,
            "figure": self.figure,
            "target": self.target,
            "met": self.met,
            "samples": self.samples,
            "baseline_samples": self.baseline_samples,
            "note": self.note,
        }


def median(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("no samples")
    return float(statistics.median(values))


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile by nearest rank (p99 of 1,000 gaps is the 990th smallest)."""
    if not values:
        raise ValueError("no samples")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-fraction * len(ordered) // 1))))
    return float(ordered[rank - 1])


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a child process: offscreen Qt, no user key, the repo importable."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("LEANRAILS_API_KEY", "LEANRAILS_API_BASE", "LEANRAILS_DESKTOP_HOME"):
        env.pop(name, None)
    env["PYTHONPATH"] = os.pathsep.join(
        part for part in (str(ROOT), env.get("PYTHONPATH", "")) if part
    )
    if extra:
        env.update(extra)
    return env


def run_json(args: Sequence[str], *, env: dict[str, str] | None = None,
             timeout: float = 600.0) -> dict[str, Any]:
    """Run a child Python process; its last stdout line is a JSON object, returned."""
    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env if env is not None else child_env(),
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"benchmark child {' '.join(args)} failed (exit {done.returncode}):\n"
            f"{done.stderr[-4000:]}"
        )
    result: dict[str, Any] = json.loads(lines[-1])
    return result


# --------------------------------------------------------------------------- sandbox


def seed_database(path: Path, count: int, seed: int = 0) -> None:
    """Create a sandbox database at ``path`` holding ``count`` links of :data:`BENCH_KEY`."""
    from leanrails_desktop.sandbox import SandboxServer

    server = SandboxServer(db_path=path, port=0)
    try:
        server.seed_bulk(BENCH_KEY, count=count, seed=seed)
    finally:
        server.stop()


class SandboxProcess:
    """``python -m leanrails_desktop.sandbox`` on a seeded database, in its own process."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._process: subprocess.Popen[str] | None = None
        self.base_url = ""

    def start(self) -> None:
        process = subprocess.Popen(
            [sys.executable, "-m", "leanrails_desktop.sandbox", "--port", "0",
             "--db", str(self.db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=child_env(),
            cwd=ROOT,
        )
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if not line.startswith("http"):
            process.kill()
            process.wait()
            raise RuntimeError(f"the sandbox did not start (said {line!r})")
        self._process = process
        self.base_url = line

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


@dataclass(frozen=True, slots=True)
class Fixture:
    """A seeded sandbox running in its own process."""

    base_url: str
    key: str
    links: int
    db_path: Path
    workdir: Path


@contextmanager
def sandbox_fixture(links: int) -> Iterator[Fixture]:
    """Seed a database with ``links`` links and serve it from a separate process."""
    workdir = Path(tempfile.mkdtemp(prefix="leanrails-bench-"))
    try:
        db = workdir / "sandbox.db"
        started = time.perf_counter()
        seed_database(db, links)
        seeded = time.perf_counter() - started
        print(f"Seeded {links:,} links in {seeded:.1f} s (not timed by any benchmark).",
              file=sys.stderr, flush=True)
        server = SandboxProcess(db)
        server.start()
        try:
            yield Fixture(server.base_url, BENCH_KEY, links, db, workdir)
        finally:
            server.stop()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
