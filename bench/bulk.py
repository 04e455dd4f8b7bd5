"""Bulk work against the sandbox: importing 1,000 rows, deactivating 1,000 links, and the
review of a 10,000-row file.

The import and the deactivation are compared with a raw ``httpx`` loop making the same
requests (the same JSON bodies, an ``Idempotency-Key`` on each create), run alternately in
the same process against the same sandbox. The import is what ``leanrails import`` does
after start-up: read the file, plan it, send it with the import journal in a local store.
Sizes shrink with ``BENCH_LINKS`` below 10,000 (the smoke test runs them on 50 links).
"""

from __future__ import annotations

import csv
import json
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import Fixture, Row, Settings, median, run_json

IMPORT_KEY = "sk_test_benchmarkimports00000001"
"""The imports go to an account of their own, so the seeded one keeps its count."""
IMPORT_ROWS = 1_000
DEACTIVATE_LINKS = 1_000
REVIEW_ROWS = 10_000
CURRENCIES = (("USD", "35.00"), ("EUR", "1.234,50"), ("JPY", "3500"), ("KWD", "12.345"))


def write_sheet(path: Path, rows: int, tag: str) -> None:
    """A sheet of ``rows`` links (one in ten with two line items), titles tagged with
    ``tag`` so that each run's file is new content (a new import, not a rerun)."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["link", "title", "currency", "amount", "quantity", "product",
                         "submit_type", "metadata"])
        for n in range(rows):
            currency, amount = CURRENCIES[n % len(CURRENCIES)]
            group = f"g{n}" if n % 10 == 0 else ""
            writer.writerow([group, f"Workshop {tag} #{n}, “evening”", currency, amount,
                             n % 5 + 1, f"prod_w{n}", "book" if n % 3 == 0 else "",
                             json.dumps({"batch": str(n // 100)})])
            if group:
                writer.writerow([group, "", currency, amount, 1, f"prod_extra{n}", "", ""])


def _raw_client(fixture: Fixture, key: str = "") -> Any:
    import httpx

    return httpx.Client(auth=(key or fixture.key, ""), base_url=fixture.base_url, timeout=30.0)


class Timings:
    """Wall-clock and this process's CPU milliseconds of each counted run of one side."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def run(self, work: Callable[[int], None], run: int, counted: bool) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        work(run)
        if counted:
            self.wall.append((time.perf_counter() - wall) * 1000)
            self.cpu.append((time.process_time() - cpu) * 1000)


def _alternate(app: Callable[[int], None], raw: Callable[[int], None], runs: int,
               between: Callable[[], None] | None = None) -> tuple[Timings, Timings]:
    """Run ``app(run)`` and ``raw(run)`` alternately (which goes first alternates too);
    the first round warms up and is not counted. ``between`` runs untimed after each
    round."""
    app_side, raw_side = Timings(), Timings()
    for run in range(runs + 1):
        pair = ((app, app_side), (raw, raw_side))
        for work, side in pair if run % 2 else pair[::-1]:
            side.run(work, run, counted=run > 0)
        if between is not None:
            between()
    return app_side, raw_side


def _cpu_note(app: Timings, raw: Timings, count: int, what: str) -> str:
    """The client's own CPU per request, the steadiest view of its overhead on a busy
    machine (the server's work is the same for both sides)."""
    return (f"client CPU per {what}: {median(app.cpu) / count * 1000:.0f} µs against "
            f"{median(raw.cpu) / count * 1000:.0f} µs for the raw loop; "
            f"{len(app.wall)} runs each")


