"""Reading a spreadsheet file into rows of text: CSV (any of the usual encodings and
delimiters) and ``.xlsx``.

Every cell becomes a string as a person would read it; each row keeps the line number a
spreadsheet program shows for it (the header is line 1), so a problem can be named by the
line the merchant sees even when a quoted cell holds several text lines.
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

DELIMITERS = (",", ";", "\t")


class SheetError(ValueError):
    """The file cannot be read as a spreadsheet; the message says why, for a merchant."""


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One data row: the spreadsheet's line number and its cells, as text."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    """A spreadsheet as read: the header, the non-empty data rows, and a digest of the
    content (the file's bytes and the sheet read) that names this exact input."""

    header: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    digest: str
    source: str = ""
    sheet: str = ""
    """The sheet read, for a workbook ("" for CSV)."""
    sheets: tuple[str, ...] = ()
    """Every sheet of the workbook, in order (empty for CSV)."""


def read_sheet(path: str | Path, *, sheet: str | None = None) -> Sheet:
    """Read ``path``: ``.xlsx`` through openpyxl (the first sheet, or ``sheet``), anything
    else as CSV. Raises :class:`SheetError` with a sentence when it cannot be read."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise SheetError(f"{file.name} could not be read: {exc.strerror or exc}.") from None
    if file.suffix.lower() in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04":
        return read_xlsx_bytes(data, sheet=sheet, source=file.name)
    if sheet is not None:
        raise SheetError(f"{file.name} is a CSV file, which has no sheets to choose from.")
    return read_csv_bytes(data, source=file.name)


def _digest(data: bytes, sheet: str = "") -> str:
    return hashlib.sha256(data + b"\0" + sheet.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------- CSV


def decode_text(data: bytes) -> str:
    """The text of a CSV file: UTF-8 with or without BOM, UTF-16 with a BOM (Excel's
    "Unicode text"), or UTF-16 without one when every other byte is zero; otherwise
    Windows-1252, the encoding older spreadsheet programs write."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if len(data) >= 4 and data[1] == 0 and data[3] == 0:
        return data.decode("utf-16-le")
    if len(data) >= 4 and data[0] == 0 and data[2] == 0:
        return data.decode("utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: whichever of ``,`` ``;`` and tab occurs most
    often outside quotes in the first record (a comma when there is none)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch in "\r\n":
                break
            if ch in counts:
                counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_bytes(data: bytes, *, source: str = "") -> Sheet:
    """Read CSV bytes (see :func:`decode_text` and :func:`sniff_delimiter`)."""
    try:
        text = decode_text(data)
    except UnicodeDecodeError:
        name = source or "The file"
        raise SheetError(f"{name} is not a text file a spreadsheet wrote.") from None
    if "\0" in text:
        raise SheetError(f"{source or 'The file'} is not a CSV file.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        records = [list(record) for record in reader]
    except csv.Error as exc:
        raise SheetError(f"{source or 'The file'} is not valid CSV: {exc}.") from None
    return _sheet(records, _digest(data), source)


# ---------------------------------------------------------------------------- xlsx


def cell_text(value: object) -> str:
    """A spreadsheet cell's value as a person reads it: whole numbers without ``.0``,
    other numbers in their shortest exact form, dates in ISO form, booleans as
    ``true``/``false``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        number = Decimal(repr(value))
        if number == number.to_integral_value():
            return str(number.quantize(Decimal(1)))
        return format(number.normalize(), "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, _dt.datetime | _dt.date | _dt.time):
        return value.isoformat()
    return str(value)


def read_xlsx_bytes(data: bytes, *, sheet: str | None = None, source: str = "") -> Sheet:
    """Read an ``.xlsx`` workbook's first sheet, or the sheet called ``sheet``."""
    import openpyxl  # only when a workbook is read: it takes a while to import
    from openpyxl.utils.exceptions import InvalidFileException

    name = source or "The file"
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise SheetError(f"{name} is not an Excel workbook (.xlsx) that can be read.") from exc
    except Exception as exc:  # a damaged zip raises zipfile.BadZipFile and others
        raise SheetError(f"{name} is not an Excel workbook (.xlsx) that can be read.") from exc
    try:
        if sheet is None:
            chosen = book.worksheets[0]
        elif sheet in book.sheetnames:
            chosen = book[sheet]
        else:
            names = ", ".join(f"“{n}”" for n in book.sheetnames)
            raise SheetError(f"{name} has no sheet called “{sheet}”; its sheets are {names}.")
        records = [[cell_text(v) for v in row] for row in chosen.iter_rows(values_only=True)]
        title = chosen.title
        sheet_names = tuple(book.sheetnames)
    finally:
        book.close()
    return replace(_sheet(records, _digest(data, title), source), sheet=title, sheets=sheet_names)


# ---------------------------------------------------------------------------- shared


def _sheet(records: Sequence[list[str]], digest: str, source: str) -> Sheet:
    header_at = next((i for i, r in enumerate(records) if any(c.strip() for c in r)), None)
    if header_at is None:
        raise SheetError(f"{source or 'The file'} is empty; it needs a header row.")
    header = tuple(c.strip() for c in _trim(records[header_at]))
    rows = tuple(
        SheetRow(i + 1, tuple(_trim(record)))
        for i, record in enumerate(records)
        if i > header_at and any(c.strip() for c in record)
    )
    return Sheet(header, rows, digest, source)


def _trim(cells: Iterable[str]) -> list[str]:
    out = list(cells)
    while out and not out[-1].strip():
        out.pop()
    return out
