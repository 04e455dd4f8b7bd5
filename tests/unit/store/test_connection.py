"""The connection: closed means closed, threads share it, and a kill mid-write loses nothing
that was committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from store_helpers import ACCOUNT

import leanrails_desktop
from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.store import LocalStore, StoreError, open_store


def test_a_closed_store_raises_store_error(path: Path) -> None:
    store, _ = open_store(path)
    store.close()
    with pytest.raises(StoreError):
        store.drafts(ACCOUNT)


def test_threads_can_share_one_store(store: LocalStore) -> None:
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(25):
                store.save_draft(
                    ACCOUNT, f"t{n}-{i}", LinkForm(title=str(i)), link_id=None, idempotency_key=None
                )
                store.drafts(ACCOUNT)
        except BaseException as exc:
            errors.append(exc)

    def lister() -> None:
        for i in range(25):
            store.save_draft(
                "acct_other", "churn", LinkForm(title=str(i)), link_id=None, idempotency_key=None
            )
            store.delete_draft("acct_other", "churn")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    threads.append(threading.Thread(target=lister))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert len(store.drafts(ACCOUNT)) == 100


# ---------------------------------------------------------------------------- killed mid-write

_WRITER = r"""
import sys
from pathlib import Path
from leanrails_desktop.core.store import LocalStore
from leanrails_desktop.core.link_form import LinkForm

store = LocalStore(Path(sys.argv[1]))
big = "x" * 20000
i = 0
while True:
    i += 1
    store.save_draft("acct_1", "main", LinkForm(title=f"rev {i}", description=big),
                     link_id=None, idempotency_key=f"key-{i}")
    store.save_draft("acct_1", "other", LinkForm(title=f"other {i}"), link_id="cl_1",
                     idempotency_key=None)
    print(i, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after", [5, 60])
def test_a_process_killed_mid_write_leaves_a_readable_store(path: Path, kill_after: int) -> None:
    path.parent.mkdir(parents=True)
    root = Path(leanrails_desktop.__file__).resolve().parent.parent
    search_path = os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": search_path}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, env=env, text=True
    )
    assert proc.stdout is not None
    printed: list[int] = []
    try:
        for line in proc.stdout:
            printed.append(int(line))
            if printed[-1] >= kill_after:
                break
        assert printed, "the writer never committed anything"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        printed.extend(int(line) for line in proc.stdout.read().split())
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    last = printed[-1]
    store, message = open_store(path)
    assert message is None
    draft = next(d for d in store.drafts("acct_1") if d.draft_id == "main")
    revision = int(draft.form.title.split()[1])
    # Everything reported as committed is there; at most the next write also landed.
    assert last <= revision <= last + 1
    assert draft.idempotency_key == f"key-{revision}"
    assert draft.form.description == "x" * 20000
    assert len(store.drafts("acct_1")) == 2
    store.close()
