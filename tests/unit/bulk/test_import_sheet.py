"""Reading spreadsheets for import: encodings, delimiters, line ends, quoted newlines, xlsx."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from leanrails_desktop.core.bulk.sheet import SheetError, read_sheet, sniff_delimiter

ROWS = [
    ["title", "currency", "amount", "quantity", "product"],
    ["Pottery, evening", "EUR", "35,00", "2", "prod_pottery"],
    ["Zanzibar tour\nwith lunch", "usd", "120.00", "1", "prod_tour"],
]


def _csv(rows: list[list[str]], delimiter: str, newline: str = "\r\n") -> str:
    def quote(value: str) -> str:
        if any(ch in value for ch in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(quote(v) for v in row) + newline for row in rows)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16"]  # utf-16: with BOM, as Excel's Unicode text
)
@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_csv_encodings_delimiters_and_line_ends(
    tmp_path: Path, delimiter: str, encoding: str, newline: str
) -> None:
    path = tmp_path / "links.csv"
    path.write_bytes(_csv(ROWS, delimiter, newline).encode(encoding))
    sheet = read_sheet(path)
    assert sheet.header == tuple(ROWS[0])
    assert [row.cells for row in sheet.rows] == [tuple(r) for r in ROWS[1:]]
    assert [row.line for row in sheet.rows] == [2, 3]


def test_excel_unicode_text_is_utf16le_tabs(tmp_path: Path) -> None:
    path = tmp_path / "links.txt"
    path.write_bytes(b"\xff\xfe" + _csv(ROWS, "\t").encode("utf-16-le"))
    sheet = read_sheet(path)
    assert sheet.rows[1].cells[0] == "Zanzibar tour\nwith lunch"


def test_line_numbers_count_rows_as_a_spreadsheet_shows_them(tmp_path: Path) -> None:
    rows = [ROWS[0], ROWS[2], ["", "", "", "", ""], ROWS[1]]
    path = tmp_path / "links.csv"
    path.write_text(_csv(rows, ","), encoding="utf-8", newline="")
    assert [row.line for row in read_sheet(path).rows] == [2, 4]


def test_sniffing_ignores_delimiters_inside_quotes() -> None:
    assert sniff_delimiter('"a;b;c;d",x,y\r\n1,2,3') == ","
    assert sniff_delimiter("title;amount\n") == ";"
    assert sniff_delimiter("title\n") == ","


def test_xlsx_first_sheet_and_named_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Workshops"
    first.append(["title", "currency", "amount", "quantity", "product"])
    first.append(["Pottery", "USD", 35.5, 2, "prod_pottery"])
    first.append(["Yen class", "JPY", 3500, 1, "prod_yen"])
    other = book.create_sheet("Tours")
    other.append(["title", "currency", "amount"])
    other.append(["Zanzibar", "KWD", "1.500"])
    path = tmp_path / "links.xlsx"
    book.save(path)

    sheet = read_sheet(path)
    assert sheet.header == ("title", "currency", "amount", "quantity", "product")
    assert sheet.rows[0].cells == ("Pottery", "USD", "35.5", "2", "prod_pottery")
    assert sheet.rows[1].cells[2] == "3500"
    tours = read_sheet(path, sheet="Tours")
    assert tours.rows[0].cells == ("Zanzibar", "KWD", "1.500")
    assert tours.digest != sheet.digest
    with pytest.raises(SheetError, match=r"no sheet called “Nope”.*“Workshops”, “Tours”"):
        read_sheet(path, sheet="Nope")


def test_unreadable_files_say_why(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="could not be read"):
        read_sheet(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(SheetError, match="empty"):
        read_sheet(empty)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(SheetError, match="not an Excel workbook"):
        read_sheet(broken)


def test_same_content_same_digest(tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("title\nx\n", encoding="utf-8")
    b.write_text("title\nx\n", encoding="utf-8")
    assert read_sheet(a).digest == read_sheet(b).digest
    b.write_text("title\ny\n", encoding="utf-8")
    assert read_sheet(a).digest != read_sheet(b).digest
