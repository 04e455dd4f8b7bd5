"""Only core/locale formats amounts, dates, times and counts for people; a module that
formats one by hand (``strftime``, ``{n:,}``, ``{x:.2f}``, ``f"${…}"``, Babel or QLocale)
fails this test, naming the file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "leanrails_desktop"

THE_FORMATTER = "core/locale/"
"""The one place that formats (numbers.py, dates.py) and reads typed numbers (reading.py)."""

ALLOWED = {
    # The bundled server is a separate program with the API's own English sentences and
    # pages; it formats amounts through core.money in one fixed locale.
    "sandbox/",
    # Numbers in the SVG and PDF file formats, never read by a person.
    "core/exports/_pdf.py",
    "core/exports/qr_layout.py",
}

FORBIDDEN = [
    (re.compile(r"\bstrftime\s*\("), "strftime: use core.locale's format_date/format_time"),
    (re.compile(r"\{[^{}\n]*:[<>^=]?[+ -]?#?0?\d*[,_](?:\.\d+)?[dfgn%]?\}"),
     "a grouped number ({n:,}): use core.locale.format_count / core.money.format_amount"),
    (re.compile(r"\{[^{}\n]*:[,_]?\.[23]f\}"), "fixed decimals ({x:.2f}): use core.money"),
    (re.compile(r"['\"][^'\"]*\{:[,_]"), "str.format grouping: use core.locale"),
    (re.compile(r"f['\"][^'\"]*[$€£¥₹]\{"), "a currency symbol in an f-string: use core.money"),
    (re.compile(r"%[YmdHMSIyb][-:/. T]%[YmdHMSIyb]"), "a date pattern: use core.locale"),
    (re.compile(r"^\s*(?:from|import)\s+babel\b"), "Babel outside core.locale"),
    (re.compile(r"\bQLocale\b[^\n]*\.(?:toString|toCurrencyString|dateTimeFormat)\b"
                r"|\btoCurrencyString\b"),
     "QLocale formatting: use core.locale"),
    (re.compile(r"\blocale\.(?:format_string|currency|str|format)\("),
     "the C library's locale: use core.locale"),
    (re.compile(r"\.isoformat\(\)[^\n]*(?:setText|show_status|set_sync)"),
     "an ISO date shown to a person: use core.locale"),
]


def offences(root: Path) -> list[str]:
    """``path:line: reason`` for each line of ``root``'s modules that formats by hand."""
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(THE_FORMATTER) or any(rel.startswith(a) for a in ALLOWED):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0] if line.lstrip().startswith("#") else line
            for pattern, reason in FORBIDDEN:
                if pattern.search(code):
                    found.append(f"{rel}:{number}: {reason}: {line.strip()}")
    return found


def test_no_module_but_core_locale_formats_amounts_dates_or_counts() -> None:
    assert offences(PACKAGE) == []


@pytest.mark.parametrize(
    "line",
    [
        'stamp = time.strftime("%H:%M")',
        'text = f"{count:,} links"',
        'text = f"Syncing {done:,} of {total:,}"',
        'price = f"${amount:.2f}"',
        'price = f"{amount:,.2f} €"',
        'label = "{:,}".format(n)',
        'when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")',
        "from babel.numbers import format_currency",
        "text = QLocale().toString(1234.5)",
        "text = QLocale().toCurrencyString(3.5)",
        "text = locale.currency(3.5)",
        'pattern = "%d.%m.%Y"',
    ],
)
def test_the_guard_catches_hand_formatting(tmp_path: Path, line: str) -> None:
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "module.py").write_text(line + "\n", encoding="utf-8")
    assert len(offences(tmp_path)) >= 1


@pytest.mark.parametrize(
    "line",
    [
        'text = f"{format_count(n)} links"',
        'key = {k: v for k, v in pairs}',
        'note = f"{name}: {value}"',
        'args = ["--port", f"{port}"]',
    ],
)
def test_the_guard_lets_ordinary_code_be(tmp_path: Path, line: str) -> None:
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "module.py").write_text(line + "\n", encoding="utf-8")
    assert offences(tmp_path) == []
