"""Killing the app half-way through an import, for real: the app (a child process,
``tests/helpers/app_child.py``) imports 200 rows and is killed with SIGKILL part-way; the
same file imported again by a fresh process of the app creates only the rest. Every row
ends as exactly one link, and the second run says how many were made before the kill."""

from __future__ import annotations

import random
import signal
import sys
import time
from pathlib import Path

import pytest
from helpers.child_runner import payload, run_step, spawn
from test_crash_recovery import saved_account

from leanrails_desktop.sandbox import SandboxServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
ROWS = 200


def test_an_import_killed_half_way_resumes_without_a_duplicate(
    tmp_path: Path, sandbox: SandboxServer, sandbox_key: str
) -> None:
    env = saved_account(tmp_path, sandbox, sandbox_key)
    sheet = tmp_path / "workshops.csv"
    # As a German spreadsheet writes it: semicolons and decimal commas.
    rows = [f"Workshop {n:03d};EUR;{n + 10},50;1;prod_{n}" for n in range(ROWS)]
    sheet.write_text("title;currency;amount;quantity;product\n" + "\n".join(rows) + "\n",
                     encoding="utf-8")
    merchant = sandbox.store.merchant(sandbox_key).id
    sandbox.faults.latency = 0.02  # about 4 s of creates: time to kill it part-way
    kill_at = random.SystemRandom().randrange(20, ROWS - 20)

    child = spawn(env, "import", str(sheet), cwd=tmp_path)
    try:
        child.expect("SENDING")
        deadline = time.monotonic() + 60
        while sandbox.store.count_links(merchant) < kill_at:
            assert time.monotonic() < deadline, child.errors()
            time.sleep(0.005)
    finally:
        child.process.send_signal(signal.SIGKILL)
        child.close()
    assert child.process.returncode == -signal.SIGKILL
    before = sandbox.store.count_links(merchant)
    assert before < ROWS, "the import finished before the kill"

    sandbox.faults.latency = 0.0
    result = run_step(env, "import", str(sheet), cwd=tmp_path)
    imported = payload(result.stdout, "IMPORTED")
    links = sandbox.store.list_links(merchant, limit=ROWS * 2)
    titles = sorted(link["title"] for link in links)
    assert titles == sorted(f"Workshop {n:03d}" for n in range(ROWS)), (before, imported)
    for link in links:
        n = int(link["title"].split()[-1])
        (item,) = sandbox.store.list_items(link["id"], limit=5)
        assert (item.unit_amount, item.currency) == ((n + 10) * 100 + 50, "eur")
    assert imported["failed"] == 0
    assert imported["earlier"] + imported["created"] == ROWS
    # What the first process created is recognised, not sent again (one more may have
    # been in flight at the kill: sent, its answer never read, so not yet in the journal).
    assert before - 1 <= imported["earlier"] <= before, (before, imported)
    print(f"\nkilled after {before} of {ROWS} links; the second run created "
          f"{imported['created']} and found {imported['earlier']} made before")
