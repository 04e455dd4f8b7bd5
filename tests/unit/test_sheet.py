"""Print sheet PDF: label templates, pages, progress, cancel, refusals and atomic writing."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports.atomic import ExportCancelled, ExportError
from leanrails_desktop.core.exports.labels import (
    PAPER_MM,
    TEMPLATES,
    custom_template,
    default_paper,
    grid_template,
    template_named,
)
from leanrails_desktop.core.exports.sheet import SheetOptions, write_print_sheet

PT = 72 / 25.4


def link(i: int) -> CheckoutLink:
    link_id = f"cl_{i:012d}"
    return CheckoutLink(
        id=link_id, url=f"https://checkout.leanrails.com/cl/{link_id}", title=f"Product {i}"
    )


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


def media_box(data: bytes) -> tuple[float, float]:
    found = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert found is not None
    return float(found.group(1)), float(found.group(2))


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_template_fits_its_page_without_overlaps(name: str) -> None:
    template = TEMPLATES[name]
    template.check()
    assert template.paper in ("a4", "letter")
    last = template.label_box(template.per_page - 1)
    assert last[0] + last[2] <= template.page_width and last[1] + last[3] <= template.page_height


def test_known_sheets_have_their_label_counts_and_sizes() -> None:
    counts = {name: t.per_page for name, t in TEMPLATES.items()}
    assert counts == {"avery-l7160": 21, "avery-l7163": 14, "avery-l7651": 65,
                      "avery-5160": 30, "avery-22805": 24}
    assert TEMPLATES["avery-22805"].round
    assert TEMPLATES["avery-5160"].label_width == pytest.approx(2.625 * 25.4)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("per_row", [1, 3, 6])
def test_plain_grid_fits_on_the_page(paper: str, per_row: int) -> None:
    g = grid_template(paper, per_row)
    g.check()
    assert g.columns == per_row and g.rows >= 1 and g.page_width == PAPER_MM[paper][0]


@pytest.mark.parametrize(("locale_name", "paper"), [
    ("en_US.UTF-8", "letter"), ("es-MX", "letter"), ("fr_CA", "letter"), ("en_PH", "letter"),
    ("en_GB.UTF-8", "a4"), ("de_DE", "a4"), ("ja_JP", "a4"), ("C", "a4"), ("", "a4"),
])
def test_paper_follows_the_locale(locale_name: str, paper: str) -> None:
    assert default_paper(locale_name) == paper


def test_custom_grid_is_checked_against_its_page() -> None:
    grid = custom_template(page=(210, 297), margins=(10, 10), pitch=(50, 30), label=(48, 28),
                           rows=9, columns=4)
    assert grid.per_page == 36 and grid.label_box(5) == (60, 40, 48, 28)
    with pytest.raises(ExportError, match="reach past the page"):
        custom_template(page=(210, 297), margins=(10, 10), pitch=(50, 30), label=(48, 28),
                        rows=10, columns=4)
    with pytest.raises(ExportError, match="overlap"):
        custom_template(page=(210, 297), margins=(10, 10), pitch=(40, 30), label=(48, 28),
                        rows=2, columns=2)


def test_template_names_and_unknown_ones() -> None:
    assert template_named("Avery-L7160") is TEMPLATES["avery-l7160"]
    assert template_named("grid-4-letter").columns == 4
    with pytest.raises(ExportError, match="no label template “avery-9999”; choose one of"):
        template_named("avery-9999")


@pytest.mark.parametrize(("paper", "per_row"), [("a3", 3), ("a4", 0), ("a4", 7), ("letter", -1)])
def test_bad_settings_are_refused_before_any_file(
    tmp_path: Path, paper: str, per_row: int
) -> None:
    with pytest.raises(ExportError):
        write_print_sheet(tmp_path / "s.pdf", [link(1)], paper=paper, per_row=per_row)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_links_fill_pages_in_order(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    per_page = TEMPLATES["avery-5160"].per_page
    seen: list[int] = []
    result = write_print_sheet(
        target, (link(i) for i in range(per_page + 2)),
        SheetOptions(TEMPLATES["avery-5160"]), progress=seen.append,
    )
    assert result.placed == per_page + 2 and not result.refused
    assert seen == list(range(1, per_page + 3))
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and page_count(data) == 2
    assert media_box(data) == pytest.approx((612.0, 792.0))


def test_url_and_title_pairs_are_accepted_on_a4(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    assert write_print_sheet(target, [("https://example.com/cl/x", "Gift")]).placed == 1
    assert media_box(target.read_bytes()) == pytest.approx((210 * PT, 297 * PT), abs=0.01)


def test_a_code_that_cannot_be_printed_on_the_label_is_left_off_and_reported(
    tmp_path: Path,
) -> None:
    long_url = "https://checkout.leanrails.com/cl/" + "x" * 400
    items = [link(1), (long_url, "Far too long"), link(2)]
    result = write_print_sheet(tmp_path / "s.pdf", items, SheetOptions(TEMPLATES["avery-l7651"]))
    assert result.placed == 2
    ((title, reason),) = result.refused
    assert title == "Far too long" and "choose at least" in reason and reason.endswith(".")


def test_printer_offset_moves_every_code(tmp_path: Path) -> None:
    def first_code_position(offset: tuple[float, float]) -> tuple[float, float]:
        out = io.BytesIO()
        from leanrails_desktop.core.exports.sheet import render_print_sheet

        render_print_sheet(out, [link(1)], SheetOptions(TEMPLATES["avery-l7163"], offset=offset))
        import zlib

        streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", out.getvalue(), re.S)
        for raw in streams:
            try:
                text = zlib.decompress(raw).decode("latin-1")
            except zlib.error:
                continue
            found = re.search(r"([\d.]+) 0 0 -[\d.]+ ([\d.]+) ([\d.]+) cm", text)
            if found:
                return float(found.group(2)), float(found.group(3))
        raise AssertionError("no code drawn")

    x0, y0 = first_code_position((0, 0))
    x1, y1 = first_code_position((2, 1))
    assert x1 - x0 == pytest.approx(2 * PT, abs=0.01)
    assert y0 - y1 == pytest.approx(1 * PT, abs=0.01)  # down the page is a smaller PDF y
    with pytest.raises(ExportError, match="within 20 mm"):
        SheetOptions(offset=(25, 0))


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