def bench_import(fixture: Fixture, settings: Settings) -> list[Row]:
    """``leanrails import`` of 1,000 rows (read, plan, send with the journal) vs raw
    creates."""
    from leanrails_desktop.core.api import LeanRailsClient
    from leanrails_desktop.core.bulk import plan_import, read_sheet, send_import
    from leanrails_desktop.core.store import AccountImportJournal, open_store

    folder = Path(tempfile.mkdtemp(prefix="bench-import-", dir=fixture.workdir))
    size = min(IMPORT_ROWS, settings.links)
    runs = 2 * max(settings.repeat, 3)  # short runs on a shared machine: twice as many
    sheets = []
    for run in range(runs + 1):
        for side in ("app", "raw"):
            path = folder / f"{side}-{run}.csv"
            write_sheet(path, size, f"{side}{run}")
            sheets.append(path)
    # The raw loop's requests: the create bodies the import sends, built untimed.
    bodies = {
        run: [link.params for link in plan_import(read_sheet(folder / f"raw-{run}.csv")).links]
        for run in range(runs + 1)
    }
    store, _notice = open_store(folder / "store.db")
    made: list[int] = []

    def app(run: int) -> None:
        plan = plan_import(read_sheet(folder / f"app-{run}.csv"))
        if not plan.ok:
            raise RuntimeError(f"the benchmark sheet has problems: {plan.all_problems()[:3]}")
        with LeanRailsClient(api_key=IMPORT_KEY, base_url=fixture.base_url) as client:
            journal = AccountImportJournal(store, "bench", plan.digest)
            result = send_import(client, plan, journal=journal, scope="bench")
        if not result.ok:
            raise RuntimeError("the import failed")
        made.append(len(result.created()))

    def raw(run: int) -> None:
        with _raw_client(fixture, IMPORT_KEY) as client:
            for body in bodies[run]:
                answer = client.post("/v1/checkout_links", json=body,
                                     headers={"Idempotency-Key": str(uuid.uuid4())})
                answer.raise_for_status()
                answer.json()

    try:
        app_side, raw_side = _alternate(app, raw, runs)
    finally:
        store.close()
    made_rows = size + -(-size // 10)
    assert made[0] == size
    return [
        Row(
            name=f"import of {size:,} links ({made_rows:,} rows) into the sandbox",
            measured=median(app_side.wall),
            baseline=median(raw_side.wall),
            baseline_name="raw httpx loop making the same creates (same bodies, a key each)",
            unit="ms",
            target="≤ 1.3×",
            limit=1.3,
            samples=app_side.wall,
            baseline_samples=raw_side.wall,
            note="read + plan + send, each key written to the local store's journal before "
            "its request; " + _cpu_note(app_side, raw_side, size, "link"),
        )
    ]


def bench_deactivate(fixture: Fixture, settings: Settings) -> list[Row]:
    """A bulk deactivate of 1,000 links (plan + send) vs raw updates of the same links."""
    from leanrails_desktop.core.api import LeanRailsClient
    from leanrails_desktop.core.bulk.changes import BulkChange, plan_change, send_changes

    with LeanRailsClient(api_key=fixture.key, base_url=fixture.base_url) as client:
        active = [link for link in client.checkout_links.iter(page_size=100) if link.active]
    size = min(DEACTIVATE_LINKS, len(active) // 2)
    chunks = [active[:size], active[size:2 * size]]
    change = BulkChange(active=False, inactive_message="Closed for the season")
    body = {"active": False, "inactive_message": "Closed for the season"}

    def reactivate(links: list[Any]) -> None:  # between runs, not timed
        with _raw_client(fixture) as client:
            for link in links:
                client.post(f"/v1/checkout_links/{link.id}", json={
                    "active": True, "inactive_message": None}).raise_for_status()

    def app(run: int) -> None:
        links = chunks[run % 2]
        with LeanRailsClient(api_key=fixture.key, base_url=fixture.base_url) as client:
            plan = plan_change(links, change)
            outcome = send_changes(client, plan)
        if not outcome.ok or len(outcome.results) != len(links):
            raise RuntimeError("the bulk deactivate failed")

    def raw(run: int) -> None:
        with _raw_client(fixture) as client:
            for link in chunks[(run + 1) % 2]:
                # The app sends each update with a key of its own, so a retry cannot apply
                # it twice; the server stores it. The same requests here.
                answer = client.post(f"/v1/checkout_links/{link.id}", json=body,
                                     headers={"Idempotency-Key": str(uuid.uuid4())})
                answer.raise_for_status()
                answer.json()

    runs = 2 * max(settings.repeat, 3)
    app_side, raw_side = _alternate(
        app, raw, runs, between=lambda: reactivate(chunks[0] + chunks[1])
    )
    return [
        Row(
            name=f"bulk deactivate of {size:,} links",
            measured=median(app_side.wall),
            baseline=median(raw_side.wall),
            baseline_name="raw httpx loop of the same updates (same bodies, a key each)",
            unit="ms",
            target="≤ 1.3×",
            limit=1.3,
            samples=app_side.wall,
            baseline_samples=raw_side.wall,
            note="plan_change over the links as the mirror holds them, then send_changes; "
            + _cpu_note(app_side, raw_side, size, "link"),
        )
    ]


def bench_review(fixture: Fixture, settings: Settings) -> list[Row]:
    """Read and plan a 10,000-row file, with the review's line per link."""
    from leanrails_desktop.core.bulk import plan_import, read_sheet

    folder = Path(tempfile.mkdtemp(prefix="bench-review-", dir=fixture.workdir))
    path = folder / "review.csv"
    size = min(REVIEW_ROWS, settings.links)
    write_sheet(path, size, "review")
    times: list[float] = []
    for run in range(max(settings.repeat, 3) + 1):
        started = time.perf_counter()
        plan = plan_import(read_sheet(path))
        lines = [link.describe() for link in plan.links]
        if run:
            times.append((time.perf_counter() - started) * 1000)
        if not plan.ok or len(lines) != size:
            raise RuntimeError("the review sheet did not plan as expected")
    rows = sum(len(link.lines) for link in plan.links)
    shown = run_json(
        ["-m", "bench.gui_child", "review", "--url", fixture.base_url, "--key", fixture.key,
         "--repeat", str(max(settings.repeat, 3)), "--workdir", str(folder / "gui"),
         "--sheet", str(path)],
        timeout=1800,
    )
    if shown["rows"] != size:
        raise RuntimeError(f"the review showed {shown['rows']} links, not {size}")
    shown_times = [t * 1000 for t in shown["times"]]
    return [
        Row(
            name=f"review of a {size:,}-link file ({rows:,} rows): read + plan",
            measured=median(times),
            unit="ms",
            target="≤ 1,000 ms",
            limit=1000.0,
            compared="measured",
            samples=times,
            note="read_sheet + plan_import + each link's review line",
        ),
        Row(
            name=f"review of a {size:,}-link file shown in the window",
            measured=median(shown_times),
            unit="ms",
            target="≤ 1,000 ms",
            limit=1000.0,
            compared="measured",
            samples=shown_times,
            note="File → Import links… to the review dialog painted (read and plan on the "
            "task runner, the table filled on the GUI thread)",
        ),
    ]
