"""Sync passes against the sandbox over real HTTP: the mirror ends equal to the server in
every field of every link, through faults, changes between passes, a server that ignores
``expand``, a failed or cancelled pass and a process killed mid-pass."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from integration_helpers import ITEMS, Waits

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.mirror import Mirror, MirrorQuery
from leanrails_desktop.core.sync import PassResult, Progress, Sync
from leanrails_desktop.sandbox import SandboxServer

REPO = Path(__file__).resolve().parents[2]


def server_links(sandbox: SandboxServer, key: str) -> list[dict[str, Any]]:
    """Every link as the server lists it, newest first, line items expanded."""
    found: list[dict[str, Any]] = []
    query: dict[str, Any] = {"limit": 100, "expand[]": "data.line_items"}
    with httpx.Client(base_url=sandbox.base_url, auth=(key, "")) as http:
        while True:
            body = http.get("/v1/checkout_links", params=query).json()
            found.extend(body["data"])
            if not body["has_more"]:
                return found
            query["cursor"] = body["next_cursor"]


def assert_mirrors(mirror: Mirror, sandbox: SandboxServer, key: str) -> None:
    """The mirror holds exactly the server's links, in its order, equal in every field."""
    faults = sandbox.faults.snapshot()
    sandbox.faults.reset()
    try:
        expected = server_links(sandbox, key)
    finally:
        sandbox.faults.ignore_expand = faults["ignore_expand"]
    ids = mirror.ids(MirrorQuery())
    assert ids == [link["id"] for link in expected]
    kept = mirror.raw_links(ids)
    for mine, theirs in zip(kept, expected, strict=True):
        assert mine == theirs
    assert mirror.counts().total == len(expected)
    assert mirror.counts().active == sum(link["active"] for link in expected)


@pytest.fixture
def mirror(tmp_path: Path) -> Iterator[Mirror]:
    with Mirror(tmp_path / "mirror.sqlite3") as made:
        yield made


@pytest.fixture
def sync(make_client: Callable[..., LeanRailsClient], mirror: Mirror) -> Sync:
    return Sync(make_client(), mirror, sleep=lambda s: None, max_wait=0.05)


def test_a_first_pass_mirrors_every_field(
    sandbox: SandboxServer, sandbox_key: str, mirror: Mirror, sync: Sync
) -> None:
    sandbox.seed_bulk(sandbox_key, count=430, seed=3)
    sandbox.seed_demo(api_key="sk_test_notthisone0000001")
    steps: list[Progress] = []
    result = sync.run_pass(progress=steps.append)
    assert (result.complete, result.listed, result.added, result.removed) == (True, 430, 430, 0)
    assert (result.error, result.line_items_missing, result.line_items_fetched) == (None, 0, 0)
    assert [s.done for s in steps if s.phase == "links"] == [100, 200, 300, 400, 430]
    assert all(s.estimate is None for s in steps if s.phase == "links")
    assert_mirrors(mirror, sandbox, sandbox_key)
    state = mirror.sync_state()
    assert state.last_count == 430 and state.last_complete is not None
    assert state.last_duration is not None and state.last_duration >= 0
    assert mirror.index_pending() == 0  # searchable through the index at once

    steps.clear()
    again = sync.run_pass(progress=steps.append)
    assert (again.complete, again.added, again.changed, again.removed) == (True, 0, 0, 0)
    assert {s.estimate for s in steps if s.phase == "links"} == {430}


def test_demo_links_with_every_kind_of_field(
    sandbox: SandboxServer, mirror: Mirror, make_client: Callable[..., LeanRailsClient]
) -> None:
    key = "sk_test_demoforsync00000001"
    sandbox.seed_demo(api_key=key)
    result = Sync(make_client(api_key=key), mirror).run_pass()
    assert result.complete and result.listed == 12
    assert_mirrors(mirror, sandbox, key)
    assert mirror.count(MirrorQuery(search="kuwait")) == 1
    assert mirror.count(MirrorQuery(search="instagram", active=True)) == 1


def test_changes_between_passes_converge(
    sandbox: SandboxServer, sandbox_key: str, mirror: Mirror, sync: Sync,
    client: LeanRailsClient,
) -> None:
    sandbox.seed_bulk(sandbox_key, count=250, seed=5)
    assert sync.run_pass().complete
    listed = mirror.ids(MirrorQuery())
    for n in range(4):
        client.checkout_links.create(title=f"Made elsewhere {n}", line_items=ITEMS,
                                     metadata={"by": "a colleague"})
    client.checkout_links.update(listed[0], title="Renamed elsewhere")
    client.checkout_links.update(listed[10], active=False, inactive_message="Sold out")
    client.checkout_links.update(listed[120], metadata={"season": "winter"})
    client.checkout_links.update(listed[249], description="Now with a description")
    for link_id in (listed[5], listed[130], listed[248]):
        assert sandbox.remove_link(sandbox_key, link_id)
    result = sync.run_pass()
    assert (result.complete, result.added, result.changed, result.removed) == (True, 4, 4, 3)
    assert_mirrors(mirror, sandbox, sandbox_key)
    assert mirror.count(MirrorQuery(search="renamed elsewhere")) == 1
    assert mirror.count(MirrorQuery(search="a colleague")) == 4
    assert mirror.count(MirrorQuery(search="sold out")) == 0  # not a searched field
    assert mirror.count(MirrorQuery(search="winter")) == 1


