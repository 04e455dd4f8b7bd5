"""QR export: option validation, file names, and the structure of PNG, SVG and PDF output."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports import qr
from leanrails_desktop.core.exports.atomic import atomic_binary
from leanrails_desktop.core.exports.qr import QrOptions, QrOptionsError

URL = "https://checkout.leanrails.com/cl/cl_4de6fg8hi0jk"
SVG_NS = "{http://www.w3.org/2000/svg}"
FORBIDDEN = set('/\\:*?"<>|')


def link(title: str = "Premium Headphones", link_id: str = "cl_4de6fg8hi0jk") -> CheckoutLink:
    return CheckoutLink(id=link_id, url=f"https://checkout.leanrails.com/cl/{link_id}", title=title)


def assert_sentence(message: str) -> None:
    first_letter = next(ch for ch in message if ch.isalpha())
    assert first_letter.isupper() and message.rstrip().endswith("."), message


# -- options ---------------------------------------------------------------------------------


def test_defaults_are_valid() -> None:
    options = QrOptions()
    assert (options.format, options.size_px, options.error_correction) == ("png", 1024, "M")
    assert options.border_modules == 4 and options.caption == "none"
    assert options.fg == (0, 0, 0) and options.bg == (255, 255, 255)


@pytest.mark.parametrize("size", [63, 0, -5, 4097, 10_000])
def test_size_out_of_range_is_refused(size: int) -> None:
    with pytest.raises(QrOptionsError) as info:
        QrOptions(size_px=size)
    assert_sentence(str(info.value))


@pytest.mark.parametrize("size", [64, 256, 4096])
def test_size_limits_are_accepted(size: int) -> None:
    assert QrOptions(size_px=size).size_px == size


@pytest.mark.parametrize("size", [True, 1024.0, "1024"])
def test_size_must_be_a_whole_number(size: object) -> None:
    with pytest.raises(QrOptionsError):
        QrOptions(size_px=size)  # type: ignore[arg-type]


@pytest.mark.parametrize("border", [0, 1, 3])
def test_border_below_four_is_refused(border: int) -> None:
    with pytest.raises(QrOptionsError) as info:
        QrOptions(border_modules=border)
    assert "at least 4" in str(info.value)
    assert_sentence(str(info.value))


def test_border_of_four_or_more_is_accepted() -> None:
    assert QrOptions(border_modules=4).border_modules == 4
    assert QrOptions(border_modules=10).border_modules == 10


@pytest.mark.parametrize(
    ("field", "value"),
    [("format", "gif"), ("error_correction", "X"), ("caption", "subtitle")],
)
def test_unknown_choices_are_refused(field: str, value: str) -> None:
    with pytest.raises(QrOptionsError) as info:
        QrOptions(**{field: value})  # type: ignore[arg-type]
    assert_sentence(str(info.value))


@pytest.mark.parametrize(
    ("fg", "bg"),
    [
        ("#888888", "#ffffff"),
        ("#000000", "#333333"),
        ("#123456", "#123456"),
        ("#ff0000", "#00ff00"),
    ],
)
def test_low_contrast_is_refused(fg: str, bg: str) -> None:
    with pytest.raises(QrOptionsError) as info:
        QrOptions(foreground=fg, background=bg)
    assert "contrast" in str(info.value) or "darker" in str(info.value)
    assert_sentence(str(info.value))


@pytest.mark.parametrize(("fg", "bg"), [("#ffffff", "#000000"), ("#ffff00", "#000080")])
def test_light_code_on_dark_background_is_refused(fg: str, bg: str) -> None:
    with pytest.raises(QrOptionsError, match="darker than its background"):
        QrOptions(foreground=fg, background=bg)


@pytest.mark.parametrize(
    ("fg", "bg"), [("#1a237e", "#fff8e1"), ("#006400", "#ffffff"), ("#000", "#fff")]
)
def test_dark_colours_on_light_backgrounds_are_accepted(fg: str, bg: str) -> None:
    QrOptions(foreground=fg, background=bg)


@pytest.mark.parametrize("color", ["red", "#12345", "#gggggg", "", "rgb(0,0,0)"])
def test_colour_that_is_not_hex_is_refused(color: str) -> None:
    with pytest.raises(QrOptionsError, match="not a colour"):
        QrOptions(foreground=color)


def test_contrast_ratio_matches_wcag() -> None:
    assert qr.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert qr.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert qr.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


# -- matrix ------------------------------------------------------------------------------------


def test_matrix_is_square_with_a_qr_size_and_grows_with_error_correction() -> None:
    low = qr.qr_matrix(URL, "L")
    high = qr.qr_matrix(URL, "H")
    for matrix in (low, high):
        assert all(len(row) == len(matrix) for row in matrix)
        assert (len(matrix) - 17) % 4 == 0
    assert len(high) > len(low)
    assert qr.qr_matrix(URL, "L") is low  # cached for the UI's repeated previews


def test_address_too_long_for_any_qr_code_is_refused() -> None:
    with pytest.raises(QrOptionsError, match="too long"):
        qr.qr_matrix("https://example.com/" + "x" * 3000, "H")


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_size_too_small_for_this_url_is_refused_with_the_size_needed(fmt: str) -> None:
    long_url = "https://checkout.leanrails.com/cl/" + "a" * 300
    options = QrOptions(format=fmt, size_px=64, error_correction="H")  # type: ignore[arg-type]
    with pytest.raises(QrOptionsError, match=r"choose at least [\d.]+ mm \(\d+ px\)\.$"):
        qr.render(long_url, options)


# -- PNG ---------------------------------------------------------------------------------------


def png(data: bytes) -> Image.Image:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(data))


@pytest.mark.parametrize("size", [180, 300, 1024])
def test_png_is_size_px_square_without_caption(size: int) -> None:
    assert png(qr.render_png(URL, QrOptions(size_px=size))).size == (size, size)


def test_png_caption_adds_a_band_below() -> None:
    image = png(qr.render_png(URL, QrOptions(size_px=512, caption="title_and_url"), "Headphones"))
    assert image.width == 512 and image.height > 512


def test_png_modules_are_whole_pixels_with_at_least_the_quiet_zone() -> None:
    image = png(qr.render_png(URL, QrOptions(size_px=300))).convert("L")
    bbox = Image.eval(image, lambda v: 255 - v).getbbox()
    assert bbox is not None
    left, top, right, bottom = bbox
    modules = len(qr.qr_matrix(URL, "M"))
    assert (right - left) % modules == 0 and (right - left) == (bottom - top)
    module = (right - left) // modules
    assert min(left, top, 300 - right, 300 - bottom) >= 4 * module


def test_png_uses_exactly_the_chosen_colours() -> None:
    options = QrOptions(size_px=180, foreground="#1a237e", background="#fff8e1")
    found = png(qr.render_png(URL, options)).convert("RGB").getcolors()
    assert found is not None
    colors = {c for _, c in found}
    assert colors == {(0x1A, 0x23, 0x7E), (0xFF, 0xF8, 0xE1)}


def test_title_caption_without_title_is_just_the_code() -> None:
    image = png(qr.render_png(URL, QrOptions(size_px=256, caption="title"), None))
    assert image.size == (256, 256)


# -- SVG ---------------------------------------------------------------------------------------


def test_svg_is_vector_with_a_scalable_viewbox() -> None:
    svg = qr.render_svg(URL, QrOptions(size_px=512))
    assert "<image" not in svg and "base64" not in svg
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 512 512"
    assert root.get("width") == "43.349mm"  # 512 dots at 300 dpi
    paths = root.findall(f"{SVG_NS}path")
    assert len(paths) == 1 and paths[0].get("d", "").startswith("M")


def test_svg_caption_text_is_escaped_and_clean() -> None:
    title = 'A & "B" <i>x</i>\x07 café'
    svg = qr.render_svg(URL, QrOptions(size_px=2048, caption="title_and_url"), title)
    root = ET.fromstring(svg)  # would fail on unescaped markup or control characters
    texts = [t.text for t in root.findall(f"{SVG_NS}text")]
    assert texts == ['A & "B" <i>x</i> café', URL.removeprefix("https://")]
    assert "<i>" not in svg and "&lt;i&gt;" in svg


def test_long_title_is_elided_in_the_caption() -> None:
    svg = qr.render_svg(URL, QrOptions(size_px=256, caption="title"), "Very long title " * 20)
    text = ET.fromstring(svg).find(f"{SVG_NS}text")
    assert text is not None and text.text is not None
    assert text.text.endswith("…") and len(text.text) < 60


# -- PDF ---------------------------------------------------------------------------------------


def check_pdf_structure(data: bytes) -> None:
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    assert data[start:].startswith(b"xref")
    first, count = (int(v) for v in re.match(rb"xref\s+(\d+) (\d+)", data[start:]).groups())  # type: ignore[union-attr]
    table = data[start:].split(b"\n")[2 : 2 + count]
    for number, entry in enumerate(table[1:], start=first + 1):
        offset = int(entry[:10])
        assert data[offset:].startswith(b"%d 0 obj" % number)


def test_pdf_is_well_formed_vector_and_sized_for_300_dpi() -> None:
    data = qr.render_pdf(URL, QrOptions(size_px=1024))
    check_pdf_structure(data)
    assert b"/Subtype /Image" not in data  # the code itself is paths, not a bitmap
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert box is not None
    assert float(box.group(1)) == pytest.approx(1024 * 72 / 300, abs=0.01)


def test_pdf_caption_is_real_text_in_an_embedded_font() -> None:
    data = qr.render_pdf(URL, QrOptions(caption="title"), "Café ☕")
    check_pdf_structure(data)
    assert b"/Subtype /Image" not in data
    assert b"/FontFile2" in data  # the TrueType font is embedded (subset)


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_render_dispatches_on_format(fmt: str) -> None:
    data = qr.render(URL, QrOptions(format=fmt, size_px=180))  # type: ignore[arg-type]
    magic = {"png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF"}[fmt]
    assert data.startswith(magic)


# -- writing -----------------------------------------------------------------------------------


def test_write_qr_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "code.svg"
    qr.write_qr(target, URL, QrOptions(format="svg"), "Title")
    assert target.read_text("utf-8").startswith("<?xml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["code.svg"]


def test_failed_write_leaves_existing_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "code.png"
    target.write_bytes(b"old")
    with pytest.raises(QrOptionsError):
        qr.write_qr(target, "", QrOptions())
    with pytest.raises(RuntimeError), atomic_binary(target) as stream:
        stream.write(b"half")
        raise RuntimeError("disk trouble")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["code.png"]


# -- file names --------------------------------------------------------------------------------


def assert_safe(name: str) -> None:
    assert not FORBIDDEN & set(name), name
    assert all(ch.isprintable() for ch in name), name
    assert not name.startswith((".", "-", " ")) and not name.endswith((".", " "))
    assert len(name.encode("utf-8")) <= 200


def test_suggested_filename_from_title_and_id() -> None:
    assert qr.suggested_filename(link(), "png") == "premium-headphones-cl_4de6fg8hi0jk.png"
    assert qr.suggested_filename(link(), "svg").endswith(".svg")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("", "cl_4de6fg8hi0jk.png"),
        ("🎧🎧", "cl_4de6fg8hi0jk.png"),
        ("🎧 Noise-cancelling   headphones! 🎧", "noise-cancelling-headphones-cl_4de6fg8hi0jk.png"),
        ("AC/DC: Live? <2024> *|\\\"", "ac-dc-live-2024-cl_4de6fg8hi0jk.png"),
        ("Crème Brûlée", "crème-brûlée-cl_4de6fg8hi0jk.png"),
        ("CON", "con-cl_4de6fg8hi0jk.png"),
        ("tab\there\nnew\x00line", "tab-here-new-line-cl_4de6fg8hi0jk.png"),
        ("...", "cl_4de6fg8hi0jk.png"),
    ],
)
def test_suggested_filename_edge_cases(title: str, expected: str) -> None:
    name = qr.suggested_filename(link(title), "png")
    assert name == expected
    assert_safe(name)


def test_suggested_filename_trims_a_250_character_title() -> None:
    title = ("Headphones " * 30)[:250]
    assert len(title) == 250
    name = qr.suggested_filename(link(title), "pdf")
    assert_safe(name)
    assert name.endswith("-cl_4de6fg8hi0jk.pdf")
    wide = qr.suggested_filename(link("語" * 250), "png")
    assert_safe(wide)
    assert wide.endswith("-cl_4de6fg8hi0jk.png")


@given(st.text(max_size=300))
def test_suggested_filename_is_always_safe(title: str) -> None:
    name = qr.suggested_filename(link(title), "png")
    assert_safe(name)
    assert name.endswith("cl_4de6fg8hi0jk.png")


@pytest.mark.parametrize("title", ["CON", "nul", "Com1", "LPT9"])
def test_windows_reserved_names_never_stand_alone(title: str) -> None:
    name = qr.safe_filename(title, "", "png")
    assert name.split(".")[0].casefold() not in {"con", "nul", "com1", "lpt9"}
    assert_safe(name)


def test_options_survive_replace_and_asdict() -> None:
    import dataclasses

    options = dataclasses.replace(QrOptions(), format="svg", caption="url")
    assert dataclasses.asdict(options) == {
        "format": "svg", "size_px": 1024, "error_correction": "M", "border_modules": 4,
        "caption": "url", "foreground": "#000000", "background": "#ffffff", "dpi": 300,
        "logo": None, "logo_ratio": 0.2, "headline": "", "frame": False, "price": "",
    }
    with pytest.raises(QrOptionsError):
        dataclasses.replace(options, border_modules=2)


def test_atomic_write_works_for_a_long_file_name(tmp_path: Path) -> None:
    target = tmp_path / ("x" * 240 + ".png")
    qr.write_qr(target, URL, QrOptions(size_px=180))
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_warm_up_loads_the_qr_libraries_that_importing_the_module_does_not() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from leanrails_desktop.core.exports import qr\n"
        "before = {'qrcode' in sys.modules, 'PIL.Image' in sys.modules}\n"
        "qr.warm_up()\n"
        "print(before, 'qrcode' in sys.modules and 'PIL.Image' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()
    assert out == "{False} True"
