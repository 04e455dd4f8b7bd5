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


def _raw_client(fixture: Fixture) -> Any:
    import httpx

    return httpx.Client(auth=(fixture.key, ""), base_url=fixture.base_url, timeout=30.0)


def _alternate(app: Callable[[int], None], raw: Callable[[int], None],
               runs: int) -> tuple[list[float], list[float]]:
    """Time ``app(run)`` and ``raw(run)`` alternately, in milliseconds; the first run of
    each warms up and is not counted."""
    app_times: list[float] = []
    raw_times: list[float] = []
    for run in range(runs + 1):
        for work, times in ((app, app_times), (raw, raw_times)) if run % 2 else (
            (raw, raw_times), (app, app_times)
        ):
            started = time.perf_counter()
            work(run)
            if run:
                times.append((time.perf_counter() - started) * 1000)
    return app_times, raw_times


def bench_import(fixture: Fixture, settings: Settings) -> list[Row]:
    """``leanrails import`` of 1,000 rows (read, plan, send with the journal) vs raw
    creates."""
    from leanrails_desktop.core.api import LeanRailsClient
    from leanrails_desktop.core.bulk import plan_import, read_sheet, send_import
    from leanrails_desktop.core.store import AccountImportJournal, open_store

    folder = Path(tempfile.mkdtemp(prefix="bench-import-", dir=fixture.workdir))
    size = min(IMPORT_ROWS, settings.links)
    runs = max(settings.repeat, 3)
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
        with LeanRailsClient(api_key=fixture.key, base_url=fixture.base_url) as client:
            journal = AccountImportJournal(store, "bench", plan.digest)
            result = send_import(client, plan, journal=journal, scope="bench")
        if not result.ok:
            raise RuntimeError("the import failed")
        made.append(len(result.created()))

    def raw(run: int) -> None:
        with _raw_client(fixture) as client:
            for body in bodies[run]:
                answer = client.post("/v1/checkout_links", json=body,
                                     headers={"Idempotency-Key": str(uuid.uuid4())})
                answer.raise_for_status()
                answer.json()

    try:
        app_times, raw_times = _alternate(app, raw, runs)
    finally:
        store.close()
    made_rows = size + -(-size // 10)
    assert made[0] == size
    return [
        Row(
            name=f"import of {size:,} links ({made_rows:,} rows) into the sandbox",
            measured=median(app_times),
            baseline=median(raw_times),
            baseline_name="raw httpx loop making the same creates (same bodies, a key each)",
            unit="ms",
            target="≤ 1.3×",
            limit=1.3,
            samples=app_times,
            baseline_samples=raw_times,
            note="read + plan + send, each key written to the local store's journal before "
            "its request",
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
                answer = client.post(f"/v1/checkout_links/{link.id}", json=body)
                answer.raise_for_status()
                answer.json()

    app_times: list[float] = []
    raw_times: list[float] = []
    runs = max(settings.repeat, 3)
    for run in range(runs + 1):
        order = ((app, app_times), (raw, raw_times))
        for work, times in order if run % 2 else order[::-1]:
            started = time.perf_counter()
            work(run)
            if run:
                times.append((time.perf_counter() - started) * 1000)
        reactivate(chunks[0] + chunks[1])
    return [
        Row(
            name=f"bulk deactivate of {size:,} links",
            measured=median(app_times),
            baseline=median(raw_times),
            baseline_name="raw httpx loop of the same updates",
            unit="ms",
            target="≤ 1.3×",
            limit=1.3,
            samples=app_times,
            baseline_samples=raw_times,
            note="plan_change over the links as the mirror holds them, then send_changes",
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