def test_convergence_under_faults(
    sandbox: SandboxServer, sandbox_key: str, mirror: Mirror, waits: Waits,
    make_client: Callable[..., LeanRailsClient], client: LeanRailsClient,
) -> None:
    """A fifth of list requests are answered 500, 429 or not at all; passes run until one
    completes, with changes on the server between them; then the mirror is the server."""
    sandbox.seed_bulk(sandbox_key, count=1500, seed=9)
    sandbox.faults.flaky_lists(0.2, seed=11, retry_after=0.01)
    sync = Sync(make_client(max_retries=1, max_retry_delay=0.05), mirror, max_wait=0.05)
    results: list[PassResult] = []
    for round_ in range(8):
        results.append(sync.run_pass())
        client.checkout_links.create(title=f"Round {round_}", line_items=ITEMS)
        if results[-1].complete and round_ >= 2:
            break
    assert any(r.complete for r in results)
    assert len(waits.notices) >= 5, "the faults were met and retried"
    final = sync.run_pass()
    while not final.complete:  # the faults are still on
        final = sync.run_pass()
    assert_mirrors(mirror, sandbox, sandbox_key)


def test_a_server_that_ignores_expand_is_asked_per_link(
    sandbox: SandboxServer, sandbox_key: str, mirror: Mirror, waits: Waits,
    make_client: Callable[..., LeanRailsClient],
) -> None:
    sandbox.seed_bulk(sandbox_key, count=320, seed=4)
    sandbox.faults.ignore_expand = True
    sandbox.faults.flaky_lists(0.2, seed=2, retry_after=0.03)
    sync = Sync(make_client(max_retries=1, max_retry_delay=0.1), mirror, max_wait=0.05)
    steps: list[Progress] = []
    result = sync.run_pass(progress=steps.append)
    while not result.complete or result.line_items_missing:
        result = sync.run_pass(progress=steps.append)
    assert result.line_items_missing == 0
    assert [s for s in steps if s.phase == "line_items"][-1].done > 0
    assert 0.03 in waits.sleeps  # a 429's Retry-After was waited, not guessed
    sandbox.faults.flaky_lists(0)
    assert_mirrors(mirror, sandbox, sandbox_key)
    assert mirror.without_line_items() == []
    again = sync.run_pass()
    assert again.complete and again.line_items_fetched == 0  # asked for once per link


def test_a_pass_that_fails_half_way_keeps_what_it_had(
    sandbox: SandboxServer, sandbox_key: str, mirror: Mirror,
    make_client: Callable[..., LeanRailsClient],
) -> None:
    sandbox.seed_bulk(sandbox_key, count=1000, seed=1)
    sync = Sync(make_client(max_retries=0), mirror, extra_tries=0)
    assert sync.run_pass().complete
    before = mirror.ids(MirrorQuery())
    for link_id in before[-10:]:
        sandbox.remove_link(sandbox_key, link_id)

    def break_after_three(step: Progress) -> None:
        if step.phase == "links" and step.done == 300:
            sandbox.faults.fail_next(50, status=503)

    failed = sync.run_pass(progress=break_after_three)
    assert not failed.complete and failed.error is not None
    assert failed.error.startswith("Syncing stopped after ")
    assert "LeanRails had a problem answering" in failed.error  # the merchant's sentence
    assert 300 <= failed.listed < 1000
    assert mirror.ids(MirrorQuery()) == before  # nothing removed by a pass cut short
    state = mirror.sync_state()
    assert state.last_failure == failed.error and state.last_count == 1000
    sandbox.faults.reset()
    done = sync.run_pass()
    assert done.complete and done.removed == 10
    assert mirror.sync_state().last_failure is None
    assert_mirrors(mirror, sandbox, sandbox_key)


def test_cancel_between_pages(
    sandbox: SandboxServer, sandbox_key: str, mirror: Mirror, sync: Sync
) -> None:
    sandbox.seed_bulk(sandbox_key, count=600, seed=2)
    pages: list[int] = []
    result = sync.run_pass(progress=lambda s: pages.append(s.done),
                           cancelled=lambda: len(pages) >= 2)
    assert result.cancelled and not result.complete and result.error is None
    assert mirror.count() == 200 and mirror.sync_state().last_complete is None
    assert sync.run_pass().complete
    assert_mirrors(mirror, sandbox, sandbox_key)


