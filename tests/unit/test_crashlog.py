"""The redacting log file, crash reports and the unhandled-exception hook."""

from __future__ import annotations

import base64
import logging
import os
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from helpers.modes import PRIVATE_FILE, PRIVATE_FOLDER, mode, not_private

from leanrails_desktop import __version__
from leanrails_desktop.core import crashlog
from leanrails_desktop.core.crashlog import (
    LOG_FILENAME,
    crash_report,
    install_excepthook,
    setup_logging,
    shutdown_logging,
    write_crash_report,
)
from leanrails_desktop.core.redact import clear_registered_secrets, register_secret

KEY = "sk_test_7Hq2LmNpR4sTuVwXyZ01ab"
BASIC = base64.b64encode(f"{KEY}:".encode()).decode()
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


@pytest.fixture(autouse=True)
def _clean_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    shutdown_logging()
    root.setLevel(level)
    clear_registered_secrets()


def _failing_call() -> None:
    distinctive_local = "local-value-that-must-not-appear"
    try:
        raise ConnectionError(f"connection reset while sending {KEY}")
    except ConnectionError as exc:
        raise RuntimeError(
            f"create failed; Authorization: Basic {BASIC} ({len(distinctive_local)})"
        ) from exc


def _exc_info() -> ExcInfo:
    try:
        _failing_call()
    except RuntimeError as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("unreachable")


def _assert_no_key(data: bytes) -> None:
    assert data.count(KEY.encode()) == 0
    assert data.count(BASIC.encode()) == 0


def test_setup_logging_is_idempotent_and_rotates(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs")
    again = setup_logging(tmp_path / "logs")
    assert path == again == tmp_path / "logs" / LOG_FILENAME
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, crashlog._AppLogHandler)]
    assert len(handlers) == 1
    assert handlers[0].maxBytes == 1_000_000
    assert handlers[0].backupCount == 3


def test_setup_logging_in_another_folder_moves_the_handler(tmp_path: Path) -> None:
    setup_logging(tmp_path / "a")
    path = setup_logging(tmp_path / "b")
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, crashlog._AppLogHandler)]
    assert [Path(h.baseFilename) for h in handlers] == [path.absolute()]


def test_log_file_never_holds_a_key(tmp_path: Path) -> None:
    register_secret(KEY)
    path = setup_logging(tmp_path)
    log = logging.getLogger("leanrails_desktop.test")
    try:
        _failing_call()
    except RuntimeError:
        log.exception("saving the link with key %s failed", KEY)
    log.info("headers %r", {"Authorization": f"Basic {BASIC}"})
    log.warning(f"raw f-string with {KEY} and base64 {BASIC}")
    shutdown_logging()
    data = path.read_bytes()
    _assert_no_key(data)
    assert b"saving the link" in data
    assert b"ConnectionError" in data and b"RuntimeError" in data


def test_crash_report_has_version_and_traceback_but_no_key(tmp_path: Path) -> None:
    report = crash_report(*_exc_info(), extra={"Qt": "6.7.0"})
    assert __version__ in report
    assert "LeanRails Desktop" in report
    assert "Python:" in report and "Platform:" in report
    assert "Qt: 6.7.0" in report
    assert "Traceback (most recent call last)" in report
    assert "_failing_call" in report
    assert "ConnectionError" in report and "RuntimeError" in report
    assert "direct cause" in report
    assert "local-value-that-must-not-appear" not in report
    _assert_no_key(report.encode())


def test_crash_report_survives_an_exception_that_cannot_be_printed() -> None:
    class Unprintable(Exception):
        def __str__(self) -> str:
            raise ValueError("no")

    report = crash_report(Unprintable, Unprintable(), None)
    assert "Unprintable" in report
    assert "no exception information" in crash_report(None, None, None)


