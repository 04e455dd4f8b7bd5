"""The embed snippet pasted into a web page, opened in a real browser (Debian's chromium,
headless): the anchor leads to exactly the tagged URL, a hostile title stays text (no
element injected), the QR code is there, and the code the browser draws scans.

A missing chromium skips these tests, which CI (``--fail-on-system-skip``) counts as a
failure.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from leanrails_desktop.core.links.sharing import embed_snippet, with_utm

pytestmark = pytest.mark.system

URL = "https://checkout.leanrails.com/cl/cl_4de6fg8hi0jk?ref=a%20b#pay"
HOSTILE = '<script>alert(1)</script>" onmouseover="x & <img src=x onerror=alert(2)> \u200fשלום'
BUTTON_RGB = (0x3B, 0x5B, 0xDB)
VOID = {"img", "br", "meta", "link", "input", "hr", "source", "rect", "path"}


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("chromium not installed (Debian chromium)")
    return path


def page_with(snippet: str) -> str:
    """A merchant's page with the snippet pasted inside a paragraph."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>My shop</title>'
        "</head>\n<body style=\"margin:24px;background:#ffffff;\">\n"
        f'<p id="pasted">Pay here: {snippet} (thank you)</p>\n<p>After the snippet.</p>\n'
        "</body></html>\n"
    )


def run_chromium(chromium: str, tmp_path: Path, page: Path, *args: str) -> str:
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",  # the tests may run as root, where the sandbox cannot start
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            *args,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


class Dom(HTMLParser):
    """Elements and text of the DOM chromium dumped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []
        """Text inside the anchor."""
        self.in_paragraph: list[str] = []
        """Elements and text inside the paragraph the snippet was pasted into."""
        self._open: list[str] = []
        self._paragraph_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if self._paragraph_depth:
            self.in_paragraph.append(f"<{tag}>")
        if tag in VOID:
            return
        self._open.append(tag)
        if dict(attrs).get("id") == "pasted":
            self._paragraph_depth = len(self._open)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open.pop() != tag:
                pass
        if len(self._open) < self._paragraph_depth:
            self._paragraph_depth = 0

    def handle_data(self, data: str) -> None:
        if self._paragraph_depth:
            self.in_paragraph.append(data)
        if data.strip() and "a" in self._open:
            self.texts.append(data)


def dump_dom(chromium: str, tmp_path: Path, page: Path) -> Dom:
    dom = Dom()
    dom.feed(run_chromium(chromium, tmp_path, page, "--dump-dom"))
    dom.close()
    return dom


@pytest.mark.parametrize(
    ("style", "code"), [("button", "svg"), ("button", "img"), ("link", "svg"), ("link", "img")]
)
def test_the_browser_sees_the_tagged_link_the_title_as_text_and_the_code(
    chromium: str, tmp_path: Path, style: str, code: str
) -> None:
    tagged = with_utm(URL, "website", "embed", "Spring & Summer “26”")
    page = tmp_path / "shop.html"
    page.write_text(page_with(embed_snippet(tagged, HOSTILE, style=style, code=code)),  # type: ignore[arg-type]
                    encoding="utf-8")
    dom = dump_dom(chromium, tmp_path, page)
    tags = [tag for tag, _ in dom.elements]
    # The snippet stays inside the paragraph it was pasted into.
    assert "<a>" in dom.in_paragraph and dom.in_paragraph[-1].strip() == "(thank you)"
    anchors = [attrs for tag, attrs in dom.elements if tag == "a"]
    assert [a["href"] for a in anchors] == [tagged]
    assert dom.texts == [HOSTILE]
    # Nothing from the title became an element or an attribute.
    assert "script" not in tags
    assert not [attrs for _, attrs in dom.elements if "onmouseover" in attrs or "onerror" in attrs]
    if code == "svg":
        assert tags.count("svg") == 1 and "img" not in tags
        svg = next(attrs for tag, attrs in dom.elements if tag == "svg")
        assert svg["aria-label"] == f"QR code: {HOSTILE}"
    else:
        images = [attrs for tag, attrs in dom.elements if tag == "img"]
        assert len(images) == 1 and "svg" not in tags
        assert (images[0]["src"] or "").startswith("data:image/png;base64,")
        assert images[0]["alt"] == f"QR code: {HOSTILE}"


@pytest.mark.parametrize("code", ["svg", "img"])
def test_the_page_as_drawn_shows_the_button_and_a_code_that_scans(
    chromium: str, tmp_path: Path, code: str
) -> None:
    import zxingcpp
    from PIL import Image

    tagged = with_utm(URL, "website", "embed", "spring")
    page = tmp_path / "shop.html"
    page.write_text(page_with(embed_snippet(tagged, HOSTILE, code=code)),  # type: ignore[arg-type]
                    encoding="utf-8")
    shot = tmp_path / f"embed-{code}.png"
    run_chromium(chromium, tmp_path, page, f"--screenshot={shot}", "--window-size=800,420")
    with Image.open(shot) as image:
        rgb = image.convert("RGB")
        assert rgb.size == (800, 420)
        assert [r.text for r in zxingcpp.read_barcodes(rgb)] == [tagged]
        # The button is drawn in its colour: the inline styles reached the browser.
        colours = {colour for _count, colour in rgb.getcolors(800 * 420) or []}
        assert BUTTON_RGB in colours
