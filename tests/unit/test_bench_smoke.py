"""Each benchmark runs end to end on a tiny catalogue and yields a row of numbers.

No timing is asserted: these only keep ``make bench`` working. The benchmarks start the
sandbox and the GUI measurements in child processes, as ``make bench`` does.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.__main__ import format_table  # noqa: E402
from bench.benchmarks import BENCHMARKS  # noqa: E402
from bench.common import Fixture, Row, Settings, percentile, sandbox_fixture  # noqa: E402

TINY = Settings(links=50, repeat=1)


@pytest.fixture(scope="module")
def fixture() -> Iterator[Fixture]:
    with sandbox_fixture(TINY.links) as seeded:
        yield seeded


@pytest.mark.parametrize("name", sorted(BENCHMARKS))
def test_benchmark_produces_rows_of_numbers(name: str, fixture: Fixture) -> None:
    rows = BENCHMARKS[name](fixture, TINY)
    assert rows
    for row in rows:
        assert math.isfinite(row.measured) and row.measured >= 0, row
        if row.compared != "measured":
            assert row.baseline is not None and math.isfinite(row.baseline), row
            assert row.baseline > 0, row
        assert math.isfinite(row.figure), row
        assert isinstance(row.met, bool)
    table = format_table(rows)
    assert all(row.name in table for row in rows)


def test_table_has_every_column() -> None:
    rows = [
        Row("ratio row", 15.0, "ms", "≤ 1.5×", 1.5, baseline=10.0, baseline_name="b"),
        Row("plain row", 12.0, "ms", "≤ 16 ms", 16.0, compared="measured"),
        Row("memory row", 190.0, "MB", "≤ +120 MB", 120.0, baseline=60.0,
            compared="difference"),
    ]
    table = format_table(rows).splitlines()
    assert [cell.strip() for cell in table[0].split("|")[1:-1]] == [
        "benchmark", "measured", "baseline", "ratio / target", "met?"
    ]
    assert "1.50× / ≤ 1.5×" in table[2] and "yes" in table[2]
    assert "—" in table[3] and "12.0 ms / ≤ 16 ms" in table[3]
    assert "+130 MB / ≤ +120 MB" in table[4] and "NO" in table[4]


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.99) == 99.0
    assert percentile(values, 1.0) == 100.0
    assert percentile([5.0], 0.99) == 5.0
