"""The import's exactly-once promise under a fault campaign: 1,000 rows imported by the real
``leanrails import`` command while the sandbox loses a fifth of the answers after
committing, answers a tenth 500 and a tenth 429, and the import is killed with SIGKILL at
a random point; then the same command again until it reports success. Exactly 1,000 links
must exist, none twice, each with its amount, currency, quantity and status."""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from leanrails_desktop.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "helpers" / "cli_child.py"
ROWS = 1000
CURRENCIES = (("USD", 100), ("EUR", 100), ("JPY", 1), ("KWD", 1000))


def _expected(n: int) -> tuple[str, int, int, str, bool]:
    """Row ``n``'s title, unit amount in minor units, quantity, currency and status."""
    currency, scale = CURRENCIES[n % len(CURRENCIES)]
    unit = (n % 97 + 1) * scale + (n % 10 if scale > 1 else 0)
    return f"Workshop {n:04d}", unit, n % 3 + 1, currency, n % 10 != 7


def _write_sheet(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["title", "currency", "amount", "quantity", "product", "active",
                         "inactive_message"])
        for n in range(ROWS):
            title, unit, quantity, currency, active = _expected(n)
            scale = dict(CURRENCIES)[currency]
            digits = len(str(scale)) - 1
            amount = f"{unit / scale:.{digits}f}"
            writer.writerow([title, currency, amount, quantity, f"prod_{n}",
                             "true" if active else "false", "" if active else "Booked out"])


def _environment(sandbox: SandboxServer, key: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEANRAILS")}
    return env | {
        "LEANRAILS_API_KEY": key,
        "LEANRAILS_API_BASE": sandbox.base_url,
        "LEANRAILS_DESKTOP_HOME": str(home),
        "PYTHONPATH": str(ROOT),
    }


def _command(sheet: Path) -> list[str]:
    return [sys.executable, str(CHILD), "import", str(sheet)]


def test_a_killed_and_faulty_import_creates_every_link_exactly_once(
    sandbox: SandboxServer, sandbox_key: str, tmp_path: Path
) -> None:
    sheet = tmp_path / "workshops.csv"
    _write_sheet(sheet)
    env = _environment(sandbox, sandbox_key, tmp_path / "home")
    merchant = sandbox.store.merchant(sandbox_key).id
    sandbox.faults.flaky_writes(drop=0.2, error=0.1, limited=0.1, seed=random.randrange(1000))
    kill_at = random.SystemRandom().randrange(50, ROWS - 50)

    first = subprocess.Popen(_command(sheet), env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while sandbox.store.count_links(merchant) < kill_at and first.poll() is None:
        assert time.monotonic() < deadline, "the import made no progress"
        time.sleep(0.005)
    first.send_signal(signal.SIGKILL)
    first.wait(30)
    assert first.returncode == -signal.SIGKILL, f"finished before the kill at {kill_at}"
    killed_with = sandbox.store.count_links(merchant)

    runs = []
    for _ in range(8):
        run = subprocess.run(_command(sheet), env=env, capture_output=True, text=True,
                             timeout=300)
        runs.append(run)
        if run.returncode == 0:
            break
        assert run.returncode == 1, run.stderr
    assert runs[-1].returncode == 0, (kill_at, [r.stdout[-500:] for r in runs])
    sandbox.faults.reset()

    links = sandbox.store.list_links(merchant, limit=ROWS * 2)
    titles = [link["title"] for link in links]
    assert len(links) == ROWS and len(set(titles)) == ROWS, (kill_at, killed_with, len(links))
    by_title = {link["title"]: link for link in links}
    for n in range(ROWS):
        title, unit, quantity, currency, active = _expected(n)
        link = by_title[title]
        (item,) = sandbox.store.list_items(link["id"], limit=5)
        assert (item.unit_amount, item.quantity, item.currency, link["active"]) == (
            unit, quantity, currency.lower(), active), title
        if not active:
            assert link["inactive_message"] == "Booked out"

    with (tmp_path / "workshops-report.csv").open(encoding="utf-8-sig", newline="") as f:
        report = list(csv.DictReader(f))
    assert len(report) == ROWS and {row["status"] for row in report} == {"created"}
    assert {row["id"] for row in report} == {link["id"] for link in links}
    print(f"\nkilled at {killed_with} links; {len(runs)} reruns; "
          f"exit codes {[r.returncode for r in runs]}")


def test_a_rerun_days_later_creates_nothing_thanks_to_the_journal(
    sandbox: SandboxServer, sandbox_key: str, tmp_path: Path
) -> None:
    """The server forgets idempotency keys after 24 hours; the journal on this computer
    does not, so the same file run again two days later sends no create at all. The same
    rerun from another computer (no journal) would duplicate every link: the journal is
    what prevents it."""
    sheet = tmp_path / "few.csv"
    sheet.write_text("title,currency,amount,product\nA,USD,1.00,prod_a\nB,EUR,2.50,prod_b\n",
                     encoding="utf-8")
    env = _environment(sandbox, sandbox_key, tmp_path / "home")
    merchant = sandbox.store.merchant(sandbox_key).id
    first = subprocess.run(_command(sheet), env=env, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stdout + first.stderr
    assert sandbox.store.count_links(merchant) == 2

    later = time.time() + 2 * 24 * 3600
    sandbox.store._clock = lambda: later  # type: ignore[method-assign]  # two days on
    again = subprocess.run(_command(sheet), env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "2 of 2 links created (2 by an earlier run of this file)." in again.stdout
    assert again.stdout.count("already created cl_") == 2
    assert sandbox.store.count_links(merchant) == 2

    elsewhere = _environment(sandbox, sandbox_key, tmp_path / "other-home")
    subprocess.run(_command(sheet), env=elsewhere, capture_output=True, text=True, timeout=60)
    assert sandbox.store.count_links(merchant) == 4
