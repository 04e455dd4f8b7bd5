"""Every QR export decodes back to exactly the link's URL with a real decoder (zbarimg).

SVG is rasterised with Qt's SVG renderer, PDF with pdftoppm at 150 dpi, as a printer or a
screen would; the print sheets must yield every code on every page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import qr_decode
from helpers.qr_decode import decode, rasterize_pdf, rasterize_svg

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports import qr
from leanrails_desktop.core.exports.qr import QrOptions
from leanrails_desktop.core.exports.sheet import write_print_sheet

pytestmark = pytest.mark.system


@pytest.fixture(scope="module")
def zbarimg() -> str:
    return qr_decode.zbarimg()


@pytest.fixture(scope="module")
def pdftoppm() -> str:
    return qr_decode.pdftoppm()

URL = "https://checkout.leanrails.com/cl/cl_4de6fg8hi0jk"
TITLE = "Premium Headphones — Édition spéciale, très longue, avec un titre qui ne tient pas"


def export_and_decode(
    fmt: str, options: QrOptions, tmp_path: Path, zbarimg: str, pdftoppm: str
) -> list[str]:
    if fmt == "png":
        target = tmp_path / "code.png"
        qr.write_qr(target, URL, options, TITLE)
        return decode(zbarimg, target)
    if fmt == "svg":
        raster = tmp_path / "svg.png"
        rasterize_svg(qr.render_svg(URL, options, TITLE), raster)
        return decode(zbarimg, raster)
    target = tmp_path / "code.pdf"
    qr.write_qr(target, URL, options, TITLE)
    pages = rasterize_pdf(pdftoppm, target, tmp_path / "page")
    assert len(pages) == 1
    return decode(zbarimg, *pages)


CASES: list[Any] = [
    pytest.param(fmt, size, caption, ec, id=f"{fmt}-{size}px-{caption}-{ec}")
    for fmt in ("png", "svg", "pdf")
    for size in (256, 1024)
    for caption in ("none", "title_and_url")
    for ec in ("L", "H")
]


@pytest.mark.parametrize(("fmt", "size", "caption", "ec"), CASES)
def test_qr_export_decodes_to_the_url(
    fmt: str, size: int, caption: str, ec: str, tmp_path: Path, zbarimg: str, pdftoppm: str,
    qapp: Any,
) -> None:
    options = QrOptions(format=fmt, size_px=size, caption=caption, error_correction=ec)  # type: ignore[arg-type]
    assert export_and_decode(fmt, options, tmp_path, zbarimg, pdftoppm) == [URL]


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_coloured_export_decodes_to_the_url(
    fmt: str, tmp_path: Path, zbarimg: str, pdftoppm: str, qapp: Any
) -> None:
    options = QrOptions(
        format=fmt,  # type: ignore[arg-type]
        size_px=256,
        caption="title",
        foreground="#1a237e",
        background="#fff8e1",
        error_correction="Q",
    )
    assert export_and_decode(fmt, options, tmp_path, zbarimg, pdftoppm) == [URL]


def sheet_links(count: int) -> list[CheckoutLink]:
    links = []
    for i in range(count):
        link_id = f"cl_{i:03d}sheet{i * 7 % 10}xyz"
        links.append(
            CheckoutLink(
                id=link_id,
                url=f"https://checkout.leanrails.com/cl/{link_id}",
                title=f"Product {i}: a long name that is elided on the sheet 🎧",
            )
        )
    return links


@pytest.mark.parametrize(
    ("paper", "per_row", "count", "pages"),
    [("a4", 6, 8, 1), ("letter", 3, 10, 2)],
)
def test_print_sheet_codes_all_decode(
    paper: str, per_row: int, count: int, pages: int, tmp_path: Path, zbarimg: str,
    pdftoppm: str,
) -> None:
    links = sheet_links(count)
    target = tmp_path / "sheet.pdf"
    write_print_sheet(target, links, paper=paper, per_row=per_row)  # type: ignore[arg-type]
    images = rasterize_pdf(pdftoppm, target, tmp_path / "sheet")
    assert len(images) == pages
    decoded = decode(zbarimg, *images)
    assert len(decoded) == count
    assert set(decoded) == {link.url for link in links}
