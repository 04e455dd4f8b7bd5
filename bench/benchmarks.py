"""The benchmarks: each runs its measurement and its baseline and returns rows for the table.

GUI measurements run in child processes (``bench.gui_child``, ``bench/startup_probe.py``,
``bench/baseline_table.py``) against the sandbox, which runs in a process of its own; the
CSV and QR measurements are pure Python and run here.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import (
    ROOT,
    Fixture,
    Row,
    Settings,
    child_env,
    median,
    percentile,
    run_json,
)
from bench.qr_print import bench_print

QR_SIZE_PX = 1024


def _spawn_timed(script: str, extra_args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Start ``script`` passing the spawn time; it reports seconds since then as JSON."""
    spawn = time.time()
    return run_json([str(ROOT / "bench" / script), repr(spawn), *extra_args], env=env)


# --------------------------------------------------------------------------- start-up


def bench_startup(fixture: Fixture, settings: Settings) -> list[Row]:
    """Process start → window shown with the first page painted (cold), vs a bare table."""
    runs = max(settings.repeat, 1)
    app_times: list[float] = []
    warm_times: list[float] = []
    base_times: list[float] = []
    floor_times: list[float] = []
    phases: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="leanrails-bench-home-") as homes:
        for run in range(runs):
            home = Path(homes) / f"home-{run}"  # fresh and empty: nothing cached
            home.mkdir()
            env = child_env({
                "LEANRAILS_API_KEY": fixture.key,
                "LEANRAILS_API_BASE": fixture.base_url,
                "LEANRAILS_DESKTOP_HOME": str(home),
            })
            # Alternate, so drifting machine load affects both sides alike.
            base_times.append(float(_spawn_timed("baseline_table.py", [], child_env())["elapsed"]))
            result = _spawn_timed("startup_probe.py", [], env)
            if result.get("rows", 0) <= 0:
                raise RuntimeError("the app painted no links at start-up")
            app_times.append(float(result["elapsed"]))
            phases.append(result)
            floor_times.append(float(_spawn_timed("http_table.py", [], env)["elapsed"]))
            # Again on the same home: the mirror the first start synced is on disk now.
            warm = _spawn_timed("startup_probe.py", [], env)
            if warm.get("rows", 0) <= 0:
                raise RuntimeError("the app painted no links at a warm start")
            warm_times.append(float(warm["elapsed"]))
    keys = ("app_module", "ui_imported", "window_built", "first_page", "elapsed")
    breakdown = ", ".join(
        f"{key} {median([float(p[key]) for p in phases]) * 1000:.0f}" for key in keys
    )
    return [
        Row(
            name="warm start (mirror on disk) to first screen painted",
            measured=median(warm_times) * 1000,
            baseline=median(base_times) * 1000,
            baseline_name="bare QMainWindow + QTableView, 100 rows",
            unit="ms",
            target="≤ 1.3×",
            limit=1.3,
            samples=[t * 1000 for t in warm_times],
            baseline_samples=[t * 1000 for t in base_times],
        ),
        Row(
            name="cold start (empty mirror) to first page painted",
            measured=median(app_times) * 1000,
            baseline=median(floor_times) * 1000,
            baseline_name="bare table filled from one httpx request (bench/http_table.py)",
            unit="ms",
            target="≤ 1.25×",
            limit=1.25,
            samples=[t * 1000 for t in app_times],
            baseline_samples=[t * 1000 for t in floor_times],
            note=f"app phases, ms since spawn (median): {breakdown}; the bare table alone "
            f"takes {median(base_times) * 1000:.0f} ms",
        ),
    ]


# --------------------------------------------------------------------------- GUI children


def _gui_child(mode: str, fixture: Fixture, repeat: int, *extra: str) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix=f"bench-{mode}-", dir=fixture.workdir))
    return run_json(
        ["-m", "bench.gui_child", mode, "--url", fixture.base_url, "--key", fixture.key,
         "--repeat", str(repeat), "--workdir", str(workdir), *extra],
        timeout=1800,
    )


def _check_count(result: dict[str, Any], fixture: Fixture, what: str) -> None:
    counts = result.get("counts") or [result.get("rows")]
    if counts != [fixture.links]:
        raise RuntimeError(f"{what}: expected {fixture.links} links, got {counts}")


def bench_load(fixture: Fixture, settings: Settings) -> list[Row]:
    """A full sync pass (links and their expanded line items into the mirror), in the
    window and on its own, vs raw httpx pages."""
    rows: list[Row] = []
    for view, label in (("window", "in the window"), ("none", "the sync alone")):
        result = _gui_child("load", fixture, settings.repeat, "--view", view)
        _check_count(result, fixture, "load")
        app_times = [t * 1000 for t in result["app"]]
        raw_times = [t * 1000 for t in result["raw"]]
        rows.append(
            Row(
                name=f"full sync of {fixture.links:,} links with line items ({label})",
                measured=median(app_times),
                baseline=median(raw_times),
                baseline_name="raw httpx loop over the same pages (expand), JSON-decoded",
                unit="ms",
                target="≤ 1.3×",
                limit=1.3,
                samples=app_times,
                baseline_samples=raw_times,
            )
        )
    return rows


