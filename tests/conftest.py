"""Shared fixtures: a real sandbox server on loopback per test, and CI's skip policy."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from leanrails_desktop.core.locale import DEFAULT_LOCALE, set_locale

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app chooses its locale from the system at start; the tests run as on a machine with
# none (en_US amounts such as "$499.00"), whatever the developer's own locale is.
os.environ["LC_ALL"] = "C.UTF-8"

# Main-window fixtures (a window on a real sandbox with scripted prompts), for GUI tests.
pytest_plugins = ["window_fixtures"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fail-on-system-skip",
        action="store_true",
        help="turn a skipped test marked 'system' into a failure (CI uses this)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under ``make mutation``, run the quickest tests first: a mutant is then caught by the
    cheapest test that can catch it (the run stops at the first failure)."""
    if os.environ.get("MUTANT_UNDER_TEST", "") in ("", "stats", "fail", "mutant_generation"):
        return
    durations: dict[str, float] = {}
    stats = Path("mutmut-stats.json")  # the mutation run's record of each test's duration
    if stats.is_file():
        durations = json.loads(stats.read_text(encoding="utf-8")).get("duration_by_test", {})

    def cost(item: pytest.Item) -> tuple[bool, float]:
        fixtures = getattr(item, "fixturenames", ())
        serves = "sandbox" in fixtures or "shared_client" in fixtures  # starts a server
        return serves, durations.get(item.nodeid, 1.0)

    items.sort(key=cost)


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


@pytest.fixture(autouse=True)
def us_english_locale() -> Iterator[None]:
    """Every test starts in en_US (amounts read ``$499.00``), whatever the machine's locale,
    and a test that changes the locale cannot leak it into the next."""
    set_locale(DEFAULT_LOCALE)
    yield
    set_locale(DEFAULT_LOCALE)
    if "PySide6.QtCore" in sys.modules:  # the app sets Qt's default locale to match
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(DEFAULT_LOCALE))


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
