"""Many links' QR codes at once: one file each into a folder, or all into one ZIP file.

Each code is read back by the scan check before it is written; one that does not scan (or
whose options are refused for it, e.g. a size too small for its long URL) is left out and
reported in ``refused`` as (title, reason), and the others are still written.

File names come from :func:`~leanrails_desktop.core.exports.qr.suggested_filename` and are
made unique within the batch (``-2``, ``-3`` before the extension, compared without regard
to case, as Windows and macOS do). A file of the same name already in the folder is
replaced, since it is the same link's code.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports.atomic import (
    ExportError,
    StrPath,
    atomic_binary,
    check_cancelled,
    write_bytes_atomic,
)
from leanrails_desktop.core.exports.qr import (
    QrOptions,
    QrOptionsError,
    render,
    render_checked,
    safe_filename,
    suggested_filename,
    url_ident,
)
from leanrails_desktop.core.paths import private_umask

BulkItem = CheckoutLink | tuple[str, str]
"""A link, or a ``(url, title)`` pair."""


class UniqueNames:
    """Hands out file names, adding ``-2``, ``-3`` … to names already given."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, name: str) -> str:
        """``name``, or the first free numbered variant of it."""
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        candidate = name
        counter = 1
        while candidate.casefold() in self._taken:
            counter += 1
            candidate = f"{stem}-{counter}.{ext}" if dot else f"{stem}-{counter}"
        self._taken.add(candidate.casefold())
        return candidate


def _unpack(item: BulkItem, fmt: str) -> tuple[str, str, str]:
    if isinstance(item, CheckoutLink):
        return item.url, item.title, suggested_filename(item, fmt)
    url, title = item
    return url, title, safe_filename(title, url_ident(url), fmt)


def _caption_title(title: str) -> str | None:
    return title or None


def _checked(url: str, title: str, options: QrOptions, check: bool,
             refused: list[tuple[str, str]] | None) -> bytes | None:
    """The code's bytes, or None (noted in ``refused``) when it would not scan."""
    caption = _caption_title(title)
    if not check:
        return render(url, options, caption)
    try:
        return render_checked(url, options, caption)
    except QrOptionsError as exc:
        if refused is None:
            raise
        refused.append((title or url, str(exc)))
        return None


def export_qr_folder(
    folder: StrPath,
    items: Iterable[BulkItem],
    options: QrOptions | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    refused: list[tuple[str, str]] | None = None,
    check: bool = True,
) -> list[Path]:
    """Save one QR file per item into ``folder`` (created if missing); returns the paths.

    Each file is written atomically. On cancel or error the files already finished stay and
    the one in progress is removed; ExportCancelled (or the error) is raised.
    """
    options = options or QrOptions()
    target = Path(folder)
    with private_umask():  # a folder it creates is 0700; an existing one is left as it is
        target.mkdir(parents=True, exist_ok=True)
    names = UniqueNames()
    written: list[Path] = []
    for done, item in enumerate(items, 1):
        check_cancelled(cancelled)
        url, title, name = _unpack(item, options.format)
        data = _checked(url, title, options, check, refused)
        if data is not None:
            path = target / names.take(name)
            write_bytes_atomic(path, data)
            written.append(path)
        if progress is not None:
            progress(done)
    if not written:
        raise ExportError(_nothing(refused))
    return written


def _nothing(refused: list[tuple[str, str]] | None) -> str:
    if refused:
        return f"No code was saved, as none would scan: {refused[0][1]}"
    return "There are no links to export."


def export_qr_zip(
    path: StrPath,
    items: Iterable[BulkItem],
    options: QrOptions | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    refused: list[tuple[str, str]] | None = None,
    check: bool = True,
) -> list[str]:
    """Save one QR file per item into a single ZIP at ``path``; returns the names inside.

    The ZIP is written atomically: on cancel or error no ZIP is left and an earlier file at
    ``path`` is untouched.
    """
    options = options or QrOptions()
    # PNG and PDF content is compressed already; deflating it again only costs time.
    compression = zipfile.ZIP_DEFLATED if options.format == "svg" else zipfile.ZIP_STORED
    names = UniqueNames()
    written: list[str] = []
    done = 0
    with atomic_binary(path) as stream, zipfile.ZipFile(stream, "w", compression) as archive:
        for item in items:
            check_cancelled(cancelled)
            url, title, name = _unpack(item, options.format)
            data = _checked(url, title, options, check, refused)
            if data is not None:
                entry = names.take(name)
                archive.writestr(entry, data)
                written.append(entry)
            done += 1
            if progress is not None:
                progress(done)
        check_cancelled(cancelled)
        if not written:
            raise ExportError(_nothing(refused))
    return written
