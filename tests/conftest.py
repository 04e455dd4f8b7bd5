"""Shared fixtures: a real sandbox server on loopback per test, and CI's skip policy."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Main-window fixtures (a window on a real sandbox with scripted prompts), for GUI tests.
pytest_plugins = ["window_fixtures"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fail-on-system-skip",
        action="store_true",
        help="turn a skipped test marked 'system' into a failure (CI uses this)",
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if (
        report.skipped
        and item.get_closest_marker("system") is not None
        and item.config.getoption("--fail-on-system-skip")
    ):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"system test skipped, which CI counts as a failure: {reason}"


@pytest.fixture
def typical_umask() -> Iterator[int]:
    """The process umask set to 022 (what most users have) for one test, so that a file
    the app writes is private only because the app made it so."""
    previous = os.umask(0o022)
    try:
        yield 0o022
    finally:
        os.umask(previous)


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxServer]:  # noqa: F821
    """A fresh sandbox server with its own database, listening on a free loopback port."""
    from leanrails_desktop.sandbox import SandboxServer

    server = SandboxServer(db_path=tmp_path / "sandbox.db", port=0)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox_key() -> str:
    """A well-formed test-mode key; the sandbox gives each key its own merchant."""
    import secrets

    return "sk_test_" + secrets.token_hex(12)