def test_write_crash_report_is_atomic_and_never_overwrites(tmp_path: Path) -> None:
    first = write_crash_report(tmp_path / "logs", "report one\n")
    second = write_crash_report(tmp_path / "logs", "report two\n")
    assert re.fullmatch(r"crash-\d{8}-\d{6}(-\d+)?\.txt", first.name)
    assert first != second
    assert first.read_text(encoding="utf-8") == "report one\n"
    assert second.read_text(encoding="utf-8") == "report two\n"
    assert sorted(p.name for p in (tmp_path / "logs").iterdir()) == sorted(
        [first.name, second.name]
    )


def test_excepthook_writes_report_logs_it_and_calls_back(tmp_path: Path) -> None:
    log_path = setup_logging(tmp_path)
    calls: list[tuple[str, Path | None]] = []
    uninstall = install_excepthook(lambda report, path: calls.append((report, path)))
    try:
        sys.excepthook(*_exc_info())
    finally:
        uninstall()
    assert len(calls) == 1
    report, path = calls[0]
    assert path is not None and path.parent == tmp_path
    assert path.read_text(encoding="utf-8") == report
    assert "RuntimeError" in report
    shutdown_logging()
    logged = log_path.read_bytes()
    assert b"Unhandled exception" in logged
    _assert_no_key(logged)
    _assert_no_key(path.read_bytes())


def test_excepthook_reports_exceptions_in_threads(tmp_path: Path) -> None:
    calls: list[tuple[str, Path | None]] = []
    done = threading.Event()

    def on_report(report: str, path: Path | None) -> None:
        calls.append((report, path))
        done.set()

    uninstall = install_excepthook(on_report, log_dir=tmp_path)
    try:
        worker = threading.Thread(target=_failing_call, name="listing-worker")
        worker.start()
        worker.join(10)
        assert done.wait(10)
    finally:
        uninstall()
    report, path = calls[0]
    assert "Thread: listing-worker" in report
    assert path is not None and path.exists()
    _assert_no_key(report.encode())


def test_excepthook_never_raises(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    def broken_ui(report: str, path: Path | None) -> None:
        raise RuntimeError("the dialog failed")

    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    uninstall = install_excepthook(broken_ui, log_dir=not_a_folder)
    try:
        sys.excepthook(*_exc_info())  # the report cannot be written, and the UI fails
    finally:
        uninstall()
    assert "the error report failed (RuntimeError)" in capfd.readouterr().err


def test_excepthook_passes_on_keyboard_interrupt_and_uninstalls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, v, tb: seen.append(t))
    calls: list[str] = []
    before = (sys.excepthook, threading.excepthook)
    uninstall = install_excepthook(lambda report, path: calls.append(report), log_dir=tmp_path)
    assert sys.excepthook is not before[0]
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert seen == [KeyboardInterrupt]
    assert calls == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.usefixtures("typical_umask")
def test_log_files_crash_reports_and_their_folder_are_private(tmp_path: Path) -> None:
    logs = tmp_path / "state" / "logs"
    path = setup_logging(logs)
    logging.getLogger("leanrails_desktop.test").warning("a line")
    [handler] = [h for h in logging.getLogger().handlers if isinstance(h, crashlog._AppLogHandler)]
    handler.doRollover()  # the next file is opened long after set-up
    logging.getLogger("leanrails_desktop.test").warning("a line in the next file")
    report = write_crash_report(logs, "report\n")
    assert {path.name, f"{LOG_FILENAME}.1", report.name} <= {p.name for p in logs.iterdir()}
    assert not_private(tmp_path / "state") == {}
    assert mode(tmp_path / "state") == PRIVATE_FOLDER


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.usefixtures("typical_umask")
def test_a_crash_report_in_a_new_folder_is_private(tmp_path: Path) -> None:
    report = write_crash_report(tmp_path / "logs", "report\n")
    assert mode(report) == PRIVATE_FILE
    assert mode(tmp_path / "logs") == PRIVATE_FOLDER
