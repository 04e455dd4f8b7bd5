"""Print-grade codes: every file the app writes is read back as exactly its URL by both
zbarimg and zxing-cpp, across error correction levels, logos of 10–25%, colours at the
contrast limit and sizes from 15 mm to 200 mm at 300 dpi; label sheets carry real,
extractable text in embedded fonts and every code on them scans.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from helpers import qr_decode
from PIL import Image

from leanrails_desktop.core.exports import qr
from leanrails_desktop.core.exports.labels import TEMPLATES
from leanrails_desktop.core.exports.qr_options import QrOptions, QrOptionsError, size_px_for
from leanrails_desktop.core.exports.sheet import SheetOptions, write_print_sheet

pytestmark = pytest.mark.system
BASE = "https://checkout.leanrails.com/cl/cl_"


def logo_png() -> bytes:
    """A two-colour logo with a transparent edge (trimmed before it is measured)."""
    image = Image.new("RGBA", (240, 160), (0, 0, 0, 0))
    image.paste((200, 30, 40, 255), (10, 10, 230, 150))
    image.paste((20, 40, 160, 255), (60, 40, 180, 120))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


LOGO = logo_png()


def limit_grey() -> str:
    """The lightest grey code colour the contrast rule still accepts on white."""
    for level in range(255, -1, -1):
        colour = f"#{level:02x}{level:02x}{level:02x}"
        if qr.contrast_ratio(colour, "#ffffff") >= 4.0:
            return colour
    raise AssertionError


CASES: list[tuple[str, dict[str, Any]]] = (
    [(f"{ec}-{mm}mm", {"error_correction": ec, "size": f"{mm}mm"})
     for ec in ("L", "M", "Q", "H")
     # the smallest size each level prints at 4 dots a module for URLs of this length
     for mm in ({"L": 15, "M": 15, "Q": 16, "H": 17}[ec], 20, 60, 200)]
    + [(f"logo{pct}-{mm}mm", {"logo_ratio": pct / 100, "size": f"{mm}mm", "logo": LOGO})
       for pct in (10, 15, 20, 25) for mm in (20, 40)]
    + [("grey-limit-20mm", {"foreground": limit_grey(), "size": "20mm"}),
       ("grey-limit-logo25-25mm", {"foreground": limit_grey(), "size": "25mm", "logo": LOGO,
                                   "logo_ratio": 0.25}),
       ("navy-on-cream-limit-20mm", {"foreground": "#6a6a9a", "background": "#fffbea",
                                     "size": "20mm"}),
       ("framed-caption-logo-30mm", {"size": "30mm", "logo": LOGO, "frame": True,
                                     "headline": "Scan to pay", "caption": "title_and_url",
                                     "price": "€12.50"})]
)


def options_for(spec: dict[str, Any], fmt: str = "png") -> QrOptions:
    values = dict(spec)
    size = values.pop("size")
    return QrOptions(format=fmt, size_px=size_px_for(size, 300), dpi=300, **values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def zbarimg() -> str:
    return qr_decode.zbarimg()


def test_every_png_scans_in_both_decoders(tmp_path: Path, zbarimg: str) -> None:
    expected: dict[str, str] = {}
    files = []
    for index, (name, spec) in enumerate(CASES):
        url = f"{BASE}{index:03d}print"  # as long as the app's own link URLs
        path = tmp_path / f"{name}.png"
        qr.write_qr(path, url, options_for(spec), "Café ☕ Ελληνικά Кириллица")  # checked
        with Image.open(path) as image:
            dpi = image.info["dpi"]
            assert round(dpi[0]) == 300 and image.width == options_for(spec).size_px
        expected[name] = url
        files.append(path)
    assert sorted(qr_decode.decode(zbarimg, *files)) == sorted(expected.values())
    for name, url in expected.items():
        assert qr_decode.zxing(tmp_path / f"{name}.png") == [url], name


@pytest.mark.parametrize("name", ["logo25-20mm", "framed-caption-logo-30mm"])
def test_svg_and_pdf_at_true_size_scan_in_both_decoders(
    name: str, tmp_path: Path, zbarimg: str, qapp: Any
) -> None:
    spec = dict(CASES)[name]
    url = f"{BASE}vector{name}"
    svg = tmp_path / "code.svg"
    qr.write_qr(svg, url, options_for(spec, "svg"), "Title")
    raster = tmp_path / "svg.png"
    qr_decode.rasterize_svg(svg.read_text("utf-8"), raster)
    assert qr_decode.both(zbarimg, raster) == ([url], [url])
    mm = size_px_for(spec["size"], 300) / 300 * 25.4
    assert f'width="{mm:.3f}'.rstrip("0") in svg.read_text("utf-8")

    pdf = tmp_path / "code.pdf"
    qr.write_qr(pdf, url, options_for(spec, "pdf"), "Title")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    width_pt = float(info.stdout.split("Page size:")[1].split()[0])
    assert width_pt == pytest.approx(mm / 25.4 * 72, abs=0.05)  # printed at true size
    (page,) = qr_decode.rasterize_pdf(qr_decode.pdftoppm(), pdf, tmp_path / "page", dpi=300)
    assert qr_decode.both(zbarimg, page) == ([url], [url])


def test_too_small_for_the_printer_is_refused_with_the_smallest_size_that_works() -> None:
    options = options_for({"size": "15mm", "logo": LOGO, "frame": True})
    with pytest.raises(QrOptionsError) as info:
        qr.render_checked(f"{BASE}toosmall", options)
    message = str(info.value)
    assert message.startswith("At 15 mm and 300 dpi this code's squares would be")
    smallest = message.split("choose at least ")[1].split(" mm")[0]
    works = options_for({"size": f"{smallest}mm", "logo": LOGO, "frame": True})
    qr.render_checked(f"{BASE}toosmall", works)  # the size it names does work


def test_a_logo_over_a_quarter_is_refused() -> None:
    with pytest.raises(QrOptionsError, match=r"A logo of 30% of the code's width is too large"):
        QrOptions(logo=LOGO, logo_ratio=0.30)
    assert QrOptions(logo=LOGO, error_correction="L").error_correction == "H"


def test_a_code_the_decoder_misreads_is_refused_with_what_to_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from leanrails_desktop.core.exports import scan_check

    monkeypatch.setattr(scan_check, "decode", lambda image: [])
    with pytest.raises(scan_check.ScanCheckError) as info:
        qr.render_checked(f"{BASE}x", QrOptions(logo=LOGO, size_px=400))
    assert str(info.value) == (
        "This code could not be read at 400 px by an independent decoder, so it was not "
        "saved: use a smaller logo (or none) or choose a larger size."
    )


TITLES = ["Café crème", "Ελληνικός καφές", "Кофе по-турецки", "抹茶ラテ", "Tee & <Kuchen>",
          "Premium Headphones"]


def label_urls(name: str, count: int) -> list[tuple[str, str]]:
    return [(f"{BASE}{i:03d}{name.replace('-', '')}", TITLES[i % len(TITLES)])
            for i in range(count)]


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_label_sheet_has_real_text_embedded_fonts_and_codes_that_scan(
    name: str, tmp_path: Path, zbarimg: str
) -> None:
    template = TEMPLATES[name]
    items = label_urls(name, len(TITLES))
    target = tmp_path / "sheet.pdf"
    result = write_print_sheet(target, items, SheetOptions(template, cut_marks=True))
    assert result.placed == len(items) and not result.refused

    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = "".join(text.split())
    for url, title in items:
        assert url.removeprefix("https://") in flat  # a narrow label wraps the URL
        shown = "".join(title.split())
        assert shown in flat or shown[:5] in flat, title  # small labels elide a long title
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes yes " in line for line in fonts), fonts
    if shutil.which("fc-list") and "IPA" in subprocess.run(
        ["fc-list"], capture_output=True, text=True, check=False
    ).stdout:
        assert any("IPA" in line for line in fonts)  # the Japanese title's font

    pages = qr_decode.rasterize_pdf(qr_decode.pdftoppm(), target, tmp_path / "p", dpi=150)
    cells = []
    for slot in range(len(items)):
        left, top, width, height = template.label_box(slot)
        scale = 150 / 25.4
        cell = tmp_path / f"cell-{slot}.png"
        with Image.open(pages[0]) as page:
            page.crop((int(left * scale), int(top * scale), int((left + width) * scale) + 1,
                       int((top + height) * scale) + 1)).save(cell)
        cells.append(cell)
        assert qr_decode.zxing(cell) == [items[slot][0]]
    assert qr_decode.decode(zbarimg, *cells) == [url for url, _ in items]
