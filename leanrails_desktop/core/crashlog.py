"""The safety net: a redacting log file, crash reports, and the unhandled-exception hook.

``setup_logging`` sends every log record to ``leanrails-desktop.log`` in the logs folder,
through :class:`~leanrails_desktop.core.redact.RedactingFilter`, so no key reaches the file.
``install_excepthook`` turns an unhandled exception (a bug) into a report file, a log entry,
and a call to the UI, which shows the report in a dialog; the hook itself never raises.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import platform
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from leanrails_desktop import APP_NAME, __version__
from leanrails_desktop.core.locale import file_stamp
from leanrails_desktop.core.paths import (
    app_paths,
    private_folder,
    private_umask,
    restrict_to_owner,
)
from leanrails_desktop.core.redact import RedactingFilter, redact

LOG_FILENAME = "leanrails-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_log = logging.getLogger(__name__)

OnReport = Callable[[str, Path | None], None]
"""Called with the report text and the file it was written to (None if it could not be)."""

_setup_lock = threading.Lock()
_log_dir: Path | None = None


class _AppLogHandler(logging.handlers.RotatingFileHandler):
    """The app's log file handler; its own class so setup can find it again."""

    def _open(self) -> io.TextIOWrapper:
        # Each new file (the first, and the next one after every rotation) is private.
        with private_umask():
            return super()._open()


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``log_dir/leanrails-desktop.log`` (1 MB, 3 backups), keys redacted.

    The handler goes on the root logger, so records from libraries are written (and
    redacted) too. Calling it again replaces the earlier handler instead of adding one.
    Returns the log file's path.
    """
    global _log_dir
    private_folder(log_dir)
    path = log_dir / LOG_FILENAME
    # Files an older version left readable to others are closed to them before use.
    for old in (path, *(path.with_name(f"{path.name}.{n}") for n in range(1, LOG_BACKUPS + 1))):
        restrict_to_owner(old)
    root = logging.getLogger()
    with _setup_lock:
        for handler in list(root.handlers):
            if isinstance(handler, _AppLogHandler):
                if Path(handler.baseFilename) == path.absolute():
                    handler.setLevel(level)
                    _lower_root_level(root, level)
                    _log_dir = log_dir
                    return path
                root.removeHandler(handler)
                handler.close()
        handler = _AppLogHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        handler.setLevel(level)
        handler.setFormatter(logging.Formatter(_LOG_FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
        _lower_root_level(root, level)
        _log_dir = log_dir
    return path


def _lower_root_level(root: logging.Logger, level: int) -> None:
    # Let records of ``level`` through without muting more verbose handlers set up elsewhere.
    if root.level != logging.NOTSET and root.level > level:
        root.setLevel(level)


def shutdown_logging() -> None:
    """Remove and close the handler :func:`setup_logging` added (tests, app exit)."""
    global _log_dir
    root = logging.getLogger()
    with _setup_lock:
        for handler in list(root.handlers):
            if isinstance(handler, _AppLogHandler):
                root.removeHandler(handler)
                handler.close()
        _log_dir = None


def crash_report(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    extra: Mapping[str, str] | None = None,
) -> str:
    """A plain-text report of an unhandled exception, safe to show and to share.

    It holds the app version, Python and platform, the time, any ``extra`` lines (the UI
    may add its toolkit's version), and the traceback with chained exceptions, without
    local variables. Keys and credentials are redacted from all of it.
    """
    now = datetime.now(UTC).astimezone()
    lines = [
        f"{APP_NAME} {__version__} — crash report",
        f"Time: {now.isoformat(timespec='seconds')}",
        f"Python: {platform.python_implementation()} {platform.python_version()}",
        f"Platform: {_platform_text()}",
        f"Frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"Thread: {threading.current_thread().name}",
    ]
    lines.extend(f"{name}: {value}" for name, value in (extra or {}).items())
    lines.append("")
    lines.append(_traceback_text(exc_type, exc, tb))
    return redact("\n".join(lines).rstrip("\n") + "\n")


def _platform_text() -> str:
    try:
        return platform.platform()
    except Exception:  # platform probing can fail in sandboxes; the report must not
        return sys.platform


def _traceback_text(
    exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
) -> str:
    if exc_type is None and exc is None:
        return "(no exception information)"
    try:
        if exc is None:
            parts = ["Traceback (most recent call last):\n", *traceback.format_tb(tb)] if tb else []
            return "".join([*parts, f"{getattr(exc_type, '__qualname__', exc_type)}\n"])
        formatted = traceback.TracebackException.from_exception(exc, capture_locals=False)
        return "".join(formatted.format(chain=True))
    except Exception as inner:  # an exception whose formatting fails still gets a report
        name = getattr(exc_type, "__qualname__", "unknown exception")
        return f"{name} (its traceback could not be formatted: {type(inner).__name__})"


def write_crash_report(log_dir: Path, report: str) -> Path:
    """Write ``report`` atomically to ``log_dir/crash-YYYYmmdd-HHMMSS.txt`` and return it.

    A second crash in the same second gets a ``-2``, ``-3``… suffix instead of replacing
    the first report.
    """
    private_folder(log_dir)
    stamp = file_stamp()
    # mkstemp creates the file 0600: the report is private from its first byte.
    fd, temp_name = tempfile.mkstemp(prefix=".crash-", suffix=".tmp", dir=log_dir)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(report)
            handle.flush()
            os.fsync(handle.fileno())
        target = log_dir / f"crash-{stamp}.txt"
        n = 2
        while target.exists():
            target = log_dir / f"crash-{stamp}-{n}.txt"
            n += 1
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target


class _Hook:
    """The state behind :func:`install_excepthook`."""

    def __init__(
        self,
        on_report: OnReport,
        log_dir: Path | None,
        extra: Callable[[], Mapping[str, str]] | None,
    ) -> None:
        self.on_report = on_report
        self.log_dir = log_dir
        self.extra = extra
        self.busy = threading.local()

    def handle(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # A failure while reporting must not report itself again, endlessly.
        if getattr(self.busy, "active", False):
            _last_resort("another error happened while reporting an error")
            return
        self.busy.active = True
        try:
            self._report(exc_type, exc, tb)
        except BaseException as inner:  # the hook must never raise
            _last_resort(f"the error report failed ({type(inner).__name__})")
        finally:
            self.busy.active = False

    def _report(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        extra: Mapping[str, str] | None = None
        if self.extra is not None:
            try:
                extra = self.extra()
            except Exception:
                extra = {"Note": "extra details could not be collected"}
        report = crash_report(exc_type, exc, tb, extra=extra)
        path: Path | None = None
        log_dir = self.log_dir or _log_dir or app_paths().logs
        try:
            path = write_crash_report(log_dir, report)
        except OSError as error:
            _log.error("Could not write a crash report to %s: %s", log_dir, error)
        try:
            _log.critical("Unhandled exception; report %s\n%s", path or "not written", report)
        except Exception:
            _last_resort("the error could not be logged")
        self.on_report(report, path)


def _last_resort(message: str) -> None:
    stream = sys.__stderr__
    if stream is not None:
        with contextlib.suppress(Exception):
            stream.write(f"{APP_NAME}: {message}\n")
            stream.flush()


def install_excepthook(
    on_report: OnReport,
    *,
    log_dir: Path | None = None,
    extra: Callable[[], Mapping[str, str]] | None = None,
) -> Callable[[], None]:
    """Report unhandled exceptions of every thread, and return a function undoing it.

    For each one (except ``KeyboardInterrupt``, and ``SystemExit`` in a thread, which keep
    their usual behaviour) the hook builds a redacted report, writes it under ``log_dir``
    (default: the folder given to :func:`setup_logging`, else the app's logs folder), logs
    it, and calls ``on_report(report, path)``. ``on_report`` runs on the thread that
    failed: a UI must pass the report to its own thread before showing anything.
    ``extra`` may supply more report lines (such as the Qt version). The hook never raises.
    """
    hook = _Hook(on_report, log_dir, extra)
    previous_sys = sys.excepthook
    previous_threading = threading.excepthook

    def sys_hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        hook.handle(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        hook.handle(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = sys_hook
    threading.excepthook = thread_hook

    def uninstall() -> None:
        if sys.excepthook is sys_hook:
            sys.excepthook = previous_sys
        if threading.excepthook is thread_hook:
            threading.excepthook = previous_threading

    return uninstall
