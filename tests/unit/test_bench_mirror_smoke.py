"""The mirror's search and the sync pass benchmarks run end to end on a few links.

No timing is asserted: these keep ``python -m bench.mirror_search`` and
``python -m bench.sync_pass`` working.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import mirror_search, sync_pass  # noqa: E402


@pytest.mark.parametrize("way", mirror_search.WAYS)
def test_mirror_search_measures_every_keystroke(way: str, tmp_path: Path) -> None:
    pages = list(mirror_search._pages(250))
    assert [len(page) for page in pages] == [100, 100, 50]
    result = mirror_search.measure(way, pages, tmp_path)
    assert result["keystrokes"] == len(list(mirror_search._keystrokes()))
    for name in ("write_s", "index_s", "keystroke_median_ms", "keystroke_max_ms",
                 "title_first_ms", "title_deep_ms"):
        assert math.isfinite(result[name]) and result[name] >= 0


def test_sync_pass_prints_its_ratio(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BENCH_LINKS", "150")
    monkeypatch.setenv("BENCH_REPEAT", "1")
    assert sync_pass.main() == 0
    assert "150 links, medians of 1: raw loop" in capsys.readouterr().out
