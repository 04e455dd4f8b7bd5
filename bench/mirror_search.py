"""``python -m bench.mirror_search``: searching and sorting the mirror of a large account.

Builds mirrors of ``BENCH_LINKS`` links (default 100,000) from the sandbox's own list
pages (line items expanded), one per way of searching, then types a few searches one
keystroke at a time. Each keystroke does what the list does: the counts of the footer and
the first 100 rows of the list, newest first. It prints per way: the time to write all
pages, the median and slowest keystroke, and the sort by title (first window, and a window
90% down).

Ways: ``index`` (the FTS5 trigram index for words of three characters or more) and ``scan``
(no index: every search tests the search texts). Words shorter than three characters scan
either way.
"""

from __future__ import annotations

import base64
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench.common import BENCH_KEY, env_int
from leanrails_desktop.core.mirror import Mirror, MirrorQuery, SortKey
from leanrails_desktop.sandbox.api import Api, ApiRequest
from leanrails_desktop.sandbox.store import Store

SEARCHES = ("deluxe yoga", "#4242", "49.99", "17,000", "zanzibar", "bulk", "gift card 1")
WAYS = ("index", "scan")


def _pages(count: int) -> Iterator[list[dict[str, Any]]]:
    """The sandbox's list pages of ``count`` generated links, expanded, newest first."""
    from leanrails_desktop.sandbox import demo

    store = Store(None)
    demo.seed_bulk(store, BENCH_KEY, count=count, seed=0)
    api = Api(store, lambda: "http://127.0.0.1:8765")
    auth = "Basic " + base64.b64encode(f"{BENCH_KEY}:".encode()).decode()
    cursor = ""
    while True:
        query = "limit=100&expand[]=data.line_items" + (f"&cursor={cursor}" if cursor else "")
        response = api.handle(ApiRequest("GET", "/v1/checkout_links", query, authorization=auth))
        body = json.loads(json.dumps(response.body))  # as decoded from the wire
        yield body["data"]
        if not body["has_more"]:
            break
        cursor = body["next_cursor"]
    store.close()


def _ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _keystrokes() -> Iterator[str]:
    for search in SEARCHES:
        for end in range(1, len(search) + 1):
            if not search[end - 1].isspace():
                yield search[:end]


def measure(way: str, pages: list[list[dict[str, Any]]], folder: Path) -> dict[str, Any]:
    """Write the pages into a fresh mirror searched the given way, then measure it."""
    mirror = Mirror(folder / f"{way}.sqlite3", use_index=way == "index")
    try:
        number = mirror.begin_pass()
        started = time.perf_counter()
        for page in pages:
            mirror.write_page(number, page)
        write_s = time.perf_counter() - started
        mirror.finish_pass(number, started=time.time() - write_s)
        started = time.perf_counter()
        while mirror.index_pending():
            pass
        index_s = time.perf_counter() - started
        rounds: dict[str, list[float]] = {}
        for _ in range(3):
            for text in _keystrokes():
                query = MirrorQuery(search=text)

                def keystroke(q: MirrorQuery = query) -> object:
                    return mirror.counts(q.search), mirror.window(q, 0, 100)

                mirror._last_plan = None  # each keystroke a search not seen before
                rounds.setdefault(text, []).append(_ms(keystroke))
        times = {text: statistics.median(each) for text, each in rounds.items()}
        total = mirror.count()
        by_title = MirrorQuery(sort=SortKey.TITLE, descending=False)
        title_first = [_ms(lambda: mirror.window(by_title, 0, 100)) for _ in range(5)]
        title_deep = [_ms(lambda: mirror.window(by_title, total * 9 // 10, 100)) for _ in range(5)]
        size = sum(p.stat().st_size for p in folder.glob(f"{way}.sqlite3*"))
    finally:
        mirror.close()
    return {
        "way": way,
        "write_s": write_s,
        "index_s": index_s,
        "keystroke_median_ms": statistics.median(times.values()),
        "keystroke_max_ms": max(times.values()),
        "slowest": max(times, key=lambda text: times[text]),
        "keystrokes": len(times),
        "each_ms": {text: round(ms, 1) for text, ms in times.items()},
        "title_first_ms": statistics.median(title_first),
        "title_deep_ms": statistics.median(title_deep),
        "file_mb": size / 1e6,
    }


def main(argv: list[str]) -> int:
    count = env_int("BENCH_LINKS", 100_000)
    ways = [way for way in argv if way in WAYS] or list(WAYS)
    pages = list(_pages(count))
    print(f"{count:,} links in {len(pages)} pages", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="leanrails-bench-mirror-") as folder:
        for way in ways:
            result = measure(way, pages, Path(folder))
            print(
                f"{way:5s} write {result['write_s']:.1f} s, index {result['index_s']:.1f} s"
                f" | keystroke median "
                f"{result['keystroke_median_ms']:.1f} ms, slowest "
                f"{result['keystroke_max_ms']:.1f} ms ({result['keystrokes']} keystrokes, slowest "
                f"“{result['slowest']}”) | "
                f"title sort first {result['title_first_ms']:.1f} ms, 90% down "
                f"{result['title_deep_ms']:.1f} ms | file {result['file_mb']:.0f} MB"
            )
            print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
