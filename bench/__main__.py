"""``python -m bench [NAME ...]``: run the benchmarks and print the table.

Environment: ``BENCH_LINKS`` (default 10,000 links in the sandbox), ``BENCH_REPEAT`` (default
5 runs of each measurement), ``BENCH_JSON`` (a path to also write every sample to).
Names choose a subset: startup, load, search, stall, csv, qr, memory, print.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.benchmarks import BENCHMARKS, log
from bench.common import Row, Settings, sandbox_fixture


def _number(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:,.0f} MB"
    if value >= 100:
        return f"{value:,.0f} {unit}"
    return f"{value:.1f} {unit}"


def _figure(row: Row) -> str:
    if row.compared == "ratio":
        return f"{row.figure:.2f}×"
    if row.compared == "difference":
        return f"{row.figure:+,.0f} {row.unit}"
    return _number(row.measured, row.unit)


def format_table(rows: Sequence[Row]) -> str:
    """The result table: benchmark | measured | baseline | ratio / target | met?"""
    header = ("benchmark", "measured", "baseline", "ratio / target", "met?")
    lines = [
        (
            row.name,
            _number(row.measured, row.unit),
            "—" if row.baseline is None else _number(row.baseline, row.unit),
            f"{_figure(row)} / {row.target}",
            "yes" if row.met else "NO",
        )
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in [header, *lines]) for i in range(len(header))]

    def render(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths,
                                                                             strict=True)) + " |"

    rule = "|-" + "-|-".join("-" * width for width in widths) + "-|"
    out = [render(header), rule, *(render(cells) for cells in lines)]
    notes = [
        f"- {row.name}: baseline = {row.baseline_name}" for row in rows if row.baseline_name
    ] + [f"- {row.name}: {row.note}" for row in rows if row.note]
    if notes:
        out += ["", "Notes:", *notes]
    return "\n".join(out)


def compile_sources() -> None:
    """Write the app's bytecode, as an installed app has it (pip and the frozen build both
    compile it), so that start-up measures the app and not the compiler, even when
    ``PYTHONDONTWRITEBYTECODE`` is set in this shell."""
    import compileall

    import leanrails_desktop

    compileall.compile_dir(Path(leanrails_desktop.__file__).parent, quiet=1)


def run(names: Sequence[str], settings: Settings) -> list[Row]:
    """Seed and start the sandbox, run the chosen benchmarks, return their rows."""
    rows: list[Row] = []
    compile_sources()
    with sandbox_fixture(settings.links) as fixture:
        for name in names:
            log(f"Running {name} ({settings.links:,} links, {settings.repeat} runs)…")
            started = time.perf_counter()
            rows.extend(BENCHMARKS[name](fixture, settings))
            log(f"  {name} took {time.perf_counter() - started:.0f} s")
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    names = list(sys.argv[1:] if argv is None else argv) or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"Unknown benchmark(s): {', '.join(unknown)}; choose from "
              f"{', '.join(BENCHMARKS)}.", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings = Settings.from_env()
    rows = run(names, settings)
    print(f"LeanRails Desktop benchmarks: {settings.links:,} links, median of "
          f"{settings.repeat} runs, on {os.cpu_count()} CPUs")
    print(format_table(rows))
    target = os.environ.get("BENCH_JSON", "").strip()
    if target:
        Path(target).write_text(json.dumps([row.to_dict() for row in rows], indent=2))
    missed = [row.name for row in rows if not row.met]
    if missed:
        print(f"\nTargets missed: {len(missed)} of {len(rows)} (see bench/README.md).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
