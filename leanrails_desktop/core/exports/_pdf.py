"""A minimal PDF writer: pages of filled vector paths and greyscale/RGB images.

QR codes are drawn as vector paths so they stay sharp at any printer resolution; text is
drawn by Pillow (which knows the system's fonts and complex scripts) and placed as an image.
Pages are written as they are added, so a long document never sits in memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from PIL import Image

Matrix = Sequence[Sequence[bool]]


def num(value: float) -> str:
    """A PDF number with at most three decimals and no exponent."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def rgb_operator(color: tuple[int, int, int], *, stroke: bool = False) -> str:
    """The operator setting the fill (or stroke) colour to ``color``."""
    r, g, b = (num(c / 255) for c in color)
    return f"{r} {g} {b} {'RG' if stroke else 'rg'}"


def runs(matrix: Matrix) -> Iterator[tuple[int, int, int]]:
    """Horizontal runs of dark modules as ``(row, first column, length)``."""
    for y, row in enumerate(matrix):
        x = 0
        size = len(row)
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                yield y, start, x - start
            else:
                x += 1


def qr_ops(
    matrix: Matrix, left: float, top: float, module: float, color: tuple[int, int, int]
) -> str:
    """Content-stream operators drawing ``matrix`` with its top-left module at (left, top).

    All modules go into one path filled once, so anti-aliasing renderers leave no hairline
    seams between neighbouring modules.
    """
    transform = f"{num(module)} 0 0 {num(-module)} {num(left)} {num(top)} cm"
    parts = ["q", rgb_operator(color), transform]
    parts.extend(f"{x} {y} {length} 1 re" for y, x, length in runs(matrix))
    parts.append("f Q")
    return "\n".join(parts)


def image_ops(name: str, left: float, bottom: float, width: float, height: float) -> str:
    """Operators placing image XObject ``name`` in the given rectangle (points)."""
    return f"q {num(width)} 0 0 {num(height)} {num(left)} {num(bottom)} cm /{name} Do Q"


def _text_string(text: str) -> bytes:
    return b"<" + ("\ufeff" + text).encode("utf-16-be").hex().upper().encode("ascii") + b">"


class PdfWriter:
    """Writes a PDF to a binary stream page by page; call :meth:`close` to finish it."""

    _CATALOG = 1
    _PAGES = 2

    def __init__(self, stream: BinaryIO, *, title: str | None = None) -> None:
        self._out = stream
        self._pos = 0
        self._offsets: dict[int, int] = {}
        self._next = 3
        self._kids: list[int] = []
        self._title = title
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    @property
    def page_count(self) -> int:
        return len(self._kids)

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._pos += len(data)

    def _object(self, body: bytes, number: int | None = None) -> int:
        if number is None:
            number = self._next
            self._next += 1
        self._offsets[number] = self._pos
        self._write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        return number

    def _stream(self, entries: str, data: bytes) -> int:
        packed = zlib.compress(data, 6)
        head = f"<< {entries} /Filter /FlateDecode /Length {len(packed)} >>\nstream\n"
        return self._object(head.encode("ascii") + packed + b"\nendstream")

    def add_image(self, image: Image.Image) -> int:
        """Store a mode ``L`` or ``RGB`` image; returns the object number to pass to pages."""
        if image.mode not in ("L", "RGB"):
            image = image.convert("RGB")
        space = "/DeviceGray" if image.mode == "L" else "/DeviceRGB"
        entries = (
            f"/Type /XObject /Subtype /Image /Width {image.width} /Height {image.height} "
            f"/ColorSpace {space} /BitsPerComponent 8 /Interpolate true"
        )
        return self._stream(entries, image.tobytes())

    def add_page(
        self, width: float, height: float, content: str, images: Mapping[str, int] | None = None
    ) -> None:
        """Add a page ``width`` × ``height`` points drawn by ``content``."""
        contents = self._stream("", content.encode("ascii"))
        xobjects = " ".join(f"/{name} {ref} 0 R" for name, ref in (images or {}).items())
        resources = f"<< /XObject << {xobjects} >> >>" if xobjects else "<< >>"
        page = (
            f"<< /Type /Page /Parent {self._PAGES} 0 R /MediaBox [0 0 {num(width)} {num(height)}] "
            f"/Contents {contents} 0 R /Resources {resources} >>"
        )
        self._kids.append(self._object(page.encode("ascii")))

    def close(self) -> None:
        """Write the page tree, catalogue and cross-reference table."""
        kids = " ".join(f"{kid} 0 R" for kid in self._kids)
        self._object(
            f"<< /Type /Pages /Kids [{kids}] /Count {len(self._kids)} >>".encode("ascii"),
            self._PAGES,
        )
        self._object(b"<< /Type /Catalog /Pages 2 0 R >>", self._CATALOG)
        info = b"<< /Producer " + _text_string("LeanRails Desktop")
        if self._title:
            info += b" /Title " + _text_string(self._title)
        info_ref = self._object(info + b" >>")
        xref_at = self._pos
        size = self._next
        lines = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
        lines.extend(b"%010d 00000 n \n" % self._offsets[n] for n in range(1, size))
        self._write(b"".join(lines))
        self._write(
            b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, info_ref, xref_at)
        )
