"""Atomic file writing shared by every exporter.

A file is written to a temporary sibling in the same folder, flushed to disk, then moved over
the target with :func:`os.replace`. Until that last step the target is untouched; if anything
fails or the merchant cancels, the temporary file is removed and no partial export is left.
On POSIX the temporary file, and so the export, is created 0600 (the user's alone).
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

StrPath = str | os.PathLike[str]

TEMP_SUFFIX = ".partial"
"""Ending of the temporary files; a crashed export may leave one, never a half target."""


class ExportError(ValueError):
    """An export that cannot be made as asked; the message tells the merchant why."""


class ExportCancelled(Exception):
    """The merchant cancelled an export; nothing was written (or only complete files)."""

    def __init__(self, message: str = "The export was cancelled; no file was written.") -> None:
        super().__init__(message)


def check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    """Raise :class:`ExportCancelled` if ``cancelled`` says so."""
    if cancelled is not None and cancelled():
        raise ExportCancelled()


def _open_temp(target: Path) -> tuple[Path, int]:
    # O_EXCL on a random name: never reuse or follow someone else's file. Mode 0o600: the
    # export holds the merchant's links, so it is theirs alone from its first byte (and
    # stays so once renamed over the target); they can share the finished file as they wish.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        # The name is shortened so that the temporary name stays within file-name limits.
        temp = target.with_name(f".{target.name[:100]}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            return temp, os.open(temp, flags, 0o600)
        except FileExistsError:
            continue
    raise FileExistsError(f"Could not create a temporary file next to {target}.")


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_binary(path: StrPath) -> Iterator[BinaryIO]:
    """Open ``path`` for writing bytes atomically; the file appears only on success."""
    target = Path(path)
    temp, fd = _open_temp(target)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_text(path: StrPath, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """Open ``path`` for writing text atomically, with no newline translation."""
    with atomic_binary(path) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="", write_through=False)
        try:
            yield text
            text.flush()
        finally:
            # Hand the binary stream back to atomic_binary, which closes it.
            text.detach()


def write_bytes_atomic(path: StrPath, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_binary(path) as stream:
        stream.write(data)


def write_text_atomic(path: StrPath, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically (no newline translation)."""
    write_bytes_atomic(path, text.encode(encoding))