def bench_search(fixture: Fixture, settings: Settings) -> list[Row]:
    """One keystroke over every loaded link, until the table has repainted."""
    result = _gui_child("search", fixture, settings.repeat)
    _check_count(result, fixture, "search")
    runs: list[list[float]] = result["runs"]
    medians = [median(run) for run in runs]
    maxima = [max(run) for run in runs]
    per_run = len(runs[0]) if runs else 0
    return [
        Row(
            name=f"search keystroke over {fixture.links:,} links, median",
            measured=median(medians),
            unit="ms",
            target="≤ 16 ms",
            limit=16.0,
            compared="measured",
            samples=medians,
            note=f"{per_run} keystrokes per run (typing and erasing a phrase), "
            "median of the runs' medians",
        ),
        Row(
            name=f"search keystroke over {fixture.links:,} links, max",
            measured=median(maxima),
            unit="ms",
            target="≤ 33 ms",
            limit=33.0,
            compared="measured",
            samples=maxima,
            note="median of the runs' slowest keystroke",
        ),
        Row(
            name=f"sort by title over {fixture.links:,} links",
            measured=median(result["sorts"]),
            unit="ms",
            target="≤ 100 ms",
            limit=100.0,
            compared="measured",
            samples=result["sorts"],
            note="header click to the table repainted, alternating ascending and descending",
        ),
    ]


def bench_stall(fixture: Fixture, settings: Settings) -> list[Row]:
    """Longest GUI-thread gaps while loading, exporting CSV and saving 200 QR codes."""
    runs = max(1, min(settings.repeat, 3))
    p99s: list[float] = []
    maxima: list[float] = []
    csv_seconds: list[float] = []
    notes: list[str] = []
    for _ in range(runs):
        result = _gui_child("stall", fixture, 1)
        _check_count(result, fixture, "stall")
        if result["csv_rows"] != fixture.links or result["warnings"]:
            raise RuntimeError(f"the CSV export went wrong: {result}")
        gaps: list[float] = result["gaps"]
        csv_seconds.append(float(result["phases"]["csv_s"]))
        p99s.append(percentile(gaps, 0.99))
        maxima.append(max(gaps))
        phases = result["phases"]
        notes.append(
            " / ".join(
                f"{name} {phases[name + '_s']:.1f} s max {phases[name + '_max_ms']:.0f} ms"
                for name in ("load", "select", "csv", "qr")
            )
        )
    note = f"gap = time between 5 ms ticks (includes the 5 ms); per run: {'; '.join(notes)}"
    return [
        Row(
            name="GUI-thread gap during load + 30 opened links + CSV + 200 QR, p99",
            measured=median(p99s),
            unit="ms",
            target="≤ 16 ms",
            limit=16.0,
            compared="measured",
            samples=p99s,
            note=note,
        ),
        Row(
            name="GUI-thread gap during load + 30 opened links + CSV + 200 QR, max",
            measured=median(maxima),
            unit="ms",
            target="≤ 50 ms",
            limit=50.0,
            compared="measured",
            samples=maxima,
        ),
        Row(
            name=f"CSV of {fixture.links:,} links after a sync, click to file",
            measured=median(csv_seconds) * 1000,
            unit="ms",
            target="≤ 1,000 ms",
            limit=1000.0,
            compared="measured",
            samples=[t * 1000 for t in csv_seconds],
            note="through the window's Export action, line items read from the mirror",
        ),
    ]


def bench_memory(fixture: Fixture, settings: Settings) -> list[Row]:
    """Peak resident memory with every link loaded and the window shown, vs a bare table."""
    runs = max(1, min(settings.repeat, 3))
    app_peaks: list[float] = []
    base_peaks: list[float] = []
    for _ in range(runs):
        base_peaks.append(
            float(_spawn_timed("baseline_table.py", ["--memory"], child_env())["peak_mb"])
        )
        result = _gui_child("memory", fixture, 1)
        _check_count(result, fixture, "memory")
        app_peaks.append(float(result["peak_mb"]))
    return [
        Row(
            name=f"peak RSS with {fixture.links:,} links loaded",
            measured=median(app_peaks),
            baseline=median(base_peaks),
            baseline_name="bare QMainWindow + QTableView, 100 rows",
            unit="MB",
            target="≤ +150 MB",
            limit=150.0,
            compared="difference",
            samples=app_peaks,
            baseline_samples=base_peaks,
        )
    ]


# --------------------------------------------------------------------------- CSV and QR


def _fetch_links_and_items(fixture: Fixture) -> tuple[list[Any], dict[str, list[Any]]]:
    """Every link through the app's client, and their line items straight from the database.

    The line items are read from the sandbox's store (as the API renders them) rather than
    over 10,000 requests: this is setup, and the export benchmark times writing, not fetching.
    """
    from leanrails_desktop.core.api import LeanRailsClient
    from leanrails_desktop.core.api.objects import LineItem
    from leanrails_desktop.sandbox import links as sandbox_links
    from leanrails_desktop.sandbox.store import Store

    with LeanRailsClient(api_key=fixture.key, base_url=fixture.base_url) as client:
        links = list(client.checkout_links.iter(page_size=100))
    store = Store(fixture.db_path)
    try:
        items = {
            link.id: [
                LineItem.from_dict(sandbox_links.render_item(row))
                for row in store.list_items(link.id, limit=100)
            ]
            for link in links
        }
    finally:
        store.close()
    return links, items