def test_this_apps_own_writes_during_a_pass_are_kept(
    sandbox: SandboxServer, sandbox_key: str, mirror: Mirror, sync: Sync,
    client: LeanRailsClient,
) -> None:
    sandbox.seed_bulk(sandbox_key, count=300, seed=6)
    made: list[str] = []

    def create_meanwhile(step: Progress) -> None:
        if step.phase == "links" and step.done == 100:
            link = client.checkout_links.create(title="Made during the pass", line_items=ITEMS)
            mirror.put_links([link.to_dict()])
            made.append(link.id)

    assert sync.run_pass(progress=create_meanwhile).complete
    assert made[0] in mirror.ids(MirrorQuery(search="during the pass"))
    assert sync.run_pass().complete
    assert_mirrors(mirror, sandbox, sandbox_key)


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_a_process_killed_mid_pass_leaves_a_mirror_the_next_pass_completes(
    sandbox: SandboxServer, sandbox_key: str, tmp_path: Path,
    make_client: Callable[..., LeanRailsClient],
) -> None:
    sandbox.seed_bulk(sandbox_key, count=2000, seed=8)
    path = tmp_path / "killed.sqlite3"
    with Mirror(path) as first:  # a complete pass before, so removals are tested too
        assert Sync(make_client(), first).run_pass().complete
    for link_id in Mirror(path).ids(MirrorQuery())[-25:]:
        sandbox.remove_link(sandbox_key, link_id)
    sandbox.faults.latency = 0.03
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("sync_child.py")),
         sandbox.base_url, sandbox_key, str(path)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("PAGE") and int(line.split()[1]) >= 500:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for pipe in (child.stdout, child.stderr):
            if pipe is not None:
                pipe.close()
    assert child.returncode == -signal.SIGKILL
    sandbox.faults.reset()
    with Mirror(path) as mirror:
        check = mirror._reader.execute("PRAGMA integrity_check").fetchall()
        assert check == [("ok",)]
        assert mirror.count() == 2000  # a cut pass removes nothing
        assert mirror.sync_state().passes == 2
        assert mirror.without_line_items() == []  # each page whole, with its line items
        result = Sync(make_client(), mirror).run_pass()
        assert result.complete and result.removed == 25
        assert_mirrors(mirror, sandbox, sandbox_key)


def test_a_sandbox_restarted_mid_pass(
    sandbox: SandboxServer, sandbox_key: str, mirror: Mirror, tmp_path: Path,
    make_client: Callable[..., LeanRailsClient],
) -> None:
    """The server goes away after three pages and comes back on the same address a moment
    later: the pass waits for it and completes, or stops short and the next one does."""
    sandbox.seed_bulk(sandbox_key, count=700, seed=12)
    db, port = tmp_path / "sandbox.db", sandbox.port
    restarted: list[SandboxServer] = []

    def restart() -> None:
        time.sleep(0.4)
        again = SandboxServer(db_path=db, port=port)
        again.start()
        restarted.append(again)

    def stop_after_three(step: Progress) -> None:
        if step.phase == "links" and step.done == 300 and not restarted:
            sandbox.stop()
            threading.Thread(target=restart, daemon=True).start()

    sync = Sync(make_client(max_retries=1, max_retry_delay=0.1), mirror, max_wait=0.5)
    try:
        result = sync.run_pass(progress=stop_after_three)
        while not result.complete:
            result = sync.run_pass()
        assert restarted, "the sandbox was stopped and started again"
        assert_mirrors(mirror, restarted[0], sandbox_key)
    finally:
        for server in restarted:
            server.stop()


def test_two_app_instances_syncing_one_mirror_at_once_leave_it_whole(
    make_client: Callable[..., LeanRailsClient],
    sandbox: SandboxServer,
    sandbox_key: str,
    tmp_path: Path,
) -> None:
    """Two windows (two processes in life, two connections here) on the same data folder
    sync the same account at the same moment: the file stays sound and equals the server."""
    sandbox.seed_bulk(sandbox_key, count=600, seed=3)
    path = tmp_path / "shared.mirror.db"
    results: list[PassResult] = []
    barrier = threading.Barrier(2)

    def instance() -> None:
        mirror = Mirror(path)
        try:
            barrier.wait(10)
            with make_client() as client:
                results.append(Sync(client, mirror).run_pass())
        finally:
            mirror.close()

    threads = [threading.Thread(target=instance) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(600)  # a bound that catches a hang, not a speed check
    assert not any(thread.is_alive() for thread in threads)
    assert len(results) == 2 and all(r.complete and r.error is None for r in results), results
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check = Mirror(path)
    try:
        assert_mirrors(check, sandbox, sandbox_key)
    finally:
        check.close()
