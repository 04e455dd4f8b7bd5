"""Print-grade QR benchmarks: what the scan check costs.

- **500-code label sheet, scan check on vs off** — ``write_print_sheet`` of 500 links on
  Avery L7160 (each code read back by zxing-cpp at its printed size at 300 dpi) against the
  same sheet with ``check=False``. Target ≤ 2×.
- **one 1024 px PNG with a logo and the scan check** — ``render_checked`` (matrix cache
  cleared: a cold render) against ``qrcode.make(url, box_size=b).save()`` with the box size
  nearest 1024 px, the plain ``qrcode`` baseline. Target ≤ 3×.

Both alternate measurement and baseline run by run. ``python -m bench.qr_print`` runs them
alone (no sandbox needed); ``python -m bench print`` runs them in the table.
"""

from __future__ import annotations

import io
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import Fixture, Row, Settings, median

SIZE_PX = 1024


def _urls(count: int) -> list[str]:
    return [f"https://checkout.leanrails.com/cl/cl_{i:06d}bench{i * 7 % 10}q" for i in range(count)]


def _alternate(first: Callable[[], None], second: Callable[[], None], runs: int
               ) -> tuple[list[float], list[float]]:
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        for fn, out in ((first, a), (second, b)):
            started = time.perf_counter()
            fn()
            out.append((time.perf_counter() - started) * 1000)
    return a, b


def _logo() -> bytes:
    from PIL import Image

    image = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
    image.paste((210, 40, 40, 255), (16, 16, 240, 240))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def sheet_rows(count: int, runs: int) -> list[Row]:
    from leanrails_desktop.core.exports.labels import TEMPLATES
    from leanrails_desktop.core.exports.sheet import SheetOptions, write_print_sheet

    items = [(url, f"Product {i}") for i, url in enumerate(_urls(count))]
    folder = Path(tempfile.mkdtemp(prefix="bench-sheet-"))
    checked = SheetOptions(TEMPLATES["avery-l7160"], check=True)
    unchecked = SheetOptions(TEMPLATES["avery-l7160"], check=False)

    def app() -> None:
        if write_print_sheet(folder / "checked.pdf", items, checked).placed != count:
            raise RuntimeError("a code was left off the sheet")

    def baseline() -> None:
        write_print_sheet(folder / "plain.pdf", items, unchecked)

    baseline()
    app()  # warm: fonts parsed, matrices cached for both alike
    app_times, base_times = _alternate(app, baseline, runs)
    return [Row(
        name=f"{count}-code label sheet with scan check",
        measured=median(app_times), baseline=median(base_times),
        baseline_name="the same sheet without the scan check", unit="ms", target="≤ 2×",
        limit=2.0, samples=app_times, baseline_samples=base_times,
        note=f"Avery L7160, {(folder / 'checked.pdf').stat().st_size / 1e6:.1f} MB",
    )]


def png_rows(runs: int) -> list[Row]:
    import qrcode

    from leanrails_desktop.core.exports.qr import QrOptions, qr_matrix, render_checked

    urls = _urls(runs + 2)
    options = QrOptions(size_px=SIZE_PX, logo=_logo(), logo_ratio=0.2)
    modules = len(qr_matrix(urls[0], "H")) + 2 * options.border_modules
    box = max(1, SIZE_PX // modules)
    position = {"i": 0}

    def app() -> None:
        qr_matrix.cache_clear()
        if not render_checked(urls[position["i"] % len(urls)], options).startswith(b"\x89PNG"):
            raise RuntimeError("not a PNG")

    def baseline() -> None:
        buffer = io.BytesIO()
        qrcode.make(urls[position["i"] % len(urls)], box_size=box,
                     border=options.border_modules).save(buffer)
        position["i"] += 1

    app()
    baseline()
    app_times, base_times = _alternate(app, baseline, runs)
    return [Row(
        name=f"one {SIZE_PX} px PNG with logo and scan check",
        measured=median(app_times), baseline=median(base_times),
        baseline_name=f"qrcode.make(url, box_size={box}).save(): {box * modules} px, no logo",
        unit="ms", target="≤ 3×", limit=3.0, samples=app_times, baseline_samples=base_times,
        note="error correction H (forced by the logo) for both",
    )]


def bench_print(_fixture: Fixture | None, settings: Settings) -> list[Row]:
    """Both print benchmarks; the sheet has 500 codes (50 for a tiny smoke run)."""
    count = 500 if settings.links >= 1000 else 50
    return sheet_rows(count, max(3, settings.repeat)) + png_rows(max(settings.repeat * 4, 5))


def main() -> None:
    from bench.__main__ import format_table

    print(format_table(bench_print(None, Settings.from_env())))


if __name__ == "__main__":
    main()