def _best_of_alternating(
    first: Callable[[], None], second: Callable[[], None], runs: int
) -> tuple[list[float], list[float]]:
    """Time ``first`` and ``second`` alternately ``runs`` times each, in milliseconds."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        first()
        a.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        second()
        b.append((time.perf_counter() - started) * 1000)
    return a, b


def bench_csv(fixture: Fixture, settings: Settings) -> list[Row]:
    """``export_links_csv`` of every link vs ``csv.writer`` over the same rows in memory."""
    from leanrails_desktop.core.exports.csv import LINK_COLUMNS, export_links_csv, link_row

    links, items = _fetch_links_and_items(fixture)
    rows = [link_row(link, items[link.id]) for link in links]
    out = Path(tempfile.mkdtemp(prefix="bench-csv-", dir=fixture.workdir))
    app_path = out / "app.csv"
    base_path = out / "baseline.csv"

    def app() -> None:
        count = export_links_csv(app_path, links, line_items_for=lambda link: items[link.id])
        if count != len(links):
            raise RuntimeError(f"the export wrote {count} rows, not {len(links)}")

    def baseline() -> None:
        with base_path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream, dialect="excel", lineterminator="\r\n")
            writer.writerow(LINK_COLUMNS)
            writer.writerows(rows)

    app()
    baseline()
    app_times, base_times = _best_of_alternating(app, baseline, max(settings.repeat, 3))
    return [
        Row(
            name=f"CSV export of {fixture.links:,} links",
            measured=median(app_times),
            baseline=median(base_times),
            baseline_name="csv.writer over the same rows already built",
            unit="ms",
            target="≤ 1.5×",
            limit=1.5,
            samples=app_times,
            baseline_samples=base_times,
            note=f"{app_path.stat().st_size / 1e6:.1f} MB; the export builds every row from "
            "the link and its items and writes atomically (temp file, fsync, rename)",
        )
    ]


def _qr_urls(fixture: Fixture, count: int) -> list[str]:
    from leanrails_desktop.core.api import LeanRailsClient

    with LeanRailsClient(api_key=fixture.key, base_url=fixture.base_url) as client:
        page = client.checkout_links.list(limit=min(max(count, 1), 100))
    urls = [link.url for link in page.data]
    return [urls[i % len(urls)] for i in range(count)]


def bench_qr(fixture: Fixture, settings: Settings) -> list[Row]:
    """One 1024 px QR PNG with the app's renderer vs ``qrcode.make(url).save()``."""
    import qrcode

    from leanrails_desktop.core.exports.qr import QrOptions, qr_matrix, render_png

    runs = max(settings.repeat * 4, 5)
    urls = _qr_urls(fixture, runs + 1)
    options = QrOptions(size_px=QR_SIZE_PX)
    modules = len(qr_matrix(urls[0], "M")) + 2 * options.border_modules
    box = max(1, QR_SIZE_PX // modules)
    position = {"i": 0}

    def url() -> str:
        return urls[position["i"] % len(urls)]

    def app() -> None:
        qr_matrix.cache_clear()  # a cold render: the matrix is computed, as for a new link
        data = render_png(url(), options)
        if not data.startswith(b"\x89PNG"):
            raise RuntimeError("render_png did not produce a PNG")

    def baseline() -> None:
        buffer = io.BytesIO()
        qrcode.make(url(), box_size=box, border=options.border_modules).save(buffer)
        position["i"] += 1

    def default_baseline() -> None:
        buffer = io.BytesIO()
        qrcode.make(url()).save(buffer)
        position["i"] += 1

    app()
    baseline()
    app_times, base_times = _best_of_alternating(app, baseline, runs)
    _, default_times = _best_of_alternating(app, default_baseline, max(3, runs // 2))
    qr_matrix.cache_clear()
    return [
        Row(
            name=f"one QR PNG at {QR_SIZE_PX} px",
            measured=median(app_times),
            baseline=median(base_times),
            baseline_name=f"qrcode.make(url, box_size={box}).save(): {box * modules} px",
            unit="ms",
            target="≤ 1.3×",
            limit=1.3,
            samples=app_times,
            baseline_samples=base_times,
            note=f"qrcode's default box size gives {10 * modules} px and takes "
            f"{median(default_times):.1f} ms; the baseline above uses the box size nearest "
            f"{QR_SIZE_PX} px ({modules} modules with the quiet zone)",
        )
    ]


BENCHMARKS: dict[str, Callable[[Fixture, Settings], list[Row]]] = {
    "startup": bench_startup,
    "load": bench_load,
    "search": bench_search,
    "stall": bench_stall,
    "csv": bench_csv,
    "qr": bench_qr,
    "memory": bench_memory,
    "print": bench_print,
}


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
