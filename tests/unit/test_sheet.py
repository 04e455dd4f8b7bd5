"""Print sheet PDF: grid geometry, pages, progress, cancel and atomic writing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports.atomic import ExportCancelled, ExportError
from leanrails_desktop.core.exports.qr import qr_matrix
from leanrails_desktop.core.exports.sheet import (
    MARGIN_PT,
    PAPER_SIZES,
    sheet_geometry,
    write_print_sheet,
)

MM = 72 / 25.4


def link(i: int) -> CheckoutLink:
    link_id = f"cl_{i:012d}"
    return CheckoutLink(
        id=link_id, url=f"https://checkout.leanrails.com/cl/{link_id}", title=f"Product {i}"
    )


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("per_row", [1, 2, 3, 4, 5, 6])
def test_grid_fits_on_the_page(paper: str, per_row: int) -> None:
    g = sheet_geometry(paper, per_row)
    width = PAPER_SIZES[paper][0]
    assert g.per_row == per_row and g.rows >= 1
    assert g.code_size <= g.cell_width + 1e-6
    right = g.cell_origin(per_row - 1)[0] + g.cell_width
    assert right <= width - MARGIN_PT + 1e-6
    last_top = g.cell_origin(g.per_page - 1)[1]
    assert last_top - g.code_size - g.label_height >= MARGIN_PT - 1e-6


def test_six_per_row_on_a4_codes_are_big_enough_to_scan_at_150_dpi() -> None:
    g = sheet_geometry("a4", 6)
    modules = len(qr_matrix(link(1).url, "M")) + 8
    pixels_per_module = g.code_size / modules / 72 * 150
    assert g.code_size >= 25 * MM
    assert pixels_per_module >= 3.5
    assert g.rows >= 5


@pytest.mark.parametrize(("paper", "per_row"), [("a3", 3), ("a4", 0), ("a4", 7), ("letter", -1)])
def test_bad_settings_are_refused_before_any_file(
    tmp_path: Path, paper: str, per_row: int
) -> None:
    with pytest.raises(ExportError):
        write_print_sheet(tmp_path / "s.pdf", [link(1)], paper=paper, per_row=per_row)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_links_fill_pages_in_order(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    per_page = sheet_geometry("letter", 3).per_page
    seen: list[int] = []
    placed = write_print_sheet(
        target, (link(i) for i in range(per_page + 2)), paper="letter", per_row=3,
        progress=seen.append,
    )
    assert placed == per_page + 2 and seen == list(range(1, per_page + 3))
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and page_count(data) == 2
    assert b"/MediaBox [0 0 612 792]" in data


def test_url_and_title_pairs_are_accepted(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    assert write_print_sheet(target, [("https://example.com/cl/x", "Gift")], paper="a4") == 1
    assert b"/MediaBox [0 0 595.276 841.89]" in target.read_bytes()


def test_cancel_leaves_no_file_and_keeps_an_earlier_one(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"earlier")
    done: list[int] = []
    with pytest.raises(ExportCancelled):
        write_print_sheet(
            target, (link(i) for i in range(50)), per_row=6,
            progress=done.append, cancelled=lambda: len(done) >= 4,
        )
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_empty_sheet_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no links"):
        write_print_sheet(tmp_path / "sheet.pdf", [])
    assert list(tmp_path.iterdir()) == []
