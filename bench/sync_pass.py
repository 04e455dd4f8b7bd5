"""``python -m bench.sync_pass``: a full sync pass against a raw cursor loop.

The sandbox runs in its own process on ``BENCH_LINKS`` links (default 10,000). Alternating,
``BENCH_REPEAT`` times (default 3): the baseline, an httpx loop following the cursors with
line items expanded and decoding each page's JSON; and a first sync pass into an empty
mirror (the listing, each page written in one transaction), then the search index catching
up. Prints the medians and the ratio of the listing to the baseline.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.common import BENCH_KEY, env_int, sandbox_fixture
from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.mirror import Mirror
from leanrails_desktop.core.sync import Progress, Sync


def raw_loop(base_url: str) -> float:
    """Seconds for every page, line items expanded, each decoded from JSON."""
    started = time.perf_counter()
    query: dict[str, str] = {"limit": "100", "expand[]": "data.line_items"}
    with httpx.Client(base_url=base_url, auth=(BENCH_KEY, ""), timeout=30) as http:
        while True:
            body = http.get("/v1/checkout_links", params=query).json()
            if not body["has_more"]:
                break
            query["cursor"] = body["next_cursor"]
    return time.perf_counter() - started


def sync_pass(base_url: str, folder: Path) -> tuple[float, float]:
    """Seconds for a first pass's listing, and for the whole pass with the index."""
    listed_at: list[float] = []

    def progress(step: Progress) -> None:
        if step.phase == "links":
            listed_at.append(time.perf_counter())  # the last one ends the listing

    path = folder / f"mirror-{time.monotonic_ns()}.sqlite3"
    with LeanRailsClient(api_key=BENCH_KEY, base_url=base_url) as client, Mirror(path) as mirror:
        started = time.perf_counter()
        result = Sync(client, mirror).run_pass(progress=progress)
        ended = time.perf_counter()
    if not result.complete:
        raise RuntimeError(f"the pass did not complete: {result.error}")
    listing = listed_at[-1] - started
    return listing, ended - started


def main() -> int:
    links = env_int("BENCH_LINKS", 10_000)
    repeat = env_int("BENCH_REPEAT", 3)
    raw: list[float] = []
    listing: list[float] = []
    whole: list[float] = []
    with sandbox_fixture(links) as fixture, \
            tempfile.TemporaryDirectory(prefix="leanrails-bench-sync-") as folder:
        raw_loop(fixture.base_url)  # warm the sandbox's page cache once
        for _ in range(repeat):
            raw.append(raw_loop(fixture.base_url))
            first, total = sync_pass(fixture.base_url, Path(folder))
            listing.append(first)
            whole.append(total)
    base = statistics.median(raw)
    print(f"{links:,} links, medians of {repeat}: raw loop {base:.2f} s; sync listing "
          f"{statistics.median(listing):.2f} s ({statistics.median(listing) / base:.2f}×); "
          f"with the search index {statistics.median(whole):.2f} s "
          f"({statistics.median(whole) / base:.2f}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
